import type { Catalogue } from './en.js';

/** Deutsch. Placeholder names stay as in en.ts; see the README, "Contributing translations". */
export const de = {
  'reward.currency': '{amount, number} {currency}',
  'reward.role': 'die Rolle {role}',
  'reward.roleFor': 'die Rolle {role} für {duration}',
  'reward.roleFollows': '{reward} (die Rolle {role} folgt, sobald sie dem Server beitreten)',
  'reward.nothing': 'unseren Dank',
  'reward.and': '{first} und {second}',

  'dm.default':
    'Danke fürs Abstimmen, {user}! Du hast {reward} erhalten. Serie: {streak, plural, one {# Stimme} other {# Stimmen}} in Folge, {total, plural, one {# Stimme} other {# Stimmen}} insgesamt.',
  'announce.default':
    '{user} hat gerade abgestimmt und {reward} erhalten! ({streak, plural, one {# Stimme} other {# Stimmen}} in Folge, {total, plural, one {# Stimme} other {# Stimmen}} insgesamt)',

  'duration.days': '{n, plural, one {# Tag} other {# Tage}}',
  'duration.hours': '{n, plural, one {# Stunde} other {# Stunden}}',
  'duration.minutes': '{n, plural, one {# Minute} other {# Minuten}}',
  'duration.seconds': '{n, plural, one {# Sekunde} other {# Sekunden}}',

  'votes.count': '{n, plural, one {# Stimme} other {# Stimmen}}',
  'votes.leaderboardLine': '{medal} {user}: {n, plural, one {# Stimme} other {# Stimmen}}',
  'votes.callerRank': 'Du bist auf Platz {rank, number} mit {n, plural, one {# Stimme} other {# Stimmen}}.',
  'votes.noneCredited':
    '{n, plural, one {# Stimme} other {# Stimmen}}, keine davon gutgeschrieben (Rankly hat {n, plural, one {sie} other {sie}} abgelehnt: {reasons}).',
  'votes.exported':
    '{n, plural, one {# Stimme} other {# Stimmen}} {period}, die ältesten zuerst (Zeiten in UTC).',

  'stats.busiestHour': '{from}–{to} ({n, plural, one {# Stimme} other {# Stimmen}})',
  'stats.firstVotes': '+{n, plural, one {# Stimme} other {# Stimmen}} (keine in {previous})',
  'stats.title': '📈 Abstimmungstrends {period}',
  'stats.chartTitle': 'Stimmen pro {unit, select, day {Tag} week {Woche} other {Monat}} {period}',
  'stats.period':
    '{period, select, all {seit Beginn} other {{days, plural, one {am letzten Tag} other {in den letzten # Tagen}}}}',
  'stats.pickPeriod': 'Wähle 7d, 30d, 90d oder all.',
  'stats.noVotesAll':
    'Für diesen Server gibt es noch keine Stimmen. Sobald Mitglieder auf Rankly abstimmen, erscheinen ihre Trends hier.',
  'stats.noVotesPeriod':
    'Keine Stimmen für diesen Server {period}. Versuch einen längeren Zeitraum oder schau nach den nächsten Stimmen wieder vorbei.',
  'stats.totalVotes': 'Stimmen insgesamt',
  'stats.totalValue':
    '{total, number} ({credited, number} gutgeschrieben · {adBlocker, number} mit Werbeblocker · {denied, number} abgelehnt)',
  'stats.uniqueVoters': 'Verschiedene Abstimmende',
  'stats.newReturning': 'Neue / wiederkehrende Abstimmende',
  'stats.newReturningValue': '{new, number} neu · {returning, number} wiederkehrend',
  'stats.busiestHourName': 'Aktivste Stunde (UTC)',
  'stats.adBlockerShare': 'Anteil mit Werbeblocker',
  'stats.change': 'Veränderung',
  'stats.noPrevious': 'Keine: „seit Beginn“ hat keinen vorherigen Zeitraum',
  'stats.previous':
    '{days, plural, one {dem vorherigen Tag} other {den vorherigen # Tagen}}, bis zur selben Uhrzeit',
  'stats.changeValue': '{change} gegenüber {previous} ({before, number} → {after, number})',
  'chart.credited': 'Gutgeschrieben',
  'chart.adBlocker': 'Werbeblocker',
  'chart.denied': 'Abgelehnt',

  'votes.leaderboardTitle':
    '🏆 Top-Abstimmende {period, select, week {dieser Woche} month {dieses Monats} other {aller Zeiten}}',
  'votes.pickPeriod': 'Wähle week, month oder all.',
  'votes.leaderboardEmpty': 'Noch keine Stimmen. Sei die erste Person!',
  'votes.you': 'Du',
  'votes.callerNone': 'Du hast in diesem Zeitraum noch keine Stimmen.',
  'votes.noReason': 'kein Grund angegeben',
  'votes.notVotedSelf':
    'Du hast noch nicht für diesen Server abgestimmt. Stimme auf Rankly ab, um eine Serie zu starten!',
  'votes.notVotedOther': '{user} hat noch nicht für diesen Server abgestimmt.',
  'votes.showTitle': '🗳️ Stimmen von {name}',
  'votes.field.votes': 'Stimmen',
  'votes.field.streak': 'Serie',
  'votes.field.bestStreak': 'Beste Serie',
  'votes.field.lastVote': 'Letzte Stimme',
  'votes.field.nextVote': 'Nächste Stimme',
  'votes.field.balance': 'Kontostand',
  'votes.never': 'nie',
  'votes.now': 'jetzt',
  'votes.notYet': 'noch nicht (laut Rankly)',
  'votes.remindOff': 'Abstimmungserinnerungen sind aus.',
  'votes.remindOn':
    'Abstimmungserinnerungen sind an: Ich schreibe dir eine DM, sobald du wieder abstimmen kannst. Achte darauf, dass du DMs von Servermitgliedern annimmst.',
  'votes.remindOnNext':
    'Abstimmungserinnerungen sind an: Ich schreibe dir eine DM, sobald du wieder abstimmen kannst (nächste: {when}). Achte darauf, dass du DMs von Servermitgliedern annimmst.',
  'remind.dm':
    '⏰ Du kannst auf Rankly wieder für **{server}** abstimmen! Deine Serie steht bei {streak, plural, one {# Stimme} other {# Stimmen}}; stimm jetzt ab, damit sie weiterläuft. (Abschalten mit /votes remind off.)',
  'remind.dmNoServer':
    '⏰ Du kannst auf Rankly wieder abstimmen! Deine Serie steht bei {streak, plural, one {# Stimme} other {# Stimmen}}; stimm jetzt ab, damit sie weiterläuft. (Abschalten mit /votes remind off.)',

  'premium.title': '💎 Premium von {name}',
  'premium.userField': 'Nutzer-Premium',
  'premium.guildField': 'Dieser Server',
  'premium.none': 'Keins',
  'premium.status': '{status, select, active {aktiv} revoked {widerrufen} other {abgelaufen}}',
  'premium.since': 'Seit {date}',
  'premium.lifetime': 'Lebenslang',
  'premium.until': 'Bis {date}',
  'premium.ended': 'Beendet {date}',
  'premium.renews': 'Verlängert sich automatisch',
  'premium.giftedBy': 'Geschenkt von {user}',

  'error.title': 'Hmm…',
  'error.notLoaded': 'Ich habe diesen Server noch nicht geladen; versuch es gleich noch einmal.',
  'error.guildOnly': 'Benutze diesen Befehl auf einem Server.',
  'error.internal': 'Entschuldigung, bei mir ist etwas schiefgelaufen (Fehler-ID `{errorId}`).',
  'error.startingUp': 'Ich starte gerade; versuch es in ein paar Sekunden noch einmal.',

  'currency.default': '{n, plural, one {Münze} other {Münzen}}',
  'template.thisServer': 'diesen Server',

  'setup.language': 'DMs und Ankündigungen sind jetzt auf {language}. Vorschau der DM, mit deinen Zahlen:',
  'setup.clear.language':
    'DMs und Ankündigungen folgen jetzt der Serversprache in Discord (Servereinstellungen → Community → Primäre Sprache des Servers), derzeit {language}.',

  'setup.notSaved': 'Nicht gespeichert: {problem}',
  'setup.role': 'Abstimmende erhalten jetzt {role} {duration}.',
  'setup.roleForGood': 'dauerhaft',
  'setup.roleFor': 'für {duration}',
  'setup.currency':
    'Abstimmende erhalten jetzt {amount, plural, =0 {keine Währung} other {{amount, number} {currency}}} pro Stimme.',
  'setup.adblocker': 'Stimmen mit Werbeblocker bringen jetzt {percent, number} % der Belohnung.',
  'setup.denials.none':
    'Stimmen, die Rankly nicht gutgeschrieben hat (schon abgestimmt, Captcha, …), bringen jetzt nichts.',
  'setup.denials.reduced':
    'Stimmen, die Rankly nicht gutgeschrieben hat (schon abgestimmt, Captcha, …), bringen jetzt den Werbeblocker-Anteil ({percent, number} %).',
  'setup.denials.full':
    'Stimmen, die Rankly nicht gutgeschrieben hat (schon abgestimmt, Captcha, …), bringen jetzt die volle Belohnung.',
  'setup.premiumRole': 'Mitglieder mit Rankly-Premium erhalten jetzt {role}.',
  'setup.streak':
    'Eine Stimme innerhalb von {window} nach der letzten setzt jetzt eine Serie fort; {milestone}.',
  'setup.noMilestone': 'es gibt keinen Meilensteinbonus',
  'setup.multiplier':
    'Abstimmende mit Rankly-Premium erhalten jetzt das {value, number}-Fache der Währung pro Stimme.',
  'setup.cooldown':
    '/votes sagt Mitgliedern jetzt, dass sie {duration} nach ihrer letzten Stimme wieder abstimmen können.',
  'setup.dmOn':
    'Abstimmende erhalten jetzt eine Dankes-DM{custom, select, yes { mit deinem Text} other {}}. Vorschau, mit deinen Zahlen:',
  'setup.dmOff': 'Abstimmende erhalten keine DM mehr.',
  'setup.announce':
    'Stimmen werden jetzt in {channel} angekündigt{custom, select, yes {, mit deinem Text} other {}}. Vorschau, mit deinen Zahlen:',
  'setup.logChannel':
    'Test-Webhooks von Rankly und Probleme mit Belohnungen werden jetzt in {channel} gemeldet.',
  'setup.clear.role': 'Abstimmende erhalten keine Rolle mehr.',
  'setup.clear.announce': 'Stimmen werden nicht mehr angekündigt.',
  'setup.clear.logchannel':
    'Es gibt keinen Log-Kanal: Test-Webhooks und Probleme werden nicht mehr in Discord gemeldet.',
  'setup.clear.premiumrole': 'Mitglieder mit Rankly-Premium erhalten keine Rolle mehr.',
  'setup.clear.milestone': 'Es gibt keinen Meilensteinbonus mehr.',
  'setup.clear.dmtemplate': 'Die DM hat wieder den Standardtext. Vorschau, mit deinen Zahlen:',
  'setup.clear.announcetemplate': 'Ankündigungen haben wieder den Standardtext. Vorschau, mit deinen Zahlen:',
  'setup.clear.currency': 'Abstimmende erhalten keine Währung mehr.',
  'setup.replayReport':
    'Erneut vergeben: {given, plural, one {# Belohnung} other {# Belohnungen}}. Nicht vergeben: {notGiven, number}.{waiting, plural, =0 {} other { Noch unterwegs oder warten auf den Beitritt des Mitglieds: #.}}',
  'setup.replayFix':
    'Behebe das Aufgeführte und führe dann `/setup replay` erneut aus; `/setup status` zeigt, was noch offen ist.',
  'setup.replayed':
    '{n, plural, =0 {Nichts wartete darauf, erneut vergeben zu werden.} one {# Belohnung wurde zurück in die Warteschlange gestellt.} other {# Belohnungen wurden zurück in die Warteschlange gestellt.}}',
  'setup.milestone': 'ein Bonus von {bonus} alle {every, plural, one {Stimme} other {# Stimmen}} in Folge',
  'setup.stepsLeft':
    '{n, plural, =0 {Alles bereit: Stimmen werden belohnt.} one {Noch # Schritt.} other {Noch # Schritte.}}',
  'setup.events.added':
    '{url} erhält jetzt die Ereignisse des Bots (vote.received, vote.rewarded, premium.changed), signiert nach Standard Webhooks. **Das Signaturgeheimnis wird nur jetzt angezeigt:**',
  'setup.events.removed': '{url} erhält keine Ereignisse mehr.',
  'setup.events.none':
    'Kein Endpunkt erhält die Ereignisse dieses Servers. Füge einen mit `/setup events do: add url: https://…` hinzu.',
  'setup.events.line':
    '{url}: {delivered, number} zugestellt · {pending, number} unterwegs · {failed, plural, =0 {keine fehlgeschlagen} other {# fehlgeschlagen}}{lastError}',
  'setup.events.replayed':
    '{n, plural, =0 {Keine Ereigniszustellung war fehlgeschlagen.} one {# fehlgeschlagene Zustellung wird erneut gesendet, mit der ID ihres Ereignisses.} other {# fehlgeschlagene Zustellungen werden erneut gesendet, mit den IDs ihrer Ereignisse.}}',
  'guided.title': '🧭 Abstimmungsbelohnungen einrichten',
  'guided.intro':
    'Wähle unten: Jede Auswahl wird sofort geprüft und gespeichert, wie es die `/setup`-Befehle tun. Drück dann **Fertig** für Webhook-URL und Geheimnis.',
  'guided.rolePlaceholder': 'Belohnungsrolle für Abstimmende',
  'guided.durationPlaceholder': 'Wie lange Abstimmende die Rolle behalten',
  'guided.forGood': 'Dauerhaft',
  'guided.keepFor': 'Für {duration}',
  'guided.durationNoRole': 'Abstimmende behalten die Belohnungsrolle {duration}: Wähle jetzt die Rolle.',
  'guided.announcePlaceholder': 'Kanal für Abstimmungsankündigungen',
  'guided.logPlaceholder': 'Log-Kanal (Testzustellungen, Probleme)',
  'guided.editDm': 'DM-Text bearbeiten',
  'guided.finish': 'Fertig: Webhook-URL und Geheimnis',
  'guided.dmModalTitle': 'Dankes-DM an Abstimmende',
  'guided.dmModalLabel': 'Dein Text (leer lassen für den Standard)',
  'guided.testWaiting':
    '⬜ Testzustellung: Füge nach **Fertig** Webhook-URL und Geheimnis in Rankly ein (Server Settings → Vote Webhooks) und drück **Test Webhook** im Rankly-Dashboard. Diese Zeile ändert sich, sobald sie ankommt.',
  'guided.testReceived':
    '✅ Testzustellung erhalten {when}: Rankly erreicht mich mit der Webhook-URL und dem Geheimnis dieses Servers. Testzustellungen vergeben nie Belohnungen.',
  'guided.finished': 'Die Webhook-URL und das Geheimnis für Rankly stehen unten.',
  'guided.testNext':
    'Drück jetzt **Test Webhook** im Rankly-Dashboard: Die erste Zeile dieser Nachricht ändert sich, sobald die Testzustellung ankommt.',
  'rankly.gap':
    'Rankly hat diesen Monat {rankly, plural, one {# Stimme} other {# Stimmen}} gezählt, {stored, plural, =0 {keine ist angekommen} one {# ist angekommen} other {# sind angekommen}}: Prüfe die Webhook-URL und ob der Bot erreichbar war.',
  'rankly.noGap':
    'Rankly hat diesen Monat {rankly, plural, one {# Stimme} other {# Stimmen}} gezählt; alle sind angekommen (geprüft {when}).',
  'status.currency': 'Währung: {amount, number} {currency} pro Stimme',
  'status.activity': 'Letzte Stimme erhalten: {last} · heute: {n, plural, one {# Stimme} other {# Stimmen}}',
  'status.inFlight':
    'Wartend: {pending, number} · nicht vergeben: {notGiven, number} · keine Versuche mehr: {dead, number}',
} as const satisfies Catalogue;
