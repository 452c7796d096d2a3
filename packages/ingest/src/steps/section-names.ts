/**
 * The names a news site gives its sections in its menu ("Home", "News", "World", "Sport", "Kultur", "Économie"), in
 * the languages Dateline reads, in one place: a line made of them is the site's menu copied as one line
 * (`isSectionMenu` in headline.ts), and their home words open a breadcrumb trail (`BREADCRUMB_HOME` there). Each entry
 * is a whole word, lower-cased; a section named by two words ("Arts & Culture") is two entries, or one of
 * `SECTION_PHRASES` when a word of it alone is no section's. A name several languages
 * share ("Sport", "Cultura", "Politica") is listed once, under the first of them.
 */

/**
 * The first entry of a menu or a breadcrumb trail, the site's front page: "Home", "Startseite", "Accueil", "Inicio",
 * and the Hebrew and Arabic sites' "main" page ("ראשי", "الرئيسية").
 */
export const HOME_WORDS: readonly string[] = ["home", "start", "startseite", "accueil", "inicio", "portada", "início", "ראשי", "الرئيسية"];

/**
 * The front page's name opening a breadcrumb trail in more languages, some of two words ("Ana Sayfa", "Strona główna",
 * "Trang chủ"): read only there (`BREADCRUMB_HOME` in headline.ts), before the trail's mark, not as menu words, as several
 * are words of titles too ("Domov", "Acasă", "Inici").
 */
export const TRAIL_HOME_PHRASES: readonly string[] = [
  "strona główna",
  "hlavní stránka",
  "úvodní stránka",
  "úvod",
  "kezdőlap",
  "címlap",
  "acasă",
  "prima pagină",
  "naslovnica",
  "početna",
  "domov",
  "etusivu",
  "forside",
  "forsiden",
  "startsida",
  "framsida",
  "avaleht",
  "sākums",
  "pradžia",
  "beranda",
  "laman utama",
  "trang chủ",
  "inici",
  "hasiera",
  "ana sayfa",
  "anasayfa",
  "forsíða",
  "nyumbani",
  // The front page's name in other scripts, before a trail's mark ("Главная / Общество", "الرئيسية > مجتمع", "首页 >
  // 新闻", "หน้าแรก > สังคม"): Russian, Ukrainian, Bulgarian, Greek, Arabic, Persian, Hebrew, Hindi, Chinese, Japanese,
  // Korean, Thai.
  "главная",
  "головна",
  "начало",
  "αρχική",
  "الرئيسية",
  "الصفحة الرئيسية",
  "صفحه اصلی",
  "خانه",
  "ראשי",
  "דף הבית",
  "होम",
  "मुख्य पृष्ठ",
  "首页",
  "首頁",
  "トップ",
  "ホーム",
  "홈",
  "หน้าแรก",
  "หน้าหลัก",
];

/** Section names in English: a front page's menu ("News Sport Business Culture Opinion"). */
const ENGLISH: readonly string[] = [
  "news",
  "world",
  "local",
  "uk",
  "politics",
  "business",
  "economy",
  "money",
  "markets",
  "sport",
  "sports",
  "culture",
  "arts",
  "entertainment",
  "lifestyle",
  "opinion",
  "tech",
  "technology",
  "science",
  "health",
  "travel",
  "video",
  "videos",
  "weather",
  "style",
  "food",
  "environment",
  "climate",
  "education",
  "podcasts",
];

/** German: "Startseite Politik Wirtschaft Sport Kultur". */
const GERMAN: readonly string[] = [
  "nachrichten",
  "politik",
  "wirtschaft",
  "kultur",
  "meinung",
  "wissen",
  "wissenschaft",
  "gesundheit",
  "reisen",
  "panorama",
  "digital",
  "ausland",
  "inland",
  "regional",
  "wetter",
  "welt",
];

/** French: "Accueil Monde Politique Économie Culture". */
const FRENCH: readonly string[] = [
  "actualités",
  "actu",
  "monde",
  "international",
  "politique",
  "économie",
  "société",
  "opinions",
  "sciences",
  "santé",
  "voyage",
  "voyages",
  "vidéos",
  "vidéo",
  "météo",
  "planète",
  "région",
];

