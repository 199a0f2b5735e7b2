-- AlterTable
ALTER TABLE "guild_config" ADD COLUMN     "public_page" BOOLEAN NOT NULL DEFAULT false;
