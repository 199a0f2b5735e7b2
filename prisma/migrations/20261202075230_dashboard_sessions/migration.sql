-- CreateTable
CREATE TABLE "dashboard_login" (
    "id_hash" CHAR(64) NOT NULL,
    "state" VARCHAR(64) NOT NULL,
    "code_verifier" VARCHAR(128) NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "dashboard_login_pkey" PRIMARY KEY ("id_hash")
);

-- CreateTable
CREATE TABLE "dashboard_session" (
    "id_hash" CHAR(64) NOT NULL,
    "user_id" VARCHAR(20) NOT NULL,
    "username" VARCHAR(100) NOT NULL,
    "access_token" BYTEA,
    "token_expires_at" TIMESTAMPTZ(3),
    "guilds" JSONB NOT NULL,
    "guilds_at" TIMESTAMPTZ(3) NOT NULL,
    "csrf_token" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "dashboard_session_pkey" PRIMARY KEY ("id_hash")
);

-- CreateIndex
CREATE INDEX "dashboard_login_expires_at_idx" ON "dashboard_login"("expires_at");

-- CreateIndex
CREATE INDEX "dashboard_session_user_id_idx" ON "dashboard_session"("user_id");

-- CreateIndex
CREATE INDEX "dashboard_session_expires_at_idx" ON "dashboard_session"("expires_at");