/** Spanish: "Inicio Noticias Deportes Cultura". */
const SPANISH: readonly string[] = [
  "noticias",
  "mundo",
  "internacional",
  "política",
  "economía",
  "deportes",
  "cultura",
  "opinión",
  "tecnología",
  "ciencia",
  "salud",
  "viajes",
  "vídeos",
  "tiempo",
];

/** Italian: "Cronaca Politica Economia Esteri Sport Cultura". */
const ITALIAN: readonly string[] = [
  "cronaca",
  "politica",
  "economia",
  "esteri",
  "spettacoli",
  "tecnologia",
  "scienze",
  "salute",
  "viaggi",
  "meteo",
  "mondo",
  "opinioni",
  "regione",
];

/** Portuguese: "Início Notícias Política Economia Esportes Cultura", "Início Região País Desporto Cultura". */
const PORTUGUESE: readonly string[] = [
  "notícias",
  "esportes",
  "desporto",
  "opinião",
  "ciência",
  "saúde",
  "viagem",
  "região",
  "tempo",
  "país",
  "entretenimento",
];

/** Dutch: "Nieuws Binnenland Buitenland Politiek Economie Sport Cultuur". */
const DUTCH: readonly string[] = [
  "nieuws",
  "binnenland",
  "buitenland",
  "politiek",
  "economie",
  "cultuur",
  "opinie",
  "wetenschap",
  "gezondheid",
  "weer",
  "wereld",
];

/** Polish: "Wiadomości Region Kraj Świat Sport Kultura Pogoda". */
const POLISH: readonly string[] = [
  "wiadomości",
  "region",
  "kraj",
  "świat",
  "polityka",
  "gospodarka",
  "biznes",
  "kultura",
  "pogoda",
  "nauka",
  "zdrowie",
  "technologie",
  "rozrywka",
];

/**
 * Indonesian and Malay: "Berita Daerah Nasional Olahraga Cuaca", "Berita Dunia Sukan Hiburan", "Utama Berita Tempatan
 * Budaya Pendapat" (Malay's home, local news, culture and opinion), "Beranda" (Indonesian's home).
 */
const INDONESIAN_AND_MALAY: readonly string[] = [
  ...["utama", "beranda", "tempatan", "budaya", "pendapat"],
  "berita",
  "daerah",
  "nasional",
  "dunia",
  "ekonomi",
  "bisnis",
  "olahraga",
  "sukan",
  "hiburan",
  "teknologi",
  "tekno",
  "kesehatan",
  "kesihatan",
  "cuaca",
  "opini",
  "otomotif",
];

/** Turkish: "Gündem Ekonomi Dünya Spor Kültür Sağlık"; "Dünya" is a given name too (`GIVEN_NAMES`). */
const TURKISH: readonly string[] = [
  "gündem",
  "güncel",
  "dünya",
  "siyaset",
  "spor",
  "kültür",
  "sanat",
  "yaşam",
  "sağlık",
  "teknoloji",
  "bilim",
  "eğitim",
  "magazin",
  "yazarlar",
];

/** Swedish, Danish and Norwegian: "Nyheter Inrikes Utrikes Sport Kultur Nöje", "Nyheder Indland Udland Vejret". */
const SCANDINAVIAN: readonly string[] = [
  "nyheter",
  "nyheder",
  "inrikes",
  "utrikes",
  "indland",
  "udland",
  "innenriks",
  "utenriks",
  "politikk",
  "økonomi",
  "nöje",
  "debatt",
  "debat",
  "ledare",
  "väder",
  "vejret",
  "været",
  "hälsa",
  "sundhed",
  "helse",
];

/** Catalan: "Inici Notícies Política Economia Esports Cultura" (the rest shared with Spanish and Italian). */
const CATALAN: readonly string[] = ["notícies", "comarques", "societat", "esports", "opinió", "món", "salut", "ciència", "temps"];

/** Greek: "Αρχική Ειδήσεις Πολιτική Οικονομία Αθλητισμός Πολιτισμός". */
const GREEK: readonly string[] = [
  ...["ειδήσεις", "επικαιρότητα", "πολιτική", "οικονομία", "αθλητισμός", "σπορ", "πολιτισμός", "γνώμες", "απόψεις"],
  ...["κοινωνία", "κόσμος", "διεθνή", "υγεία", "τεχνολογία", "επιστήμη", "καιρός", "ψυχαγωγία"],
];

