import {
  addEventEndpoint,
  eventEndpointSummaries,
  maxEndpointsPerGuild,
  removeEventEndpoint,
} from '../../src/db/event-endpoints.js';
import { InvalidSetting } from '../../src/db/settings.js';
import { replayFailedEvents } from '../../src/jobs/outbound-events.js';
import { type MessageKey, type MessageValues, t } from '../../src/messages/index.js';
import { embed, ephemeral } from '../look.js';
import { UserFacingError } from '../types.js';
import { done, type SetupSubcommand } from './subcommand.js';

/** /setup events: the HTTPS endpoints that receive this server's events (README "Outbound webhooks"). */
export const eventsSubcommand: SetupSubcommand = {
  name: 'events',
  description: "Send this server's events (votes, rewards, premium) to your own HTTPS endpoints",
  action: 'settings',
  options: (s) =>
    s
      .addStringOption((o) =>
        o
          .setName('do')
          .setDescription('What to do')
          .setRequired(true)
          .addChoices(
            { name: 'add an endpoint (or make a new secret for it)', value: 'add' },
            { name: 'remove an endpoint', value: 'remove' },
            { name: 'list endpoints and deliveries', value: 'list' },
            { name: 'send failed deliveries again', value: 'replay' },
          ),
      )
      .addStringOption((o) => o.setName('url').setDescription('The endpoint, https://…').setMaxLength(500)),
  async run(interaction, deps) {
    const { guildId, locale } = interaction;
    const say = (key: MessageKey, values: MessageValues = {}) => t(key, values, locale);
    const action = interaction.options.getString('do', true);
    const url = interaction.options.getString('url')?.trim();
    if ((action === 'add' || action === 'remove') && !url) throw new UserFacingError(say('events.needUrl'));
    if (action === 'add' && url) {
      let secret: string;
      try {
        secret = await addEventEndpoint(deps.db, guildId, url, deps.allowPrivateEventTargets ?? false);
      } catch (err) {
        if (err instanceof InvalidSetting)
          throw new UserFacingError(say('setup.notSaved', { problem: `${err.problem}.` }));
        throw err;
      }
      const reply = embed(say('events.title'))
        .setDescription(say('setup.events.added', { url: `\`${url}\`` }))
        .addFields({ name: say('events.secretField'), value: `\`${secret}\`` });
      await interaction.reply({ embeds: [reply], flags: ephemeral });
      return;
    }
    if (action === 'remove' && url) {
      if (!(await removeEventEndpoint(deps.db, guildId, url)))
        throw new UserFacingError(say('events.notOurs', { url }));
      await done(interaction, say('setup.events.removed', { url: `\`${url}\`` }));
      return;
    }
    if (action === 'replay') {
      const n = await replayFailedEvents(deps.db, deps.queue, guildId, deps.now());
      await done(interaction, say('setup.events.replayed', { n }));
      return;
    }
    const summaries = await eventEndpointSummaries(deps.db, guildId);
    const lines = summaries.map((s) =>
      say('setup.events.line', {
        url: `\`${s.url}\``,
        delivered: s.delivered,
        pending: s.pending,
        failed: s.failed,
        // The endpoint's own answer (or the delivery's error), quoted as it came.
        lastError: s.lastError ? say('events.lastProblem', { problem: s.lastError }) : '',
      }),
    );
    const reply = embed(say('events.title')).setDescription(
      lines.length
        ? `${lines.join('\n')}\n\n${say('events.max', { n: maxEndpointsPerGuild })}`
        : say('setup.events.none'),
    );
    await interaction.reply({ embeds: [reply], flags: ephemeral });
  },
};
