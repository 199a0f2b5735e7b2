-- The kinds and statuses of the ledger as Postgres enums: the same sets as
-- src/domain/effects.ts, so no other value can be written.
CREATE TYPE "effect_status" AS ENUM ('planned', 'sending', 'done', 'pending_member', 'not_member', 'missing_permissions', 'refused', 'dms_closed', 'failed', 'unknown');
CREATE TYPE "reward_effect_kind" AS ENUM ('role', 'currency', 'milestone', 'dm', 'announcement', 'reminder');
CREATE TYPE "premium_effect_kind" AS ENUM ('role_grant', 'role_remove', 'dm_buyer', 'dm_recipient', 'reminder');

-- In place, keeping every row (a value outside the sets would stop the
-- migration here rather than be lost), and the indexes on them are rebuilt.
ALTER TABLE "reward_effect"
  ALTER COLUMN "kind" TYPE "reward_effect_kind" USING "kind"::"reward_effect_kind",
  ALTER COLUMN "status" TYPE "effect_status" USING "status"::"effect_status";

ALTER TABLE "premium_effect"
  ALTER COLUMN "kind" TYPE "premium_effect_kind" USING "kind"::"premium_effect_kind",
  ALTER COLUMN "status" TYPE "effect_status" USING "status"::"effect_status";
