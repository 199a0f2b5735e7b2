-- AlterTable
ALTER TABLE "member" ADD COLUMN     "latest_vote_at" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "member_guild_id_latest_vote_at_idx" ON "member"("guild_id", "latest_vote_at");


-- Backfill: the latest vote the reward job has planned, for existing members.
UPDATE "member" m SET "latest_vote_at" = f.latest
FROM (SELECT guild_id, user_id, max(voted_at) AS latest FROM "vote" WHERE planned_at IS NOT NULL GROUP BY 1, 2) f
WHERE m.guild_id = f.guild_id AND m.user_id = f.user_id;
