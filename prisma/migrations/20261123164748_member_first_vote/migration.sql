-- AlterTable
ALTER TABLE "member" ADD COLUMN     "first_vote_at" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "member_guild_id_first_vote_at_idx" ON "member"("guild_id", "first_vote_at");


-- Backfill: the earliest vote the reward job has planned, for existing members.
UPDATE "member" m SET "first_vote_at" = f.first
FROM (SELECT guild_id, user_id, min(voted_at) AS first FROM "vote" WHERE planned_at IS NOT NULL GROUP BY 1, 2) f
WHERE m.guild_id = f.guild_id AND m.user_id = f.user_id;
