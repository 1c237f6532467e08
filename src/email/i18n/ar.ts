import type { MailTexts } from './types'

export const ar: MailTexts = {
  intlLocale: 'ar',
  footer: {
    unsubscribeIntro: 'لا ترغب في تلقي migo بعد الآن؟ يمكنك إلغاء الاشتراك بنقرة واحدة هنا:',
    unsubscribeLink: 'إلغاء الاشتراك',
    languageIntro: 'هل تفضّل قراءة migo بلغة أخرى؟',
    languageLink: 'تغيير اللغة',
    email: 'البريد الإلكتروني',
    phone: 'الهاتف',
    imprint: 'بيانات الناشر',
  },
  confirm: {
    subject: 'يرجى تأكيد اشتراكك في migo',
    heading: 'يرجى تأكيد اشتراكك',
    intro:
      'مرحبًا، طُلب بهذا البريد الإلكتروني الاشتراك في migo، المجلة الشهرية لـ Essener Verbund der Immigrantenvereine (اتحاد جمعيات المهاجرين في إيسن). يرجى تأكيد رغبتك في تلقي migo عبر البريد الإلكتروني:',
    button: 'تأكيد الاشتراك',
    validUntil: (date) => `الرابط صالح حتى ${date}. بعد ذلك يمكنك ببساطة الاشتراك مرة أخرى.`,
    fallback: 'إذا لم يعمل الزر، افتح هذا العنوان في متصفحك:',
    notYou: 'لم تقم بالاشتراك؟ إذن لا داعي لفعل أي شيء: بدون تأكيدك لن نرسل إليك أي رسائل أخرى.',
  },
  confirmed: {
    subject: 'أهلًا بك في migo – تم تأكيد اشتراكك',
    heading: 'تم تأكيد اشتراكك',
    thanks: 'شكرًا لك! ستتلقى migo مرة واحدة في الشهر على هذا البريد الإلكتروني بدءًا من العدد القادم.',
    wayOut: 'يمكنك إلغاء الاشتراك في أي وقت بنقرة واحدة – تجد الرابط في كل رسالة.',
  },
  alreadySubscribed: {
    subject: 'أنت مشترك في migo بالفعل',
    heading: 'أنت مشترك في migo بالفعل',
    text: 'سُجّل هذا البريد الإلكتروني للتو مرة أخرى للاشتراك في migo. العنوان مسجّل ومؤكَّد بالفعل – لن يتغير شيء، ولا داعي لفعل أي شيء.',
  },
  migo: {
    issue: (n) => `migo العدد ${n}`,
    readInBrowser: 'اقرأ في المتصفح',
    editorial: 'الافتتاحية',
    readMore: 'اقرأ المزيد',
    onlyInGerman: 'هذا العدد غير متوفر بالعربية بعد؛ تجد النص الألماني أدناه.',
    topics: {
      wirtschaft: 'اقتصاد',
      recht: 'قانون',
      sport: 'رياضة',
      bildung: 'تعليم',
      gesundheit: 'صحة',
      'aus-den-vereinen': 'من الجمعيات',
      'rat-und-politik': 'المجلس والسياسة',
      nachrichten: 'أخبار',
    },
  },
  languagePage: {
    title: 'بأي لغة تريد أن تتلقى migo؟',
    current: (name) => `تتلقى migo حاليًا باللغة: ${name}.`,
    explanation: 'تصلك الأعداد الجديدة باللغة التي تختارها إذا كانت مترجمة، وإلا فبالألمانية.',
    label: 'لغة migo',
    submit: 'حفظ',
    savedTitle: 'تم حفظ اللغة',
    saved: (name) => `ستتلقى migo من الآن باللغة: ${name}.`,
    invalidChoice: 'يرجى اختيار إحدى اللغات المعروضة.',
  },
}
