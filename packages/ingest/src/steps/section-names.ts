import { PLACE_HEAD_BEFORE_LAND } from "./person-name.js";
import { SECTION_GIVEN_NAMES } from "./given-names.js";

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
  // A local paper's desks and its service pages ("News Sport Property Motors Obituaries Puzzles Newsletters").
  ...["metro", "society", "crime", "community", "traffic", "comment", "features", "fashion", "celebrity"],
  ...["property", "motors", "obituaries", "puzzles", "crosswords", "newsletters", "podcast", "galleries", "e-paper"],
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
  // A regional paper's desks and service pages ("Lokales Region Blaulicht Freizeit Ratgeber Immobilien Traueranzeigen").
  ...["lokales", "blaulicht", "vermischtes", "gesellschaft", "bildung", "umwelt", "verkehr", "leben"],
  ...["freizeit", "veranstaltungen", "ratgeber", "verbraucher", "karriere", "stellenmarkt", "immobilien", "mobilität"],
  ...["traueranzeigen", "leserbriefe", "kommentare", "fotos", "bilder", "newsletter", "epaper"],
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
  // A regional paper's desks ("Actualité Régions Communes Faits divers Loisirs Sorties Débats Nécrologie").
  ...["actualité", "régions", "communes", "départements", "loisirs", "sorties", "agenda", "débats", "idées"],
  ...["environnement", "éducation", "emploi", "consommation", "insolite", "people", "médias", "tourisme", "nécrologie"],
  ...["diaporamas", "trafic"],
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
  // A regional paper's desks ("Actualidad Comarca Municipios Sucesos Sociedad Ocio Gente Esquelas").
  ...["actualidad", "comarca", "comarcas", "provincia", "municipios", "nacional", "españa", "sucesos", "sociedad"],
  ...["educación", "ocio", "gente", "televisión", "motor", "empleo", "consumo", "esquelas", "obituarios"],
  ...["tendencias", "gastronomía"],
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
  // A local paper's desks ("Attualità Comuni Provincia Territorio Eventi Necrologie Lettere").
  ...["attualità", "comuni", "territorio", "italia", "società", "ambiente", "scuola", "lavoro", "motori", "eventi"],
  ...["necrologie", "lettere"],
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
  // A regional paper's desks ("Atualidade Concelhos Cidades Sociedade Lazer Necrologia"), European and Brazilian.
  ...["atualidade", "actualidade", "concelhos", "cidades", "sociedade", "educação", "emprego", "lazer", "necrologia"],
  ...["cotidiano", "esporte", "famosos", "portugal", "brasil"],
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
  // A regional paper's desks ("Regio Binnenland Media Wonen Werk Onderwijs Klimaat Uitgaan Familieberichten").
  ...["regio", "regionaal", "lokaal", "media", "wonen", "werk", "onderwijs", "klimaat", "verkeer", "uitgaan"],
  ...["familieberichten", "columns", "puzzels", "nieuwsbrief"],
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
  // A local paper's desks ("Wydarzenia Powiat Gmina Społeczeństwo Motoryzacja Praca Nekrologi Opinie").
  ...["wydarzenia", "powiat", "gmina", "miasto", "społeczeństwo", "edukacja", "środowisko", "motoryzacja", "praca"],
  ...["nieruchomości", "turystyka", "nekrologi", "ogłoszenia", "komentarze", "felietony", "wideo", "podcasty"],
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
  // Malay's business, features, current affairs and crime desks ("Semasa Bisnes Rencana Jenayah"); both languages' own.
  ...["semasa", "bisnes", "rencana", "jenayah", "wanita", "sains", "global", "internasional", "nusantara", "wilayah"],
  ...["pendidikan", "hukum", "kriminal", "bola", "kolumnis"],
];

