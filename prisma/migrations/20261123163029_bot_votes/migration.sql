-- Bot votes are stored as votes of the home guild, with the bot they were for.
-- Server votes keep bot_id = '' and so their old deduplication key.
-- The new unique index is built before the old one goes, so no moment
-- passes without one.

-- AlterTable
ALTER TABLE "vote" ADD COLUMN     "bot_id" VARCHAR(20) NOT NULL DEFAULT '';

-- CreateIndex
CREATE UNIQUE INDEX "vote_user_id_guild_id_bot_id_voted_at_key" ON "vote"("user_id", "guild_id", "bot_id", "voted_at");

-- DropIndex
DROP INDEX "vote_user_id_guild_id_voted_at_key";
