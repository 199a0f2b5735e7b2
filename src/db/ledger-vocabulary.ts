import type {
  EffectStatus,
  GoalEffectKind,
  LoyaltyEffectKind,
  PremiumEffectKind,
  RewardEffectKind,
  ShopEffectKind,
} from '../domain/effects.js';
import type {
  EffectStatus as StoredEffectStatus,
  GoalEffectKind as StoredGoalEffectKind,
  LoyaltyEffectKind as StoredLoyaltyEffectKind,
  PremiumEffectKind as StoredPremiumEffectKind,
  RewardEffectKind as StoredRewardEffectKind,
  ShopEffectKind as StoredShopEffectKind,
} from './generated/enums.js';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/**
 * Does not compile when the database's enums (schema.prisma) and the
 * ledger's vocabulary (domain/effects.ts) differ: a status added on one side
 * only is caught here, not by a failed write in production.
 * test/migrations.test.ts checks the migrated database itself.
 */
export const ledgerVocabularyMatches: [
  Same<StoredEffectStatus, EffectStatus>,
  Same<StoredRewardEffectKind, RewardEffectKind>,
  Same<StoredPremiumEffectKind, PremiumEffectKind>,
  Same<StoredShopEffectKind, ShopEffectKind>,
  Same<StoredGoalEffectKind, GoalEffectKind>,
  Same<StoredLoyaltyEffectKind, LoyaltyEffectKind>,
] = [true, true, true, true, true, true];
