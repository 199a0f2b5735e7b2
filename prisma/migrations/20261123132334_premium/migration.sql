-- AlterTable
ALTER TABLE "guild_config" ADD COLUMN     "premium_role_id" VARCHAR(20),
ADD COLUMN     "premium_vote_multiplier" DOUBLE PRECISION NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "premium_event" (
    "id" BIGSERIAL NOT NULL,
    "order_key" VARCHAR(200) NOT NULL,
    "event" VARCHAR(64) NOT NULL,
    "purchase_id" VARCHAR(200),
    "order_id" VARCHAR(200),
    "scope" VARCHAR(8),
    "subject_id" VARCHAR(20),
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "payload" JSONB NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processed_at" TIMESTAMPTZ(3),

    CONSTRAINT "premium_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "entitlement" (
    "scope" VARCHAR(8) NOT NULL,
    "subject_id" VARCHAR(20) NOT NULL,
    "tier_id" VARCHAR(100) NOT NULL,
    "tier_name" VARCHAR(200) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "since" TIMESTAMPTZ(3) NOT NULL,
    "until" TIMESTAMPTZ(3),
    "buyer_id" VARCHAR(20),
    "gifted_by" VARCHAR(20),
    "auto_renew" BOOLEAN NOT NULL DEFAULT false,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "entitlement_pkey" PRIMARY KEY ("scope","subject_id")
);

-- CreateTable
CREATE TABLE "premium_effect" (
    "id" BIGSERIAL NOT NULL,
    "event_id" BIGINT NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "target_id" VARCHAR(20) NOT NULL,
    "user_id" VARCHAR(20) NOT NULL,
    "content" VARCHAR(2000),
    "status" VARCHAR(24) NOT NULL,
    "detail" VARCHAR(500),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "premium_effect_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "premium_event_scope_subject_id_idx" ON "premium_event"("scope", "subject_id");

-- CreateIndex
CREATE UNIQUE INDEX "premium_event_order_key_event_key" ON "premium_event"("order_key", "event");

-- CreateIndex
CREATE UNIQUE INDEX "premium_effect_event_id_kind_target_id_key" ON "premium_effect"("event_id", "kind", "target_id");