/** Tagalog: "Home Balita Pulitika Negosyo Isports Showbiz" (English's names are Filipino sites' too). */
const TAGALOG: readonly string[] = [
  ...["balita", "pulitika", "negosyo", "isports", "palakasan", "libangan", "showbiz", "opinyon", "bansa", "probinsya"],
  ...["kalusugan", "teknolohiya"],
];

/** Swahili: "Habari Siasa Biashara Michezo Burudani Maoni". */
const SWAHILI: readonly string[] = [
  ...["habari", "siasa", "biashara", "uchumi", "michezo", "burudani", "maoni", "kitaifa", "kimataifa", "afya", "elimu"],
  "teknolojia",
];

/** Finnish: "Uutiset Kotimaa Ulkomaat Talous Urheilu Kulttuuri Sää". */
const FINNISH: readonly string[] = [
  "uutiset",
  "kotimaa",
  "ulkomaat",
  "politiikka",
  "talous",
  "urheilu",
  "kulttuuri",
  "mielipide",
  "sää",
  "tiede",
  "terveys",
];

/** Estonian: "Uudised Eesti Välismaa Poliitika Majandus Sport Kultuur Arvamus". */
const ESTONIAN: readonly string[] = [
  ...["uudised", "välismaa", "poliitika", "majandus", "kultuur", "arvamus", "maailm", "ilm", "tervis", "teadus"],
  "meelelahutus",
];

/**
 * Czech, Slovak, Hungarian and Romanian: "Zprávy Svět Ekonomika Sport Kultura Počasí", "Domov Správy Ekonomika Šport
 * Kultúra", "Hírek Belföld Külföld Gazdaság".
 */
const CENTRAL_EUROPEAN: readonly string[] = [
  "zprávy",
  "svět",
  "ekonomika",
  "názory",
  "počasí",
  "věda",
  "zdraví",
  ...["správy", "spravodajstvo", "domáce", "zahraničie", "svet", "šport", "zdravie", "veda", "počasie", "regióny"],
  "hírek",
  "belföld",
  "külföld",
  "gazdaság",
  "kultúra",
  "vélemény",
  "politika",
  "időjárás",
  "tudomány",
  ...["világ", "itthon", "közélet", "életmód", "egészség", "szórakozás"],
  "știri",
  "actualitate",
  "politică",
  "externe",
  "cultură",
  "opinii",
  "vremea",
  // Romanian "Vreme" (the weather's other form) and "Național" (the country's news, beside "Local" and "Externe").
  "vreme",
  "național",
  "naţional",
];

/** Croatian, Serbian and Bosnian in Latin letters: "Naslovnica Vijesti Politika Gospodarstvo Sport Kultura". */
const SOUTH_SLAVIC: readonly string[] = [
  ...["vijesti", "vesti", "novosti", "gospodarstvo", "ekonomija", "biznis", "svijet", "mišljenja", "komentari"],
  ...["kronika", "hronika", "zdravlje", "znanost", "tehnologija", "zabava", "vrijeme"],
];

/** Russian and Ukrainian: "Главная Новости Город Политика Экономика Спорт Культура Погода"; the home word is counted
 * as the one other word. */
const RUSSIAN_AND_UKRAINIAN: readonly string[] = [
  "новости",
  "город",
  "регион",
  "общество",
  "политика",
  "экономика",
  "бизнес",
  "спорт",
  "культура",
  "мир",
  "происшествия",
  "наука",
  "здоровье",
  "погода",
  "мнения",
  "технологии",
  "новини",
  "суспільство",
  "політика",
  "економіка",
  "світ",
];

/**
 * Section names in scripts without case, which a menu spaces as it spaces Latin ones: Arabic ("أخبار سياسة اقتصاد رياضة
 * ثقافة", with and without the article), Persian, Hebrew, Chinese ("本地 国内 体育 文化 天气"), Japanese, Korean, Hindi
 * ("होम देश राजनीति खेल मनोरंजन"), Bengali and Thai, whose menu spaces its entries though its sentences run unspaced.
 */
