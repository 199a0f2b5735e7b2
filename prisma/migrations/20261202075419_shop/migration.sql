-- CreateEnum
CREATE TYPE "shop_effect_kind" AS ENUM ('debit', 'role', 'notice', 'refund');

-- CreateTable
CREATE TABLE "shop_item" (
    "id" BIGSERIAL NOT NULL,
    "guild_id" VARCHAR(20) NOT NULL,
    "name" VARCHAR(50) NOT NULL,
    "name_key" VARCHAR(50) NOT NULL,
    "price" INTEGER NOT NULL,
    "role_id" VARCHAR(20),
    "role_seconds" INTEGER,
    "stock" INTEGER,
    "sold" INTEGER NOT NULL DEFAULT 0,
    "per_member_limit" INTEGER,
    "removed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "shop_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "shop_purchase" (
    "id" BIGSERIAL NOT NULL,
    "guild_id" VARCHAR(20) NOT NULL,
    "user_id" VARCHAR(20) NOT NULL,
    "item_id" BIGINT NOT NULL,
    "price" INTEGER NOT NULL,
    "idempotency_key" VARCHAR(100) NOT NULL,
    "status" VARCHAR(16) NOT NULL DEFAULT 'paid',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "shop_purchase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "shop_effect" (
    "id" BIGSERIAL NOT NULL,
    "purchase_id" BIGINT NOT NULL,
    "guild_id" VARCHAR(20) NOT NULL,
    "user_id" VARCHAR(20) NOT NULL,
    "kind" "shop_effect_kind" NOT NULL,
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

    CONSTRAINT "shop_effect_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "timed_role" (
    "guild_id" VARCHAR(20) NOT NULL,
    "user_id" VARCHAR(20) NOT NULL,
    "role_id" VARCHAR(20) NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "timed_role_pkey" PRIMARY KEY ("guild_id","user_id","role_id")
);

-- CreateIndex
CREATE INDEX "shop_item_guild_id_name_key_idx" ON "shop_item"("guild_id", "name_key");

-- CreateIndex
CREATE INDEX "shop_purchase_guild_id_user_id_item_id_status_idx" ON "shop_purchase"("guild_id", "user_id", "item_id", "status");

-- CreateIndex
CREATE INDEX "shop_purchase_guild_id_created_at_idx" ON "shop_purchase"("guild_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "shop_purchase_guild_id_user_id_idempotency_key_key" ON "shop_purchase"("guild_id", "user_id", "idempotency_key");

-- CreateIndex
CREATE UNIQUE INDEX "shop_effect_purchase_id_kind_key" ON "shop_effect"("purchase_id", "kind");

-- AddForeignKey
ALTER TABLE "shop_purchase" ADD CONSTRAINT "shop_purchase_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "shop_item"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "shop_effect" ADD CONSTRAINT "shop_effect_purchase_id_fkey" FOREIGN KEY ("purchase_id") REFERENCES "shop_purchase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

