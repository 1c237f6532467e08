/**
 * Demo content written for this project. Organisation names, people and events
 * are invented; the real association replaces them.
 */
export const CATEGORIES = [
  { title: 'Verbund-News', slug: 'verbund-news' },
  { title: 'Mitgliedsvereine', slug: 'mitgliedsvereine' },
  { title: 'Essen', slug: 'essen' },
  { title: 'Ausland', slug: 'ausland' },
  { title: 'Politik', slug: 'politik' },
  { title: 'Kultur', slug: 'kultur' },
]

export const IMAGE_CAPTIONS = [
  { alt: 'Menschen sitzen an langen Tischen bei einem Nachbarschaftsfest', caption: 'Nachbarschaftsfest im Essener Norden', credit: '© Demo-Foto, EVI Essen' },
  { alt: 'Eine Gruppe Jugendlicher spielt Fußball auf einem Kunstrasenplatz', caption: 'Training einer gemischten Jugendmannschaft', credit: '© Demo-Foto, Sportverein' },
  { alt: 'Frauen und Männer hören in einem Saal einem Vortrag zu', caption: 'Informationsabend im Verbundbüro', credit: '© Demo-Foto, EVI Essen' },
  { alt: 'Kinder malen an einem Tisch mit bunten Stiften', caption: 'Kreativwerkstatt in den Sommerferien', credit: '© Demo-Foto, Elternverein' },
  { alt: 'Eine Tanzgruppe in Trachten auf einer Bühne', caption: 'Auftritt beim Fest der Kulturen', credit: '© Demo-Foto, Kulturverein' },
  { alt: 'Zwei Personen unterschreiben an einem Tisch eine Vereinbarung', caption: 'Unterzeichnung einer Kooperationsvereinbarung', credit: '© Demo-Foto, Stadt Essen' },
  { alt: 'Ein Stand mit Broschüren und Plakaten auf einem Marktplatz', caption: 'Infostand auf dem Kennedyplatz', credit: '© Demo-Foto, EVI Essen' },
  { alt: 'Ältere Menschen bei einem Gesundheitskurs in einer Turnhalle', caption: 'Bewegungskurs für Seniorinnen und Senioren', credit: '© Demo-Foto, Gesundheitsprojekt' },
  { alt: 'Blick in einen vollen Sitzungssaal des Rathauses', caption: 'Sitzung des Integrationsrats', credit: '© Demo-Foto, Stadt Essen' },
  { alt: 'Menschen pflanzen gemeinsam Bäume in einem Park', caption: 'Pflanzaktion im Stadtteilpark', credit: '© Demo-Foto, Nachbarschaftsinitiative' },
  { alt: 'Ein Chor singt in einer Kirche', caption: 'Interreligiöses Konzert in der Innenstadt', credit: '© Demo-Foto, Chorgemeinschaft' },
  { alt: 'Lernende sitzen mit Heften an Tischen in einem Klassenraum', caption: 'Deutschkurs am Abend', credit: '© Demo-Foto, Bildungswerk' },
]

type ArticleSeed = { title: string; teaser: string; category: string; topic: string }

