-- AlterEnum
ALTER TYPE "effect_status" ADD VALUE 'skipped';

-- AlterTable
ALTER TABLE "reward_effect" ADD COLUMN     "facts" JSONB;

