import type { Catalogue } from './en.js';

/** Español. Placeholder names stay as in en.ts; see the README, "Contributing translations". */
export const es = {
  'reward.currency': '{amount, number} {currency}',
  'reward.role': 'el rol {role}',
  'reward.roleFor': 'el rol {role} durante {duration}',
  'reward.roleFollows': '{reward} (el rol {role} llegará en cuanto se una al servidor)',
  'reward.nothing': 'nuestro agradecimiento',
  'reward.and': '{first} y {second}',

  'dm.default':
    '¡Gracias por votar, {user}! Has recibido {reward}. Racha: {streak, plural, one {# voto seguido} other {# votos seguidos}}, {total, plural, one {# voto} other {# votos}} en total.',
  'announce.default':
    '¡{user} acaba de votar y ha recibido {reward}! ({streak, plural, one {# voto seguido} other {# votos seguidos}}, {total, plural, one {# voto} other {# votos}} en total)',

  'duration.days': '{n, plural, one {# día} other {# días}}',
  'duration.hours': '{n, plural, one {# hora} other {# horas}}',
  'duration.minutes': '{n, plural, one {# minuto} other {# minutos}}',
  'duration.seconds': '{n, plural, one {# segundo} other {# segundos}}',

  'votes.count': '{n, plural, one {# voto} other {# votos}}',
  'votes.leaderboardLine': '{medal} {user}: {n, plural, one {# voto} other {# votos}}',
  'votes.callerRank': 'Estás en el puesto {rank, number} con {n, plural, one {# voto} other {# votos}}.',
  'votes.noneCredited':
    '{n, plural, one {# voto} other {# votos}}, ninguno acreditado (Rankly {n, plural, one {lo rechazó} other {los rechazó}}: {reasons}).',
  'votes.exported':
    '{n, plural, one {# voto} other {# votos}} {period}, del más antiguo al más reciente (horas en UTC).',

  'stats.busiestHour': '{from}–{to} ({n, plural, one {# voto} other {# votos}})',
  'stats.firstVotes': '+{n, plural, one {# voto} other {# votos}} (ninguno en {previous})',
  'stats.title': '📈 Tendencias de votos {period}',
  'stats.chartTitle': 'Votos por {unit, select, day {día} week {semana} other {mes}} {period}',
  'stats.period':
    '{period, select, all {desde el principio} other {{days, plural, one {en el último día} other {en los últimos # días}}}}',
  'stats.pickPeriod': 'Elige 7d, 30d, 90d o all.',
  'stats.noVotesAll':
    'Todavía no hay votos para este servidor. Cuando los miembros voten en Rankly, sus tendencias aparecerán aquí.',
  'stats.noVotesPeriod':
    'No hay votos para este servidor {period}. Prueba un periodo más largo o vuelve después de los próximos votos.',
  'stats.totalVotes': 'Votos totales',
  'stats.totalValue':
    '{total, number} ({credited, number} acreditados · {adBlocker, number} con bloqueador de anuncios · {denied, number} rechazados)',
  'stats.uniqueVoters': 'Votantes únicos',
  'stats.newReturning': 'Votantes nuevos / recurrentes',
  'stats.newReturningValue': '{new, number} nuevos · {returning, number} recurrentes',
  'stats.busiestHourName': 'Hora con más votos (UTC)',
  'stats.adBlockerShare': 'Proporción con bloqueador',
  'stats.change': 'Cambio',
  'stats.noPrevious': 'Ninguno: «desde el principio» no tiene periodo anterior',
  'stats.previous':
    '{days, plural, one {el día anterior} other {los # días anteriores}}, hasta la misma hora',
  'stats.changeValue': '{change} respecto a {previous} ({before, number} → {after, number})',
  'chart.credited': 'Acreditados',
  'chart.adBlocker': 'Bloqueador',
  'chart.denied': 'Rechazados',

  'votes.leaderboardTitle':
    '🏆 Mejores votantes {period, select, week {de esta semana} month {de este mes} other {de todos los tiempos}}',
  'votes.pickPeriod': 'Elige week, month o all.',
  'votes.leaderboardEmpty': 'Todavía no hay votos. ¡Sé el primero!',
  'votes.you': 'Tú',
  'votes.callerNone': 'Todavía no tienes votos en este periodo.',
  'votes.noReason': 'sin motivo indicado',
  'votes.notVotedSelf': 'Aún no has votado por este servidor. ¡Vota en Rankly para empezar una racha!',
  'votes.notVotedOther': '{user} aún no ha votado por este servidor.',
  'votes.showTitle': '🗳️ Votos de {name}',
  'votes.field.votes': 'Votos',
  'votes.field.streak': 'Racha',
  'votes.field.bestStreak': 'Mejor racha',
  'votes.field.lastVote': 'Último voto',
  'votes.field.nextVote': 'Próximo voto',
  'votes.field.balance': 'Saldo',
  'votes.never': 'nunca',
  'votes.now': 'ahora',
  'votes.notYet': 'todavía no (según Rankly)',
  'votes.remindOff': 'Los recordatorios de voto están desactivados.',
  'votes.remindOn':
    'Los recordatorios de voto están activados: te enviaré un MD cuando puedas volver a votar. Asegúrate de aceptar MD de miembros del servidor.',
  'votes.remindOnNext':
    'Los recordatorios de voto están activados: te enviaré un MD cuando puedas volver a votar (próximo: {when}). Asegúrate de aceptar MD de miembros del servidor.',
  'remind.dm':
    '⏰ ¡Ya puedes volver a votar por **{server}** en Rankly! Tu racha es de {streak, plural, one {# voto} other {# votos}}; vota ahora para mantenerla. (Desactívalos con /votes remind off.)',
  'remind.dmNoServer':
    '⏰ ¡Ya puedes volver a votar en Rankly! Tu racha es de {streak, plural, one {# voto} other {# votos}}; vota ahora para mantenerla. (Desactívalos con /votes remind off.)',

  'premium.title': '💎 Premium de {name}',
  'premium.userField': 'Premium de usuario',
  'premium.guildField': 'Este servidor',
  'premium.none': 'Ninguno',
  'premium.status': '{status, select, active {activo} revoked {revocado} other {caducado}}',
  'premium.since': 'Desde {date}',
  'premium.lifetime': 'De por vida',
  'premium.until': 'Hasta {date}',
  'premium.ended': 'Terminó {date}',
  'premium.renews': 'Se renueva automáticamente',
  'premium.giftedBy': 'Regalado por {user}',

  'error.title': 'Mmm…',
  'error.notLoaded': 'Todavía no he cargado este servidor; inténtalo de nuevo en un momento.',
  'error.guildOnly': 'Usa este comando en un servidor.',
  'error.internal': 'Lo siento, algo ha fallado por mi parte (id del error `{errorId}`).',
  'error.startingUp': 'Me estoy iniciando; inténtalo de nuevo en unos segundos.',

  'currency.default': '{n, plural, one {moneda} other {monedas}}',
  'template.thisServer': 'este servidor',

  'setup.language': 'Los MD y los anuncios ahora están en {language}. Vista previa del MD, con tus números:',
  'setup.clear.language':
    'Los MD y los anuncios ahora siguen el idioma del servidor en Discord (Ajustes del servidor → Comunidad → Idioma principal del servidor), ahora {language}.',

  'setup.notSaved': 'No guardado: {problem}',
  'setup.role': 'Los votantes ahora reciben {role} {duration}.',
  'setup.roleForGood': 'para siempre',
  'setup.roleFor': 'durante {duration}',
  'setup.currency':
    'Los votantes ahora reciben {amount, plural, =0 {nada de moneda} other {{amount, number} {currency}}} por voto.',
  'setup.adblocker':
    'Los votos con bloqueador de anuncios ahora obtienen el {percent, number} % de la recompensa.',
  'setup.denials.none': 'Los votos que Rankly no acreditó (ya votó, captcha…) ahora no obtienen nada.',
  'setup.denials.reduced':
    'Los votos que Rankly no acreditó (ya votó, captcha…) ahora obtienen la parte del bloqueador ({percent, number} %).',
  'setup.denials.full':
    'Los votos que Rankly no acreditó (ya votó, captcha…) ahora obtienen la recompensa completa.',
  'setup.premiumRole': 'Los miembros con Rankly Premium ahora reciben {role}.',
  'setup.streak': 'Un voto dentro de {window} desde el anterior ahora continúa una racha; {milestone}.',
  'setup.noMilestone': 'no hay bonificación por hitos',
  'setup.multiplier': 'Los votantes con Rankly Premium ahora reciben {value, number}× la moneda por voto.',
  'setup.cooldown':
    '/votes ahora indica a los miembros que pueden volver a votar {duration} después de su último voto.',
  'setup.dmOn':
    'Los votantes ahora reciben un MD de agradecimiento{custom, select, yes { con tu texto} other {}}. Vista previa, con tus números:',
  'setup.dmOff': 'Los votantes ya no reciben MD.',
  'setup.announce':
    'Los votos ahora se anuncian en {channel}{custom, select, yes { con tu texto} other {}}. Vista previa, con tus números:',
  'setup.logChannel':
    'Los webhooks de prueba de Rankly y los problemas con las recompensas ahora se notifican en {channel}.',
  'setup.clear.role': 'Los votantes ya no reciben un rol.',
  'setup.clear.announce': 'Los votos ya no se anuncian.',
  'setup.clear.logchannel':
    'No hay canal de registro: los webhooks de prueba y los problemas ya no se notifican en Discord.',
  'setup.clear.premiumrole': 'Los miembros con Rankly Premium ya no reciben un rol.',
  'setup.clear.milestone': 'Ya no hay bonificación por hitos.',
  'setup.clear.dmtemplate': 'El MD vuelve al texto predeterminado. Vista previa, con tus números:',
  'setup.clear.announcetemplate':
    'Los anuncios vuelven al texto predeterminado. Vista previa, con tus números:',
  'setup.clear.currency': 'Los votantes ya no reciben moneda.',
  'setup.replayReport':
    'Dadas de nuevo: {given, plural, one {# recompensa} other {# recompensas}}. No dadas: {notGiven, number}.{waiting, plural, =0 {} other { Aún en camino o esperando a que el miembro se una: #.}}',
  'setup.replayFix':
    'Corrige lo indicado y vuelve a ejecutar `/setup replay`; `/setup status` muestra lo que falta.',
  'setup.replayed':
    '{n, plural, =0 {No había nada pendiente de volver a dar.} one {# recompensa se ha devuelto a la cola.} other {# recompensas se han devuelto a la cola.}}',
  'setup.milestone':
    'una bonificación de {bonus} {every, plural, one {por cada voto} other {cada # votos}} seguidos',
  'setup.stepsLeft':
    '{n, plural, =0 {Todo listo: los votos se recompensan.} one {Falta # paso.} other {Faltan # pasos.}}',
  'setup.events.added':
    '{url} ahora recibe los eventos del bot (vote.received, vote.rewarded, premium.changed), firmados según Standard Webhooks. **El secreto de firma solo se muestra ahora:**',
  'setup.events.removed': '{url} ya no recibe eventos.',
  'setup.events.none':
    'Ningún endpoint recibe los eventos de este servidor. Añade uno con `/setup events do: add url: https://…`.',
  'setup.events.line':
    '{url}: {delivered, number} entregados · {pending, number} en camino · {failed, plural, =0 {ninguno fallido} other {# fallidos}}{lastError}',
  'setup.events.replayed':
    '{n, plural, =0 {Ninguna entrega de eventos había fallado.} one {# entrega fallida se envía de nuevo, con el id de su evento.} other {# entregas fallidas se envían de nuevo, con los ids de sus eventos.}}',
  'guided.title': '🧭 Configurar recompensas por votos',
  'guided.intro':
    'Elige abajo: cada opción se comprueba y se guarda al instante, como hacen los comandos `/setup`. Después pulsa **Terminar** para obtener la URL del webhook y el secreto.',
  'guided.rolePlaceholder': 'Rol de recompensa para votantes',
  'guided.durationPlaceholder': 'Cuánto tiempo conservan el rol',
  'guided.forGood': 'Para siempre',
  'guided.keepFor': 'Durante {duration}',
  'guided.durationNoRole': 'Los votantes conservarán el rol de recompensa {duration}: ahora elige el rol.',
  'guided.announcePlaceholder': 'Canal para anunciar los votos',
  'guided.logPlaceholder': 'Canal de registro (entregas de prueba, problemas)',
  'guided.editDm': 'Editar el texto del MD',
  'guided.finish': 'Terminar: URL del webhook y secreto',
  'guided.dmModalTitle': 'MD de agradecimiento a los votantes',
  'guided.dmModalLabel': 'Tu texto (déjalo vacío para el predeterminado)',
  'guided.testWaiting':
    '⬜ Entrega de prueba: después de **Terminar**, pega la URL del webhook y el secreto en Rankly (Server Settings → Vote Webhooks) y pulsa **Test Webhook** en el panel de Rankly. Esta línea cambia cuando llega.',
  'guided.testReceived':
    '✅ Entrega de prueba recibida {when}: Rankly me alcanza con la URL del webhook y el secreto de este servidor. Las entregas de prueba nunca dan recompensas.',
  'guided.finished': 'La URL del webhook y el secreto para Rankly están abajo.',
  'guided.testNext':
    'Pulsa ahora **Test Webhook** en el panel de Rankly: la primera línea de este mensaje cambia cuando llega la entrega de prueba.',
  'rankly.gap':
    'Rankly contó {rankly, plural, one {# voto} other {# votos}} este mes, {stored, plural, =0 {no llegó ninguno} one {llegó #} other {llegaron #}}: comprueba la URL del webhook y que el bot estuviera accesible.',
  'rankly.noGap':
    'Rankly contó {rankly, plural, one {# voto} other {# votos}} este mes; llegaron todos (comprobado {when}).',
  'status.currency': 'Moneda: {amount, number} {currency} por voto',
  'status.activity': 'Último voto recibido: {last} · hoy: {n, plural, one {# voto} other {# votos}}',
  'status.inFlight':
    'En espera: {pending, number} · no dadas: {notGiven, number} · sin más reintentos: {dead, number}',
} as const satisfies Catalogue;
