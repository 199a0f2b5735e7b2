-- AlterTable
ALTER TABLE "reward_effect" ADD COLUMN     "role_seconds" INTEGER;


-- Role rewards not given yet keep the duration the reward role of their guild has
-- now: a replay after this migration starts their clock when they are given.
UPDATE "reward_effect" e SET "role_seconds" = g."reward_role_seconds"
FROM "guild_config" g
WHERE e."kind" = 'role' AND e."status" <> 'done'
  AND g."guild_id" = e."guild_id" AND g."reward_role_id" = e."role_id";
