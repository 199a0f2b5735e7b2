/**
 * Every text the bot composes with a number in it, in English, as ICU
 * messages (plurals and numbers formatted for the reader's locale). The
 * keys are the catalogue: another language is a file with the same keys
 * (see index.ts), and a key it lacks falls back to this one.
 */
export const en = {
  // What a vote earned, as the {reward} of DMs and announcements.
  'reward.currency': '{amount, number} {currency}',
  'reward.role': 'the {role} role',
  'reward.roleFor': 'the {role} role for {duration}',
  'reward.roleFollows': '{reward} (the {role} role follows once they join the server)',
  'reward.nothing': 'our thanks',
  'reward.and': '{first} and {second}',

  // The default texts of the thank-you DM and the announcement (admins may set their own).
  'dm.default':
    'Thanks for voting, {user}! You received {reward}. {streak, plural, one {Streak: # vote} other {Streak: # votes}} in a row, {total, plural, one {# vote} other {# votes}} in all.',
  'announce.default':
    '{user} just voted and received {reward}! ({streak, plural, one {# vote} other {# votes}} in a row, {total, plural, one {# vote} other {# votes}} in all)',

  // Durations.
  'duration.days': '{n, plural, one {# day} other {# days}}',
  'duration.hours': '{n, plural, one {# hour} other {# hours}}',
  'duration.minutes': '{n, plural, one {# minute} other {# minutes}}',
  'duration.seconds': '{n, plural, one {# second} other {# seconds}}',

  // /votes
  'votes.count': '{n, plural, one {# vote} other {# votes}}',
  'votes.leaderboardLine': '{medal} {user}: {n, plural, one {# vote} other {# votes}}',
  'votes.callerRank': 'You are #{rank, number} with {n, plural, one {# vote} other {# votes}}.',
  'votes.noneCredited':
    '{n, plural, one {# vote} other {# votes}}, none credited (Rankly denied {n, plural, one {it} other {them}}: {reasons}).',
  'votes.exported': '{n, plural, one {# vote} other {# votes}} {period}, oldest first (times in UTC).',

  // /votes stats
  'stats.busiestHour': '{from}–{to} ({n, plural, one {# vote} other {# votes}})',
  'stats.firstVotes': '+{n, plural, one {# vote} other {# votes}} (none in {previous})',

  'stats.title': '📈 Vote trends {period}',
  'stats.chartTitle': 'Votes per {unit, select, day {day} week {week} other {month}} {period}',
  'stats.period':
    '{period, select, all {of all time} other {in the last {days, plural, one {day} other {# days}}}}',
  'stats.pickPeriod': 'Pick 7d, 30d, 90d or all.',
  'stats.noVotesAll': 'No votes for this server yet. Once members vote on Rankly, their trends show up here.',
  'stats.noVotesPeriod':
    'No votes for this server {period}. Try a longer period, or check back after the next votes.',
  'stats.totalVotes': 'Total votes',
  'stats.totalValue':
    '{total, number} ({credited, number} credited · {adBlocker, number} ad blocker · {denied, number} denied)',
  'stats.uniqueVoters': 'Unique voters',
  'stats.newReturning': 'New / returning voters',
  'stats.newReturningValue': '{new, number} new · {returning, number} returning',
  'stats.busiestHourName': 'Busiest hour (UTC)',
  'stats.adBlockerShare': 'Ad-blocker share',
  'stats.change': 'Change',
  'stats.noPrevious': 'None: all time has no previous period',
  'stats.previous': 'the previous {days, plural, one {day} other {# days}}, up to the same time',
  'stats.changeValue': '{change} against {previous} ({before, number} → {after, number})',
  'chart.credited': 'Credited',
  'chart.adBlocker': 'Ad blocker',
  'chart.denied': 'Denied',

  // /votes show, leaderboard and remind, in the member's own language.
  'votes.leaderboardTitle':
    '🏆 Top voters {period, select, week {this week} month {this month} other {of all time}}',
  'votes.pickPeriod': 'Pick week, month or all.',
  'votes.leaderboardEmpty': 'No votes yet. Be the first!',
  'votes.you': 'You',
  'votes.callerNone': 'You have no votes in this period yet.',
  'votes.noReason': 'no reason given',
  'votes.notVotedSelf': 'You have not voted for this server yet. Vote on Rankly to start a streak!',
  'votes.notVotedOther': '{user} has not voted for this server yet.',
  'votes.showTitle': '🗳️ Votes of {name}',
  'votes.field.votes': 'Votes',
  'votes.field.streak': 'Streak',
  'votes.field.bestStreak': 'Best streak',
  'votes.field.lastVote': 'Last vote',
  'votes.field.nextVote': 'Next vote',
  'votes.field.balance': 'Balance',
  'votes.never': 'never',
  'votes.now': 'now',
  'votes.notYet': 'not yet (Rankly says)',
  'votes.remindOff': 'Vote reminders are off.',
  'votes.remindOn':
    'Vote reminders are on: I will DM you when you can vote again. Make sure you accept DMs from server members.',
  'votes.remindOnNext':
    'Vote reminders are on: I will DM you when you can vote again (next: {when}). Make sure you accept DMs from server members.',
  'remind.dm':
    '⏰ You can vote for **{server}** on Rankly again! Your streak is {streak, plural, one {# vote} other {# votes}}; vote now to keep it going. (Turn these off with /votes remind off.)',
  'remind.dmNoServer':
    '⏰ You can vote on Rankly again! Your streak is {streak, plural, one {# vote} other {# votes}}; vote now to keep it going. (Turn these off with /votes remind off.)',

  // /premium
  'premium.title': '💎 Premium of {name}',
  'premium.userField': 'User premium',
  'premium.guildField': 'This server',
  'premium.none': 'None',
  'premium.status': '{status, select, active {active} revoked {revoked} other {expired}}',
  'premium.since': 'Since {date}',
  'premium.lifetime': 'Lifetime',
  'premium.until': 'Until {date}',
  'premium.ended': 'Ended {date}',
  'premium.renews': 'Renews automatically',
  'premium.giftedBy': 'Gifted by {user}',

  // Any command: what goes wrong.
  'error.title': 'Hmm…',
  'error.notLoaded': 'I have not loaded this server yet; try again in a moment.',
  'error.guildOnly': 'Use this command in a server.',
  'error.internal': 'Sorry, something went wrong on my side (error id `{errorId}`).',
  'error.startingUp': 'I am starting up; try again in a few seconds.',

  // The default currency name ("coins" unless an admin names it), and the server's name when unknown.
  'currency.default': '{n, plural, one {coin} other {coins}}',
  'template.thisServer': 'this server',

  // /setup language
  'setup.language': 'DMs and announcements are now in {language}. Preview of the DM, with your numbers:',
  'setup.clear.language':
    "DMs and announcements now follow the server's language in Discord (Server Settings → Community → Server Primary Language), now {language}.",

  // Slash commands: names (Discord's rules: lowercase, no spaces, 1 to 32 characters), descriptions
  // and choices, by the path of each in the command (commands/localize.ts). English is what
  // the definitions say; test/command-localizations.test.ts keeps the two the same.
  'command.votes.name': 'votes',
  'command.votes.description': 'Vote streaks, balances and the leaderboard',
  'command.votes.show.name': 'show',
  'command.votes.show.description': "Your votes (or another member's): streak, last vote, next vote, balance",
  'command.votes.show.user.name': 'user',
  'command.votes.show.user.description': 'Whose votes to show',
  'command.votes.leaderboard.name': 'leaderboard',
  'command.votes.leaderboard.description': 'Top 10 voters of this server, and your rank',
  'command.votes.leaderboard.period.name': 'period',
  'command.votes.leaderboard.period.description': 'Which votes count (default: this month)',
  'command.votes.leaderboard.period.choice.week': 'This week (UTC, from Monday)',
  'command.votes.leaderboard.period.choice.month': 'This month (UTC)',
  'command.votes.leaderboard.period.choice.all': 'All time',
  'command.votes.remind.name': 'remind',
  'command.votes.remind.description': 'A DM when you can vote again',
  'command.votes.remind.state.name': 'state',
  'command.votes.remind.state.description': 'On or off',
  'command.votes.remind.state.choice.on': 'on',
  'command.votes.remind.state.choice.off': 'off',
  'command.votes.stats.name': 'stats',
  'command.votes.stats.description':
    'Vote trends of this server: a chart of votes per day and voting patterns',
  'command.votes.stats.period.name': 'period',
  'command.votes.stats.period.description': 'Which days (default: the last 30)',
  'command.votes.stats.period.choice.7d': 'Last 7 days',
  'command.votes.stats.period.choice.30d': 'Last 30 days',
  'command.votes.stats.period.choice.90d': 'Last 90 days',
  'command.votes.stats.period.choice.all': 'All time',
  'command.votes.stats.private.name': 'private',
  'command.votes.stats.private.description': 'Only you see the answer (default: the whole channel)',
  'command.premium.name': 'premium',
  'command.premium.description': "Your premium (or another member's) and this server's",
  'command.premium.user.name': 'user',
  'command.premium.user.description': 'Whose premium to show',
  'command.setup.name': 'setup',
  'command.setup.description': 'Configure vote rewards for this server',
  'command.setup.start.name': 'start',
  'command.setup.start.description': 'Guided setup: every choice in one message, then the webhook for Rankly',
  'command.setup.role.name': 'role',
  'command.setup.role.description': 'Reward role for voters, optionally for a limited time',
  'command.setup.role.role.name': 'role',
  'command.setup.role.role.description': 'The role',
  'command.setup.role.duration.name': 'duration',
  'command.setup.role.duration.description':
    'How long voters keep it, e.g. 12h, 1d (1 minute to 365 days; default: for good)',
  'command.setup.currency.name': 'currency',
  'command.setup.currency.description': 'Currency per vote',
  'command.setup.currency.amount.name': 'amount',
  'command.setup.currency.amount.description': 'Amount per vote',
  'command.setup.currency.name.name': 'name',
  'command.setup.currency.name.description':
    'Currency name, e.g. coins (or coin/coins for an irregular plural)',
  'command.setup.adblocker.name': 'adblocker',
  'command.setup.adblocker.description': 'Share of the reward for votes cast with an ad blocker',
  'command.setup.adblocker.percent.name': 'percent',
  'command.setup.adblocker.percent.description': '0 to 100 (default 50)',
  'command.setup.denials.name': 'denials',
  'command.setup.denials.description': 'What votes Rankly did not credit earn (already voted, captcha, ...)',
  'command.setup.denials.policy.name': 'policy',
  'command.setup.denials.policy.description': 'Reward for those votes',
  'command.setup.denials.policy.choice.none': 'Nothing (default)',
  'command.setup.denials.policy.choice.reduced': 'The ad-blocker share',
  'command.setup.denials.policy.choice.full': 'The full reward',
  'command.setup.premiumrole.name': 'premiumrole',
  'command.setup.premiumrole.description': 'Role for members with Rankly premium',
  'command.setup.premiumrole.role.name': 'role',
  'command.setup.premiumrole.role.description': 'The role',
  'command.setup.streak.name': 'streak',
  'command.setup.streak.description': 'Streak window and milestone bonus',
  'command.setup.streak.window_hours.name': 'window_hours',
  'command.setup.streak.window_hours.description': 'A vote within this many hours continues the streak (36)',
  'command.setup.streak.milestone_every.name': 'milestone_every',
  'command.setup.streak.milestone_every.description': 'Bonus every N votes in a row',
  'command.setup.streak.milestone_bonus.name': 'milestone_bonus',
  'command.setup.streak.milestone_bonus.description': 'Bonus currency',
  'command.setup.multiplier.name': 'multiplier',
  'command.setup.multiplier.description': 'Currency multiplier for voters with premium',
  'command.setup.multiplier.value.name': 'value',
  'command.setup.multiplier.value.description': 'e.g. 2 doubles it (default 1)',
  'command.setup.cooldown.name': 'cooldown',
  'command.setup.cooldown.description': 'Hours between two votes, shown in /votes (12)',
  'command.setup.cooldown.hours.name': 'hours',
  'command.setup.cooldown.hours.description': 'Hours',
  'command.setup.dm.name': 'dm',
  'command.setup.dm.description': 'Thank-you DM to voters',
  'command.setup.dm.enabled.name': 'enabled',
  'command.setup.dm.enabled.description': 'Send it',
  'command.setup.dm.template.name': 'template',
  'command.setup.dm.template.description': 'Your own text. Placeholders: {placeholders}',
  'command.setup.announce.name': 'announce',
  'command.setup.announce.description': 'Announce votes in a channel',
  'command.setup.announce.channel.name': 'channel',
  'command.setup.announce.channel.description': 'Where',
  'command.setup.announce.template.name': 'template',
  'command.setup.announce.template.description': 'Your own text. Placeholders: {placeholders}',
  'command.setup.logchannel.name': 'logchannel',
  'command.setup.logchannel.description': 'Channel for test webhooks and problems',
  'command.setup.logchannel.channel.name': 'channel',
  'command.setup.logchannel.channel.description': 'Where',
  'command.setup.language.name': 'language',
  'command.setup.language.description':
    'Language of DMs and announcements (default: the server’s language in Discord)',
  'command.setup.language.language.name': 'language',
  'command.setup.language.language.description': 'Which language',
  'command.setup.language.language.choice.server': 'The server’s language in Discord',
  'command.setup.clear.name': 'clear',
  'command.setup.clear.description': 'Turn a setting off, or back to its default',
  'command.setup.clear.setting.name': 'setting',
  'command.setup.clear.setting.description': 'Which',
  'command.setup.clear.setting.choice.role': 'role',
  'command.setup.clear.setting.choice.announce': 'announce',
  'command.setup.clear.setting.choice.logchannel': 'logchannel',
  'command.setup.clear.setting.choice.premiumrole': 'premiumrole',
  'command.setup.clear.setting.choice.milestone': 'milestone',
  'command.setup.clear.setting.choice.dmtemplate': 'dmtemplate',
  'command.setup.clear.setting.choice.announcetemplate': 'announcetemplate',
  'command.setup.clear.setting.choice.currency': 'currency',
  'command.setup.clear.setting.choice.language': 'language',
  'command.setup.webhook.name': 'webhook',
  'command.setup.webhook.description': "This server's webhook URL and secret for Rankly",
  'command.setup.webhook.rotate.name': 'rotate',
  'command.setup.webhook.rotate.description':
    'Make a new secret (the old one keeps working for a grace period)',
  'command.setup.status.name': 'status',
  'command.setup.status.description': 'Configuration, permissions and recent activity',
  'command.setup.replay.name': 'replay',
  'command.setup.replay.description': 'Give again the rewards that were not given (after fixing the cause)',
  'command.setup.export.name': 'export',
  'command.setup.export.description': "This server's votes (or shop purchases) as a CSV file",
  'command.setup.export.period.name': 'period',
  'command.setup.export.period.description': 'Which days (default: all time)',
  'command.setup.export.period.choice.7d': 'Last 7 days',
  'command.setup.export.period.choice.30d': 'Last 30 days',
  'command.setup.export.period.choice.90d': 'Last 90 days',
  'command.setup.export.period.choice.all': 'All time',
  'command.setup.events.name': 'events',
  'command.setup.events.description':
    "Send this server's events (votes, rewards, premium) to your own HTTPS endpoints",
  'command.setup.events.do.name': 'do',
  'command.setup.events.do.description': 'What to do',
  'command.setup.events.do.choice.add': 'add an endpoint (or make a new secret for it)',
  'command.setup.events.do.choice.remove': 'remove an endpoint',
  'command.setup.events.do.choice.list': 'list endpoints and deliveries',
  'command.setup.events.do.choice.replay': 'send failed deliveries again',
  'command.setup.events.url.name': 'url',
  'command.setup.events.url.description': 'The endpoint, https://…',
  'command.setup.economy.name': 'economy',
  'command.setup.economy.description':
    'Pay vote currency into UnbelievaBoat instead of (or as well as) the built-in balance',
  'command.setup.economy.provider.name': 'provider',
  'command.setup.economy.provider.description': 'Where vote currency goes',
  'command.setup.economy.provider.choice.unbelievaboat': 'UnbelievaBoat',
  'command.setup.economy.provider.choice.off': 'off (the built-in balance only)',
  'command.setup.economy.token.name': 'token',
  'command.setup.economy.token.description':
    "Your UnbelievaBoat application's API token (https://unbelievaboat.com/applications)",
  'command.setup.economy.balance.name': 'balance',
  'command.setup.economy.balance.description': 'Which UnbelievaBoat balance is paid (default cash)',
  'command.setup.economy.balance.choice.cash': 'cash',
  'command.setup.economy.balance.choice.bank': 'bank',
  'command.setup.economy.mode.name': 'mode',
  'command.setup.economy.mode.description': 'Instead of the built-in balance (default), or as well',
  'command.setup.economy.mode.choice.instead': 'instead of the built-in balance',
  'command.setup.economy.mode.choice.also': 'as well as the built-in balance',

  // /setup: each reply says what is now in effect.
  'checklist.webhookDone':
    "Webhook: Rankly posts to `{url}` with {own, select, yes {this server's own secret} other {the bot's secret (ask its operator)}}.",
  'checklist.webhookTodo':
    "Webhook: run `/setup webhook` for this server's secret, then paste `{url}` and the secret into Rankly (Server Settings → Vote Webhooks).",
  'checklist.testDone': 'Test delivery received {when}.',
  'checklist.testTodo':
    'Test delivery: press **Test Webhook** in the Rankly dashboard; this step is ticked when it arrives.',
  'checklist.rewardDone': 'Reward: voters get {reward}.',
  'checklist.rewardTodo': 'Reward: choose one with `/setup role` or `/setup currency`.',
  'checklist.roleProblem': 'Reward role: {problem}',
  'checklist.roleDone': 'Reward role: {role} can be given.',
  'checklist.logDone': 'Log channel: {channel}.',
  'checklist.logTodo':
    'Log channel: `/setup logchannel`, so I can tell you about test deliveries and problems.',
  'setup.doneTitle': '✅ Done',
  'setup.notSaved': 'Not saved: {problem}',
  'setup.role': 'Voters now get {role} {duration}.',
  'setup.roleForGood': 'for good',
  'setup.roleFor': 'for {duration}',
  'setup.currency':
    'Voters now get {amount, plural, =0 {no currency} other {{amount, number} {currency}}} per vote.',
  'setup.adblocker': 'Votes cast with an ad blocker now earn {percent, number}% of the reward.',
  'setup.denials.none': 'Votes Rankly did not credit (already voted, captcha, ...) now earn nothing.',
  'setup.denials.reduced':
    'Votes Rankly did not credit (already voted, captcha, ...) now earn the ad-blocker share ({percent, number}%).',
  'setup.denials.full': 'Votes Rankly did not credit (already voted, captcha, ...) now earn the full reward.',
  'setup.premiumRole': 'Members with Rankly premium now get {role}.',
  'setup.streak': 'A vote within {window} of the last one now continues a streak; {milestone}.',
  'setup.noMilestone': 'there is no milestone bonus',
  'setup.multiplier': 'Voters with Rankly premium now get {value, number}× the currency per vote.',
  'setup.cooldown': '/votes now tells members they can vote again {duration} after their last vote.',
  'setup.dmOn':
    'Voters now get a thank-you DM{custom, select, yes { with your text} other {}}. Preview, with your numbers:',
  'setup.dmOff': 'Voters no longer get a DM.',
  'setup.announce':
    'Votes are now announced in {channel}{custom, select, yes { with your text} other {}}. Preview, with your numbers:',
  'setup.logChannel': 'Test webhooks from Rankly and problems with rewards are now reported in {channel}.',
  'setup.clear.role': 'Voters no longer get a role.',
  'setup.clear.announce': 'Votes are no longer announced.',
  'setup.clear.logchannel':
    'There is no log channel: test webhooks and problems are no longer reported in Discord.',
  'setup.clear.premiumrole': 'Members with Rankly premium no longer get a role.',
  'setup.clear.milestone': 'There is no milestone bonus any more.',
  'setup.clear.dmtemplate': 'The DM is back to the default text. Preview, with your numbers:',
  'setup.clear.announcetemplate': 'Announcements are back to the default text. Preview, with your numbers:',
  'setup.clear.currency': 'Voters no longer get currency.',
  'setup.replayReport':
    'Given again: {given, plural, one {# reward} other {# rewards}}. Not given: {notGiven, number}.{waiting, plural, =0 {} other { Still on their way or waiting for the member to join: #.}}',
  'setup.replayFix':
    'Fix what is listed, then run `/setup replay` again; `/setup status` shows what is left.',
  'setup.replayed':
    '{n, plural, =0 {Nothing was waiting to be given again.} one {# reward was sent back to the queue.} other {# rewards were sent back to the queue.}}',
  'setup.milestone': 'a bonus of {bonus} every {every, plural, one {vote} other {# votes}} in a row',
  'setup.stepsLeft':
    '{n, plural, =0 {All set: votes are rewarded.} one {# step left.} other {# steps left.}}',
  'setup.events.added':
    "{url} now receives the bot's events (vote.received, vote.rewarded, premium.changed), signed the Standard Webhooks way. **The signing secret is shown only now:**",
  'setup.events.removed': '{url} no longer receives events.',
  'setup.events.none':
    "No endpoint receives this server's events. Add one with `/setup events do: add url: https://…`.",
  'setup.events.line':
    '{url}: {delivered, number} delivered · {pending, number} on their way · {failed, plural, =0 {none failed} other {# failed}}{lastError}',
  'setup.events.replayed':
    "{n, plural, =0 {No event delivery had failed.} one {# failed delivery is being sent again, with its event's id.} other {# failed deliveries are being sent again, with their events' ids.}}",
  // /setup start: the guided setup, one message with a component per choice.
  'guided.title': '🧭 Set up vote rewards',
  'guided.intro':
    'Choose below: each choice is checked and saved at once, as the `/setup` commands do. Then press **Finish** for the webhook URL and secret.',
  'guided.rolePlaceholder': 'Reward role for voters',
  'guided.durationPlaceholder': 'How long voters keep the role',
  'guided.forGood': 'For good',
  'guided.keepFor': 'For {duration}',
  'guided.durationNoRole': 'Voters will keep the reward role {duration}: now pick the role.',
  'guided.announcePlaceholder': 'Channel for vote announcements',
  'guided.logPlaceholder': 'Log channel (test deliveries, problems)',
  'guided.editDm': 'Edit DM text',
  'guided.finish': 'Finish: webhook URL and secret',
  'guided.dmModalTitle': 'Thank-you DM to voters',
  'guided.dmModalLabel': 'Your text (leave empty for the default)',
  'guided.testWaiting':
    '⬜ Test delivery: after **Finish**, paste the webhook URL and secret into Rankly (Server Settings → Vote Webhooks) and press **Test Webhook** in the Rankly dashboard. This line changes when it arrives.',
  'guided.testReceived':
    '✅ Test delivery received {when}: Rankly reaches me with this server’s webhook URL and secret. Test deliveries never grant rewards.',
  'guided.finished': 'The webhook URL and secret for Rankly are below.',
  'guided.testNext':
    'Press **Test Webhook** in the Rankly dashboard now: the first line of this message changes when the test delivery arrives.',
  'rankly.gap':
    'Rankly counted {rankly, plural, one {# vote} other {# votes}} this month, {stored, plural, =0 {none arrived} other {# arrived}}: check the webhook URL and that the bot was reachable.',
  'rankly.noGap':
    'Rankly counted {rankly, plural, one {# vote} other {# votes}} this month; every one arrived (checked {when}).',
  'status.currency': 'Currency: {amount, number} {currency} per vote',
  'status.activity': 'Last vote received: {last} · today: {n, plural, one {# vote} other {# votes}}',
  'status.inFlight':
    'Waiting: {pending, number} · not given: {notGiven, number} · used up their retries: {dead, number}',
  // Loyalty: vote tiers, monthly champions, streak protection (README "Loyalty").
  'tier.counter': '{counts, select, total {in all} streak {in a row} other {in a calendar month}}',
  'tier.added': 'Members with {votes, plural, one {# vote} other {# votes}} {counter} now get {role}.',
  'tier.removed':
    '{role} is no longer a tier: members who have it keep it, and the bot no longer changes it.',
  'tier.notATier': '{role} is not a tier. `/setup tier list` shows them.',
  'tier.line': '{role}: {votes, plural, one {# vote} other {# votes}} {counter}',
  'tier.none': 'This server has no vote tiers. Add one with `/setup tier add`.',
  'tier.mode.stack': 'Members now keep every tier role they reach.',
  'tier.mode.replace':
    'Members now hold only the highest tier they reach on each count (in all, in a row, in a month): lower tier roles are taken off.',
  'votes.tier': '{role} ({votes, plural, one {# vote} other {# votes}} {counter})',
  'votes.noTier': 'none yet',
  'votes.nextTier': '{role} in {n, plural, one {# more vote} other {# more votes}} {counter}',
  'votes.topTier': 'the highest tier {counter}',
  'votes.protectionAvailable': 'ready: one missed window this month keeps the streak',
  'votes.protectionUsed': 'used {when}; ready again on the 1st',
  'setup.champions':
    'The top {count, plural, one {voter} other {# voters}} of each calendar month (UTC) now get {role} on the 1st{channel, select, none {} other {, announced in {channel}}}. The first champions are this month’s.',
  'setup.clear.champions': 'There are no monthly champions any more; this month’s keep their role.',
  'setup.protectionOn': 'Streak protection is on: once a month, a missed window does not end a streak.',
  'setup.protectionOff': 'Streak protection is off: a missed window ends a streak.',
  'setup.clear.protection': 'Streak protection is off: a missed window ends a streak.',
  'champions.announce':
    '🏆 The top voters of {month}: {names}!{role, select, none {} other { They hold {role} this month.}}',
  'champions.name': '{user} ({n, plural, one {# vote} other {# votes}})',
  'status.tiers':
    '{n, plural, =0 {Tiers: none} other {Tiers ({mode, select, stack {stacked} other {highest replaces lower}}):}}',
  'status.champions':
    'Monthly champions: {role, select, none {off} other {top {count, number} get {role}{last, select, none {} other { · last crowned: {last}}}}}',
  'setup.replayLoyalty':
    '{n, plural, one {# tier or champion role change was} other {# tier or champion role changes were}} sent again.',
  'status.protection': 'Streak protection: {on, select, yes {on (one missed window a month)} other {off}}',

  // The reward shop (README "Shop"): /shop, its buttons, /setup shop.
  'shop.price': '{amount, number} {currency}',
  'shop.balance': 'Your balance: {balance}',
  'shop.empty': 'The shop is empty. Admins add items with `/setup shop add`.',
  'shop.itemRole': '{role}',
  'shop.itemRoleFor': '{role} for {duration}',
  'shop.itemCustom': 'handed out by staff',
  'shop.itemLeft': '{left, plural, =0 {sold out} other {# left}}',
  'shop.itemLimit': 'at most {limit, number} per member',
  'shop.buyHint': 'Press a button to buy, or use `/shop buy item:` and its name.',
  'shop.bought.role': 'You bought **{item}** for {price}: {role} is yours{until}.',
  'shop.bought.until': ' until {when}',
  'shop.bought.notice': 'You bought **{item}** for {price}. Staff have been told and will hand it out.',
  'shop.onItsWay': 'You bought **{item}** for {price}. Discord is slow right now: it follows shortly.',
  'shop.refunded': 'I could not give you **{item}**: {why} Your {price} are back.',
  'shop.duplicate': 'That button bought **{item}** already: nothing more was taken.',
  'shop.refused.balance': '**{item}** costs {price}; you have {balance}. Vote to earn more!',
  'shop.refused.soldOut': '**{item}** is sold out.',
  'shop.refused.limit':
    'Each member may hold at most {limit, plural, one {# of} other {# of}} **{item}**, and you do. Nothing was taken.',
  'shop.refused.noItem': 'There is no item called “{item}” on sale. `/shop items` lists them.',
  'shop.refused.economy':
    'The shop is closed here: this server pays vote currency into UnbelievaBoat instead of the built-in balance, and the shop sells for the built-in balance only. An admin can choose `mode: as well as the built-in balance` in `/setup economy` to open it.',
  'shop.refused.noLogChannel':
    'Custom items are announced to staff in the log channel, and this server has none, so **{item}** cannot be bought now. Nothing was taken.',
  'shop.refused.role': '**{item}** cannot be bought now: {problem} Nothing was taken.',
  'shop.refund.missingPermissions':
    'Discord did not let me give {role} (missing permissions: my role must be above it, with Manage Roles). The admins were told.',
  'shop.refund.notMember': 'you are not a member of this server.',
  'shop.refund.failed': 'Discord refused it ({detail}).',
  'shop.notice': '🛒 {user} bought **{item}** (purchase no. {id}): staff, please hand it out.',
  'shop.historyLine': '{when} **{item}** for {price}{refunded, select, yes { (refunded)} other {}}',
  'shop.exported':
    '{n, plural, =0 {No purchases} one {# purchase} other {# purchases}} {period}, oldest first, with deliveries and refunds (times in UTC).',
  'shop.historyEmpty': 'You have bought nothing here yet.',
  'setup.shop.added': '**{name}** is now on sale for {price}: {what}{extra}.',
  'setup.shop.removed':
    '**{name}** is no longer on sale. {sold, plural, =0 {Nobody bought it.} one {Its # purchase stays in the history.} other {Its # purchases stay in the history.}}',
  'setup.shop.line': '**{name}**: {price} · {what} · {sold, plural, one {# sold} other {# sold}}{extra}',
  'setup.shop.none': 'Nothing is on sale. Add an item with `/setup shop add`.',
  'status.shop':
    '{items, plural, =0 {No items on sale} one {# item on sale} other {# items on sale}} · {sold, plural, one {# purchase} other {# purchases}} · {refunded, plural, =0 {none refunded} other {# refunded}}',

  // The community goal (README "Community goal").
  'goal.reached':
    '🎉 Community goal reached: {votes, plural, one {# vote} other {# votes}} this {period, select, week {week} other {month}}! Everyone who voted this {period, select, week {week} other {month}} gets {reward}.',
  'goal.progress':
    '{bar}\n{votes, number} / {target, plural, one {# vote} other {# votes}} this {period, select, week {week} other {month}}{reached, select, yes {: reached! 🎉} other {}} · reward: {reward}',
  'goal.none': 'No community goal. Admins set one with `/setup goal`.',
  'setup.goal.saved':
    'The community goal is now {votes, plural, one {# vote} other {# votes}} each {period, select, week {week} other {month}} (UTC); when it is reached, everyone who voted in that {period, select, week {week} other {month}} gets {reward}.',
  'setup.goal.cleared': 'There is no community goal any more.',
  'status.goal':
    '{votes, number} / {target, plural, one {# vote} other {# votes}} this {period, select, week {week} other {month}}{reached, select, yes {, reached} other {}} · reward: {reward}',

  // Slash commands of the loyalty, shop and goal features (/setup tier, shop, champions, goal; /shop).
  'command.setup.streak.protection.name': 'protection',
  'command.setup.streak.protection.description':
    'Keep a streak over one missed window a month (default: off)',
  'command.setup.clear.setting.choice.champions': 'champions',
  'command.setup.clear.setting.choice.protection': 'protection',
  'command.setup.export.data.name': 'data',
  'command.setup.export.data.description': 'What to export (default: votes)',
  'command.setup.export.data.choice.votes': 'votes',
  'command.setup.export.data.choice.purchases': 'shop purchases and refunds',
  'command.setup.champions.name': 'champions',
  'command.setup.champions.description':
    'A role for the top voters of each calendar month (UTC), moved on the 1st',
  'command.setup.champions.role.name': 'role',
  'command.setup.champions.role.description': 'The champions’ role',
  'command.setup.champions.count.name': 'count',
  'command.setup.champions.count.description': 'How many top voters (default 3)',
  'command.setup.goal.name': 'goal',
  'command.setup.goal.description':
    'A server-wide vote goal per week or month, with a reward for everyone who voted',
  'command.setup.goal.votes.name': 'votes',
  'command.setup.goal.votes.description': 'Votes the whole server must reach in the period (0: no goal)',
  'command.setup.goal.period.name': 'period',
  'command.setup.goal.period.description': 'Calendar week or month, UTC (default: month)',
  'command.setup.goal.period.choice.week': 'week',
  'command.setup.goal.period.choice.month': 'month',
  'command.setup.goal.role.name': 'role',
  'command.setup.goal.role.description': 'Reward: a role for everyone who voted in the period',
  'command.setup.goal.duration.name': 'duration',
  'command.setup.goal.duration.description': 'How long they keep the role, e.g. 7d (default: 7 days)',
  'command.setup.goal.coins.name': 'coins',
  'command.setup.goal.coins.description': 'Reward: a coin bonus for everyone who voted in the period',
  'command.setup.tier.name': 'tier',
  'command.setup.tier.description': 'Vote tiers: roles for members who reach a number of votes',
  'command.setup.tier.add.name': 'add',
  'command.setup.tier.add.description': 'A role for members who reach a number of votes',
  'command.setup.tier.add.votes.name': 'votes',
  'command.setup.tier.add.votes.description': 'Votes to reach',
  'command.setup.tier.add.role.name': 'role',
  'command.setup.tier.add.role.description': 'The role members get',
  'command.setup.tier.add.counts.name': 'counts',
  'command.setup.tier.add.counts.description': 'Which votes count (default: all)',
  'command.setup.tier.add.counts.choice.total': 'all votes (default)',
  'command.setup.tier.add.counts.choice.streak': 'votes in a row (the current streak)',
  'command.setup.tier.add.counts.choice.month': 'votes this calendar month (UTC)',
  'command.setup.tier.remove.name': 'remove',
  'command.setup.tier.remove.description': 'Stop giving a tier role (members who have it keep it)',
  'command.setup.tier.remove.role.name': 'role',
  'command.setup.tier.remove.role.description': 'The tier role',
  'command.setup.tier.list.name': 'list',
  'command.setup.tier.list.description': "This server's vote tiers",
  'command.setup.tier.mode.name': 'mode',
  'command.setup.tier.mode.description':
    'Keep every tier role reached (stack), or only the highest (replace, default)',
  'command.setup.tier.mode.mode.name': 'mode',
  'command.setup.tier.mode.mode.description': 'Stack or replace',
  'command.setup.tier.mode.mode.choice.replace': 'replace: only the highest tier reached (default)',
  'command.setup.tier.mode.mode.choice.stack': 'stack: every tier reached',
  'command.setup.shop.name': 'shop',
  'command.setup.shop.description': 'The reward shop: items members buy with their vote currency',
  'command.setup.shop.add.name': 'add',
  'command.setup.shop.add.description':
    'Put an item on sale: a role (for good or for a time), or a custom item staff hand out',
  'command.setup.shop.add.name.name': 'name',
  'command.setup.shop.add.name.description': 'What members see',
  'command.setup.shop.add.price.name': 'price',
  'command.setup.shop.add.price.description': 'In vote currency',
  'command.setup.shop.add.role.name': 'role',
  'command.setup.shop.add.role.description': 'The role it gives (none: a custom item, staff hand it out)',
  'command.setup.shop.add.duration.name': 'duration',
  'command.setup.shop.add.duration.description': 'How long the role is kept, e.g. 7d (default: for good)',
  'command.setup.shop.add.stock.name': 'stock',
  'command.setup.shop.add.stock.description': 'How many can be sold in all (default: no limit)',
  'command.setup.shop.add.limit.name': 'limit',
  'command.setup.shop.add.limit.description': 'How many one member may hold (default: no limit)',
  'command.setup.shop.remove.name': 'remove',
  'command.setup.shop.remove.description': 'Take an item off sale (its purchases stay in the history)',
  'command.setup.shop.remove.name.name': 'name',
  'command.setup.shop.remove.name.description': 'The item’s name',
  'command.setup.shop.list.name': 'list',
  'command.setup.shop.list.description': 'The items on sale, with what was sold',
  'command.shop.name': 'shop',
  'command.shop.description': 'Spend your vote currency',
  'command.shop.items.name': 'items',
  'command.shop.items.description': 'What is on sale, your balance, and buttons to buy',
  'command.shop.buy.name': 'buy',
  'command.shop.buy.description': 'Buy an item',
  'command.shop.buy.item.name': 'item',
  'command.shop.buy.item.description': 'The item’s name',
  'command.shop.history.name': 'history',
  'command.shop.history.description': 'What you bought here',

  // Who may change what (src/discord/permissions.ts): the refusals of the admin, role and
  // channel rules, by reason code, and the permissions they name (as Discord names them).
  'rule.admin.manageServer':
    'You need the **Manage Server** permission to change the vote rewards. Ask a server admin.',
  'rule.admin.manageRoles':
    'Choosing a reward role needs the **Manage Roles** permission as well as Manage Server. Ask a server admin who has both.',
  'rule.role.gone': 'That role no longer exists. Pick another one.',
  'rule.role.everyone': '@everyone cannot be given as a reward. Pick another role.',
  'rule.role.managed':
    "{role} is managed by an integration (a bot's own role or the booster role) and cannot be given. Pick another role.",
  'rule.role.dangerous':
    '{role} has the {permissions} {count, plural, one {permission} other {permissions}}: a vote reward must not give anyone staff powers. Remove {count, plural, one {it} other {them}} from the role in Server Settings → Roles, or pick a role without {count, plural, one {it} other {them}}.',
  'rule.role.aboveInvoker':
    '{role} is not below your highest role {highest}: you can only choose a role below your own. Ask someone with a higher role, or the server owner.',
  'rule.botUnknown':
    "{bot, select, me {I cannot see my} other {{bot} cannot see {bot}'s}} own membership in this server yet; try again in a moment.",
  'rule.role.botNeedsManageRoles':
    "{bot, select, me {I need} other {{bot} needs}} the {permissions} permission: Server Settings → Roles → {bot, select, me {my} other {{bot}'s}} role → enable {permissions}.",
  'rule.role.aboveBot':
    "{role} is above (or equal to) {bot, select, me {my} other {{bot}'s}} highest role {highest}. Drag {bot, select, me {my} other {{bot}'s}} role above it in Server Settings → Roles.",
  'rule.channel.unseen': 'I cannot see {channel}. Pick a text channel of this server.',
  'rule.channel.invoker':
    'You cannot {see, select, yes {see or post in} other {post in}} {channel} (no {permissions}): pick a channel you can post in.',
  'rule.channel.bot':
    "I cannot post in {channel}: I need {permissions} there. Allow them for my role in the channel's settings (Edit Channel → Permissions), then run this again.",
  'permission.administrator': 'Administrator',
  'permission.manageGuild': 'Manage Server',
  'permission.manageRoles': 'Manage Roles',
  'permission.manageChannels': 'Manage Channels',
  'permission.manageWebhooks': 'Manage Webhooks',
  'permission.manageMessages': 'Manage Messages',
  'permission.banMembers': 'Ban Members',
  'permission.kickMembers': 'Kick Members',
  'permission.moderateMembers': 'Timeout Members',
  'permission.mentionEveryone': 'Mention @everyone, @here and All Roles',
  'permission.viewChannel': 'View Channel',
  'permission.sendMessages': 'Send Messages',
  'permission.embedLinks': 'Embed Links',
  'permission.attachFiles': 'Attach Files',

  // /setup status, in the admin's language (commands/setup/status.ts).
  'status.title': '⚙️ Vote rewards: status',
  'status.field.rewards': 'Rewards',
  'status.field.economy': 'Economy',
  'status.field.loyalty': 'Loyalty',
  'status.field.goal': 'Community goal',
  'status.field.shop': 'Shop',
  'status.field.premium': 'Premium',
  'status.field.webhook': 'Webhook',
  'status.field.inFlight': 'Rewards in flight',
  'status.notSet': 'not set',
  'status.canBeGiven': 'can be given',
  'status.role': 'Role: {role}{duration, select, none {} other { for {duration}}}',
  'status.adBlocker':
    'Ad blocker: {percent, number}% · other denials: {denials, select, none {none} reduced {reduced} other {full}}',
  'status.dm': 'DM: {on, select, yes {on} other {off}}{own, select, yes { (own text)} other {}}',
  'status.announce':
    'Announcements: {channel, select, none {off} other {{channel}}}{own, select, yes { (own text)} other {}}',
  'status.streak':
    'Streak window: {hours, number} h{every, plural, =0 {} other { · bonus {bonus, number} every # in a row}}',
  'status.premium': 'Role: {role} · vote multiplier ×{multiplier, number}',
  'status.ownSecret':
    'Own secret: {own, select, yes {yes} other {no (the bot-wide one applies)}}{previous, select, none {} other { · the previous one still works until {previous}}}',
  'status.never': 'never',
  'status.logChannel': 'Log channel: {channel, select, none {not set} other {{channel}}}',
  'status.replayHint': 'Fix the cause, then `/setup replay`.',
  'status.economy.where': 'Vote currency: {where}',
  'status.economy.builtIn': 'the built-in balance',
  'status.economy.unbelievaboat':
    'UnbelievaBoat {balance}, {mode, select, also {as well as} other {instead of}} the built-in balance{key, select, yes {} other { · ❌ ENCRYPTION_KEY is not set on the bot: nothing can be paid}}',
  'status.economy.payments':
    'UnbelievaBoat payments: {paid, number} paid · {pending, number} pending · not given: {notGiven, number} ({unknown, number} unknown outcome, never repeated)',
  'status.economy.lastProblem': 'Last problem: {problem}',
  'status.shopClosed':
    '❌ Closed: UnbelievaBoat replaces the built-in balance the shop sells for (README "Shop").',
  'status.shopRole': '❌ {role} on sale: {problem}',

  // /setup webhook (and the guided setup's Finish), /setup events, /setup economy, /setup export, /setup replay.
  'webhook.title': '🔗 Rankly webhook',
  'webhook.urlField': 'Webhook URL',
  'webhook.noteField': 'Note',
  'webhook.noPublicUrl': 'The bot does not know its public address: ask its operator to set PUBLIC_URL.',
  'webhook.hasSecret':
    'This server has a secret already. It is stored only as a hash, so it cannot be shown again; use `/setup webhook rotate: True` to make a new one.',
  'webhook.pasteThese':
    'Paste these into Rankly: Server Settings → Vote Webhooks. **The secret is shown only now.**',
  'webhook.previousUntil':
    'The previous secret keeps working until {until} ({relative}), so votes are not lost while you update Rankly.',
  'webhook.previousGone': 'The previous secret no longer works.',
  'webhook.firstSecret':
    "From now on this server's votes need this secret; the bot-wide one no longer applies here.",
  'webhook.notStored':
    'The new secret could not be saved, so it does not work; the previous one still does. Run `/setup webhook rotate: True` again.',
  'events.title': '📡 Outbound events',
  'events.secretField': 'Signing secret',
  'events.needUrl': 'Give the endpoint: `url: https://…`.',
  'events.notOurs': "{url} is not one of this server's endpoints (`/setup events do: list`).",
  'events.lastProblem': ' (last problem: {problem})',
  'events.max': 'At most {n, number} endpoints.',
  'economy.off':
    'UnbelievaBoat is off: its token is deleted, and vote currency goes to the built-in balance.',
  'economy.wasOff': 'No economy was set: vote currency goes to the built-in balance.',
  'economy.noKey':
    'UnbelievaBoat payments are off on this bot: its token would be stored encrypted, and the bot has no key for that. The bot’s operator must set `ENCRYPTION_KEY` (32 random bytes, e.g. `openssl rand -base64 32`) and restart it. Nothing was saved.',
  'economy.needToken': "Give your UnbelievaBoat application's token: `token:` (from {url}).",
  'economy.notSavedTitle': '❌ Not saved',
  'economy.saved':
    "Vote currency and streak bonuses are now paid into each voter's UnbelievaBoat **{balance}**, {mode, select, also {as well as the built-in balance} other {instead of the built-in balance}}. The token is stored encrypted and will not be shown again. Payments appear in `/setup status`.",
  'economy.refused401':
    'UnbelievaBoat refused this token (401): copy it again from {url}. Nothing was saved.',
  'economy.refused403':
    'The token is valid, but its application is not authorized for this server (403). On {url} open the application, use its **Authorize** link and choose this server, then run this again. Nothing was saved.',
  'economy.checkFailed':
    'Could not check the token with UnbelievaBoat ({detail}). Nothing was saved: try again later.',
  'export.tooLarge':
    'The export {period} is larger than Discord lets me attach ({mb, number} MB). Pick a shorter period, or ask the bot operator for `npm run cli -- export votes --guild {guildId}`.',
  'export.noVotes': 'No votes {period}: the file has the header only.',
  'setup.giveAnOption': 'Give at least one of the options.',
  'setup.unknownSetting': 'Unknown setting.',
  'setup.replayNotAllTitle': '⚠️ Not all given',

  // Labels of /votes show, /shop, /setup tier list and /setup shop (loyalty, shop, goal).
  'votes.field.tier': 'Tier',
  'votes.field.nextTier': 'Next tier',
  'votes.field.protection': 'Streak protection',
  'votes.protectionThisMonth': 'this month',
  'goal.field': '🎯 Community goal',
  'shop.title': '🛒 Shop of {server}',
  'shop.historyTitle': '🧾 Your purchases',
  'tier.listTitle': '🏅 Vote tiers',
  'tier.modeField': 'Mode',
  'setup.shop.durationNeedsRole': 'A duration needs a role: a custom item has none.',
  'setup.shop.listTitle': '🛒 Shop items',
  'setup.shop.noLogChannel':
    '⚠️ Custom items are announced to staff in the log channel: set one with `/setup logchannel`, or nobody can buy it.',

  // The log channel's alerts and the worker's notes there, in the guild's language (src/jobs/guild-alerts.ts).
  'alert.rewards':
    '⚠️ Vote rewards: {problem} The rewards that were not given are kept; once this is fixed, run `/setup replay` to give them.',
  'alert.missingRole':
    'I am missing permissions to grant the reward role {role}. Give the bot the **{manageRoles}** permission and drag its own role above {role} in Server Settings → Roles.',
  'alert.missingChannel':
    'I am missing permissions to post in {channel}. Allow the bot to **{viewChannel}** and **{sendMessages}** there.',
  'alert.refusedRole': 'I did not give a reward role. {problem}',
  'alert.economyRefused': 'I could not pay vote currency into UnbelievaBoat: {detail}.',
  'alert.economyUnknown':
    "⚠️ Vote rewards: paying {amount} into {user}'s UnbelievaBoat {balance} got no answer. It may or may not have arrived, and it is not sent again (a second try could pay twice): check their balance in UnbelievaBoat.",
  'alert.testDelivery':
    '✅ Rankly test webhook received (user {user}, {votedAt}). The webhook URL and secret work; test deliveries never grant rewards.',

  // Premium DMs (src/jobs/premium-entitlement.ts, premium.ts): a server's plan in its language.
  'premium.dm.gifted': '💝 Thank you for gifting **{tier}** to {user}!',
  'premium.dm.server': '💎 Thank you for your purchase! Your server now has **{tier}**.',
  'premium.dm.user': '💎 Thank you for your purchase! **{tier}** is now active on your account.',
  'premium.dm.gift':
    '🎁 {giver, select, none {Someone} other {{giver}}} gifted you **{tier}**! Enjoy your premium perks.',
  'premium.dm.remind':
    '⏳ Heads-up: {scope, select, guild {the {tier} plan of your server} other {your {tier} plan}} ends {when}. Renew it on Rankly to keep your perks.',

  // Refusals of the loyalty rules (db/tiers.ts, db/shop-items.ts), said in the reader’s language.
  'refusal.asWritten': '{text}',
  'tier.refused.votes': 'the votes must be a whole number from {min, number} to {max, number}.',
  'tier.refused.full': 'a server has at most {max} tiers; remove one first.',
  'tier.refused.clash':
    '{role} is already the tier at {votes, plural, one {# vote} other {# votes}} {counts, select, total {in all} streak {in a row} other {in a calendar month}}.',
  'shop.refused.nameTaken': 'an item called “{item}” is already on sale; remove it first.',
  'shop.refused.full': 'the shop holds at most {max} items; remove one first.',
} as const;

export type MessageKey = keyof typeof en;

/**
 * Another language's file: the same keys, each optional at compile time (a
 * key English gained today falls back to English until it is translated;
 * test/catalogue.test.ts insists every language has every key).
 */
export type Catalogue = { readonly [K in MessageKey]?: string };
