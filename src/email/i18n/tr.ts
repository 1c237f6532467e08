import type { MailTexts } from './types'

export const tr: MailTexts = {
  intlLocale: 'tr-TR',
  footer: {
    unsubscribeIntro: "migo'yu artık almak istemiyor musunuz? Buradan tek tıkla abonelikten çıkabilirsiniz:",
    unsubscribeLink: 'Abonelikten çık',
    languageIntro: "migo'yu başka bir dilde okumak ister misiniz?",
    languageLink: 'Dili değiştir',
    email: 'E-posta',
    phone: 'Telefon',
    imprint: 'Künye',
  },
  confirm: {
    subject: 'Lütfen migo aboneliğinizi onaylayın',
    heading: 'Lütfen aboneliğinizi onaylayın',
    intro:
      'Merhaba, bu e-posta adresiyle Essener Verbund der Immigrantenvereine (Essen Göçmen Dernekleri Birliği) tarafından yayımlanan aylık dergi migo için abonelik talebinde bulunuldu. Lütfen migo’yu e-posta ile almak istediğinizi onaylayın:',
    button: 'Aboneliği onayla',
    validUntil: (date) => `Bağlantı ${date} tarihine kadar geçerlidir. Bu süre dolduktan sonra yeniden abone olabilirsiniz.`,
    fallback: 'Düğme çalışmıyorsa bu adresi tarayıcınızda açın:',
    notYou: 'Abone olmadınız mı? O zaman bir şey yapmanıza gerek yok: Onayınız olmadan size başka e-posta göndermeyeceğiz.',
  },
  confirmed: {
    subject: "migo'ya hoş geldiniz – aboneliğiniz onaylandı",
    heading: 'Aboneliğiniz onaylandı',
    thanks: "Teşekkürler! migo'yu bir sonraki sayıdan itibaren ayda bir kez bu e-posta adresine alacaksınız.",
    wayOut: 'Her e-postadaki bağlantıyla istediğiniz zaman tek tıkla abonelikten çıkabilirsiniz.',
  },
  alreadySubscribed: {
    subject: "migo'yu zaten alıyorsunuz",
    heading: "migo'yu zaten alıyorsunuz",
    text: 'Bu e-posta adresi az önce migo için yeniden kaydedildi. Adres zaten kayıtlı ve onaylı – hiçbir şey değişmiyor, bir şey yapmanıza gerek yok.',
  },
  migo: {
    issue: (n) => `migo Sayı ${n}`,
    readInBrowser: 'Tarayıcıda oku',
    editorial: 'Başyazı',
    readMore: 'Devamını oku',
    onlyInGerman: 'Bu sayı henüz Türkçe olarak mevcut değil; aşağıda Almanca metni bulabilirsiniz.',
    topics: {
      wirtschaft: 'Ekonomi',
      recht: 'Hukuk',
      sport: 'Spor',
      bildung: 'Eğitim',
      gesundheit: 'Sağlık',
      'aus-den-vereinen': 'Derneklerden',
      'rat-und-politik': 'Meclis ve Siyaset',
      nachrichten: 'Haberler',
    },
  },
  languagePage: {
    title: "migo'yu hangi dilde almak istersiniz?",
    current: (name) => `migo'yu şu anda şu dilde alıyorsunuz: ${name}.`,
    explanation: 'Yeni sayılar tercüme edilmişse seçtiğiniz dilde, aksi halde Almanca gelir.',
    label: 'migo dili',
    submit: 'Kaydet',
    savedTitle: 'Dil kaydedildi',
    saved: (name) => `migo'yu bundan sonra şu dilde alacaksınız: ${name}.`,
    invalidChoice: 'Lütfen sunulan dillerden birini seçin.',
  },
}