/** Turkish: "Gündem Ekonomi Dünya Spor Kültür Sağlık"; "Dünya" is a given name too (`SECTION_GIVEN_NAMES`). */
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
  // A local paper's desks ("Yerel İlçeler Asayiş Çevre Emlak Otomobil"). JavaScript lower-cases "İ" to "i" and a
  // combining dot, so "İlçeler" is listed as read so and as typed in lower case.
  ...["ilçeler", "i\u0307lçeler", "yerel", "bölge", "asayiş", "çevre", "emlak", "otomobil", "seyahat", "galeri"],
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
  // Local and society desks and service pages ("Lokalt Samhälle Miljö Resor Bostad Motor Krönikor").
  ...["lokalt", "sverige", "danmark", "norge", "samhälle", "samfund", "samfunn", "miljö", "miljø", "utbildning"],
  ...["uddannelse", "utdanning", "resor", "rejser", "bostad", "bolig", "jobb", "krönikor", "klummer", "trafik"],
];

/** Catalan: "Inici Notícies Política Economia Esports Cultura" (the rest shared with Spanish and Italian). */
const CATALAN: readonly string[] = [
  ...["notícies", "comarques", "societat", "esports", "opinió", "món", "salut", "ciència", "temps"],
  ...["actualitat", "successos", "educació", "oci"],
];

/** Greek: "Αρχική Ειδήσεις Πολιτική Οικονομία Αθλητισμός Πολιτισμός". */
const GREEK: readonly string[] = [
  ...["ειδήσεις", "επικαιρότητα", "πολιτική", "οικονομία", "αθλητισμός", "σπορ", "πολιτισμός", "γνώμες", "απόψεις"],
  ...["κοινωνία", "κόσμος", "διεθνή", "υγεία", "τεχνολογία", "επιστήμη", "καιρός", "ψυχαγωγία"],
  // Local government, regions, education, environment, travel and video desks.
  ...["αυτοδιοίκηση", "τοπικά", "περιφέρεια", "παιδεία", "περιβάλλον", "ταξίδια", "βίντεο"],
];

/** Tagalog: "Home Balita Pulitika Negosyo Isports Showbiz" (English's names are Filipino sites' too). */
const TAGALOG: readonly string[] = [
  ...["balita", "pulitika", "negosyo", "isports", "palakasan", "libangan", "showbiz", "opinyon", "bansa", "probinsya"],
  ...["kalusugan", "teknolohiya"],
  ...["lalawigan", "lathalain", "editoryal"],
];

/** Swahili: "Habari Siasa Biashara Michezo Burudani Maoni". */
const SWAHILI: readonly string[] = [
  ...["habari", "siasa", "biashara", "uchumi", "michezo", "burudani", "maoni", "kitaifa", "kimataifa", "afya", "elimu"],
  "teknolojia",
  // Regions, counties, features, society, environment, farming and the editorial ("Mikoa Kaunti Makala Jamii Tahariri").
  ...["mikoa", "kaunti", "makala", "jamii", "mazingira", "kilimo", "tahariri", "uchambuzi"],
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
  ...["alueet", "mielipiteet", "pääkirjoitus", "kolumnit", "koulutus", "ympäristö", "liikenne", "hyvinvointi", "viihde"],
  ...["vapaa-aika", "asuminen", "autot", "videot", "podcastit"],
];

/** Estonian: "Uudised Eesti Välismaa Poliitika Majandus Sport Kultuur Arvamus". */
const ESTONIAN: readonly string[] = [
  ...["uudised", "välismaa", "poliitika", "majandus", "kultuur", "arvamus", "maailm", "ilm", "tervis", "teadus"],
  "meelelahutus",
  ...["haridus", "keskkond"],
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
  // Czech and Slovak regions, society, travel and housing; Romanian society, education, justice and the main desk.
  ...["kraje", "regiony", "komentáře", "komentáre", "společnost", "spoločnosť", "cestování", "cestovanie", "bydlení"],
  ...["bývanie", "vzdělávání", "vzdelávanie", "fotogalerie", "fotogaléria", "relax", "doprava", "auto"],
  ...["eveniment", "social", "educație", "sănătate", "justiție", "monden", "divertisment"],
];

