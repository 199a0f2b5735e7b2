-- AlterTable
ALTER TABLE "guild_config" ADD COLUMN     "previous_webhook_secret_hash" CHAR(64),
ADD COLUMN     "previous_webhook_secret_until" TIMESTAMPTZ(3);

