/**
 * Demo translations (Turkish, Arabic, English, Russian) of part of the demo
 * content, so the site shows its languages. Some documents are deliberately
 * left untranslated: they show the German text with a note.
 */
type Lang = 'tr' | 'ar' | 'en' | 'ru'
type ArticleText = { title: string; teaser: string }

/** Paragraphs every demo article body shares (see ARTICLE_BODY in data.ts), plus its heading and quote. */
export const BODY: Record<Lang, { paragraphs: [string, string, string]; heading: string; quote: string }> = {
  tr: {
    paragraphs: [
      'Essener Verbund der Immigrantenvereine, 2000 yılından beri insanları ve dernekleri bir araya getiriyor. Bu girişim de pek çok gönüllünün emeğiyle yaşıyor.',
      'Düzenleyenler olumlu bir değerlendirme yaptı ve etkinliğin süreceğini duyurdu. Katılmak isteyenler birliğin bürosuna başvurabilir.',
      'Daha fazla bilgi katılan derneklerde ve migo dergisinin bir sonraki sayısında.',
    ],
    heading: 'Bundan sonra ne olacak',
    quote: '“Essen’de çeşitlilik istisna değil, gündelik hayatın kendisi.”',
  },
  ar: {
    paragraphs: [
      'يجمع اتحاد جمعيات المهاجرين في إيسن الناس والجمعيات منذ عام 2000. وهذا المشروع أيضًا قائم على جهود كثير من المتطوعين.',
      'عبّر المنظمون عن رضاهم عن النتائج وأعلنوا مواصلة المبادرة. ومن يرغب في المشاركة يمكنه التواصل مع مكتب الاتحاد.',
      'مزيد من المعلومات لدى الجمعيات المشاركة وفي العدد القادم من مجلة migo.',
    ],
    heading: 'ماذا بعد',
    quote: '«التنوع في إيسن ليس استثناءً، بل هو الحياة اليومية.»',
  },
  en: {
    paragraphs: [
      'The Essener Verbund der Immigrantenvereine has been bringing people and associations together since 2000. This project, too, lives on the commitment of many volunteers.',
      'The organisers were pleased with the outcome and announced that the project will continue. Anyone who would like to take part can contact the association’s office.',
      'More information is available from the associations involved and in the next issue of the migo magazine.',
    ],
    heading: 'What happens next',
    quote: '“In Essen, diversity is not the exception but everyday life.”',
  },
  ru: {
    paragraphs: [
      'Essener Verbund der Immigrantenvereine с 2000 года объединяет людей и организации. И этот проект держится на участии многих добровольцев.',
      'Организаторы подвели положительные итоги и объявили, что работа продолжится. Желающие принять участие могут обратиться в офис объединения.',
      'Подробности – в организациях-участниках и в следующем выпуске журнала migo.',
    ],
    heading: 'Что дальше',
    quote: '«Многообразие в Эссене – не исключение, а повседневная жизнь.»',
  },
}

