-- AlterTable
ALTER TABLE "guild_config" ADD COLUMN     "test_delivery_at" TIMESTAMPTZ(3);

