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
  'shop.notice': '🛒 {user} bought **{item}** (purchase #{id}): staff, please hand it out.',
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
    '🎉 Community goal reached: {votes, plural, one {# vote} other {# votes}} this {period}! Everyone who voted this {period} gets {reward}.',
  'goal.progress':
    '{bar}\n{votes, number} / {target, plural, one {# vote} other {# votes}} this {period}{reached, select, yes {: reached! 🎉} other {}} · reward: {reward}',
  'goal.none': 'No community goal. Admins set one with `/setup goal`.',
  'setup.goal.saved':
    'The community goal is now {votes, plural, one {# vote} other {# votes}} each {period} (UTC); when it is reached, everyone who voted in that {period} gets {reward}.',
  'setup.goal.cleared': 'There is no community goal any more.',
  'status.goal':
    '{votes, number} / {target, plural, one {# vote} other {# votes}} this {period}{reached, select, yes {, reached} other {}} · reward: {reward}',
} as const;

export type MessageKey = keyof typeof en;