/** Demo articles (by German title) with their translations; a language left out has none. */
export const ARTICLE_TRANSLATIONS: Record<string, Partial<Record<Lang, ArticleText>>> = {
  'Verbund wählt neuen Vorstand': {
    tr: { title: 'Birlik yeni yönetim kurulunu seçti', teaser: 'Genel kurul yeni yönetim kurulunu seçti. Üç dernek ilk kez kurulda temsil ediliyor.' },
    ar: { title: 'الاتحاد ينتخب مجلس إدارة جديدًا', teaser: 'انتخبت الجمعية العمومية مجلس إدارة جديدًا. وتُمثَّل ثلاث جمعيات في المجلس لأول مرة.' },
    en: { title: 'Association elects a new board', teaser: 'The general meeting has elected a new board. Three associations are represented on it for the first time.' },
    ru: { title: 'Объединение избрало новое правление', teaser: 'Общее собрание избрало новое правление. Три организации впервые представлены в нём.' },
  },
  'Fest der Kulturen lockt Tausende in den Grugapark': {
    tr: { title: 'Kültürler Şenliği binlerce kişiyi Grugapark’a çekti', teaser: 'Yirmiden fazla ülkeden müzik, dans ve mutfak: Kültürler Şenliği hiç olmadığı kadar kalabalıktı.' },
    ar: { title: 'مهرجان الثقافات يجذب الآلاف إلى حديقة غروغا', teaser: 'موسيقى ورقص ومأكولات من أكثر من عشرين بلدًا: شهد مهرجان الثقافات إقبالًا غير مسبوق.' },
    en: { title: 'Festival of Cultures draws thousands to the Grugapark', teaser: 'Music, dance and food from more than twenty countries: the Festival of Cultures was busier than ever.' },
    ru: { title: 'Фестиваль культур собрал тысячи гостей в парке Груга', teaser: 'Музыка, танцы и кухня более чем двадцати стран: фестиваль культур ещё никогда не был таким многолюдным.' },
  },
  // English left out on purpose: the English page shows the German text with a note.
  'Neue Beratungsstelle für Eltern in Altenessen': {
    tr: { title: 'Altenessen’de ebeveynler için yeni danışma merkezi', teaser: 'Kreş, okul ve meslek eğitimi konularında çok dilli danışmanlık artık her salı veriliyor.' },
    ar: { title: 'مركز استشارات جديد للآباء والأمهات في آلتن إيسن', teaser: 'استشارات بعدة لغات حول الحضانة والمدرسة والتدريب المهني، كل يوم ثلاثاء.' },
    ru: { title: 'Новая консультация для родителей в Альтенэссене', teaser: 'Консультации на нескольких языках о детском саде, школе и профобучении теперь проходят каждый вторник.' },
  },
  'Erste-Hilfe-Kurse in Arabisch und Türkisch': {
    tr: { title: 'Arapça ve Türkçe ilk yardım kursları', teaser: 'Birlik, yardım kuruluşlarıyla birlikte birkaç dilde kurslar sunuyor.' },
    ar: { title: 'دورات إسعافات أولية بالعربية والتركية', teaser: 'يقدّم الاتحاد بالتعاون مع منظمات الإغاثة دورات بعدة لغات.' },
  },
  'Gesundheitstag mit Ärztinnen in fünf Sprachen': {
    en: { title: 'Health day with doctors speaking five languages', teaser: 'Check-ups, vaccinations, nutrition: experts answered questions in people’s mother tongues.' },
    ru: { title: 'День здоровья с врачами, говорящими на пяти языках', teaser: 'Профилактика, прививки, питание: специалисты отвечали на вопросы на родном языке посетителей.' },
  },
}

export const CATEGORY_TRANSLATIONS: Record<string, Record<Lang, string>> = {
  'verbund-news': { tr: 'Birlik haberleri', ar: 'أخبار الاتحاد', en: 'Association news', ru: 'Новости объединения' },
  mitgliedsvereine: { tr: 'Üye dernekler', ar: 'الجمعيات الأعضاء', en: 'Member organisations', ru: 'Организации-члены' },
  essen: { tr: 'Essen', ar: 'إيسن', en: 'Essen', ru: 'Эссен' },
  ausland: { tr: 'Yurt dışı', ar: 'من الخارج', en: 'Abroad', ru: 'За рубежом' },
  politik: { tr: 'Siyaset', ar: 'السياسة', en: 'Politics', ru: 'Политика' },
  kultur: { tr: 'Kültür', ar: 'الثقافة', en: 'Culture', ru: 'Культура' },
}