const CASELESS: readonly string[] = [
  ...["أخبار", "الأخبار", "محليات", "سياسة", "السياسة", "اقتصاد", "الاقتصاد", "رياضة", "الرياضة", "ثقافة", "الثقافة"],
  ...["عربي", "دولي", "العالم", "منوعات", "صحة", "تكنولوجيا", "رأي", "الطقس"],
  ...["اخبار", "سیاسی", "اقتصادی", "ورزشی", "فرهنگی", "اجتماعی", "جهان", "بین‌الملل"],
  ...["חדשות", "פוליטיקה", "כלכלה", "ספורט", "תרבות", "דעות", "עולם", "בריאות"],
  ...["新闻", "新聞", "本地", "国内", "國內", "国际", "國際", "财经", "財經", "体育", "體育", "文化", "娱乐", "娛樂"],
  ...["科技", "健康", "天气", "天氣", "评论", "評論", "社会", "社會", "教育", "旅游", "时政"],
  ...["ニュース", "政治", "経済", "スポーツ", "地域", "天気", "科学", "エンタメ", "ライフ"],
  ...["뉴스", "정치", "경제", "사회", "국제", "스포츠", "문화", "연예", "오피니언", "날씨", "과학", "생활", "지역", "전국"],
  ...["समाचार", "ख़बरें", "खबरें", "देश", "दुनिया", "विदेश", "राजनीति", "बिज़नेस", "बिजनेस", "खेल", "मनोरंजन", "राय"],
  ...["शिक्षा", "स्वास्थ्य", "मौसम", "टेक", "लाइफस्टाइल"],
  ...["ข่าว", "การเมือง", "เศรษฐกิจ", "ธุรกิจ", "กีฬา", "บันเทิง", "ความคิดเห็น", "ต่างประเทศ", "สังคม", "ภูมิภาค"],
  ...["เทคโนโลยี", "สุขภาพ", "การศึกษา", "อาชญากรรม", "ไลฟ์สไตล์"],
  // Hindi's business, culture, states and opinion desks; Bengali ("খবর দেশ বিদেশ অর্থনীতি খেলা বিনোদন মতামত").
  ...["कारोबार", "संस्कृति", "राज्य", "विचार"],
  ...["খবর", "দেশ", "বিদেশ", "সারাদেশ", "আন্তর্জাতিক", "রাজনীতি", "অর্থনীতি", "বাণিজ্য", "খেলা", "বিনোদন"],
  ...["সংস্কৃতি", "মতামত", "প্রযুক্তি", "স্বাস্থ্য", "শিক্ষা", "আবহাওয়া"],
];

/**
 * The home country's desk, named after the country in Estonian, Slovak, Czech and Greek menus ("Eesti Maailm Majandus",
 * "Slovensko Svet Ekonomika", "Česko Svět Ekonomika", "Ελλάδα Κόσμος Οικονομία"). A country's name is a title's word as
 * often, so these are `PLAIN_WORD_SECTIONS` too.
 */
const COUNTRY_DESKS: readonly string[] = ["eesti", "slovensko", "česko", "ελλάδα"];

/**
 * Section names that are as often plain words of a title: Spanish "tiempo" and Portuguese "tempo" (the weather's
 * section, but time), a region ("região", "région", "regione", Polish "region"), Polish "kraj" (the country, any
 * country), German "Welt" and Turkish "dünya" (the world, in many a title), Russian "мир" (the world, but peace) and
 * "город" (the city, any city); the world, the weather that is also time, the country and the game in Catalan, Greek,
 * Slovak, Croatian, Hungarian, Estonian, Tagalog, Hindi and Bengali (abroad too), the countries' own desks, Greek
 * "πολιτική" (policy too) and Swahili "habari" (news, but a greeting's word). A menu's line counts them
 * (`isSectionMenu`), but one inside a short line makes no kicker of it ("Mau tempo", "Nova região", "Die Welt wartet"
 * are titles; see `namesKind` in find-header.ts).
 */
export const PLAIN_WORD_SECTIONS: ReadonlySet<string> = new Set([
  ...["tiempo", "tempo", "região", "région", "regione", "region", "kraj", "welt", "dünya", "мир", "город"],
  ...["món", "temps", "κόσμος", "καιρός", "πολιτική", "svet", "svijet", "vrijeme", "világ", "maailm", "ilm", "bansa"],
  ...["habari", "देश", "दुनिया", "खेल", "দেশ", "বিদেশ", "খেলা"],
  ...COUNTRY_DESKS,
]);

