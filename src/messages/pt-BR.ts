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
    '⏰ Você já pode votar de novo em **{server}** no Rankly! Sua sequência está em {streak, plural, one {# voto} other {# votos}}; vote agora para mantê-la. (Desative com /votos lembrete estado: desligado.)',
  'remind.dmNoServer':
    '⏰ Você já pode votar de novo no Rankly! Sua sequência está em {streak, plural, one {# voto} other {# votos}}; vote agora para mantê-la. (Desative com /votos lembrete estado: desligado.)',

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

  'checklist.webhookDone':
    'Webhook: o Rankly envia para `{url}` com {own, select, yes {o segredo próprio deste servidor} other {o segredo do bot (pergunte a quem o opera)}}.',
  'checklist.webhookTodo':
    'Webhook: rode `/configurar webhook` para obter o segredo deste servidor e cole `{url}` e o segredo no Rankly (Server Settings → Vote Webhooks).',
  'checklist.testDone': 'Entrega de teste recebida {when}.',
  'checklist.testTodo':
    'Entrega de teste: aperte **Test Webhook** no painel do Rankly; este passo é marcado quando ela chegar.',
  'checklist.rewardDone': 'Recompensa: quem vota recebe {reward}.',
  'checklist.rewardTodo': 'Recompensa: escolha uma com `/configurar cargo` ou `/configurar moeda`.',
  'checklist.roleProblem': 'Cargo de recompensa: {problem}',
  'checklist.roleDone': 'Cargo de recompensa: {role} pode ser dado.',
  'checklist.logDone': 'Canal de registro: {channel}.',
  'checklist.logTodo':
    'Canal de registro: `/configurar canal-registro`, para eu poder avisar sobre entregas de teste e problemas.',
  'setup.doneTitle': '✅ Feito',
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
    'O /votos agora diz aos membros que eles podem votar de novo {duration} depois do último voto.',
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
    'Corrija o que está listado e rode `/configurar reenviar` de novo; `/configurar status` mostra o que falta.',
  'setup.replayed':
    '{n, plural, =0 {Nada estava esperando para ser dado de novo.} one {# recompensa voltou para a fila.} other {# recompensas voltaram para a fila.}}',
  'setup.milestone': 'um bônus de {bonus} {every, plural, one {a cada voto} other {a cada # votos}} seguidos',
  'setup.stepsLeft':
    '{n, plural, =0 {Tudo pronto: os votos são recompensados.} one {Falta # passo.} other {Faltam # passos.}}',
  'setup.events.added':
    '{url} agora recebe os eventos do bot (vote.received, vote.rewarded, premium.changed), assinados no padrão Standard Webhooks. **O segredo de assinatura só aparece agora:**',
  'setup.events.removed': '{url} não recebe mais eventos.',
  'setup.events.none':
    'Nenhum endpoint recebe os eventos deste servidor. Adicione um com `/configurar eventos ação: adicionar um endpoint url: https://…`.',
  'setup.events.line':
    '{url}: {delivered, number} entregues · {pending, number} a caminho · {failed, plural, =0 {nenhuma falha} one {# falha} other {# falhas}}{lastError}',
  'setup.events.replayed':
    '{n, plural, =0 {Nenhuma entrega de evento tinha falhado.} one {# entrega com falha está sendo reenviada, com o id do seu evento.} other {# entregas com falha estão sendo reenviadas, com os ids dos seus eventos.}}',
  'guided.title': '🧭 Configurar recompensas de voto',
  'guided.intro':
    'Escolha abaixo: cada escolha é verificada e salva na hora, como fazem os comandos `/configurar`. Depois aperte **Concluir** para ver a URL do webhook e o segredo.',
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
  // Slash commands (commands/localize.ts).
  'command.votes.name': 'votos',
  'command.votes.description': 'Sequências de votos, saldos e o ranking',
  'command.votes.show.name': 'ver',
  'command.votes.show.description':
    'Seus votos (ou os de outro membro): sequência, último e próximo voto, saldo',
  'command.votes.show.user.name': 'usuário',
  'command.votes.show.user.description': 'De quem mostrar os votos',
  'command.votes.leaderboard.name': 'ranking',
  'command.votes.leaderboard.description': 'Os 10 que mais votam neste servidor, e a sua posição',
  'command.votes.leaderboard.period.name': 'período',
  'command.votes.leaderboard.period.description': 'Quais votos contam (padrão: este mês)',
  'command.votes.leaderboard.period.choice.week': 'Esta semana (UTC, a partir de segunda)',
  'command.votes.leaderboard.period.choice.month': 'Este mês (UTC)',
  'command.votes.leaderboard.period.choice.all': 'Todos os tempos',
  'command.votes.remind.name': 'lembrete',
  'command.votes.remind.description': 'Uma DM quando você puder votar de novo',
  'command.votes.remind.state.name': 'estado',
  'command.votes.remind.state.description': 'Ligado ou desligado',
  'command.votes.remind.state.choice.on': 'ligado',
  'command.votes.remind.state.choice.off': 'desligado',
  'command.votes.stats.name': 'estatísticas',
  'command.votes.stats.description':
    'Tendências de votos do servidor: um gráfico de votos por dia e padrões de votação',
  'command.votes.stats.period.name': 'período',
  'command.votes.stats.period.description': 'Quais dias (padrão: os últimos 30)',
  'command.votes.stats.period.choice.7d': 'Últimos 7 dias',
  'command.votes.stats.period.choice.30d': 'Últimos 30 dias',
  'command.votes.stats.period.choice.90d': 'Últimos 90 dias',
  'command.votes.stats.period.choice.all': 'Todos os tempos',
  'command.votes.stats.private.name': 'privado',
  'command.votes.stats.private.description': 'Só você vê a resposta (padrão: o canal inteiro)',
  'command.premium.name': 'premium',
  'command.premium.description': 'Seu premium (ou o de outro membro) e o deste servidor',
  'command.premium.user.name': 'usuário',
  'command.premium.user.description': 'De quem mostrar o premium',
  'command.setup.name': 'configurar',
  'command.setup.description': 'Configure as recompensas de voto deste servidor',
  'command.setup.start.name': 'iniciar',
  'command.setup.start.description':
    'Configuração guiada: todas as escolhas em uma mensagem, depois o webhook para o Rankly',
  'command.setup.role.name': 'cargo',
  'command.setup.role.description': 'Cargo de recompensa para quem vota, opcionalmente por tempo limitado',
  'command.setup.role.role.name': 'cargo',
  'command.setup.role.role.description': 'O cargo',
  'command.setup.role.duration.name': 'duração',
  'command.setup.role.duration.description':
    'Por quanto tempo quem vota fica com ele, ex. 12h, 1d (1 minuto a 365 dias; padrão: para sempre)',
  'command.setup.currency.name': 'moeda',
  'command.setup.currency.description': 'Moeda por voto',
  'command.setup.currency.amount.name': 'quantia',
  'command.setup.currency.amount.description': 'Quantia por voto',
  'command.setup.currency.name.name': 'nome',
  'command.setup.currency.name.description':
    'Nome da moeda, ex. moedas (ou moeda/moedas para singular e plural)',
  'command.setup.adblocker.name': 'bloqueador',
  'command.setup.adblocker.description': 'Parcela da recompensa para votos com bloqueador de anúncios',
  'command.setup.adblocker.percent.name': 'porcentagem',
  'command.setup.adblocker.percent.description': 'De 0 a 100 (padrão 50)',
  'command.setup.denials.name': 'recusas',
  'command.setup.denials.description': 'O que rendem os votos que o Rankly não creditou (já votou, captcha…)',
  'command.setup.denials.policy.name': 'regra',
  'command.setup.denials.policy.description': 'Recompensa para esses votos',
  'command.setup.denials.policy.choice.none': 'Nada (padrão)',
  'command.setup.denials.policy.choice.reduced': 'A parcela do bloqueador',
  'command.setup.denials.policy.choice.full': 'A recompensa inteira',
  'command.setup.premiumrole.name': 'cargo-premium',
  'command.setup.premiumrole.description': 'Cargo para membros com Rankly Premium',
  'command.setup.premiumrole.role.name': 'cargo',
  'command.setup.premiumrole.role.description': 'O cargo',
  'command.setup.streak.name': 'sequência',
  'command.setup.streak.description': 'Janela da sequência e bônus por marco',
  'command.setup.streak.window_hours.name': 'janela_horas',
  'command.setup.streak.window_hours.description':
    'Um voto dentro dessa quantidade de horas continua a sequência (36)',
  'command.setup.streak.milestone_every.name': 'marco_a_cada',
  'command.setup.streak.milestone_every.description': 'Bônus a cada N votos seguidos',
  'command.setup.streak.milestone_bonus.name': 'marco_bônus',
  'command.setup.streak.milestone_bonus.description': 'Moeda de bônus',
  'command.setup.multiplier.name': 'multiplicador',
  'command.setup.multiplier.description': 'Multiplicador de moeda para quem vota com premium',
  'command.setup.multiplier.value.name': 'valor',
  'command.setup.multiplier.value.description': 'ex. 2 dobra (padrão 1)',
  'command.setup.cooldown.name': 'intervalo',
  'command.setup.cooldown.description': 'Horas entre dois votos, mostradas em /votos (12)',
  'command.setup.cooldown.hours.name': 'horas',
  'command.setup.cooldown.hours.description': 'Horas',
  'command.setup.dm.name': 'dm',
  'command.setup.dm.description': 'DM de agradecimento para quem vota',
  'command.setup.dm.enabled.name': 'ativado',
  'command.setup.dm.enabled.description': 'Enviar',
  'command.setup.dm.template.name': 'modelo',
  'command.setup.dm.template.description': 'Seu próprio texto. Marcadores: {placeholders}',
  'command.setup.announce.name': 'anunciar',
  'command.setup.announce.description': 'Anunciar os votos em um canal',
  'command.setup.announce.channel.name': 'canal',
  'command.setup.announce.channel.description': 'Onde',
  'command.setup.announce.template.name': 'modelo',
  'command.setup.announce.template.description': 'Seu próprio texto. Marcadores: {placeholders}',
  'command.setup.logchannel.name': 'canal-registro',
  'command.setup.logchannel.description': 'Canal para webhooks de teste e problemas',
  'command.setup.logchannel.channel.name': 'canal',
  'command.setup.logchannel.channel.description': 'Onde',
  'command.setup.language.name': 'idioma',
  'command.setup.language.description':
    'Idioma das DMs e dos anúncios (padrão: o idioma do servidor no Discord)',
  'command.setup.language.language.name': 'idioma',
  'command.setup.language.language.description': 'Qual idioma',
  'command.setup.language.language.choice.server': 'O idioma do servidor no Discord',
  'command.setup.clear.name': 'redefinir',
  'command.setup.clear.description': 'Desativa uma configuração ou volta ao padrão',
  'command.setup.clear.setting.name': 'configuração',
  'command.setup.clear.setting.description': 'Qual',
  'command.setup.clear.setting.choice.role': 'cargo',
  'command.setup.clear.setting.choice.announce': 'anúncios',
  'command.setup.clear.setting.choice.logchannel': 'canal de registro',
  'command.setup.clear.setting.choice.premiumrole': 'cargo premium',
  'command.setup.clear.setting.choice.milestone': 'bônus por marco',
  'command.setup.clear.setting.choice.dmtemplate': 'texto da DM',
  'command.setup.clear.setting.choice.announcetemplate': 'texto dos anúncios',
  'command.setup.clear.setting.choice.currency': 'moeda',
  'command.setup.clear.setting.choice.language': 'idioma',
  'command.setup.webhook.name': 'webhook',
  'command.setup.webhook.description': 'A URL do webhook e o segredo deste servidor para o Rankly',
  'command.setup.webhook.rotate.name': 'renovar',
  'command.setup.webhook.rotate.description':
    'Criar um segredo novo (o antigo continua valendo por um período de carência)',
  'command.setup.status.name': 'status',
  'command.setup.status.description': 'Configuração, permissões e atividade recente',
  'command.setup.replay.name': 'reenviar',
  'command.setup.replay.description':
    'Dar de novo as recompensas que não foram dadas (depois de corrigir a causa)',
  'command.setup.export.name': 'exportar',
  'command.setup.export.description': 'Os votos (ou compras da loja) deste servidor em um arquivo CSV',
  'command.setup.export.period.name': 'período',
  'command.setup.export.period.description': 'Quais dias (padrão: todos os tempos)',
  'command.setup.export.period.choice.7d': 'Últimos 7 dias',
  'command.setup.export.period.choice.30d': 'Últimos 30 dias',
  'command.setup.export.period.choice.90d': 'Últimos 90 dias',
  'command.setup.export.period.choice.all': 'Todos os tempos',
  'command.setup.events.name': 'eventos',
  'command.setup.events.description':
    'Enviar os eventos do servidor (votos, recompensas, premium) para seus endpoints HTTPS',
  'command.setup.events.do.name': 'ação',
  'command.setup.events.do.description': 'O que fazer',
  'command.setup.events.do.choice.add': 'adicionar um endpoint (ou criar um segredo novo para ele)',
  'command.setup.events.do.choice.remove': 'remover um endpoint',
  'command.setup.events.do.choice.list': 'listar endpoints e entregas',
  'command.setup.events.do.choice.replay': 'reenviar as entregas com falha',
  'command.setup.events.url.name': 'url',
  'command.setup.events.url.description': 'O endpoint, https://…',
  'command.setup.economy.name': 'economia',
  'command.setup.economy.description':
    'Pagar a moeda dos votos no UnbelievaBoat em vez do saldo embutido (ou além dele)',
  'command.setup.economy.provider.name': 'provedor',
  'command.setup.economy.provider.description': 'Para onde vai a moeda dos votos',
  'command.setup.economy.provider.choice.unbelievaboat': 'UnbelievaBoat',
  'command.setup.economy.provider.choice.off': 'desligado (só o saldo embutido)',
  'command.setup.economy.token.name': 'token',
  'command.setup.economy.token.description':
    'O token de API do seu aplicativo UnbelievaBoat (https://unbelievaboat.com/applications)',
  'command.setup.economy.balance.name': 'saldo',
  'command.setup.economy.balance.description': 'Qual saldo do UnbelievaBoat é pago (padrão: dinheiro)',
  'command.setup.economy.balance.choice.cash': 'dinheiro',
  'command.setup.economy.balance.choice.bank': 'banco',
  'command.setup.economy.mode.name': 'modo',
  'command.setup.economy.mode.description': 'Em vez do saldo embutido (padrão) ou além dele',
  'command.setup.economy.mode.choice.instead': 'em vez do saldo embutido',
  'command.setup.economy.mode.choice.also': 'além do saldo embutido',

  // Loyalty: vote tiers, monthly champions, streak protection.
  'tier.counter': '{counts, select, total {no total} streak {seguidos} other {em um mês do calendário}}',
  'tier.added': 'Membros com {votes, plural, one {# voto} other {# votos}} {counter} agora recebem {role}.',
  'tier.removed':
    '{role} não é mais um nível: quem já tem o cargo continua com ele, e o bot não o altera mais.',
  'tier.notATier': '{role} não é um nível. `/configurar nível lista` mostra os níveis.',
  'tier.line': '{role}: {votes, plural, one {# voto} other {# votos}} {counter}',
  'tier.none': 'Este servidor não tem níveis de votos. Adicione um com `/configurar nível adicionar`.',
  'tier.mode.stack': 'Os membros agora mantêm todo cargo de nível que alcançam.',
  'tier.mode.replace':
    'Os membros agora ficam só com o nível mais alto que alcançam em cada contagem (no total, seguidos, no mês): os cargos de níveis inferiores são removidos.',
  'votes.tier': '{role} ({votes, plural, one {# voto} other {# votos}} {counter})',
  'votes.noTier': 'nenhum ainda',
  'votes.nextTier': '{role} em mais {n, plural, one {# voto} other {# votos}} {counter}',
  'votes.topTier': 'o nível mais alto {counter}',
  'votes.protectionAvailable': 'pronta: uma janela perdida este mês mantém a sequência',
  'votes.protectionUsed': 'usada {when}; pronta de novo no dia 1º',
  'setup.champions':
    '{count, plural, one {Quem mais votou} other {Os # que mais votaram}} em cada mês do calendário (UTC) agora recebem {role} no dia 1º{channel, select, none {} other {, com anúncio em {channel}}}. Os primeiros campeões são os deste mês.',
  'setup.clear.champions': 'Não há mais campeões do mês; os deste mês mantêm o cargo.',
  'setup.protectionOn':
    'A proteção de sequência está ativada: uma vez por mês, uma janela perdida não encerra a sequência.',
  'setup.protectionOff': 'A proteção de sequência está desativada: uma janela perdida encerra a sequência.',
  'setup.clear.protection':
    'A proteção de sequência está desativada: uma janela perdida encerra a sequência.',
  'champions.announce':
    '🏆 Quem mais votou em {month}: {names}!{role, select, none {} other { Eles ficam com {role} este mês.}}',
  'champions.name': '{user} ({n, plural, one {# voto} other {# votos}})',
  'status.tiers':
    '{n, plural, =0 {Níveis: nenhum} other {Níveis ({mode, select, stack {acumulados} other {o mais alto substitui os inferiores}}):}}',
  'status.champions':
    'Campeões do mês: {role, select, none {desativado} other {os {count, number} primeiros recebem {role}{last, select, none {} other { · últimos coroados: {last}}}}}',
  'setup.replayLoyalty':
    '{n, plural, one {# alteração de cargo de nível ou de campeão foi reenviada} other {# alterações de cargo de nível ou de campeão foram reenviadas}}.',
  'status.protection':
    'Proteção de sequência: {on, select, yes {ativada (uma janela perdida por mês)} other {desativada}}',

  // The reward shop.
  'shop.price': '{amount, number} {currency}',
  'shop.balance': 'Seu saldo: {balance}',
  'shop.empty': 'A loja está vazia. Os admins adicionam itens com `/configurar loja adicionar`.',
  'shop.itemRole': '{role}',
  'shop.itemRoleFor': '{role} por {duration}',
  'shop.itemCustom': 'entregue pela equipe',
  'shop.itemLeft': '{left, plural, =0 {esgotado} one {resta #} other {restam #}}',
  'shop.itemLimit': 'no máximo {limit, number} por membro',
  'shop.buyHint': 'Aperte um botão para comprar, ou use `/loja comprar item:` com o nome.',
  'shop.bought.role': 'Você comprou **{item}** por {price}: {role} é seu{until}.',
  'shop.bought.until': ' até {when}',
  'shop.bought.notice': 'Você comprou **{item}** por {price}. A equipe foi avisada e vai entregar.',
  'shop.onItsWay': 'Você comprou **{item}** por {price}. O Discord está lento agora: já, já chega.',
  'shop.refunded': 'Não consegui te dar **{item}**: {why} Seus {price} foram devolvidos.',
  'shop.duplicate': 'Esse botão já comprou **{item}**: nada mais foi cobrado.',
  'shop.refused.balance': '**{item}** custa {price}; você tem {balance}. Vote para ganhar mais!',
  'shop.refused.soldOut': '**{item}** está esgotado.',
  'shop.refused.limit':
    'Cada membro pode ter no máximo {limit, plural, one {#} other {#}} de **{item}**, e você já tem. Nada foi cobrado.',
  'shop.refused.noItem': 'Não há nenhum item chamado “{item}” à venda. `/loja itens` lista os itens.',
  'shop.refused.economy':
    'A loja está fechada aqui: este servidor paga a moeda dos votos no UnbelievaBoat em vez do saldo integrado, e a loja só vende pelo saldo integrado. Um admin pode escolher o modo “além do saldo integrado” em `/configurar economia` para abri-la.',
  'shop.refused.noLogChannel':
    'Itens personalizados são anunciados à equipe no canal de registro, e este servidor não tem um, então **{item}** não pode ser comprado agora. Nada foi cobrado.',
  'shop.refused.role': '**{item}** não pode ser comprado agora: {problem} Nada foi cobrado.',
  'shop.refund.missingPermissions':
    'O Discord não me deixou dar {role} (faltam permissões: meu cargo precisa estar acima dele, com Gerenciar cargos). Os admins foram avisados.',
  'shop.refund.notMember': 'você não é membro deste servidor.',
  'shop.refund.failed': 'O Discord recusou ({detail}).',
  'shop.notice': '🛒 {user} comprou **{item}** (compra nº {id}): equipe, por favor entreguem.',
  'shop.historyLine': '{when} **{item}** por {price}{refunded, select, yes { (reembolsado)} other {}}',
  'shop.exported':
    '{n, plural, =0 {Nenhuma compra} one {# compra} other {# compras}} {period}, as mais antigas primeiro, com entregas e reembolsos (horários em UTC).',
  'shop.historyEmpty': 'Você ainda não comprou nada aqui.',
  'setup.shop.added': '**{name}** agora está à venda por {price}: {what}{extra}.',
  'setup.shop.removed':
    '**{name}** não está mais à venda. {sold, plural, =0 {Ninguém comprou.} one {A # compra continua no histórico.} other {As # compras continuam no histórico.}}',
  'setup.shop.line':
    '**{name}**: {price} · {what} · {sold, plural, one {# vendido} other {# vendidos}}{extra}',
  'setup.shop.none': 'Nada à venda. Adicione um item com `/configurar loja adicionar`.',
  'status.shop':
    '{items, plural, =0 {Nenhum item à venda} one {# item à venda} other {# itens à venda}} · {sold, plural, one {# compra} other {# compras}} · {refunded, plural, =0 {nenhuma reembolsada} one {# reembolsada} other {# reembolsadas}}',

  // The community goal.
  'goal.reached':
    '🎉 Meta da comunidade alcançada: {votes, plural, one {# voto} other {# votos}} {period, select, week {nesta semana} other {neste mês}}! Todo mundo que votou {period, select, week {nesta semana} other {neste mês}} recebe {reward}.',
  'goal.progress':
    '{bar}\n{votes, number} / {target, plural, one {# voto} other {# votos}} {period, select, week {nesta semana} other {neste mês}}{reached, select, yes {: alcançada! 🎉} other {}} · recompensa: {reward}',
  'goal.none': 'Nenhuma meta da comunidade. Os admins definem uma com `/configurar meta`.',
  'setup.goal.saved':
    'A meta da comunidade agora é {votes, plural, one {# voto} other {# votos}} por {period, select, week {semana} other {mês}} (UTC); quando for alcançada, todo mundo que votou {period, select, week {naquela semana} other {naquele mês}} recebe {reward}.',
  'setup.goal.cleared': 'Não há mais meta da comunidade.',
  'status.goal':
    '{votes, number} / {target, plural, one {# voto} other {# votos}} {period, select, week {nesta semana} other {neste mês}}{reached, select, yes {, alcançada} other {}} · recompensa: {reward}',

  // Slash commands of the loyalty, shop and goal features.
  'command.setup.streak.protection.name': 'proteção',
  'command.setup.streak.protection.description':
    'Manter a sequência apesar de uma janela perdida por mês (padrão: desativada)',
  'command.setup.clear.setting.choice.champions': 'campeões do mês',
  'command.setup.clear.setting.choice.protection': 'proteção de sequência',
  'command.setup.export.data.name': 'dados',
  'command.setup.export.data.description': 'O que exportar (padrão: votos)',
  'command.setup.export.data.choice.votes': 'votos',
  'command.setup.export.data.choice.purchases': 'compras e reembolsos da loja',
  'command.setup.champions.name': 'campeões',
  'command.setup.champions.description':
    'Um cargo para quem mais votou em cada mês do calendário (UTC), trocado no dia 1º',
  'command.setup.champions.role.name': 'cargo',
  'command.setup.champions.role.description': 'O cargo dos campeões',
  'command.setup.champions.count.name': 'quantidade',
  'command.setup.champions.count.description': 'Quantos dos que mais votaram (padrão 3)',
  'command.setup.goal.name': 'meta',
  'command.setup.goal.description':
    'Uma meta de votos do servidor por semana ou mês, com recompensa para todos que votaram',
  'command.setup.goal.votes.name': 'votos',
  'command.setup.goal.votes.description':
    'Votos que o servidor inteiro precisa alcançar no período (0: sem meta)',
  'command.setup.goal.period.name': 'período',
  'command.setup.goal.period.description': 'Semana ou mês do calendário, UTC (padrão: mês)',
  'command.setup.goal.period.choice.week': 'semana',
  'command.setup.goal.period.choice.month': 'mês',
  'command.setup.goal.role.name': 'cargo',
  'command.setup.goal.role.description': 'Recompensa: um cargo para todos que votaram no período',
  'command.setup.goal.duration.name': 'duração',
  'command.setup.goal.duration.description': 'Por quanto tempo mantêm o cargo, ex.: 7d (padrão: 7 dias)',
  'command.setup.goal.coins.name': 'moedas',
  'command.setup.goal.coins.description': 'Recompensa: um bônus de moedas para todos que votaram no período',
  'command.setup.tier.name': 'nível',
  'command.setup.tier.description': 'Níveis de votos: cargos para membros que alcançam um número de votos',
  'command.setup.tier.add.name': 'adicionar',
  'command.setup.tier.add.description': 'Um cargo para membros que alcançam um número de votos',
  'command.setup.tier.add.votes.name': 'votos',
  'command.setup.tier.add.votes.description': 'Votos a alcançar',
  'command.setup.tier.add.role.name': 'cargo',
  'command.setup.tier.add.role.description': 'O cargo que os membros recebem',
  'command.setup.tier.add.counts.name': 'contagem',
  'command.setup.tier.add.counts.description': 'Quais votos contam (padrão: todos)',
  'command.setup.tier.add.counts.choice.total': 'todos os votos (padrão)',
  'command.setup.tier.add.counts.choice.streak': 'votos seguidos (a sequência atual)',
  'command.setup.tier.add.counts.choice.month': 'votos deste mês do calendário (UTC)',
  'command.setup.tier.remove.name': 'remover',
  'command.setup.tier.remove.description': 'Parar de dar um cargo de nível (quem já tem continua com ele)',
  'command.setup.tier.remove.role.name': 'cargo',
  'command.setup.tier.remove.role.description': 'O cargo de nível',
  'command.setup.tier.list.name': 'lista',
  'command.setup.tier.list.description': 'Os níveis de votos deste servidor',
  'command.setup.tier.mode.name': 'modo',
  'command.setup.tier.mode.description':
    'Manter todo cargo de nível alcançado (acumular) ou só o mais alto (substituir, padrão)',
  'command.setup.tier.mode.mode.name': 'modo',
  'command.setup.tier.mode.mode.description': 'Acumular ou substituir',
  'command.setup.tier.mode.mode.choice.replace': 'substituir: só o nível mais alto alcançado (padrão)',
  'command.setup.tier.mode.mode.choice.stack': 'acumular: todo nível alcançado',
  'command.setup.shop.name': 'loja',
  'command.setup.shop.description':
    'A loja de recompensas: itens que os membros compram com a moeda dos votos',
  'command.setup.shop.add.name': 'adicionar',
  'command.setup.shop.add.description':
    'Pôr um item à venda: um cargo (permanente ou temporário) ou um item entregue pela equipe',
  'command.setup.shop.add.name.name': 'nome',
  'command.setup.shop.add.name.description': 'O que os membros veem',
  'command.setup.shop.add.price.name': 'preço',
  'command.setup.shop.add.price.description': 'Na moeda dos votos',
  'command.setup.shop.add.role.name': 'cargo',
  'command.setup.shop.add.role.description':
    'O cargo que ele dá (nenhum: item personalizado, entregue pela equipe)',
  'command.setup.shop.add.duration.name': 'duração',
  'command.setup.shop.add.duration.description':
    'Por quanto tempo o cargo fica, ex.: 7d (padrão: para sempre)',
  'command.setup.shop.add.stock.name': 'estoque',
  'command.setup.shop.add.stock.description': 'Quantos podem ser vendidos no total (padrão: sem limite)',
  'command.setup.shop.add.limit.name': 'limite',
  'command.setup.shop.add.limit.description': 'Quantos um membro pode ter (padrão: sem limite)',
  'command.setup.shop.remove.name': 'remover',
  'command.setup.shop.remove.description': 'Tirar um item da venda (as compras continuam no histórico)',
  'command.setup.shop.remove.name.name': 'nome',
  'command.setup.shop.remove.name.description': 'O nome do item',
  'command.setup.shop.list.name': 'lista',
  'command.setup.shop.list.description': 'Os itens à venda, com o que foi vendido',
  'command.shop.name': 'loja',
  'command.shop.description': 'Gaste a moeda dos seus votos',
  'command.shop.items.name': 'itens',
  'command.shop.items.description': 'O que está à venda, seu saldo e botões para comprar',
  'command.shop.buy.name': 'comprar',
  'command.shop.buy.description': 'Comprar um item',
  'command.shop.buy.item.name': 'item',
  'command.shop.buy.item.description': 'O nome do item',
  'command.shop.history.name': 'histórico',
  'command.shop.history.description': 'O que você comprou aqui',

  // Who may change what (src/discord/permissions.ts): the refusals of the admin, role and
  // channel rules, by reason code, and the permissions they name (as Discord names them).
  'rule.admin.manageServer':
    'Você precisa da permissão **Gerenciar servidor** para mudar as recompensas de voto. Peça a um admin do servidor.',
  'rule.admin.manageRoles':
    'Escolher um cargo de recompensa exige a permissão **Gerenciar cargos** além de Gerenciar servidor. Peça a um admin do servidor que tenha as duas.',
  'rule.role.gone': 'Esse cargo não existe mais. Escolha outro.',
  'rule.role.everyone': '@everyone não pode ser dado como recompensa. Escolha outro cargo.',
  'rule.role.managed':
    '{role} é gerenciado por uma integração (o cargo próprio de um bot ou o cargo de booster) e não pode ser dado. Escolha outro cargo.',
  'rule.role.dangerous':
    '{role} tem {count, plural, one {a permissão} other {as permissões}} {permissions}: uma recompensa de voto não deve dar poderes de moderação a ninguém. {count, plural, one {Remova-a} other {Remova-as}} do cargo em Configurações do servidor → Cargos, ou escolha um cargo sem {count, plural, one {ela} other {elas}}.',
  'rule.role.aboveInvoker':
    '{role} não está abaixo do seu cargo mais alto {highest}: você só pode escolher um cargo abaixo do seu. Peça a alguém com um cargo mais alto, ou ao dono do servidor.',
  'rule.botUnknown':
    '{bot, select, me {Ainda não vejo minha} other {{bot} ainda não vê sua}} própria participação neste servidor; tente de novo em instantes.',
  'rule.role.botNeedsManageRoles':
    '{bot, select, me {Preciso} other {{bot} precisa}} da permissão {permissions}: Configurações do servidor → Cargos → {bot, select, me {meu cargo} other {o cargo de {bot}}} → ative {permissions}.',
  'rule.role.aboveBot':
    '{role} está acima de (ou igual a) {bot, select, me {meu cargo mais alto} other {o cargo mais alto de {bot}}} {highest}. Arraste {bot, select, me {meu cargo} other {o cargo de {bot}}} para cima dele em Configurações do servidor → Cargos.',
  'rule.channel.unseen': 'Não vejo {channel}. Escolha um canal de texto deste servidor.',
  'rule.channel.invoker':
    'Você não pode {see, select, yes {ver nem postar em} other {postar em}} {channel} (sem {permissions}): escolha um canal em que você possa postar.',
  'rule.channel.bot':
    'Não posso postar em {channel}: preciso de {permissions} lá. Permita-as para o meu cargo nas configurações do canal (Editar canal → Permissões) e rode isto de novo.',
  'permission.administrator': 'Administrador',
  'permission.manageGuild': 'Gerenciar servidor',
  'permission.manageRoles': 'Gerenciar cargos',
  'permission.manageChannels': 'Gerenciar canais',
  'permission.manageWebhooks': 'Gerenciar webhooks',
  'permission.manageMessages': 'Gerenciar mensagens',
  'permission.banMembers': 'Banir membros',
  'permission.kickMembers': 'Expulsar membros',
  'permission.moderateMembers': 'Castigar membros',
  'permission.mentionEveryone': 'Mencionar @everyone, @here e todos os cargos',
  'permission.viewChannel': 'Ver canal',
  'permission.sendMessages': 'Enviar mensagens',
  'permission.embedLinks': 'Inserir links',
  'permission.attachFiles': 'Anexar arquivos',

  // /setup status, in the admin's language (commands/setup/status.ts).
  'status.title': '⚙️ Recompensas de voto: status',
  'status.field.rewards': 'Recompensas',
  'status.field.economy': 'Economia',
  'status.field.loyalty': 'Fidelidade',
  'status.field.goal': 'Meta da comunidade',
  'status.field.shop': 'Loja',
  'status.field.premium': 'Premium',
  'status.field.webhook': 'Webhook',
  'status.field.inFlight': 'Recompensas a caminho',
  'status.notSet': 'não definido',
  'status.canBeGiven': 'pode ser dado',
  'status.role': 'Cargo: {role}{duration, select, none {} other { por {duration}}}',
  'status.adBlocker':
    'Bloqueador de anúncios: {percent, number}% · outras recusas: {denials, select, none {nada} reduced {reduzida} other {completa}}',
  'status.dm':
    'DM: {on, select, yes {ligada} other {desligada}}{own, select, yes { (texto próprio)} other {}}',
  'status.announce':
    'Anúncios: {channel, select, none {desligados} other {{channel}}}{own, select, yes { (texto próprio)} other {}}',
  'status.streak':
    'Janela da sequência: {hours, number} h{every, plural, =0 {} other { · bônus de {bonus, number} a cada # seguidos}}',
  'status.premium': 'Cargo: {role} · multiplicador de voto ×{multiplier, number}',
  'status.ownSecret':
    'Segredo próprio: {own, select, yes {sim} other {não (vale o do bot)}}{previous, select, none {} other { · o anterior ainda funciona até {previous}}}',
  'status.never': 'nunca',
  'status.logChannel': 'Canal de log: {channel, select, none {não definido} other {{channel}}}',
  'status.replayHint': 'Corrija a causa e depois `/configurar reenviar`.',
  'status.economy.where': 'Moeda de voto: {where}',
  'status.economy.builtIn': 'o saldo embutido',
  'status.economy.unbelievaboat':
    'UnbelievaBoat {balance}, {mode, select, also {além do} other {em vez do}} saldo embutido{key, select, yes {} other { · ❌ ENCRYPTION_KEY não está definido no bot: nada pode ser pago}}',
  'status.economy.payments':
    'Pagamentos do UnbelievaBoat: {paid, number} pagos · {pending, number} pendentes · não dados: {notGiven, number} ({unknown, number} com resultado desconhecido, nunca repetidos)',
  'status.economy.lastProblem': 'Último problema: {problem}',
  'status.shopClosed':
    '❌ Fechada: o UnbelievaBoat substitui o saldo embutido com que a loja vende (README “Shop”).',
  'status.shopRole': '❌ {role} à venda: {problem}',

  // /setup webhook (and the guided setup's Finish), /setup events, /setup economy, /setup export, /setup replay.
  'webhook.title': '🔗 Webhook do Rankly',
  'webhook.urlField': 'URL do webhook',
  'webhook.noteField': 'Observação',
  'webhook.noPublicUrl':
    'O bot não conhece seu endereço público: peça ao operador dele para definir PUBLIC_URL.',
  'webhook.hasSecret':
    'Este servidor já tem um segredo. Ele é guardado só como hash, então não pode ser mostrado de novo; use `/configurar webhook renovar: True` para criar um novo.',
  'webhook.pasteThese':
    'Cole isto no Rankly: Configurações do servidor → Vote Webhooks. **O segredo só é mostrado agora.**',
  'webhook.previousUntil':
    'O segredo anterior continua funcionando até {until} ({relative}), para que nenhum voto se perca enquanto você atualiza o Rankly.',
  'webhook.previousGone': 'O segredo anterior não funciona mais.',
  'webhook.firstSecret':
    'De agora em diante os votos deste servidor precisam deste segredo; o do bot não vale mais aqui.',
  'webhook.notStored':
    'O novo segredo não pôde ser salvo, então ele não funciona; o anterior continua funcionando. Rode `/configurar webhook renovar: True` de novo.',
  'events.title': '📡 Eventos de saída',
  'events.secretField': 'Segredo de assinatura',
  'events.needUrl': 'Informe o endpoint: `url: https://…`.',
  'events.notOurs':
    '{url} não é um dos endpoints deste servidor (`/configurar eventos ação: listar endpoints e entregas`).',
  'events.lastProblem': ' (último problema: {problem})',
  'events.max': 'No máximo {n, number} endpoints.',
  'economy.off':
    'O UnbelievaBoat está desligado: o token dele foi apagado, e a moeda de voto vai para o saldo embutido.',
  'economy.wasOff': 'Nenhuma economia estava definida: a moeda de voto vai para o saldo embutido.',
  'economy.noKey':
    'Os pagamentos do UnbelievaBoat estão desligados neste bot: o token seria guardado criptografado, e o bot não tem chave para isso. O operador do bot precisa definir `ENCRYPTION_KEY` (32 bytes aleatórios, p. ex. `openssl rand -base64 32`) e reiniciá-lo. Nada foi salvo.',
  'economy.needToken': 'Informe o token da sua aplicação do UnbelievaBoat: `token:` (de {url}).',
  'economy.notSavedTitle': '❌ Não salvo',
  'economy.saved':
    'A moeda de voto e os bônus de sequência agora são pagos no **{balance}** do UnbelievaBoat de cada votante, {mode, select, also {além do saldo embutido} other {em vez do saldo embutido}}. O token é guardado criptografado e não será mostrado de novo. Os pagamentos aparecem em `/configurar status`.',
  'economy.refused401': 'O UnbelievaBoat recusou este token (401): copie-o de novo de {url}. Nada foi salvo.',
  'economy.refused403':
    'O token é válido, mas a aplicação dele não está autorizada neste servidor (403). Em {url} abra a aplicação, use o link **Authorize** dela e escolha este servidor, depois rode isto de novo. Nada foi salvo.',
  'economy.checkFailed':
    'Não foi possível verificar o token com o UnbelievaBoat ({detail}). Nada foi salvo: tente mais tarde.',
  'export.tooLarge':
    'A exportação {period} é maior do que o Discord me deixa anexar ({mb, number} MB). Escolha um período mais curto, ou peça ao operador do bot `npm run cli -- export votes --guild {guildId}`.',
  'export.noVotes': 'Nenhum voto {period}: o arquivo tem só o cabeçalho.',
  'setup.giveAnOption': 'Informe pelo menos uma das opções.',
  'setup.unknownSetting': 'Configuração desconhecida.',
  'setup.replayNotAllTitle': '⚠️ Nem tudo foi dado',

  // Labels of /votes show, /shop, /setup tier list and /setup shop (loyalty, shop, goal).
  'votes.field.tier': 'Nível',
  'votes.field.nextTier': 'Próximo nível',
  'votes.field.protection': 'Proteção de sequência',
  'votes.protectionThisMonth': 'este mês',
  'goal.field': '🎯 Meta da comunidade',
  'shop.title': '🛒 Loja de {server}',
  'shop.historyTitle': '🧾 Suas compras',
  'tier.listTitle': '🏅 Níveis de voto',
  'tier.modeField': 'Modo',
  'setup.shop.durationNeedsRole': 'Uma duração precisa de um cargo: um item personalizado não tem.',
  'setup.shop.listTitle': '🛒 Itens da loja',
  'setup.shop.noLogChannel':
    '⚠️ Itens personalizados são anunciados à equipe no canal de log: defina um com `/configurar canal-registro`, ou ninguém poderá comprá-lo.',

  // The log channel's alerts and the worker's notes there, in the guild's language (src/jobs/guild-alerts.ts).
  'alert.rewards':
    '⚠️ Recompensas de voto: {problem} As recompensas não dadas ficam guardadas; quando isso for corrigido, rode `/configurar reenviar` para dá-las.',
  'alert.missingRole':
    'Faltam-me permissões para dar o cargo de recompensa {role}. Dê ao bot a permissão **{manageRoles}** e arraste o cargo dele para cima de {role} em Configurações do servidor → Cargos.',
  'alert.missingChannel':
    'Faltam-me permissões para postar em {channel}. Permita ao bot **{viewChannel}** e **{sendMessages}** lá.',
  'alert.refusedRole': 'Não dei um cargo de recompensa. {problem}',
  'alert.economyRefused': 'Não consegui pagar a moeda de voto no UnbelievaBoat: {detail}.',
  'alert.economyUnknown':
    '⚠️ Recompensas de voto: o pagamento de {amount} no {balance} do UnbelievaBoat de {user} não teve resposta. Ele pode ter chegado ou não, e não é enviado de novo (uma segunda tentativa poderia pagar duas vezes): confira o saldo no UnbelievaBoat.',
  'alert.testDelivery':
    '✅ Webhook de teste do Rankly recebido (usuário {user}, {votedAt}). A URL e o segredo do webhook funcionam; entregas de teste nunca dão recompensas.',

  // Premium DMs (src/jobs/premium-entitlement.ts, premium.ts): a server's plan in its language.
  'premium.dm.gifted': '💝 Obrigado por presentear {user} com **{tier}**!',
  'premium.dm.server': '💎 Obrigado pela compra! Seu servidor agora tem **{tier}**.',
  'premium.dm.user': '💎 Obrigado pela compra! **{tier}** agora está ativo na sua conta.',
  'premium.dm.gift':
    '🎁 {giver, select, none {Alguém} other {{giver}}} presenteou você com **{tier}**! Aproveite suas vantagens premium.',
  'premium.dm.remind':
    '⏳ Aviso: {scope, select, guild {o plano {tier} do seu servidor} other {seu plano {tier}}} termina {when}. Renove no Rankly para manter suas vantagens.',
  // Refusals of the loyalty rules (db/tiers.ts, db/shop-items.ts), said in the reader’s language.
  'refusal.asWritten': '{text}',
  'tier.refused.votes': 'os votos devem ser um número inteiro de {min, number} a {max, number}.',
  'tier.refused.full': 'um servidor tem no máximo {max} níveis; remova um primeiro.',
  'tier.refused.clash':
    '{role} já é o nível de {votes, plural, one {# voto} other {# votos}} {counts, select, total {no total} streak {seguidos} other {em um mês do calendário}}.',
  'shop.refused.nameTaken': 'um item chamado “{item}” já está à venda; remova-o primeiro.',
  'shop.refused.full': 'a loja tem no máximo {max} itens; remova um primeiro.',
} as const satisfies Catalogue;