/** Menu labels by the menu entry's address. */
export const MENU_TRANSLATIONS: Record<string, Record<Lang, string>> = {
  '/aktuelles': { tr: 'Haberler', ar: 'الأخبار', en: 'News', ru: 'Новости' },
  '/mitgliedsvereine': { tr: 'Üye dernekler', ar: 'الجمعيات الأعضاء', en: 'Member organisations', ru: 'Организации' },
  '/migo': { tr: 'migo', ar: 'migo', en: 'migo', ru: 'migo' },
  '/termine': { tr: 'Etkinlikler', ar: 'المواعيد', en: 'Events', ru: 'Мероприятия' },
  '/projekte': { tr: 'Projeler', ar: 'المشاريع', en: 'Projects', ru: 'Проекты' },
  '/dokumente': { tr: 'Belgeler', ar: 'الوثائق', en: 'Documents', ru: 'Документы' },
  '/ueber-uns/aufgaben-und-ziele': { tr: 'Görev ve hedefler', ar: 'المهام والأهداف', en: 'Tasks and aims', ru: 'Задачи и цели' },
  '/ueber-uns/geschichte': { tr: 'Tarihçe', ar: 'التاريخ', en: 'History', ru: 'История' },
  '/ueber-uns/satzung': { tr: 'Tüzük', ar: 'النظام الأساسي', en: 'Statutes', ru: 'Устав' },
  '/ueber-uns': { tr: 'Hakkımızda', ar: 'من نحن', en: 'About us', ru: 'О нас' },
  '/kontakt': { tr: 'İletişim', ar: 'اتصل بنا', en: 'Contact', ru: 'Контакты' },
  '/impressum': { tr: 'Künye', ar: 'بيانات الناشر', en: 'Legal notice', ru: 'Выходные данные' },
  '/datenschutz': { tr: 'Gizlilik', ar: 'حماية البيانات', en: 'Privacy', ru: 'Защита данных' },
  '/mitglied-werden': { tr: 'Üye olun', ar: 'كن عضوًا', en: 'Become a member', ru: 'Вступить' },
  '/leichte-sprache/ueber-uns': { tr: 'Kolay Almanca', ar: 'الألمانية المبسطة', en: 'Easy-to-read German', ru: 'Простой немецкий' },
}

export const ABOUT_TRANSLATIONS: Record<Lang, string> = {
  tr: 'Essener Verbund der Immigrantenvereine e.V., Essen’deki 70’ten fazla göçmen derneğinin çatı örgütüdür. 2000 yılından beri şehrimizde katılım, buluşma ve iyi bir bir arada yaşam için çalışıyoruz.',
  ar: 'اتحاد جمعيات المهاجرين في إيسن هو الاتحاد الجامع لأكثر من 70 جمعية للمهاجرين في إيسن. نعمل منذ عام 2000 من أجل المشاركة واللقاء والعيش المشترك الطيب في مدينتنا.',
  en: 'The Essener Verbund der Immigrantenvereine e.V. is the umbrella association of more than 70 migrant organisations in Essen. Since 2000 we have been working for participation, encounter and living well together in our city.',
  ru: 'Essener Verbund der Immigrantenvereine e.V. – объединение более 70 организаций мигрантов в Эссене. С 2000 года мы работаем ради участия, встреч и добрых отношений в нашем городе.',
}

