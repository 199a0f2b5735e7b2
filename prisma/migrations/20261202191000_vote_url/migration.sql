-- AlterTable
ALTER TABLE "guild_config" ADD COLUMN     "vote_url" VARCHAR(300);