/** Croatian, Serbian and Bosnian in Latin letters: "Naslovnica Vijesti Politika Gospodarstvo Sport Kultura". */
const SOUTH_SLAVIC: readonly string[] = [
  ...["vijesti", "vesti", "novosti", "gospodarstvo", "ekonomija", "biznis", "svijet", "mišljenja", "komentari"],
  ...["kronika", "hronika", "zdravlje", "znanost", "tehnologija", "zabava", "vrijeme"],
  ...["lokalno", "regija", "društvo", "obrazovanje", "ekologija", "hrvatska", "srbija", "grad"],
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
  // District, regions, crime, education, environment, housing, jobs, listings and the country's desk; Ukrainian's.
  ...["район", "регионы", "криминал", "образование", "экология", "авто", "недвижимость", "работа", "афиша", "досуг"],
  ...["туризм", "видео", "фото", "подкасты", "россия", "події", "регіони", "україна", "думки", "блоги", "освіта"],
  ...["кримінал", "відео", "бізнес", "технології"],
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
  // Arabic arts, opinions, society, accidents, education and environment; Persian society, sport and provinces; Hebrew
  // home and world news, consumer and travel; Chinese headlines, local, opinion, law, cars, property, video and
  // culture-and-leisure desks; Japanese world, living, editorial, column, video and obituary desks; Korean editorial,
  // column, photo, video, property, environment; Hindi city, crime, video, careers and astrology; Thai local and video.
  ...["فنون", "آراء", "مقالات", "مجتمع", "المجتمع", "حوادث", "تعليم", "بيئة", "فيديو", "سيارات", "جامعه", "ورزش"],
  ...["استان‌ها", "בארץ", "בעולם", "צרכנות", "תיירות", "וידאו", "רכב"],
  ...["要闻", "要聞", "地方", "城市", "时评", "時評", "观点", "觀點", "法治", "军事", "軍事", "汽车", "汽車", "房产", "房產"],
  ...["文娱", "文旅", "视频", "視頻", "图片", "圖片", "两岸", "兩岸", "生活", "时尚", "時尚", "环保", "热点", "熱點"],
  ...["国際", "暮らし", "くらし", "オピニオン", "社説", "コラム", "動画", "写真", "芸能", "ビジネス", "医療", "環境", "おくやみ"],
  ...["사설", "칼럼", "포토", "영상", "동영상", "산업", "부동산", "교육", "환경", "건강", "라이프", "여행", "북한", "인물"],
  ...["शहर", "क्राइम", "वीडियो", "फोटो", "करियर", "ऑटो", "धर्म", "ज्योतिष", "ท้องถิ่น", "ความเห็น", "วิดีโอ", "ในประเทศ"],
];

/**
 * The home country's desk, named after the country in Estonian, Slovak, Czech and Greek menus ("Eesti Maailm Majandus",
 * "Slovensko Svet Ekonomika", "Česko Svět Ekonomika", "Ελλάδα Κόσμος Οικονομία"). A country's name is a title's word as
 * often, so these are `PLAIN_WORD_SECTIONS` too.
 */
const COUNTRY_DESKS: readonly string[] = ["eesti", "slovensko", "česko", "ελλάδα"];

/**
 * Desks named by a noun a title uses as often, or more: the society, the environment, education, jobs, housing, travel,
 * traffic, the towns and regions, the country ("Crime", "Leben", "Emploi", "Empleo", "Lavoro", "Praca", "Работа",
 * "Rencana" that is Indonesian for a plan, "Semasa" that is Malay for during, "교육", "المجتمع"). A menu's line counts
 * them; a short title holding one is still a title ("Crime falls again", "Das Leben danach").
 */
