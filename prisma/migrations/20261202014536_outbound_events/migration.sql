-- CreateEnum
CREATE TYPE "event_delivery_status" AS ENUM ('pending', 'delivered', 'failed');

-- CreateTable
CREATE TABLE "event_endpoint" (
    "id" BIGSERIAL NOT NULL,
    "guild_id" VARCHAR(20) NOT NULL,
    "url" VARCHAR(500) NOT NULL,
    "secret" VARCHAR(100) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "event_endpoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "outbound_event" (
    "id" VARCHAR(40) NOT NULL,
    "guild_id" VARCHAR(20) NOT NULL,
    "type" VARCHAR(40) NOT NULL,
    "body" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "outbound_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event_delivery" (
    "id" BIGSERIAL NOT NULL,
    "event_id" VARCHAR(40) NOT NULL,
    "endpoint_id" BIGINT NOT NULL,
    "status" "event_delivery_status" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" VARCHAR(300),
    "delivered_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "event_delivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "event_endpoint_guild_id_url_key" ON "event_endpoint"("guild_id", "url");

-- CreateIndex
CREATE INDEX "outbound_event_guild_id_created_at_idx" ON "outbound_event"("guild_id", "created_at");

-- CreateIndex
CREATE INDEX "event_delivery_endpoint_id_status_idx" ON "event_delivery"("endpoint_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "event_delivery_event_id_endpoint_id_key" ON "event_delivery"("event_id", "endpoint_id");

-- AddForeignKey
ALTER TABLE "event_delivery" ADD CONSTRAINT "event_delivery_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "outbound_event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_delivery" ADD CONSTRAINT "event_delivery_endpoint_id_fkey" FOREIGN KEY ("endpoint_id") REFERENCES "event_endpoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

