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
    '⏰ Du kannst auf Rankly wieder für **{server}** abstimmen! Deine Serie steht bei {streak, plural, one {# Stimme} other {# Stimmen}}; stimm jetzt ab, damit sie weiterläuft. (Abschalten mit /stimmen erinnerung zustand: aus.)',
  'remind.dmNoServer':
    '⏰ Du kannst auf Rankly wieder abstimmen! Deine Serie steht bei {streak, plural, one {# Stimme} other {# Stimmen}}; stimm jetzt ab, damit sie weiterläuft. (Abschalten mit /stimmen erinnerung zustand: aus.)',

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

  'checklist.webhookDone':
    'Webhook: Rankly sendet an `{url}` mit {own, select, yes {dem eigenen Geheimnis dieses Servers} other {dem Geheimnis des Bots (frag seinen Betreiber)}}.',
  'checklist.webhookTodo':
    'Webhook: Führe `/einrichten webhook` für das Geheimnis dieses Servers aus und füge dann `{url}` und das Geheimnis in Rankly ein (Server Settings → Vote Webhooks).',
  'checklist.testDone': 'Testzustellung erhalten {when}.',
  'checklist.testTodo':
    'Testzustellung: Drück **Test Webhook** im Rankly-Dashboard; dieser Schritt wird abgehakt, sobald sie ankommt.',
  'checklist.rewardDone': 'Belohnung: Abstimmende erhalten {reward}.',
  'checklist.rewardTodo': 'Belohnung: Wähle eine mit `/einrichten rolle` oder `/einrichten währung`.',
  'checklist.roleProblem': 'Belohnungsrolle: {problem}',
  'checklist.roleDone': 'Belohnungsrolle: {role} kann vergeben werden.',
  'checklist.logDone': 'Log-Kanal: {channel}.',
  'checklist.logTodo':
    'Log-Kanal: `/einrichten logkanal`, damit ich dir Testzustellungen und Probleme melden kann.',
  'setup.doneTitle': '✅ Erledigt',
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
    '/stimmen sagt Mitgliedern jetzt, dass sie {duration} nach ihrer letzten Stimme wieder abstimmen können.',
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
    'Behebe das Aufgeführte und führe dann `/einrichten nachholen` erneut aus; `/einrichten status` zeigt, was noch offen ist.',
  'setup.replayed':
    '{n, plural, =0 {Nichts wartete darauf, erneut vergeben zu werden.} one {# Belohnung wurde zurück in die Warteschlange gestellt.} other {# Belohnungen wurden zurück in die Warteschlange gestellt.}}',
  'setup.milestone': 'ein Bonus von {bonus} alle {every, plural, one {Stimme} other {# Stimmen}} in Folge',
  'setup.stepsLeft':
    '{n, plural, =0 {Alles bereit: Stimmen werden belohnt.} one {Noch # Schritt.} other {Noch # Schritte.}}',
  'setup.events.added':
    '{url} erhält jetzt die Ereignisse des Bots (vote.received, vote.rewarded, premium.changed), signiert nach Standard Webhooks. **Das Signaturgeheimnis wird nur jetzt angezeigt:**',
  'setup.events.removed': '{url} erhält keine Ereignisse mehr.',
  'setup.events.none':
    'Kein Endpunkt erhält die Ereignisse dieses Servers. Füge einen mit `/einrichten ereignisse aktion: Endpunkt hinzufügen url: https://…` hinzu.',
  'setup.events.line':
    '{url}: {delivered, number} zugestellt · {pending, number} unterwegs · {failed, plural, =0 {keine fehlgeschlagen} other {# fehlgeschlagen}}{lastError}',
  'setup.events.replayed':
    '{n, plural, =0 {Keine Ereigniszustellung war fehlgeschlagen.} one {# fehlgeschlagene Zustellung wird erneut gesendet, mit der ID ihres Ereignisses.} other {# fehlgeschlagene Zustellungen werden erneut gesendet, mit den IDs ihrer Ereignisse.}}',
  'guided.title': '🧭 Abstimmungsbelohnungen einrichten',
  'guided.intro':
    'Wähle unten: Jede Auswahl wird sofort geprüft und gespeichert, wie es die `/einrichten`-Befehle tun. Drück dann **Fertig** für Webhook-URL und Geheimnis.',
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
  // Slash commands (commands/localize.ts).
  'command.votes.name': 'stimmen',
  'command.votes.description': 'Abstimmungsserien, Kontostände und die Bestenliste',
  'command.votes.show.name': 'anzeigen',
  'command.votes.show.description':
    'Deine Stimmen (oder die eines Mitglieds): Serie, letzte und nächste Stimme, Kontostand',
  'command.votes.show.user.name': 'nutzer',
  'command.votes.show.user.description': 'Wessen Stimmen angezeigt werden',
  'command.votes.leaderboard.name': 'bestenliste',
  'command.votes.leaderboard.description': 'Die 10 eifrigsten Abstimmenden dieses Servers und dein Rang',
  'command.votes.leaderboard.period.name': 'zeitraum',
  'command.votes.leaderboard.period.description': 'Welche Stimmen zählen (Standard: dieser Monat)',
  'command.votes.leaderboard.period.choice.week': 'Diese Woche (UTC, ab Montag)',
  'command.votes.leaderboard.period.choice.month': 'Dieser Monat (UTC)',
  'command.votes.leaderboard.period.choice.all': 'Alle Zeiten',
  'command.votes.remind.name': 'erinnerung',
  'command.votes.remind.description': 'Eine DM, sobald du wieder abstimmen kannst',
  'command.votes.remind.state.name': 'zustand',
  'command.votes.remind.state.description': 'An oder aus',
  'command.votes.remind.state.choice.on': 'an',
  'command.votes.remind.state.choice.off': 'aus',
  'command.votes.stats.name': 'statistik',
  'command.votes.stats.description':
    'Abstimmungstrends dieses Servers: ein Diagramm der Stimmen pro Tag und Muster',
  'command.votes.stats.period.name': 'zeitraum',
  'command.votes.stats.period.description': 'Welche Tage (Standard: die letzten 30)',
  'command.votes.stats.period.choice.7d': 'Letzte 7 Tage',
  'command.votes.stats.period.choice.30d': 'Letzte 30 Tage',
  'command.votes.stats.period.choice.90d': 'Letzte 90 Tage',
  'command.votes.stats.period.choice.all': 'Alle Zeiten',
  'command.votes.stats.private.name': 'privat',
  'command.votes.stats.private.description': 'Nur du siehst die Antwort (Standard: der ganze Kanal)',
  'command.premium.name': 'premium',
  'command.premium.description': 'Dein Premium (oder das eines Mitglieds) und das dieses Servers',
  'command.premium.user.name': 'nutzer',
  'command.premium.user.description': 'Wessen Premium angezeigt wird',
  'command.setup.name': 'einrichten',
  'command.setup.description': 'Abstimmungsbelohnungen für diesen Server einrichten',
  'command.setup.start.name': 'start',
  'command.setup.start.description':
    'Geführte Einrichtung: jede Auswahl in einer Nachricht, dann der Webhook für Rankly',
  'command.setup.role.name': 'rolle',
  'command.setup.role.description': 'Belohnungsrolle für Abstimmende, auf Wunsch befristet',
  'command.setup.role.role.name': 'rolle',
  'command.setup.role.role.description': 'Die Rolle',
  'command.setup.role.duration.name': 'dauer',
  'command.setup.role.duration.description':
    'Wie lange Abstimmende sie behalten, z. B. 12h, 1d (1 Minute bis 365 Tage; Standard: dauerhaft)',
  'command.setup.currency.name': 'währung',
  'command.setup.currency.description': 'Währung pro Stimme',
  'command.setup.currency.amount.name': 'betrag',
  'command.setup.currency.amount.description': 'Betrag pro Stimme',
  'command.setup.currency.name.name': 'name',
  'command.setup.currency.name.description':
    'Name der Währung, z. B. Münzen (oder Münze/Münzen für Einzahl und Mehrzahl)',
  'command.setup.adblocker.name': 'werbeblocker',
  'command.setup.adblocker.description': 'Anteil der Belohnung für Stimmen mit Werbeblocker',
  'command.setup.adblocker.percent.name': 'prozent',
  'command.setup.adblocker.percent.description': '0 bis 100 (Standard 50)',
  'command.setup.denials.name': 'ablehnungen',
  'command.setup.denials.description':
    'Was Stimmen bringen, die Rankly nicht gutschreibt (schon abgestimmt, Captcha, …)',
  'command.setup.denials.policy.name': 'regel',
  'command.setup.denials.policy.description': 'Belohnung für diese Stimmen',
  'command.setup.denials.policy.choice.none': 'Nichts (Standard)',
  'command.setup.denials.policy.choice.reduced': 'Der Werbeblocker-Anteil',
  'command.setup.denials.policy.choice.full': 'Die volle Belohnung',
  'command.setup.premiumrole.name': 'premiumrolle',
  'command.setup.premiumrole.description': 'Rolle für Mitglieder mit Rankly-Premium',
  'command.setup.premiumrole.role.name': 'rolle',
  'command.setup.premiumrole.role.description': 'Die Rolle',
  'command.setup.streak.name': 'serie',
  'command.setup.streak.description': 'Serienfenster und Meilensteinbonus',
  'command.setup.streak.window_hours.name': 'fenster_stunden',
  'command.setup.streak.window_hours.description':
    'Eine Stimme innerhalb so vieler Stunden setzt die Serie fort (36)',
  'command.setup.streak.milestone_every.name': 'meilenstein_alle',
  'command.setup.streak.milestone_every.description': 'Bonus alle N Stimmen in Folge',
  'command.setup.streak.milestone_bonus.name': 'meilenstein_bonus',
  'command.setup.streak.milestone_bonus.description': 'Bonuswährung',
  'command.setup.multiplier.name': 'multiplikator',
  'command.setup.multiplier.description': 'Währungsmultiplikator für Abstimmende mit Premium',
  'command.setup.multiplier.value.name': 'wert',
  'command.setup.multiplier.value.description': 'z. B. verdoppelt 2 sie (Standard 1)',
  'command.setup.cooldown.name': 'wartezeit',
  'command.setup.cooldown.description': 'Stunden zwischen zwei Stimmen, angezeigt in /stimmen (12)',
  'command.setup.cooldown.hours.name': 'stunden',
  'command.setup.cooldown.hours.description': 'Stunden',
  'command.setup.dm.name': 'dm',
  'command.setup.dm.description': 'Dankes-DM an Abstimmende',
  'command.setup.dm.enabled.name': 'aktiv',
  'command.setup.dm.enabled.description': 'Senden',
  'command.setup.dm.template.name': 'vorlage',
  'command.setup.dm.template.description': 'Dein eigener Text. Platzhalter: {placeholders}',
  'command.setup.announce.name': 'ankündigen',
  'command.setup.announce.description': 'Stimmen in einem Kanal ankündigen',
  'command.setup.announce.channel.name': 'kanal',
  'command.setup.announce.channel.description': 'Wo',
  'command.setup.announce.template.name': 'vorlage',
  'command.setup.announce.template.description': 'Dein eigener Text. Platzhalter: {placeholders}',
  'command.setup.logchannel.name': 'logkanal',
  'command.setup.logchannel.description': 'Kanal für Test-Webhooks und Probleme',
  'command.setup.logchannel.channel.name': 'kanal',
  'command.setup.logchannel.channel.description': 'Wo',
  'command.setup.language.name': 'sprache',
  'command.setup.language.description':
    'Sprache der DMs und Ankündigungen (Standard: die Serversprache in Discord)',
  'command.setup.language.language.name': 'sprache',
  'command.setup.language.language.description': 'Welche Sprache',
  'command.setup.language.language.choice.server': 'Die Serversprache in Discord',
  'command.setup.clear.name': 'zurücksetzen',
  'command.setup.clear.description': 'Eine Einstellung abschalten oder auf den Standard zurücksetzen',
  'command.setup.clear.setting.name': 'einstellung',
  'command.setup.clear.setting.description': 'Welche',
  'command.setup.clear.setting.choice.role': 'Rolle',
  'command.setup.clear.setting.choice.announce': 'Ankündigungen',
  'command.setup.clear.setting.choice.logchannel': 'Log-Kanal',
  'command.setup.clear.setting.choice.premiumrole': 'Premium-Rolle',
  'command.setup.clear.setting.choice.milestone': 'Meilensteinbonus',
  'command.setup.clear.setting.choice.dmtemplate': 'DM-Text',
  'command.setup.clear.setting.choice.announcetemplate': 'Ankündigungstext',
  'command.setup.clear.setting.choice.currency': 'Währung',
  'command.setup.clear.setting.choice.language': 'Sprache',
  'command.setup.webhook.name': 'webhook',
  'command.setup.webhook.description': 'Webhook-URL und Geheimnis dieses Servers für Rankly',
  'command.setup.webhook.rotate.name': 'erneuern',
  'command.setup.webhook.rotate.description':
    'Neues Geheimnis erzeugen (das alte gilt noch eine Übergangszeit)',
  'command.setup.status.name': 'status',
  'command.setup.status.description': 'Konfiguration, Berechtigungen und letzte Aktivität',
  'command.setup.replay.name': 'nachholen',
  'command.setup.replay.description':
    'Nicht vergebene Belohnungen erneut vergeben (nachdem die Ursache behoben ist)',
  'command.setup.export.name': 'export',
  'command.setup.export.description': 'Die Stimmen (oder Shop-Käufe) dieses Servers als CSV-Datei',
  'command.setup.export.period.name': 'zeitraum',
  'command.setup.export.period.description': 'Welche Tage (Standard: alle Zeiten)',
  'command.setup.export.period.choice.7d': 'Letzte 7 Tage',
  'command.setup.export.period.choice.30d': 'Letzte 30 Tage',
  'command.setup.export.period.choice.90d': 'Letzte 90 Tage',
  'command.setup.export.period.choice.all': 'Alle Zeiten',
  'command.setup.events.name': 'ereignisse',
  'command.setup.events.description':
    'Die Ereignisse dieses Servers (Stimmen, Belohnungen, Premium) an deine HTTPS-Endpunkte senden',
  'command.setup.events.do.name': 'aktion',
  'command.setup.events.do.description': 'Was zu tun ist',
  'command.setup.events.do.choice.add': 'Endpunkt hinzufügen (oder ein neues Geheimnis dafür erzeugen)',
  'command.setup.events.do.choice.remove': 'Endpunkt entfernen',
  'command.setup.events.do.choice.list': 'Endpunkte und Zustellungen auflisten',
  'command.setup.events.do.choice.replay': 'Fehlgeschlagene Zustellungen erneut senden',
  'command.setup.events.url.name': 'url',
  'command.setup.events.url.description': 'Der Endpunkt, https://…',
  'command.setup.economy.name': 'wirtschaft',
  'command.setup.economy.description':
    'Abstimmungswährung an UnbelievaBoat zahlen, statt (oder neben) dem eingebauten Kontostand',
  'command.setup.economy.provider.name': 'anbieter',
  'command.setup.economy.provider.description': 'Wohin die Abstimmungswährung geht',
  'command.setup.economy.provider.choice.unbelievaboat': 'UnbelievaBoat',
  'command.setup.economy.provider.choice.off': 'aus (nur der eingebaute Kontostand)',
  'command.setup.economy.token.name': 'token',
  'command.setup.economy.token.description':
    'Der API-Token deiner UnbelievaBoat-Anwendung (https://unbelievaboat.com/applications)',
  'command.setup.economy.balance.name': 'konto',
  'command.setup.economy.balance.description':
    'Welcher UnbelievaBoat-Kontostand ausgezahlt wird (Standard Bargeld)',
  'command.setup.economy.balance.choice.cash': 'Bargeld',
  'command.setup.economy.balance.choice.bank': 'Bank',
  'command.setup.economy.mode.name': 'modus',
  'command.setup.economy.mode.description': 'Statt des eingebauten Kontostands (Standard) oder zusätzlich',
  'command.setup.economy.mode.choice.instead': 'statt des eingebauten Kontostands',
  'command.setup.economy.mode.choice.also': 'zusätzlich zum eingebauten Kontostand',

  // Loyalty: vote tiers, monthly champions, streak protection.
  'tier.counter': '{counts, select, total {insgesamt} streak {in Folge} other {in einem Kalendermonat}}',
  'tier.added':
    'Mitglieder mit {votes, plural, one {# Stimme} other {# Stimmen}} {counter} erhalten jetzt {role}.',
  'tier.removed':
    '{role} ist keine Stufe mehr: Mitglieder, die sie haben, behalten sie, und der Bot ändert sie nicht mehr.',
  'tier.notATier': '{role} ist keine Stufe. `/einrichten stufe liste` zeigt sie.',
  'tier.line': '{role}: {votes, plural, one {# Stimme} other {# Stimmen}} {counter}',
  'tier.none':
    'Dieser Server hat keine Abstimmungsstufen. Füge eine mit `/einrichten stufe hinzufügen` hinzu.',
  'tier.mode.stack': 'Mitglieder behalten jetzt jede Stufenrolle, die sie erreichen.',
  'tier.mode.replace':
    'Mitglieder haben jetzt nur die höchste Stufe, die sie je Zählweise erreichen (insgesamt, in Folge, im Monat): niedrigere Stufenrollen werden entfernt.',
  'votes.tier': '{role} ({votes, plural, one {# Stimme} other {# Stimmen}} {counter})',
  'votes.noTier': 'noch keine',
  'votes.nextTier': '{role} in {n, plural, one {# weiteren Stimme} other {# weiteren Stimmen}} {counter}',
  'votes.topTier': 'die höchste Stufe {counter}',
  'votes.protectionAvailable': 'bereit: ein verpasstes Zeitfenster in diesem Monat beendet die Serie nicht',
  'votes.protectionUsed': 'genutzt {when}; wieder bereit am 1.',
  'setup.champions':
    '{count, plural, one {Der beste Abstimmende} other {Die besten # Abstimmenden}} jedes Kalendermonats (UTC) erhalten jetzt am 1. {role}{channel, select, none {} other {, angekündigt in {channel}}}. Die ersten Champions sind die dieses Monats.',
  'setup.clear.champions': 'Es gibt keine Monats-Champions mehr; die dieses Monats behalten ihre Rolle.',
  'setup.protectionOn':
    'Serienschutz ist an: einmal im Monat beendet ein verpasstes Zeitfenster keine Serie.',
  'setup.protectionOff': 'Serienschutz ist aus: ein verpasstes Zeitfenster beendet eine Serie.',
  'setup.clear.protection': 'Serienschutz ist aus: ein verpasstes Zeitfenster beendet eine Serie.',
  'champions.announce':
    '🏆 Die eifrigsten Abstimmenden im {month}: {names}!{role, select, none {} other { Sie tragen diesen Monat {role}.}}',
  'champions.name': '{user} ({n, plural, one {# Stimme} other {# Stimmen}})',
  'status.tiers':
    '{n, plural, =0 {Stufen: keine} other {Stufen ({mode, select, stack {gestapelt} other {höchste ersetzt niedrigere}}):}}',
  'status.champions':
    'Monats-Champions: {role, select, none {aus} other {die besten {count, number} erhalten {role}{last, select, none {} other { · zuletzt gekürt: {last}}}}}',
  'setup.replayLoyalty':
    '{n, plural, one {# Stufen- oder Champion-Rollenänderung wurde} other {# Stufen- oder Champion-Rollenänderungen wurden}} erneut gesendet.',
  'status.protection':
    'Serienschutz: {on, select, yes {an (ein verpasstes Zeitfenster pro Monat)} other {aus}}',

  // The reward shop.
  'shop.price': '{amount, number} {currency}',
  'shop.balance': 'Dein Kontostand: {balance}',
  'shop.empty': 'Der Shop ist leer. Admins fügen Artikel mit `/einrichten shop hinzufügen` hinzu.',
  'shop.itemRole': '{role}',
  'shop.itemRoleFor': '{role} für {duration}',
  'shop.itemCustom': 'wird vom Team übergeben',
  'shop.itemLeft': '{left, plural, =0 {ausverkauft} other {noch #}}',
  'shop.itemLimit': 'höchstens {limit, number} pro Mitglied',
  'shop.buyHint': 'Drück einen Knopf zum Kaufen, oder nutze `/shop kaufen artikel:` mit dem Namen.',
  'shop.bought.role': 'Du hast **{item}** für {price} gekauft: {role} gehört dir{until}.',
  'shop.bought.until': ' bis {when}',
  'shop.bought.notice':
    'Du hast **{item}** für {price} gekauft. Das Team wurde informiert und übergibt es dir.',
  'shop.onItsWay': 'Du hast **{item}** für {price} gekauft. Discord ist gerade langsam: es folgt in Kürze.',
  'shop.refunded': 'Ich konnte dir **{item}** nicht geben: {why} Deine {price} sind zurück.',
  'shop.duplicate': 'Dieser Knopf hat **{item}** schon gekauft: es wurde nichts weiter abgebucht.',
  'shop.refused.balance': '**{item}** kostet {price}; du hast {balance}. Stimm ab, um mehr zu verdienen!',
  'shop.refused.soldOut': '**{item}** ist ausverkauft.',
  'shop.refused.limit':
    'Jedes Mitglied darf höchstens {limit, plural, one {#} other {#}} von **{item}** haben, und du hast so viele. Es wurde nichts abgebucht.',
  'shop.refused.noItem': 'Es gibt keinen Artikel namens „{item}“ im Angebot. `/shop artikel` listet sie auf.',
  'shop.refused.economy':
    'Der Shop ist hier geschlossen: Dieser Server zahlt die Abstimmungswährung statt in den eingebauten Kontostand in UnbelievaBoat ein, und der Shop verkauft nur für den eingebauten Kontostand. Ein Admin kann in `/einrichten wirtschaft` den Modus „zusätzlich zum eingebauten Kontostand“ wählen, um ihn zu öffnen.',
  'shop.refused.noLogChannel':
    'Eigene Artikel werden dem Team im Logkanal gemeldet, und dieser Server hat keinen, daher kann **{item}** gerade nicht gekauft werden. Es wurde nichts abgebucht.',
  'shop.refused.role': '**{item}** kann gerade nicht gekauft werden: {problem} Es wurde nichts abgebucht.',
  'shop.refund.missingPermissions':
    'Discord hat mich {role} nicht vergeben lassen (fehlende Berechtigungen: meine Rolle muss darüber stehen, mit „Rollen verwalten“). Die Admins wurden informiert.',
  'shop.refund.notMember': 'du bist kein Mitglied dieses Servers.',
  'shop.refund.failed': 'Discord hat es abgelehnt ({detail}).',
  'shop.notice': '🛒 {user} hat **{item}** gekauft (Kauf Nr. {id}): Team, bitte übergebt es.',
  'shop.historyLine': '{when} **{item}** für {price}{refunded, select, yes { (erstattet)} other {}}',
  'shop.exported':
    '{n, plural, =0 {Keine Käufe} one {# Kauf} other {# Käufe}} {period}, die ältesten zuerst, mit Übergaben und Erstattungen (Zeiten in UTC).',
  'shop.historyEmpty': 'Du hast hier noch nichts gekauft.',
  'setup.shop.added': '**{name}** ist jetzt für {price} im Angebot: {what}{extra}.',
  'setup.shop.removed':
    '**{name}** ist nicht mehr im Angebot. {sold, plural, =0 {Niemand hat es gekauft.} one {Sein # Kauf bleibt im Verlauf.} other {Seine # Käufe bleiben im Verlauf.}}',
  'setup.shop.line':
    '**{name}**: {price} · {what} · {sold, plural, one {# verkauft} other {# verkauft}}{extra}',
  'setup.shop.none': 'Nichts im Angebot. Füge einen Artikel mit `/einrichten shop hinzufügen` hinzu.',
  'status.shop':
    '{items, plural, =0 {Keine Artikel im Angebot} one {# Artikel im Angebot} other {# Artikel im Angebot}} · {sold, plural, one {# Kauf} other {# Käufe}} · {refunded, plural, =0 {keine erstattet} other {# erstattet}}',

  // The community goal.
  'goal.reached':
    '🎉 Gemeinschaftsziel erreicht: {votes, plural, one {# Stimme} other {# Stimmen}} {period, select, week {diese Woche} other {diesen Monat}}! Alle, die {period, select, week {diese Woche} other {diesen Monat}} abgestimmt haben, erhalten {reward}.',
  'goal.progress':
    '{bar}\n{votes, number} / {target, plural, one {# Stimme} other {# Stimmen}} {period, select, week {diese Woche} other {diesen Monat}}{reached, select, yes {: erreicht! 🎉} other {}} · Belohnung: {reward}',
  'goal.none': 'Kein Gemeinschaftsziel. Admins legen eines mit `/einrichten ziel` fest.',
  'setup.goal.saved':
    'Das Gemeinschaftsziel ist jetzt {votes, plural, one {# Stimme} other {# Stimmen}} pro {period, select, week {Woche} other {Monat}} (UTC); wird es erreicht, erhalten alle, die in {period, select, week {dieser Woche} other {diesem Monat}} abgestimmt haben, {reward}.',
  'setup.goal.cleared': 'Es gibt kein Gemeinschaftsziel mehr.',
  'status.goal':
    '{votes, number} / {target, plural, one {# Stimme} other {# Stimmen}} {period, select, week {diese Woche} other {diesen Monat}}{reached, select, yes {, erreicht} other {}} · Belohnung: {reward}',

  // Slash commands of the loyalty, shop and goal features.
  'command.setup.streak.protection.name': 'schutz',
  'command.setup.streak.protection.description':
    'Eine Serie über ein verpasstes Zeitfenster pro Monat halten (Standard: aus)',
  'command.setup.clear.setting.choice.champions': 'Monats-Champions',
  'command.setup.clear.setting.choice.protection': 'Serienschutz',
  'command.setup.export.data.name': 'daten',
  'command.setup.export.data.description': 'Was exportiert wird (Standard: Stimmen)',
  'command.setup.export.data.choice.votes': 'Stimmen',
  'command.setup.export.data.choice.purchases': 'Shop-Käufe und Erstattungen',
  'command.setup.champions.name': 'champions',
  'command.setup.champions.description':
    'Eine Rolle für die eifrigsten Abstimmenden jedes Kalendermonats (UTC), am 1. vergeben',
  'command.setup.champions.role.name': 'rolle',
  'command.setup.champions.role.description': 'Die Rolle der Champions',
  'command.setup.champions.count.name': 'anzahl',
  'command.setup.champions.count.description': 'Wie viele der besten Abstimmenden (Standard 3)',
  'command.setup.goal.name': 'ziel',
  'command.setup.goal.description':
    'Ein serverweites Abstimmungsziel pro Woche oder Monat, mit Belohnung für alle Abstimmenden',
  'command.setup.goal.votes.name': 'stimmen',
  'command.setup.goal.votes.description':
    'Stimmen, die der ganze Server im Zeitraum erreichen muss (0: kein Ziel)',
  'command.setup.goal.period.name': 'zeitraum',
  'command.setup.goal.period.description': 'Kalenderwoche oder -monat, UTC (Standard: Monat)',
  'command.setup.goal.period.choice.week': 'Woche',
  'command.setup.goal.period.choice.month': 'Monat',
  'command.setup.goal.role.name': 'rolle',
  'command.setup.goal.role.description': 'Belohnung: eine Rolle für alle, die im Zeitraum abgestimmt haben',
  'command.setup.goal.duration.name': 'dauer',
  'command.setup.goal.duration.description': 'Wie lange sie die Rolle behalten, z. B. 7d (Standard: 7 Tage)',
  'command.setup.goal.coins.name': 'münzen',
  'command.setup.goal.coins.description':
    'Belohnung: ein Münzbonus für alle, die im Zeitraum abgestimmt haben',
  'command.setup.tier.name': 'stufe',
  'command.setup.tier.description':
    'Abstimmungsstufen: Rollen für Mitglieder, die eine Anzahl Stimmen erreichen',
  'command.setup.tier.add.name': 'hinzufügen',
  'command.setup.tier.add.description': 'Eine Rolle für Mitglieder, die eine Anzahl Stimmen erreichen',
  'command.setup.tier.add.votes.name': 'stimmen',
  'command.setup.tier.add.votes.description': 'Zu erreichende Stimmen',
  'command.setup.tier.add.role.name': 'rolle',
  'command.setup.tier.add.role.description': 'Die Rolle, die Mitglieder erhalten',
  'command.setup.tier.add.counts.name': 'zählweise',
  'command.setup.tier.add.counts.description': 'Welche Stimmen zählen (Standard: alle)',
  'command.setup.tier.add.counts.choice.total': 'alle Stimmen (Standard)',
  'command.setup.tier.add.counts.choice.streak': 'Stimmen in Folge (die aktuelle Serie)',
  'command.setup.tier.add.counts.choice.month': 'Stimmen in diesem Kalendermonat (UTC)',
  'command.setup.tier.remove.name': 'entfernen',
  'command.setup.tier.remove.description': 'Eine Stufenrolle nicht mehr vergeben (wer sie hat, behält sie)',
  'command.setup.tier.remove.role.name': 'rolle',
  'command.setup.tier.remove.role.description': 'Die Stufenrolle',
  'command.setup.tier.list.name': 'liste',
  'command.setup.tier.list.description': 'Die Abstimmungsstufen dieses Servers',
  'command.setup.tier.mode.name': 'modus',
  'command.setup.tier.mode.description':
    'Jede erreichte Stufenrolle behalten (stapeln) oder nur die höchste (ersetzen, Standard)',
  'command.setup.tier.mode.mode.name': 'modus',
  'command.setup.tier.mode.mode.description': 'Stapeln oder ersetzen',
  'command.setup.tier.mode.mode.choice.replace': 'ersetzen: nur die höchste erreichte Stufe (Standard)',
  'command.setup.tier.mode.mode.choice.stack': 'stapeln: jede erreichte Stufe',
  'command.setup.shop.name': 'shop',
  'command.setup.shop.description':
    'Der Belohnungsshop: Artikel, die Mitglieder mit ihrer Abstimmungswährung kaufen',
  'command.setup.shop.add.name': 'hinzufügen',
  'command.setup.shop.add.description':
    'Einen Artikel anbieten: eine Rolle (dauerhaft oder befristet) oder einen eigenen Artikel vom Team',
  'command.setup.shop.add.name.name': 'name',
  'command.setup.shop.add.name.description': 'Was Mitglieder sehen',
  'command.setup.shop.add.price.name': 'preis',
  'command.setup.shop.add.price.description': 'In Abstimmungswährung',
  'command.setup.shop.add.role.name': 'rolle',
  'command.setup.shop.add.role.description':
    'Die Rolle, die er gibt (keine: ein eigener Artikel, das Team übergibt ihn)',
  'command.setup.shop.add.duration.name': 'dauer',
  'command.setup.shop.add.duration.description': 'Wie lange die Rolle bleibt, z. B. 7d (Standard: dauerhaft)',
  'command.setup.shop.add.stock.name': 'bestand',
  'command.setup.shop.add.stock.description':
    'Wie viele insgesamt verkauft werden können (Standard: unbegrenzt)',
  'command.setup.shop.add.limit.name': 'limit',
  'command.setup.shop.add.limit.description': 'Wie viele ein Mitglied haben darf (Standard: unbegrenzt)',
  'command.setup.shop.remove.name': 'entfernen',
  'command.setup.shop.remove.description':
    'Einen Artikel aus dem Angebot nehmen (seine Käufe bleiben im Verlauf)',
  'command.setup.shop.remove.name.name': 'name',
  'command.setup.shop.remove.name.description': 'Der Name des Artikels',
  'command.setup.shop.list.name': 'liste',
  'command.setup.shop.list.description': 'Die Artikel im Angebot, mit den Verkäufen',
  'command.shop.name': 'shop',
  'command.shop.description': 'Gib deine Abstimmungswährung aus',
  'command.shop.items.name': 'artikel',
  'command.shop.items.description': 'Was im Angebot ist, dein Kontostand und Knöpfe zum Kaufen',
  'command.shop.buy.name': 'kaufen',
  'command.shop.buy.description': 'Einen Artikel kaufen',
  'command.shop.buy.item.name': 'artikel',
  'command.shop.buy.item.description': 'Der Name des Artikels',
  'command.shop.history.name': 'verlauf',
  'command.shop.history.description': 'Was du hier gekauft hast',

  // Who may change what (src/discord/permissions.ts): the refusals of the admin, role and
  // channel rules, by reason code, and the permissions they name (as Discord names them).
  'rule.admin.manageServer':
    'Du brauchst die Berechtigung **Server verwalten**, um die Stimmbelohnungen zu ändern. Frag einen Server-Admin.',
  'rule.admin.manageRoles':
    'Eine Belohnungsrolle zu wählen braucht die Berechtigung **Rollen verwalten** zusätzlich zu Server verwalten. Frag einen Server-Admin, der beide hat.',
  'rule.role.gone': 'Diese Rolle gibt es nicht mehr. Wähle eine andere.',
  'rule.role.everyone': '@everyone kann nicht als Belohnung vergeben werden. Wähle eine andere Rolle.',
  'rule.role.managed':
    '{role} wird von einer Integration verwaltet (die eigene Rolle eines Bots oder die Booster-Rolle) und kann nicht vergeben werden. Wähle eine andere Rolle.',
  'rule.role.dangerous':
    '{role} hat {count, plural, one {die Berechtigung} other {die Berechtigungen}} {permissions}: Eine Stimmbelohnung darf niemandem Team-Rechte geben. Entferne {count, plural, one {sie} other {sie}} in den Servereinstellungen → Rollen von der Rolle, oder wähle eine Rolle ohne {count, plural, one {sie} other {sie}}.',
  'rule.role.aboveInvoker':
    '{role} liegt nicht unter deiner höchsten Rolle {highest}: Du kannst nur eine Rolle unter deiner eigenen wählen. Frag jemanden mit einer höheren Rolle oder den Serverinhaber.',
  'rule.botUnknown':
    '{bot, select, me {Ich sehe meine} other {{bot} sieht die}} eigene Mitgliedschaft in diesem Server noch nicht; versuch es gleich noch einmal.',
  'rule.role.botNeedsManageRoles':
    '{bot, select, me {Ich brauche} other {{bot} braucht}} die Berechtigung {permissions}: Servereinstellungen → Rollen → {bot, select, me {meine Rolle} other {die Rolle von {bot}}} → {permissions} aktivieren.',
  'rule.role.aboveBot':
    '{role} liegt über (oder gleich) {bot, select, me {meiner höchsten Rolle} other {der höchsten Rolle von {bot}}} {highest}. Zieh {bot, select, me {meine Rolle} other {die Rolle von {bot}}} in den Servereinstellungen → Rollen darüber.',
  'rule.channel.unseen': 'Ich sehe {channel} nicht. Wähle einen Textkanal dieses Servers.',
  'rule.channel.invoker':
    'Du kannst in {channel} {see, select, yes {nichts sehen oder posten} other {nicht posten}} (kein {permissions}): Wähle einen Kanal, in dem du posten kannst.',
  'rule.channel.bot':
    'Ich kann in {channel} nicht posten: Ich brauche dort {permissions}. Erlaube sie meiner Rolle in den Kanaleinstellungen (Kanal bearbeiten → Berechtigungen) und führe das dann noch einmal aus.',
  'permission.administrator': 'Administrator',
  'permission.manageGuild': 'Server verwalten',
  'permission.manageRoles': 'Rollen verwalten',
  'permission.manageChannels': 'Kanäle verwalten',
  'permission.manageWebhooks': 'WebHooks verwalten',
  'permission.manageMessages': 'Nachrichten verwalten',
  'permission.banMembers': 'Mitglieder bannen',
  'permission.kickMembers': 'Mitglieder kicken',
  'permission.moderateMembers': 'Timeout für Mitglieder',
  'permission.mentionEveryone': '@everyone, @here und alle Rollen erwähnen',
  'permission.viewChannel': 'Kanal ansehen',
  'permission.sendMessages': 'Nachrichten senden',
  'permission.embedLinks': 'Links einbetten',
  'permission.attachFiles': 'Dateien anhängen',

  // /setup status, in the admin's language (commands/setup/status.ts).
  'status.title': '⚙️ Stimmbelohnungen: Status',
  'status.field.rewards': 'Belohnungen',
  'status.field.economy': 'Wirtschaft',
  'status.field.loyalty': 'Treue',
  'status.field.goal': 'Gemeinschaftsziel',
  'status.field.shop': 'Shop',
  'status.field.premium': 'Premium',
  'status.field.webhook': 'Webhook',
  'status.field.inFlight': 'Belohnungen unterwegs',
  'status.notSet': 'nicht gesetzt',
  'status.canBeGiven': 'kann vergeben werden',
  'status.role': 'Rolle: {role}{duration, select, none {} other { für {duration}}}',
  'status.adBlocker':
    'Werbeblocker: {percent, number} % · andere Ablehnungen: {denials, select, none {nichts} reduced {reduziert} other {voll}}',
  'status.dm': 'DM: {on, select, yes {an} other {aus}}{own, select, yes { (eigener Text)} other {}}',
  'status.announce':
    'Ankündigungen: {channel, select, none {aus} other {{channel}}}{own, select, yes { (eigener Text)} other {}}',
  'status.streak':
    'Serienfenster: {hours, number} Std.{every, plural, =0 {} other { · Bonus {bonus, number} alle # in Folge}}',
  'status.premium': 'Rolle: {role} · Stimm-Multiplikator ×{multiplier, number}',
  'status.ownSecret':
    'Eigenes Secret: {own, select, yes {ja} other {nein (das botweite gilt)}}{previous, select, none {} other { · das vorige gilt noch bis {previous}}}',
  'status.never': 'nie',
  'status.logChannel': 'Log-Kanal: {channel, select, none {nicht gesetzt} other {{channel}}}',
  'status.replayHint': 'Behebe die Ursache, dann `/einrichten nachholen`.',
  'status.economy.where': 'Stimmwährung: {where}',
  'status.economy.builtIn': 'das eingebaute Guthaben',
  'status.economy.unbelievaboat':
    'UnbelievaBoat {balance}, {mode, select, also {zusätzlich zum} other {statt des}} eingebauten Guthabens{key, select, yes {} other { · ❌ ENCRYPTION_KEY ist beim Bot nicht gesetzt: Es kann nichts ausgezahlt werden}}',
  'status.economy.payments':
    'UnbelievaBoat-Zahlungen: {paid, number} gezahlt · {pending, number} ausstehend · nicht gegeben: {notGiven, number} ({unknown, number} mit unbekanntem Ausgang, nie wiederholt)',
  'status.economy.lastProblem': 'Letztes Problem: {problem}',
  'status.shopClosed':
    '❌ Geschlossen: UnbelievaBoat ersetzt das eingebaute Guthaben, für das der Shop verkauft (README „Shop“).',
  'status.shopRole': '❌ {role} im Angebot: {problem}',

  // /setup webhook (and the guided setup's Finish), /setup events, /setup economy, /setup export, /setup replay.
  'webhook.title': '🔗 Rankly-Webhook',
  'webhook.urlField': 'Webhook-URL',
  'webhook.noteField': 'Hinweis',
  'webhook.noPublicUrl':
    'Der Bot kennt seine öffentliche Adresse nicht: Bitte seinen Betreiber, PUBLIC_URL zu setzen.',
  'webhook.hasSecret':
    'Dieser Server hat schon ein Secret. Es ist nur als Hash gespeichert und kann nicht noch einmal gezeigt werden; `/einrichten webhook erneuern: True` erzeugt ein neues.',
  'webhook.pasteThese':
    'Füge das in Rankly ein: Servereinstellungen → Vote Webhooks. **Das Secret wird nur jetzt gezeigt.**',
  'webhook.previousUntil':
    'Das vorige Secret funktioniert noch bis {until} ({relative}), damit keine Stimmen verloren gehen, während du Rankly aktualisierst.',
  'webhook.previousGone': 'Das vorige Secret funktioniert nicht mehr.',
  'webhook.firstSecret':
    'Ab jetzt brauchen die Stimmen dieses Servers dieses Secret; das botweite gilt hier nicht mehr.',
  'webhook.notStored':
    'Das neue Secret konnte nicht gespeichert werden und funktioniert daher nicht; das vorige funktioniert weiter. Führe `/einrichten webhook erneuern: True` noch einmal aus.',
  'events.title': '📡 Ausgehende Ereignisse',
  'events.secretField': 'Signatur-Secret',
  'events.needUrl': 'Gib den Endpunkt an: `url: https://…`.',
  'events.notOurs':
    '{url} ist keiner der Endpunkte dieses Servers (`/einrichten ereignisse aktion: Endpunkte und Zustellungen auflisten`).',
  'events.lastProblem': ' (letztes Problem: {problem})',
  'events.max': 'Höchstens {n, number} Endpunkte.',
  'economy.off':
    'UnbelievaBoat ist aus: Sein Token ist gelöscht, und die Stimmwährung geht ins eingebaute Guthaben.',
  'economy.wasOff': 'Es war keine Wirtschaft eingerichtet: Die Stimmwährung geht ins eingebaute Guthaben.',
  'economy.noKey':
    'UnbelievaBoat-Zahlungen sind bei diesem Bot aus: Sein Token würde verschlüsselt gespeichert, und der Bot hat dafür keinen Schlüssel. Der Betreiber des Bots muss `ENCRYPTION_KEY` setzen (32 zufällige Bytes, z. B. `openssl rand -base64 32`) und ihn neu starten. Es wurde nichts gespeichert.',
  'economy.needToken': 'Gib das Token deiner UnbelievaBoat-Anwendung an: `token:` (von {url}).',
  'economy.notSavedTitle': '❌ Nicht gespeichert',
  'economy.saved':
    'Stimmwährung und Serienboni werden jetzt auf das UnbelievaBoat-**{balance}** jedes Abstimmenden gezahlt, {mode, select, also {zusätzlich zum eingebauten Guthaben} other {statt ins eingebaute Guthaben}}. Das Token ist verschlüsselt gespeichert und wird nicht noch einmal gezeigt. Zahlungen erscheinen in `/einrichten status`.',
  'economy.refused401':
    'UnbelievaBoat hat dieses Token abgelehnt (401): Kopiere es noch einmal von {url}. Es wurde nichts gespeichert.',
  'economy.refused403':
    'Das Token ist gültig, aber seine Anwendung ist für diesen Server nicht autorisiert (403). Öffne auf {url} die Anwendung, nutze ihren **Authorize**-Link, wähle diesen Server und führe das dann noch einmal aus. Es wurde nichts gespeichert.',
  'economy.checkFailed':
    'Das Token konnte bei UnbelievaBoat nicht geprüft werden ({detail}). Es wurde nichts gespeichert: Versuch es später noch einmal.',
  'export.tooLarge':
    'Der Export {period} ist größer, als Discord mich anhängen lässt ({mb, number} MB). Wähle einen kürzeren Zeitraum, oder bitte den Betreiber des Bots um `npm run cli -- export votes --guild {guildId}`.',
  'export.noVotes': 'Keine Stimmen {period}: Die Datei enthält nur die Kopfzeile.',
  'setup.giveAnOption': 'Gib mindestens eine der Optionen an.',
  'setup.unknownSetting': 'Unbekannte Einstellung.',
  'setup.replayNotAllTitle': '⚠️ Nicht alles vergeben',

  // Labels of /votes show, /shop, /setup tier list and /setup shop (loyalty, shop, goal).
  'votes.field.tier': 'Stufe',
  'votes.field.nextTier': 'Nächste Stufe',
  'votes.field.protection': 'Serienschutz',
  'votes.protectionThisMonth': 'diesen Monat',
  'goal.field': '🎯 Gemeinschaftsziel',
  'shop.title': '🛒 Shop von {server}',
  'shop.historyTitle': '🧾 Deine Käufe',
  'tier.listTitle': '🏅 Stimmstufen',
  'tier.modeField': 'Modus',
  'setup.shop.durationNeedsRole': 'Eine Dauer braucht eine Rolle: Ein eigener Artikel hat keine.',
  'setup.shop.listTitle': '🛒 Shop-Artikel',
  'setup.shop.noLogChannel':
    '⚠️ Eigene Artikel werden dem Team im Log-Kanal gemeldet: Setze einen mit `/einrichten logkanal`, sonst kann ihn niemand kaufen.',

  // The log channel's alerts and the worker's notes there, in the guild's language (src/jobs/guild-alerts.ts).
  'alert.rewards':
    '⚠️ Stimmbelohnungen: {problem} Die nicht vergebenen Belohnungen bleiben erhalten; sobald das behoben ist, vergibt `/einrichten nachholen` sie.',
  'alert.missingRole':
    'Mir fehlen Berechtigungen, um die Belohnungsrolle {role} zu vergeben. Gib dem Bot die Berechtigung **{manageRoles}** und zieh seine eigene Rolle in den Servereinstellungen → Rollen über {role}.',
  'alert.missingChannel':
    'Mir fehlen Berechtigungen, um in {channel} zu posten. Erlaube dem Bot dort **{viewChannel}** und **{sendMessages}**.',
  'alert.refusedRole': 'Ich habe eine Belohnungsrolle nicht vergeben. {problem}',
  'alert.economyRefused': 'Ich konnte keine Stimmwährung an UnbelievaBoat zahlen: {detail}.',
  'alert.economyUnknown':
    '⚠️ Stimmbelohnungen: Die Zahlung von {amount} auf das UnbelievaBoat-{balance} von {user} bekam keine Antwort. Sie ist vielleicht angekommen, vielleicht nicht, und wird nicht noch einmal gesendet (ein zweiter Versuch könnte doppelt zahlen): Prüfe das Guthaben in UnbelievaBoat.',
  'alert.testDelivery':
    '✅ Rankly-Test-Webhook empfangen (Nutzer {user}, {votedAt}). Webhook-URL und Secret funktionieren; Testzustellungen vergeben nie Belohnungen.',

  // Premium DMs (src/jobs/premium-entitlement.ts, premium.ts): a server's plan in its language.
  'premium.dm.gifted': '💝 Danke, dass du {user} **{tier}** geschenkt hast!',
  'premium.dm.server': '💎 Danke für deinen Kauf! Dein Server hat jetzt **{tier}**.',
  'premium.dm.user': '💎 Danke für deinen Kauf! **{tier}** ist jetzt in deinem Konto aktiv.',
  'premium.dm.gift':
    '🎁 {giver, select, none {Jemand} other {{giver}}} hat dir **{tier}** geschenkt! Viel Spaß mit deinen Premium-Vorteilen.',
  'premium.dm.remind':
    '⏳ Hinweis: {scope, select, guild {Der Plan {tier} deines Servers} other {Dein Plan {tier}}} endet {when}. Verlängere ihn auf Rankly, um deine Vorteile zu behalten.',
  // Refusals of the loyalty rules (db/tiers.ts, db/shop-items.ts), said in the reader’s language.
  'refusal.asWritten': '{text}',
  'tier.refused.votes': 'die Stimmen müssen eine ganze Zahl von {min, number} bis {max, number} sein.',
  'tier.refused.full': 'ein Server hat höchstens {max} Stufen; entferne zuerst eine.',
  'tier.refused.clash':
    '{role} ist schon die Stufe bei {votes, plural, one {# Stimme} other {# Stimmen}} {counts, select, total {insgesamt} streak {in Folge} other {in einem Kalendermonat}}.',
  'shop.refused.nameTaken': 'ein Artikel namens „{item}“ ist schon im Angebot; entferne ihn zuerst.',
  'shop.refused.full': 'der Shop hat höchstens {max} Artikel; entferne zuerst einen.',
} as const satisfies Catalogue;
