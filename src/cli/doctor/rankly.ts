import { pino } from 'pino';
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import { checkMissedVotes } from '../../jobs/missed-votes.js';
import { t } from '../../messages/index.js';
import { createRanklyApi } from '../../rankly/api.js';
import type { Report } from './check.js';

/** With RANKLY_API_KEY: whether every vote Rankly counted this month arrived (nothing is posted). */
export async function checkRanklyCounts(config: Config, db: Db, report: Report): Promise<void> {
  if (!config.RANKLY_API_KEY) return;
  const api = createRanklyApi({ key: config.RANKLY_API_KEY, url: config.RANKLY_API_URL });
  try {
    const found = await checkMissedVotes({ db, api, log: pino({ level: 'silent' }), now: () => new Date() });
    const counts = { rankly: found.ranklyVotes, stored: found.storedVotes };
    report(
      found.gap > 0
        ? {
            status: 'warn',
            what: `votes of guild ${found.guildId}: ${t('rankly.gap', counts)}`,
            fix: 'compare the webhook URL in the Rankly dashboard with /setup webhook, and check the listener was reachable (its logs, /readyz); the missing votes cannot be fetched again',
          }
        : {
            status: 'ok',
            what: `votes of guild ${found.guildId}: Rankly counted ${found.ranklyVotes} this month, and all arrived`,
          },
    );
  } catch (err) {
    report({
      status: 'fail',
      what: `Rankly's API: ${(err as Error).message}`,
      fix: 'check RANKLY_API_KEY (Rankly dashboard → API) and RANKLY_API_URL',
    });
  }
}
