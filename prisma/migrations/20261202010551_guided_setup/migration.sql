-- CreateTable
CREATE TABLE "guided_setup" (
    "guild_id" VARCHAR(20) NOT NULL,
    "application_id" VARCHAR(20) NOT NULL,
    "interaction_token" VARCHAR(500) NOT NULL,
    "locale" VARCHAR(16) NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "guided_setup_pkey" PRIMARY KEY ("guild_id")
);