export const ARTICLES: ArticleSeed[] = [
  { title: 'Verbund wählt neuen Vorstand', teaser: 'Die Mitgliederversammlung hat einen neuen Vorstand gewählt. Drei Vereine sind erstmals im Gremium vertreten.', category: 'verbund-news', topic: 'rat-und-politik' },
  { title: 'Fest der Kulturen lockt Tausende in den Grugapark', teaser: 'Musik, Tanz und Küche aus über zwanzig Ländern: Das Fest der Kulturen war gut besucht wie nie.', category: 'kultur', topic: 'aus-den-vereinen' },
  { title: 'Neue Beratungsstelle für Eltern in Altenessen', teaser: 'Mehrsprachige Beratung rund um Kita, Schule und Ausbildung gibt es jetzt jeden Dienstag.', category: 'essen', topic: 'bildung' },
  { title: 'Integrationsrat berät über Sprachförderung', teaser: 'Im Integrationsrat ging es um mehr Plätze in Sprachkursen und kürzere Wartezeiten.', category: 'politik', topic: 'rat-und-politik' },
  { title: 'Jugendturnier: 16 Mannschaften, ein Ziel', teaser: 'Beim Fußballturnier der Mitgliedsvereine standen Fairness und Begegnung im Vordergrund.', category: 'mitgliedsvereine', topic: 'sport' },
  { title: 'Erdbebenhilfe: Vereine sammeln Spenden', teaser: 'Mehrere Mitgliedsvereine haben gemeinsam Spenden für die Betroffenen gesammelt und übergeben.', category: 'ausland', topic: 'nachrichten' },
  { title: 'Gesundheitstag mit Ärztinnen in fünf Sprachen', teaser: 'Vorsorge, Impfungen, Ernährung: Fachleute beantworteten Fragen in ihrer Muttersprache.', category: 'essen', topic: 'gesundheit' },
  { title: 'Workshop: Vereinsfinanzen sicher führen', teaser: 'Kassenwartinnen und Kassenwarte lernten, wie Buchführung und Förderanträge gelingen.', category: 'verbund-news', topic: 'wirtschaft' },
  { title: 'Lesung mit Autorinnen aus der Diaspora', teaser: 'In der Stadtbibliothek lasen drei Autorinnen aus ihren Büchern über Ankommen und Bleiben.', category: 'kultur', topic: 'aus-den-vereinen' },
  { title: 'Mietrecht verständlich erklärt', teaser: 'Ein Infoabend klärte über Nebenkosten, Kündigung und Kaution auf – mit Übersetzung.', category: 'essen', topic: 'recht' },
  { title: 'Ehrenamtspreis für Elternverein aus Katernberg', teaser: 'Die Stadt hat den Einsatz eines Elternvereins für Hausaufgabenhilfe ausgezeichnet.', category: 'mitgliedsvereine', topic: 'aus-den-vereinen' },
  { title: 'Kommunalwahl: So funktioniert die Briefwahl', teaser: 'Wer darf wählen, und wie? Wir erklären die Briefwahl Schritt für Schritt.', category: 'politik', topic: 'rat-und-politik' },
  { title: 'Gründerinnen-Netzwerk trifft sich monatlich', teaser: 'Selbstständige Frauen mit Migrationsgeschichte tauschen sich über Ideen und Finanzierung aus.', category: 'verbund-news', topic: 'wirtschaft' },
  { title: 'Partnerschaft mit Schulen im Essener Süden', teaser: 'Vereine und Schulen wollen gemeinsam mehrsprachige Lernangebote schaffen.', category: 'essen', topic: 'bildung' },
  { title: 'Ramadan-Fastenbrechen im Rathaus', teaser: 'Zum gemeinsamen Fastenbrechen kamen Gäste aus Religionsgemeinschaften, Politik und Nachbarschaft.', category: 'kultur', topic: 'nachrichten' },
  { title: 'Delegation besucht Partnerstadt', teaser: 'Eine Delegation des Verbunds hat Projekte der Jugendarbeit in der Partnerstadt kennengelernt.', category: 'ausland', topic: 'nachrichten' },
  { title: 'Schwimmkurse für Mädchen ausgebucht', teaser: 'Das Angebot eines Sportvereins trifft auf große Nachfrage. Weitere Kurse sind geplant.', category: 'mitgliedsvereine', topic: 'sport' },
  { title: 'Anerkennung ausländischer Abschlüsse: Sprechstunde startet', teaser: 'Wer einen Berufsabschluss aus dem Ausland hat, bekommt jetzt Hilfe beim Anerkennungsverfahren.', category: 'verbund-news', topic: 'recht' },
  { title: 'Neue Ausstellung: Gesichter aus Essen', teaser: 'Porträts von Menschen, die Essen zu ihrer Heimat gemacht haben, sind im Foyer zu sehen.', category: 'kultur', topic: 'aus-den-vereinen' },
  { title: 'Rat beschließt Förderprogramm für Vereinsräume', teaser: 'Vereine können künftig Zuschüsse für Miete und Ausstattung ihrer Räume beantragen.', category: 'politik', topic: 'rat-und-politik' },
  { title: 'Erste-Hilfe-Kurse in Arabisch und Türkisch', teaser: 'Gemeinsam mit Hilfsorganisationen bietet der Verbund Kurse in mehreren Sprachen an.', category: 'essen', topic: 'gesundheit' },
  { title: 'Laufgruppe startet an der Ruhr', teaser: 'Jeden Sonntag trifft sich eine offene Laufgruppe am Baldeneysee – alle Tempi willkommen.', category: 'mitgliedsvereine', topic: 'sport' },
  { title: 'Bericht aus der Landesarbeitsgemeinschaft', teaser: 'Der Verbund war beim Treffen der Migrantenselbstorganisationen des Landes vertreten.', category: 'verbund-news', topic: 'rat-und-politik' },
  { title: 'Hilfe für Familien nach Überschwemmungen', teaser: 'Ein Mitgliedsverein organisiert Unterstützung für Familien in der Herkunftsregion.', category: 'ausland', topic: 'nachrichten' },
  { title: 'Filmabend: Geschichten vom Ankommen', teaser: 'Kurzfilme junger Regisseurinnen und Regisseure eröffneten eine lebhafte Diskussion.', category: 'kultur', topic: 'aus-den-vereinen' },
  { title: 'Ausbildungsmesse mit Dolmetschern', teaser: 'Betriebe aus Essen stellten Ausbildungsplätze vor; Eltern konnten in ihrer Sprache fragen.', category: 'essen', topic: 'wirtschaft' },
  { title: 'Seniorentreff feiert zehnjähriges Bestehen', teaser: 'Seit zehn Jahren treffen sich ältere Menschen aus vielen Ländern jeden Donnerstag.', category: 'mitgliedsvereine', topic: 'aus-den-vereinen' },
  { title: 'Stellungnahme zum Integrationskonzept der Stadt', teaser: 'Der Verbund hat Vorschläge zur Fortschreibung des kommunalen Integrationskonzepts eingereicht.', category: 'politik', topic: 'rat-und-politik' },
  { title: 'Digitalkurse für Vereinsvorstände', teaser: 'Wie funktionieren Videokonferenzen, Online-Banking und Datenschutz im Verein?', category: 'verbund-news', topic: 'bildung' },
  { title: 'Musikschule bietet Saz- und Oud-Unterricht', teaser: 'Traditionelle Instrumente lernen: Die Nachfrage nach den neuen Kursen ist groß.', category: 'kultur', topic: 'bildung' },
  { title: 'Stadtteilspaziergang durch Frohnhausen', teaser: 'Vereine zeigten bei einem Rundgang, wo sie sich im Stadtteil engagieren.', category: 'essen', topic: 'aus-den-vereinen' },
  { title: 'Beratung zum Aufenthaltsrecht', teaser: 'Fachanwältinnen beantworteten Fragen zu Aufenthaltstiteln und Einbürgerung.', category: 'verbund-news', topic: 'recht' },
  { title: 'Schulpartnerschaft mit Ghana gestartet', teaser: 'Eine Essener Gesamtschule und eine Schule in Kumasi tauschen sich künftig regelmäßig aus.', category: 'ausland', topic: 'bildung' },
  { title: 'Tischtennis-Stadtmeisterschaft: zwei Titel für Mitgliedsverein', teaser: 'Bei der Stadtmeisterschaft holten Spielerinnen eines Mitgliedsvereins zwei Titel.', category: 'mitgliedsvereine', topic: 'sport' },
  { title: 'Bürgersprechstunde mit dem Oberbürgermeister', teaser: 'Vertreterinnen und Vertreter der Vereine brachten ihre Anliegen direkt ins Gespräch.', category: 'politik', topic: 'rat-und-politik' },
  { title: 'Kochbuch der Vielfalt erschienen', teaser: 'Rezepte aus 30 Küchen, gesammelt von Mitgliedern der Vereine, sind jetzt als Buch erhältlich.', category: 'kultur', topic: 'aus-den-vereinen' },
  { title: 'Impfaktion im Gemeindezentrum', teaser: 'Ohne Termin und mit Beratung in mehreren Sprachen: Die Impfaktion wurde gut angenommen.', category: 'essen', topic: 'gesundheit' },
  { title: 'Jahresbericht des Verbunds veröffentlicht', teaser: 'Projekte, Zahlen und Ausblick: Der Jahresbericht gibt einen Überblick über die Arbeit des Verbunds.', category: 'verbund-news', topic: 'nachrichten' },
  { title: 'Handwerk sucht Nachwuchs: Infotag in Steele', teaser: 'Betriebe und Kammer warben um junge Menschen – auch mit Praktika für Quereinsteiger.', category: 'essen', topic: 'wirtschaft' },
  { title: 'Frauenfrühstück zum Weltfrauentag', teaser: 'Beim Frühstück ging es um Gleichberechtigung, Arbeit und die Vereinbarkeit von Familie und Beruf.', category: 'mitgliedsvereine', topic: 'aus-den-vereinen' },
  { title: 'Wahl des Integrationsrats: Kandidierende stellen sich vor', teaser: 'Auf einem Podium präsentierten die Listen ihre Ziele für die kommenden Jahre.', category: 'politik', topic: 'rat-und-politik' },
  { title: 'Städtepartnerschaft: Jugendaustausch im Sommer', teaser: 'Zwanzig Jugendliche aus Essen reisen im Sommer zu einem Austausch in die Partnerstadt.', category: 'ausland', topic: 'bildung' },
]

