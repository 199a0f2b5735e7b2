-- AlterTable
ALTER TABLE "guild_config" ADD COLUMN     "language" VARCHAR(8);

