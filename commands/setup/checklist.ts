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
  const p = policyFrom(f.config);
  const ownSecret = Boolean(f.config?.webhookSecretHash);
  const rewardParts = [
    p.rewardRoleId
      ? `<@&${p.rewardRoleId}>${p.rewardRoleSeconds ? ` for ${formatDuration(p.rewardRoleSeconds)}` : ''}`
      : null,
    p.currencyAmount > 0
      ? `${p.currencyAmount.toLocaleString('en-US')} ${currencyNoun(p.currencyName, p.currencyAmount)}`
      : null,
  ].filter(Boolean);
  const steps: ChecklistStep[] = [
    ownSecret || f.globalSecret
      ? {
          step: 'webhook',
          done: true,
          text: `Webhook: Rankly posts to \`${f.webhookUrl}\` with ${ownSecret ? "this server's own secret" : "the bot's secret (ask its operator)"}.`,
        }
      : {
          step: 'webhook',
          done: false,
          text: `Webhook: run \`/setup webhook\` for this server's secret, then paste \`${f.webhookUrl}\` and the secret into Rankly (Server Settings → Vote Webhooks).`,
        },
    f.config?.testDeliveryAt
      ? { step: 'test', done: true, text: `Test delivery received ${relativeTime(f.config.testDeliveryAt)}.` }
      : {
          step: 'test',
          done: false,
          text: 'Test delivery: press **Test Webhook** in the Rankly dashboard; this step is ticked when it arrives.',
        },
    rewardParts.length > 0
      ? { step: 'reward', done: true, text: `Reward: voters get ${rewardParts.join(' and ')}.` }
      : { step: 'reward', done: false, text: 'Reward: choose one with `/setup role` or `/setup currency`.' },
  ];
  if (p.rewardRoleId) {
    steps.push(
      f.roleProblem
        ? { step: 'role', done: false, text: `Reward role: ${f.roleProblem}` }
        : { step: 'role', done: true, text: `Reward role: <@&${p.rewardRoleId}> can be given.` },
    );
  }
  steps.push(
    p.logChannelId
      ? { step: 'log', done: true, text: `Log channel: <#${p.logChannelId}>.` }
      : {
          step: 'log',
          done: false,
          text: 'Log channel: `/setup logchannel`, so I can tell you about test deliveries and problems.',
        },
  );
  return steps;
}

export function checklistText(steps: ChecklistStep[]): string {
  const lines = steps.map((s) => `${s.done ? '✅' : '⬜'} ${s.text}`);
  return `${lines.join('\n')}\n${t('setup.stepsLeft', { n: steps.filter((s) => !s.done).length })}`;
}
