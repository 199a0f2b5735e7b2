import type { Catalogue } from './en.js';

/**
 * Türkçe. Placeholder names stay as in en.ts; see the README, "Contributing
 * translations". A noun after a number stays singular in Turkish ("5 oy"),
 * and sentences are built so that no suffix is glued to a placeholder
 * (its vowel harmony depends on the value).
 */
export const tr = {
  'reward.currency': '{amount, number} {currency}',
  'reward.role': '{role} rolü',
  'reward.roleFor': '{duration} süreyle {role} rolü',
  'reward.roleFollows': '{reward} (sunucuya katıldığında {role} rolü de verilecek)',
  'reward.nothing': 'teşekkürlerimiz',
  'reward.and': '{first} ve {second}',

  'dm.default':
    'Oy verdiğin için teşekkürler, {user}! Kazandığın: {reward}. Seri: art arda {streak, plural, one {# oy} other {# oy}}, toplamda {total, plural, one {# oy} other {# oy}}.',
  'announce.default':
    '{user} az önce oy verdi ve şunu kazandı: {reward}! (art arda {streak, plural, one {# oy} other {# oy}}, toplamda {total, plural, one {# oy} other {# oy}})',

  'duration.days': '{n, plural, one {# gün} other {# gün}}',
  'duration.hours': '{n, plural, one {# saat} other {# saat}}',
  'duration.minutes': '{n, plural, one {# dakika} other {# dakika}}',
  'duration.seconds': '{n, plural, one {# saniye} other {# saniye}}',

  'votes.count': '{n, plural, one {# oy} other {# oy}}',
  'votes.leaderboardLine': '{medal} {user}: {n, plural, one {# oy} other {# oy}}',
  'votes.callerRank': '{n, plural, one {# oy} other {# oy}} ile {rank, number}. sıradasın.',
  'votes.noneCredited':
    '{n, plural, one {# oy} other {# oy}}, hiçbiri sayılmadı (Rankly {n, plural, one {reddetti} other {reddetti}}: {reasons}).',
  'votes.exported': '{period} {n, plural, one {# oy} other {# oy}}, en eskisi önce (saatler UTC).',

  'stats.busiestHour': '{from}–{to} ({n, plural, one {# oy} other {# oy}})',
  'stats.firstVotes': '+{n, plural, one {# oy} other {# oy}} ({previous} içinde hiç yok)',
  'stats.title': '📈 Oy eğilimleri ({period})',
  'stats.chartTitle': '{unit, select, day {Günlük} week {Haftalık} other {Aylık}} oylar ({period})',
  'stats.period':
    '{period, select, all {tüm zamanlar} other {{days, plural, one {son gün} other {son # gün}}}}',
  'stats.pickPeriod': '7d, 30d, 90d veya all seç.',
  'stats.noVotesAll': 'Bu sunucu için henüz oy yok. Üyeler Rankly’de oy verdikçe eğilimler burada görünecek.',
  'stats.noVotesPeriod':
    'Bu sunucu için oy yok ({period}). Daha uzun bir dönem dene ya da sonraki oylardan sonra tekrar bak.',
  'stats.totalVotes': 'Toplam oy',
  'stats.totalValue':
    '{total, number} ({credited, number} sayıldı · {adBlocker, number} reklam engelleyiciyle · {denied, number} reddedildi)',
  'stats.uniqueVoters': 'Farklı oy verenler',
  'stats.newReturning': 'Yeni / geri dönen oy verenler',
  'stats.newReturningValue': '{new, number} yeni · {returning, number} geri dönen',
  'stats.busiestHourName': 'En yoğun saat (UTC)',
  'stats.adBlockerShare': 'Reklam engelleyici payı',
  'stats.change': 'Değişim',
  'stats.noPrevious': 'Yok: tüm zamanların önceki bir dönemi yok',
  'stats.previous': 'önceki {days, plural, one {gün} other {# gün}} (aynı saate kadar)',
  'stats.changeValue': '{change}, karşılaştırma: {previous} ({before, number} → {after, number})',
  'chart.credited': 'Sayıldı',
  'chart.adBlocker': 'Reklam engelleyici',
  'chart.denied': 'Reddedildi',

  'votes.leaderboardTitle':
    '🏆 {period, select, week {Bu haftanın} month {Bu ayın} other {Tüm zamanların}} en çok oy verenleri',
  'votes.pickPeriod': 'week, month veya all seç.',
  'votes.leaderboardEmpty': 'Henüz oy yok. İlk sen ol!',
  'votes.you': 'Sen',
  'votes.callerNone': 'Bu dönemde henüz oyun yok.',
  'votes.noReason': 'neden belirtilmedi',
  'votes.notVotedSelf': 'Bu sunucuya henüz oy vermedin. Bir seri başlatmak için Rankly’de oy ver!',
  'votes.notVotedOther': '{user} bu sunucuya henüz oy vermedi.',
  'votes.showTitle': '🗳️ Oylar: {name}',
  'votes.field.votes': 'Oylar',
  'votes.field.streak': 'Seri',
  'votes.field.bestStreak': 'En iyi seri',
  'votes.field.lastVote': 'Son oy',
  'votes.field.nextVote': 'Sonraki oy',
  'votes.field.balance': 'Bakiye',
  'votes.never': 'hiç',
  'votes.now': 'şimdi',
  'votes.notYet': 'henüz değil (Rankly’ye göre)',
  'votes.remindOff': 'Oy hatırlatmaları kapalı.',
  'votes.remindOn':
    'Oy hatırlatmaları açık: tekrar oy verebildiğinde sana DM atacağım. Sunucu üyelerinden gelen DM’lere izin verdiğinden emin ol.',
  'votes.remindOnNext':
    'Oy hatırlatmaları açık: tekrar oy verebildiğinde sana DM atacağım (sonraki: {when}). Sunucu üyelerinden gelen DM’lere izin verdiğinden emin ol.',
  'remind.dm':
    '⏰ Rankly’de tekrar oy verebilirsin: **{server}**! Serin şu an {streak, plural, one {# oy} other {# oy}}; devam etmesi için şimdi oy ver. (Kapatmak için: /oylar hatırlat durum: kapalı.)',
  'remind.dmNoServer':
    '⏰ Rankly’de tekrar oy verebilirsin! Serin şu an {streak, plural, one {# oy} other {# oy}}; devam etmesi için şimdi oy ver. (Kapatmak için: /oylar hatırlat durum: kapalı.)',

  'premium.title': '💎 Premium: {name}',
  'premium.userField': 'Kullanıcı premium',
  'premium.guildField': 'Bu sunucu',
  'premium.none': 'Yok',
  'premium.status': '{status, select, active {etkin} revoked {iptal edildi} other {süresi doldu}}',
  'premium.since': 'Başlangıç: {date}',
  'premium.lifetime': 'Ömür boyu',
  'premium.until': 'Bitiş: {date}',
  'premium.ended': 'Sona erdi: {date}',
  'premium.renews': 'Otomatik yenilenir',
  'premium.giftedBy': 'Hediye eden: {user}',

  'error.title': 'Hmm…',
  'error.notLoaded': 'Bu sunucuyu henüz yüklemedim; birazdan tekrar dene.',
  'error.guildOnly': 'Bu komutu bir sunucuda kullan.',
  'error.internal': 'Üzgünüm, benim tarafımda bir şeyler ters gitti (hata kimliği `{errorId}`).',
  'error.startingUp': 'Başlıyorum; birkaç saniye sonra tekrar dene.',

  'currency.default': '{n, plural, one {jeton} other {jeton}}',
  'template.thisServer': 'bu sunucu',

  'setup.language': 'DM’ler ve duyurular artık şu dilde: {language}. DM önizlemesi, senin sayılarınla:',
  'setup.clear.language':
    'DM’ler ve duyurular artık Discord’daki sunucu dilini izliyor (Sunucu Ayarları → Topluluk → Sunucunun Birincil Dili), şu an: {language}.',

  'checklist.webhookDone':
    'Webhook: Rankly şu adrese gönderiyor: `{url}`, {own, select, yes {bu sunucunun kendi anahtarıyla} other {botun anahtarıyla (işletmecisine sor)}}.',
  'checklist.webhookTodo':
    'Webhook: bu sunucunun anahtarı için `/kurulum webhook` çalıştır, sonra `{url}` adresini ve anahtarı Rankly’ye yapıştır (Server Settings → Vote Webhooks).',
  'checklist.testDone': 'Test teslimatı alındı ({when}).',
  'checklist.testTodo':
    'Test teslimatı: Rankly panelinde **Test Webhook**’a bas; teslimat gelince bu adım işaretlenir.',
  'checklist.rewardDone': 'Ödül: oy verenler şunu alıyor: {reward}.',
  'checklist.rewardTodo': 'Ödül: `/kurulum rol` veya `/kurulum para` ile bir tane seç.',
  'checklist.roleProblem': 'Ödül rolü: {problem}',
  'checklist.roleDone': 'Ödül rolü: {role} verilebilir.',
  'checklist.logDone': 'Kayıt kanalı: {channel}.',
  'checklist.logTodo':
    'Kayıt kanalı: test teslimatlarını ve sorunları sana bildirebilmem için `/kurulum kayıt-kanalı`.',
  'setup.doneTitle': '✅ Tamam',
  'setup.notSaved': 'Kaydedilmedi: {problem}',
  'setup.role': 'Oy verenler artık {role} alıyor ({duration}).',
  'setup.roleForGood': 'kalıcı olarak',
  'setup.roleFor': '{duration} süreyle',
  'setup.currency':
    'Oy verenler artık oy başına {amount, plural, =0 {hiç para birimi almıyor} other {{amount, number} {currency} alıyor}}.',
  'setup.adblocker':
    'Reklam engelleyiciyle verilen oylar artık ödülün %{percent, number} kadarını kazandırıyor.',
  'setup.denials.none':
    'Rankly’nin saymadığı oylar (zaten oy verilmiş, captcha, …) artık hiçbir şey kazandırmıyor.',
  'setup.denials.reduced':
    'Rankly’nin saymadığı oylar (zaten oy verilmiş, captcha, …) artık reklam engelleyici payını (%{percent, number}) kazandırıyor.',
  'setup.denials.full':
    'Rankly’nin saymadığı oylar (zaten oy verilmiş, captcha, …) artık ödülün tamamını kazandırıyor.',
  'setup.premiumRole': 'Rankly premium sahibi üyeler artık şunu alıyor: {role}.',
  'setup.streak': 'Bir öncekinden sonraki {window} içinde verilen oy artık seriyi sürdürüyor; {milestone}.',
  'setup.noMilestone': 'dönüm noktası bonusu yok',
  'setup.multiplier':
    'Rankly premium sahibi oy verenler artık oy başına {value, number}× para birimi alıyor.',
  'setup.cooldown':
    '/oylar artık üyelere son oylarından {duration} sonra tekrar oy verebileceklerini söylüyor.',
  'setup.dmOn':
    'Oy verenler artık bir teşekkür DM’i alıyor{custom, select, yes { (senin metninle)} other {}}. Önizleme, senin sayılarınla:',
  'setup.dmOff': 'Oy verenler artık DM almıyor.',
  'setup.announce':
    'Oylar artık şu kanalda duyuruluyor: {channel}{custom, select, yes { (senin metninle)} other {}}. Önizleme, senin sayılarınla:',
  'setup.logChannel':
    'Rankly’nin test webhook’ları ve ödül sorunları artık şu kanalda bildiriliyor: {channel}.',
  'setup.clear.role': 'Oy verenler artık rol almıyor.',
  'setup.clear.announce': 'Oylar artık duyurulmuyor.',
  'setup.clear.logchannel': 'Kayıt kanalı yok: test webhook’ları ve sorunlar artık Discord’da bildirilmiyor.',
  'setup.clear.premiumrole': 'Rankly premium sahibi üyeler artık rol almıyor.',
  'setup.clear.milestone': 'Artık dönüm noktası bonusu yok.',
  'setup.clear.dmtemplate': 'DM varsayılan metne döndü. Önizleme, senin sayılarınla:',
  'setup.clear.announcetemplate': 'Duyurular varsayılan metne döndü. Önizleme, senin sayılarınla:',
  'setup.clear.currency': 'Oy verenler artık para birimi almıyor.',
  'setup.replayReport':
    'Yeniden verilen: {given, plural, one {# ödül} other {# ödül}}. Verilemeyen: {notGiven, number}.{waiting, plural, =0 {} other { Hâlâ yolda ya da üyenin katılmasını bekliyor: #.}}',
  'setup.replayFix':
    'Listelenenleri düzelt, sonra `/kurulum yeniden-ver` komutunu tekrar çalıştır; `/kurulum durum` kalanları gösterir.',
  'setup.replayed':
    '{n, plural, =0 {Yeniden verilmeyi bekleyen bir şey yoktu.} one {# ödül kuyruğa geri gönderildi.} other {# ödül kuyruğa geri gönderildi.}}',
  'setup.milestone': 'art arda {every, plural, one {her oyda} other {her # oyda}} {bonus} bonus',
  'setup.stepsLeft':
    '{n, plural, =0 {Her şey hazır: oylar ödüllendiriliyor.} one {# adım kaldı.} other {# adım kaldı.}}',
  'setup.events.added':
    '{url} artık botun olaylarını alıyor (vote.received, vote.rewarded, premium.changed), Standard Webhooks yöntemiyle imzalı. **İmza anahtarı yalnızca şimdi gösteriliyor:**',
  'setup.events.removed': 'Bu adres artık olay almıyor: {url}',
  'setup.events.none':
    'Bu sunucunun olaylarını alan bir uç nokta yok. `/kurulum olaylar işlem: uç nokta ekle url: https://…` ile bir tane ekle.',
  'setup.events.line':
    '{url}: {delivered, number} teslim edildi · {pending, number} yolda · {failed, plural, =0 {hata yok} other {# başarısız}}{lastError}',
  'setup.events.replayed':
    '{n, plural, =0 {Başarısız olan olay teslimatı yoktu.} one {# başarısız teslimat, olayının kimliğiyle yeniden gönderiliyor.} other {# başarısız teslimat, olaylarının kimlikleriyle yeniden gönderiliyor.}}',
  'guided.title': '🧭 Oy ödüllerini ayarla',
  'guided.intro':
    'Aşağıdan seç: her seçim, `/kurulum` komutlarında olduğu gibi hemen denetlenir ve kaydedilir. Sonra webhook adresi ve anahtarı için **Bitir**’e bas.',
  'guided.rolePlaceholder': 'Oy verenler için ödül rolü',
  'guided.durationPlaceholder': 'Oy verenler rolü ne kadar süre tutsun',
  'guided.forGood': 'Kalıcı',
  'guided.keepFor': '{duration} süreyle',
  'guided.durationNoRole': 'Oy verenler ödül rolünü şu süreyle tutacak: {duration}. Şimdi rolü seç.',
  'guided.announcePlaceholder': 'Oy duyuruları kanalı',
  'guided.logPlaceholder': 'Kayıt kanalı (test teslimatları, sorunlar)',
  'guided.editDm': 'DM metnini düzenle',
  'guided.finish': 'Bitir: webhook adresi ve anahtarı',
  'guided.dmModalTitle': 'Oy verenlere teşekkür DM’i',
  'guided.dmModalLabel': 'Metnin (varsayılan için boş bırak)',
  'guided.testWaiting':
    '⬜ Test teslimatı: **Bitir**’den sonra webhook adresini ve anahtarı Rankly’ye yapıştır (Server Settings → Vote Webhooks) ve Rankly panelinde **Test Webhook**’a bas. Teslimat gelince bu satır değişir.',
  'guided.testReceived':
    '✅ Test teslimatı alındı ({when}): Rankly bu sunucunun webhook adresi ve anahtarıyla bana ulaşıyor. Test teslimatları asla ödül vermez.',
  'guided.finished': 'Rankly için webhook adresi ve anahtar aşağıda.',
  'guided.testNext':
    'Şimdi Rankly panelinde **Test Webhook**’a bas: test teslimatı gelince bu mesajın ilk satırı değişir.',
  'rankly.gap':
    'Rankly bu ay {rankly, plural, one {# oy} other {# oy}} saydı, {stored, plural, =0 {hiçbiri ulaşmadı} other {# tanesi ulaştı}}: webhook adresini ve botun erişilebilir olduğunu kontrol et.',
  'rankly.noGap':
    'Rankly bu ay {rankly, plural, one {# oy} other {# oy}} saydı; hepsi ulaştı (kontrol: {when}).',
  'status.currency': 'Para birimi: oy başına {amount, number} {currency}',
  'status.activity': 'Son alınan oy: {last} · bugün: {n, plural, one {# oy} other {# oy}}',
  'status.inFlight':
    'Bekleyen: {pending, number} · verilemeyen: {notGiven, number} · denemeleri tükenen: {dead, number}',
  // Slash commands (commands/localize.ts).
  'command.votes.name': 'oylar',
  'command.votes.description': 'Oy serileri, bakiyeler ve sıralama',
  'command.votes.show.name': 'göster',
  'command.votes.show.description': 'Senin oyların (ya da başka bir üyenin): seri, son ve sonraki oy, bakiye',
  'command.votes.show.user.name': 'kullanıcı',
  'command.votes.show.user.description': 'Kimin oyları gösterilsin',
  'command.votes.leaderboard.name': 'sıralama',
  'command.votes.leaderboard.description': 'Bu sunucunun en çok oy veren 10 üyesi ve senin sıran',
  'command.votes.leaderboard.period.name': 'dönem',
  'command.votes.leaderboard.period.description': 'Hangi oylar sayılsın (varsayılan: bu ay)',
  'command.votes.leaderboard.period.choice.week': 'Bu hafta (UTC, pazartesiden itibaren)',
  'command.votes.leaderboard.period.choice.month': 'Bu ay (UTC)',
  'command.votes.leaderboard.period.choice.all': 'Tüm zamanlar',
  'command.votes.remind.name': 'hatırlat',
  'command.votes.remind.description': 'Tekrar oy verebildiğinde bir DM',
  'command.votes.remind.state.name': 'durum',
  'command.votes.remind.state.description': 'Açık ya da kapalı',
  'command.votes.remind.state.choice.on': 'açık',
  'command.votes.remind.state.choice.off': 'kapalı',
  'command.votes.stats.name': 'istatistik',
  'command.votes.stats.description':
    'Bu sunucunun oy eğilimleri: günlük oy grafiği ve oy verme alışkanlıkları',
  'command.votes.stats.period.name': 'dönem',
  'command.votes.stats.period.description': 'Hangi günler (varsayılan: son 30)',
  'command.votes.stats.period.choice.7d': 'Son 7 gün',
  'command.votes.stats.period.choice.30d': 'Son 30 gün',
  'command.votes.stats.period.choice.90d': 'Son 90 gün',
  'command.votes.stats.period.choice.all': 'Tüm zamanlar',
  'command.votes.stats.private.name': 'gizli',
  'command.votes.stats.private.description': 'Yanıtı yalnızca sen görürsün (varsayılan: tüm kanal)',
  'command.premium.name': 'premium',
  'command.premium.description': 'Senin premium’un (ya da başka bir üyenin) ve bu sunucununki',
  'command.premium.user.name': 'kullanıcı',
  'command.premium.user.description': 'Kimin premium’u gösterilsin',
  'command.setup.name': 'kurulum',
  'command.setup.description': 'Bu sunucunun oy ödüllerini ayarla',
  'command.setup.start.name': 'başlat',
  'command.setup.start.description':
    'Rehberli kurulum: tüm seçimler tek mesajda, ardından Rankly için webhook',
  'command.setup.role.name': 'rol',
  'command.setup.role.description': 'Oy verenler için ödül rolü, istersen sınırlı bir süreyle',
  'command.setup.role.role.name': 'rol',
  'command.setup.role.role.description': 'Rol',
  'command.setup.role.duration.name': 'süre',
  'command.setup.role.duration.description':
    'Oy verenler rolü ne kadar tutsun, ör. 12h, 1d (1 dakika ile 365 gün arası; varsayılan: kalıcı)',
  'command.setup.currency.name': 'para',
  'command.setup.currency.description': 'Oy başına para birimi',
  'command.setup.currency.amount.name': 'miktar',
  'command.setup.currency.amount.description': 'Oy başına miktar',
  'command.setup.currency.name.name': 'ad',
  'command.setup.currency.name.description':
    'Para biriminin adı, ör. jeton (tekil ve çoğul için coin/coins gibi)',
  'command.setup.adblocker.name': 'reklam-engelleyici',
  'command.setup.adblocker.description': 'Reklam engelleyiciyle verilen oylar için ödül payı',
  'command.setup.adblocker.percent.name': 'yüzde',
  'command.setup.adblocker.percent.description': '0 ile 100 arası (varsayılan 50)',
  'command.setup.denials.name': 'reddedilenler',
  'command.setup.denials.description':
    'Rankly’nin saymadığı oyların kazandırdığı (zaten oy verilmiş, captcha, …)',
  'command.setup.denials.policy.name': 'kural',
  'command.setup.denials.policy.description': 'Bu oylar için ödül',
  'command.setup.denials.policy.choice.none': 'Hiçbir şey (varsayılan)',
  'command.setup.denials.policy.choice.reduced': 'Reklam engelleyici payı',
  'command.setup.denials.policy.choice.full': 'Ödülün tamamı',
  'command.setup.premiumrole.name': 'premium-rol',
  'command.setup.premiumrole.description': 'Rankly premium sahibi üyeler için rol',
  'command.setup.premiumrole.role.name': 'rol',
  'command.setup.premiumrole.role.description': 'Rol',
  'command.setup.streak.name': 'seri',
  'command.setup.streak.description': 'Seri süresi ve dönüm noktası bonusu',
  'command.setup.streak.window_hours.name': 'pencere_saat',
  'command.setup.streak.window_hours.description': 'Bu kadar saat içinde verilen oy seriyi sürdürür (36)',
  'command.setup.streak.milestone_every.name': 'dönüm_noktası_her',
  'command.setup.streak.milestone_every.description': 'Art arda her N oyda bonus',
  'command.setup.streak.milestone_bonus.name': 'dönüm_noktası_bonus',
  'command.setup.streak.milestone_bonus.description': 'Bonus para birimi',
  'command.setup.multiplier.name': 'çarpan',
  'command.setup.multiplier.description': 'Premium sahibi oy verenler için para birimi çarpanı',
  'command.setup.multiplier.value.name': 'değer',
  'command.setup.multiplier.value.description': 'ör. 2 ikiye katlar (varsayılan 1)',
  'command.setup.cooldown.name': 'bekleme',
  'command.setup.cooldown.description': 'İki oy arasındaki saat, /oylar içinde gösterilir (12)',
  'command.setup.cooldown.hours.name': 'saat',
  'command.setup.cooldown.hours.description': 'Saat',
  'command.setup.dm.name': 'dm',
  'command.setup.dm.description': 'Oy verenlere teşekkür DM’i',
  'command.setup.dm.enabled.name': 'açık',
  'command.setup.dm.enabled.description': 'Gönderilsin mi',
  'command.setup.dm.template.name': 'şablon',
  'command.setup.dm.template.description': 'Kendi metnin. Yer tutucular: {placeholders}',
  'command.setup.announce.name': 'duyur',
  'command.setup.announce.description': 'Oyları bir kanalda duyur',
  'command.setup.announce.channel.name': 'kanal',
  'command.setup.announce.channel.description': 'Nerede',
  'command.setup.announce.template.name': 'şablon',
  'command.setup.announce.template.description': 'Kendi metnin. Yer tutucular: {placeholders}',
  'command.setup.logchannel.name': 'kayıt-kanalı',
  'command.setup.logchannel.description': 'Test webhook’ları ve sorunlar için kanal',
  'command.setup.logchannel.channel.name': 'kanal',
  'command.setup.logchannel.channel.description': 'Nerede',
  'command.setup.language.name': 'dil',
  'command.setup.language.description': 'DM’lerin ve duyuruların dili (varsayılan: Discord’daki sunucu dili)',
  'command.setup.language.language.name': 'dil',
  'command.setup.language.language.description': 'Hangi dil',
  'command.setup.language.language.choice.server': 'Discord’daki sunucu dili',
  'command.setup.clear.name': 'sıfırla',
  'command.setup.clear.description': 'Bir ayarı kapat ya da varsayılana döndür',
  'command.setup.clear.setting.name': 'ayar',
  'command.setup.clear.setting.description': 'Hangisi',
  'command.setup.clear.setting.choice.role': 'rol',
  'command.setup.clear.setting.choice.announce': 'duyurular',
  'command.setup.clear.setting.choice.logchannel': 'kayıt kanalı',
  'command.setup.clear.setting.choice.premiumrole': 'premium rolü',
  'command.setup.clear.setting.choice.milestone': 'dönüm noktası bonusu',
  'command.setup.clear.setting.choice.dmtemplate': 'DM metni',
  'command.setup.clear.setting.choice.announcetemplate': 'duyuru metni',
  'command.setup.clear.setting.choice.currency': 'para birimi',
  'command.setup.clear.setting.choice.language': 'dil',
  'command.setup.webhook.name': 'webhook',
  'command.setup.webhook.description': 'Bu sunucunun Rankly için webhook adresi ve anahtarı',
  'command.setup.webhook.rotate.name': 'yenile',
  'command.setup.webhook.rotate.description':
    'Yeni bir anahtar oluştur (eskisi bir geçiş süresi boyunca çalışmaya devam eder)',
  'command.setup.status.name': 'durum',
  'command.setup.status.description': 'Yapılandırma, izinler ve son etkinlik',
  'command.setup.replay.name': 'yeniden-ver',
  'command.setup.replay.description': 'Verilemeyen ödülleri yeniden ver (nedeni düzelttikten sonra)',
  'command.setup.export.name': 'dışa-aktar',
  'command.setup.export.description': 'Bu sunucunun oyları (veya mağaza satın almaları) CSV dosyası olarak',
  'command.setup.export.period.name': 'dönem',
  'command.setup.export.period.description': 'Hangi günler (varsayılan: tüm zamanlar)',
  'command.setup.export.period.choice.7d': 'Son 7 gün',
  'command.setup.export.period.choice.30d': 'Son 30 gün',
  'command.setup.export.period.choice.90d': 'Son 90 gün',
  'command.setup.export.period.choice.all': 'Tüm zamanlar',
  'command.setup.events.name': 'olaylar',
  'command.setup.events.description':
    'Bu sunucunun olaylarını (oylar, ödüller, premium) kendi HTTPS uç noktalarına gönder',
  'command.setup.events.do.name': 'işlem',
  'command.setup.events.do.description': 'Ne yapılsın',
  'command.setup.events.do.choice.add': 'uç nokta ekle (ya da onun için yeni bir anahtar oluştur)',
  'command.setup.events.do.choice.remove': 'uç noktayı kaldır',
  'command.setup.events.do.choice.list': 'uç noktaları ve teslimatları listele',
  'command.setup.events.do.choice.replay': 'başarısız teslimatları yeniden gönder',
  'command.setup.events.url.name': 'url',
  'command.setup.events.url.description': 'Uç nokta, https://…',
  'command.setup.economy.name': 'ekonomi',
  'command.setup.economy.description':
    'Oy para birimini yerleşik bakiye yerine (ya da ona ek olarak) UnbelievaBoat’a öde',
  'command.setup.economy.provider.name': 'sağlayıcı',
  'command.setup.economy.provider.description': 'Oy para birimi nereye gitsin',
  'command.setup.economy.provider.choice.unbelievaboat': 'UnbelievaBoat',
  'command.setup.economy.provider.choice.off': 'kapalı (yalnızca yerleşik bakiye)',
  'command.setup.economy.token.name': 'token',
  'command.setup.economy.token.description':
    'UnbelievaBoat uygulamanın API token’ı (https://unbelievaboat.com/applications)',
  'command.setup.economy.balance.name': 'bakiye',
  'command.setup.economy.balance.description': 'Hangi UnbelievaBoat bakiyesine ödensin (varsayılan: nakit)',
  'command.setup.economy.balance.choice.cash': 'nakit',
  'command.setup.economy.balance.choice.bank': 'banka',
  'command.setup.economy.mode.name': 'mod',
  'command.setup.economy.mode.description': 'Yerleşik bakiye yerine (varsayılan) ya da ona ek olarak',
  'command.setup.economy.mode.choice.instead': 'yerleşik bakiye yerine',
  'command.setup.economy.mode.choice.also': 'yerleşik bakiyeye ek olarak',

  // Loyalty: vote tiers, monthly champions, streak protection.
  'tier.counter': '{counts, select, total {toplamda} streak {art arda} other {bir takvim ayında}}',
  'tier.added': '{counter} {votes, plural, one {# oya} other {# oya}} ulaşan üyeler artık {role} alıyor.',
  'tier.removed': '{role} artık bir kademe değil: ona sahip üyeler onu korur ve bot artık onu değiştirmez.',
  'tier.notATier': '{role} bir kademe değil. `/kurulum kademe liste` kademeleri gösterir.',
  'tier.line': '{role}: {counter} {votes, plural, one {# oy} other {# oy}}',
  'tier.none': 'Bu sunucuda oy kademesi yok. `/kurulum kademe ekle` ile bir tane ekle.',
  'tier.mode.stack': 'Üyeler artık ulaştıkları her kademe rolünü korur.',
  'tier.mode.replace':
    'Üyeler artık her sayımda (toplamda, art arda, bir ayda) ulaştıkları yalnızca en yüksek kademeyi tutar: alt kademe rolleri alınır.',
  'votes.tier': '{role} ({counter} {votes, plural, one {# oy} other {# oy}})',
  'votes.noTier': 'henüz yok',
  'votes.nextTier': '{counter} {n, plural, one {# oy} other {# oy}} daha ile {role}',
  'votes.topTier': '{counter} en yüksek kademe',
  'votes.protectionAvailable': 'hazır: bu ay kaçırılan bir pencere seriyi bozmaz',
  'votes.protectionUsed': '{when} kullanıldı; ayın 1’inde yeniden hazır',
  'setup.champions':
    'Her takvim ayının (UTC) en çok oy veren {count, plural, one {üyesi} other {# üyesi}} artık ayın 1’inde {role} alıyor{channel, select, none {} other {, {channel} kanalında duyurulur}}. İlk şampiyonlar bu ayınkiler.',
  'setup.clear.champions': 'Artık aylık şampiyon yok; bu ayınkiler rollerini korur.',
  'setup.protectionOn': 'Seri koruması açık: ayda bir kez, kaçırılan bir pencere seriyi bitirmez.',
  'setup.protectionOff': 'Seri koruması kapalı: kaçırılan bir pencere seriyi bitirir.',
  'setup.clear.protection': 'Seri koruması kapalı: kaçırılan bir pencere seriyi bitirir.',
  'champions.announce':
    '🏆 {month} ayının en çok oy verenleri: {names}!{role, select, none {} other { Bu ay {role} onların.}}',
  'champions.name': '{user} ({n, plural, one {# oy} other {# oy}})',
  'status.tiers':
    '{n, plural, =0 {Kademeler: yok} other {Kademeler ({mode, select, stack {üst üste} other {en yüksek alttakilerin yerini alır}}):}}',
  'status.champions':
    'Aylık şampiyonlar: {role, select, none {kapalı} other {ilk {count, number} kişi {role} alır{last, select, none {} other { · son taç giyenler: {last}}}}}',
  'setup.replayLoyalty':
    '{n, plural, one {# kademe veya şampiyon rolü değişikliği} other {# kademe veya şampiyon rolü değişikliği}} yeniden gönderildi.',
  'status.protection': 'Seri koruması: {on, select, yes {açık (ayda bir kaçırılan pencere)} other {kapalı}}',

  // The reward shop.
  'shop.price': '{amount, number} {currency}',
  'shop.balance': 'Bakiyen: {balance}',
  'shop.empty': 'Mağaza boş. Yöneticiler `/kurulum mağaza ekle` ile ürün ekler.',
  'shop.itemRole': '{role}',
  'shop.itemRoleFor': '{duration} boyunca {role}',
  'shop.itemCustom': 'ekip tarafından verilir',
  'shop.itemLeft': '{left, plural, =0 {tükendi} other {# kaldı}}',
  'shop.itemLimit': 'üye başına en fazla {limit, number}',
  'shop.buyHint': 'Satın almak için bir düğmeye bas ya da adıyla `/mağaza satın-al ürün:` kullan.',
  'shop.bought.role': '**{item}** ürününü {price} karşılığında aldın: {role} artık senin{until}.',
  'shop.bought.until': ' ({when} tarihine kadar)',
  'shop.bought.notice':
    '**{item}** ürününü {price} karşılığında aldın. Ekibe haber verildi, sana teslim edecekler.',
  'shop.onItsWay': '**{item}** ürününü {price} karşılığında aldın. Discord şu an yavaş: birazdan gelir.',
  'shop.refunded': '**{item}** ürününü sana veremedim: {why} {price} iade edildi.',
  'shop.duplicate': 'Bu düğme **{item}** ürününü zaten satın aldı: başka bir şey alınmadı.',
  'shop.refused.balance': '**{item}** {price} tutuyor; sende {balance} var. Daha fazla kazanmak için oy ver!',
  'shop.refused.soldOut': '**{item}** tükendi.',
  'shop.refused.limit':
    'Her üye en fazla {limit, plural, one {# adet} other {# adet}} **{item}** tutabilir ve sende o kadar var. Hiçbir şey alınmadı.',
  'shop.refused.noItem': 'Satışta “{item}” adında bir ürün yok. `/mağaza ürünler` ürünleri listeler.',
  'shop.refused.economy':
    'Mağaza burada kapalı: bu sunucu oy parasını yerleşik bakiye yerine UnbelievaBoat’a yatırıyor ve mağaza yalnızca yerleşik bakiyeyle satış yapıyor. Bir yönetici açmak için `/kurulum ekonomi` içinde “yerleşik bakiyeye ek olarak” modunu seçebilir.',
  'shop.refused.noLogChannel':
    'Özel ürünler ekibe kayıt kanalında duyurulur ve bu sunucunun kayıt kanalı yok, bu yüzden **{item}** şu an satın alınamaz. Hiçbir şey alınmadı.',
  'shop.refused.role': '**{item}** şu an satın alınamaz: {problem} Hiçbir şey alınmadı.',
  'shop.refund.missingPermissions':
    'Discord {role} rolünü vermeme izin vermedi (eksik izinler: rolüm onun üstünde olmalı ve Rolleri Yönet iznine sahip olmalı). Yöneticilere haber verildi.',
  'shop.refund.notMember': 'bu sunucunun üyesi değilsin.',
  'shop.refund.failed': 'Discord reddetti ({detail}).',
  'shop.notice': '🛒 {user}, **{item}** satın aldı (satın alma no. {id}): ekip, lütfen teslim edin.',
  'shop.historyLine': '{when} **{item}**, {price}{refunded, select, yes { (iade edildi)} other {}}',
  'shop.exported':
    '{period} {n, plural, =0 {hiç satın alma yok} other {# satın alma}}, en eskiler önce, teslimat ve iadelerle (saatler UTC).',
  'shop.historyEmpty': 'Burada henüz bir şey satın almadın.',
  'setup.shop.added': '**{name}** artık {price} karşılığında satışta: {what}{extra}.',
  'setup.shop.removed':
    '**{name}** artık satışta değil. {sold, plural, =0 {Kimse satın almadı.} other {# satın alma geçmişte kalır.}}',
  'setup.shop.line':
    '**{name}**: {price} · {what} · {sold, plural, one {# satıldı} other {# satıldı}}{extra}',
  'setup.shop.none': 'Satışta bir şey yok. `/kurulum mağaza ekle` ile bir ürün ekle.',
  'status.shop':
    '{items, plural, =0 {Satışta ürün yok} other {Satışta # ürün}} · {sold, plural, one {# satın alma} other {# satın alma}} · {refunded, plural, =0 {iade yok} other {# iade}}',

  // The community goal.
  'goal.reached':
    '🎉 Topluluk hedefine ulaşıldı: {period, select, week {bu hafta} other {bu ay}} {votes, plural, one {# oy} other {# oy}}! {period, select, week {Bu hafta} other {Bu ay}} oy veren herkes {reward} alıyor.',
  'goal.progress':
    '{bar}\n{period, select, week {Bu hafta} other {Bu ay}} {votes, number} / {target, plural, one {# oy} other {# oy}}{reached, select, yes {: ulaşıldı! 🎉} other {}} · ödül: {reward}',
  'goal.none': 'Topluluk hedefi yok. Yöneticiler `/kurulum hedef` ile bir tane belirler.',
  'setup.goal.saved':
    'Topluluk hedefi artık her {period, select, week {hafta} other {ay}} (UTC) {votes, plural, one {# oy} other {# oy}}; hedefe ulaşıldığında o {period, select, week {hafta} other {ay}} oy veren herkes {reward} alır.',
  'setup.goal.cleared': 'Artık topluluk hedefi yok.',
  'status.goal':
    '{period, select, week {Bu hafta} other {Bu ay}} {votes, number} / {target, plural, one {# oy} other {# oy}}{reached, select, yes {, ulaşıldı} other {}} · ödül: {reward}',

  // Slash commands of the loyalty, shop and goal features.
  'command.setup.streak.protection.name': 'koruma',
  'command.setup.streak.protection.description':
    'Ayda bir kaçırılan pencereye rağmen seriyi koru (varsayılan: kapalı)',
  'command.setup.clear.setting.choice.champions': 'aylık şampiyonlar',
  'command.setup.clear.setting.choice.protection': 'seri koruması',
  'command.setup.export.data.name': 'veri',
  'command.setup.export.data.description': 'Neyin dışa aktarılacağı (varsayılan: oylar)',
  'command.setup.export.data.choice.votes': 'oylar',
  'command.setup.export.data.choice.purchases': 'mağaza satın almaları ve iadeler',
  'command.setup.champions.name': 'şampiyonlar',
  'command.setup.champions.description':
    'Her takvim ayının (UTC) en çok oy verenlerine bir rol, ayın 1’inde devredilir',
  'command.setup.champions.role.name': 'rol',
  'command.setup.champions.role.description': 'Şampiyonların rolü',
  'command.setup.champions.count.name': 'sayı',
  'command.setup.champions.count.description': 'En çok oy verenlerden kaç kişi (varsayılan 3)',
  'command.setup.goal.name': 'hedef',
  'command.setup.goal.description':
    'Haftalık veya aylık sunucu çapında bir oy hedefi, oy veren herkese ödüllü',
  'command.setup.goal.votes.name': 'oylar',
  'command.setup.goal.votes.description': 'Tüm sunucunun dönemde ulaşması gereken oy (0: hedef yok)',
  'command.setup.goal.period.name': 'dönem',
  'command.setup.goal.period.description': 'Takvim haftası veya ayı, UTC (varsayılan: ay)',
  'command.setup.goal.period.choice.week': 'hafta',
  'command.setup.goal.period.choice.month': 'ay',
  'command.setup.goal.role.name': 'rol',
  'command.setup.goal.role.description': 'Ödül: dönemde oy veren herkese bir rol',
  'command.setup.goal.duration.name': 'süre',
  'command.setup.goal.duration.description': 'Rolü ne kadar tutacakları, ör. 7d (varsayılan: 7 gün)',
  'command.setup.goal.coins.name': 'jeton',
  'command.setup.goal.coins.description': 'Ödül: dönemde oy veren herkese jeton bonusu',
  'command.setup.tier.name': 'kademe',
  'command.setup.tier.description': 'Oy kademeleri: belirli sayıda oya ulaşan üyelere roller',
  'command.setup.tier.add.name': 'ekle',
  'command.setup.tier.add.description': 'Belirli sayıda oya ulaşan üyelere bir rol',
  'command.setup.tier.add.votes.name': 'oylar',
  'command.setup.tier.add.votes.description': 'Ulaşılacak oy sayısı',
  'command.setup.tier.add.role.name': 'rol',
  'command.setup.tier.add.role.description': 'Üyelerin alacağı rol',
  'command.setup.tier.add.counts.name': 'sayım',
  'command.setup.tier.add.counts.description': 'Hangi oyların sayılacağı (varsayılan: hepsi)',
  'command.setup.tier.add.counts.choice.total': 'tüm oylar (varsayılan)',
  'command.setup.tier.add.counts.choice.streak': 'art arda oylar (mevcut seri)',
  'command.setup.tier.add.counts.choice.month': 'bu takvim ayındaki oylar (UTC)',
  'command.setup.tier.remove.name': 'kaldır',
  'command.setup.tier.remove.description': 'Bir kademe rolünü vermeyi bırak (sahip olanlar korur)',
  'command.setup.tier.remove.role.name': 'rol',
  'command.setup.tier.remove.role.description': 'Kademe rolü',
  'command.setup.tier.list.name': 'liste',
  'command.setup.tier.list.description': 'Bu sunucunun oy kademeleri',
  'command.setup.tier.mode.name': 'mod',
  'command.setup.tier.mode.description':
    'Ulaşılan her kademe rolünü tut (üst üste) ya da yalnızca en yükseğini (değiştir, varsayılan)',
  'command.setup.tier.mode.mode.name': 'mod',
  'command.setup.tier.mode.mode.description': 'Üst üste veya değiştir',
  'command.setup.tier.mode.mode.choice.replace': 'değiştir: yalnızca ulaşılan en yüksek kademe (varsayılan)',
  'command.setup.tier.mode.mode.choice.stack': 'üst üste: ulaşılan her kademe',
  'command.setup.shop.name': 'mağaza',
  'command.setup.shop.description': 'Ödül mağazası: üyelerin oy parasıyla satın aldığı ürünler',
  'command.setup.shop.add.name': 'ekle',
  'command.setup.shop.add.description':
    'Bir ürünü satışa koy: bir rol (kalıcı ya da süreli) ya da ekibin teslim ettiği özel bir ürün',
  'command.setup.shop.add.name.name': 'ad',
  'command.setup.shop.add.name.description': 'Üyelerin gördüğü',
  'command.setup.shop.add.price.name': 'fiyat',
  'command.setup.shop.add.price.description': 'Oy parası cinsinden',
  'command.setup.shop.add.role.name': 'rol',
  'command.setup.shop.add.role.description': 'Verdiği rol (yoksa: özel ürün, ekip teslim eder)',
  'command.setup.shop.add.duration.name': 'süre',
  'command.setup.shop.add.duration.description': 'Rolün ne kadar kalacağı, ör. 7d (varsayılan: kalıcı)',
  'command.setup.shop.add.stock.name': 'stok',
  'command.setup.shop.add.stock.description': 'Toplam kaç tane satılabileceği (varsayılan: sınırsız)',
  'command.setup.shop.add.limit.name': 'sınır',
  'command.setup.shop.add.limit.description': 'Bir üyenin kaç tane tutabileceği (varsayılan: sınırsız)',
  'command.setup.shop.remove.name': 'kaldır',
  'command.setup.shop.remove.description': 'Bir ürünü satıştan kaldır (satın almaları geçmişte kalır)',
  'command.setup.shop.remove.name.name': 'ad',
  'command.setup.shop.remove.name.description': 'Ürünün adı',
  'command.setup.shop.list.name': 'liste',
  'command.setup.shop.list.description': 'Satıştaki ürünler ve satılanlar',
  'command.shop.name': 'mağaza',
  'command.shop.description': 'Oy paranı harca',
  'command.shop.items.name': 'ürünler',
  'command.shop.items.description': 'Satışta olanlar, bakiyen ve satın alma düğmeleri',
  'command.shop.buy.name': 'satın-al',
  'command.shop.buy.description': 'Bir ürün satın al',
  'command.shop.buy.item.name': 'ürün',
  'command.shop.buy.item.description': 'Ürünün adı',
  'command.shop.history.name': 'geçmiş',
  'command.shop.history.description': 'Burada satın aldıkların',

  // Who may change what (src/discord/permissions.ts): the refusals of the admin, role and
  // channel rules, by reason code, and the permissions they name (as Discord names them).
  'rule.admin.manageServer':
    'Oy ödüllerini değiştirmek için **Sunucuyu Yönet** iznine ihtiyacın var. Bir sunucu yöneticisine sor.',
  'rule.admin.manageRoles':
    'Bir ödül rolü seçmek, Sunucuyu Yönet’in yanında **Rolleri Yönet** izni de gerektirir. İkisine de sahip bir sunucu yöneticisine sor.',
  'rule.role.gone': 'Bu rol artık yok. Başka birini seç.',
  'rule.role.everyone': '@everyone ödül olarak verilemez. Başka bir rol seç.',
  'rule.role.managed':
    '{role} bir entegrasyon tarafından yönetiliyor (bir botun kendi rolü ya da booster rolü) ve verilemez. Başka bir rol seç.',
  'rule.role.dangerous':
    '{role} rolünde {permissions} {count, plural, one {izni} other {izinleri}} var: bir oy ödülü kimseye yetkili gücü vermemeli. {count, plural, one {Onu} other {Onları}} Sunucu Ayarları → Roller’den rolden kaldır ya da {count, plural, one {onsuz} other {onlarsız}} bir rol seç.',
  'rule.role.aboveInvoker':
    '{role}, en yüksek rolün {highest} altında değil: yalnızca kendi rolünün altındaki bir rolü seçebilirsin. Daha yüksek rolü olan birine ya da sunucu sahibine sor.',
  'rule.botUnknown':
    '{bot, select, me {Bu sunucudaki kendi üyeliğimi} other {{bot} bu sunucudaki kendi üyeliğini}} henüz göremiyor{bot, select, me {um} other {}}; birazdan tekrar dene.',
  'rule.role.botNeedsManageRoles':
    '{bot, select, me {{permissions} iznine ihtiyacım var} other {{bot} için {permissions} izni gerekli}}: Sunucu Ayarları → Roller → {bot, select, me {rolüm} other {{bot} rolü}} → {permissions} iznini aç.',
  'rule.role.aboveBot':
    '{role}, {bot, select, me {en yüksek rolüm} other {{bot} için en yüksek rol}} {highest} ile aynı seviyede ya da üstünde. Sunucu Ayarları → Roller’de {bot, select, me {rolümü} other {{bot} rolünü}} onun üstüne sürükle.',
  'rule.channel.unseen': '{channel} kanalını göremiyorum. Bu sunucunun bir metin kanalını seç.',
  'rule.channel.invoker':
    '{channel} kanalını {see, select, yes {göremiyor ve oraya yazamıyorsun} other {yazamıyorsun}} ({permissions} yok): yazabildiğin bir kanal seç.',
  'rule.channel.bot':
    '{channel} kanalına yazamıyorum: orada {permissions} iznine ihtiyacım var. Kanalın ayarlarında (Kanalı Düzenle → İzinler) rolüme bunlara izin ver, sonra bunu tekrar çalıştır.',
  'permission.administrator': 'Yönetici',
  'permission.manageGuild': 'Sunucuyu Yönet',
  'permission.manageRoles': 'Rolleri Yönet',
  'permission.manageChannels': 'Kanalları Yönet',
  'permission.manageWebhooks': 'Webhook’ları Yönet',
  'permission.manageMessages': 'Mesajları Yönet',
  'permission.banMembers': 'Üyeleri Yasakla',
  'permission.kickMembers': 'Üyeleri At',
  'permission.moderateMembers': 'Üyelere Zaman Aşımı Uygula',
  'permission.mentionEveryone': '@everyone, @here ve Tüm Rollerden Bahset',
  'permission.viewChannel': 'Kanalı Görüntüle',
  'permission.sendMessages': 'Mesaj Gönder',
  'permission.embedLinks': 'Bağlantı Yerleştir',
  'permission.attachFiles': 'Dosya Ekle',

  // /setup status, in the admin's language (commands/setup/status.ts).
  'status.title': '⚙️ Oy ödülleri: durum',
  'status.field.rewards': 'Ödüller',
  'status.field.economy': 'Ekonomi',
  'status.field.loyalty': 'Sadakat',
  'status.field.goal': 'Topluluk hedefi',
  'status.field.shop': 'Mağaza',
  'status.field.premium': 'Premium',
  'status.field.webhook': 'Webhook',
  'status.field.inFlight': 'Yoldaki ödüller',
  'status.notSet': 'ayarlanmadı',
  'status.canBeGiven': 'verilebilir',
  'status.role': 'Rol: {role}{duration, select, none {} other { ({duration})}}',
  'status.adBlocker':
    'Reklam engelleyici: %{percent, number} · diğer retler: {denials, select, none {hiçbir şey} reduced {azaltılmış} other {tam}}',
  'status.dm': 'DM: {on, select, yes {açık} other {kapalı}}{own, select, yes { (kendi metin)} other {}}',
  'status.announce':
    'Duyurular: {channel, select, none {kapalı} other {{channel}}}{own, select, yes { (kendi metin)} other {}}',
  'status.streak':
    'Seri aralığı: {hours, number} sa{every, plural, =0 {} other { · art arda her # oyda {bonus, number} bonus}}',
  'status.premium': 'Rol: {role} · oy çarpanı ×{multiplier, number}',
  'status.ownSecret':
    'Kendi secret’ı: {own, select, yes {evet} other {hayır (botun genel secret’ı geçerli)}}{previous, select, none {} other { · öncekisi {previous} tarihine kadar çalışıyor}}',
  'status.never': 'hiç',
  'status.logChannel': 'Log kanalı: {channel, select, none {ayarlanmadı} other {{channel}}}',
  'status.replayHint': 'Nedeni düzelt, sonra `/kurulum yeniden-ver`.',
  'status.economy.where': 'Oy parası: {where}',
  'status.economy.builtIn': 'yerleşik bakiye',
  'status.economy.unbelievaboat':
    'UnbelievaBoat {balance}, yerleşik bakiye{mode, select, also {ye ek olarak} other { yerine}}{key, select, yes {} other { · ❌ Botta ENCRYPTION_KEY ayarlı değil: hiçbir şey ödenemez}}',
  'status.economy.payments':
    'UnbelievaBoat ödemeleri: {paid, number} ödendi · {pending, number} bekliyor · verilmedi: {notGiven, number} ({unknown, number} sonucu bilinmiyor, asla tekrarlanmaz)',
  'status.economy.lastProblem': 'Son sorun: {problem}',
  'status.shopClosed':
    '❌ Kapalı: UnbelievaBoat, mağazanın satış yaptığı yerleşik bakiyenin yerini alıyor (README “Shop”).',
  'status.shopRole': '❌ Satıştaki {role}: {problem}',

  // /setup webhook (and the guided setup's Finish), /setup events, /setup economy, /setup export, /setup replay.
  'webhook.title': '🔗 Rankly webhook’u',
  'webhook.urlField': 'Webhook URL’si',
  'webhook.noteField': 'Not',
  'webhook.noPublicUrl': 'Bot herkese açık adresini bilmiyor: operatöründen PUBLIC_URL ayarlamasını iste.',
  'webhook.hasSecret':
    'Bu sunucunun zaten bir secret’ı var. Yalnızca hash olarak saklandığı için tekrar gösterilemez; yenisi için `/kurulum webhook yenile: True` kullan.',
  'webhook.pasteThese':
    'Bunları Rankly’ye yapıştır: Sunucu Ayarları → Vote Webhooks. **Secret yalnızca şimdi gösteriliyor.**',
  'webhook.previousUntil':
    'Önceki secret {until} tarihine kadar ({relative}) çalışmaya devam ediyor; böylece sen Rankly’yi güncellerken oy kaybolmaz.',
  'webhook.previousGone': 'Önceki secret artık çalışmıyor.',
  'webhook.firstSecret':
    'Bundan sonra bu sunucunun oyları bu secret’ı gerektirir; botun genel secret’ı burada artık geçerli değil.',
  'webhook.notStored':
    'Yeni secret kaydedilemedi, bu yüzden çalışmıyor; önceki hâlâ çalışıyor. `/kurulum webhook yenile: True` komutunu tekrar çalıştır.',
  'events.title': '📡 Giden olaylar',
  'events.secretField': 'İmza secret’ı',
  'events.needUrl': 'Uç noktayı ver: `url: https://…`.',
  'events.notOurs':
    '{url} bu sunucunun uç noktalarından biri değil (`/kurulum olaylar işlem: uç noktaları ve teslimatları listele`).',
  'events.lastProblem': ' (son sorun: {problem})',
  'events.max': 'En fazla {n, number} uç nokta.',
  'economy.off': 'UnbelievaBoat kapalı: token’ı silindi ve oy parası yerleşik bakiyeye gidiyor.',
  'economy.wasOff': 'Ayarlı bir ekonomi yoktu: oy parası yerleşik bakiyeye gidiyor.',
  'economy.noKey':
    'Bu botta UnbelievaBoat ödemeleri kapalı: token’ı şifreli saklanırdı ve botun bunun için bir anahtarı yok. Botun operatörü `ENCRYPTION_KEY` ayarlamalı (32 rastgele bayt, ör. `openssl rand -base64 32`) ve botu yeniden başlatmalı. Hiçbir şey kaydedilmedi.',
  'economy.needToken': 'UnbelievaBoat uygulamanın token’ını ver: `token:` ({url} adresinden).',
  'economy.notSavedTitle': '❌ Kaydedilmedi',
  'economy.saved':
    'Oy parası ve seri bonusları artık her oy verenin UnbelievaBoat **{balance}** bakiyesine, {mode, select, also {yerleşik bakiyeye ek olarak} other {yerleşik bakiye yerine}} ödeniyor. Token şifreli saklanıyor ve bir daha gösterilmeyecek. Ödemeler `/kurulum durum` içinde görünür.',
  'economy.refused401':
    'UnbelievaBoat bu token’ı reddetti (401): {url} adresinden tekrar kopyala. Hiçbir şey kaydedilmedi.',
  'economy.refused403':
    'Token geçerli, ama uygulaması bu sunucu için yetkilendirilmemiş (403). {url} adresinde uygulamayı aç, **Authorize** bağlantısını kullanıp bu sunucuyu seç, sonra bunu tekrar çalıştır. Hiçbir şey kaydedilmedi.',
  'economy.checkFailed':
    'Token UnbelievaBoat ile kontrol edilemedi ({detail}). Hiçbir şey kaydedilmedi: daha sonra tekrar dene.',
  'export.tooLarge':
    'Dışa aktarma ({period}) Discord’un eklememe izin verdiğinden büyük ({mb, number} MB). Daha kısa bir dönem seç ya da botun operatöründen `npm run cli -- export votes --guild {guildId}` iste.',
  'export.noVotes': 'Oy yok ({period}): dosyada yalnızca başlık satırı var.',
  'setup.giveAnOption': 'Seçeneklerden en az birini ver.',
  'setup.unknownSetting': 'Bilinmeyen ayar.',
  'setup.replayNotAllTitle': '⚠️ Hepsi verilmedi',

  // Labels of /votes show, /shop, /setup tier list and /setup shop (loyalty, shop, goal).
  'votes.field.tier': 'Kademe',
  'votes.field.nextTier': 'Sonraki kademe',
  'votes.field.protection': 'Seri koruması',
  'votes.protectionThisMonth': 'bu ay',
  'goal.field': '🎯 Topluluk hedefi',
  'shop.title': '🛒 {server} mağazası',
  'shop.historyTitle': '🧾 Satın aldıkların',
  'tier.listTitle': '🏅 Oy kademeleri',
  'tier.modeField': 'Mod',
  'setup.shop.durationNeedsRole': 'Bir süre için rol gerekir: özel bir ürünün rolü yok.',
  'setup.shop.listTitle': '🛒 Mağaza ürünleri',
  'setup.shop.noLogChannel':
    '⚠️ Özel ürünler yetkililere log kanalında duyurulur: `/kurulum kayıt-kanalı` ile bir tane ayarla, yoksa kimse onu satın alamaz.',

  // The log channel's alerts and the worker's notes there, in the guild's language (src/jobs/guild-alerts.ts).
  'alert.rewards':
    '⚠️ Oy ödülleri: {problem} Verilmeyen ödüller saklanıyor; bu düzeltildiğinde onları vermek için `/kurulum yeniden-ver` çalıştır.',
  'alert.missingRole':
    '{role} ödül rolünü vermek için iznim eksik. Bota **{manageRoles}** iznini ver ve Sunucu Ayarları → Roller’de kendi rolünü {role} üstüne sürükle.',
  'alert.missingChannel':
    '{channel} kanalına yazmak için iznim eksik. Orada bota **{viewChannel}** ve **{sendMessages}** izni ver.',
  'alert.refusedRole': 'Bir ödül rolünü vermedim. {problem}',
  'alert.economyRefused': 'Oy parasını UnbelievaBoat’a ödeyemedim: {detail}.',
  'alert.economyUnknown':
    '⚠️ Oy ödülleri: {user} için UnbelievaBoat {balance} bakiyesine {amount} ödemesi yanıt almadı. Ulaşmış da olabilir, ulaşmamış da; tekrar gönderilmiyor (ikinci deneme iki kez ödeyebilir): bakiyesini UnbelievaBoat’ta kontrol et.',
  'alert.testDelivery':
    '✅ Rankly test webhook’u alındı (kullanıcı {user}, {votedAt}). Webhook URL’si ve secret çalışıyor; test teslimatları asla ödül vermez.',

  // Premium DMs (src/jobs/premium-entitlement.ts, premium.ts): a server's plan in its language.
  'premium.dm.gifted': '💝 {user} kullanıcısına **{tier}** hediye ettiğin için teşekkürler!',
  'premium.dm.server': '💎 Satın alımın için teşekkürler! Sunucunda artık **{tier}** var.',
  'premium.dm.user': '💎 Satın alımın için teşekkürler! **{tier}** artık hesabında etkin.',
  'premium.dm.gift':
    '🎁 {giver, select, none {Biri} other {{giver}}} sana **{tier}** hediye etti! Premium avantajlarının tadını çıkar.',
  'premium.dm.remind':
    '⏳ Hatırlatma: {scope, select, guild {sunucunun {tier} planı} other {{tier} planın}} {when} sona eriyor. Avantajlarını korumak için Rankly’de yenile.',
  // Refusals of the loyalty rules (db/tiers.ts, db/shop-items.ts), said in the reader’s language.
  'refusal.asWritten': '{text}',
  'tier.refused.votes': 'oy sayısı {min, number} ile {max, number} arasında bir tam sayı olmalı.',
  'tier.refused.full': 'bir sunucuda en fazla {max} kademe olabilir; önce birini kaldır.',
  'tier.refused.clash':
    '{role} zaten {votes, plural, one {# oy} other {# oy}} {counts, select, total {toplamda} streak {art arda} other {bir takvim ayında}} kademesi.',
  'shop.refused.nameTaken': '“{item}” adlı bir ürün zaten satışta; önce onu kaldır.',
  'shop.refused.full': 'mağazada en fazla {max} ürün olabilir; önce birini kaldır.',
} as const satisfies Catalogue;
