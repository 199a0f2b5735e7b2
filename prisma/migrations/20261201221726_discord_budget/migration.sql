-- AlterTable
ALTER TABLE "guild_config" ADD COLUMN     "last_announce_at" TIMESTAMPTZ(3),
ADD COLUMN     "role_refused_id" VARCHAR(20),
ADD COLUMN     "role_refused_until" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "reward_effect" ADD COLUMN     "batch_id" BIGINT;

-- AlterTable
ALTER TABLE "discord_user" ADD COLUMN     "dm_channel_id" VARCHAR(20);

-- CreateIndex
CREATE INDEX "reward_effect_guild_id_kind_status_idx" ON "reward_effect"("guild_id", "kind", "status");