const ORDINARY_NOUN_DESKS: readonly string[] = [
  ...["metro", "society", "crime", "community", "traffic", "property", "fashion", "celebrity"],
  ...["gesellschaft", "bildung", "umwelt", "verkehr", "leben", "freizeit", "karriere", "bilder"],
  ...["actualité", "régions", "communes", "départements", "sorties", "agenda", "débats", "idées", "environnement"],
  ...["éducation", "emploi", "consommation", "people", "médias", "tourisme", "trafic"],
  ...["actualidad", "comarca", "comarcas", "provincia", "municipios", "españa", "sociedad", "educación", "ocio"],
  ...["gente", "televisión", "motor", "empleo", "consumo", "tendencias", "gastronomía"],
  ...["attualità", "comuni", "territorio", "italia", "società", "ambiente", "scuola", "lavoro", "eventi", "lettere"],
  ...["atualidade", "actualidade", "concelhos", "cidades", "sociedade", "educação", "emprego", "lazer", "famosos"],
  ...["portugal", "brasil", "regio", "media", "wonen", "werk", "onderwijs", "klimaat", "verkeer"],
  ...["wydarzenia", "powiat", "gmina", "miasto", "społeczeństwo", "edukacja", "środowisko", "praca", "turystyka"],
  ...["nieruchomości", "semasa", "bisnes", "rencana", "jenayah", "wanita", "sains", "global", "internasional"],
  ...["wilayah", "pendidikan", "hukum", "bola", "yerel", "bölge", "çevre", "seyahat", "emlak", "otomobil"],
  ...["sverige", "danmark", "norge", "samhälle", "samfund", "samfunn", "miljö", "miljø", "utbildning", "uddannelse"],
  ...["utdanning", "resor", "rejser", "bostad", "bolig", "jobb", "trafik", "actualitat", "educació", "oci"],
  ...["περιφέρεια", "παιδεία", "περιβάλλον", "ταξίδια", "lalawigan", "mikoa", "jamii", "mazingira", "kilimo", "kaunti"],
  ...["alueet", "koulutus", "ympäristö", "liikenne", "hyvinvointi", "asuminen", "haridus", "keskkond"],
  ...["kraje", "regiony", "společnost", "spoločnosť", "cestování", "cestovanie", "bydlení", "bývanie", "vzdělávání"],
  ...["vzdelávanie", "doprava", "auto", "relax", "eveniment", "social", "educație", "sănătate", "justiție"],
  ...["lokalno", "regija", "društvo", "obrazovanje", "ekologija", "hrvatska", "srbija", "grad"],
  ...["район", "регионы", "образование", "экология", "авто", "недвижимость", "работа", "туризм", "россия"],
  ...["події", "регіони", "україна", "освіта", "думки"],
  ...["مجتمع", "المجتمع", "تعليم", "بيئة", "حوادث", "سيارات", "جامعه", "ورزش", "בארץ", "בעולם", "רכב", "शहर", "धर्म"],
  ...["地方", "城市", "生活", "環境", "医療", "写真", "暮らし", "교육", "환경", "건강", "산업", "부동산", "여행", "북한", "인물"],
];

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
  ...ORDINARY_NOUN_DESKS,
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
  // Local, environment, readers, fashion, food, consumer, jobs and events desks in Vietnamese ("Địa phương", "Bạn đọc").
  ...["địa phương", "môi trường", "bạn đọc", "thời trang", "ẩm thực", "tiêu dùng", "việc làm", "sự kiện", "tin tức"],
  // The news in brief of crime and accidents, the environment, leisure, lifestyle, columns, the latest news, police news
  // and what's on: French, Spanish, Catalan, Italian, Polish, Czech, Turkish, Croatian and English.
  ...["faits divers", "medio ambiente", "medi ambient", "tempo libero", "styl życia", "životní prostředí"],
  ...["köşe yazıları", "son dakika", "crna kronika", "what's on", "what’s on"],
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
 * person's given name is one (but `SECTION_GIVEN_NAMES`), so a byline's field or a name-shaped line that opens so names
 * a section, not a writer.
 */