export const ARTICLE_BODY = [
  'Der Essener Verbund der Immigrantenvereine bringt seit dem Jahr 2000 Menschen und Vereine zusammen. Auch dieses Vorhaben lebt vom Engagement vieler Ehrenamtlicher.',
  'Die Organisatorinnen und Organisatoren zogen eine positive Bilanz und kündigten an, das Angebot fortzusetzen. Wer mitmachen möchte, kann sich im Verbundbüro melden.',
  'Weitere Informationen gibt es bei den beteiligten Vereinen und in der nächsten Ausgabe des Magazins migo.',
]

export type CountrySeed = { code?: string; adjective: string; community?: string; languages: string[] }

export const COUNTRIES: CountrySeed[] = [
  { code: 'TR', adjective: 'Türkisch', languages: ['tr', 'de'] },
  { code: 'GR', adjective: 'Griechisch', languages: ['el', 'de'] },
  { code: 'IT', adjective: 'Italienisch', languages: ['it', 'de'] },
  { code: 'PL', adjective: 'Polnisch', languages: ['pl', 'de'] },
  { code: 'SY', adjective: 'Syrisch', languages: ['ar', 'ku', 'de'] },
  { adjective: 'Kurdisch', community: 'Kurdisch', languages: ['ku', 'tr', 'ar', 'de'] },
  { code: 'MA', adjective: 'Marokkanisch', languages: ['ar', 'fr', 'de'] },
  { code: 'TN', adjective: 'Tunesisch', languages: ['ar', 'fr', 'de'] },
  { code: 'GH', adjective: 'Ghanaisch', languages: ['en', 'de'] },
  { code: 'NG', adjective: 'Nigerianisch', languages: ['en', 'yo', 'ig', 'de'] },
  { code: 'CD', adjective: 'Kongolesisch', languages: ['fr', 'ln', 'de'] },
  { code: 'IR', adjective: 'Iranisch', languages: ['fa', 'de'] },
  { code: 'AF', adjective: 'Afghanisch', languages: ['fa', 'ps', 'de'] },
  { code: 'IQ', adjective: 'Irakisch', languages: ['ar', 'ku', 'de'] },
  { code: 'LB', adjective: 'Libanesisch', languages: ['ar', 'fr', 'de'] },
  { code: 'ER', adjective: 'Eritreisch', languages: ['ti', 'ar', 'de'] },
  { code: 'RS', adjective: 'Serbisch', languages: ['sr', 'de'] },
  { code: 'BA', adjective: 'Bosnisch', languages: ['bs', 'de'] },
  { code: 'HR', adjective: 'Kroatisch', languages: ['hr', 'de'] },
  { code: 'AL', adjective: 'Albanisch', languages: ['sq', 'de'] },
  { code: 'XK', adjective: 'Kosovarisch', languages: ['sq', 'sr', 'de'] },
  { code: 'VN', adjective: 'Vietnamesisch', languages: ['vi', 'de'] },
  { code: 'ES', adjective: 'Spanisch', languages: ['es', 'de'] },
  { code: 'PT', adjective: 'Portugiesisch', languages: ['pt', 'de'] },
  { code: 'UA', adjective: 'Ukrainisch', languages: ['uk', 'ru', 'de'] },
  { code: 'RO', adjective: 'Rumänisch', languages: ['ro', 'de'] },
  { code: 'BG', adjective: 'Bulgarisch', languages: ['bg', 'de'] },
  { adjective: 'Roma-', community: 'Roma', languages: ['ro', 'sr', 'de'] },
]

/** Masculine nouns, so "<Adjektiv>er <Typ>" reads right. */
export const ORGANISATION_TYPES = [
  { noun: 'Kulturverein', fields: ['kultur'] },
  { noun: 'Elternverein', fields: ['bildung', 'jugend'] },
  { noun: 'Sportverein', fields: ['sport', 'jugend'] },
  { noun: 'Frauenverein', fields: ['soziales', 'bildung'] },
  { noun: 'Gemeindeverein', fields: ['religion', 'soziales'] },
  { noun: 'Gesundheitsverein', fields: ['gesundheit', 'soziales'] },
  { noun: 'Jugendverein', fields: ['jugend', 'sport', 'kultur'] },
  { noun: 'Bildungsverein', fields: ['bildung'] },
]
