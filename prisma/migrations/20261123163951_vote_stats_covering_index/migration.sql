-- DropIndex
DROP INDEX "vote_guild_id_voted_at_idx";

-- CreateIndex
CREATE INDEX "vote_guild_id_voted_at_user_id_credits_awarded_ad_blocker_idx" ON "vote"("guild_id", "voted_at", "user_id", "credits_awarded", "ad_blocker");

