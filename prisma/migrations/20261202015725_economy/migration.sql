-- Economy (README "Economy"): vote currency paid into UnbelievaBoat.
-- A new ledger kind. ADD VALUE appends, so the existing labels keep their order
-- and test/migrations.test.ts compares the list with domain/effects.ts
ALTER TYPE "reward_effect_kind" ADD VALUE 'economy';

-- The guild's token is stored encrypted (iv, tag and ciphertext in one bytea), never in clear
ALTER TABLE "guild_config" ADD COLUMN     "economy_balance" VARCHAR(8) NOT NULL DEFAULT 'cash',
ADD COLUMN     "economy_mode" VARCHAR(8) NOT NULL DEFAULT 'instead',
ADD COLUMN     "economy_token" BYTEA;