/** Free pages (by slug); Impressum and Datenschutz stay German only, as legal texts often do. */
export const PAGE_TRANSLATIONS: Record<string, Partial<Record<Lang, { title: string; paragraphs: string[] }>>> = {
  'ueber-uns': {
    tr: {
      title: 'Hakkımızda',
      paragraphs: [
        'Essener Verbund der Immigrantenvereine e.V., 2000 yılından beri Essen’deki 20’den fazla ülkeden 70’ten fazla göçmen derneğinin çatı örgütüdür.',
        'Üye derneklerimizin çıkarlarını siyasete ve yönetime karşı temsil ediyor, dernek çalışmalarında danışmanlık veriyor ve insanları bir araya getiriyoruz.',
      ],
    },
    ar: {
      title: 'من نحن',
      paragraphs: [
        'اتحاد جمعيات المهاجرين في إيسن هو منذ عام 2000 الاتحاد الجامع لأكثر من 70 جمعية للمهاجرين من أكثر من 20 بلدًا في إيسن.',
        'نمثّل مصالح الجمعيات الأعضاء أمام السياسة والإدارة، ونقدّم الاستشارة في العمل الجمعوي، ونجمع الناس بعضهم ببعض.',
      ],
    },
    en: {
      title: 'About us',
      paragraphs: [
        'Since 2000, the Essener Verbund der Immigrantenvereine e.V. has been the umbrella association of more than 70 migrant organisations from more than 20 countries of origin in Essen.',
        'We represent our member organisations towards politics and the city administration, advise them on running an association, and bring people together.',
      ],
    },
    ru: {
      title: 'О нас',
      paragraphs: [
        'С 2000 года Essener Verbund der Immigrantenvereine e.V. объединяет более 70 организаций мигрантов из более чем 20 стран в Эссене.',
        'Мы представляем интересы наших организаций перед политиками и администрацией, консультируем по работе объединений и помогаем людям встречаться.',
      ],
    },
  },
  'mitglied-werden': {
    tr: {
      title: 'Üye olun',
      paragraphs: [
        'Essen’deki her göçmen derneği birliğe üye olabilir. Üyeler birbirinden öğrenir, danışmanlık alır ve şehirde ortak bir ses oluşturur.',
        'Başvuru kolay: derneğinizi çevrimiçi kaydedin, genel sekreterlik sizinle iletişime geçer.',
      ],
    },
    ar: {
      title: 'كن عضوًا',
      paragraphs: [
        'يمكن لكل جمعية للمهاجرين في إيسن أن تصبح عضوًا في الاتحاد. يتعلم الأعضاء بعضهم من بعض، ويحصلون على الاستشارة، ويشكّلون صوتًا مشتركًا في المدينة.',
        'التقديم سهل: سجّل جمعيتك عبر الإنترنت، وسيتواصل معك مكتب الاتحاد.',
      ],
    },
  },
}

/** Short descriptions of some organisations (by their index in the demo list). */
export const ORGANISATION_TRANSLATIONS: Partial<Record<number, Partial<Record<Lang, { short: string; long: string; community?: string }>>>> = {
  0: {
    tr: { short: 'Bir kültür derneği: her kuşaktan insanlar için buluşma yeri, danışmanlık ve ortak etkinlikler.', long: 'Dernek birliğin üyesidir. Etkinlikleri kökeni ya da dini ne olursa olsun herkese açıktır.' },
    en: { short: 'A cultural association: a meeting place, advice and activities for all generations.', long: 'The association is a member of the Verbund. Its activities are open to everyone, whatever their origin or religion.' },
  },
  4: {
    ar: { short: 'جمعية ثقافية: ملتقى واستشارات وأنشطة مشتركة لجميع الأجيال.', long: 'الجمعية عضو في الاتحاد. وأنشطتها مفتوحة للجميع بغض النظر عن الأصل أو الدين.' },
    en: { short: 'A community association: a meeting place, advice and activities for all generations.', long: 'The association is a member of the Verbund. Its activities are open to everyone, whatever their origin or religion.' },
  },
  5: {
    tr: { short: 'Bir dernek: her kuşaktan insanlar için buluşma yeri, danışmanlık ve ortak etkinlikler.', long: 'Dernek birliğin üyesidir.', community: 'Kürt' },
    ar: { short: 'جمعية: ملتقى واستشارات وأنشطة مشتركة لجميع الأجيال.', long: 'الجمعية عضو في الاتحاد.', community: 'كردي' },
  },
  24: {
    ru: { short: 'Объединение: место встреч, консультации и совместные занятия для всех поколений.', long: 'Организация входит в объединение. Её мероприятия открыты для всех, независимо от происхождения и религии.' },
  },
}

/** The newest migo issue's title and editorial in Turkish and Arabic (the others stay German). */
export const MIGO_TRANSLATIONS: Partial<Record<Lang, { title: string; editorial: string }>> = {
  tr: { title: 'migo – bu ayın sayısı', editorial: 'Sevgili okurlar, migo’nun yeni sayısına hoş geldiniz: göç, uyum, toplum ve ekonomi.' },
  ar: { title: 'migo – عدد هذا الشهر', editorial: 'قراءنا الأعزاء، أهلًا بكم في العدد الجديد من migo: الهجرة والاندماج والمجتمع والاقتصاد.' },
}
