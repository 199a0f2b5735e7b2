-- CreateEnum
CREATE TYPE "tier_counter" AS ENUM ('total', 'streak', 'month');

-- CreateEnum
CREATE TYPE "loyalty_effect_kind" AS ENUM ('tier_grant', 'tier_remove', 'champion_grant', 'champion_remove', 'champion_announcement');

-- AlterTable
ALTER TABLE "guild_config" ADD COLUMN     "champion_count" INTEGER NOT NULL DEFAULT 3,
ADD COLUMN     "champion_role_id" VARCHAR(20),
ADD COLUMN     "champions_since" TIMESTAMPTZ(3),
ADD COLUMN     "has_tiers" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "streak_protection" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "tier_stack" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "member" ADD COLUMN     "protected_at" TIMESTAMPTZ(3),
ADD COLUMN     "protected_month" VARCHAR(7),
ADD COLUMN     "tier_role_ids" VARCHAR(20)[] DEFAULT ARRAY[]::VARCHAR(20)[];

-- CreateTable
CREATE TABLE "vote_tier" (
    "guild_id" VARCHAR(20) NOT NULL,
    "role_id" VARCHAR(20) NOT NULL,
    "votes" INTEGER NOT NULL,
    "counts" "tier_counter" NOT NULL DEFAULT 'total',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "vote_tier_pkey" PRIMARY KEY ("guild_id","role_id")
);

-- CreateTable
CREATE TABLE "loyalty_effect" (
    "id" BIGSERIAL NOT NULL,
    "guild_id" VARCHAR(20) NOT NULL,
    "user_id" VARCHAR(20) NOT NULL,
    "kind" "loyalty_effect_kind" NOT NULL,
    "role_id" VARCHAR(20) NOT NULL DEFAULT '',
    "channel_id" VARCHAR(20),
    "cause" VARCHAR(48) NOT NULL,
    "status" "effect_status" NOT NULL,
    "content" VARCHAR(2000),
    "detail" VARCHAR(500),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "loyalty_effect_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "loyalty_month" (
    "guild_id" VARCHAR(20) NOT NULL,
    "month" VARCHAR(7) NOT NULL,
    "champions" JSONB NOT NULL,
    "closed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "loyalty_month_pkey" PRIMARY KEY ("guild_id","month")
);

-- CreateIndex
CREATE INDEX "loyalty_effect_guild_id_user_id_status_idx" ON "loyalty_effect"("guild_id", "user_id", "status");

-- CreateIndex
CREATE INDEX "loyalty_effect_status_updated_at_idx" ON "loyalty_effect"("status", "updated_at");

-- CreateIndex
CREATE UNIQUE INDEX "loyalty_effect_guild_id_user_id_kind_role_id_cause_key" ON "loyalty_effect"("guild_id", "user_id", "kind", "role_id", "cause");

