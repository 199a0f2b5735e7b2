-- AlterTable
ALTER TABLE "guild_config" ADD COLUMN     "announce_lease_until" TIMESTAMPTZ(3);