export function opensWithSectionName(text: string): boolean {
  const first = FIRST_WORD.exec(text)?.[0].toLowerCase();
  return first !== undefined && SECTION_NAMES.has(first) && !SECTION_GIVEN_NAMES.has(first);
}

/**
 * A publication's name: an article and a paper's noun ("Le Quotidien", "El Diario", "Der Kurier", "Het Dagblad"; "The"
 * is `TITLE_CASE_WORD`'s), or a last word that names a paper, a news section or an issue ("Harbour Gazette", "Breaking
 * News", "Top Stories", "Aktuelle Nachrichten", "Weekend Edition", "Morning Briefing", "Market Report"), in the languages
 * of the stop-word lists, and the news sections of the languages whose time ago a name may sign over (see
 * `RELATIVE_AGES`: "Inrikes Nyheter", "Seneste Nyt", "Domácí Zprávy", "Wiadomości Lokalne", "Son Dakika", "Spor
 * Haberleri"): a masthead or a section over its date or its time ago, not a byline. Words that are also family names ("Le
 * Tuan", "El Anatsui", "Amy Daily", "Jane Herald") are left out: a real author's name weighs more than a masthead's.
 */
const PUBLICATION_NAME =
  /^(?:Le|La|El|Der|Die|De|Het|Il)\s+(?:Quotidien|Journal|Monde|Soir|Matin|Temps|Courrier|Diario|Periódico|Mundo|País|Tiempo|Correo|Heraldo|Gazzetta|Giornale|Corriere|Messaggero|Kurier|Zeitung|Anzeiger|Bote|Krant|Dagblad|Courant|Gazette|Tribune)$|\s(?:News|Stories|Headlines|Updates|Live|Today|Times|Tribune|Gazette|Journal|Magazine|Chronicle|Nachrichten|Zeitung|Noticias|Actualités|Notizie|Notícias|Nieuws|Edition|Briefing|Digest|Roundup|Recap|Newsletter|Podcast|Report|Release|Ausgabe|Nyheter|Nyheder|Nytt|Nyt|Zprávy|Správy|Wiadomości|Haberler|Haberleri|Dakika)$|^Wiadomości\s/u;
/** A paper's last word that is also a family name ("Post", "Herald", "Star"), as a pattern's source. */
export const PAPER_LAST_WORD =
  "(?:Post|Herald|Daily|Star|Sun|Mail|Mirror|Express|Observer|Record|Guardian|Globe|Courier|Press|Telegraph|Standard|Sentinel|" +
  "Examiner|Inquirer|Dispatch|Register|Bulletin|Leader|Ledger|Monitor|Review|Beacon|Independent|Advertiser|Argus|Echo)";
/**
 * A paper's name whose last word is also a family name ("Post", "Herald", "Star", "Mail": "Emily Post", "Jane Herald",
 * "Amy Daily"), after a word that opens no person's name: a place's (see `PLACE_HEAD_BEFORE_LAND`: "Harbour Post",
 * "Valley Herald") or an edition's ("Morning Star", "Sunday Mail", "Daily Record").
 */
const PAPER_AFTER_PLACE = new RegExp(
  `^(?:${PLACE_HEAD_BEFORE_LAND}|Daily|Weekly|Morning|Evening|Sunday|Saturday|National|Regional|Metro|County|City|Island|Coast|Valley|Capital)\\s` +
    `${PAPER_LAST_WORD}$`,
  "u",
);
/** Whether a name is a publication's (see `PUBLICATION_NAME` and `PAPER_AFTER_PLACE`): "Harbour Gazette", "Le Quotidien". */
export function isPublicationName(name: string): boolean {
  return PUBLICATION_NAME.test(name) || PAPER_AFTER_PLACE.test(name);
}
