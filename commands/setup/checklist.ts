import type { GuildConfig } from '../../src/db/generated/client.js';
import { formatDuration } from '../../src/domain/duration.js';
import { policyFrom } from '../../src/domain/reward-policy.js';
import { currencyNoun } from '../../src/domain/vote-message.js';
import { t } from '../../src/messages/index.js';
import { relativeTime } from '../look.js';

export interface ChecklistFacts {
  config: GuildConfig | null;
  /** This guild's webhook URL (from PUBLIC_URL, or a placeholder host). */
  webhookUrl: string;
  /** RANKLY_WEBHOOK_AUTH is set: guilds without their own secret are covered. */
  globalSecret: boolean;
  /** Why the reward role cannot be given now; null when it can (or none is set). */
  roleProblem: string | null;
  /** The reader's language: the admin's, in /setup status and the guided setup; default English. */
  locale?: string;
}

export interface ChecklistStep {
  /** Which step: the guided setup shows the test delivery on a line of its own. */
  step: 'webhook' | 'test' | 'reward' | 'role' | 'log';
  done: boolean;
  text: string;
}

/**
 * The steps from a new server to its first reward, in order, each with
 * the command that does it: what /setup status opens with and the guided
 * setup (/setup start) walks through.
 */
export function setupChecklist(f: ChecklistFacts): ChecklistStep[] {
  const locale = f.locale ?? 'en';
  const say = (key: Parameters<typeof t>[0], values: Parameters<typeof t>[1] = {}) => t(key, values, locale);
  const p = policyFrom(f.config);
  const ownSecret = Boolean(f.config?.webhookSecretHash);
  const rewardParts = [
    p.rewardRoleId
      ? `<@&${p.rewardRoleId}>${p.rewardRoleSeconds ? ` ${say('setup.roleFor', { duration: formatDuration(p.rewardRoleSeconds, locale) })}` : ''}`
      : null,
    p.currencyAmount > 0
      ? say('reward.currency', {
          amount: p.currencyAmount,
          currency: currencyNoun(p.currencyName, p.currencyAmount, locale),
        })
      : null,
  ].filter((part): part is string => part !== null);
  const reward =
    rewardParts.length === 2
      ? say('reward.and', { first: rewardParts[0] as string, second: rewardParts[1] as string })
      : rewardParts[0];
  const steps: ChecklistStep[] = [
    ownSecret || f.globalSecret
      ? {
          step: 'webhook',
          done: true,
          text: say('checklist.webhookDone', { url: f.webhookUrl, own: ownSecret ? 'yes' : 'no' }),
        }
      : { step: 'webhook', done: false, text: say('checklist.webhookTodo', { url: f.webhookUrl }) },
    f.config?.testDeliveryAt
      ? {
          step: 'test',
          done: true,
          text: say('checklist.testDone', { when: relativeTime(f.config.testDeliveryAt) }),
        }
      : { step: 'test', done: false, text: say('checklist.testTodo') },
    reward
      ? { step: 'reward', done: true, text: say('checklist.rewardDone', { reward }) }
      : { step: 'reward', done: false, text: say('checklist.rewardTodo') },
  ];
  if (p.rewardRoleId) {
    steps.push(
      f.roleProblem
        ? { step: 'role', done: false, text: say('checklist.roleProblem', { problem: f.roleProblem }) }
        : { step: 'role', done: true, text: say('checklist.roleDone', { role: `<@&${p.rewardRoleId}>` }) },
    );
  }
  steps.push(
    p.logChannelId
      ? { step: 'log', done: true, text: say('checklist.logDone', { channel: `<#${p.logChannelId}>` }) }
      : { step: 'log', done: false, text: say('checklist.logTodo') },
  );
  return steps;
}

export function checklistText(steps: ChecklistStep[], locale = 'en'): string {
  const lines = steps.map((s) => `${s.done ? '✅' : '⬜'} ${s.text}`);
  return `${lines.join('\n')}\n${t('setup.stepsLeft', { n: steps.filter((s) => !s.done).length }, locale)}`;
}
