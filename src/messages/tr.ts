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
    '⏰ Rankly’de tekrar oy verebilirsin: **{server}**! Serin şu an {streak, plural, one {# oy} other {# oy}}; devam etmesi için şimdi oy ver. (Kapatmak için: /votes remind off.)',
  'remind.dmNoServer':
    '⏰ Rankly’de tekrar oy verebilirsin! Serin şu an {streak, plural, one {# oy} other {# oy}}; devam etmesi için şimdi oy ver. (Kapatmak için: /votes remind off.)',

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
    '/votes artık üyelere son oylarından {duration} sonra tekrar oy verebileceklerini söylüyor.',
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
    'Listelenenleri düzelt, sonra `/setup replay` komutunu tekrar çalıştır; `/setup status` kalanları gösterir.',
  'setup.replayed':
    '{n, plural, =0 {Yeniden verilmeyi bekleyen bir şey yoktu.} one {# ödül kuyruğa geri gönderildi.} other {# ödül kuyruğa geri gönderildi.}}',
  'setup.milestone': 'art arda {every, plural, one {her oyda} other {her # oyda}} {bonus} bonus',
  'setup.stepsLeft':
    '{n, plural, =0 {Her şey hazır: oylar ödüllendiriliyor.} one {# adım kaldı.} other {# adım kaldı.}}',
  'setup.events.added':
    '{url} artık botun olaylarını alıyor (vote.received, vote.rewarded, premium.changed), Standard Webhooks yöntemiyle imzalı. **İmza anahtarı yalnızca şimdi gösteriliyor:**',
  'setup.events.removed': 'Bu adres artık olay almıyor: {url}',
  'setup.events.none':
    'Bu sunucunun olaylarını alan bir uç nokta yok. `/setup events do: add url: https://…` ile bir tane ekle.',
  'setup.events.line':
    '{url}: {delivered, number} teslim edildi · {pending, number} yolda · {failed, plural, =0 {hata yok} other {# başarısız}}{lastError}',
  'setup.events.replayed':
    '{n, plural, =0 {Başarısız olan olay teslimatı yoktu.} one {# başarısız teslimat, olayının kimliğiyle yeniden gönderiliyor.} other {# başarısız teslimat, olaylarının kimlikleriyle yeniden gönderiliyor.}}',
  'guided.title': '🧭 Oy ödüllerini ayarla',
  'guided.intro':
    'Aşağıdan seç: her seçim, `/setup` komutlarında olduğu gibi hemen denetlenir ve kaydedilir. Sonra webhook adresi ve anahtarı için **Bitir**’e bas.',
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
} as const satisfies Catalogue;
