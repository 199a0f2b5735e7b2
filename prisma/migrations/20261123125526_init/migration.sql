-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "guild_config" (
    "guild_id" VARCHAR(20) NOT NULL,
    "reward_role_id" VARCHAR(20),
    "reward_role_seconds" INTEGER,
    "currency_amount" INTEGER NOT NULL DEFAULT 0,
    "currency_name" VARCHAR(32) NOT NULL DEFAULT 'coins',
    "ad_blocker_percent" INTEGER NOT NULL DEFAULT 50,
    "denial_policy" VARCHAR(16) NOT NULL DEFAULT 'none',
    "dm_enabled" BOOLEAN NOT NULL DEFAULT true,
    "dm_template" VARCHAR(2000),
    "announce_channel_id" VARCHAR(20),
    "announce_template" VARCHAR(2000),
    "log_channel_id" VARCHAR(20),
    "streak_window_hours" INTEGER NOT NULL DEFAULT 36,
    "milestone_every" INTEGER,
    "milestone_bonus" INTEGER NOT NULL DEFAULT 0,
    "vote_cooldown_hours" INTEGER NOT NULL DEFAULT 12,
    "webhook_secret_hash" CHAR(64),
    "permission_alert_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "guild_config_pkey" PRIMARY KEY ("guild_id")
);

-- CreateTable
CREATE TABLE "vote" (
    "id" BIGSERIAL NOT NULL,
    "user_id" VARCHAR(20) NOT NULL,
    "guild_id" VARCHAR(20) NOT NULL,
    "voted_at" TIMESTAMPTZ(3) NOT NULL,
    "credits_awarded" BOOLEAN NOT NULL,
    "ad_blocker" BOOLEAN NOT NULL,
    "credit_denial_reason" VARCHAR(500),
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "planned_at" TIMESTAMPTZ(3),
    "settled_at" TIMESTAMPTZ(3),

    CONSTRAINT "vote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "member" (
    "guild_id" VARCHAR(20) NOT NULL,
    "user_id" VARCHAR(20) NOT NULL,
    "balance" BIGINT NOT NULL DEFAULT 0,
    "total_votes" INTEGER NOT NULL DEFAULT 0,
    "current_streak" INTEGER NOT NULL DEFAULT 0,
    "best_streak" INTEGER NOT NULL DEFAULT 0,
    "last_vote_at" TIMESTAMPTZ(3),
    "role_expires_at" TIMESTAMPTZ(3),
    "expiring_role_id" VARCHAR(20),

    CONSTRAINT "member_pkey" PRIMARY KEY ("guild_id","user_id")
);

-- CreateTable
CREATE TABLE "reward_effect" (
    "id" BIGSERIAL NOT NULL,
    "vote_id" BIGINT NOT NULL,
    "guild_id" VARCHAR(20) NOT NULL,
    "user_id" VARCHAR(20) NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "status" VARCHAR(24) NOT NULL,
    "amount" INTEGER,
    "role_id" VARCHAR(20),
    "channel_id" VARCHAR(20),
    "content" VARCHAR(2000),
    "detail" VARCHAR(500),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reward_effect_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "discord_user" (
    "user_id" VARCHAR(20) NOT NULL,
    "dms_closed_at" TIMESTAMPTZ(3),

    CONSTRAINT "discord_user_pkey" PRIMARY KEY ("user_id")
);

-- CreateTable
CREATE TABLE "dead_letter" (
    "id" BIGSERIAL NOT NULL,
    "queue" VARCHAR(64) NOT NULL,
    "data" JSONB NOT NULL,
    "reason" VARCHAR(1000) NOT NULL,
    "failed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "replayed_at" TIMESTAMPTZ(3),

    CONSTRAINT "dead_letter_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "vote_guild_id_voted_at_idx" ON "vote"("guild_id", "voted_at");

-- CreateIndex
CREATE UNIQUE INDEX "vote_user_id_guild_id_voted_at_key" ON "vote"("user_id", "guild_id", "voted_at");

-- CreateIndex
CREATE INDEX "reward_effect_guild_id_user_id_status_idx" ON "reward_effect"("guild_id", "user_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "reward_effect_vote_id_kind_key" ON "reward_effect"("vote_id", "kind");

-- CreateIndex
CREATE INDEX "dead_letter_replayed_at_idx" ON "dead_letter"("replayed_at");

-- AddForeignKey
ALTER TABLE "reward_effect" ADD CONSTRAINT "reward_effect_vote_id_fkey" FOREIGN KEY ("vote_id") REFERENCES "vote"("id") ON DELETE CASCADE ON UPDATE CASCADE;

