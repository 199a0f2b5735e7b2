-- AlterTable
ALTER TABLE "guild_config" ADD COLUMN     "rankly_checked_at" TIMESTAMPTZ(3),
ADD COLUMN     "rankly_gap_reported" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "rankly_month" VARCHAR(7),
ADD COLUMN     "rankly_monthly_votes" INTEGER,
ADD COLUMN     "rankly_stored_votes" INTEGER;

