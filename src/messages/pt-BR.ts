import type { Catalogue } from './en.js';

/** Português (Brasil). Placeholder names stay as in en.ts; see the README, "Contributing translations". */
export const ptBR = {
  'reward.currency': '{amount, number} {currency}',
  'reward.role': 'o cargo {role}',
  'reward.roleFor': 'o cargo {role} por {duration}',
  'reward.roleFollows': '{reward} (o cargo {role} vem assim que a pessoa entrar no servidor)',
  'reward.nothing': 'nosso agradecimento',
  'reward.and': '{first} e {second}',

  'dm.default':
    'Valeu por votar, {user}! Você recebeu {reward}. Sequência: {streak, plural, one {# voto seguido} other {# votos seguidos}}, {total, plural, one {# voto} other {# votos}} no total.',
  'announce.default':
    '{user} acabou de votar e recebeu {reward}! ({streak, plural, one {# voto seguido} other {# votos seguidos}}, {total, plural, one {# voto} other {# votos}} no total)',

  'duration.days': '{n, plural, one {# dia} other {# dias}}',
  'duration.hours': '{n, plural, one {# hora} other {# horas}}',
  'duration.minutes': '{n, plural, one {# minuto} other {# minutos}}',
  'duration.seconds': '{n, plural, one {# segundo} other {# segundos}}',

  'votes.count': '{n, plural, one {# voto} other {# votos}}',
  'votes.leaderboardLine': '{medal} {user}: {n, plural, one {# voto} other {# votos}}',
  'votes.callerRank': 'Você está em {rank, number}º lugar com {n, plural, one {# voto} other {# votos}}.',
  'votes.noneCredited':
    '{n, plural, one {# voto} other {# votos}}, nenhum creditado (o Rankly {n, plural, one {o recusou} other {os recusou}}: {reasons}).',
  'votes.exported':
    '{n, plural, one {# voto} other {# votos}} {period}, do mais antigo ao mais recente (horários em UTC).',

  'stats.busiestHour': '{from}–{to} ({n, plural, one {# voto} other {# votos}})',
  'stats.firstVotes': '+{n, plural, one {# voto} other {# votos}} (nenhum em {previous})',
  'stats.title': '📈 Tendências de votos {period}',
  'stats.chartTitle': 'Votos por {unit, select, day {dia} week {semana} other {mês}} {period}',
  'stats.period':
    '{period, select, all {desde o início} other {{days, plural, one {no último dia} other {nos últimos # dias}}}}',
  'stats.pickPeriod': 'Escolha 7d, 30d, 90d ou all.',
  'stats.noVotesAll':
    'Ainda não há votos para este servidor. Quando os membros votarem no Rankly, as tendências aparecem aqui.',
  'stats.noVotesPeriod':
    'Nenhum voto para este servidor {period}. Tente um período maior ou volte depois dos próximos votos.',
  'stats.totalVotes': 'Total de votos',
  'stats.totalValue':
    '{total, number} ({credited, number} creditados · {adBlocker, number} com bloqueador de anúncios · {denied, number} recusados)',
  'stats.uniqueVoters': 'Votantes únicos',
  'stats.newReturning': 'Votantes novos / recorrentes',
  'stats.newReturningValue': '{new, number} novos · {returning, number} recorrentes',
  'stats.busiestHourName': 'Horário de pico (UTC)',
  'stats.adBlockerShare': 'Parcela com bloqueador',
  'stats.change': 'Variação',
  'stats.noPrevious': 'Nenhuma: “desde o início” não tem período anterior',
  'stats.previous': '{days, plural, one {o dia anterior} other {os # dias anteriores}}, até o mesmo horário',
  'stats.changeValue': '{change} em relação a {previous} ({before, number} → {after, number})',
  'chart.credited': 'Creditados',
  'chart.adBlocker': 'Bloqueador',
  'chart.denied': 'Recusados',

  'votes.leaderboardTitle':
    '🏆 Quem mais votou {period, select, week {nesta semana} month {neste mês} other {de todos os tempos}}',
  'votes.pickPeriod': 'Escolha week, month ou all.',
  'votes.leaderboardEmpty': 'Nenhum voto ainda. Seja o primeiro!',
  'votes.you': 'Você',
  'votes.callerNone': 'Você ainda não tem votos neste período.',
  'votes.noReason': 'nenhum motivo informado',
  'votes.notVotedSelf': 'Você ainda não votou neste servidor. Vote no Rankly para começar uma sequência!',
  'votes.notVotedOther': '{user} ainda não votou neste servidor.',
  'votes.showTitle': '🗳️ Votos de {name}',
  'votes.field.votes': 'Votos',
  'votes.field.streak': 'Sequência',
  'votes.field.bestStreak': 'Melhor sequência',
  'votes.field.lastVote': 'Último voto',
  'votes.field.nextVote': 'Próximo voto',
  'votes.field.balance': 'Saldo',
  'votes.never': 'nunca',
  'votes.now': 'agora',
  'votes.notYet': 'ainda não (segundo o Rankly)',
  'votes.remindOff': 'Os lembretes de voto estão desativados.',
  'votes.remindOn':
    'Os lembretes de voto estão ativados: vou te mandar uma DM quando você puder votar de novo. Verifique se você aceita DMs de membros do servidor.',
  'votes.remindOnNext':
    'Os lembretes de voto estão ativados: vou te mandar uma DM quando você puder votar de novo (próximo: {when}). Verifique se você aceita DMs de membros do servidor.',
  'remind.dm':
    '⏰ Você já pode votar de novo em **{server}** no Rankly! Sua sequência está em {streak, plural, one {# voto} other {# votos}}; vote agora para mantê-la. (Desative com /votes remind off.)',
  'remind.dmNoServer':
    '⏰ Você já pode votar de novo no Rankly! Sua sequência está em {streak, plural, one {# voto} other {# votos}}; vote agora para mantê-la. (Desative com /votes remind off.)',

  'premium.title': '💎 Premium de {name}',
  'premium.userField': 'Premium de usuário',
  'premium.guildField': 'Este servidor',
  'premium.none': 'Nenhum',
  'premium.status': '{status, select, active {ativo} revoked {revogado} other {expirado}}',
  'premium.since': 'Desde {date}',
  'premium.lifetime': 'Vitalício',
  'premium.until': 'Até {date}',
  'premium.ended': 'Terminou em {date}',
  'premium.renews': 'Renova automaticamente',
  'premium.giftedBy': 'Presente de {user}',

  'error.title': 'Hmm…',
  'error.notLoaded': 'Ainda não carreguei este servidor; tente de novo daqui a pouco.',
  'error.guildOnly': 'Use este comando em um servidor.',
  'error.internal': 'Desculpe, algo deu errado do meu lado (id do erro `{errorId}`).',
  'error.startingUp': 'Estou iniciando; tente de novo em alguns segundos.',

  'currency.default': '{n, plural, one {moeda} other {moedas}}',
  'template.thisServer': 'este servidor',

  'setup.language': 'DMs e anúncios agora estão em {language}. Prévia da DM, com os seus números:',
  'setup.clear.language':
    'DMs e anúncios agora seguem o idioma do servidor no Discord (Configurações do servidor → Comunidade → Idioma principal do servidor), agora {language}.',

  'setup.notSaved': 'Não salvo: {problem}',
  'setup.role': 'Quem vota agora recebe {role} {duration}.',
  'setup.roleForGood': 'para sempre',
  'setup.roleFor': 'por {duration}',
  'setup.currency':
    'Quem vota agora recebe {amount, plural, =0 {nenhuma moeda} other {{amount, number} {currency}}} por voto.',
  'setup.adblocker': 'Votos com bloqueador de anúncios agora rendem {percent, number}% da recompensa.',
  'setup.denials.none': 'Votos que o Rankly não creditou (já votou, captcha…) agora não rendem nada.',
  'setup.denials.reduced':
    'Votos que o Rankly não creditou (já votou, captcha…) agora rendem a parcela do bloqueador ({percent, number}%).',
  'setup.denials.full':
    'Votos que o Rankly não creditou (já votou, captcha…) agora rendem a recompensa inteira.',
  'setup.premiumRole': 'Membros com Rankly Premium agora recebem {role}.',
  'setup.streak': 'Um voto até {window} depois do anterior agora continua uma sequência; {milestone}.',
  'setup.noMilestone': 'não há bônus por marco',
  'setup.multiplier': 'Quem vota com Rankly Premium agora recebe {value, number}× a moeda por voto.',
  'setup.cooldown':
    'O /votes agora diz aos membros que eles podem votar de novo {duration} depois do último voto.',
  'setup.dmOn':
    'Quem vota agora recebe uma DM de agradecimento{custom, select, yes { com o seu texto} other {}}. Prévia, com os seus números:',
  'setup.dmOff': 'Quem vota não recebe mais DM.',
  'setup.announce':
    'Os votos agora são anunciados em {channel}{custom, select, yes { com o seu texto} other {}}. Prévia, com os seus números:',
  'setup.logChannel':
    'Webhooks de teste do Rankly e problemas com recompensas agora são informados em {channel}.',
  'setup.clear.role': 'Quem vota não recebe mais cargo.',
  'setup.clear.announce': 'Os votos não são mais anunciados.',
  'setup.clear.logchannel':
    'Não há canal de registro: webhooks de teste e problemas não são mais informados no Discord.',
  'setup.clear.premiumrole': 'Membros com Rankly Premium não recebem mais cargo.',
  'setup.clear.milestone': 'Não há mais bônus por marco.',
  'setup.clear.dmtemplate': 'A DM voltou ao texto padrão. Prévia, com os seus números:',
  'setup.clear.announcetemplate': 'Os anúncios voltaram ao texto padrão. Prévia, com os seus números:',
  'setup.clear.currency': 'Quem vota não recebe mais moeda.',
  'setup.replayReport':
    'Dadas de novo: {given, plural, one {# recompensa} other {# recompensas}}. Não dadas: {notGiven, number}.{waiting, plural, =0 {} other { Ainda a caminho ou esperando o membro entrar: #.}}',
  'setup.replayFix':
    'Corrija o que está listado e rode `/setup replay` de novo; `/setup status` mostra o que falta.',
  'setup.replayed':
    '{n, plural, =0 {Nada estava esperando para ser dado de novo.} one {# recompensa voltou para a fila.} other {# recompensas voltaram para a fila.}}',
  'setup.milestone': 'um bônus de {bonus} {every, plural, one {a cada voto} other {a cada # votos}} seguidos',
  'setup.stepsLeft':
    '{n, plural, =0 {Tudo pronto: os votos são recompensados.} one {Falta # passo.} other {Faltam # passos.}}',
  'setup.events.added':
    '{url} agora recebe os eventos do bot (vote.received, vote.rewarded, premium.changed), assinados no padrão Standard Webhooks. **O segredo de assinatura só aparece agora:**',
  'setup.events.removed': '{url} não recebe mais eventos.',
  'setup.events.none':
    'Nenhum endpoint recebe os eventos deste servidor. Adicione um com `/setup events do: add url: https://…`.',
  'setup.events.line':
    '{url}: {delivered, number} entregues · {pending, number} a caminho · {failed, plural, =0 {nenhuma falha} one {# falha} other {# falhas}}{lastError}',
  'setup.events.replayed':
    '{n, plural, =0 {Nenhuma entrega de evento tinha falhado.} one {# entrega com falha está sendo reenviada, com o id do seu evento.} other {# entregas com falha estão sendo reenviadas, com os ids dos seus eventos.}}',
  'guided.title': '🧭 Configurar recompensas de voto',
  'guided.intro':
    'Escolha abaixo: cada escolha é verificada e salva na hora, como fazem os comandos `/setup`. Depois aperte **Concluir** para ver a URL do webhook e o segredo.',
  'guided.rolePlaceholder': 'Cargo de recompensa para quem vota',
  'guided.durationPlaceholder': 'Por quanto tempo quem vota fica com o cargo',
  'guided.forGood': 'Para sempre',
  'guided.keepFor': 'Por {duration}',
  'guided.durationNoRole': 'Quem vota vai ficar com o cargo de recompensa {duration}: agora escolha o cargo.',
  'guided.announcePlaceholder': 'Canal para anunciar os votos',
  'guided.logPlaceholder': 'Canal de registro (entregas de teste, problemas)',
  'guided.editDm': 'Editar texto da DM',
  'guided.finish': 'Concluir: URL do webhook e segredo',
  'guided.dmModalTitle': 'DM de agradecimento para quem vota',
  'guided.dmModalLabel': 'Seu texto (deixe vazio para o padrão)',
  'guided.testWaiting':
    '⬜ Entrega de teste: depois de **Concluir**, cole a URL do webhook e o segredo no Rankly (Server Settings → Vote Webhooks) e aperte **Test Webhook** no painel do Rankly. Esta linha muda quando ela chegar.',
  'guided.testReceived':
    '✅ Entrega de teste recebida {when}: o Rankly me alcança com a URL do webhook e o segredo deste servidor. Entregas de teste nunca dão recompensas.',
  'guided.finished': 'A URL do webhook e o segredo para o Rankly estão abaixo.',
  'guided.testNext':
    'Aperte **Test Webhook** no painel do Rankly agora: a primeira linha desta mensagem muda quando a entrega de teste chegar.',
  'rankly.gap':
    'O Rankly contou {rankly, plural, one {# voto} other {# votos}} neste mês, {stored, plural, =0 {nenhum chegou} one {# chegou} other {# chegaram}}: confira a URL do webhook e se o bot estava acessível.',
  'rankly.noGap':
    'O Rankly contou {rankly, plural, one {# voto} other {# votos}} neste mês; todos chegaram (verificado {when}).',
  'status.currency': 'Moeda: {amount, number} {currency} por voto',
  'status.activity': 'Último voto recebido: {last} · hoje: {n, plural, one {# voto} other {# votos}}',
  'status.inFlight':
    'Esperando: {pending, number} · não dadas: {notGiven, number} · sem mais tentativas: {dead, number}',
} as const satisfies Catalogue;