/** Every section name above and the home words, for a whole word's look-up. */
export const SECTION_NAMES: ReadonlySet<string> = new Set([
  ...HOME_WORDS,
  ...ENGLISH,
  ...GERMAN,
  ...FRENCH,
  ...SPANISH,
  ...ITALIAN,
  ...PORTUGUESE,
  ...DUTCH,
  ...POLISH,
  ...INDONESIAN_AND_MALAY,
  ...TURKISH,
  ...SCANDINAVIAN,
  ...CATALAN,
  ...GREEK,
  ...TAGALOG,
  ...SWAHILI,
  ...FINNISH,
  ...ESTONIAN,
  ...CENTRAL_EUROPEAN,
  ...SOUTH_SLAVIC,
  ...RUSSIAN_AND_UKRAINIAN,
  ...CASELESS,
  ...COUNTRY_DESKS,
]);

/**
 * Section names of two words, the second in lower case as some languages set them, or in either case ("Thời sự", "Thế
 * giới", "Gaya Hidup", "Hava Durumu", "Strona główna"): a menu's entry each. Kept apart from `SECTION_NAMES`, as each
 * word alone is a title's ("Thế", "Gaya", "Hava").
 */
export const SECTION_PHRASES: ReadonlySet<string> = new Set([
  ...["thời sự", "thế giới", "kinh doanh", "thể thao", "văn hóa", "văn hoá", "giải trí", "sức khỏe", "pháp luật"],
  ...["giáo dục", "khoa học", "du lịch", "xã hội", "trang chủ", "gaya hidup", "hava durumu", "strona główna"],
  ...["chính trị", "kinh tế", "ý kiến", "quốc tế", "công nghệ", "đời sống", "thời tiết", "góc nhìn"],
  ...["última hora", "מזג אוויר"],
]);

/**
 * The continents, a world desk's entries in a menu ("World Europe Asia Africa"), in the languages of the lists above:
 * counted by `isSectionMenu` as the gazetteer's cities are, and kept out of `SECTION_NAMES`, as "Asia" and "Africa" are
 * given names that open bylines too.
 */
export const CONTINENTS: ReadonlySet<string> = new Set([
  ...["europe", "asia", "africa", "americas", "oceania", "europa", "asien", "afrika", "amerika", "ozeanien"],
  ...["asie", "afrique", "amériques", "océanie", "américa", "oceanía", "ásia", "áfrica", "américas", "azja", "afryka"],
  ...["европа", "азия", "африка", "америка", "європа", "азія"],
]);

/** The first word of a text, its letters only. */
const FIRST_WORD = /^[\p{L}\p{M}]+/u;
/**
 * Section names that are also given names, common enough to sign stories: Spanish and Filipino "Salud" ("Salud
 * Ortega"), its Catalan form "Salut" ("Salut Ferrer"), Turkish "Dünya" ("Dünya Kaya"), Slovak science's "Veda", a
 * woman's name in Turkish and Indian families ("Veda Arslan"). A text opening with one may be a writer's, as "Salud
 * Hoy" may be a section's: the writer weighs more.
 */
const GIVEN_NAMES: ReadonlySet<string> = new Set(["salud", "salut", "dünya", "veda"]);
/** Every name of the site's front page, a menu's first entry (`HOME_WORDS`) or a trail's (`TRAIL_HOME_PHRASES`). */
const FRONT_PAGE_NAMES: ReadonlySet<string> = new Set([...HOME_WORDS, ...TRAIL_HOME_PHRASES]);
/**
 * Whether a text is wholly the name of the site's front page ("Home", "Startseite", "Strona główna"): a top bar's link
 * beside the day it prints, no word of a date line's own.
 */
export function namesFrontPage(text: string): boolean {
  return FRONT_PAGE_NAMES.has(text.trim().toLowerCase());
}

/**
 * Whether a text opens with a section's name ("World", "Climate Change", "Politics Today", "Kultur aktuell"): no
 * person's given name is one (but `GIVEN_NAMES`), so a byline's field or a name-shaped line that opens so names a
 * section, not a writer.
 */
export function opensWithSectionName(text: string): boolean {
  const first = FIRST_WORD.exec(text)?.[0].toLowerCase();
  return first !== undefined && SECTION_NAMES.has(first) && !GIVEN_NAMES.has(first);
}
