-- AlterTable
ALTER TABLE "vote" ADD COLUMN     "counted" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "member" ADD COLUMN     "remind_enabled" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "vote_tally" (
    "guild_id" VARCHAR(20) NOT NULL,
    "period" VARCHAR(16) NOT NULL,
    "user_id" VARCHAR(20) NOT NULL,
    "votes" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "vote_tally_pkey" PRIMARY KEY ("guild_id","period","user_id")
);

-- CreateIndex
CREATE INDEX "vote_tally_guild_id_period_votes_idx" ON "vote_tally"("guild_id", "period", "votes" DESC);

-- CreateIndex
CREATE INDEX "member_guild_id_total_votes_idx" ON "member"("guild_id", "total_votes" DESC);

