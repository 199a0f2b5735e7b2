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

  // /setup
  'setup.currencySaved':
    'Voters now get {amount, plural, =0 {no {currency}} other {{amount, number} {currency}}} per vote.',
  'setup.replayed':
    '{n, plural, =0 {Nothing was waiting to be given again.} one {Sent # vote reward back to the queue.} other {Sent # vote rewards back to the queue.}}',
  'setup.milestone': 'a bonus of {bonus, number} every {every, plural, one {vote} other {# votes}} in a row',
  'status.currency': 'Currency: {amount, number} {currency} per vote',
  'status.activity': 'Last vote received: {last} · today: {n, plural, one {# vote} other {# votes}}',
  'status.inFlight':
    'Waiting: {pending, number} · not given: {notGiven, number} · used up their retries: {dead, number}',
} as const;

export type MessageKey = keyof typeof en;
