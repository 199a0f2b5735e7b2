-- AlterTable
ALTER TABLE "vote" ADD COLUMN     "bot_not_in_guild" BOOLEAN NOT NULL DEFAULT false;

