-- CreateEnum
CREATE TYPE "goal_effect_kind" AS ENUM ('currency', 'role', 'announcement');

-- CreateTable
CREATE TABLE "community_goal" (
    "guild_id" VARCHAR(20) NOT NULL,
    "votes" INTEGER NOT NULL,
    "period" VARCHAR(8) NOT NULL,
    "reward_role_id" VARCHAR(20),
    "reward_role_seconds" INTEGER,
    "reward_coins" INTEGER NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "community_goal_pkey" PRIMARY KEY ("guild_id")
);

-- CreateTable
CREATE TABLE "goal_reached" (
    "id" BIGSERIAL NOT NULL,
    "guild_id" VARCHAR(20) NOT NULL,
    "period" VARCHAR(16) NOT NULL,
    "target" INTEGER NOT NULL,
    "reward_role_id" VARCHAR(20),
    "reward_role_seconds" INTEGER,
    "reward_coins" INTEGER NOT NULL DEFAULT 0,
    "reached_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "goal_reached_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "goal_effect" (
    "id" BIGSERIAL NOT NULL,
    "reached_id" BIGINT NOT NULL,
    "guild_id" VARCHAR(20) NOT NULL,
    "user_id" VARCHAR(20) NOT NULL,
    "kind" "goal_effect_kind" NOT NULL,
    "status" "effect_status" NOT NULL,
    "amount" INTEGER,
    "role_id" VARCHAR(20),
    "role_seconds" INTEGER,
    "expires_at" TIMESTAMPTZ(3),
    "channel_id" VARCHAR(20),
    "content" VARCHAR(2000),
    "detail" VARCHAR(500),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "goal_effect_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "goal_reached_guild_id_period_key" ON "goal_reached"("guild_id", "period");

-- CreateIndex
CREATE INDEX "goal_effect_reached_id_kind_status_idx" ON "goal_effect"("reached_id", "kind", "status");

-- CreateIndex
CREATE UNIQUE INDEX "goal_effect_reached_id_user_id_kind_key" ON "goal_effect"("reached_id", "user_id", "kind");

-- AddForeignKey
ALTER TABLE "goal_effect" ADD CONSTRAINT "goal_effect_reached_id_fkey" FOREIGN KEY ("reached_id") REFERENCES "goal_reached"("id") ON DELETE CASCADE ON UPDATE CASCADE;

