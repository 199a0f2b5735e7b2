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

  // /setup: each reply says what is now in effect.
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
} as const;

export type MessageKey = keyof typeof en;

/**
 * Another language's file: the same keys, each optional at compile time (a
 * key English gained today falls back to English until it is translated;
 * test/catalogue.test.ts insists every language has every key).
 */
export type Catalogue = { readonly [K in MessageKey]?: string };
