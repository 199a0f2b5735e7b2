import type { Catalogue } from './en.js';

/** Français. Placeholder names stay as in en.ts; see the README, "Contributing translations". */
export const fr = {
  'reward.currency': '{amount, number} {currency}',
  'reward.role': 'le rôle {role}',
  'reward.roleFor': 'le rôle {role} pendant {duration}',
  'reward.roleFollows': '{reward} (le rôle {role} suivra dès que la personne rejoindra le serveur)',
  'reward.nothing': 'nos remerciements',
  'reward.and': '{first} et {second}',

  'dm.default':
    'Merci pour ton vote, {user} ! Tu as reçu {reward}. Série : {streak, plural, one {# vote} other {# votes}} d’affilée, {total, plural, one {# vote} other {# votes}} au total.',
  'announce.default':
    '{user} vient de voter et a reçu {reward} ! ({streak, plural, one {# vote} other {# votes}} d’affilée, {total, plural, one {# vote} other {# votes}} au total)',

  'duration.days': '{n, plural, one {# jour} other {# jours}}',
  'duration.hours': '{n, plural, one {# heure} other {# heures}}',
  'duration.minutes': '{n, plural, one {# minute} other {# minutes}}',
  'duration.seconds': '{n, plural, one {# seconde} other {# secondes}}',

  'votes.count': '{n, plural, one {# vote} other {# votes}}',
  'votes.leaderboardLine': '{medal} {user} : {n, plural, one {# vote} other {# votes}}',
  'votes.callerRank': 'Tu es n° {rank, number} avec {n, plural, one {# vote} other {# votes}}.',
  'votes.noneCredited':
    '{n, plural, one {# vote} other {# votes}}, aucun crédité (Rankly {n, plural, one {l’a refusé} other {les a refusés}} : {reasons}).',
  'votes.exported':
    '{n, plural, one {# vote} other {# votes}} {period}, du plus ancien au plus récent (heures en UTC).',

  'stats.busiestHour': '{from}–{to} ({n, plural, one {# vote} other {# votes}})',
  'stats.firstVotes': '+{n, plural, one {# vote} other {# votes}} (aucun sur {previous})',
  'stats.title': '📈 Tendances des votes {period}',
  'stats.chartTitle': 'Votes par {unit, select, day {jour} week {semaine} other {mois}} {period}',
  'stats.period':
    '{period, select, all {depuis le début} other {{days, plural, one {sur le dernier jour} other {sur les # derniers jours}}}}',
  'stats.pickPeriod': 'Choisis 7d, 30d, 90d ou all.',
  'stats.noVotesAll':
    'Aucun vote pour ce serveur pour l’instant. Dès que des membres voteront sur Rankly, leurs tendances apparaîtront ici.',
  'stats.noVotesPeriod':
    'Aucun vote pour ce serveur {period}. Essaie une période plus longue, ou reviens après les prochains votes.',
  'stats.totalVotes': 'Total des votes',
  'stats.totalValue':
    '{total, number} ({credited, number} crédités · {adBlocker, number} avec bloqueur de pub · {denied, number} refusés)',
  'stats.uniqueVoters': 'Votants uniques',
  'stats.newReturning': 'Nouveaux / fidèles',
  'stats.newReturningValue': '{new, number} nouveaux · {returning, number} fidèles',
  'stats.busiestHourName': 'Heure la plus active (UTC)',
  'stats.adBlockerShare': 'Part avec bloqueur de pub',
  'stats.change': 'Évolution',
  'stats.noPrevious': 'Aucune : « depuis le début » n’a pas de période précédente',
  'stats.previous':
    '{days, plural, one {le jour précédent} other {les # jours précédents}}, jusqu’à la même heure',
  'stats.changeValue': '{change} par rapport à {previous} ({before, number} → {after, number})',
  'chart.credited': 'Crédités',
  'chart.adBlocker': 'Bloqueur de pub',
  'chart.denied': 'Refusés',

  'votes.leaderboardTitle':
    '🏆 Meilleurs votants {period, select, week {de la semaine} month {du mois} other {de tous les temps}}',
  'votes.pickPeriod': 'Choisis week, month ou all.',
  'votes.leaderboardEmpty': 'Aucun vote pour l’instant. Sois le premier !',
  'votes.you': 'Toi',
  'votes.callerNone': 'Tu n’as encore aucun vote sur cette période.',
  'votes.noReason': 'aucune raison donnée',
  'votes.notVotedSelf': 'Tu n’as pas encore voté pour ce serveur. Vote sur Rankly pour lancer une série !',
  'votes.notVotedOther': '{user} n’a pas encore voté pour ce serveur.',
  'votes.showTitle': '🗳️ Votes de {name}',
  'votes.field.votes': 'Votes',
  'votes.field.streak': 'Série',
  'votes.field.bestStreak': 'Meilleure série',
  'votes.field.lastVote': 'Dernier vote',
  'votes.field.nextVote': 'Prochain vote',
  'votes.field.balance': 'Solde',
  'votes.never': 'jamais',
  'votes.now': 'maintenant',
  'votes.notYet': 'pas encore (selon Rankly)',
  'votes.remindOff': 'Les rappels de vote sont désactivés.',
  'votes.remindOn':
    'Les rappels de vote sont activés : je t’enverrai un MP dès que tu pourras revoter. Vérifie que tu acceptes les MP des membres du serveur.',
  'votes.remindOnNext':
    'Les rappels de vote sont activés : je t’enverrai un MP dès que tu pourras revoter (prochain : {when}). Vérifie que tu acceptes les MP des membres du serveur.',
  'remind.dm':
    '⏰ Tu peux de nouveau voter pour **{server}** sur Rankly ! Ta série en est à {streak, plural, one {# vote} other {# votes}} ; vote maintenant pour la prolonger. (Désactive ces rappels avec /votes rappel état: désactivé.)',
  'remind.dmNoServer':
    '⏰ Tu peux de nouveau voter sur Rankly ! Ta série en est à {streak, plural, one {# vote} other {# votes}} ; vote maintenant pour la prolonger. (Désactive ces rappels avec /votes rappel état: désactivé.)',

  'premium.title': '💎 Premium de {name}',
  'premium.userField': 'Premium utilisateur',
  'premium.guildField': 'Ce serveur',
  'premium.none': 'Aucun',
  'premium.status': '{status, select, active {actif} revoked {révoqué} other {expiré}}',
  'premium.since': 'Depuis {date}',
  'premium.lifetime': 'À vie',
  'premium.until': 'Jusqu’au {date}',
  'premium.ended': 'Terminé le {date}',
  'premium.renews': 'Renouvellement automatique',
  'premium.giftedBy': 'Offert par {user}',

  'error.title': 'Hmm…',
  'error.notLoaded': 'Je n’ai pas encore chargé ce serveur ; réessaie dans un instant.',
  'error.guildOnly': 'Utilise cette commande dans un serveur.',
  'error.internal': 'Désolé, quelque chose a mal tourné de mon côté (identifiant d’erreur `{errorId}`).',
  'error.startingUp': 'Je suis en train de démarrer ; réessaie dans quelques secondes.',

  'currency.default': '{n, plural, one {pièce} other {pièces}}',
  'template.thisServer': 'ce serveur',

  'setup.language': 'Les MP et les annonces sont désormais en {language}. Aperçu du MP, avec tes chiffres :',
  'setup.clear.language':
    'Les MP et les annonces suivent désormais la langue du serveur dans Discord (Paramètres du serveur → Communauté → Langue principale du serveur), actuellement {language}.',

  'checklist.webhookDone':
    'Webhook : Rankly envoie à `{url}` avec {own, select, yes {le secret propre à ce serveur} other {le secret du bot (demande à son opérateur)}}.',
  'checklist.webhookTodo':
    'Webhook : lance `/configurer webhook` pour obtenir le secret de ce serveur, puis colle `{url}` et le secret dans Rankly (Server Settings → Vote Webhooks).',
  'checklist.testDone': 'Livraison de test reçue {when}.',
  'checklist.testTodo':
    'Livraison de test : appuie sur **Test Webhook** dans le tableau de bord Rankly ; cette étape est cochée à son arrivée.',
  'checklist.rewardDone': 'Récompense : les votants reçoivent {reward}.',
  'checklist.rewardTodo': 'Récompense : choisis-en une avec `/configurer rôle` ou `/configurer monnaie`.',
  'checklist.roleProblem': 'Rôle de récompense : {problem}',
  'checklist.roleDone': 'Rôle de récompense : {role} peut être donné.',
  'checklist.logDone': 'Salon de journal : {channel}.',
  'checklist.logTodo':
    'Salon de journal : `/configurer salon-journal`, pour que je puisse te signaler les livraisons de test et les problèmes.',
  'setup.doneTitle': '✅ C’est fait',
  'setup.notSaved': 'Non enregistré : {problem}',
  'setup.role': 'Les votants reçoivent désormais {role} {duration}.',
  'setup.roleForGood': 'pour toujours',
  'setup.roleFor': 'pendant {duration}',
  'setup.currency':
    'Les votants reçoivent désormais {amount, plural, =0 {aucune monnaie} other {{amount, number} {currency}}} par vote.',
  'setup.adblocker':
    'Les votes avec un bloqueur de pub rapportent désormais {percent, number} % de la récompense.',
  'setup.denials.none':
    'Les votes que Rankly n’a pas crédités (déjà voté, captcha…) ne rapportent désormais rien.',
  'setup.denials.reduced':
    'Les votes que Rankly n’a pas crédités (déjà voté, captcha…) rapportent désormais la part bloqueur de pub ({percent, number} %).',
  'setup.denials.full':
    'Les votes que Rankly n’a pas crédités (déjà voté, captcha…) rapportent désormais la récompense complète.',
  'setup.premiumRole': 'Les membres avec Rankly Premium reçoivent désormais {role}.',
  'setup.streak':
    'Un vote dans les {window} qui suivent le précédent prolonge désormais une série ; {milestone}.',
  'setup.noMilestone': 'il n’y a pas de bonus de palier',
  'setup.multiplier':
    'Les votants avec Rankly Premium reçoivent désormais {value, number} × la monnaie par vote.',
  'setup.cooldown':
    '/votes indique désormais aux membres qu’ils peuvent revoter {duration} après leur dernier vote.',
  'setup.dmOn':
    'Les votants reçoivent désormais un MP de remerciement{custom, select, yes { avec ton texte} other {}}. Aperçu, avec tes chiffres :',
  'setup.dmOff': 'Les votants ne reçoivent plus de MP.',
  'setup.announce':
    'Les votes sont désormais annoncés dans {channel}{custom, select, yes { avec ton texte} other {}}. Aperçu, avec tes chiffres :',
  'setup.logChannel':
    'Les webhooks de test de Rankly et les problèmes de récompenses sont désormais signalés dans {channel}.',
  'setup.clear.role': 'Les votants ne reçoivent plus de rôle.',
  'setup.clear.announce': 'Les votes ne sont plus annoncés.',
  'setup.clear.logchannel':
    'Il n’y a pas de salon de journal : les webhooks de test et les problèmes ne sont plus signalés dans Discord.',
  'setup.clear.premiumrole': 'Les membres avec Rankly Premium ne reçoivent plus de rôle.',
  'setup.clear.milestone': 'Il n’y a plus de bonus de palier.',
  'setup.clear.dmtemplate': 'Le MP reprend le texte par défaut. Aperçu, avec tes chiffres :',
  'setup.clear.announcetemplate': 'Les annonces reprennent le texte par défaut. Aperçu, avec tes chiffres :',
  'setup.clear.currency': 'Les votants ne reçoivent plus de monnaie.',
  'setup.replayReport':
    'Redonné : {given, plural, one {# récompense} other {# récompenses}}. Non donné : {notGiven, number}.{waiting, plural, =0 {} other { Encore en route ou en attente de l’arrivée du membre : #.}}',
  'setup.replayFix':
    'Corrige ce qui est indiqué, puis relance `/configurer redonner` ; `/configurer état` montre ce qui reste.',
  'setup.replayed':
    '{n, plural, =0 {Rien n’attendait d’être redonné.} one {# récompense a été remise dans la file d’attente.} other {# récompenses ont été remises dans la file d’attente.}}',
  'setup.milestone':
    'un bonus de {bonus} {every, plural, one {à chaque vote} other {tous les # votes}} d’affilée',
  'setup.stepsLeft':
    '{n, plural, =0 {Tout est prêt : les votes sont récompensés.} one {Encore # étape.} other {Encore # étapes.}}',
  'setup.events.added':
    '{url} reçoit désormais les événements du bot (vote.received, vote.rewarded, premium.changed), signés selon Standard Webhooks. **Le secret de signature n’est affiché que maintenant :**',
  'setup.events.removed': '{url} ne reçoit plus d’événements.',
  'setup.events.none':
    'Aucun point de terminaison ne reçoit les événements de ce serveur. Ajoutes-en un avec `/configurer événements action: ajouter un point de terminaison url: https://…`.',
  'setup.events.line':
    '{url} : {delivered, number} livrés · {pending, number} en cours · {failed, plural, =0 {aucun échec} one {# échec} other {# échecs}}{lastError}',
  'setup.events.replayed':
    '{n, plural, =0 {Aucune livraison d’événement n’avait échoué.} one {# livraison échouée est renvoyée, avec l’identifiant de son événement.} other {# livraisons échouées sont renvoyées, avec les identifiants de leurs événements.}}',
  'guided.title': '🧭 Configurer les récompenses de vote',
  'guided.intro':
    'Choisis ci-dessous : chaque choix est vérifié et enregistré aussitôt, comme le font les commandes `/configurer`. Appuie ensuite sur **Terminer** pour l’URL du webhook et le secret.',
  'guided.rolePlaceholder': 'Rôle de récompense pour les votants',
  'guided.durationPlaceholder': 'Combien de temps les votants gardent le rôle',
  'guided.forGood': 'Pour toujours',
  'guided.keepFor': 'Pendant {duration}',
  'guided.durationNoRole':
    'Les votants garderont le rôle de récompense {duration} : choisis maintenant le rôle.',
  'guided.announcePlaceholder': 'Salon des annonces de vote',
  'guided.logPlaceholder': 'Salon de journal (livraisons de test, problèmes)',
  'guided.editDm': 'Modifier le texte du MP',
  'guided.finish': 'Terminer : URL du webhook et secret',
  'guided.dmModalTitle': 'MP de remerciement aux votants',
  'guided.dmModalLabel': 'Ton texte (laisse vide pour le texte par défaut)',
  'guided.testWaiting':
    '⬜ Livraison de test : après **Terminer**, colle l’URL du webhook et le secret dans Rankly (Server Settings → Vote Webhooks) puis appuie sur **Test Webhook** dans le tableau de bord Rankly. Cette ligne change à son arrivée.',
  'guided.testReceived':
    '✅ Livraison de test reçue {when} : Rankly me joint avec l’URL du webhook et le secret de ce serveur. Les livraisons de test ne donnent jamais de récompense.',
  'guided.finished': 'L’URL du webhook et le secret pour Rankly sont ci-dessous.',
  'guided.testNext':
    'Appuie maintenant sur **Test Webhook** dans le tableau de bord Rankly : la première ligne de ce message change quand la livraison de test arrive.',
  'rankly.gap':
    'Rankly a compté {rankly, plural, one {# vote} other {# votes}} ce mois-ci, {stored, plural, =0 {aucun n’est arrivé} one {# est arrivé} other {# sont arrivés}} : vérifie l’URL du webhook et que le bot était joignable.',
  'rankly.noGap':
    'Rankly a compté {rankly, plural, one {# vote} other {# votes}} ce mois-ci ; tous sont arrivés (vérifié {when}).',
  'status.currency': 'Monnaie : {amount, number} {currency} par vote',
  'status.activity': 'Dernier vote reçu : {last} · aujourd’hui : {n, plural, one {# vote} other {# votes}}',
  'status.inFlight':
    'En attente : {pending, number} · non donnés : {notGiven, number} · tentatives épuisées : {dead, number}',
  // Slash commands (commands/localize.ts).
  'command.votes.name': 'votes',
  'command.votes.description': 'Séries de votes, soldes et classement',
  'command.votes.show.name': 'afficher',
  'command.votes.show.description':
    'Tes votes (ou ceux d’un membre) : série, dernier et prochain vote, solde',
  'command.votes.show.user.name': 'membre',
  'command.votes.show.user.description': 'De qui afficher les votes',
  'command.votes.leaderboard.name': 'classement',
  'command.votes.leaderboard.description': 'Les 10 meilleurs votants du serveur, et ton rang',
  'command.votes.leaderboard.period.name': 'période',
  'command.votes.leaderboard.period.description': 'Quels votes comptent (par défaut : ce mois-ci)',
  'command.votes.leaderboard.period.choice.week': 'Cette semaine (UTC, depuis lundi)',
  'command.votes.leaderboard.period.choice.month': 'Ce mois-ci (UTC)',
  'command.votes.leaderboard.period.choice.all': 'Depuis le début',
  'command.votes.remind.name': 'rappel',
  'command.votes.remind.description': 'Un MP quand tu peux revoter',
  'command.votes.remind.state.name': 'état',
  'command.votes.remind.state.description': 'Activé ou désactivé',
  'command.votes.remind.state.choice.on': 'activé',
  'command.votes.remind.state.choice.off': 'désactivé',
  'command.votes.stats.name': 'statistiques',
  'command.votes.stats.description':
    'Tendances des votes du serveur : un graphique des votes par jour et les habitudes de vote',
  'command.votes.stats.period.name': 'période',
  'command.votes.stats.period.description': 'Quels jours (par défaut : les 30 derniers)',
  'command.votes.stats.period.choice.7d': '7 derniers jours',
  'command.votes.stats.period.choice.30d': '30 derniers jours',
  'command.votes.stats.period.choice.90d': '90 derniers jours',
  'command.votes.stats.period.choice.all': 'Depuis le début',
  'command.votes.stats.private.name': 'privé',
  'command.votes.stats.private.description': 'Toi seul vois la réponse (par défaut : tout le salon)',
  'command.premium.name': 'premium',
  'command.premium.description': 'Ton premium (ou celui d’un membre) et celui du serveur',
  'command.premium.user.name': 'membre',
  'command.premium.user.description': 'De qui afficher le premium',
  'command.setup.name': 'configurer',
  'command.setup.description': 'Configurer les récompenses de vote du serveur',
  'command.setup.start.name': 'démarrer',
  'command.setup.start.description':
    'Configuration guidée : tous les choix dans un message, puis le webhook pour Rankly',
  'command.setup.role.name': 'rôle',
  'command.setup.role.description': 'Rôle de récompense des votants, éventuellement pour une durée limitée',
  'command.setup.role.role.name': 'rôle',
  'command.setup.role.role.description': 'Le rôle',
  'command.setup.role.duration.name': 'durée',
  'command.setup.role.duration.description':
    'Combien de temps les votants le gardent, ex. 12h, 1d (1 minute à 365 jours ; par défaut : toujours)',
  'command.setup.currency.name': 'monnaie',
  'command.setup.currency.description': 'Monnaie par vote',
  'command.setup.currency.amount.name': 'montant',
  'command.setup.currency.amount.description': 'Montant par vote',
  'command.setup.currency.name.name': 'nom',
  'command.setup.currency.name.description':
    'Nom de la monnaie, ex. pièces (ou pièce/pièces pour singulier et pluriel)',
  'command.setup.adblocker.name': 'bloqueur-pub',
  'command.setup.adblocker.description': 'Part de la récompense pour les votes avec un bloqueur de pub',
  'command.setup.adblocker.percent.name': 'pourcentage',
  'command.setup.adblocker.percent.description': 'De 0 à 100 (par défaut 50)',
  'command.setup.denials.name': 'refus',
  'command.setup.denials.description':
    'Ce que rapportent les votes que Rankly n’a pas crédités (déjà voté, captcha…)',
  'command.setup.denials.policy.name': 'règle',
  'command.setup.denials.policy.description': 'Récompense pour ces votes',
  'command.setup.denials.policy.choice.none': 'Rien (par défaut)',
  'command.setup.denials.policy.choice.reduced': 'La part bloqueur de pub',
  'command.setup.denials.policy.choice.full': 'La récompense complète',
  'command.setup.premiumrole.name': 'rôle-premium',
  'command.setup.premiumrole.description': 'Rôle des membres avec Rankly Premium',
  'command.setup.premiumrole.role.name': 'rôle',
  'command.setup.premiumrole.role.description': 'Le rôle',
  'command.setup.streak.name': 'série',
  'command.setup.streak.description': 'Fenêtre de série et bonus de palier',
  'command.setup.streak.window_hours.name': 'fenêtre_heures',
  'command.setup.streak.window_hours.description': 'Un vote dans ce nombre d’heures prolonge la série (36)',
  'command.setup.streak.milestone_every.name': 'palier_tous',
  'command.setup.streak.milestone_every.description': 'Bonus tous les N votes d’affilée',
  'command.setup.streak.milestone_bonus.name': 'palier_bonus',
  'command.setup.streak.milestone_bonus.description': 'Monnaie en bonus',
  'command.setup.multiplier.name': 'multiplicateur',
  'command.setup.multiplier.description': 'Multiplicateur de monnaie pour les votants premium',
  'command.setup.multiplier.value.name': 'valeur',
  'command.setup.multiplier.value.description': 'ex. 2 la double (par défaut 1)',
  'command.setup.cooldown.name': 'délai',
  'command.setup.cooldown.description': 'Heures entre deux votes, affichées dans /votes (12)',
  'command.setup.cooldown.hours.name': 'heures',
  'command.setup.cooldown.hours.description': 'Heures',
  'command.setup.dm.name': 'mp',
  'command.setup.dm.description': 'MP de remerciement aux votants',
  'command.setup.dm.enabled.name': 'activé',
  'command.setup.dm.enabled.description': 'L’envoyer',
  'command.setup.dm.template.name': 'modèle',
  'command.setup.dm.template.description': 'Ton propre texte. Variables : {placeholders}',
  'command.setup.announce.name': 'annonces',
  'command.setup.announce.description': 'Annoncer les votes dans un salon',
  'command.setup.announce.channel.name': 'salon',
  'command.setup.announce.channel.description': 'Où',
  'command.setup.announce.template.name': 'modèle',
  'command.setup.announce.template.description': 'Ton propre texte. Variables : {placeholders}',
  'command.setup.logchannel.name': 'salon-journal',
  'command.setup.logchannel.description': 'Salon pour les webhooks de test et les problèmes',
  'command.setup.logchannel.channel.name': 'salon',
  'command.setup.logchannel.channel.description': 'Où',
  'command.setup.language.name': 'langue',
  'command.setup.language.description':
    'Langue des MP et des annonces (par défaut : la langue du serveur dans Discord)',
  'command.setup.language.language.name': 'langue',
  'command.setup.language.language.description': 'Quelle langue',
  'command.setup.language.language.choice.server': 'La langue du serveur dans Discord',
  'command.setup.clear.name': 'réinitialiser',
  'command.setup.clear.description': 'Désactiver un réglage, ou le remettre par défaut',
  'command.setup.clear.setting.name': 'réglage',
  'command.setup.clear.setting.description': 'Lequel',
  'command.setup.clear.setting.choice.role': 'rôle',
  'command.setup.clear.setting.choice.announce': 'annonces',
  'command.setup.clear.setting.choice.logchannel': 'salon de journal',
  'command.setup.clear.setting.choice.premiumrole': 'rôle premium',
  'command.setup.clear.setting.choice.milestone': 'bonus de palier',
  'command.setup.clear.setting.choice.dmtemplate': 'texte du MP',
  'command.setup.clear.setting.choice.announcetemplate': 'texte des annonces',
  'command.setup.clear.setting.choice.currency': 'monnaie',
  'command.setup.clear.setting.choice.language': 'langue',
  'command.setup.webhook.name': 'webhook',
  'command.setup.webhook.description': 'L’URL du webhook et le secret du serveur pour Rankly',
  'command.setup.webhook.rotate.name': 'renouveler',
  'command.setup.webhook.rotate.description':
    'Créer un nouveau secret (l’ancien reste valable pendant un délai de grâce)',
  'command.setup.status.name': 'état',
  'command.setup.status.description': 'Configuration, permissions et activité récente',
  'command.setup.replay.name': 'redonner',
  'command.setup.replay.description':
    'Redonner les récompenses qui n’ont pas été données (une fois la cause corrigée)',
  'command.setup.export.name': 'exporter',
  'command.setup.export.description': 'Les votes (ou achats en boutique) du serveur dans un fichier CSV',
  'command.setup.export.period.name': 'période',
  'command.setup.export.period.description': 'Quels jours (par défaut : depuis le début)',
  'command.setup.export.period.choice.7d': '7 derniers jours',
  'command.setup.export.period.choice.30d': '30 derniers jours',
  'command.setup.export.period.choice.90d': '90 derniers jours',
  'command.setup.export.period.choice.all': 'Depuis le début',
  'command.setup.events.name': 'événements',
  'command.setup.events.description':
    'Envoyer les événements du serveur (votes, récompenses, premium) à tes points HTTPS',
  'command.setup.events.do.name': 'action',
  'command.setup.events.do.description': 'Que faire',
  'command.setup.events.do.choice.add': 'ajouter un point de terminaison (ou lui créer un nouveau secret)',
  'command.setup.events.do.choice.remove': 'retirer un point de terminaison',
  'command.setup.events.do.choice.list': 'lister les points de terminaison et les livraisons',
  'command.setup.events.do.choice.replay': 'renvoyer les livraisons échouées',
  'command.setup.events.url.name': 'url',
  'command.setup.events.url.description': 'Le point de terminaison, https://…',
  'command.setup.economy.name': 'économie',
  'command.setup.economy.description':
    'Verser la monnaie des votes dans UnbelievaBoat au lieu du solde intégré (ou en plus)',
  'command.setup.economy.provider.name': 'fournisseur',
  'command.setup.economy.provider.description': 'Où va la monnaie des votes',
  'command.setup.economy.provider.choice.unbelievaboat': 'UnbelievaBoat',
  'command.setup.economy.provider.choice.off': 'désactivé (seulement le solde intégré)',
  'command.setup.economy.token.name': 'jeton',
  'command.setup.economy.token.description':
    'Le jeton d’API de ton application UnbelievaBoat (https://unbelievaboat.com/applications)',
  'command.setup.economy.balance.name': 'solde',
  'command.setup.economy.balance.description': 'Quel solde UnbelievaBoat est crédité (par défaut : liquide)',
  'command.setup.economy.balance.choice.cash': 'liquide',
  'command.setup.economy.balance.choice.bank': 'banque',
  'command.setup.economy.mode.name': 'mode',
  'command.setup.economy.mode.description': 'Au lieu du solde intégré (par défaut), ou en plus',
  'command.setup.economy.mode.choice.instead': 'au lieu du solde intégré',
  'command.setup.economy.mode.choice.also': 'en plus du solde intégré',

  // Loyalty: vote tiers, monthly champions, streak protection.
  'tier.counter': '{counts, select, total {au total} streak {d’affilée} other {sur un mois civil}}',
  'tier.added':
    'Les membres ayant {votes, plural, one {# vote} other {# votes}} {counter} reçoivent désormais {role}.',
  'tier.removed':
    '{role} n’est plus un palier : les membres qui l’ont le gardent, et le bot ne le modifie plus.',
  'tier.notATier': '{role} n’est pas un palier. `/configurer palier liste` les affiche.',
  'tier.line': '{role} : {votes, plural, one {# vote} other {# votes}} {counter}',
  'tier.none': 'Ce serveur n’a aucun palier de votes. Ajoutes-en un avec `/configurer palier ajouter`.',
  'tier.mode.stack': 'Les membres gardent désormais chaque rôle de palier atteint.',
  'tier.mode.replace':
    'Les membres n’ont désormais que le palier le plus élevé atteint pour chaque décompte (au total, d’affilée, sur un mois) : les rôles de paliers inférieurs sont retirés.',
  'votes.tier': '{role} ({votes, plural, one {# vote} other {# votes}} {counter})',
  'votes.noTier': 'aucun pour l’instant',
  'votes.nextTier': '{role} dans {n, plural, one {# vote} other {# votes}} de plus {counter}',
  'votes.topTier': 'le palier le plus élevé {counter}',
  'votes.protectionAvailable': 'prête : une fenêtre manquée ce mois-ci garde la série',
  'votes.protectionUsed': 'utilisée {when} ; de nouveau prête le 1er',
  'setup.champions':
    '{count, plural, one {Le meilleur votant} other {Les # meilleurs votants}} de chaque mois civil (UTC) reçoivent désormais {role} le 1er{channel, select, none {} other {, annoncé dans {channel}}}. Les premiers champions sont ceux de ce mois-ci.',
  'setup.clear.champions': 'Il n’y a plus de champions du mois ; ceux de ce mois-ci gardent leur rôle.',
  'setup.protectionOn':
    'La protection de série est activée : une fois par mois, une fenêtre manquée ne met pas fin à une série.',
  'setup.protectionOff': 'La protection de série est désactivée : une fenêtre manquée met fin à une série.',
  'setup.clear.protection':
    'La protection de série est désactivée : une fenêtre manquée met fin à une série.',
  'champions.announce':
    '🏆 Les meilleurs votants de {month} : {names} !{role, select, none {} other { Ils ont {role} ce mois-ci.}}',
  'champions.name': '{user} ({n, plural, one {# vote} other {# votes}})',
  'status.tiers':
    '{n, plural, =0 {Paliers : aucun} other {Paliers ({mode, select, stack {cumulés} other {le plus élevé remplace les autres}}) :}}',
  'status.champions':
    'Champions du mois : {role, select, none {désactivé} other {les {count, number} meilleurs reçoivent {role}{last, select, none {} other { · derniers sacrés : {last}}}}}',
  'setup.replayLoyalty':
    '{n, plural, one {# changement de rôle de palier ou de champion a été renvoyé} other {# changements de rôle de palier ou de champion ont été renvoyés}}.',
  'status.protection':
    'Protection de série : {on, select, yes {activée (une fenêtre manquée par mois)} other {désactivée}}',

  // The reward shop.
  'shop.price': '{amount, number} {currency}',
  'shop.balance': 'Ton solde : {balance}',
  'shop.empty': 'La boutique est vide. Les admins ajoutent des articles avec `/configurer boutique ajouter`.',
  'shop.itemRole': '{role}',
  'shop.itemRoleFor': '{role} pendant {duration}',
  'shop.itemCustom': 'remis par l’équipe',
  'shop.itemLeft': '{left, plural, =0 {épuisé} one {# restant} other {# restants}}',
  'shop.itemLimit': '{limit, number} maximum par membre',
  'shop.buyHint': 'Appuie sur un bouton pour acheter, ou utilise `/boutique acheter article:` avec son nom.',
  'shop.bought.role': 'Tu as acheté **{item}** pour {price} : {role} est à toi{until}.',
  'shop.bought.until': ' jusqu’au {when}',
  'shop.bought.notice': 'Tu as acheté **{item}** pour {price}. L’équipe a été prévenue et te le remettra.',
  'shop.onItsWay':
    'Tu as acheté **{item}** pour {price}. Discord est lent en ce moment : il arrive sous peu.',
  'shop.refunded': 'Je n’ai pas pu te donner **{item}** : {why} Tes {price} te sont rendus.',
  'shop.duplicate': 'Ce bouton a déjà acheté **{item}** : rien de plus n’a été prélevé.',
  'shop.refused.balance': '**{item}** coûte {price} ; tu as {balance}. Vote pour en gagner plus !',
  'shop.refused.soldOut': '**{item}** est épuisé.',
  'shop.refused.limit':
    'Chaque membre peut avoir au plus {limit, plural, one {#} other {#}} **{item}**, et c’est ton cas. Rien n’a été prélevé.',
  'shop.refused.noItem': 'Aucun article nommé « {item} » n’est en vente. `/boutique articles` les liste.',
  'shop.refused.economy':
    'La boutique est fermée ici : ce serveur verse la monnaie des votes dans UnbelievaBoat au lieu du solde intégré, et la boutique ne vend que contre le solde intégré. Un admin peut choisir le mode « en plus du solde intégré » dans `/configurer économie` pour l’ouvrir.',
  'shop.refused.noLogChannel':
    'Les articles personnalisés sont signalés à l’équipe dans le salon journal, et ce serveur n’en a pas : **{item}** ne peut donc pas être acheté maintenant. Rien n’a été prélevé.',
  'shop.refused.role': '**{item}** ne peut pas être acheté maintenant : {problem} Rien n’a été prélevé.',
  'shop.refund.missingPermissions':
    'Discord ne m’a pas laissé donner {role} (permissions manquantes : mon rôle doit être au-dessus, avec Gérer les rôles). Les admins ont été prévenus.',
  'shop.refund.notMember': 'tu n’es pas membre de ce serveur.',
  'shop.refund.failed': 'Discord l’a refusé ({detail}).',
  'shop.notice': '🛒 {user} a acheté **{item}** (achat n° {id}) : équipe, merci de le remettre.',
  'shop.historyLine': '{when} **{item}** pour {price}{refunded, select, yes { (remboursé)} other {}}',
  'shop.exported':
    '{n, plural, =0 {Aucun achat} one {# achat} other {# achats}} {period}, les plus anciens d’abord, avec remises et remboursements (heures en UTC).',
  'shop.historyEmpty': 'Tu n’as encore rien acheté ici.',
  'setup.shop.added': '**{name}** est désormais en vente pour {price} : {what}{extra}.',
  'setup.shop.removed':
    '**{name}** n’est plus en vente. {sold, plural, =0 {Personne ne l’a acheté.} one {Son # achat reste dans l’historique.} other {Ses # achats restent dans l’historique.}}',
  'setup.shop.line': '**{name}** : {price} · {what} · {sold, plural, one {# vendu} other {# vendus}}{extra}',
  'setup.shop.none': 'Rien n’est en vente. Ajoute un article avec `/configurer boutique ajouter`.',
  'status.shop':
    '{items, plural, =0 {Aucun article en vente} one {# article en vente} other {# articles en vente}} · {sold, plural, one {# achat} other {# achats}} · {refunded, plural, =0 {aucun remboursé} one {# remboursé} other {# remboursés}}',

  // The community goal.
  'goal.reached':
    '🎉 Objectif commun atteint : {votes, plural, one {# vote} other {# votes}} {period, select, week {cette semaine} other {ce mois-ci}} ! Tous ceux qui ont voté {period, select, week {cette semaine} other {ce mois-ci}} reçoivent {reward}.',
  'goal.progress':
    '{bar}\n{votes, number} / {target, plural, one {# vote} other {# votes}} {period, select, week {cette semaine} other {ce mois-ci}}{reached, select, yes { : atteint ! 🎉} other {}} · récompense : {reward}',
  'goal.none': 'Aucun objectif commun. Les admins en fixent un avec `/configurer objectif`.',
  'setup.goal.saved':
    'L’objectif commun est désormais de {votes, plural, one {# vote} other {# votes}} par {period, select, week {semaine} other {mois}} (UTC) ; une fois atteint, tous ceux qui ont voté {period, select, week {cette semaine-là} other {ce mois-là}} reçoivent {reward}.',
  'setup.goal.cleared': 'Il n’y a plus d’objectif commun.',
  'status.goal':
    '{votes, number} / {target, plural, one {# vote} other {# votes}} {period, select, week {cette semaine} other {ce mois-ci}}{reached, select, yes {, atteint} other {}} · récompense : {reward}',

  // Slash commands of the loyalty, shop and goal features.
  'command.setup.streak.protection.name': 'protection',
  'command.setup.streak.protection.description':
    'Garder une série malgré une fenêtre manquée par mois (par défaut : non)',
  'command.setup.clear.setting.choice.champions': 'champions du mois',
  'command.setup.clear.setting.choice.protection': 'protection de série',
  'command.setup.export.data.name': 'données',
  'command.setup.export.data.description': 'Quoi exporter (par défaut : les votes)',
  'command.setup.export.data.choice.votes': 'votes',
  'command.setup.export.data.choice.purchases': 'achats et remboursements de la boutique',
  'command.setup.champions.name': 'champions',
  'command.setup.champions.description':
    'Un rôle pour les meilleurs votants de chaque mois civil (UTC), transmis le 1er',
  'command.setup.champions.role.name': 'rôle',
  'command.setup.champions.role.description': 'Le rôle des champions',
  'command.setup.champions.count.name': 'nombre',
  'command.setup.champions.count.description': 'Combien de meilleurs votants (3 par défaut)',
  'command.setup.goal.name': 'objectif',
  'command.setup.goal.description':
    'Un objectif de votes pour tout le serveur par semaine ou par mois, récompensant chaque votant',
  'command.setup.goal.votes.name': 'votes',
  'command.setup.goal.votes.description':
    'Votes que tout le serveur doit atteindre sur la période (0 : aucun objectif)',
  'command.setup.goal.period.name': 'période',
  'command.setup.goal.period.description': 'Semaine ou mois civil, UTC (par défaut : mois)',
  'command.setup.goal.period.choice.week': 'semaine',
  'command.setup.goal.period.choice.month': 'mois',
  'command.setup.goal.role.name': 'rôle',
  'command.setup.goal.role.description': 'Récompense : un rôle pour tous ceux qui ont voté sur la période',
  'command.setup.goal.duration.name': 'durée',
  'command.setup.goal.duration.description':
    'Combien de temps ils gardent le rôle, ex. 7d (par défaut : 7 jours)',
  'command.setup.goal.coins.name': 'pièces',
  'command.setup.goal.coins.description':
    'Récompense : un bonus de pièces pour tous ceux qui ont voté sur la période',
  'command.setup.tier.name': 'palier',
  'command.setup.tier.description':
    'Paliers de votes : des rôles pour les membres qui atteignent un nombre de votes',
  'command.setup.tier.add.name': 'ajouter',
  'command.setup.tier.add.description': 'Un rôle pour les membres qui atteignent un nombre de votes',
  'command.setup.tier.add.votes.name': 'votes',
  'command.setup.tier.add.votes.description': 'Votes à atteindre',
  'command.setup.tier.add.role.name': 'rôle',
  'command.setup.tier.add.role.description': 'Le rôle que reçoivent les membres',
  'command.setup.tier.add.counts.name': 'décompte',
  'command.setup.tier.add.counts.description': 'Quels votes comptent (par défaut : tous)',
  'command.setup.tier.add.counts.choice.total': 'tous les votes (par défaut)',
  'command.setup.tier.add.counts.choice.streak': 'votes d’affilée (la série en cours)',
  'command.setup.tier.add.counts.choice.month': 'votes de ce mois civil (UTC)',
  'command.setup.tier.remove.name': 'retirer',
  'command.setup.tier.remove.description': 'Ne plus donner un rôle de palier (ceux qui l’ont le gardent)',
  'command.setup.tier.remove.role.name': 'rôle',
  'command.setup.tier.remove.role.description': 'Le rôle de palier',
  'command.setup.tier.list.name': 'liste',
  'command.setup.tier.list.description': 'Les paliers de votes de ce serveur',
  'command.setup.tier.mode.name': 'mode',
  'command.setup.tier.mode.description':
    'Garder chaque rôle de palier atteint (cumuler) ou seulement le plus élevé (remplacer, défaut)',
  'command.setup.tier.mode.mode.name': 'mode',
  'command.setup.tier.mode.mode.description': 'Cumuler ou remplacer',
  'command.setup.tier.mode.mode.choice.replace':
    'remplacer : seulement le palier le plus élevé atteint (par défaut)',
  'command.setup.tier.mode.mode.choice.stack': 'cumuler : chaque palier atteint',
  'command.setup.shop.name': 'boutique',
  'command.setup.shop.description':
    'La boutique de récompenses : des articles que les membres achètent avec la monnaie des votes',
  'command.setup.shop.add.name': 'ajouter',
  'command.setup.shop.add.description':
    'Mettre un article en vente : un rôle (définitif ou temporaire) ou un article remis par l’équipe',
  'command.setup.shop.add.name.name': 'nom',
  'command.setup.shop.add.name.description': 'Ce que voient les membres',
  'command.setup.shop.add.price.name': 'prix',
  'command.setup.shop.add.price.description': 'En monnaie des votes',
  'command.setup.shop.add.role.name': 'rôle',
  'command.setup.shop.add.role.description':
    'Le rôle qu’il donne (aucun : article personnalisé remis par l’équipe)',
  'command.setup.shop.add.duration.name': 'durée',
  'command.setup.shop.add.duration.description':
    'Combien de temps le rôle est gardé, ex. 7d (par défaut : définitivement)',
  'command.setup.shop.add.stock.name': 'stock',
  'command.setup.shop.add.stock.description':
    'Combien peuvent être vendus au total (par défaut : sans limite)',
  'command.setup.shop.add.limit.name': 'limite',
  'command.setup.shop.add.limit.description': 'Combien un membre peut en avoir (par défaut : sans limite)',
  'command.setup.shop.remove.name': 'retirer',
  'command.setup.shop.remove.description':
    'Retirer un article de la vente (ses achats restent dans l’historique)',
  'command.setup.shop.remove.name.name': 'nom',
  'command.setup.shop.remove.name.description': 'Le nom de l’article',
  'command.setup.shop.list.name': 'liste',
  'command.setup.shop.list.description': 'Les articles en vente, avec ce qui a été vendu',
  'command.shop.name': 'boutique',
  'command.shop.description': 'Dépense la monnaie de tes votes',
  'command.shop.items.name': 'articles',
  'command.shop.items.description': 'Ce qui est en vente, ton solde et des boutons pour acheter',
  'command.shop.buy.name': 'acheter',
  'command.shop.buy.description': 'Acheter un article',
  'command.shop.buy.item.name': 'article',
  'command.shop.buy.item.description': 'Le nom de l’article',
  'command.shop.history.name': 'historique',
  'command.shop.history.description': 'Ce que tu as acheté ici',

  // Who may change what (src/discord/permissions.ts): the refusals of the admin, role and
  // channel rules, by reason code, and the permissions they name (as Discord names them).
  'rule.admin.manageServer':
    'Il te faut la permission **Gérer le serveur** pour changer les récompenses de vote. Demande à un admin du serveur.',
  'rule.admin.manageRoles':
    'Choisir un rôle de récompense demande la permission **Gérer les rôles** en plus de Gérer le serveur. Demande à un admin du serveur qui a les deux.',
  'rule.role.gone': 'Ce rôle n’existe plus. Choisis-en un autre.',
  'rule.role.everyone': '@everyone ne peut pas être donné en récompense. Choisis un autre rôle.',
  'rule.role.managed':
    '{role} est géré par une intégration (le rôle propre d’un bot ou le rôle de booster) et ne peut pas être donné. Choisis un autre rôle.',
  'rule.role.dangerous':
    '{role} a {count, plural, one {la permission} other {les permissions}} {permissions} : une récompense de vote ne doit donner à personne des pouvoirs de modération. {count, plural, one {Retire-la} other {Retire-les}} du rôle dans Paramètres du serveur → Rôles, ou choisis un rôle sans {count, plural, one {elle} other {elles}}.',
  'rule.role.aboveInvoker':
    '{role} n’est pas sous ton rôle le plus haut {highest} : tu ne peux choisir qu’un rôle sous le tien. Demande à quelqu’un qui a un rôle plus haut, ou au propriétaire du serveur.',
  'rule.botUnknown':
    '{bot, select, me {Je ne vois pas encore ma} other {{bot} ne voit pas encore sa}} propre adhésion à ce serveur ; réessaie dans un instant.',
  'rule.role.botNeedsManageRoles':
    '{bot, select, me {J’ai besoin} other {{bot} a besoin}} de la permission {permissions} : Paramètres du serveur → Rôles → {bot, select, me {mon rôle} other {le rôle de {bot}}} → active {permissions}.',
  'rule.role.aboveBot':
    '{role} est au-dessus (ou au même niveau) de {bot, select, me {mon rôle le plus haut} other {du rôle le plus haut de {bot}}} {highest}. Fais glisser {bot, select, me {mon rôle} other {le rôle de {bot}}} au-dessus dans Paramètres du serveur → Rôles.',
  'rule.channel.unseen': 'Je ne vois pas {channel}. Choisis un salon textuel de ce serveur.',
  'rule.channel.invoker':
    'Tu ne peux pas {see, select, yes {voir ni publier dans} other {publier dans}} {channel} (pas de {permissions}) : choisis un salon où tu peux publier.',
  'rule.channel.bot':
    'Je ne peux pas publier dans {channel} : il me faut {permissions} là-bas. Autorise-les pour mon rôle dans les paramètres du salon (Modifier le salon → Permissions), puis relance ceci.',
  'permission.administrator': 'Administrateur',
  'permission.manageGuild': 'Gérer le serveur',
  'permission.manageRoles': 'Gérer les rôles',
  'permission.manageChannels': 'Gérer les salons',
  'permission.manageWebhooks': 'Gérer les webhooks',
  'permission.manageMessages': 'Gérer les messages',
  'permission.banMembers': 'Bannir des membres',
  'permission.kickMembers': 'Expulser des membres',
  'permission.moderateMembers': 'Exclure temporairement des membres',
  'permission.mentionEveryone': 'Mentionner @everyone, @here et tous les rôles',
  'permission.viewChannel': 'Voir le salon',
  'permission.sendMessages': 'Envoyer des messages',
  'permission.embedLinks': 'Intégrer des liens',
  'permission.attachFiles': 'Joindre des fichiers',

  // /setup status, in the admin's language (commands/setup/status.ts).
  'status.title': '⚙️ Récompenses de vote : état',
  'status.field.rewards': 'Récompenses',
  'status.field.economy': 'Économie',
  'status.field.loyalty': 'Fidélité',
  'status.field.goal': 'Objectif communautaire',
  'status.field.shop': 'Boutique',
  'status.field.premium': 'Premium',
  'status.field.webhook': 'Webhook',
  'status.field.inFlight': 'Récompenses en cours',
  'status.notSet': 'non défini',
  'status.canBeGiven': 'peut être donné',
  'status.role': 'Rôle : {role}{duration, select, none {} other { pour {duration}}}',
  'status.adBlocker':
    'Bloqueur de pubs : {percent, number} % · autres refus : {denials, select, none {rien} reduced {réduit} other {complet}}',
  'status.dm':
    'MP : {on, select, yes {activé} other {désactivé}}{own, select, yes { (texte personnalisé)} other {}}',
  'status.announce':
    'Annonces : {channel, select, none {désactivées} other {{channel}}}{own, select, yes { (texte personnalisé)} other {}}',
  'status.streak':
    'Fenêtre de série : {hours, number} h{every, plural, =0 {} other { · bonus de {bonus, number} tous les # d’affilée}}',
  'status.premium': 'Rôle : {role} · multiplicateur de vote ×{multiplier, number}',
  'status.ownSecret':
    'Secret propre : {own, select, yes {oui} other {non (celui du bot s’applique)}}{previous, select, none {} other { · le précédent fonctionne encore jusqu’au {previous}}}',
  'status.never': 'jamais',
  'status.logChannel': 'Salon de logs : {channel, select, none {non défini} other {{channel}}}',
  'status.replayHint': 'Corrige la cause, puis `/configurer redonner`.',
  'status.economy.where': 'Monnaie de vote : {where}',
  'status.economy.builtIn': 'le solde intégré',
  'status.economy.unbelievaboat':
    'UnbelievaBoat {balance}, {mode, select, also {en plus du} other {à la place du}} solde intégré{key, select, yes {} other { · ❌ ENCRYPTION_KEY n’est pas défini sur le bot : rien ne peut être payé}}',
  'status.economy.payments':
    'Paiements UnbelievaBoat : {paid, number} payés · {pending, number} en attente · non donnés : {notGiven, number} ({unknown, number} à l’issue inconnue, jamais répétés)',
  'status.economy.lastProblem': 'Dernier problème : {problem}',
  'status.shopClosed':
    '❌ Fermée : UnbelievaBoat remplace le solde intégré avec lequel la boutique vend (README « Shop »).',
  'status.shopRole': '❌ {role} en vente : {problem}',

  // /setup webhook (and the guided setup's Finish), /setup events, /setup economy, /setup export, /setup replay.
  'webhook.title': '🔗 Webhook Rankly',
  'webhook.urlField': 'URL du webhook',
  'webhook.noteField': 'Remarque',
  'webhook.noPublicUrl':
    'Le bot ne connaît pas son adresse publique : demande à son opérateur de définir PUBLIC_URL.',
  'webhook.hasSecret':
    'Ce serveur a déjà un secret. Il n’est stocké que sous forme de hash et ne peut pas être montré à nouveau ; utilise `/configurer webhook renouveler: True` pour en créer un nouveau.',
  'webhook.pasteThese':
    'Colle ceci dans Rankly : Paramètres du serveur → Vote Webhooks. **Le secret n’est montré que maintenant.**',
  'webhook.previousUntil':
    'L’ancien secret fonctionne encore jusqu’au {until} ({relative}), pour qu’aucun vote ne se perde pendant que tu mets Rankly à jour.',
  'webhook.previousGone': 'L’ancien secret ne fonctionne plus.',
  'webhook.firstSecret':
    'Désormais, les votes de ce serveur ont besoin de ce secret ; celui du bot ne s’applique plus ici.',
  'webhook.notStored':
    'Le nouveau secret n’a pas pu être enregistré, il ne fonctionne donc pas ; l’ancien fonctionne toujours. Relance `/configurer webhook renouveler: True`.',
  'events.title': '📡 Événements sortants',
  'events.secretField': 'Secret de signature',
  'events.needUrl': 'Indique le point de terminaison : `url: https://…`.',
  'events.notOurs':
    '{url} n’est pas l’un des points de terminaison de ce serveur (`/configurer événements action: lister les points de terminaison et les livraisons`).',
  'events.lastProblem': ' (dernier problème : {problem})',
  'events.max': 'Au plus {n, number} points de terminaison.',
  'economy.off':
    'UnbelievaBoat est désactivé : son jeton est supprimé, et la monnaie de vote va dans le solde intégré.',
  'economy.wasOff': 'Aucune économie n’était configurée : la monnaie de vote va dans le solde intégré.',
  'economy.noKey':
    'Les paiements UnbelievaBoat sont désactivés sur ce bot : son jeton serait stocké chiffré, et le bot n’a pas de clé pour cela. L’opérateur du bot doit définir `ENCRYPTION_KEY` (32 octets aléatoires, p. ex. `openssl rand -base64 32`) et le redémarrer. Rien n’a été enregistré.',
  'economy.needToken': 'Donne le jeton de ton application UnbelievaBoat : `token:` (depuis {url}).',
  'economy.notSavedTitle': '❌ Non enregistré',
  'economy.saved':
    'La monnaie de vote et les bonus de série sont maintenant payés sur le **{balance}** UnbelievaBoat de chaque votant, {mode, select, also {en plus du solde intégré} other {à la place du solde intégré}}. Le jeton est stocké chiffré et ne sera plus montré. Les paiements apparaissent dans `/configurer état`.',
  'economy.refused401':
    'UnbelievaBoat a refusé ce jeton (401) : copie-le à nouveau depuis {url}. Rien n’a été enregistré.',
  'economy.refused403':
    'Le jeton est valide, mais son application n’est pas autorisée pour ce serveur (403). Sur {url}, ouvre l’application, utilise son lien **Authorize** et choisis ce serveur, puis relance ceci. Rien n’a été enregistré.',
  'economy.checkFailed':
    'Impossible de vérifier le jeton auprès d’UnbelievaBoat ({detail}). Rien n’a été enregistré : réessaie plus tard.',
  'export.tooLarge':
    'L’export {period} est plus gros que ce que Discord me laisse joindre ({mb, number} Mo). Choisis une période plus courte, ou demande à l’opérateur du bot `npm run cli -- export votes --guild {guildId}`.',
  'export.noVotes': 'Aucun vote {period} : le fichier ne contient que l’en-tête.',
  'setup.giveAnOption': 'Indique au moins une des options.',
  'setup.unknownSetting': 'Réglage inconnu.',
  'setup.replayNotAllTitle': '⚠️ Pas tout donné',

  // Labels of /votes show, /shop, /setup tier list and /setup shop (loyalty, shop, goal).
  'votes.field.tier': 'Palier',
  'votes.field.nextTier': 'Palier suivant',
  'votes.field.protection': 'Protection de série',
  'votes.protectionThisMonth': 'ce mois-ci',
  'goal.field': '🎯 Objectif communautaire',
  'shop.title': '🛒 Boutique de {server}',
  'shop.historyTitle': '🧾 Tes achats',
  'tier.listTitle': '🏅 Paliers de vote',
  'tier.modeField': 'Mode',
  'setup.shop.durationNeedsRole': 'Une durée demande un rôle : un article personnalisé n’en a pas.',
  'setup.shop.listTitle': '🛒 Articles de la boutique',
  'setup.shop.noLogChannel':
    '⚠️ Les articles personnalisés sont annoncés à l’équipe dans le salon de logs : définis-en un avec `/configurer salon-journal`, sinon personne ne peut l’acheter.',

  // The log channel's alerts and the worker's notes there, in the guild's language (src/jobs/guild-alerts.ts).
  'alert.rewards':
    '⚠️ Récompenses de vote : {problem} Les récompenses non données sont conservées ; une fois le problème corrigé, lance `/configurer redonner` pour les donner.',
  'alert.missingRole':
    'Il me manque des permissions pour donner le rôle de récompense {role}. Donne au bot la permission **{manageRoles}** et fais glisser son propre rôle au-dessus de {role} dans Paramètres du serveur → Rôles.',
  'alert.missingChannel':
    'Il me manque des permissions pour publier dans {channel}. Autorise le bot à **{viewChannel}** et **{sendMessages}** là-bas.',
  'alert.refusedRole': 'Je n’ai pas donné un rôle de récompense. {problem}',
  'alert.economyRefused': 'Je n’ai pas pu payer la monnaie de vote sur UnbelievaBoat : {detail}.',
  'alert.economyUnknown':
    '⚠️ Récompenses de vote : le paiement de {amount} sur le {balance} UnbelievaBoat de {user} n’a reçu aucune réponse. Il est peut-être arrivé, peut-être pas, et n’est pas renvoyé (un second essai pourrait payer deux fois) : vérifie son solde dans UnbelievaBoat.',
  'alert.testDelivery':
    '✅ Webhook de test Rankly reçu (utilisateur {user}, {votedAt}). L’URL et le secret du webhook fonctionnent ; les livraisons de test ne donnent jamais de récompense.',

  // Premium DMs (src/jobs/premium-entitlement.ts, premium.ts): a server's plan in its language.
  'premium.dm.gifted': '💝 Merci d’avoir offert **{tier}** à {user} !',
  'premium.dm.server': '💎 Merci pour ton achat ! Ton serveur a maintenant **{tier}**.',
  'premium.dm.user': '💎 Merci pour ton achat ! **{tier}** est maintenant actif sur ton compte.',
  'premium.dm.gift':
    '🎁 {giver, select, none {Quelqu’un} other {{giver}}} t’a offert **{tier}** ! Profite de tes avantages premium.',
  'premium.dm.remind':
    '⏳ Attention : {scope, select, guild {l’offre {tier} de ton serveur} other {ton offre {tier}}} se termine {when}. Renouvelle-la sur Rankly pour garder tes avantages.',
  // Refusals of the loyalty rules (db/tiers.ts, db/shop-items.ts), said in the reader’s language.
  'refusal.asWritten': '{text}',
  'tier.refused.votes': 'le nombre de votes doit être un entier de {min, number} à {max, number}.',
  'tier.refused.full': 'un serveur a au plus {max} paliers ; retire-en un d’abord.',
  'tier.refused.clash':
    '{role} est déjà le palier à {votes, plural, one {# vote} other {# votes}} {counts, select, total {au total} streak {d’affilée} other {dans un mois civil}}.',
  'shop.refused.nameTaken': 'un article nommé « {item} » est déjà en vente ; retire-le d’abord.',
  'shop.refused.full': 'la boutique contient au plus {max} articles ; retires-en un d’abord.',
} as const satisfies Catalogue;
