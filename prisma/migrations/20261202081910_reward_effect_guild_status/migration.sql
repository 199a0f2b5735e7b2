-- CreateIndex
CREATE INDEX "reward_effect_guild_id_status_idx" ON "reward_effect"("guild_id", "status");

