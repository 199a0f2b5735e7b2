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
    '⏰ ¡Ya puedes volver a votar por **{server}** en Rankly! Tu racha es de {streak, plural, one {# voto} other {# votos}}; vota ahora para mantenerla. (Desactívalos con /votos recordatorio estado: desactivado.)',
  'remind.dmNoServer':
    '⏰ ¡Ya puedes volver a votar en Rankly! Tu racha es de {streak, plural, one {# voto} other {# votos}}; vota ahora para mantenerla. (Desactívalos con /votos recordatorio estado: desactivado.)',

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

  'checklist.webhookDone':
    'Webhook: Rankly envía a `{url}` con {own, select, yes {el secreto propio de este servidor} other {el secreto del bot (pregunta a quien lo opera)}}.',
  'checklist.webhookTodo':
    'Webhook: ejecuta `/configurar webhook` para obtener el secreto de este servidor y pega `{url}` y el secreto en Rankly (Server Settings → Vote Webhooks).',
  'checklist.testDone': 'Entrega de prueba recibida {when}.',
  'checklist.testTodo':
    'Entrega de prueba: pulsa **Test Webhook** en el panel de Rankly; este paso se marca cuando llega.',
  'checklist.rewardDone': 'Recompensa: quienes votan reciben {reward}.',
  'checklist.rewardTodo': 'Recompensa: elige una con `/configurar rol` o `/configurar moneda`.',
  'checklist.roleProblem': 'Rol de recompensa: {problem}',
  'checklist.roleDone': 'Rol de recompensa: {role} se puede dar.',
  'checklist.logDone': 'Canal de registro: {channel}.',
  'checklist.logTodo':
    'Canal de registro: `/configurar canal-registro`, para que pueda avisarte de las entregas de prueba y los problemas.',
  'setup.doneTitle': '✅ Hecho',
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
    '/votos ahora indica a los miembros que pueden volver a votar {duration} después de su último voto.',
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
    'Corrige lo indicado y vuelve a ejecutar `/configurar reintentar`; `/configurar estado` muestra lo que falta.',
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
    'Ningún endpoint recibe los eventos de este servidor. Añade uno con `/configurar eventos acción: añadir un endpoint url: https://…`.',
  'setup.events.line':
    '{url}: {delivered, number} entregados · {pending, number} en camino · {failed, plural, =0 {ninguno fallido} other {# fallidos}}{lastError}',
  'setup.events.replayed':
    '{n, plural, =0 {Ninguna entrega de eventos había fallado.} one {# entrega fallida se envía de nuevo, con el id de su evento.} other {# entregas fallidas se envían de nuevo, con los ids de sus eventos.}}',
  'guided.title': '🧭 Configurar recompensas por votos',
  'guided.intro':
    'Elige abajo: cada opción se comprueba y se guarda al instante, como hacen los comandos `/configurar`. Después pulsa **Terminar** para obtener la URL del webhook y el secreto.',
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
  // Slash commands (commands/localize.ts).
  'command.votes.name': 'votos',
  'command.votes.description': 'Rachas de votos, saldos y la clasificación',
  'command.votes.show.name': 'ver',
  'command.votes.show.description': 'Tus votos (o los de otro miembro): racha, último y próximo voto, saldo',
  'command.votes.show.user.name': 'usuario',
  'command.votes.show.user.description': 'De quién mostrar los votos',
  'command.votes.leaderboard.name': 'clasificación',
  'command.votes.leaderboard.description': 'Los 10 que más votan en este servidor, y tu puesto',
  'command.votes.leaderboard.period.name': 'periodo',
  'command.votes.leaderboard.period.description': 'Qué votos cuentan (predeterminado: este mes)',
  'command.votes.leaderboard.period.choice.week': 'Esta semana (UTC, desde el lunes)',
  'command.votes.leaderboard.period.choice.month': 'Este mes (UTC)',
  'command.votes.leaderboard.period.choice.all': 'Desde siempre',
  'command.votes.remind.name': 'recordatorio',
  'command.votes.remind.description': 'Un MD cuando puedas volver a votar',
  'command.votes.remind.state.name': 'estado',
  'command.votes.remind.state.description': 'Activado o desactivado',
  'command.votes.remind.state.choice.on': 'activado',
  'command.votes.remind.state.choice.off': 'desactivado',
  'command.votes.stats.name': 'estadísticas',
  'command.votes.stats.description':
    'Tendencias de votos del servidor: un gráfico de votos por día y patrones de voto',
  'command.votes.stats.period.name': 'periodo',
  'command.votes.stats.period.description': 'Qué días (predeterminado: los últimos 30)',
  'command.votes.stats.period.choice.7d': 'Últimos 7 días',
  'command.votes.stats.period.choice.30d': 'Últimos 30 días',
  'command.votes.stats.period.choice.90d': 'Últimos 90 días',
  'command.votes.stats.period.choice.all': 'Desde siempre',
  'command.votes.stats.private.name': 'privado',
  'command.votes.stats.private.description': 'Solo tú ves la respuesta (predeterminado: todo el canal)',
  'command.premium.name': 'premium',
  'command.premium.description': 'Tu premium (o el de otro miembro) y el de este servidor',
  'command.premium.user.name': 'usuario',
  'command.premium.user.description': 'De quién mostrar el premium',
  'command.setup.name': 'configurar',
  'command.setup.description': 'Configura las recompensas por votos de este servidor',
  'command.setup.start.name': 'empezar',
  'command.setup.start.description':
    'Configuración guiada: todas las opciones en un mensaje y después el webhook para Rankly',
  'command.setup.role.name': 'rol',
  'command.setup.role.description': 'Rol de recompensa para quienes votan, opcionalmente por tiempo limitado',
  'command.setup.role.role.name': 'rol',
  'command.setup.role.role.description': 'El rol',
  'command.setup.role.duration.name': 'duración',
  'command.setup.role.duration.description':
    'Cuánto tiempo lo conservan, p. ej. 12h, 1d (de 1 minuto a 365 días; predeterminado: siempre)',
  'command.setup.currency.name': 'moneda',
  'command.setup.currency.description': 'Moneda por voto',
  'command.setup.currency.amount.name': 'cantidad',
  'command.setup.currency.amount.description': 'Cantidad por voto',
  'command.setup.currency.name.name': 'nombre',
  'command.setup.currency.name.description':
    'Nombre de la moneda, p. ej. monedas (o moneda/monedas para singular y plural)',
  'command.setup.adblocker.name': 'bloqueador',
  'command.setup.adblocker.description': 'Parte de la recompensa para votos con bloqueador de anuncios',
  'command.setup.adblocker.percent.name': 'porcentaje',
  'command.setup.adblocker.percent.description': 'De 0 a 100 (predeterminado 50)',
  'command.setup.denials.name': 'rechazos',
  'command.setup.denials.description': 'Qué obtienen los votos que Rankly no acreditó (ya votó, captcha…)',
  'command.setup.denials.policy.name': 'regla',
  'command.setup.denials.policy.description': 'Recompensa para esos votos',
  'command.setup.denials.policy.choice.none': 'Nada (predeterminado)',
  'command.setup.denials.policy.choice.reduced': 'La parte del bloqueador',
  'command.setup.denials.policy.choice.full': 'La recompensa completa',
  'command.setup.premiumrole.name': 'rol-premium',
  'command.setup.premiumrole.description': 'Rol para miembros con Rankly Premium',
  'command.setup.premiumrole.role.name': 'rol',
  'command.setup.premiumrole.role.description': 'El rol',
  'command.setup.streak.name': 'racha',
  'command.setup.streak.description': 'Ventana de racha y bonificación por hitos',
  'command.setup.streak.window_hours.name': 'ventana_horas',
  'command.setup.streak.window_hours.description': 'Un voto dentro de estas horas continúa la racha (36)',
  'command.setup.streak.milestone_every.name': 'hito_cada',
  'command.setup.streak.milestone_every.description': 'Bonificación cada N votos seguidos',
  'command.setup.streak.milestone_bonus.name': 'hito_bonificación',
  'command.setup.streak.milestone_bonus.description': 'Moneda de bonificación',
  'command.setup.multiplier.name': 'multiplicador',
  'command.setup.multiplier.description': 'Multiplicador de moneda para quienes votan con premium',
  'command.setup.multiplier.value.name': 'valor',
  'command.setup.multiplier.value.description': 'p. ej. 2 la duplica (predeterminado 1)',
  'command.setup.cooldown.name': 'espera',
  'command.setup.cooldown.description': 'Horas entre dos votos, mostradas en /votos (12)',
  'command.setup.cooldown.hours.name': 'horas',
  'command.setup.cooldown.hours.description': 'Horas',
  'command.setup.dm.name': 'md',
  'command.setup.dm.description': 'MD de agradecimiento a quienes votan',
  'command.setup.dm.enabled.name': 'activado',
  'command.setup.dm.enabled.description': 'Enviarlo',
  'command.setup.dm.template.name': 'plantilla',
  'command.setup.dm.template.description': 'Tu propio texto. Marcadores: {placeholders}',
  'command.setup.announce.name': 'anunciar',
  'command.setup.announce.description': 'Anunciar los votos en un canal',
  'command.setup.announce.channel.name': 'canal',
  'command.setup.announce.channel.description': 'Dónde',
  'command.setup.announce.template.name': 'plantilla',
  'command.setup.announce.template.description': 'Tu propio texto. Marcadores: {placeholders}',
  'command.setup.logchannel.name': 'canal-registro',
  'command.setup.logchannel.description': 'Canal para webhooks de prueba y problemas',
  'command.setup.logchannel.channel.name': 'canal',
  'command.setup.logchannel.channel.description': 'Dónde',
  'command.setup.language.name': 'idioma',
  'command.setup.language.description':
    'Idioma de los MD y anuncios (predeterminado: el idioma del servidor en Discord)',
  'command.setup.language.language.name': 'idioma',
  'command.setup.language.language.description': 'Qué idioma',
  'command.setup.language.language.choice.server': 'El idioma del servidor en Discord',
  'command.setup.clear.name': 'restablecer',
  'command.setup.clear.description': 'Desactiva un ajuste o lo devuelve a su valor predeterminado',
  'command.setup.clear.setting.name': 'ajuste',
  'command.setup.clear.setting.description': 'Cuál',
  'command.setup.clear.setting.choice.role': 'rol',
  'command.setup.clear.setting.choice.announce': 'anuncios',
  'command.setup.clear.setting.choice.logchannel': 'canal de registro',
  'command.setup.clear.setting.choice.premiumrole': 'rol premium',
  'command.setup.clear.setting.choice.milestone': 'bonificación por hitos',
  'command.setup.clear.setting.choice.dmtemplate': 'texto del MD',
  'command.setup.clear.setting.choice.announcetemplate': 'texto de los anuncios',
  'command.setup.clear.setting.choice.currency': 'moneda',
  'command.setup.clear.setting.choice.language': 'idioma',
  'command.setup.webhook.name': 'webhook',
  'command.setup.webhook.description': 'La URL del webhook y el secreto de este servidor para Rankly',
  'command.setup.webhook.rotate.name': 'renovar',
  'command.setup.webhook.rotate.description':
    'Crear un secreto nuevo (el anterior sigue valiendo durante un periodo de gracia)',
  'command.setup.status.name': 'estado',
  'command.setup.status.description': 'Configuración, permisos y actividad reciente',
  'command.setup.replay.name': 'reintentar',
  'command.setup.replay.description':
    'Volver a dar las recompensas que no se dieron (tras corregir la causa)',
  'command.setup.export.name': 'exportar',
  'command.setup.export.description': 'Los votos (o compras de la tienda) de este servidor en un archivo CSV',
  'command.setup.export.period.name': 'periodo',
  'command.setup.export.period.description': 'Qué días (predeterminado: desde siempre)',
  'command.setup.export.period.choice.7d': 'Últimos 7 días',
  'command.setup.export.period.choice.30d': 'Últimos 30 días',
  'command.setup.export.period.choice.90d': 'Últimos 90 días',
  'command.setup.export.period.choice.all': 'Desde siempre',
  'command.setup.events.name': 'eventos',
  'command.setup.events.description':
    'Enviar los eventos del servidor (votos, recompensas, premium) a tus endpoints HTTPS',
  'command.setup.events.do.name': 'acción',
  'command.setup.events.do.description': 'Qué hacer',
  'command.setup.events.do.choice.add': 'añadir un endpoint (o crearle un secreto nuevo)',
  'command.setup.events.do.choice.remove': 'quitar un endpoint',
  'command.setup.events.do.choice.list': 'listar endpoints y entregas',
  'command.setup.events.do.choice.replay': 'reenviar las entregas fallidas',
  'command.setup.events.url.name': 'url',
  'command.setup.events.url.description': 'El endpoint, https://…',
  'command.setup.economy.name': 'economía',
  'command.setup.economy.description':
    'Pagar la moneda de los votos en UnbelievaBoat en lugar del saldo integrado (o además)',
  'command.setup.economy.provider.name': 'proveedor',
  'command.setup.economy.provider.description': 'Adónde va la moneda de los votos',
  'command.setup.economy.provider.choice.unbelievaboat': 'UnbelievaBoat',
  'command.setup.economy.provider.choice.off': 'desactivado (solo el saldo integrado)',
  'command.setup.economy.token.name': 'token',
  'command.setup.economy.token.description':
    'El token de API de tu aplicación de UnbelievaBoat (https://unbelievaboat.com/applications)',
  'command.setup.economy.balance.name': 'saldo',
  'command.setup.economy.balance.description':
    'Qué saldo de UnbelievaBoat se paga (predeterminado: efectivo)',
  'command.setup.economy.balance.choice.cash': 'efectivo',
  'command.setup.economy.balance.choice.bank': 'banco',
  'command.setup.economy.mode.name': 'modo',
  'command.setup.economy.mode.description': 'En lugar del saldo integrado (predeterminado) o además',
  'command.setup.economy.mode.choice.instead': 'en lugar del saldo integrado',
  'command.setup.economy.mode.choice.also': 'además del saldo integrado',

  // Loyalty: vote tiers, monthly champions, streak protection.
  'tier.counter': '{counts, select, total {en total} streak {seguidos} other {en un mes natural}}',
  'tier.added':
    'Los miembros con {votes, plural, one {# voto} other {# votos}} {counter} ahora reciben {role}.',
  'tier.removed':
    '{role} ya no es un nivel: los miembros que lo tienen lo conservan, y el bot ya no lo cambia.',
  'tier.notATier': '{role} no es un nivel. `/configurar nivel lista` los muestra.',
  'tier.line': '{role}: {votes, plural, one {# voto} other {# votos}} {counter}',
  'tier.none': 'Este servidor no tiene niveles de votos. Añade uno con `/configurar nivel añadir`.',
  'tier.mode.stack': 'Los miembros ahora conservan cada rol de nivel que alcanzan.',
  'tier.mode.replace':
    'Los miembros ahora tienen solo el nivel más alto que alcanzan en cada cuenta (en total, seguidos, en un mes): se quitan los roles de niveles inferiores.',
  'votes.tier': '{role} ({votes, plural, one {# voto} other {# votos}} {counter})',
  'votes.noTier': 'ninguno todavía',
  'votes.nextTier': '{role} en {n, plural, one {# voto más} other {# votos más}} {counter}',
  'votes.topTier': 'el nivel más alto {counter}',
  'votes.protectionAvailable': 'lista: una ventana perdida este mes mantiene la racha',
  'votes.protectionUsed': 'usada {when}; lista de nuevo el día 1',
  'setup.champions':
    '{count, plural, one {El mejor votante} other {Los # mejores votantes}} de cada mes natural (UTC) ahora reciben {role} el día 1{channel, select, none {} other {, anunciado en {channel}}}. Los primeros campeones son los de este mes.',
  'setup.clear.champions': 'Ya no hay campeones del mes; los de este mes conservan su rol.',
  'setup.protectionOn':
    'La protección de racha está activada: una vez al mes, una ventana perdida no termina una racha.',
  'setup.protectionOff': 'La protección de racha está desactivada: una ventana perdida termina una racha.',
  'setup.clear.protection': 'La protección de racha está desactivada: una ventana perdida termina una racha.',
  'champions.announce':
    '🏆 Los mejores votantes de {month}: ¡{names}!{role, select, none {} other { Tienen {role} este mes.}}',
  'champions.name': '{user} ({n, plural, one {# voto} other {# votos}})',
  'status.tiers':
    '{n, plural, =0 {Niveles: ninguno} other {Niveles ({mode, select, stack {acumulados} other {el más alto reemplaza a los inferiores}}):}}',
  'status.champions':
    'Campeones del mes: {role, select, none {desactivado} other {los {count, number} mejores reciben {role}{last, select, none {} other { · últimos coronados: {last}}}}}',
  'setup.replayLoyalty':
    '{n, plural, one {Se volvió a enviar # cambio de rol de nivel o de campeón} other {Se volvieron a enviar # cambios de rol de nivel o de campeón}}.',
  'status.protection':
    'Protección de racha: {on, select, yes {activada (una ventana perdida al mes)} other {desactivada}}',

  // The reward shop.
  'shop.price': '{amount, number} {currency}',
  'shop.balance': 'Tu saldo: {balance}',
  'shop.empty': 'La tienda está vacía. Los admins añaden artículos con `/configurar tienda añadir`.',
  'shop.itemRole': '{role}',
  'shop.itemRoleFor': '{role} durante {duration}',
  'shop.itemCustom': 'lo entrega el equipo',
  'shop.itemLeft': '{left, plural, =0 {agotado} one {queda #} other {quedan #}}',
  'shop.itemLimit': 'como máximo {limit, number} por miembro',
  'shop.buyHint': 'Pulsa un botón para comprar, o usa `/tienda comprar artículo:` con su nombre.',
  'shop.bought.role': 'Compraste **{item}** por {price}: {role} es tuyo{until}.',
  'shop.bought.until': ' hasta {when}',
  'shop.bought.notice': 'Compraste **{item}** por {price}. Se avisó al equipo y te lo entregará.',
  'shop.onItsWay': 'Compraste **{item}** por {price}. Discord va lento ahora mismo: llegará en breve.',
  'shop.refunded': 'No pude darte **{item}**: {why} Te devolví tus {price}.',
  'shop.duplicate': 'Ese botón ya compró **{item}**: no se cobró nada más.',
  'shop.refused.balance': '**{item}** cuesta {price}; tienes {balance}. ¡Vota para ganar más!',
  'shop.refused.soldOut': '**{item}** está agotado.',
  'shop.refused.limit':
    'Cada miembro puede tener como máximo {limit, plural, one {#} other {#}} de **{item}**, y tú ya los tienes. No se cobró nada.',
  'shop.refused.noItem':
    'No hay ningún artículo llamado «{item}» a la venta. `/tienda artículos` los muestra.',
  'shop.refused.economy':
    'La tienda está cerrada aquí: este servidor paga la moneda de los votos en UnbelievaBoat en lugar del saldo integrado, y la tienda solo vende por el saldo integrado. Un admin puede elegir el modo «además del saldo integrado» en `/configurar economía` para abrirla.',
  'shop.refused.noLogChannel':
    'Los artículos personalizados se anuncian al equipo en el canal de registro, y este servidor no tiene ninguno, así que **{item}** no se puede comprar ahora. No se cobró nada.',
  'shop.refused.role': '**{item}** no se puede comprar ahora: {problem} No se cobró nada.',
  'shop.refund.missingPermissions':
    'Discord no me dejó dar {role} (faltan permisos: mi rol debe estar por encima, con Gestionar roles). Se avisó a los admins.',
  'shop.refund.notMember': 'no eres miembro de este servidor.',
  'shop.refund.failed': 'Discord lo rechazó ({detail}).',
  'shop.notice': '🛒 {user} compró **{item}** (compra n.º {id}): equipo, por favor entréguenlo.',
  'shop.historyLine': '{when} **{item}** por {price}{refunded, select, yes { (reembolsado)} other {}}',
  'shop.exported':
    '{n, plural, =0 {Ninguna compra} one {# compra} other {# compras}} {period}, las más antiguas primero, con entregas y reembolsos (horas en UTC).',
  'shop.historyEmpty': 'Todavía no has comprado nada aquí.',
  'setup.shop.added': '**{name}** ya está a la venta por {price}: {what}{extra}.',
  'setup.shop.removed':
    '**{name}** ya no está a la venta. {sold, plural, =0 {Nadie lo compró.} one {Su # compra queda en el historial.} other {Sus # compras quedan en el historial.}}',
  'setup.shop.line':
    '**{name}**: {price} · {what} · {sold, plural, one {# vendido} other {# vendidos}}{extra}',
  'setup.shop.none': 'No hay nada a la venta. Añade un artículo con `/configurar tienda añadir`.',
  'status.shop':
    '{items, plural, =0 {Ningún artículo a la venta} one {# artículo a la venta} other {# artículos a la venta}} · {sold, plural, one {# compra} other {# compras}} · {refunded, plural, =0 {ninguna reembolsada} one {# reembolsada} other {# reembolsadas}}',

  // The community goal.
  'goal.reached':
    '🎉 ¡Meta de la comunidad alcanzada: {votes, plural, one {# voto} other {# votos}} {period, select, week {esta semana} other {este mes}}! Todos los que votaron {period, select, week {esta semana} other {este mes}} reciben {reward}.',
  'goal.progress':
    '{bar}\n{votes, number} / {target, plural, one {# voto} other {# votos}} {period, select, week {esta semana} other {este mes}}{reached, select, yes {: ¡alcanzada! 🎉} other {}} · recompensa: {reward}',
  'goal.none': 'No hay meta de la comunidad. Los admins fijan una con `/configurar meta`.',
  'setup.goal.saved':
    'La meta de la comunidad es ahora {votes, plural, one {# voto} other {# votos}} cada {period, select, week {semana} other {mes}} (UTC); cuando se alcance, todos los que votaron en {period, select, week {esa semana} other {ese mes}} reciben {reward}.',
  'setup.goal.cleared': 'Ya no hay meta de la comunidad.',
  'status.goal':
    '{votes, number} / {target, plural, one {# voto} other {# votos}} {period, select, week {esta semana} other {este mes}}{reached, select, yes {, alcanzada} other {}} · recompensa: {reward}',

  // Slash commands of the loyalty, shop and goal features.
  'command.setup.streak.protection.name': 'protección',
  'command.setup.streak.protection.description':
    'Mantener una racha pese a una ventana perdida al mes (por defecto: no)',
  'command.setup.clear.setting.choice.champions': 'campeones del mes',
  'command.setup.clear.setting.choice.protection': 'protección de racha',
  'command.setup.export.data.name': 'datos',
  'command.setup.export.data.description': 'Qué exportar (por defecto: votos)',
  'command.setup.export.data.choice.votes': 'votos',
  'command.setup.export.data.choice.purchases': 'compras y reembolsos de la tienda',
  'command.setup.champions.name': 'campeones',
  'command.setup.champions.description':
    'Un rol para los mejores votantes de cada mes natural (UTC), cambiado el día 1',
  'command.setup.champions.role.name': 'rol',
  'command.setup.champions.role.description': 'El rol de los campeones',
  'command.setup.champions.count.name': 'cantidad',
  'command.setup.champions.count.description': 'Cuántos mejores votantes (por defecto 3)',
  'command.setup.goal.name': 'meta',
  'command.setup.goal.description':
    'Una meta de votos de todo el servidor por semana o mes, con recompensa para quien votó',
  'command.setup.goal.votes.name': 'votos',
  'command.setup.goal.votes.description':
    'Votos que todo el servidor debe alcanzar en el periodo (0: sin meta)',
  'command.setup.goal.period.name': 'periodo',
  'command.setup.goal.period.description': 'Semana o mes natural, UTC (por defecto: mes)',
  'command.setup.goal.period.choice.week': 'semana',
  'command.setup.goal.period.choice.month': 'mes',
  'command.setup.goal.role.name': 'rol',
  'command.setup.goal.role.description': 'Recompensa: un rol para todos los que votaron en el periodo',
  'command.setup.goal.duration.name': 'duración',
  'command.setup.goal.duration.description':
    'Cuánto tiempo conservan el rol, p. ej. 7d (por defecto: 7 días)',
  'command.setup.goal.coins.name': 'monedas',
  'command.setup.goal.coins.description':
    'Recompensa: un bono de monedas para todos los que votaron en el periodo',
  'command.setup.tier.name': 'nivel',
  'command.setup.tier.description':
    'Niveles de votos: roles para los miembros que alcanzan un número de votos',
  'command.setup.tier.add.name': 'añadir',
  'command.setup.tier.add.description': 'Un rol para los miembros que alcanzan un número de votos',
  'command.setup.tier.add.votes.name': 'votos',
  'command.setup.tier.add.votes.description': 'Votos a alcanzar',
  'command.setup.tier.add.role.name': 'rol',
  'command.setup.tier.add.role.description': 'El rol que reciben los miembros',
  'command.setup.tier.add.counts.name': 'cuenta',
  'command.setup.tier.add.counts.description': 'Qué votos cuentan (por defecto: todos)',
  'command.setup.tier.add.counts.choice.total': 'todos los votos (por defecto)',
  'command.setup.tier.add.counts.choice.streak': 'votos seguidos (la racha actual)',
  'command.setup.tier.add.counts.choice.month': 'votos de este mes natural (UTC)',
  'command.setup.tier.remove.name': 'quitar',
  'command.setup.tier.remove.description': 'Dejar de dar un rol de nivel (quien lo tiene lo conserva)',
  'command.setup.tier.remove.role.name': 'rol',
  'command.setup.tier.remove.role.description': 'El rol de nivel',
  'command.setup.tier.list.name': 'lista',
  'command.setup.tier.list.description': 'Los niveles de votos de este servidor',
  'command.setup.tier.mode.name': 'modo',
  'command.setup.tier.mode.description':
    'Conservar cada rol de nivel alcanzado (acumular) o solo el más alto (reemplazar, por defecto)',
  'command.setup.tier.mode.mode.name': 'modo',
  'command.setup.tier.mode.mode.description': 'Acumular o reemplazar',
  'command.setup.tier.mode.mode.choice.replace': 'reemplazar: solo el nivel más alto alcanzado (por defecto)',
  'command.setup.tier.mode.mode.choice.stack': 'acumular: cada nivel alcanzado',
  'command.setup.shop.name': 'tienda',
  'command.setup.shop.description':
    'La tienda de recompensas: artículos que los miembros compran con la moneda de los votos',
  'command.setup.shop.add.name': 'añadir',
  'command.setup.shop.add.description':
    'Poner un artículo a la venta: un rol (para siempre o temporal) o un artículo que entrega el equipo',
  'command.setup.shop.add.name.name': 'nombre',
  'command.setup.shop.add.name.description': 'Lo que ven los miembros',
  'command.setup.shop.add.price.name': 'precio',
  'command.setup.shop.add.price.description': 'En moneda de los votos',
  'command.setup.shop.add.role.name': 'rol',
  'command.setup.shop.add.role.description':
    'El rol que da (ninguno: artículo personalizado, lo entrega el equipo)',
  'command.setup.shop.add.duration.name': 'duración',
  'command.setup.shop.add.duration.description':
    'Cuánto tiempo se conserva el rol, p. ej. 7d (por defecto: para siempre)',
  'command.setup.shop.add.stock.name': 'existencias',
  'command.setup.shop.add.stock.description': 'Cuántos se pueden vender en total (por defecto: sin límite)',
  'command.setup.shop.add.limit.name': 'límite',
  'command.setup.shop.add.limit.description': 'Cuántos puede tener un miembro (por defecto: sin límite)',
  'command.setup.shop.remove.name': 'quitar',
  'command.setup.shop.remove.description':
    'Retirar un artículo de la venta (sus compras quedan en el historial)',
  'command.setup.shop.remove.name.name': 'nombre',
  'command.setup.shop.remove.name.description': 'El nombre del artículo',
  'command.setup.shop.list.name': 'lista',
  'command.setup.shop.list.description': 'Los artículos a la venta, con lo vendido',
  'command.shop.name': 'tienda',
  'command.shop.description': 'Gasta la moneda de tus votos',
  'command.shop.items.name': 'artículos',
  'command.shop.items.description': 'Lo que está a la venta, tu saldo y botones para comprar',
  'command.shop.buy.name': 'comprar',
  'command.shop.buy.description': 'Comprar un artículo',
  'command.shop.buy.item.name': 'artículo',
  'command.shop.buy.item.description': 'El nombre del artículo',
  'command.shop.history.name': 'historial',
  'command.shop.history.description': 'Lo que compraste aquí',

  // Who may change what (src/discord/permissions.ts): the refusals of the admin, role and
  // channel rules, by reason code, and the permissions they name (as Discord names them).
  'rule.admin.manageServer':
    'Necesitas el permiso **Gestionar servidor** para cambiar las recompensas por votar. Pídeselo a un admin del servidor.',
  'rule.admin.manageRoles':
    'Elegir un rol de recompensa necesita el permiso **Gestionar roles** además de Gestionar servidor. Pídeselo a un admin del servidor que tenga ambos.',
  'rule.role.gone': 'Ese rol ya no existe. Elige otro.',
  'rule.role.everyone': '@everyone no se puede dar como recompensa. Elige otro rol.',
  'rule.role.managed':
    '{role} lo gestiona una integración (el rol propio de un bot o el rol de booster) y no se puede dar. Elige otro rol.',
  'rule.role.dangerous':
    '{role} tiene {count, plural, one {el permiso} other {los permisos}} {permissions}: una recompensa por votar no debe dar a nadie poderes de moderación. {count, plural, one {Quítalo} other {Quítalos}} del rol en Ajustes del servidor → Roles, o elige un rol sin {count, plural, one {él} other {ellos}}.',
  'rule.role.aboveInvoker':
    '{role} no está por debajo de tu rol más alto {highest}: solo puedes elegir un rol por debajo del tuyo. Pídeselo a alguien con un rol más alto, o al dueño del servidor.',
  'rule.botUnknown':
    '{bot, select, me {Todavía no veo mi} other {{bot} todavía no ve su}} propia membresía en este servidor; inténtalo de nuevo en un momento.',
  'rule.role.botNeedsManageRoles':
    '{bot, select, me {Necesito} other {{bot} necesita}} el permiso {permissions}: Ajustes del servidor → Roles → {bot, select, me {mi rol} other {el rol de {bot}}} → activa {permissions}.',
  'rule.role.aboveBot':
    '{role} está por encima de (o igual a) {bot, select, me {mi rol más alto} other {el rol más alto de {bot}}} {highest}. Arrastra {bot, select, me {mi rol} other {el rol de {bot}}} por encima en Ajustes del servidor → Roles.',
  'rule.channel.unseen': 'No veo {channel}. Elige un canal de texto de este servidor.',
  'rule.channel.invoker':
    'No puedes {see, select, yes {ver ni publicar en} other {publicar en}} {channel} (sin {permissions}): elige un canal en el que puedas publicar.',
  'rule.channel.bot':
    'No puedo publicar en {channel}: necesito {permissions} allí. Permíteselos a mi rol en los ajustes del canal (Editar canal → Permisos) y vuelve a ejecutar esto.',
  'permission.administrator': 'Administrador',
  'permission.manageGuild': 'Gestionar servidor',
  'permission.manageRoles': 'Gestionar roles',
  'permission.manageChannels': 'Gestionar canales',
  'permission.manageWebhooks': 'Gestionar webhooks',
  'permission.manageMessages': 'Gestionar mensajes',
  'permission.banMembers': 'Banear miembros',
  'permission.kickMembers': 'Expulsar miembros',
  'permission.moderateMembers': 'Aislar temporalmente a miembros',
  'permission.mentionEveryone': 'Mencionar @everyone, @here y todos los roles',
  'permission.viewChannel': 'Ver canal',
  'permission.sendMessages': 'Enviar mensajes',
  'permission.embedLinks': 'Insertar enlaces',
  'permission.attachFiles': 'Adjuntar archivos',

  // /setup status, in the admin's language (commands/setup/status.ts).
  'status.title': '⚙️ Recompensas por votar: estado',
  'status.field.rewards': 'Recompensas',
  'status.field.economy': 'Economía',
  'status.field.loyalty': 'Fidelidad',
  'status.field.goal': 'Meta comunitaria',
  'status.field.shop': 'Tienda',
  'status.field.premium': 'Premium',
  'status.field.webhook': 'Webhook',
  'status.field.inFlight': 'Recompensas en curso',
  'status.notSet': 'sin definir',
  'status.canBeGiven': 'se puede dar',
  'status.role': 'Rol: {role}{duration, select, none {} other { durante {duration}}}',
  'status.adBlocker':
    'Bloqueador de anuncios: {percent, number} % · otros rechazos: {denials, select, none {nada} reduced {reducida} other {completa}}',
  'status.dm':
    'MD: {on, select, yes {activado} other {desactivado}}{own, select, yes { (texto propio)} other {}}',
  'status.announce':
    'Anuncios: {channel, select, none {desactivados} other {{channel}}}{own, select, yes { (texto propio)} other {}}',
  'status.streak':
    'Ventana de racha: {hours, number} h{every, plural, =0 {} other { · bonificación de {bonus, number} cada # seguidos}}',
  'status.premium': 'Rol: {role} · multiplicador de voto ×{multiplier, number}',
  'status.ownSecret':
    'Secreto propio: {own, select, yes {sí} other {no (se aplica el del bot)}}{previous, select, none {} other { · el anterior sigue funcionando hasta {previous}}}',
  'status.never': 'nunca',
  'status.logChannel': 'Canal de registro: {channel, select, none {sin definir} other {{channel}}}',
  'status.replayHint': 'Corrige la causa y luego `/configurar reintentar`.',
  'status.economy.where': 'Moneda de votos: {where}',
  'status.economy.builtIn': 'el saldo integrado',
  'status.economy.unbelievaboat':
    'UnbelievaBoat {balance}, {mode, select, also {además del} other {en lugar del}} saldo integrado{key, select, yes {} other { · ❌ ENCRYPTION_KEY no está definido en el bot: no se puede pagar nada}}',
  'status.economy.payments':
    'Pagos de UnbelievaBoat: {paid, number} pagados · {pending, number} pendientes · no dados: {notGiven, number} ({unknown, number} con resultado desconocido, nunca repetidos)',
  'status.economy.lastProblem': 'Último problema: {problem}',
  'status.shopClosed':
    '❌ Cerrada: UnbelievaBoat sustituye el saldo integrado con el que vende la tienda (README «Shop»).',
  'status.shopRole': '❌ {role} a la venta: {problem}',

  // /setup webhook (and the guided setup's Finish), /setup events, /setup economy, /setup export, /setup replay.
  'webhook.title': '🔗 Webhook de Rankly',
  'webhook.urlField': 'URL del webhook',
  'webhook.noteField': 'Nota',
  'webhook.noPublicUrl': 'El bot no conoce su dirección pública: pide a su operador que defina PUBLIC_URL.',
  'webhook.hasSecret':
    'Este servidor ya tiene un secreto. Solo se guarda como hash, así que no se puede mostrar de nuevo; usa `/configurar webhook renovar: True` para crear uno nuevo.',
  'webhook.pasteThese':
    'Pega esto en Rankly: Ajustes del servidor → Vote Webhooks. **El secreto solo se muestra ahora.**',
  'webhook.previousUntil':
    'El secreto anterior sigue funcionando hasta {until} ({relative}), para que no se pierdan votos mientras actualizas Rankly.',
  'webhook.previousGone': 'El secreto anterior ya no funciona.',
  'webhook.firstSecret':
    'A partir de ahora los votos de este servidor necesitan este secreto; el del bot ya no se aplica aquí.',
  'webhook.notStored':
    'El nuevo secreto no se pudo guardar, así que no funciona; el anterior sigue funcionando. Vuelve a ejecutar `/configurar webhook renovar: True`.',
  'events.title': '📡 Eventos salientes',
  'events.secretField': 'Secreto de firma',
  'events.needUrl': 'Indica el endpoint: `url: https://…`.',
  'events.notOurs':
    '{url} no es uno de los endpoints de este servidor (`/configurar eventos acción: listar endpoints y entregas`).',
  'events.lastProblem': ' (último problema: {problem})',
  'events.max': 'Como máximo {n, number} endpoints.',
  'economy.off':
    'UnbelievaBoat está desactivado: su token se ha borrado y la moneda de votos va al saldo integrado.',
  'economy.wasOff': 'No había ninguna economía configurada: la moneda de votos va al saldo integrado.',
  'economy.noKey':
    'Los pagos de UnbelievaBoat están desactivados en este bot: su token se guardaría cifrado y el bot no tiene clave para ello. El operador del bot debe definir `ENCRYPTION_KEY` (32 bytes aleatorios, p. ej. `openssl rand -base64 32`) y reiniciarlo. No se ha guardado nada.',
  'economy.needToken': 'Indica el token de tu aplicación de UnbelievaBoat: `token:` (de {url}).',
  'economy.notSavedTitle': '❌ No guardado',
  'economy.saved':
    'La moneda de votos y las bonificaciones de racha se pagan ahora en el **{balance}** de UnbelievaBoat de cada votante, {mode, select, also {además del saldo integrado} other {en lugar del saldo integrado}}. El token se guarda cifrado y no se volverá a mostrar. Los pagos aparecen en `/configurar estado`.',
  'economy.refused401':
    'UnbelievaBoat rechazó este token (401): cópialo de nuevo de {url}. No se ha guardado nada.',
  'economy.refused403':
    'El token es válido, pero su aplicación no está autorizada para este servidor (403). En {url} abre la aplicación, usa su enlace **Authorize**, elige este servidor y vuelve a ejecutar esto. No se ha guardado nada.',
  'economy.checkFailed':
    'No se pudo comprobar el token con UnbelievaBoat ({detail}). No se ha guardado nada: inténtalo más tarde.',
  'export.tooLarge':
    'La exportación {period} es más grande de lo que Discord me deja adjuntar ({mb, number} MB). Elige un periodo más corto, o pide al operador del bot `npm run cli -- export votes --guild {guildId}`.',
  'export.noVotes': 'Ningún voto {period}: el archivo solo tiene la cabecera.',
  'setup.giveAnOption': 'Indica al menos una de las opciones.',
  'setup.unknownSetting': 'Ajuste desconocido.',
  'setup.replayNotAllTitle': '⚠️ No se dio todo',

  // Labels of /votes show, /shop, /setup tier list and /setup shop (loyalty, shop, goal).
  'votes.field.tier': 'Nivel',
  'votes.field.nextTier': 'Siguiente nivel',
  'votes.field.protection': 'Protección de racha',
  'votes.protectionThisMonth': 'este mes',
  'goal.field': '🎯 Meta comunitaria',
  'shop.title': '🛒 Tienda de {server}',
  'shop.historyTitle': '🧾 Tus compras',
  'tier.listTitle': '🏅 Niveles de voto',
  'tier.modeField': 'Modo',
  'setup.shop.durationNeedsRole': 'Una duración necesita un rol: un artículo personalizado no tiene.',
  'setup.shop.listTitle': '🛒 Artículos de la tienda',
  'setup.shop.noLogChannel':
    '⚠️ Los artículos personalizados se anuncian al equipo en el canal de registro: define uno con `/configurar canal-registro`, o nadie podrá comprarlo.',

  // The log channel's alerts and the worker's notes there, in the guild's language (src/jobs/guild-alerts.ts).
  'alert.rewards':
    '⚠️ Recompensas por votar: {problem} Las recompensas que no se dieron se conservan; cuando esté arreglado, ejecuta `/configurar reintentar` para darlas.',
  'alert.missingRole':
    'Me faltan permisos para dar el rol de recompensa {role}. Dale al bot el permiso **{manageRoles}** y arrastra su propio rol por encima de {role} en Ajustes del servidor → Roles.',
  'alert.missingChannel':
    'Me faltan permisos para publicar en {channel}. Permite al bot **{viewChannel}** y **{sendMessages}** allí.',
  'alert.refusedRole': 'No di un rol de recompensa. {problem}',
  'alert.economyRefused': 'No pude pagar la moneda de votos en UnbelievaBoat: {detail}.',
  'alert.economyUnknown':
    '⚠️ Recompensas por votar: el pago de {amount} al {balance} de UnbelievaBoat de {user} no recibió respuesta. Puede que haya llegado o no, y no se vuelve a enviar (un segundo intento podría pagar dos veces): comprueba su saldo en UnbelievaBoat.',
  'alert.testDelivery':
    '✅ Webhook de prueba de Rankly recibido (usuario {user}, {votedAt}). La URL y el secreto del webhook funcionan; las entregas de prueba nunca dan recompensas.',

  // Premium DMs (src/jobs/premium-entitlement.ts, premium.ts): a server's plan in its language.
  'premium.dm.gifted': '💝 ¡Gracias por regalar **{tier}** a {user}!',
  'premium.dm.server': '💎 ¡Gracias por tu compra! Tu servidor ya tiene **{tier}**.',
  'premium.dm.user': '💎 ¡Gracias por tu compra! **{tier}** ya está activo en tu cuenta.',
  'premium.dm.gift':
    '🎁 ¡{giver, select, none {Alguien} other {{giver}}} te ha regalado **{tier}**! Disfruta de tus ventajas premium.',
  'premium.dm.remind':
    '⏳ Aviso: {scope, select, guild {el plan {tier} de tu servidor} other {tu plan {tier}}} termina {when}. Renuévalo en Rankly para conservar tus ventajas.',
  // Refusals of the loyalty rules (db/tiers.ts, db/shop-items.ts), said in the reader’s language.
  'refusal.asWritten': '{text}',
  'tier.refused.votes': 'los votos deben ser un número entero de {min, number} a {max, number}.',
  'tier.refused.full': 'un servidor tiene como máximo {max} niveles; quita uno primero.',
  'tier.refused.clash':
    '{role} ya es el nivel de {votes, plural, one {# voto} other {# votos}} {counts, select, total {en total} streak {seguidos} other {en un mes natural}}.',
  'shop.refused.nameTaken': 'ya hay a la venta un artículo llamado «{item}»; quítalo primero.',
  'shop.refused.full': 'la tienda admite como máximo {max} artículos; quita uno primero.',
} as const satisfies Catalogue;
