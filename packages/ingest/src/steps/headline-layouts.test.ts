import { describe, expect, it } from "vitest";
import { fromText } from "../index.js";
import { HARBOUR_EXPANSION_STORIES, ZH_FERRY_STORY } from "./_stories.test-helpers.js";
import { opensWithSpanOfDays } from "./date-line.js";
import { hasCredit } from "./caption.js";

// Invented pages in the layouts news sites print around a story (menus, consent notices, players, teaser boxes, trails,
// bylines in several languages and scripts), each read whole by `fromText`: the headline must be the story's title.
// A regression guard for layouts the dev sets show rarely or never; every page and name here is made up.

/** The same invented story in English, German, French and Spanish. */
const en = [
  "The island's only ferry returned to service on Monday after three months of repairs at the mainland yard, and the first crossing sailed full.",
  "",
  "Residents had relied on a chartered boat that sailed twice a week, and shopkeepers said trade had fallen by a third while the ferry was away.",
  "",
  "The council said the daily timetable would be restored from next month, with an extra evening sailing on Fridays.",
  "",
  "Engineers found corrosion in the hull plates below the waterline, which took longer to replace than the yard had first estimated in the spring.",
  "",
  "A spokesperson for the operator said the crew was glad to be back at sea and thanked islanders for their patience during the long wait.",
];
const de = [
  "Die einzige Fähre der Insel ist am Montag nach drei Monaten in der Werft auf dem Festland wieder in Dienst gegangen, und die erste Überfahrt war voll.",
  "",
  "Die Bewohner mussten sich auf ein gechartertes Boot verlassen, das zweimal in der Woche fuhr, und die Läden sagen, dass der Umsatz um ein Drittel gefallen ist.",
  "",
  "Der Gemeinderat sagte, dass der tägliche Fahrplan ab dem nächsten Monat wieder gilt, mit einer zusätzlichen Abendfahrt am Freitag.",
  "",
  "Die Ingenieure fanden Rost an den Platten unter der Wasserlinie, deren Austausch länger dauerte, als die Werft im Frühjahr geschätzt hatte.",
];
const fr = [
  "Le tableau des marées donne pour chaque jour les heures de la pleine mer et de la basse mer, avec la hauteur de l'eau au port de pêche.",
  "",
  "Il faut le lire avec le coefficient du jour, car une marée de vives-eaux découvre des rochers que l'on ne voit jamais autrement sur la côte.",
  "",
  "Les capitaineries affichent le tableau de la semaine à l'entrée du port, et les pêcheurs le consultent avant chaque sortie en mer.",
  "",
  "Les plaisanciers qui l'oublient se retrouvent parfois échoués sur un banc de sable, à attendre six heures que la mer revienne les chercher.",
];
const es = [
  "El único transbordador de la isla volvió a navegar el lunes después de tres meses de reparaciones en el astillero del continente, y el primer viaje salió lleno.",
  "",
  "Los vecinos dependían de un barco alquilado que salía dos veces por semana, y los comerciantes dicen que las ventas cayeron un tercio mientras tanto.",
  "",
  "El ayuntamiento dijo que el horario diario volverá el mes que viene, con una salida adicional los viernes por la tarde para los trabajadores.",
];
const footer = [
  "",
  "Related stories",
  "Council approves new harbour wall after long debate",
  "Fishing fleet reports best season in a decade",
  "",
  "About us",
  "Contact",
  "Privacy policy",
  "© 2025 Island Gazette",
];
const menu = ["Island Gazette", "Home", "News", "Sport", "Business", "Opinion", "Culture", "Weather", ""];
/** Each layout: its name, the headline it must give, and the page as lines. */
/** The English story under the menu, with the header lines given (title, byline, date…) and the footer after it. */
const underMenu = (...header: string[]) => [...menu, ...header, "", ...en, ...footer];

const layouts: Array<[string, string, string[]]> = [
  [
    "long menu + byline",
    "Island ferry returns to service after three months",
    underMenu("Island ferry returns to service after three months", "By Ada Lee", "4 March 2025"),
  ],
  [
    "breadcrumb trail line",
    "Island ferry returns to service after three months",
    [
      ...menu,
      "Home > News > Island",
      "",
      "Island ferry returns to service after three months",
      "",
      "Ada Lee · 4 March 2025",
      "",
      ...en,
      ...footer,
    ],
  ],
  [
    "cookie banner above",
    "Island ferry returns to service after three months",
    [
      "We use cookies to improve your experience on our site. By continuing you agree to our use of cookies.",
      "Accept all",
      "Manage settings",
      "",
      ...menu,
      "Island ferry returns to service after three months",
      "",
      "By Ada Lee, 4 March 2025",
      "",
      ...en,
      ...footer,
    ],
  ],
  [
    "video player line",
    "Island ferry returns to service after three months",
    [
      ...menu,
      "Island ferry returns to service after three months",
      "",
      "Media playback is unsupported on your device",
      "",
      "By Ada Lee",
      "4 March 2025",
      "",
      ...en,
      ...footer,
    ],
  ],
  [
    "search for",
    "Island ferry returns to service after three months",
    [
      "Search for:",
      "",
      ...menu,
      "Island ferry returns to service after three months",
      "",
      "Posted on 4 March 2025 by Ada Lee",
      "",
      ...en,
      ...footer,
    ],
  ],
  [
    "newsletter signup above",
    "Island ferry returns to service after three months",
    [
      ...menu,
      "Sign up to our morning newsletter and get the island's news in your inbox",
      "Subscribe",
      "",
      "Island ferry returns to service after three months",
      "By Ada Lee",
      "4 March 2025",
      "",
      ...en,
      ...footer,
    ],
  ],
  [
    "section label over title",
    "Island ferry returns to service after three months",
    [
      ...menu,
      "Transport",
      "",
      "Island ferry returns to service after three months",
      "",
      "By Ada Lee",
      "4 March 2025",
      "",
      ...en,
      ...footer,
    ],
  ],
  [
    "related teasers above",
    "Island ferry returns to service after three months",
    [
      ...menu,
      "Most read",
      "Council approves new harbour wall after long debate",
      "Fishing fleet reports best season in a decade",
      "Lighthouse keeper retires after forty years",
      "",
      "Island ferry returns to service after three months",
      "By Ada Lee",
      "4 March 2025",
      "",
      ...en,
      ...footer,
    ],
  ],
  [
    "title bar top + heading",
    "Island ferry returns to service after three months",
    [
      "Island ferry returns to service after three months | Island Gazette",
      "",
      ...menu,
      "Island ferry returns to service after three months",
      "",
      ...en,
      ...footer,
    ],
  ],
  [
    "standfirst under title",
    "Island ferry returns to service after three months",
    [
      ...menu,
      "Island ferry returns to service after three months",
      "",
      "Repairs took longer than planned, but the crossing is back on the timetable from today.",
      "",
      "By Ada Lee",
      "4 March 2025",
      "",
      ...en,
      ...footer,
    ],
  ],
  [
    "no byline, teaser-title before",
    "Island ferry returns to service after three months",
    underMenu("Island ferry returns to service after three months"),
  ],
  [
    "de menu + Von",
    "Inselfähre nach drei Monaten wieder in Betrieb",
    [
      "Inselbote",
      "Startseite",
      "Nachrichten",
      "Sport",
      "Wirtschaft",
      "Kultur",
      "",
      "Zum Inhalt springen",
      "Suche",
      "",
      "Inselfähre nach drei Monaten wieder in Betrieb",
      "Von Anna Keller",
      "4. März 2025",
      "",
      ...de,
    ],
  ],
  [
    "de video",
    "Inselfähre nach drei Monaten wieder in Betrieb",
    [
      "Inselbote",
      "Startseite",
      "Nachrichten",
      "",
      "Video abspielen",
      "Inselfähre nach drei Monaten wieder in Betrieb",
      "",
      "Von Anna Keller, 4. März 2025",
      "",
      ...de,
    ],
  ],
  [
    "fr cookies",
    "Comment lire un tableau des marées sans se tromper",
    [
      "Nous utilisons des cookies pour améliorer votre expérience.",
      "Tout accepter",
      "Paramétrer",
      "",
      "Le Journal des Côtes",
      "Accueil",
      "Actualités",
      "Mer",
      "",
      "Comment lire un tableau des marées sans se tromper",
      "Par Claire Martin",
      "Publié le 4 mars 2025",
      "",
      ...fr,
    ],
  ],
  [
    "fr kicker + newsletter",
    "Comment lire un tableau des marées sans se tromper",
    [
      "Le Journal des Côtes",
      "Accueil",
      "Actualités",
      "Recevez notre newsletter chaque matin",
      "S'abonner",
      "",
      "Pratique",
      "Comment lire un tableau des marées sans se tromper",
      "",
      "Par Claire Martin le 4 mars 2025",
      "",
      ...fr,
    ],
  ],
  [
    "es menu",
    "El transbordador de la isla vuelve tras tres meses",
    [
      "La Gaceta Isleña",
      "Inicio",
      "Noticias",
      "Deportes",
      "Economía",
      "",
      "Buscar",
      "",
      "El transbordador de la isla vuelve tras tres meses",
      "Por Ana García",
      "4 de marzo de 2025",
      "",
      ...es,
    ],
  ],
  [
    "date first",
    "Island ferry returns to service after three months",
    underMenu("4 March 2025", "Island ferry returns to service after three months"),
  ],
  [
    "title + share bar + byline",
    "Island ferry returns to service after three months",
    [
      ...menu,
      "Island ferry returns to service after three months",
      "Share on Facebook",
      "Share on X",
      "Email",
      "",
      "By Ada Lee",
      "4 March 2025",
      "",
      ...en,
      ...footer,
    ],
  ],
  [
    "trending bar above",
    "Island ferry returns to service after three months",
    [
      "Trending: Harbour wall vote | Storm warning | School closures",
      "",
      ...menu,
      "Island ferry returns to service after three months",
      "Ada Lee",
      "4 March 2025",
      "",
      ...en,
      ...footer,
    ],
  ],
  [
    "ticker/teaser with date above",
    "Island ferry returns to service after three months",
    [
      ...menu,
      "Council approves new harbour wall after long debate",
      "3 March 2025",
      "",
      "Island ferry returns to service after three months",
      "By Ada Lee",
      "4 March 2025",
      "",
      ...en,
      ...footer,
    ],
  ],
  [
    "reading time + updated",
    "Island ferry returns to service after three months",
    underMenu("News", "Island ferry returns to service after three months", "5 min read", "Updated 4 March 2025"),
  ],
  [
    "image caption between",
    "Island ferry returns to service after three months",
    [
      ...menu,
      "Island ferry returns to service after three months",
      "",
      "The ferry leaving the mainland yard on Sunday evening. Photo: Ada Lee",
      "",
      "By Ada Lee",
      "",
      ...en,
      ...footer,
    ],
  ],
  [
    "site tagline line",
    "Island ferry returns to service after three months",
    ["Island Gazette", "The island's newspaper since 1887", "", "Island ferry returns to service after three months", "", ...en, ...footer],
  ],
  [
    "long distance: tools+ad+newsletter",
    "Island ferry returns to service after three months",
    [
      ...menu,
      "Island ferry returns to service after three months",
      "By Ada Lee",
      "4 March 2025",
      "",
      "Listen to this article",
      "5 min",
      "",
      "Share",
      "Save",
      "",
      "Advertisement",
      "",
      "The ferry leaving the mainland yard on Sunday evening (Photo: Bo Chen)",
      "",
      "Get our free morning briefing",
      "Enter your email",
      "Sign up",
      "",
      ...en,
      ...footer,
    ],
  ],
  [
    "all caps headline",
    "ISLAND FERRY RETURNS TO SERVICE AFTER THREE MONTHS",
    underMenu("TRANSPORT", "ISLAND FERRY RETURNS TO SERVICE AFTER THREE MONTHS", "By Ada Lee", "4 March 2025"),
  ],
  [
    "question headline",
    "Will the island ferry keep running this winter?",
    underMenu("Will the island ferry keep running this winter?", "", "Ada Lee", "4 March 2025"),
  ],
  [
    "long headline 24 words",
    "After three months in the mainland yard and a winter of chartered boats, the island's only ferry is finally back on its daily run across the strait",
    [
      ...menu,
      "After three months in the mainland yard and a winter of chartered boats, the island's only ferry is finally back on its daily run across the strait",
      "By Ada Lee",
      "4 March 2025",
      "",
      ...en,
      ...footer,
    ],
  ],
  [
    "opinion kicker glued",
    "Island ferry returns to service after three months",
    underMenu("Opinion | Island ferry returns to service after three months", "By Ada Lee", "4 March 2025"),
  ],
  [
    "recipe",
    "Slow-roasted harbour fish with lemon and herbs",
    [
      "Coastal Kitchen",
      "Recipes",
      "Seafood",
      "Baking",
      "",
      "Slow-roasted harbour fish with lemon and herbs",
      "",
      "Prep time: 15 minutes",
      "Cook time: 40 minutes",
      "Serves 4",
      "",
      "Print recipe",
      "Save",
      "",
      ...en,
      ...footer,
    ],
  ],
  [
    "review with rating",
    "Harbour Kayak 300 review: a steady boat for calm water",
    [
      ...menu,
      "Reviews",
      "Harbour Kayak 300 review: a steady boat for calm water",
      "Rated 4 out of 5 stars",
      "By Ada Lee",
      "4 March 2025",
      "",
      "Pros",
      "Stable and light",
      "Cons",
      "Small hatch",
      "",
      ...en,
      ...footer,
    ],
  ],
  [
    "teasers with dates after header, none before",
    "Island ferry returns to service after three months",
    [
      ...menu,
      "Island ferry returns to service after three months",
      "",
      ...en,
      "",
      "More news",
      "Council approves new harbour wall after long debate",
      "3 March 2025",
      "Fishing fleet reports best season in a decade",
      "2 March 2025",
      ...footer,
    ],
  ],
  [
    "sidebar teasers with dates before header",
    "Island ferry returns to service after three months",
    [
      ...menu,
      "Latest",
      "Council approves new harbour wall after long debate",
      "3 March 2025",
      "Fishing fleet reports best season in a decade",
      "2 March 2025",
      "Lighthouse keeper retires after forty years",
      "1 March 2025",
      "",
      "Island ferry returns to service after three months",
      "",
      ...en,
      ...footer,
    ],
  ],
  [
    "advertisement lines around",
    "Island ferry returns to service after three months",
    [
      ...menu,
      "Advertisement",
      "",
      "Island ferry returns to service after three months",
      "",
      "Advertisement",
      "",
      "By Ada Lee",
      "Published 4 March 2025",
      "",
      ...en,
      ...footer,
    ],
  ],
  [
    "site slogan long line",
    "Island ferry returns to service after three months",
    [
      "The Coastal Observer – independent news for the northern islands since 1887",
      "",
      ...menu,
      "Island ferry returns to service after three months",
      "",
      ...en,
      ...footer,
    ],
  ],
  [
    "comments count + updated",
    "Island ferry returns to service after three months",
    [
      ...menu,
      "Island ferry returns to service after three months",
      "Ada Lee",
      "Updated: 4 March 2025, 10:42",
      "12 comments",
      "",
      ...en,
      ...footer,
    ],
  ],
  [
    "live label",
    "Island ferry returns to service after three months",
    underMenu("LIVE", "Island ferry returns to service after three months", "Follow the latest updates"),
  ],
  [
    "ja menu",
    "島のフェリーが三か月ぶりに運航を再開",
    [
      "島の新聞",
      "ホーム",
      "ニュース",
      "スポーツ",
      "経済",
      "",
      "島のフェリーが三か月ぶりに運航を再開",
      "2025年3月4日",
      "",
      "島で唯一のフェリーが月曜日、本土の造船所での三か月にわたる修理を終えて運航を再開し、最初の便は満員となった。住民は週二回の臨時船に頼っていた。",
      "",
      "商店主によると、フェリーが不在の間、売り上げは三分の一ほど落ち込んだという。町は来月から毎日の時刻表を元に戻すと発表した。",
      "",
      "技術者は喫水線の下の船体に腐食を見つけ、交換には造船所が春に見積もったよりも長い時間がかかった。乗組員は海に戻れて嬉しいと話している。",
    ],
  ],
  [
    "de teaser box over",
    "Inselfähre nach drei Monaten wieder in Betrieb",
    [
      "Inselbote",
      "Startseite",
      "Nachrichten",
      "",
      "Meistgelesen",
      "Gemeinderat beschließt neue Hafenmauer nach langer Debatte",
      "Fischer melden beste Saison seit zehn Jahren",
      "Leuchtturmwärter geht nach vierzig Jahren in Rente",
      "",
      "Inselfähre nach drei Monaten wieder in Betrieb",
      "Anna Keller",
      "4. März 2025",
      "",
      ...de,
    ],
  ],
  [
    "es cookies + video",
    "El transbordador de la isla vuelve tras tres meses",
    [
      "Utilizamos cookies propias y de terceros para mejorar nuestros servicios.",
      "Aceptar",
      "Configurar",
      "",
      "La Gaceta Isleña",
      "Inicio",
      "Noticias",
      "",
      "Reproducir vídeo",
      "",
      "El transbordador de la isla vuelve tras tres meses",
      "",
      "Ana García",
      "Actualizado el 4 de marzo de 2025",
      "",
      ...es,
    ],
  ],
  [
    "byline with role",
    "Island ferry returns to service after three months",
    underMenu("Island ferry returns to service after three months", "", "Ada Lee", "Transport correspondent"),
  ],
  [
    "headline then image caption then standfirst",
    "Island ferry returns to service after three months",
    [
      ...menu,
      "Island ferry returns to service after three months",
      "Repairs took longer than planned, but the crossing is back on the timetable from today.",
      "The ferry leaving the mainland yard on Sunday evening. Photograph: Bo Chen",
      "By Ada Lee",
      "",
      ...en,
      ...footer,
    ],
  ],
  [
    "long menu items 4+ words",
    "Island ferry returns to service after three months",
    [
      "Island Gazette",
      "Arts and Entertainment News",
      "Home and Garden Ideas",
      "Travel Around the Islands",
      "Letters to the Editor",
      "",
      "Island ferry returns to service after three months",
      "By Ada Lee",
      "4 March 2025",
      "",
      ...en,
      ...footer,
    ],
  ],
  [
    "medium-like",
    "How we rebuilt the island ferry in three months",
    [
      "Open in app",
      "Sign up",
      "Sign in",
      "Write",
      "",
      "How we rebuilt the island ferry in three months",
      "A story of rust, steel and a very patient town",
      "Ada Lee",
      "Follow",
      "5 min read",
      "·",
      "Mar 4, 2025",
      "Listen",
      "Share",
      "",
      ...en,
      ...footer,
    ],
  ],
  [
    "substack-like",
    "How we rebuilt the island ferry in three months",
    [
      "Harbour Notes",
      "Subscribe",
      "Sign in",
      "How we rebuilt the island ferry in three months",
      "A story of rust, steel and a very patient town",
      "Ada Lee",
      "Mar 04, 2025",
      "12",
      "3",
      "Share",
      "",
      ...en,
      "",
      "Thanks for reading Harbour Notes.",
      "Subscribe",
    ],
  ],
  [
    "wordpress blog",
    "How we rebuilt the island ferry in three months",
    [
      "Harbour Notes",
      "Stories from a small island",
      "",
      "Home",
      "About",
      "Contact",
      "",
      "How we rebuilt the island ferry in three months",
      "Posted on March 4, 2025 by admin",
      "Leave a comment",
      "",
      ...en,
      "",
      "Share this:",
      "Facebook",
      "X",
      "",
      "Leave a Reply",
      "Your email address will not be published.",
    ],
  ],
  [
    "press release",
    "Council confirms ferry returns to daily service",
    [
      "Island Council",
      "Home",
      "News",
      "Press releases",
      "",
      "Press release",
      "4 March 2025",
      "",
      "Council confirms ferry returns to daily service",
      "",
      ...en,
      "",
      "Notes to editors",
      "For press enquiries contact the communications team.",
    ],
  ],
  [
    "event page",
    "Harbour festival of tall ships and sea shanties",
    [
      "What's on",
      "Events",
      "",
      "Harbour festival of tall ships and sea shanties",
      "Saturday 14 June 2025, 10:00 – 18:00",
      "North Quay, Harbourton",
      "Free entry",
      "",
      ...en,
      ...footer,
    ],
  ],
  [
    "photo caption above title",
    "Island ferry returns to service after three months",
    [
      ...menu,
      "The ferry leaving the mainland yard on Sunday evening. (Photo: Bo Chen/Harbour Images)",
      "",
      "Island ferry returns to service after three months",
      "By Ada Lee",
      "4 March 2025",
      "",
      ...en,
      ...footer,
    ],
  ],
  [
    "trail slash + updated",
    "How to read a tide table without mistakes",
    [
      "Coastal Guides",
      "Home / Guides / Tides",
      "",
      "How to read a tide table without mistakes",
      "Last updated on March 4, 2025",
      "",
      ...en,
      ...footer,
    ],
  ],
  [
    "review colon",
    "Review: The Harbour Kayak 300 is a steady boat for calm water",
    underMenu("Review: The Harbour Kayak 300 is a steady boat for calm water", "By Ada Lee", "4 March 2025"),
  ],
  [
    "listicle with top picks",
    "The 7 best kayaks for calm water in 2025",
    [
      ...menu,
      "The 7 best kayaks for calm water in 2025",
      "By Ada Lee",
      "Updated 4 March 2025",
      "",
      "Our top picks",
      "Best overall: Harbour Kayak 300",
      "Best budget: Cove Runner 2",
      "Best for kids: Little Tern",
      "",
      ...en,
      ...footer,
    ],
  ],
  [
    "toc after header",
    "How to read a tide table without mistakes",
    [
      "Coastal Guides",
      "Home",
      "Guides",
      "",
      "How to read a tide table without mistakes",
      "By Ada Lee",
      "",
      "Contents",
      "What a tide table shows",
      "High and low water",
      "Coefficients",
      "Common mistakes",
      "",
      ...en,
      "",
      "What a tide table shows",
      "",
      ...en.slice(0, 3),
    ],
  ],
  [
    "zh menu",
    "岛上渡轮停运三个月后恢复航行",
    ["海岛日报", "首页", "新闻", "体育", "财经", "", "岛上渡轮停运三个月后恢复航行", "2025年3月4日 来源：海岛日报", "", ...ZH_FERRY_STORY],
  ],
  [
    "fr trail + date first",
    "Comment lire un tableau des marées sans se tromper",
    [
      "Le Journal des Côtes",
      "Accueil > Pratique > Marées",
      "",
      "Publié le 4 mars 2025",
      "Comment lire un tableau des marées sans se tromper",
      "",
      ...fr,
    ],
  ],
  [
    "it menu",
    "Il traghetto dell'isola torna in servizio dopo tre mesi",
    [
      "La Gazzetta dell'Isola",
      "Home",
      "Notizie",
      "Sport",
      "Cerca",
      "",
      "Il traghetto dell'isola torna in servizio dopo tre mesi",
      "di Anna Rossi",
      "4 marzo 2025",
      "",
      "L'unico traghetto dell'isola è tornato in servizio lunedì dopo tre mesi di riparazioni nel cantiere sulla terraferma, e la prima traversata era piena.",
      "",
      "Gli abitanti dipendevano da una barca noleggiata che partiva due volte alla settimana, e i negozianti dicono che gli affari sono calati di un terzo.",
      "",
      "Il comune ha detto che l'orario giornaliero tornerà il mese prossimo, con una corsa in più il venerdì sera per chi lavora.",
    ],
  ],
  [
    "author bio above",
    "Island ferry returns to service after three months",
    [
      ...menu,
      "Ada Lee is the Gazette's transport reporter and has covered the islands for ten years.",
      "",
      "Island ferry returns to service after three months",
      "4 March 2025",
      "",
      ...en,
      ...footer,
    ],
  ],
  [
    "headline after teaser grid w/o label",
    "Island ferry returns to service after three months",
    [
      ...menu,
      "Council approves new harbour wall after long debate",
      "Fishing fleet reports best season in a decade",
      "Lighthouse keeper retires after forty years of service on the rock",
      "",
      "Island ferry returns to service after three months",
      "",
      ...en,
      ...footer,
    ],
  ],
  [
    "short opening lines",
    "Island ferry returns to service after three months",
    [
      ...menu,
      "Island ferry returns to service after three months",
      "By Ada Lee",
      "4 March 2025",
      "",
      "It took three months.",
      "",
      "Now the ferry is back.",
      "",
      "And the island is glad.",
      "",
      ...en,
      ...footer,
    ],
  ],
  [
    "key takeaways before body",
    "Island ferry returns to service after three months",
    [
      ...menu,
      "Island ferry returns to service after three months",
      "By Ada Lee",
      "4 March 2025",
      "",
      "Key takeaways",
      "",
      "- The ferry is back after repairs",
      "- Daily sailings resume next month",
      "- An extra Friday sailing is planned",
      "",
      ...en,
      ...footer,
    ],
  ],
  [
    "two-sentence standfirst + bullets",
    "Island ferry returns to service after three months",
    [
      ...menu,
      "Island ferry returns to service after three months",
      "",
      "Repairs took longer than planned. The crossing is back on the timetable from today.",
      "",
      "By Ada Lee",
      "",
      "In brief",
      "Three months in the yard",
      "New hull plates fitted",
      "",
      ...en,
      ...footer,
    ],
  ],
  [
    "headline then many share buttons",
    "Island ferry returns to service after three months",
    [
      ...menu,
      "Island ferry returns to service after three months",
      "Facebook",
      "Twitter",
      "LinkedIn",
      "WhatsApp",
      "Email",
      "Print",
      "Copy link",
      "",
      "Ada Lee",
      "4 March 2025",
      "",
      ...en,
      ...footer,
    ],
  ],
  [
    "headline, big caption, credit, byline",
    "Island ferry returns to service after three months",
    [
      ...menu,
      "Island ferry returns to service after three months",
      "",
      "The ferry, seen here leaving the mainland yard on Sunday evening, was fitted with new hull plates and a rebuilt steering gear during its three months away",
      "Bo Chen/Harbour Images",
      "",
      "Ada Lee",
      "Transport reporter",
      "4 March 2025",
      "",
      ...en,
      ...footer,
    ],
  ],
  [
    "de title + Teaser-Dachzeile + Stand",
    "Inselfähre nach drei Monaten wieder in Betrieb",
    [
      "Inselbote",
      "Startseite",
      "Nachrichten",
      "",
      "Verkehr",
      "Inselfähre nach drei Monaten wieder in Betrieb",
      "Stand: 04.03.2025 10:42 Uhr",
      "",
      "Nach langer Reparatur fährt die Fähre wieder täglich zwischen Insel und Festland.",
      "",
      ...de,
    ],
  ],
  [
    "fr headline + chapo + auteur",
    "Comment lire un tableau des marées sans se tromper",
    [
      "Le Journal des Côtes",
      "Accueil",
      "Mer",
      "",
      "Comment lire un tableau des marées sans se tromper",
      "Un guide pour éviter les pièges des coefficients et des heures de pleine mer.",
      "Par Claire Martin",
      "Le 4 mars 2025 à 10h42",
      "Lecture 4 min.",
      "",
      ...fr,
    ],
  ],
  [
    "lowercase by",
    "Island ferry returns to service after three months",
    underMenu("Island ferry returns to service after three months", "by Ada Lee", "4 March 2025"),
  ],
  [
    "fr lowercase par",
    "Comment lire un tableau des marées sans se tromper",
    [
      "Le Journal des Côtes",
      "Accueil",
      "Mer",
      "",
      "Comment lire un tableau des marées sans se tromper",
      "par Claire Martin",
      "le 4 mars 2025",
      "",
      ...fr,
    ],
  ],
  [
    "de lowercase von",
    "Inselfähre nach drei Monaten wieder in Betrieb",
    ["Inselbote", "Startseite", "", "Inselfähre nach drei Monaten wieder in Betrieb", "von Anna Keller", "4. März 2025", "", ...de],
  ],
  [
    "es lowercase por",
    "El transbordador de la isla vuelve tras tres meses",
    [
      "La Gaceta Isleña",
      "Inicio",
      "",
      "El transbordador de la isla vuelve tras tres meses",
      "por Ana García",
      "4 de marzo de 2025",
      "",
      ...es,
    ],
  ],
  [
    "lowercase updated",
    "Island ferry returns to service after three months",
    underMenu("Island ferry returns to service after three months", "updated 4 March 2025"),
  ],
  [
    "ko news",
    "섬 여객선, 석 달 만에 운항 재개",
    [
      "섬일보",
      "뉴스",
      "정치",
      "경제",
      "사회",
      "",
      "섬 여객선, 석 달 만에 운항 재개",
      "홍길동 기자",
      "입력 2025.03.04 10:42",
      "",
      "섬의 유일한 여객선이 본토 조선소에서 석 달 동안 수리를 마치고 월요일 운항을 재개했으며 첫 배는 만석이었다. 주민들은 그동안 일주일에 두 번 다니는 임대선에 의존해 왔다.",
      "",
      "상인들은 여객선이 없는 동안 매출이 삼분의 일가량 줄었다고 말했다. 군청은 다음 달부터 매일 운항 시간표를 되살리고 금요일 저녁 배를 한 편 늘리겠다고 밝혔다.",
      "",
      "기술자들은 흘수선 아래 선체에서 부식을 발견했고 강판 교체에는 조선소가 봄에 예상했던 것보다 더 오랜 시간이 걸렸다.",
    ],
  ],
  [
    "ar news",
    "عودة عبّارة الجزيرة إلى العمل بعد ثلاثة أشهر",
    [
      "جريدة الجزيرة",
      "الرئيسية",
      "أخبار",
      "رياضة",
      "",
      "عودة عبّارة الجزيرة إلى العمل بعد ثلاثة أشهر",
      "بقلم أحمد علي",
      "4 مارس 2025",
      "",
      "عادت العبّارة الوحيدة في الجزيرة إلى العمل يوم الاثنين بعد ثلاثة أشهر من الإصلاحات في حوض بناء السفن، وكانت الرحلة الأولى ممتلئة بالركاب.",
      "",
      "وكان السكان يعتمدون على قارب مستأجر يبحر مرتين في الأسبوع، وقال أصحاب المتاجر إن التجارة انخفضت بمقدار الثلث خلال غياب العبّارة.",
      "",
      "وقال المجلس إن الجدول اليومي سيعود الشهر المقبل، مع رحلة مسائية إضافية أيام الجمعة للعاملين في البر.",
    ],
  ],
  [
    "zh source author",
    "岛上渡轮停运三个月后恢复航行",
    [
      "海岛日报",
      "首页",
      "新闻",
      "",
      "岛上渡轮停运三个月后恢复航行",
      "来源：海岛日报 作者：李明",
      "2025-03-04 10:42",
      "分享到：",
      "",
      ...ZH_FERRY_STORY,
    ],
  ],
  [
    "ja share",
    "島のフェリーが三か月ぶりに運航を再開",
    [
      "島の新聞",
      "ホーム",
      "ニュース",
      "",
      "島のフェリーが三か月ぶりに運航を再開",
      "2025年3月4日 10時42分",
      "シェア",
      "ツイート",
      "",
      "島で唯一のフェリーが月曜日、本土の造船所での三か月にわたる修理を終えて運航を再開し、最初の便は満員となった。住民は週二回の臨時船に頼っていた。",
      "",
      "商店主によると、フェリーが不在の間、売り上げは三分の一ほど落ち込んだという。町は来月から毎日の時刻表を元に戻すと発表した。",
      "",
      "技術者は喫水線の下の船体に腐食を見つけ、交換には造船所が春に見積もったよりも長い時間がかかった。乗組員は海に戻れて嬉しいと話している。",
    ],
  ],
  [
    "sponsored label",
    "Island ferry returns to service after three months",
    underMenu("Sponsored content", "Island ferry returns to service after three months", "By Ada Lee"),
  ],
  [
    "quoted headline",
    "'We never gave up': island ferry returns after three months",
    underMenu("'We never gave up': island ferry returns after three months", "By Ada Lee", "4 March 2025"),
  ],
  ["headline with ellipsis", "The ferry is back... for now", underMenu("The ferry is back... for now", "By Ada Lee", "4 March 2025")],
  [
    "byline pipe date",
    "Island ferry returns to service after three months",
    underMenu("Island ferry returns to service after three months", "Ada Lee | 4 March 2025 | 3 min read"),
  ],
  [
    "title only in trail",
    "Island ferry returns to service after three months",
    ["Island Gazette", "Home › News › Island ferry returns to service after three months", "", ...en, ...footer],
  ],
  [
    "two-line wrapped headline",
    "Island ferry returns to service after three months of repairs at the yard",
    underMenu("Island ferry returns to service after three months", "of repairs at the yard", "By Ada Lee"),
  ],
  [
    "headline + tags line",
    "Island ferry returns to service after three months",
    [
      ...menu,
      "Island ferry returns to service after three months",
      "Tags: ferry, harbour, transport",
      "By Ada Lee",
      "4 March 2025",
      "",
      ...en,
      ...footer,
    ],
  ],
  [
    "kicker + headline + long deck no byline",
    "Island ferry returns to service after three months",
    [
      ...menu,
      "TRANSPORT",
      "Island ferry returns to service after three months",
      "The island's only ferry is back after a winter in the mainland yard, and islanders say it could not have come soon enough",
      "",
      ...en,
      ...footer,
    ],
  ],
  [
    "long consent paragraph above",
    "Island ferry returns to service after three months",
    [
      "We and our partners use cookies and similar technologies to store and access information on your device, to measure how our site is used and to show you personalised advertising. You can change your choices at any time in the privacy settings at the foot of every page.",
      "",
      "Accept all",
      "Reject all",
      "",
      ...menu,
      "Island ferry returns to service after three months",
      "By Ada Lee",
      "4 March 2025",
      "",
      ...en,
      ...footer,
    ],
  ],
  [
    "site intro paragraph above",
    "Island ferry returns to service after three months",
    [
      "Island Gazette",
      "",
      "The Island Gazette has reported on the northern islands since 1887, and is owned by a trust that keeps it independent of any political party or business group.",
      "",
      "Home",
      "News",
      "",
      "Island ferry returns to service after three months",
      "",
      ...en,
      ...footer,
    ],
  ],
  [
    "paywall prompt paragraph",
    "Island ferry returns to service after three months",
    [
      ...menu,
      "Island ferry returns to service after three months",
      "By Ada Lee",
      "4 March 2025",
      "",
      "You have read three of your five free articles this month. Subscribe today to keep reading without limits, from only one pound a week.",
      "",
      ...en,
      ...footer,
    ],
  ],
  [
    "de long consent",
    "Inselfähre nach drei Monaten wieder in Betrieb",
    [
      "Wir verwenden Cookies und ähnliche Technologien, um Informationen auf Ihrem Gerät zu speichern, die Nutzung unserer Seite zu messen und Ihnen personalisierte Werbung zu zeigen. Sie können Ihre Auswahl jederzeit in den Datenschutzeinstellungen ändern.",
      "",
      "Alle akzeptieren",
      "Ablehnen",
      "",
      "Inselbote",
      "Startseite",
      "",
      "Inselfähre nach drei Monaten wieder in Betrieb",
      "",
      ...de,
    ],
  ],
  [
    "blog sidebar archives above",
    "How we rebuilt the island ferry in three months",
    [
      "Harbour Notes",
      "",
      "Categories",
      "Boats",
      "Island life",
      "Archives",
      "March 2025",
      "February 2025",
      "January 2025",
      "",
      "How we rebuilt the island ferry in three months",
      "",
      ...en,
      ...footer,
    ],
  ],
  [
    "story continues below ad",
    "Island ferry returns to service after three months",
    [
      ...menu,
      "Island ferry returns to service after three months",
      "By Ada Lee",
      "4 March 2025",
      "",
      ...en.slice(0, 1),
      "",
      "Advertisement",
      "Story continues below advertisement",
      "",
      ...en.slice(2),
      ...footer,
    ],
  ],
  [
    "names list byline",
    "Island ferry returns to service after three months",
    underMenu("Island ferry returns to service after three months", "Ada Lee, Bo Chen and Cy Ward", "4 March 2025"),
  ],
  [
    "published updated one line",
    "Island ferry returns to service after three months",
    [
      ...menu,
      "Island ferry returns to service after three months",
      "Published: 4 March 2025 | Updated: 5 March 2025",
      "",
      ...en,
      ...footer,
    ],
  ],
  [
    "author box above headline",
    "Island ferry returns to service after three months",
    [
      ...menu,
      "Ada Lee",
      "Senior reporter",
      "Follow",
      "",
      "Island ferry returns to service after three months",
      "4 March 2025",
      "",
      ...en,
      ...footer,
    ],
  ],
  [
    "hashtags above",
    "Island ferry returns to service after three months",
    underMenu("#ferry #harbour #islands", "", "Island ferry returns to service after three months", "By Ada Lee"),
  ],
  [
    "wiki-like",
    "Tide table",
    [
      "Tide table",
      "From Harbourpedia, the free encyclopedia",
      "",
      "Jump to navigation",
      "Jump to search",
      "",
      "A tide table, sometimes called a tide chart, lists the times and heights of high and low water at a place for each day of a year.",
      "",
      "Tide tables are printed by harbour authorities and published in newspapers, almanacs and on the web, often with the moon's phases beside them.",
      "",
      "The heights are given above a chart datum, usually the lowest astronomical tide, so that a depth on the chart plus the height gives the water under a keel.",
    ],
  ],
  [
    "wiki-like, the title ending with its heading's link mark",
    "Ebb and flood",
    [
      "Ebb and flood[edit]",
      "From Harbourpedia, the free encyclopedia",
      "",
      "Ebb and flood are the two phases of the tide, the falling and the rising of the water at a shore between low and high water.",
      "",
      "Pilots time a harbour's entry by them, as the current through a narrow mouth runs hardest halfway between the turns of the tide.",
    ],
  ],
  [
    // A one-word title, its mark cut, must still open the lead: a site's name over a story is not named by a lead that
    // mentions it further in.
    "one-word line with a spaced heading link mark, over a story whose lead mentions it",
    "Ferry back in service after the storm",
    [
      "Wirenews [edit]",
      "Ferry back in service after the storm",
      "",
      "HARBOURTON – Wirenews said the ferry to the island was back in service on Monday after three days of storms.",
      "",
      "Crews cleared the slipway overnight, and the first crossing left at six with a full deck of cars and two lorries.",
    ],
  ],
  [
    "recipe jump",
    "Slow-roasted harbour fish with lemon and herbs",
    [
      "Coastal Kitchen",
      "Recipes",
      "",
      "Slow-roasted harbour fish with lemon and herbs",
      "Jump to Recipe",
      "Print Recipe",
      "By Ada Lee",
      "Published: 4 March 2025",
      "",
      ...en,
      ...footer,
    ],
  ],
  [
    "q&a site",
    "How do I read the coefficient on a tide table?",
    [
      "Harbour Stack",
      "Questions",
      "Tags",
      "Users",
      "",
      "How do I read the coefficient on a tide table?",
      "Asked 3 years ago",
      "Modified 1 year ago",
      "Viewed 12k times",
      "",
      ...en,
      "",
      "Share",
      "Improve this question",
      "Follow",
    ],
  ],
  [
    "for immediate release",
    "Harbour Trust opens new ferry terminal on the north quay",
    [
      "Harbour Trust",
      "Newsroom",
      "",
      "FOR IMMEDIATE RELEASE",
      "Harbour Trust opens new ferry terminal on the north quay",
      "",
      `HARBOURTON, March 4, 2025 – ${en[0]}`,
      "",
      ...en.slice(2),
      "",
      "About Harbour Trust",
      "Media contact: press@harbour.example.org",
    ],
  ],
  [
    "product page",
    "Harbour Kayak 300",
    [
      "Coastal Outfitters",
      "Shop",
      "Kayaks",
      "",
      "Harbour Kayak 300",
      "$899.00",
      "In stock",
      "Add to cart",
      "",
      "Description",
      "",
      ...en,
      ...footer,
    ],
  ],
  [
    "key points after byline",
    "Island ferry returns to service after three months",
    [
      ...menu,
      "Island ferry returns to service after three months",
      "By Ada Lee",
      "4 March 2025",
      "",
      "Key points:",
      "The ferry is back after three months of repairs",
      "Daily sailings resume next month",
      "",
      ...en,
      ...footer,
    ],
  ],
  [
    "pt menu",
    "Balsa da ilha volta a operar depois de três meses",
    [
      "Gazeta da Ilha",
      "Início",
      "Notícias",
      "Esportes",
      "",
      "Balsa da ilha volta a operar depois de três meses",
      "Por Ana Souza",
      "4 de março de 2025",
      "",
      "A única balsa da ilha voltou a operar na segunda-feira depois de três meses de reparos no estaleiro do continente, e a primeira travessia saiu lotada.",
      "",
      "Os moradores dependiam de um barco fretado que saía duas vezes por semana, e os comerciantes dizem que as vendas caíram um terço nesse período.",
      "",
      "A prefeitura disse que o horário diário voltará no mês que vem, com uma saída extra nas noites de sexta-feira para quem trabalha.",
    ],
  ],
  [
    "nl menu",
    "Eilandveerboot na drie maanden weer in de vaart",
    [
      "Eilandkrant",
      "Home",
      "Nieuws",
      "Sport",
      "",
      "Eilandveerboot na drie maanden weer in de vaart",
      "Door Anna de Vries",
      "4 maart 2025",
      "",
      "De enige veerboot van het eiland is maandag na drie maanden reparatie op de werf aan de overkant weer gaan varen, en de eerste overtocht zat vol.",
      "",
      "Bewoners waren aangewezen op een gehuurde boot die twee keer per week voer, en winkeliers zeggen dat de omzet met een derde daalde.",
      "",
      "De gemeente zegt dat de dagelijkse dienstregeling volgende maand terugkeert, met een extra afvaart op vrijdagavond.",
    ],
  ],
  [
    "lede, share buttons, then a sub-heading",
    "Island ferry returns to service after three months",
    [
      "Island Gazette",
      "Home",
      "",
      "Island ferry returns to service after three months",
      "",
      ...en.slice(0, 1),
      "",
      "Listen",
      "Share",
      "",
      "What the repairs cost the island",
      "",
      ...en.slice(2),
      ...footer,
    ],
  ],
  [
    "de lede, picture, then a sub-heading",
    "Inselfähre nach drei Monaten wieder in Betrieb",
    [
      "Inselbote",
      "Startseite",
      "",
      "Inselfähre nach drei Monaten wieder in Betrieb",
      "",
      ...de.slice(0, 1),
      "",
      "Teilen",
      "",
      "Was die Reparatur gekostet hat",
      "",
      ...de.slice(2),
    ],
  ],
  [
    "ru menu",
    "Паром на остров вернулся в строй после трёх месяцев ремонта",
    [
      "Островная газета",
      "Главная",
      "Новости",
      "Спорт",
      "",
      "Паром на остров вернулся в строй после трёх месяцев ремонта",
      "Автор: Анна Иванова",
      "4 марта 2025",
      "",
      "Единственный паром острова в понедельник вернулся в строй после трёх месяцев ремонта на верфи на материке, и первый рейс был полностью заполнен.",
      "",
      "Жители полагались на арендованное судно, которое ходило дважды в неделю, а владельцы магазинов говорят, что торговля упала на треть.",
      "",
      "Совет заявил, что ежедневное расписание вернётся в следующем месяце, с дополнительным вечерним рейсом по пятницам.",
    ],
  ],
  [
    "hi menu",
    "तीन महीने बाद द्वीप की नौका फिर से शुरू",
    [
      "द्वीप समाचार",
      "होम",
      "समाचार",
      "खेल",
      "",
      "तीन महीने बाद द्वीप की नौका फिर से शुरू",
      "लेखक: अनु शर्मा",
      "4 मार्च 2025",
      "",
      "द्वीप की एकमात्र नौका सोमवार को मुख्य भूमि के शिपयार्ड में तीन महीने की मरम्मत के बाद फिर से चलने लगी, और पहली यात्रा पूरी भरी हुई थी।",
      "",
      "निवासी एक किराए की नाव पर निर्भर थे जो सप्ताह में दो बार चलती थी, और दुकानदारों का कहना है कि इस दौरान कारोबार एक तिहाई घट गया।",
      "",
      "परिषद ने कहा कि अगले महीने से दैनिक समय सारणी फिर से लागू होगी, और शुक्रवार शाम को एक अतिरिक्त यात्रा होगी।",
    ],
  ],
  [
    "tr menu",
    "Ada feribotu üç ay sonra yeniden seferlere başladı",
    [
      "Ada Gazetesi",
      "Ana Sayfa",
      "Haberler",
      "Spor",
      "",
      "Ada feribotu üç ay sonra yeniden seferlere başladı",
      "Yazar: Ayşe Yılmaz",
      "4 Mart 2025",
      "",
      "Adanın tek feribotu anakaradaki tersanede üç ay süren onarımın ardından pazartesi günü yeniden seferlere başladı ve ilk sefer tamamen doluydu.",
      "",
      "Ada sakinleri haftada iki kez sefer yapan kiralık bir tekneye bağımlıydı ve esnaf bu dönemde satışların üçte bir oranında düştüğünü söylüyor.",
      "",
      "Belediye günlük tarifenin gelecek ay geri döneceğini ve cuma akşamları ek bir sefer konulacağını açıkladı.",
    ],
  ],
  [
    "pl menu",
    "Prom na wyspę wraca do służby po trzech miesiącach",
    [
      "Gazeta Wyspiarska",
      "Strona główna",
      "Wiadomości",
      "Sport",
      "",
      "Prom na wyspę wraca do służby po trzech miesiącach",
      "Autor: Anna Nowak",
      "4 marca 2025",
      "",
      "Jedyny prom na wyspie wrócił w poniedziałek do służby po trzech miesiącach napraw w stoczni na lądzie, a pierwszy rejs był pełny.",
      "",
      "Mieszkańcy polegali na wynajętej łodzi, która pływała dwa razy w tygodniu, a sklepikarze mówią, że obroty spadły o jedną trzecią.",
      "",
      "Rada poinformowała, że codzienny rozkład wróci w przyszłym miesiącu, z dodatkowym kursem w piątkowe wieczory.",
    ],
  ],
  [
    "liveblog",
    "Storm live: ferries cancelled as gales reach the islands",
    [
      ...menu,
      "LIVE",
      "Storm live: ferries cancelled as gales reach the islands",
      "Updated 5 minutes ago",
      "",
      "Key events",
      "10:42 Ferry services suspended",
      "09:15 Gale warning issued",
      "",
      "10:42",
      ...en,
      ...footer,
    ],
  ],
  [
    "podcast page",
    "Episode 12: The ferry that came back",
    [
      "Harbour Talk",
      "Episodes",
      "About",
      "",
      "Episode 12: The ferry that came back",
      "Listen on Spotify",
      "Apple Podcasts",
      "42 min",
      "",
      "Transcript",
      "",
      ...en,
      ...footer,
    ],
  ],
  [
    "newsletter web version",
    "The ferry is back, and so is the Friday boat",
    [
      "View in browser",
      "",
      "Harbour Weekly",
      "Issue #42",
      "",
      "The ferry is back, and so is the Friday boat",
      "",
      ...en,
      "",
      "Unsubscribe",
      "Update your preferences",
    ],
  ],
  [
    "words and photos credits",
    "Island ferry returns to service after three months",
    [
      ...menu,
      "Island ferry returns to service after three months",
      "Words: Ada Lee",
      "Photos: Bo Chen",
      "4 March 2025",
      "",
      ...en,
      ...footer,
    ],
  ],
  [
    "trending list packed right above headline w/ byline",
    "Island ferry returns to service after three months",
    [
      ...menu,
      "Trending now",
      "Council approves new harbour wall after long debate",
      "Fishing fleet reports best season in a decade",
      "Lighthouse keeper retires after forty years of service",
      "Island ferry returns to service after three months",
      "By Ada Lee",
      "4 March 2025",
      "",
      ...en,
      ...footer,
    ],
  ],
  [
    "lowercase blog title",
    "how we rebuilt the island ferry in three months",
    ["Harbour Notes", "About", "Archive", "", "how we rebuilt the island ferry in three months", "March 4, 2025", "", ...en],
  ],
  ["exclamation headline", "The ferry is back!", underMenu("The ferry is back!", "By Ada Lee", "4 March 2025")],
  [
    "tabbed meta table",
    "Island ferry returns to service after three months",
    underMenu("Island ferry returns to service after three months", "", "Author\tAda Lee", "Published\t4 March 2025"),
  ],
  [
    "section | date line",
    "Island ferry returns to service after three months",
    underMenu("News | 4 March 2025", "Island ferry returns to service after three months"),
  ],
  [
    "headline with trailing site after colon-less dash",
    "Island ferry returns to service after three months",
    underMenu("Island ferry returns to service after three months", "Ada Lee — 4 March 2025"),
  ],
  [
    "obituary with years",
    "Obituary: Ada Lee, harbour master, 1931–2025",
    underMenu("Obituary: Ada Lee, harbour master, 1931–2025", "By Bo Chen", "4 March 2025"),
  ],
  [
    "reporter's notebook",
    "Reporter's notebook: three months without a ferry",
    underMenu("Reporter's notebook: three months without a ferry", "By Ada Lee", "4 March 2025"),
  ],
  [
    "letter to the editor",
    "Letter to the editor: bring back the Friday ferry",
    underMenu("Letter to the editor: bring back the Friday ferry", "4 March 2025"),
  ],
  [
    "menu in headline",
    "The menu at the harbour café changes with the tide",
    underMenu("The menu at the harbour café changes with the tide", "By Ada Lee", "4 March 2025"),
  ],
  [
    "cookies in headline",
    "Island bakery's cookies sell out on the first ferry",
    underMenu("Island bakery's cookies sell out on the first ferry", "By Ada Lee", "4 March 2025"),
  ],
  [
    "player in headline",
    "The player who rowed to every match on the mainland",
    underMenu("The player who rowed to every match on the mainland", "By Ada Lee", "4 March 2025"),
  ],
  [
    "de Kommentar kicker",
    "Die Fähre ist zurück, aber das Problem bleibt",
    [
      "Inselbote",
      "Startseite",
      "",
      "Kommentar",
      "Die Fähre ist zurück, aber das Problem bleibt",
      "Ein Kommentar von Anna Keller",
      "4. März 2025",
      "",
      ...de,
    ],
  ],
  [
    "es opinión",
    "La vuelta del transbordador no resuelve el problema",
    [
      "La Gaceta Isleña",
      "Inicio",
      "",
      "Opinión",
      "La vuelta del transbordador no resuelve el problema",
      "Ana García",
      "Periodista",
      "4 de marzo de 2025",
      "",
      ...es,
    ],
  ],
  [
    "headline with a date",
    "The storm of 4 March 2025: what we know so far",
    underMenu("The storm of 4 March 2025: what we know so far", "By Ada Lee"),
  ],
  // A tagline in lower case over the date that heads the title: the title stays the headline, in English and German.
  [
    "lower-case tagline over the date, short title under it",
    "Ferry back in service",
    ["Harbour Times", "news and views from the valley", "4 March 2025", "", "Ferry back in service", ...en, ...footer],
  ],
  [
    "lower-case menu line and tagline over the date",
    "Ferry back in service",
    ["Harbour Times", "home", "all the latest from the harbour", "4 March 2025", "", "Ferry back in service", ...en, ...footer],
  ],
  [
    "de lower-case tagline over the date",
    "Fähre wieder im Dienst",
    ["Hafenblatt", "alle nachrichten aus dem tal", "4. März 2025", "", "Fähre wieder im Dienst", ...de],
  ],
  // A long title in lower case over its byline is no standfirst of the site's name above it.
  [
    "long lower-case title over its byline, under a site's name",
    "why i finally moved to the coast after twenty long years away",
    ["Notes From Harbour Street", "", "why i finally moved to the coast after twenty long years away", "By Ada Lee", "", ...en],
  ],
  [
    "fr long lower-case title over its byline, under a site's name",
    "le retour du ferry au port après un an de travaux au chantier",
    ["Le Journal du Port", "", "le retour du ferry au port après un an de travaux au chantier", "par Anne Leroy", "", ...fr],
  ],
];

describe("headline on invented page layouts", () => {
  it.each(layouts)("%s", (_name, headline, page) => {
    expect(fromText(Buffer.from(page.join("\n")), { source: "layout.txt" }).headline).toBe(headline);
  });
});

// Round five: layouts of kinds the pages above do not show, written before the finder was changed for them (a second
// story, about a library, so that no rule can lean on the ferry story's words).

/** A second invented story, in English and in the languages and scripts the layouts below use. */
const library = [
  "The town library reopened on Saturday after a two-year rebuild, and more than a thousand people queued along the river path to see the new reading rooms.",
  "",
  "The old building had been closed since a burst pipe flooded the basement archive, and volunteers spent months drying maps and parish records by hand.",
  "",
  "The council said opening hours would be longer than before, with the children's floor open every evening until eight during the school term.",
  "",
  "Architects kept the original stone front but added a glass wing facing the water, where a café and a study hall now look out over the boats.",
];
const libraryPt = [
  "A biblioteca municipal reabriu no sábado depois de dois anos de obras, e mais de mil pessoas fizeram fila ao longo do rio para ver as novas salas de leitura.",
  "",
  "O prédio antigo estava fechado desde que um cano estourou e inundou o arquivo do porão, e voluntários passaram meses secando mapas e registros à mão.",
  "",
  "A prefeitura disse que o horário será mais longo do que antes, com o andar infantil aberto todas as noites até as oito durante o período escolar.",
];
const libraryNl = [
  "De bibliotheek van de stad is zaterdag na twee jaar verbouwing weer opengegaan, en meer dan duizend mensen stonden in de rij langs de rivier om de nieuwe leeszalen te zien.",
  "",
  "Het oude gebouw was dicht sinds een gesprongen leiding het archief in de kelder onder water zette, en vrijwilligers hebben maandenlang kaarten en registers met de hand gedroogd.",
  "",
  "De gemeente zegt dat de openingstijden langer worden dan vroeger, met de kinderverdieping elke avond open tot acht uur tijdens het schooljaar.",
];
const libraryIt = [
  "La biblioteca comunale ha riaperto sabato dopo due anni di lavori, e più di mille persone hanno fatto la fila lungo il fiume per vedere le nuove sale di lettura.",
  "",
  "Il vecchio edificio era chiuso da quando un tubo rotto aveva allagato l'archivio nel seminterrato, e i volontari hanno passato mesi ad asciugare a mano mappe e registri.",
  "",
  "Il comune ha detto che gli orari saranno più lunghi di prima, con il piano dei bambini aperto ogni sera fino alle otto durante l'anno scolastico.",
];
/** The Italian library story's page header: a site's name over its menu, the title, the byline and the date. */
const libraryItHeader = [
  "Il Corriere del Fiume",
  "Cronaca",
  "Cultura",
  "",
  "La biblioteca riapre dopo due anni di lavori",
  "di Giulia Rossi",
  "8 marzo 2025",
  "",
];
const libraryEl = [
  "Η δημοτική βιβλιοθήκη άνοιξε ξανά το Σάββατο μετά από δύο χρόνια εργασιών, και πάνω από χίλιοι άνθρωποι περίμεναν στην ουρά κατά μήκος του ποταμού για να δουν τις νέες αίθουσες.",
  "",
  "Το παλιό κτίριο ήταν κλειστό από τότε που ένας σωλήνας έσπασε και πλημμύρισε το αρχείο στο υπόγειο, και εθελοντές πέρασαν μήνες στεγνώνοντας χάρτες και βιβλία με το χέρι.",
  "",
  "Ο δήμος είπε ότι το ωράριο θα είναι μεγαλύτερο από πριν, με τον όροφο των παιδιών ανοιχτό κάθε βράδυ μέχρι τις οκτώ κατά τη σχολική χρονιά.",
];
const libraryTh = [
  "ห้องสมุดประจำเมืองเปิดให้บริการอีกครั้งเมื่อวันเสาร์หลังจากการปรับปรุงนานสองปี และมีผู้คนกว่าหนึ่งพันคนต่อแถวริมแม่น้ำเพื่อชมห้องอ่านหนังสือแห่งใหม่",
  "",
  "อาคารเดิมปิดตั้งแต่ท่อน้ำแตกจนน้ำท่วมห้องเก็บเอกสารชั้นใต้ดิน และอาสาสมัครใช้เวลาหลายเดือนตากแห้งแผนที่และบันทึกต่าง ๆ ด้วยมือ",
  "",
  "เทศบาลกล่าวว่าเวลาเปิดทำการจะยาวกว่าเดิม โดยชั้นสำหรับเด็กจะเปิดทุกเย็นจนถึงสองทุ่มในช่วงเปิดภาคเรียน",
];
const libraryAr = [
  "أعيد افتتاح مكتبة المدينة يوم السبت بعد عامين من أعمال الترميم، واصطف أكثر من ألف شخص على طول النهر لرؤية قاعات القراءة الجديدة.",
  "",
  "كان المبنى القديم مغلقًا منذ أن انفجر أنبوب وأغرق الأرشيف في الطابق السفلي، وقضى المتطوعون شهورًا في تجفيف الخرائط والسجلات يدويًا.",
  "",
  "وقالت البلدية إن ساعات العمل ستكون أطول من قبل، مع فتح طابق الأطفال كل مساء حتى الثامنة خلال العام الدراسي.",
];
const libraryZh = [
  "市图书馆在经过两年的重建后于周六重新开放，一千多人沿着河边小路排队参观新的阅览室。",
  "",
  "旧楼自从一根水管爆裂淹没了地下室的档案室后就一直关闭，志愿者们花了几个月的时间用手烘干地图和教区记录。",
  "",
  "市议会表示，开放时间将比以前更长，儿童楼层在学期内每天晚上开放到八点。",
];
const libraryJa = [
  "市立図書館は二年間の改築を終えて土曜日に再開し、千人を超える人々が新しい閲覧室を見ようと川沿いの道に列を作った。",
  "",
  "旧館は水道管が破裂して地下の書庫が浸水して以来閉鎖されており、ボランティアが何か月もかけて地図や記録を手で乾かした。",
  "",
  "市議会によると、開館時間は以前より長くなり、学期中は子ども向けの階が毎晩八時まで開くという。",
];
const libraryKo = [
  "시립 도서관이 2년간의 재건축을 마치고 토요일에 다시 문을 열었으며, 천 명이 넘는 사람들이 새 열람실을 보려고 강변 길을 따라 줄을 섰다.",
  "",
  "옛 건물은 수도관이 터져 지하 기록 보관소가 물에 잠긴 뒤로 문을 닫았고, 자원봉사자들은 몇 달 동안 지도와 기록을 손으로 말렸다.",
  "",
  "시의회는 개관 시간이 예전보다 길어지고, 학기 중에는 어린이 층이 매일 저녁 여덟 시까지 문을 연다고 밝혔다.",
];
const libraryHi = [
  "शहर का पुस्तकालय दो साल के पुनर्निर्माण के बाद शनिवार को फिर से खुल गया, और नए वाचनालय देखने के लिए एक हज़ार से अधिक लोग नदी के किनारे कतार में खड़े रहे।",
  "",
  "पुरानी इमारत तब से बंद थी जब एक पाइप फटने से तहखाने का अभिलेखागार पानी में डूब गया था, और स्वयंसेवकों ने महीनों तक नक्शे और रिकॉर्ड हाथ से सुखाए।",
  "",
  "नगर परिषद ने कहा कि पुस्तकालय पहले से अधिक समय तक खुला रहेगा, और स्कूल के दिनों में बच्चों की मंज़िल हर शाम आठ बजे तक खुली रहेगी।",
];
const libraryPl = [
  "Miejska biblioteka została ponownie otwarta w sobotę po dwóch latach przebudowy, a ponad tysiąc osób stało w kolejce wzdłuż rzeki, żeby zobaczyć nowe czytelnie.",
  "",
  "Stary budynek był zamknięty od czasu, gdy pęknięta rura zalała archiwum w piwnicy, a wolontariusze przez wiele miesięcy suszyli ręcznie mapy i księgi.",
  "",
  "Rada miasta poinformowała, że biblioteka będzie otwarta dłużej niż wcześniej, a piętro dla dzieci będzie czynne każdego wieczoru do ósmej w roku szkolnym.",
];
const libraryVi = [
  "Thư viện thành phố đã mở cửa trở lại vào thứ Bảy sau hai năm xây dựng lại, và hơn một nghìn người đã xếp hàng dọc bờ sông để xem các phòng đọc mới.",
  "",
  "Tòa nhà cũ đã đóng cửa từ khi một đường ống bị vỡ làm ngập kho lưu trữ dưới tầng hầm, và các tình nguyện viên đã mất nhiều tháng để làm khô bản đồ và sổ sách bằng tay.",
  "",
  "Hội đồng thành phố cho biết giờ mở cửa sẽ dài hơn trước, với tầng dành cho trẻ em mở cửa mỗi tối đến tám giờ trong năm học.",
];
const libraryFooter = [
  "",
  "More from Arts",
  "Choir returns to the old chapel for a spring concert",
  "Painters open their studios for the weekend",
  "",
  "Contact us",
  "Terms",
  "© 2025 Riverside Courier",
];
const libraryMenu = ["Riverside Courier", "Home", "Local", "Politics", "Arts", "Sport", "Obituaries", "Jobs", ""];
/** The English library story under its menu, with the header lines given and the footer after it. */
const underLibraryMenu = (...header: string[]) => [...libraryMenu, ...header, "", ...library, ...libraryFooter];
const reopens = "Town library reopens after two-year rebuild";

const unseenLayouts: Array<[string, string, string[]]> = [
  // Kickers, eyebrows and series labels over the title.
  ["eyebrow with a bullet over the title", reopens, underLibraryMenu("ARTS • LIBRARIES", reopens, "By Ada Lee", "Published 8 March 2025")],
  ["one-word kicker set apart over the title", reopens, underLibraryMenu("Exclusive", "", reopens, "Ada Lee", "8 March 2025")],
  ["label ending in a colon over the title", reopens, underLibraryMenu("In pictures:", reopens, "By Ada Lee", "8 March 2025")],
  [
    "series name then a part line over the title",
    reopens,
    underLibraryMenu("Rebuilding Riverside", "Part 3", "", reopens, "By Ada Lee", "8 March 2025"),
  ],
  [
    "sponsor line over the title",
    reopens,
    underLibraryMenu("Sponsored by Riverside Savings Bank", "", reopens, "By Ada Lee", "8 March 2025"),
  ],
  // Title, deck, byline and date lines in other orders.
  [
    "title, standfirst, byline, published and updated lines",
    reopens,
    underLibraryMenu(
      reopens,
      "",
      "More than a thousand people queued along the river to see the new reading rooms on the first day",
      "",
      "By Ada Lee",
      "Published: 8 March 2025, 09:12",
      "Updated: 8 March 2025, 16:40",
    ),
  ],
  ["byline above the title", reopens, [...libraryMenu, "By Ada Lee", "", reopens, "8 March 2025", "", ...library, ...libraryFooter]],
  ["byline and date above the title", reopens, [...libraryMenu, "Ada Lee | 8 March 2025", "", reopens, "", ...library, ...libraryFooter]],
  ["updated line over the title", reopens, underLibraryMenu("Updated 8 March 2025", "", reopens, "By Ada Lee")],
  ["reading time between title and byline", reopens, underLibraryMenu(reopens, "4 min read", "By Ada Lee", "8 March 2025")],
  ["reading time over the title", reopens, underLibraryMenu("Libraries", "6 min read", "", reopens, "Ada Lee · 8 March 2025")],
  ["weekday date with a time zone", reopens, underLibraryMenu(reopens, "Ada Lee", "Sat 8 Mar 2025 09.12 GMT")],
  ["comment count between title and byline", reopens, underLibraryMenu(reopens, "14 comments", "By Ada Lee", "8 March 2025")],
  ["place line between title and byline", reopens, underLibraryMenu(reopens, "RIVERSIDE", "By Ada Lee", "8 March 2025")],
  ["follow button between name and date", reopens, underLibraryMenu(reopens, "Ada Lee", "Follow", "8 March 2025")],
  // Controls around the title.
  [
    "share, print and font-size bar under the byline",
    reopens,
    underLibraryMenu(reopens, "By Ada Lee", "8 March 2025", "Share", "Tweet", "Email", "Print", "A-", "A+", "Text size"),
  ],
  ["print and email links over the title", reopens, underLibraryMenu("Print this page", "Email this article", "", reopens, "8 March 2025")],
  [
    "listen to this article under the title",
    reopens,
    underLibraryMenu(reopens, "Listen to this article", "5:42", "By Ada Lee", "8 March 2025"),
  ],
  ["share counts under the title", reopens, underLibraryMenu(reopens, "1.2k shares", "By Ada Lee", "8 March 2025")],
  // Pictures over and under the title.
  [
    "photo caption and credit over the title",
    reopens,
    underLibraryMenu(
      "Visitors queue along the river path on Saturday morning",
      "Photo: Bo Chen / Riverside Courier",
      "",
      reopens,
      "By Ada Lee",
      "8 March 2025",
    ),
  ],
  [
    "hero image's alt text over the title",
    reopens,
    underLibraryMenu("Image: the new glass wing of the library at dusk", "", reopens, "By Ada Lee", "8 March 2025"),
  ],
  [
    "caption with its credit under the title",
    reopens,
    underLibraryMenu(reopens, "The new glass wing faces the river. Photograph: Bo Chen", "By Ada Lee", "8 March 2025"),
  ],
  // Banners, prompts and switchers over the page.
  [
    "live blog header",
    "Library reopening live: queues stretch along the river path",
    [
      ...libraryMenu,
      "LIVE UPDATES",
      "",
      "Library reopening live: queues stretch along the river path",
      "Last updated: 8 March 2025 11:05",
      "",
      "Refresh",
      "",
      "11:05",
      ...library,
      ...libraryFooter,
    ],
  ],
  ["breaking-news banner over the title", reopens, underLibraryMenu("BREAKING NEWS", "", reopens, "By Ada Lee", "8 March 2025")],
  [
    "short breaking alert over the title",
    reopens,
    underLibraryMenu("Breaking: river path closed until noon", "", reopens, "By Ada Lee", "8 March 2025"),
  ],
  [
    "paywall prompt over the title",
    reopens,
    underLibraryMenu(
      "You have 2 free articles left this month.",
      "Subscribe for £1 a week",
      "Already a subscriber? Log in",
      "",
      reopens,
      "By Ada Lee",
      "8 March 2025",
    ),
  ],
  [
    "subscriber notice under the byline",
    reopens,
    underLibraryMenu(reopens, "By Ada Lee", "8 March 2025", "", "This article is free to read for registered users.", "Register"),
  ],
  [
    "site search box over the menu",
    reopens,
    ["Search this site", "Enter keywords", "Go", "", ...underLibraryMenu(reopens, "By Ada Lee", "8 March 2025")],
  ],
  [
    "language switcher on one line",
    reopens,
    ["English | Français | Deutsch", "", ...underLibraryMenu(reopens, "By Ada Lee", "8 March 2025")],
  ],
  ["language switcher one code a line", reopens, ["EN", "FR", "DE", "", ...underLibraryMenu(reopens, "By Ada Lee", "8 March 2025")]],
  [
    "skip link and navigation toggle",
    reopens,
    ["Skip to main content", "Toggle navigation", "Menu", "", ...underLibraryMenu(reopens, "By Ada Lee", "8 March 2025")],
  ],
  [
    "advertisement and continue-reading line over the title",
    reopens,
    underLibraryMenu("Advertisement", "Continue reading the main story", "", reopens, "By Ada Lee", "8 March 2025"),
  ],
  ["back-to-news link over the title", reopens, underLibraryMenu("← Back to news", "", reopens, "8 March 2025")],
  [
    "you-are-here trail over the title",
    reopens,
    underLibraryMenu("You are here: Home / Local / Arts", "", reopens, "By Ada Lee", "8 March 2025"),
  ],
  // Tags, topics and author boxes.
  [
    "topic chips under the title",
    reopens,
    underLibraryMenu(reopens, "Libraries", "Architecture", "Local government", "", "By Ada Lee", "8 March 2025"),
  ],
  [
    "topics line over the title",
    reopens,
    underLibraryMenu("Topics: Libraries, Architecture, Riverside", "", reopens, "Ada Lee", "8 March 2025"),
  ],
  ["author box with a bio under the title", reopens, underLibraryMenu(reopens, "", "Ada Lee", "Arts reporter", "8 March 2025")],
  // The title's own shape.
  [
    "headline ending in an exclamation mark",
    "At last, the town library is open again!",
    underLibraryMenu("At last, the town library is open again!", "By Ada Lee", "8 March 2025"),
  ],
  [
    "headline opening with a quotation",
    "“It was worth the wait”: town library reopens after rebuild",
    underLibraryMenu("“It was worth the wait”: town library reopens after rebuild", "By Ada Lee", "8 March 2025"),
  ],
  [
    "headline in straight quotes",
    '"Worth the wait": town library reopens after rebuild',
    underLibraryMenu('"Worth the wait": town library reopens after rebuild', "By Ada Lee", "8 March 2025"),
  ],
  ["two-word headline", "Library reopens", underLibraryMenu("Library reopens", "By Ada Lee", "8 March 2025")],
  [
    "three-word headline under a section label",
    "Reading rooms reopen",
    underLibraryMenu("Arts", "", "Reading rooms reopen", "Ada Lee", "8 March 2025"),
  ],
  [
    "headline in capitals, byline in capitals",
    "TOWN LIBRARY REOPENS AFTER TWO-YEAR REBUILD",
    underLibraryMenu("TOWN LIBRARY REOPENS AFTER TWO-YEAR REBUILD", "BY ADA LEE", "8 MARCH 2025"),
  ],
  [
    "headline of 27 words",
    "After two years behind scaffolding, a flooded basement and months of volunteers drying parish records by hand, the town library on the river has finally opened its doors again",
    underLibraryMenu(
      "After two years behind scaffolding, a flooded basement and months of volunteers drying parish records by hand, the town library on the river has finally opened its doors again",
      "By Ada Lee",
      "8 March 2025",
    ),
  ],
  [
    "headline in title case",
    "How a Flooded Basement Gave Riverside Its Best Library Yet",
    underLibraryMenu("How a Flooded Basement Gave Riverside Its Best Library Yet", "By Ada Lee", "8 March 2025"),
  ],
  [
    "question headline without a byline",
    "Was the new library worth the wait?",
    underLibraryMenu("Arts", "", "Was the new library worth the wait?"),
  ],
  [
    "headline opening with a figure",
    "10 things to see in the new town library",
    underLibraryMenu("10 things to see in the new town library", "By Ada Lee", "8 March 2025"),
  ],
  [
    "headline opening with a currency sign",
    "$4 million later, the town library reopens",
    underLibraryMenu("$4 million later, the town library reopens", "By Ada Lee", "8 March 2025"),
  ],
  [
    "headline opening with an emoji",
    "📚 Town library reopens after two-year rebuild",
    underLibraryMenu("📚 Town library reopens after two-year rebuild", "By Ada Lee", "8 March 2025"),
  ],
  [
    "headline opening with an ellipsis",
    "…and the library is open again",
    underLibraryMenu("…and the library is open again", "By Ada Lee", "8 March 2025"),
  ],
  ["section and title parted by a bar", reopens, underLibraryMenu(`Arts | ${reopens}`, "By Ada Lee", "8 March 2025")],
  // Kinds of sites.
  [
    "forum thread",
    "Library reopening this Saturday - anyone going?",
    [
      "Riverside Forum",
      "Forums",
      "New posts",
      "Log in",
      "Register",
      "",
      "Forums › Local › Arts and culture",
      "",
      "Library reopening this Saturday - anyone going?",
      "Thread starter river_rat Start date 6 Mar 2025",
      "",
      "river_rat said:",
      ...library.slice(0, 3),
      "",
      "Reply",
      "",
      "booklover said:",
      ...library.slice(4),
      "",
      "You must log in or register to reply here.",
    ],
  ],
  [
    "knowledge-base article",
    "How do I reset my library card PIN?",
    [
      "Help Centre",
      "Search the help centre",
      "",
      "Home > Accounts > Passwords",
      "",
      "How do I reset my library card PIN?",
      "Updated 2 weeks ago",
      "",
      "Follow",
      "",
      "If you have forgotten the PIN for your library card, you can set a new one from the sign-in page of the catalogue without visiting a branch.",
      "",
      "Choose the link under the PIN box, enter the number printed on the back of your card, and we will send a reset link to the e-mail address we hold for you.",
      "",
      "The link works for one hour. If it has expired, ask for a new one, or call the branch and a member of staff will reset the PIN while you wait.",
      "",
      "Was this article helpful?",
      "Yes",
      "No",
    ],
  ],
  [
    "government press release",
    "New funding for town libraries announced",
    [
      "Example Government",
      "Departments",
      "Guidance",
      "News",
      "",
      "Press release",
      "",
      "New funding for town libraries announced",
      "Department for Culture",
      "8 March 2025",
      "",
      ...library,
      "",
      "Media enquiries",
      "press@culture.example.org",
    ],
  ],
  [
    "charity's statement",
    "River Trust welcomes the reopening of the town library",
    [
      "River Trust",
      "Who we are",
      "What we do",
      "Donate",
      "",
      "News and statements",
      "",
      "Statement",
      "River Trust welcomes the reopening of the town library",
      "8 March 2025",
      "",
      ...library,
      ...libraryFooter,
    ],
  ],
  [
    "wire story with a reading time and an updated line",
    reopens,
    [
      "Wirenews",
      "World",
      "Business",
      "Markets",
      "",
      reopens,
      "By Ada Lee",
      "3 minute read",
      "March 8, 2025 9:12 AM UTC",
      "Updated 2 hours ago",
      "",
      `RIVERSIDE, March 8 (Wirenews) - ${library[0]}`,
      ...library.slice(1),
      ...libraryFooter,
    ],
  ],
  [
    "newsletter post with counters and a greeting",
    "The library is back, and so are the queues",
    [
      "Riverside Notes",
      "",
      "Subscribe",
      "Sign in",
      "",
      "The library is back, and so are the queues",
      "What a Saturday it was on the river path",
      "",
      "Ada Lee",
      "Mar 8, 2025",
      "",
      "12",
      "3",
      "Share",
      "",
      "Hi friends,",
      "",
      ...library,
    ],
  ],
  [
    "magazine feature with words and pictures credits",
    "The house of books by the water",
    [
      "Riverside Magazine",
      "Features",
      "Travel",
      "Food",
      "",
      "Features",
      "",
      "The house of books by the water",
      "",
      "How a flooded basement and a thousand volunteers gave a small town its library back",
      "",
      "Words by Ada Lee",
      "Photographs by Bo Chen",
      "",
      ...library,
      ...libraryFooter,
    ],
  ],
  // Languages and scripts.
  [
    "nl cookie prompt",
    "Stadsbibliotheek na twee jaar verbouwing weer open",
    [
      "Wij gebruiken cookies om de site goed te laten werken en om het gebruik te meten.",
      "Alles accepteren",
      "Instellingen",
      "",
      "Rivierbode",
      "Nieuws",
      "Cultuur",
      "",
      "Stadsbibliotheek na twee jaar verbouwing weer open",
      "Door Anna de Vries",
      "8 maart 2025",
      "",
      ...libraryNl,
    ],
  ],
  [
    "it cookie prompt",
    "La biblioteca riapre dopo due anni di lavori",
    [
      "Questo sito utilizza cookie tecnici e di terze parti. Chiudendo questo banner acconsenti all'uso dei cookie.",
      "Accetta",
      "Rifiuta",
      "",
      ...libraryItHeader,
      ...libraryIt,
    ],
  ],
  [
    "pt published and updated line",
    "Biblioteca municipal reabre após dois anos de obras",
    [
      "Jornal do Rio",
      "Início",
      "Cidade",
      "Cultura",
      "",
      "Biblioteca municipal reabre após dois anos de obras",
      "Por Ana Souza",
      "08/03/2025 09h12 Atualizado há 2 horas",
      "",
      ...libraryPt,
    ],
  ],
  [
    "pl name over date and time",
    "Biblioteka miejska znów otwarta po dwóch latach",
    [
      "Gazeta Nadrzeczna",
      "Strona główna",
      "Kraj",
      "Kultura",
      "",
      "Biblioteka miejska znów otwarta po dwóch latach",
      "Anna Nowak",
      "8 marca 2025, 09:12",
      "",
      ...libraryPl,
    ],
  ],
  [
    "de headline in low-high quotes",
    "„Es hat sich gelohnt“: Die Fähre fährt wieder",
    [
      "Inselbote",
      "Startseite",
      "Region",
      "",
      "„Es hat sich gelohnt“: Die Fähre fährt wieder",
      "Von Anna Keller",
      "4. März 2025",
      "",
      ...de,
    ],
  ],
  [
    "el byline in the genitive",
    "Άνοιξε ξανά η δημοτική βιβλιοθήκη μετά από δύο χρόνια",
    [
      "Η Εφημερίδα του Ποταμού",
      "Αρχική",
      "Ειδήσεις",
      "Πολιτισμός",
      "",
      "Άνοιξε ξανά η δημοτική βιβλιοθήκη μετά από δύο χρόνια",
      "Της Μαρίας Παπαδοπούλου",
      "8 Μαρτίου 2025",
      "",
      ...libraryEl,
    ],
  ],
  [
    "hi writer label",
    "दो साल बाद फिर खुला शहर का पुस्तकालय",
    ["नगर समाचार", "होम", "शहर", "संस्कृति", "", "दो साल बाद फिर खुला शहर का पुस्तकालय", "लेखक: अनु शर्मा", "8 मार्च 2025", "", ...libraryHi],
  ],
  [
    "th news",
    "ห้องสมุดเมืองเปิดอีกครั้งหลังปรับปรุงสองปี",
    ["ข่าวริมน้ำ", "หน้าแรก", "ข่าว", "วัฒนธรรม", "", "ห้องสมุดเมืองเปิดอีกครั้งหลังปรับปรุงสองปี", "โดย สมชาย ใจดี", "8 มีนาคม 2568", "", ...libraryTh],
  ],
  [
    "ar writer label and weekday date",
    "إعادة افتتاح مكتبة المدينة بعد عامين من الترميم",
    [
      "صحيفة النهر",
      "الرئيسية",
      "ثقافة",
      "",
      "إعادة افتتاح مكتبة المدينة بعد عامين من الترميم",
      "كتب: أحمد علي",
      "السبت 8 مارس 2025",
      "",
      ...libraryAr,
    ],
  ],
  [
    "zh date and source under the title",
    "市图书馆重建两年后重新开放",
    ["城市日报", "首页", "本地", "文化", "", "市图书馆重建两年后重新开放", "2025年03月08日 09:12", "来源：城市日报", "", ...libraryZh],
  ],
  [
    "zh reporter line under the title",
    "市图书馆重建两年后重新开放",
    ["城市日报", "首页", "本地", "", "市图书馆重建两年后重新开放", "本报记者 李明", "2025-03-08", "", ...libraryZh],
  ],
  [
    "ja date under the title",
    "市立図書館、2年ぶりに再開",
    ["川辺新聞", "トップ", "地域", "文化", "", "市立図書館、2年ぶりに再開", "2025年3月8日 9時12分", "", ...libraryJa],
  ],
  [
    "ja headline in corner brackets",
    "「待ったかいがあった」市立図書館が再開",
    ["川辺新聞", "トップ", "地域", "", "「待ったかいがあった」市立図書館が再開", "2025年3月8日", "", ...libraryJa],
  ],
  [
    "ko reporter and input-edit times",
    "시립 도서관, 2년 만에 다시 문 열어",
    [
      "강변신문",
      "홈",
      "사회",
      "문화",
      "",
      "시립 도서관, 2년 만에 다시 문 열어",
      "김민지 기자",
      "입력 2025.03.08 09:12 수정 2025.03.08 16:40",
      "",
      ...libraryKo,
    ],
  ],
  // Second batch: dates, labels and prefixes of many languages, boxes between title and body.
  [
    "fr published and updated on one line",
    "La bibliothèque de la ville rouvre après deux ans de travaux",
    [
      ...libraryMenu,
      "La bibliothèque de la ville rouvre après deux ans de travaux",
      "Par Anne Leroy",
      "Publié le 8 mars 2025 à 09h12, mis à jour à 16h40",
      "",
      ...fr,
    ],
  ],
  [
    "es updated label with a numeric date",
    "La biblioteca municipal reabre tras dos años de obras",
    [
      ...libraryMenu,
      "La biblioteca municipal reabre tras dos años de obras",
      "Por Ana García",
      "Actualizado: 08/03/2025 16:40h",
      "",
      ...es,
    ],
  ],
  [
    "it published label",
    "La biblioteca riapre dopo due anni di lavori",
    ["Il Corriere del Fiume", "Cronaca", "", "La biblioteca riapre dopo due anni di lavori", "Pubblicato il: 08/03/2025", "", ...libraryIt],
  ],
  [
    "nl published label",
    "Stadsbibliotheek na twee jaar verbouwing weer open",
    [
      "Rivierbode",
      "Nieuws",
      "Cultuur",
      "",
      "Stadsbibliotheek na twee jaar verbouwing weer open",
      "Gepubliceerd op 8 maart 2025",
      "",
      ...libraryNl,
    ],
  ],
  [
    "pt published label with a dash",
    "Biblioteca municipal reabre após dois anos de obras",
    [
      "Jornal do Rio",
      "Início",
      "Cidade",
      "",
      "Biblioteca municipal reabre após dois anos de obras",
      "Publicado em 08/03/2025 - 09:12",
      "",
      ...libraryPt,
    ],
  ],
  [
    "id weekday date with a time zone",
    "Perpustakaan kota dibuka kembali setelah dua tahun",
    [...libraryMenu, "Perpustakaan kota dibuka kembali setelah dua tahun", "Sabtu, 08 Mar 2025 09:12 WIB", "", ...library],
  ],
  [
    "ru text and photo credits",
    "Городская библиотека открылась после двух лет ремонта",
    [
      "Речная газета",
      "Главная",
      "Новости",
      "",
      "Городская библиотека открылась после двух лет ремонта",
      "Текст: Анна Иванова",
      "Фото: Борис Петров",
      "8 марта 2025",
      "",
      "Городская библиотека вновь открылась в субботу после двух лет перестройки, и более тысячи человек стояли в очереди вдоль реки, чтобы увидеть новые читальные залы.",
      "",
      "Старое здание было закрыто с тех пор, как прорвало трубу и затопило архив в подвале, и волонтёры месяцами сушили карты и записи вручную.",
      "",
      "Городской совет заявил, что библиотека будет работать дольше, чем раньше, а детский этаж будет открыт каждый вечер до восьми в течение учебного года.",
    ],
  ],
  [
    "zh time, source and author on one line",
    "市图书馆重建两年后重新开放",
    [
      "城市日报",
      "首页",
      "本地",
      "",
      "市图书馆重建两年后重新开放",
      "发布时间：2025-03-08 09:12  来源：城市日报  作者：李明",
      "",
      ...libraryZh,
    ],
  ],
  [
    "ja breaking prefix in lenticular brackets",
    "【速報】市立図書館が2年ぶりに再開",
    ["川辺新聞", "トップ", "地域", "", "【速報】市立図書館が2年ぶりに再開", "2025年3月8日 9時12分", "", ...libraryJa],
  ],
  [
    "ko exclusive prefix in brackets",
    "[단독] 시립 도서관, 2년 만에 다시 문 열어",
    ["강변신문", "홈", "사회", "", "[단독] 시립 도서관, 2년 만에 다시 문 열어", "김민지 기자", "2025.03.08 09:12", "", ...libraryKo],
  ],
  [
    "ar slashed numeric date",
    "إعادة افتتاح مكتبة المدينة بعد عامين من الترميم",
    ["صحيفة النهر", "الرئيسية", "ثقافة", "", "إعادة افتتاح مكتبة المدينة بعد عامين من الترميم", "2025/03/08", "", ...libraryAr],
  ],
  [
    "video prefix in the title",
    "Video: Town library reopens after two-year rebuild",
    underLibraryMenu("Video: Town library reopens after two-year rebuild", "By Ada Lee", "8 March 2025"),
  ],
  [
    "bracketed note after the title",
    "Town library reopens after two-year rebuild (updated)",
    underLibraryMenu("Town library reopens after two-year rebuild (updated)", "By Ada Lee", "8 March 2025"),
  ],
  ["gallery count under the title", reopens, underLibraryMenu(reopens, "Photo gallery (12 photos)", "By Ada Lee", "8 March 2025")],
  ["two authors with a shared role", reopens, underLibraryMenu(reopens, "By Ada Lee and Bo Chen, Staff Writers", "8 March 2025")],
  [
    "recipe jump and print buttons",
    "Riverside library café scones",
    underLibraryMenu("Riverside library café scones", "Jump to Recipe", "Print Recipe", "By Ada Lee", "8 March 2025"),
  ],
  [
    "newsletter box between title and body",
    reopens,
    underLibraryMenu(
      reopens,
      "By Ada Lee",
      "8 March 2025",
      "",
      "Get the Courier's morning briefing in your inbox every weekday.",
      "Sign up",
    ),
  ],
  [
    "key points box under the byline",
    reopens,
    underLibraryMenu(
      reopens,
      "By Ada Lee",
      "8 March 2025",
      "",
      "Key points",
      "Library shut for two years after a flood",
      "New glass wing faces the river",
    ),
  ],
  [
    "crumbs one a line without separators",
    reopens,
    ["Riverside Courier", "", "Home", "Local", "Arts", "", reopens, "By Ada Lee", "8 March 2025", "", ...library, ...libraryFooter],
  ],
  [
    "sticky now-reading bar over the page",
    reopens,
    ["Now reading: Town library reopens after two-year rebuild", "", ...underLibraryMenu(reopens, "By Ada Lee", "8 March 2025")],
  ],
  ["title then an advertisement before the body", reopens, underLibraryMenu(reopens, "By Ada Lee", "8 March 2025", "", "Advertisement")],
  [
    "deck without a byline under a kicker",
    reopens,
    underLibraryMenu("Arts", reopens, "More than a thousand people queued along the river to see the new reading rooms"),
  ],
  [
    "title and deck with the byline at the end",
    reopens,
    [
      ...libraryMenu,
      reopens,
      "",
      "More than a thousand people queued to see the reading rooms on the first day.",
      "",
      ...library,
      "",
      "Ada Lee is the Courier's arts reporter.",
      ...libraryFooter,
    ],
  ],
  [
    "most-read list packed without a label over the title",
    reopens,
    [
      ...libraryMenu,
      "Choir returns to the old chapel for a spring concert",
      "Painters open their studios for the weekend",
      "River path to close for repairs in April",
      "",
      reopens,
      "By Ada Lee",
      "8 March 2025",
      "",
      ...library,
      ...libraryFooter,
    ],
  ],
  ["title trailing spaces and a tab", reopens, underLibraryMenu(`${reopens} \t`, "By Ada Lee", "8 March 2025")],
  [
    "title with a no-break space",
    "Town library reopens after 2 years",
    underLibraryMenu("Town library reopens after 2\u00a0years", "By Ada Lee", "8 March 2025"),
  ],
  [
    "pl headline in low-high quotes",
    "„Warto było czekać”. Biblioteka miejska znów otwarta",
    [
      "Gazeta Nadrzeczna",
      "Strona główna",
      "Kraj",
      "",
      "„Warto było czekać”. Biblioteka miejska znów otwarta",
      "Anna Nowak",
      "8 marca 2025",
      "",
      ...libraryPl,
    ],
  ],
  [
    "de quoted headline without a byline",
    "„Es hat sich gelohnt“: Die Fähre fährt wieder",
    ["Inselbote", "Startseite", "Region", "", "„Es hat sich gelohnt“: Die Fähre fährt wieder", "", ...de],
  ],
  [
    "ja headline in corner brackets without a date",
    "「待ったかいがあった」市立図書館が再開",
    ["川辺新聞", "トップ", "地域", "", "「待ったかいがあった」市立図書館が再開", "", ...libraryJa],
  ],
  [
    "fr headline in guillemets without a byline",
    "« Il faut lire le coefficient » : le guide des marées",
    ["Le Journal du Port", "Accueil", "Mer", "", "« Il faut lire le coefficient » : le guide des marées", "", ...fr],
  ],
  [
    "fact-checked line between byline and date",
    reopens,
    underLibraryMenu(reopens, "By Ada Lee", "Fact checked by Bo Chen", "8 March 2025"),
  ],
  [
    "illustrations credit between byline and date",
    reopens,
    underLibraryMenu(reopens, "By Ada Lee", "Illustrations by Bo Chen and Cy Ward", "8 March 2025"),
  ],
  [
    "fr translator's credit between byline and date",
    "Le guide des marées pour les plaisanciers du port",
    [
      "Le Journal du Port",
      "Accueil",
      "Mer",
      "",
      "Le guide des marées pour les plaisanciers du port",
      "Par Anne Leroy",
      "Traduit par Marc Petit et Léa Roux",
      "8 mars 2025",
      "",
      ...fr,
    ],
  ],
  [
    "de translator's credit between byline and date",
    "Die Fähre ist zurück und fährt wieder täglich",
    [
      "Inselbote",
      "Startseite",
      "Region",
      "",
      "Die Fähre ist zurück und fährt wieder täglich",
      "Von Anna Keller",
      "Übersetzt von Jan Berg und Eva Roth",
      "4. März 2025",
      "",
      ...de,
    ],
  ],
  ["two short words over the byline", "Doors open", underLibraryMenu("Doors open", "By Ada Lee", "8 March 2025")],
  ["de two short words over the date", "Wir sind da", ["Inselbote", "Startseite", "Region", "", "Wir sind da", "4. März 2025", "", ...de]],
  [
    "short name over the date and time, above the title",
    "Ten Books for Spring 2025: What Our Librarians Are Reading (and Where to Find Them)",
    [
      "HOME",
      "EVENTS",
      "CONTACT",
      "Ada Leeson",
      "8 March 2025",
      "9:12 am",
      "Ten Books for Spring 2025: What Our Librarians Are Reading (and Where to Find Them)",
      "",
      ...library,
      ...libraryFooter,
    ],
  ],
  [
    "lower-case title over the author's name over the date",
    "why i finally moved back to the river",
    ["Notes From Harbour Street", "", "why i finally moved back to the river", "Ada Lee", "8 March 2025", "", ...library],
  ],
  [
    "de lower-case title over the author's name over the date",
    "warum ich wieder auf die insel gezogen bin",
    ["Notizen vom Hafen", "", "warum ich wieder auf die insel gezogen bin", "Anna Keller", "4. März 2025", "", ...de],
  ],
  [
    "site name and a tagline sentence over a short title",
    "Library reopens",
    [
      "Riverside Courier",
      "Local news for the river towns since 1889.",
      "",
      "Library reopens",
      "Ada Lee",
      "8 March 2025",
      "",
      ...library,
      ...libraryFooter,
    ],
  ],
  [
    "series name with part number over the title",
    reopens,
    underLibraryMenu("The Reading Rooms, part 2 of 4", "", reopens, "By Ada Lee", "8 March 2025"),
  ],
  [
    "fr series name with part number over the title",
    "Le guide des marées pour les plaisanciers",
    [
      "Le Journal du Port",
      "Accueil",
      "",
      "Les secrets de la côte bretonne, partie 2 sur 4",
      "",
      "Le guide des marées pour les plaisanciers",
      "Par Anne Leroy",
      "8 mars 2025",
      "",
      ...fr,
    ],
  ],
  [
    "de series name with part number over the title",
    "Die Fähre ist zurück und fährt wieder täglich",
    [
      "Inselbote",
      "Startseite",
      "",
      "Das Leben auf der kleinen Insel im Norden, Teil 3",
      "",
      "Die Fähre ist zurück und fährt wieder täglich",
      "Von Anna Keller",
      "4. März 2025",
      "",
      ...de,
    ],
  ],
  [
    "documentation page",
    "Getting started with the catalogue search",
    [
      "Catalogue Docs",
      "Guides",
      "API",
      "Blog",
      "",
      "Getting started with the catalogue search",
      "Edit this page",
      "Last updated on 8 March 2025",
      "",
      "The catalogue search finds books, maps and recordings held by every branch, and tells you which copies are on the shelf right now and which are on loan.",
      "",
      "Type a title, an author or a subject into the box at the top of any page, and the results list the closest matches first, with the newest editions above older ones.",
      "",
      "Filters on the left narrow the list by branch, by format and by year, and a saved search sends you an e-mail when a new book matching it arrives.",
      "",
      "Previous",
      "Next",
    ],
  ],
  [
    "de documentation page",
    "Erste Schritte mit dem Fahrplan der Inselfähre",
    [
      "Fähre Doku",
      "Anleitungen",
      "",
      "Erste Schritte mit dem Fahrplan der Inselfähre",
      "Diese Seite bearbeiten",
      "Zuletzt aktualisiert am 4. März 2025",
      "",
      ...de,
    ],
  ],
  [
    "title holding a control's word, a button between it and its byline",
    "The player who rowed to every match on the river",
    underLibraryMenu("The player who rowed to every match on the river", "Share", "By Ada Lee", "8 March 2025"),
  ],
  [
    "fr title holding a control's word, a button between it and its byline",
    "Le lecteur qui lisait les marées mieux que les pêcheurs",
    [
      "Le Journal du Port",
      "Accueil",
      "Mer",
      "",
      "Le lecteur qui lisait les marées mieux que les pêcheurs",
      "Partager",
      "Par Anne Leroy",
      "8 mars 2025",
      "",
      ...fr,
    ],
  ],
  [
    "ar page with right-to-left marks",
    "إعادة افتتاح مكتبة المدينة بعد عامين من الترميم",
    [
      "\u200fصحيفة النهر",
      "\u200fالرئيسية",
      "\u200fثقافة",
      "",
      "\u200fإعادة افتتاح مكتبة المدينة بعد عامين من الترميم",
      "\u200fبقلم أحمد علي",
      "\u200f8 مارس 2025",
      "",
      ...libraryAr.map((line) => (line ? `\u200f${line}` : line)),
    ],
  ],
  [
    "direction isolate and mark around the title and byline",
    "Town library reopens after two-year rebuild",
    [...libraryMenu, "\u2067Town library reopens after two-year rebuild\u2069", "\u200eBy Ada Lee", "8 March 2025", "", ...library],
  ],
  [
    "vi date first, byline at the end",
    "Thư viện thành phố mở cửa trở lại sau hai năm",
    [
      "Báo Bờ Sông",
      "Trang chủ",
      "Thời sự",
      "Văn hóa",
      "",
      "Thứ Bảy, 8/3/2025 09:12",
      "",
      "Thư viện thành phố mở cửa trở lại sau hai năm",
      "",
      ...libraryVi,
      "",
      "Nguyễn Văn An",
    ],
  ],
  ["numeric date and 24-hour time under the title", reopens, underLibraryMenu(reopens, "", "Sat 8/3/2025 09:12")],
  [
    "pt date first with a 24-hour time",
    "Biblioteca municipal reabre após dois anos de obras",
    [
      "Jornal do Rio",
      "Início",
      "Cidade",
      "",
      "Sábado, 8/3/2025 09:12",
      "",
      "Biblioteca municipal reabre após dois anos de obras",
      "",
      ...libraryPt,
    ],
  ],
  // Third batch.
  ["markdown heading marks on the title", reopens, [...libraryMenu, `# ${reopens}`, "", "By Ada Lee", "8 March 2025", "", ...library]],
  [
    "title over a gallery of short captions",
    reopens,
    [
      ...libraryMenu,
      reopens,
      "By Ada Lee",
      "8 March 2025",
      "",
      "Gallery",
      "The queue at dawn",
      "The glass wing",
      "The children's floor",
      "The old front",
      "The café",
      "The study hall",
      "",
      ...library,
      ...libraryFooter,
    ],
  ],
  [
    "title then a summary box of bullets",
    reopens,
    underLibraryMenu(
      reopens,
      "By Ada Lee",
      "8 March 2025",
      "",
      "Summary",
      "• Library closed two years after a flood",
      "• New glass wing faces the river",
      "• Longer opening hours",
    ),
  ],
  [
    "headline with an em dash and a subtitle",
    "Town library reopens — and the queue stretches to the bridge",
    underLibraryMenu("Town library reopens — and the queue stretches to the bridge", "By Ada Lee", "8 March 2025"),
  ],
  [
    "headline with a pipe-less site suffix after a colon",
    reopens,
    underLibraryMenu(reopens, "Riverside Courier: local news since 1889", "By Ada Lee", "8 March 2025"),
  ],
  ["byline with avatar initials", reopens, underLibraryMenu(reopens, "AL", "Ada Lee", "8 March 2025")],
  ["author, role and date on three lines", reopens, underLibraryMenu(reopens, "Ada Lee", "Arts Correspondent", "8 March 2025")],
  ["date with an ordinal", reopens, underLibraryMenu(reopens, "By Ada Lee", "March 8th, 2025")],
  ["relative date", reopens, underLibraryMenu(reopens, "By Ada Lee", "2 hours ago")],
  [
    "sticky header copy of the site name and a login",
    reopens,
    ["Riverside Courier", "Log in", "Subscribe", "", ...underLibraryMenu(reopens, "By Ada Lee", "8 March 2025")],
  ],
  ["two kickers over the title", reopens, underLibraryMenu("Arts", "Libraries", "", reopens, "By Ada Lee", "8 March 2025")],
  ["title between two rules of dashes", reopens, underLibraryMenu("----------", reopens, "----------", "By Ada Lee", "8 March 2025")],
  ["opinion label and columnist's name over the title", reopens, underLibraryMenu("Opinion", "Ada Lee", "", reopens, "8 March 2025")],
  [
    "review with stars before the title",
    "Riverside library café review: scones worth the queue",
    underLibraryMenu("★★★★☆", "Riverside library café review: scones worth the queue", "By Ada Lee", "8 March 2025"),
  ],
  [
    "headline in sentence case with a place name",
    "Riverside opens its new library on the water",
    underLibraryMenu("Riverside opens its new library on the water", "Ada Lee", "8 March 2025"),
  ],
  [
    "headline with a hashtag",
    "#LibraryDay: town library reopens after rebuild",
    underLibraryMenu("#LibraryDay: town library reopens after rebuild", "By Ada Lee", "8 March 2025"),
  ],
  [
    "headline ending with an ellipsis",
    "The library is open again, and then some...",
    underLibraryMenu("The library is open again, and then some...", "By Ada Lee", "8 March 2025"),
  ],
  [
    "short title under a long menu line of links",
    "Library reopens",
    [
      "Home · Local · Politics · Arts · Sport · Obituaries · Jobs · Contact",
      "",
      "Library reopens",
      "By Ada Lee",
      "8 March 2025",
      "",
      ...library,
    ],
  ],
  ["jump link under the title", reopens, underLibraryMenu(reopens, "Jump to comments", "By Ada Lee", "8 March 2025")],
  [
    "es headline with opening question mark",
    "¿Valió la pena esperar la nueva biblioteca?",
    ["La Gaceta del Río", "Inicio", "", "¿Valió la pena esperar la nueva biblioteca?", "Por Ana García", "8 de marzo de 2025", "", ...es],
  ],
  [
    "ko title with a reporter's email",
    "시립 도서관, 2년 만에 다시 문 열어",
    [
      "강변신문",
      "홈",
      "",
      "시립 도서관, 2년 만에 다시 문 열어",
      "김민지 기자 minji@river.example.org",
      "2025.03.08 09:12",
      "",
      ...libraryKo,
    ],
  ],
  [
    "zh title with a kicker in brackets",
    "【文化】市图书馆重建两年后重新开放",
    ["城市日报", "首页", "", "【文化】市图书馆重建两年后重新开放", "2025-03-08 09:12", "", ...libraryZh],
  ],
  [
    "ar title under a breaking label",
    "إعادة افتتاح مكتبة المدينة بعد عامين من الترميم",
    [
      "صحيفة النهر",
      "الرئيسية",
      "",
      "عاجل",
      "إعادة افتتاح مكتبة المدينة بعد عامين من الترميم",
      "بقلم أحمد علي",
      "8 مارس 2025",
      "",
      ...libraryAr,
    ],
  ],
  [
    "el date first",
    "Άνοιξε ξανά η δημοτική βιβλιοθήκη μετά από δύο χρόνια",
    [
      "Η Εφημερίδα του Ποταμού",
      "Αρχική",
      "",
      "08.03.2025 09:12",
      "Άνοιξε ξανά η δημοτική βιβλιοθήκη μετά από δύο χρόνια",
      "",
      ...libraryEl,
    ],
  ],
  [
    "de menu line of bullets over a short title",
    "Fähre ist zurück",
    ["Startseite • Region • Sport • Kultur • Wetter", "", "Fähre ist zurück", "Von Anna Keller", "4. März 2025", "", ...de],
  ],
  [
    "fr markdown heading marks on the title",
    "Le guide des marées pour les plaisanciers",
    ["Le Journal du Port", "", "## Le guide des marées pour les plaisanciers", "", "Par Anne Leroy", "8 mars 2025", "", ...fr],
  ],
  // Fourth batch.
  ["member-only label over the title", reopens, underLibraryMenu("Member-only story", "", reopens, "Ada Lee", "8 min read", "Mar 8, 2025")],
  ["paid post label over the title", reopens, underLibraryMenu("Paid post", "", reopens, "By Ada Lee", "8 March 2025")],
  [
    "old-article banner over the title",
    reopens,
    underLibraryMenu("This article is more than 2 years old", "", reopens, "By Ada Lee", "8 March 2025"),
  ],
  [
    "archive notice sentence over the title",
    reopens,
    underLibraryMenu("This story was published in 2025 and may be out of date.", "", reopens, "By Ada Lee", "8 March 2025"),
  ],
  ["correction line under the byline", reopens, underLibraryMenu(reopens, "By Ada Lee", "8 March 2025", "Correction appended")],
  [
    "fact-check kicker and rating",
    "Did the library really cost twice the estimate?",
    underLibraryMenu("Fact check", "Did the library really cost twice the estimate?", "Rating: Mostly true", "By Ada Lee", "8 March 2025"),
  ],
  ["read-in-another-language link over the title", reopens, underLibraryMenu("Leer en español", "", reopens, "By Ada Lee", "8 March 2025")],
  [
    "watch kicker glued to the title",
    "Watch: Town library reopens after two-year rebuild",
    underLibraryMenu("Watch: Town library reopens after two-year rebuild", "By Ada Lee", "8 March 2025"),
  ],
  [
    "title in capitals repeated in sentence case",
    reopens,
    underLibraryMenu("TOWN LIBRARY REOPENS", "", reopens, "By Ada Lee", "8 March 2025"),
  ],
  [
    "event details under the title",
    "Library reopening day: tours, readings and a river parade",
    underLibraryMenu(
      "Library reopening day: tours, readings and a river parade",
      "When: Saturday 8 March 2025, 10:00",
      "Where: Riverside Library, Quay Street",
    ),
  ],
  [
    "obituary with the years under the name",
    "Ada Lee, librarian who saved the parish records, dies at 93",
    underLibraryMenu("Ada Lee, librarian who saved the parish records, dies at 93", "1931 – 2025", "By Bo Chen", "8 March 2025"),
  ],
  [
    "recipe times under the title",
    "Riverside library café scones",
    underLibraryMenu("Riverside library café scones", "Prep time: 10 min", "Cook time: 15 min", "Serves 8", "By Ada Lee"),
  ],
  [
    "podcast episode line",
    "The library that came back from the flood",
    underLibraryMenu("Episode 14 · 42 min", "The library that came back from the flood", "8 March 2025"),
  ],
  [
    "interview prefix",
    "Q&A: the architect who put a glass wing on the library",
    underLibraryMenu("Q&A: the architect who put a glass wing on the library", "By Ada Lee", "8 March 2025"),
  ],
  ["photo credit alone over the title", reopens, underLibraryMenu("Photo: Bo Chen", "", reopens, "By Ada Lee", "8 March 2025")],
  ["subscriber exclusive label", reopens, underLibraryMenu("Subscriber exclusive", reopens, "By Ada Lee", "8 March 2025")],
  ["audio duration under the title", reopens, underLibraryMenu(reopens, "12:34", "By Ada Lee", "8 March 2025")],
  ["title over the author's social handle", reopens, underLibraryMenu(reopens, "Ada Lee", "@adalee", "8 March 2025")],
  [
    "nl kicker with a colon and a date line",
    "Stadsbibliotheek na twee jaar verbouwing weer open",
    [
      "Rivierbode",
      "Nieuws",
      "",
      "Cultuur:",
      "Stadsbibliotheek na twee jaar verbouwing weer open",
      "za 8 mrt 2025, 09:12",
      "",
      ...libraryNl,
    ],
  ],
  [
    "it kicker in capitals and an author label",
    "La biblioteca riapre dopo due anni di lavori",
    [
      "Il Corriere del Fiume",
      "Cronaca",
      "",
      "CULTURA",
      "La biblioteca riapre dopo due anni di lavori",
      "Autore: Giulia Rossi",
      "8 marzo 2025",
      "",
      ...libraryIt,
    ],
  ],
  [
    "pl lower-case date with an abbreviated weekday under a long title",
    "Biblioteka miejska znów otwarta po dwóch latach przebudowy",
    [
      "Gazeta Nadrzeczna",
      "Strona główna",
      "",
      "Biblioteka miejska znów otwarta po dwóch latach przebudowy",
      "sob. 8 mar 2025, 09:12",
      "",
      ...libraryPl,
    ],
  ],
  [
    "de podcast episode line",
    "Die Fähre, die aus der Werft zurückkam",
    ["Hafenfunk", "Folgen", "", "Folge 3 – 28 min", "Die Fähre, die aus der Werft zurückkam", "4. März 2025", "", ...de],
  ],
  [
    "fr recipe times under the title",
    "Les crêpes du port",
    ["Le Journal du Port", "Cuisine", "", "Les crêpes du port", "Préparation : 10 min", "Cuisson : 15 min", "Par Anne Leroy", "", ...fr],
  ],
  [
    "title with a label of several words packed under a filing line",
    "Notes from the Quay: Letter 12",
    [...libraryMenu, "Filed under: Letters", "Notes from the Quay: Letter 12", "Ada Lee", "8 March 2025", "", ...library],
  ],
  // Fifth batch: headers in more languages over the English story, and a few more layouts.
  [
    "sv byline and date",
    "Stadsbiblioteket öppnar igen efter två år",
    underLibraryMenu("Stadsbiblioteket öppnar igen efter två år", "Av Anna Berg", "8 mars 2025"),
  ],
  [
    "nb published label",
    "Bybiblioteket åpner igjen etter to år",
    underLibraryMenu("Bybiblioteket åpner igjen etter to år", "Publisert 08.03.2025 09:12", "Anna Berg"),
  ],
  [
    "da updated label",
    "Byens bibliotek genåbner efter to år",
    underLibraryMenu("Byens bibliotek genåbner efter to år", "Opdateret 8. marts 2025", "Af Anna Berg"),
  ],
  [
    "fi date with a dot",
    "Kaupunginkirjasto avautuu kahden vuoden jälkeen",
    underLibraryMenu("Kaupunginkirjasto avautuu kahden vuoden jälkeen", "8.3.2025 9.12", "Anna Berg"),
  ],
  [
    "cs author label",
    "Městská knihovna se po dvou letech znovu otevřela",
    underLibraryMenu("Městská knihovna se po dvou letech znovu otevřela", "Autor: Jana Nováková", "8. března 2025"),
  ],
  [
    "hu date year first",
    "Két év után újra megnyílt a városi könyvtár",
    underLibraryMenu("Két év után újra megnyílt a városi könyvtár", "2025. március 8. 09:12", "Szerző: Kovács Anna"),
  ],
  [
    "ro byline",
    "Biblioteca orașului se redeschide după doi ani",
    underLibraryMenu("Biblioteca orașului se redeschide după doi ani", "de Ana Popescu", "8 martie 2025"),
  ],
  [
    "id byline and WIB time",
    "Perpustakaan kota kembali dibuka setelah dua tahun",
    underLibraryMenu("Perpustakaan kota kembali dibuka setelah dua tahun", "Penulis: Siti Rahma", "Sabtu, 8 Maret 2025 09:12 WIB"),
  ],
  [
    "fa title and date",
    "بازگشایی کتابخانه شهر پس از دو سال",
    ["روزنامه رود", "خانه", "", "بازگشایی کتابخانه شهر پس از دو سال", "نویسنده: سارا احمدی", "۱۸ اسفند ۱۴۰۳", "", ...libraryAr],
  ],
  [
    "ur title",
    "شہر کی لائبریری دو سال بعد دوبارہ کھل گئی",
    ["دریا نیوز", "ہوم", "", "شہر کی لائبریری دو سال بعد دوبارہ کھل گئی", "8 مارچ 2025", "", ...libraryAr],
  ],
  [
    "bn title",
    "দুই বছর পর আবার খুলল শহরের গ্রন্থাগার",
    ["নদী সংবাদ", "প্রচ্ছদ", "", "দুই বছর পর আবার খুলল শহরের গ্রন্থাগার", "৮ মার্চ ২০২৫", "", ...libraryHi],
  ],
  [
    "hashtag tags line above the title",
    reopens,
    underLibraryMenu("#libraries #riverside #architecture", "", reopens, "By Ada Lee", "8 March 2025"),
  ],
  [
    "big caption with credit then title",
    reopens,
    underLibraryMenu(
      "The glass wing of the new library seen from the river at dusk on the evening before the reopening",
      "Bo Chen / Riverside Courier",
      "",
      reopens,
      "By Ada Lee",
      "8 March 2025",
    ),
  ],
  ["title under an image placeholder line", reopens, underLibraryMenu("[Image]", "", reopens, "By Ada Lee", "8 March 2025")],
  [
    "title with bracketed live tag",
    "[LIVE] Library reopening: the queue reaches the bridge",
    underLibraryMenu("[LIVE] Library reopening: the queue reaches the bridge", "Updated 11:05"),
  ],
  ["title under a weather widget", reopens, underLibraryMenu("Riverside 12°C", "Light rain", "", reopens, "By Ada Lee", "8 March 2025")],
  [
    "title under a market ticker",
    reopens,
    underLibraryMenu("FTSE 100 8,123.4 +0.4%", "Dow 39,000.1 -0.2%", "", reopens, "By Ada Lee", "8 March 2025"),
  ],
  [
    "id lower-case byline label under a long title",
    "Perpustakaan kota kembali dibuka setelah dua tahun renovasi",
    underLibraryMenu("Perpustakaan kota kembali dibuka setelah dua tahun renovasi", "oleh Siti Rahma", "8 Maret 2025"),
  ],
  [
    "cs date in the genitive under the title",
    "Knihovna je znovu otevřená",
    underLibraryMenu("Knihovna je znovu otevřená", "", "sobota 8. března 2025 9:12"),
  ],
  // Sixth batch.
  [
    "posted-in and leave-a-comment lines",
    reopens,
    underLibraryMenu(reopens, "Posted in Arts", "Leave a comment", "By Ada Lee", "8 March 2025"),
  ],
  ["reading time with a label", reopens, underLibraryMenu(reopens, "Reading Time: 3 minutes", "By Ada Lee", "8 March 2025")],
  ["byline, role and date on one line with bars", reopens, underLibraryMenu(reopens, "By Ada Lee | Staff Writer | 8 March 2025")],
  [
    "older and newer post links over the title",
    reopens,
    underLibraryMenu(
      "« Choir returns to the old chapel for a spring concert",
      "Painters open their studios for the weekend »",
      "",
      reopens,
      "By Ada Lee",
      "8 March 2025",
    ),
  ],
  [
    "share-this and like-this lines under the title",
    reopens,
    underLibraryMenu(reopens, "8 March 2025", "Share this:", "Twitter", "Facebook", "Like this:", "Like Loading..."),
  ],
  ["audio link with its length", reopens, underLibraryMenu(reopens, "Audio: listen to this story (4 min)", "By Ada Lee", "8 March 2025")],
  [
    "correction note over the body",
    reopens,
    underLibraryMenu(reopens, "By Ada Lee", "8 March 2025", "", "Note: this article was updated to correct the opening hours."),
  ],
  [
    "content warning line",
    reopens,
    underLibraryMenu(reopens, "By Ada Lee", "8 March 2025", "", "Content warning: this story describes flood damage."),
  ],
  ["three authors", reopens, underLibraryMenu(reopens, "Ada Lee, Bo Chen and Cy Ward", "8 March 2025")],
  [
    "quote headline with the speaker first",
    "Ada Lee: “We built it for the river”",
    underLibraryMenu("Ada Lee: “We built it for the river”", "By Bo Chen", "8 March 2025"),
  ],
  [
    "title with a year in brackets",
    "The best library cafés on the river (2025)",
    underLibraryMenu("The best library cafés on the river (2025)", "By Ada Lee", "Updated 8 March 2025"),
  ],
  [
    "title over a table of contents label",
    "A guide to the new town library",
    underLibraryMenu(
      "A guide to the new town library",
      "By Ada Lee",
      "8 March 2025",
      "",
      "Contents",
      "Opening hours",
      "The glass wing",
      "The children's floor",
    ),
  ],
  [
    "de reading time and share line",
    "Die Fähre ist zurück und fährt wieder täglich",
    [
      "Inselbote",
      "Startseite",
      "",
      "Die Fähre ist zurück und fährt wieder täglich",
      "Lesezeit: 3 Minuten",
      "Teilen",
      "Von Anna Keller",
      "4. März 2025",
      "",
      ...de,
    ],
  ],
  [
    "fr reading time and share line",
    "Le guide des marées pour les plaisanciers",
    [
      "Le Journal du Port",
      "Accueil",
      "",
      "Le guide des marées pour les plaisanciers",
      "Temps de lecture : 3 min",
      "Partager",
      "Par Anne Leroy",
      "8 mars 2025",
      "",
      ...fr,
    ],
  ],
  [
    "fr previous and next story links over the title",
    "Le guide des marées pour les plaisanciers",
    [
      "Le Journal du Port",
      "Accueil",
      "",
      "« Le port fête ses pêcheurs pour la fin de saison",
      "Les phares de la côte ouvrent leurs portes ce week-end »",
      "",
      "Le guide des marées pour les plaisanciers",
      "Par Anne Leroy",
      "8 mars 2025",
      "",
      ...fr,
    ],
  ],
  [
    "fr title quoted whole in guillemets",
    "« Nous reviendrons chaque été au port »",
    ["Le Journal du Port", "Accueil", "", "« Nous reviendrons chaque été au port »", "Par Anne Leroy", "8 mars 2025", "", ...fr],
  ],
  // Seventh batch: boxes and menus around the title.
  ["title packed onto the first paragraph", reopens, [...libraryMenu, reopens, ...library, ...libraryFooter]],
  [
    "deck of two sentences over the byline",
    reopens,
    underLibraryMenu(
      reopens,
      "",
      "A flooded basement closed it for two years. On Saturday a thousand people queued to see what had been built.",
      "",
      "By Ada Lee",
      "8 March 2025",
    ),
  ],
  [
    "tickers line under the title",
    "Riverside Savings Bank lends £2m for the library's glass wing",
    underLibraryMenu(
      "Riverside Savings Bank lends £2m for the library's glass wing",
      "In this article: RSB +1.2%",
      "By Ada Lee",
      "8 March 2025",
    ),
  ],
  [
    "key facts box under the byline",
    reopens,
    underLibraryMenu(reopens, "By Ada Lee", "8 March 2025", "", "Key facts", "Cost: £4m", "Closed: 2 years", "Visitors on day one: 1,000"),
  ],
  [
    "photo essay captions under the title",
    reopens,
    underLibraryMenu(
      reopens,
      "By Ada Lee",
      "8 March 2025",
      "",
      "The queue at dawn. Photograph: Bo Chen",
      "",
      "The glass wing at noon. Photograph: Bo Chen",
    ),
  ],
  [
    "scroll-to-continue line over the title",
    reopens,
    underLibraryMenu("Advertisement", "Scroll to continue with content", "", reopens, "By Ada Lee", "8 March 2025"),
  ],
  [
    "section menu between title and byline",
    reopens,
    [...libraryMenu, reopens, "", "Arts", "Music", "Film", "Books", "", "By Ada Lee", "8 March 2025", "", ...library, ...libraryFooter],
  ],
  [
    "date as kicker over the title under the site's name",
    reopens,
    ["Riverside Courier", "", "March 8, 2025", reopens, "", ...library, ...libraryFooter],
  ],
  [
    "related box with byline stamps over the title",
    reopens,
    [
      ...libraryMenu,
      "Related",
      "Choir returns to the old chapel for a spring concert",
      "By Bo Chen",
      "Painters open their studios for the weekend",
      "By Bo Chen",
      "River path to close for repairs in April",
      "By Bo Chen",
      "",
      reopens,
      "By Ada Lee",
      "8 March 2025",
      "",
      ...library,
      ...libraryFooter,
    ],
  ],
  [
    "byline only at the end of the story",
    reopens,
    [
      ...libraryMenu,
      reopens,
      "",
      ...library,
      "",
      "Ada Lee is the Courier's arts reporter. She can be reached at ada@courier.example.org.",
      ...libraryFooter,
    ],
  ],
  [
    "es section menu and date-first header",
    "La biblioteca municipal reabre tras dos años de obras",
    [
      "La Gaceta del Río",
      "Portada",
      "Cultura",
      "",
      "08/03/2025 - 09:12",
      "La biblioteca municipal reabre tras dos años de obras",
      "Ana García",
      "",
      ...es,
    ],
  ],
];

/** A product's spec box printed one label over its value to a block ("Frame" over "Steel"), as reviews set it beside the story. */
const specPairs = (pairs: ReadonlyArray<readonly [string, string]>) => pairs.flatMap(([label, value]) => ["", label, value]);
const bikeSpecs = specPairs([
  ["Frame", "Steel, lugged"],
  ["Gears", "Eight, hub"],
  ["Brakes", "Rim, dual pivot"],
  ["Weight", "12.4 kg"],
  ["Tyres", "35 mm, puncture guard"],
  ["Lights", "Dynamo, front and rear"],
  ["Rack", "Rear, 25 kg load"],
  ["Sizes", "S, M, L, XL"],
  ["Colours", "Green, cream or black"],
  ["Saddle", "Leather, sprung"],
  ["Mudguards", "Full length"],
  ["Stand", "Double leg"],
  ["Bell", "Brass"],
  ["Lock", "Frame ring"],
  ["Warranty", "Five years"],
  ["Price", "£890"],
]);
const bikeReview = [
  "The Harbour Eight is the sort of bicycle that makes a five-mile commute feel short, and after a month of rain it still shifts as cleanly as on the first day.",
  "",
  "Its hub gears are sealed away from the grit of the river path, so the chain needs oil once a fortnight rather than after every wet ride home.",
  "",
  "The dynamo lights are bright enough for unlit lanes, and the rack took a week of shopping without the frame flexing under the load.",
];
const kaffeeTest = [
  "Die Hafenbohne 3 brüht in knapp einer Minute eine Tasse, die sich mit dem Café an der Ecke messen kann, und sie bleibt dabei angenehm leise.",
  "",
  "Der Wassertank fasst fast zwei Liter und lässt sich von vorn herausziehen, sodass die Maschine auch unter einem Hängeschrank Platz findet.",
  "",
  "Nach vier Wochen im Test zeigte das Mahlwerk keine Abnutzung, und die Reinigung dauerte jeden Abend nicht länger als zwei Minuten.",
];
/** Pages whose header stands over a box of facts: the box's lines are no titles, and the header may stand far above the body. */
const factBoxLayouts: Array<[string, string, string[]]> = [
  [
    "en review with a long spec box, one label over its value, between the header and the story",
    "Harbour Eight review: a town bike that shrugs off the rain",
    [
      ...menu,
      "Harbour Eight review: a town bike that shrugs off the rain",
      "Ada Lee",
      "Comments",
      "",
      "Share",
      "",
      "Our score",
      "",
      "8.5",
      ...bikeSpecs,
      "",
      "Buy now",
      "",
      "Where to buy",
      "",
      "Wheel & Co",
      "",
      ...bikeReview,
      ...footer,
    ],
  ],
  [
    "de test with a spec box of label and value pairs far over the body",
    "Hafenbohne 3 im Test: kleiner Automat, großer Kaffee",
    [
      "Küchenwelt",
      "Tests",
      "Ratgeber",
      "",
      "Hafenbohne 3 im Test: kleiner Automat, großer Kaffee",
      "Anna Keller",
      "Kommentare",
      "",
      "Teilen",
      "",
      "Unsere Note",
      "",
      "1,7",
      ...specPairs([
        ["Bauart", "Vollautomat"],
        ["Mahlwerk", "Kegel, Stahl"],
        ["Tank", "1,8 Liter"],
        ["Druck", "15 bar"],
        ["Breite", "24 cm"],
        ["Milch", "Lanze, manuell"],
        ["Gewicht", "7,9 kg"],
        ["Farben", "Schwarz, Silber oder Weiß"],
        ["Garantie", "Zwei Jahre"],
        ["Bohnen", "250 Gramm"],
        ["Display", "Farbig, berührbar"],
        ["App", "Keine"],
        ["Strom", "1450 Watt"],
        ["Lautstärke", "62 dB"],
        ["Kabel", "1,2 Meter"],
        ["Preis", "349 Euro"],
      ]),
      "",
      "Jetzt kaufen",
      "",
      "Händler",
      "",
      "Kaffeehaus Nord",
      "",
      ...kaffeeTest,
      ...footer,
    ],
  ],
  [
    "en summary box of long labelled points packed over the story",
    reopens,
    [
      ...libraryMenu,
      reopens,
      "Ada Lee, Arts Reporter",
      "",
      "Key facts",
      "",
      "Cost of the new reading rooms: £4.2 million",
      "Books brought back from the store: 120,000",
      "Longest queue on the opening day: Saturday",
      "",
      ...library,
      ...libraryFooter,
    ],
  ],
  [
    "fr summary box of labelled points between the byline and the story",
    "La bibliothèque municipale rouvre après deux ans de travaux",
    [
      "Le Courrier de la Rive",
      "Culture",
      "",
      "La bibliothèque municipale rouvre après deux ans de travaux",
      "Claire Martin, journaliste",
      "",
      "L'essentiel",
      "",
      "Coût des nouvelles salles de lecture : 4,2 millions d'euros",
      "Livres revenus de la réserve : 120 000",
      "Plus longue file du jour d'ouverture : samedi",
      "",
      ...fr,
    ],
  ],
];

describe("headline on invented pages with a box of facts between the header and the body", () => {
  it.each(factBoxLayouts)("%s", (_name, headline, page) => {
    expect(fromText(Buffer.from(page.join("\n")), { source: "layout.txt" }).headline).toBe(headline);
  });

  // The boxes widen the search window by their lines: a run of tens of thousands of them is walked once, each line
  // asked about only the few lines around it that make a box. Walking the whole run from each of its lines took minutes
  // at this size (45 s for 20,000 points, December 2026); walked once, each box takes under a second.
  it("reads the title over hostile boxes: tens of thousands of packed points and of spec pairs, a long line of colons", () => {
    const points = Array.from({ length: 30_000 }, (_, n) => `Harbour note number ${n}: part ${n} of the notes`);
    const pairs = specPairs(Array.from({ length: 30_000 }, (_, n) => [`Spec ${n}`, `Value ${n}`] as const));
    const colons = [`A${" b c:".repeat(50_000)} d`];
    for (const box of [points, pairs, colons]) {
      const page = ["Night ferry returns in July", "By Ann Example", "", ...box, "", ...library].join("\n");
      expect(fromText(page).headline).toBe("Night ferry returns in July");
    }
  });
});

/**
 * Headers whose short lines pair up one over another between blank lines, as a spec box's do, yet hold the story's
 * title and byline: a kicker over the title, the author's name over a role, buttons side by side.
 */
const pairedHeaderLayouts: Array<[string, string, string[], string]> = [
  [
    "en kicker over its title, the author's name over a role, then buttons in a pair",
    "Sea wall repairs begin next week",
    [
      "Coast Courier",
      "",
      "Weather",
      "Sea wall repairs begin next week",
      "",
      "Ben Sample",
      "Weather correspondent",
      "",
      "Share",
      "Comments",
      "",
      ...en,
    ],
    "Ben Sample",
  ],
  [
    "en the same under a pair of menu links, with a pair of buttons more",
    "Sea wall repairs begin next week",
    [
      "Coast Courier",
      "",
      "Home",
      "Subscribe",
      "",
      "Weather",
      "Sea wall repairs begin next week",
      "",
      "Ben Sample",
      "Weather correspondent",
      "",
      "Print",
      "Save",
      "",
      ...en,
    ],
    "Ben Sample",
  ],
  [
    "de kicker over its title, the author's name over a role, then buttons in a pair",
    "Die Reparatur der Seemauer beginnt bald",
    [
      "Küstenbote",
      "",
      "Wetter",
      "Die Reparatur der Seemauer beginnt bald",
      "",
      "Jonas Beispiel",
      "Redakteur Wetter",
      "",
      "Teilen",
      "Kommentare",
      "",
      ...de,
    ],
    "",
  ],
  [
    "en kicker over its title over two pairs of buttons: a title is no spec's value",
    "Sea wall repairs begin next week",
    ["Coast Courier", "", "Weather", "Sea wall repairs begin next week", "", "Share", "Comments", "", "Print", "Save", "", ...en],
    "",
  ],
  [
    "en a title alone over the author's name over a role and two pairs of buttons: a name is no spec's label",
    "Sea wall repairs begin next week",
    [
      "Coast Courier",
      "",
      "Sea wall repairs begin next week",
      "",
      "Ben Sample",
      "Weather correspondent",
      "",
      "Share",
      "Comments",
      "",
      "Print",
      "Save",
      "",
      ...en,
    ],
    "Ben Sample",
  ],
  [
    "en a short title over its byline over its date, then two pairs of buttons: a byline is no spec's label",
    "Sea wall holds",
    [
      "Coast Courier",
      "",
      "Storm",
      "Sea wall holds",
      "",
      "By Ben Sample",
      "4 March 2025",
      "",
      "Share",
      "Comments",
      "",
      "Print",
      "Save",
      "",
      ...en,
    ],
    "Ben Sample",
  ],
  [
    "en a short title of three words under its kicker over a pair of buttons: two pairs make no spec box",
    "Sea wall holds",
    ["Coast Courier", "", "Storm", "Sea wall holds", "", "Share", "Comments", "", ...en],
    "",
  ],
  [
    "en a title with a label packed over a labelled byline and a labelled date",
    "Live: Storm hits the sea wall",
    ["Coast Courier", "News", "Sport", "", "Live: Storm hits the sea wall", "By: Ben Sample", "Updated: 4 March 2025, 14:05", "", ...en],
    "Ben Sample",
  ],
  [
    "es a title with a label packed over a labelled byline and a labelled date",
    "Análisis: El muro del puerto resiste",
    [
      "Gaceta de la Costa",
      "Noticias",
      "",
      "Análisis: El muro del puerto resiste",
      "Por: Lucía Ejemplo",
      "Actualizado: 4 de marzo de 2025",
      "",
      ...es,
    ],
    "Lucía Ejemplo",
  ],
];

describe("headline and author on invented headers of short paired lines that are no box of facts", () => {
  it.each(pairedHeaderLayouts)("%s", (_name, headline, page, author) => {
    const article = fromText(Buffer.from(page.join("\n")), { source: "layout.txt" });
    expect(article.headline).toBe(headline);
    if (author) expect(article.authors?.map((a) => a.name)).toEqual([author]);
  });
});

describe("headline over a paragraph wrapped by hand", () => {
  // A title wrapped over its byline opens in lower case when it opens with a brand's name; its second line is no deck.
  it.each([
    ["iPad 12 review: the keyboard finally feels like a laptop after a", "month of daily typing", "By Ben Sample"],
    ["eBay-Händler am Kai: warum der kleine Laden im Netz mehr", "verkauft als im Schaufenster", "Von Jonas Beispiel"],
  ])("joins a hand-wrapped title opening in lower case: %s", (first, second, byline) => {
    const page = [first, second, byline, "4 March 2025", "", ...en].join("\n");
    expect(fromText(page).headline).toBe(`${first} ${second}`);
  });
});

describe("a title set in lower case over its lower-case deck", () => {
  // A blog that sets every line in lower case prints its title over its deck in lower case too: the title is the
  // headline and the deck the description, in English, German and Spanish.
  it.each([
    ["what the tide leaves behind on a quiet beach", "notes on shells and small things", ["Mara Quill", "Mar 3, 2025"], en],
    ["was die flut am strand zurücklässt, jeden morgen", "notizen über muscheln und kleine dinge", ["von Anna Keller", "4. März 2025"], de],
    ["lo que la marea deja en la playa cada mañana", "notas sobre conchas y cosas pequeñas", ["por Ana García", "4 de marzo de 2025"], es],
  ])("%s", (title, deck, byline, story) => {
    const article = fromText(["Tide Notes", "Subscribe", title, deck, ...byline, "", ...story].join("\n"));
    expect([article.headline, article.description]).toEqual([title, deck]);
  });

  // Near misses: a lower-case tagline the page prints again at its foot, or a label of three words, over a lower-case
  // title is the site's, not a title over a deck.
  it.each([
    [
      "notes from a small harbour town on the north coast",
      "why the ferry stopped running all winter",
      ["", "notes from a small harbour town on the north coast"],
    ],
    ["notes and links", "why the ferry stopped running all winter", []],
    // Shorter than a line of wrapped prose, printed once: a tagline, a kicker, a menu or a category line.
    ["a small blog about boats and the sea", "why the ferry stopped running all winter", []],
    ["the long read this weekend", "why the ferry stopped running all winter", []],
    ["home about archive contact", "why the ferry stopped running all winter", []],
    ["un petit blog sur les bateaux et la mer", "pourquoi le bac n'a pas navigué de tout l'hiver", []],
    ["маленький блог о лодках и море", "почему паром не ходил всю зиму", []],
  ])("keeps the title under %s", (above, title, foot) => {
    const article = fromText(["Tide Notes", above, title, "Mara Quill", "Mar 3, 2025", "", ...en, ...foot].join("\n"));
    expect(article.headline).toBe(title);
  });
});

describe("a headline over its deck, with a sign-up's words or a byline without a 'By' under the deck", () => {
  const deck = "Everything islanders need to know about the changes to the sailings from next month";
  const byline = ["Ada Lee", "Transport Correspondent", "", "Published 11:02 AM, Sat 25 May 2024"];
  // A title may hold a word of a sign-up prompt in the middle of its sentence; a name over its job title under the deck
  // is the byline, as "By Ada Lee" would be.
  it.each([
    "What is the new harbour pass and do I have to sign up?",
    "Will the island ferry ever run on time again?",
    "Ferry operator raises subscription prices for island families",
    "What the new harbour timetable means for islanders who work on the mainland",
  ])("%s", (title) => {
    const article = fromText(["Politics", "Transport", "", title, "", deck, "", ...byline, "", ...en].join("\n"));
    expect([article.headline, article.description, article.authors?.map((author) => author.name)]).toEqual([title, deck, ["Ada Lee"]]);
  });

  // A title longer than its short deck, over a name and its job title with no "By": the deck is still the deck.
  it("takes the title over a short deck signed by a name over its job title", () => {
    const title = "What the new harbour timetable means for islanders who work night shifts on the mainland";
    const short = "The changes to the sailings from next month, and why";
    const article = fromText(["Politics", "Transport", "", title, "", short, "", ...byline, "", ...en].join("\n"));
    expect([article.headline, article.description]).toEqual([title, short]);
  });

  // Near miss: a short question is a box's tagline over the title, not a headline over its deck.
  it.each(["What's on this weekend?", "Is your business ready for winter?"])("keeps the tagline %s out of the headline", (tagline) => {
    const title = "Island ferry returns to service after three months of repairs at the mainland yard";
    const article = fromText(["Island Gazette", "", tagline, "", title, "", "By Ada Lee", "", ...en].join("\n"));
    expect(article.headline).toBe(title);
  });

  // Near miss: a sign-up prompt over the headline is no title.
  it("keeps a sign-up prompt over the title out of the headline", () => {
    const title = "Ferry operator raises fares for island families";
    const article = fromText(["Sign up to the Harbour Times newsletter", "", title, "", ...byline, "", ...en].join("\n"));
    expect(article.headline).toBe(title);
  });
});

describe("headline on invented page layouts of kinds the first round did not cover", () => {
  it.each(unseenLayouts)("%s", (_name, headline, page) => {
    expect(fromText(Buffer.from(page.join("\n")), { source: "layout.txt" }).headline).toBe(headline);
  });
});

// A headline holding a word a control shares with stories ("player", "menu", "search for", "Suche", "recherche",
// "buscar"), with no byline right under it to vouch for it: a deck or a share bar stands between them, or there is no
// byline at all. Such a title is the story's, not a control's label, and beats the site's name over the menu and the
// deck under it.
const searchTitle = "Search for the lost ferry goes on into a second week";
const playerTitle = "Player of the season: the ferry's chief engineer";
const menuTitle = "A new menu for the harbour café wins over the islanders";
const sucheTitle = "Suche nach dem vermissten Segler geht in die zweite Woche";
const rechercheTitle = "La recherche sur les marées du port avance enfin";
const buscarTitle = "Cómo buscar los horarios del nuevo transbordador";
const withDeck = (title: string, deck: string, byline: string, story: readonly string[]) => [
  ...menu,
  title,
  "",
  deck,
  "",
  byline,
  "",
  ...story,
  ...footer,
];
const withShareBar = (title: string, byline: string, story: readonly string[]) => [
  ...menu,
  title,
  "",
  "Share",
  "Tweet",
  "",
  byline,
  "",
  ...story,
  ...footer,
];
const alone = (title: string, story: readonly string[]) => [...menu, title, "", ...story, ...footer];
const controlNounTitles: Array<[string, string, string[]]> = [
  [
    "en, deck between",
    searchTitle,
    withDeck(searchTitle, "Islanders say the long wait for news has been hard on every family", "By Ada Lee", en),
  ],
  ["en, share bar between", playerTitle, withShareBar(playerTitle, "By Ada Lee", en)],
  ["en, no byline", menuTitle, alone(menuTitle, en)],
  [
    "de, deck between",
    sucheTitle,
    withDeck(sucheTitle, "Die Familie des Seglers hofft nach zehn Tagen noch immer auf ein Lebenszeichen", "Von Anna Keller", de),
  ],
  ["de, no byline", sucheTitle, alone(sucheTitle, de)],
  ["fr, share bar between", rechercheTitle, withShareBar(rechercheTitle, "Par Claire Martin", fr)],
  ["es, no byline", buscarTitle, alone(buscarTitle, es)],
];

// Near misses: a control's label of a few words (or a control's phrase), set over the title, between it and its byline
// or right over the body, stays furniture; so does a longer line holding a control's noun that stands nearer the body.
const nearMissControls: Array<[string, string, string[]]> = [
  [
    "en, player's label over the body",
    searchTitle.replace("Search for", "Hunt for"),
    [...menu, searchTitle.replace("Search for", "Hunt for"), "", "Video player", "", ...en, ...footer],
  ],
  [
    "en, player's notice under the title",
    "Island ferry returns to service after three months",
    [...menu, "Island ferry returns to service after three months", "Media playback is unsupported on your device", "", ...en, ...footer],
  ],
  [
    "en, a sentence naming the menu over the body",
    "Island ferry returns to service after three months",
    [...menu, "Island ferry returns to service after three months", "", "Use the menu above to find more stories", "", ...en, ...footer],
  ],
  [
    "en, teasers holding the nouns over the header",
    "Island ferry returns to service after three months",
    [
      ...menu,
      "Most read",
      "Player ratings from the island derby at the weekend",
      "The café menu that won over the whole harbour",
      "Storm warning issued for the north coast tonight",
      "",
      "Island ferry returns to service after three months",
      "By Ada Lee",
      "",
      ...en,
      ...footer,
    ],
  ],
  [
    "de, search box's label between title and byline",
    "Inselfähre fährt nach drei Monaten wieder",
    [...menu, "Inselfähre fährt nach drei Monaten wieder", "Suche", "Von Anna Keller", "", ...de, ...footer],
  ],
  [
    "fr, search and menu labels over the masthead",
    "Le ferry de l'île reprend la mer après trois mois",
    ["Recherche", "Menu", ...menu, "Le ferry de l'île reprend la mer après trois mois", "Par Claire Martin", "", ...fr, ...footer],
  ],
  [
    "es, a search box's label over the body",
    "El transbordador de la isla vuelve tras tres meses",
    [...menu, "El transbordador de la isla vuelve tras tres meses", "", "Buscar noticias", "", ...es, ...footer],
  ],
];

describe("headline holding a word a control shares with stories", () => {
  it.each(controlNounTitles)("is the story's title: %s", (_name, headline, page) => {
    expect(fromText(page.join("\n")).headline).toBe(headline);
  });
  it.each(nearMissControls)("leaves a control's label alone: %s", (_name, headline, page) => {
    expect(fromText(page.join("\n")).headline).toBe(headline);
  });
});

// Authors' lines with a job title under the headline stay authors' lines, in several languages.
const ferryTitle = "Island ferry returns to service after three months";
const authorLines: Array<[string, string, string[]]> = [
  [
    "en, name, comma and a described job set apart over the body",
    ferryTitle,
    [...menu, ferryTitle, "", "Ada Lee, senior reporter covering the island ferries", "", ...en, ...footer],
  ],
  [
    "en, job at the paper under the byline",
    ferryTitle,
    [...menu, ferryTitle, "By Ada Lee", "Senior correspondent at the Harbour Times", "", ...en, ...footer],
  ],
  ["en, a short job title over the byline", ferryTitle, [...menu, ferryTitle, "Reporter at large", "By Ada Lee", "", ...en, ...footer]],
  [
    "en, an author's note under the byline",
    ferryTitle,
    [
      ...menu,
      ferryTitle,
      "By Ada Lee",
      "Ada Lee is a staff writer who covers the islands and their ferries for the paper.",
      "",
      ...en,
      ...footer,
    ],
  ],
  [
    "de, name and desk",
    "Inselfähre fährt nach drei Monaten wieder",
    [
      ...menu,
      "Inselfähre fährt nach drei Monaten wieder",
      "Von Anna Keller",
      "Anna Keller ist Redakteur im Ressort Inseln",
      "",
      ...de,
      ...footer,
    ],
  ],
  [
    "fr, name and desk",
    "Le ferry de l'île reprend la mer après trois mois",
    [
      ...menu,
      "Le ferry de l'île reprend la mer après trois mois",
      "Par Claire Martin",
      "Claire Martin, rédaction numérique",
      "",
      ...fr,
      ...footer,
    ],
  ],
  [
    "es, a desk's name",
    "El transbordador de la isla vuelve tras tres meses",
    [
      ...menu,
      "El transbordador de la isla vuelve tras tres meses",
      "Por Ana García",
      "Redacción de la sección de sociedad",
      "",
      ...es,
      ...footer,
    ],
  ],
];

describe("headline over an author's line holding a job title's word", () => {
  it.each(authorLines)("leaves an author's line alone: %s", (_name, headline, page) => {
    expect(fromText(page.join("\n")).headline).toBe(headline);
  });
});

// A short title shaped as a name ("Island Life", "Marée Basse", "Mar Abierto") set apart over a byline that names
// someone else: the byline names the author, so the line over it is the title it signs, not an author's name.
const shortSigned: Array<[string, string, string[]]> = [
  ["en, over 'By'", "Island Life", [...menu, "Island Life", "By Ada Lee", "4 March 2025", "", ...en, ...footer]],
  ["en, in capitals, over 'By'", "ISLAND LIFE", [...menu, "ISLAND LIFE", "By Ada Lee", "", ...en, ...footer]],
  ["en, over a name over the date", "Island Life", [...menu, "Island Life", "Ada Lee", "4 March 2025", "", ...en, ...footer]],
  ["fr, over 'Par'", "Marée Basse", [...menu, "Marée Basse", "Par Claire Martin", "4 mars 2025", "", ...fr, ...footer]],
  ["es, over 'Por'", "Mar Abierto", [...menu, "Mar Abierto", "Por Ana García", "", ...es, ...footer]],
];

// Near misses: a menu's last entry packed over the byline of a header that prints the date before a long title packed
// over the body, and the author's own name over the byline (an author box), in the same layout; a section's name
// between the title and its byline.
const longFerryTitle = "Island ferry returns after three months: what the long repairs at the yard mean for the harbour (and its shops)";
const shortNearMisses: Array<[string, string, string[]]> = [
  [
    "en, a menu's last entry packed over a name",
    longFerryTitle,
    ["Skip to main content", "Home", "Local", "Harbour", "Tide Tables", "Ada Lee", "4 March 2025", longFerryTitle, "", ...en, ...footer],
  ],
  [
    "en, the author's own name over the byline",
    longFerryTitle,
    ["Skip to main content", "Home", "Local", "", "Ann Bryant", "By Ann Bryant", "4 March 2025", longFerryTitle, "", ...en, ...footer],
  ],
  [
    "en, a section's name between the title and its byline",
    ferryTitle,
    [...menu, ferryTitle, "", "Island Life", "By Ada Lee", "", ...en, ...footer],
  ],
];

describe("a short title shaped as a name over a byline naming someone else", () => {
  it.each(shortSigned)("is the headline: %s", (_name, headline, page) => {
    expect(fromText(page.join("\n")).headline).toBe(headline);
  });
  it.each(shortNearMisses)("leaves the header's other lines alone: %s", (_name, headline, page) => {
    expect(fromText(page.join("\n")).headline).toBe(headline);
  });
});

// A page's skip link in another language than English ("Zum Inhalt springen", "Aller au contenu principal") over the
// menu, with the title packed over the body under a date-first byline (the body's region opens at the title): the
// skip link is furniture, as "Skip to content" is, and the title is the headline.
const longFaehreTitle =
  "Die Inselfähre fährt nach drei Monaten wieder: was die lange Reparatur in der Werft für den Hafen und seine Läden bedeutet";
const longMareeTitle =
  "Le ferry de l'île reprend la mer : ce que trois mois de réparations au chantier changent pour le port et ses commerces";
const longTransbordadorTitle =
  "El transbordador de la isla vuelve tras tres meses: qué cambian las largas reparaciones para el puerto y sus tiendas";
const skipLinkPage = (skip: string, name: string, date: string, title: string, story: readonly string[]) => [
  skip,
  "Home",
  "Local",
  "",
  name,
  date,
  title,
  "",
  ...story,
];
const longBibliotecaTitle = "La biblioteca comunale riapre dopo due anni di lavori: cosa cambia per i lettori, i bambini e gli studenti";
const longBibliotheekTitle = "De bibliotheek van de stad is weer open na twee jaar verbouwing: wat er verandert voor lezers en scholieren";
const longBibliotecaPtTitle =
  "A biblioteca municipal reabre depois de dois anos de obras: o que muda para os leitores, as crianças e os estudantes";
const skipLinks: Array<[string, string, string[]]> = [
  ["de", longFaehreTitle, skipLinkPage("Zum Inhalt springen", "Anna Keller", "4. März 2025", longFaehreTitle, de)],
  ["fr", longMareeTitle, skipLinkPage("Aller au contenu principal", "Léa Roux", "4 mars 2025", longMareeTitle, fr)],
  ["es", longTransbordadorTitle, skipLinkPage("Saltar al contenido", "Ana García", "4 de marzo de 2025", longTransbordadorTitle, es)],
  ["it", longBibliotecaTitle, skipLinkPage("Vai al contenuto", "Anna Rossi", "4 marzo 2025", longBibliotecaTitle, libraryIt)],
  ["nl", longBibliotheekTitle, skipLinkPage("Naar de inhoud", "Jan Smit", "4 maart 2025", longBibliotheekTitle, libraryNl)],
  ["pt", longBibliotecaPtTitle, skipLinkPage("Ir para o conteúdo", "Ana Souza", "4 de março de 2025", longBibliotecaPtTitle, libraryPt)],
];
// Near misses: a title opening with a skip link's words is the story's title; only the whole line is a skip link.
const skipLinkWordsInTitles: Array<[string, string, string[]]> = [
  [
    "es",
    "Ir al contenido de la caja negra del transbordador llevará meses",
    [...menu, "Ir al contenido de la caja negra del transbordador llevará meses", "Por Ana García", "", ...es, ...footer],
  ],
  [
    "fr",
    "Aller au contenu du coffre du ferry prendra des mois",
    [...menu, "Aller au contenu du coffre du ferry prendra des mois", "Par Claire Martin", "", ...fr, ...footer],
  ],
];

describe("a skip link in another language than English", () => {
  it.each(skipLinks)("is furniture, not the headline: %s", (_name, headline, page) => {
    expect(fromText(page.join("\n")).headline).toBe(headline);
  });
  it.each(skipLinkWordsInTitles)("leaves a title opening with its words alone: %s", (_name, headline, page) => {
    expect(fromText(page.join("\n")).headline).toBe(headline);
  });
});

// A header that prints its byline first: the author's name (long enough to pass for a short title) over the date, the
// title under them. The name is the byline's first line, not the headline.
const bylineFirst = (name: string, date: string, title: string, story: readonly string[], apart = false) => [
  "Skip to main content",
  "Home",
  "Local",
  "",
  name,
  date,
  ...(apart ? [""] : []),
  title,
  "",
  ...story,
];
const namesOverDateOverTitle: Array<[string, string, string[]]> = [
  ["en, title packed under the date", longFerryTitle, bylineFirst("Margaret Holloway", "4 March 2025", longFerryTitle, en)],
  ["en, title set apart under the date", longFerryTitle, bylineFirst("Margaret Holloway", "4 March 2025", longFerryTitle, en, true)],
  ["fr", longMareeTitle, bylineFirst("Claire Martin", "4 mars 2025", longMareeTitle, fr)],
  ["nl", longBibliotheekTitle, bylineFirst("Jan de Vries", "4 maart 2025", longBibliotheekTitle, libraryNl)],
  ["es", longTransbordadorTitle, bylineFirst("Ana García Ruiz", "4 de marzo de 2025", longTransbordadorTitle, es)],
];
// Near misses: a name alone over its date with prose under it (an obituary, a profile) is the headline; so is a name over
// the date over a standfirst that ends its sentence.
const obituary = "Margaret Holloway, who ran the island's ferry office for forty years, has died at the age of ninety-one.";
const nameOverDateNearMisses: Array<[string, string, string[]]> = [
  [
    "en, an obituary's name over its date and prose",
    "Margaret Holloway",
    ["Skip to main content", "Home", "Local", "", "Margaret Holloway", "4 March 2025", "", obituary, "", ...en],
  ],
  [
    "en, a profile's name over its date and a standfirst",
    "Margaret Holloway",
    [
      "Skip to main content",
      "Home",
      "Local",
      "",
      "Margaret Holloway",
      "4 March 2025",
      "Forty years at the ferry office, and never a day late.",
      "",
      ...en,
    ],
  ],
];

describe("an author's name over the date over the title", () => {
  it.each(namesOverDateOverTitle)("is the byline, not the headline: %s", (_name, headline, page) => {
    expect(fromText(page.join("\n")).headline).toBe(headline);
  });
  it.each(nameOverDateNearMisses)("leaves a name with prose under its date alone: %s", (_name, headline, page) => {
    expect(fromText(page.join("\n")).headline).toBe(headline);
  });
});

// A sponsor's line over or under the title ("Sponsored by …", "In partnership with …") names who paid for the story: it
// is no headline, nor a headline over a deck.
const sponsorLines: Array<[string, string, string[]]> = [
  [
    "en, a long sponsor's line over a short title",
    "Island ferry returns",
    [...menu, "Sponsored by Harbour Bank and the Coastal Trust for Island Communities", "Island ferry returns", "", ...en],
  ],
  [
    "en, a presenter's line between the title and the body",
    "Island ferry returns to service after three months",
    [...menu, "Island ferry returns to service after three months", "", "Presented by the Northern Coast Tourism Board", "", ...en],
  ],
  [
    "en, a partner's line packed over the title",
    "Island ferry returns to service after three months",
    [...menu, "In partnership with the Coastal Trust", "Island ferry returns to service after three months", "", ...en],
  ],
  [
    "de",
    "Die Inselfähre fährt wieder",
    [...menu, "In Zusammenarbeit mit der Stiftung Küste und Inseln Nord", "Die Inselfähre fährt wieder", "", ...de],
  ],
  [
    "fr",
    "Le tableau des marées",
    [...menu, "En partenariat avec la Banque du Port de Saint-Malo Nord", "Le tableau des marées", "", ...fr],
  ],
  [
    "es",
    "Vuelve el transbordador",
    [...menu, "Patrocinado por el Banco de la Costa y la Fundación Isla Verde", "Vuelve el transbordador", "", ...es],
  ],
];
// Near misses: headlines that open with words sponsors use too.
const titlesLikeSponsorLines = [
  "Funded by the county, the new pier opens to walkers",
  "Powered by the wind: the island's new turbines turn at last",
  "Supported by neighbours, the harbour café reopens",
];

describe("sponsors' lines", () => {
  it.each(sponsorLines)("are no headline: %s", (_name, headline, page) => {
    expect(fromText(page.join("\n")).headline).toBe(headline);
  });
  it.each(titlesLikeSponsorLines)("leave a headline opening with a sponsor's words alone: %s", (title) => {
    expect(fromText([...menu, title, "By Ada Lee", "4 March 2025", "", ...en].join("\n")).headline).toBe(title);
  });
});

// Kinds of header found by writing new pages before changing the finder. A line over the headline that the
// headline was taken for the deck of: a label with the reading time, the last title of a packed box of teasers, a long
// caption with its credit. Each with a near miss where the line above is the headline and the line under it its deck.

/** A headline of ten words and more, as long as a deck, so that a line above it could be taken for its title. */
const longTitle = "Island ferry sails again after three months at the mainland yard";
const langTitles = {
  de: "Die Inselfähre fährt nach drei Monaten in der Werft wieder zur Insel",
  fr: "Le tableau des marées affiché à nouveau à l'entrée du port de pêche",
  es: "El transbordador de la isla vuelve a navegar tras tres meses en el astillero",
};

const readingTimeLabels: Array<[string, string, string[]]> = [
  ["en", longTitle, [...menu, "Travel · 6 min read", "", longTitle, "", "By Ada Lee", "", ...en]],
  ["de", langTitles.de, [...menu, "Reisen · 4 Minuten Lesezeit", "", langTitles.de, "", "Von Jonas Beispiel", "", ...de]],
  ["fr", langTitles.fr, [...menu, "Mer | 5 min de lecture", "", langTitles.fr, "", "Par Anne Leroy", "", ...fr]],
  ["es", langTitles.es, [...menu, "Viajes — 6 min de lectura", "", langTitles.es, "", "Por Lucía Ejemplo", "", ...es]],
];
/** A headline parted by a dash, over its deck: its parts are no reading time, and it stays the headline. */
const dashedTitle = "Island ferry returns – and the first crossing sails full";
const dashedTitleOverDeck = [
  ...menu,
  dashedTitle,
  "",
  "Three months at the mainland yard ended on Monday, and islanders queued on the quay long before dawn",
  "",
  "By Ada Lee",
  "",
  ...en,
];

describe("a label with the reading time over the headline", () => {
  it.each(readingTimeLabels)("is not taken for the headline's title: %s", (_name, headline, page) => {
    expect(fromText(page.join("\n")).headline).toBe(headline);
  });
  it("leaves a dashed headline over its deck alone", () => {
    expect(fromText(dashedTitleOverDeck.join("\n")).headline).toBe(dashedTitle);
  });
});

// A link to the site's previous or next story, its label packed over that story's title, set over the headline: the
// linked title is no headline of the page, and the headline no deck of it.
const neighbourLinks: Array<[string, string, string[]]> = [
  [
    "en",
    longTitle,
    [...menu, "Previous article", "Council approves the new harbour wall", "", longTitle, "", "By Ada Lee", "4 March 2025", "", ...en],
  ],
  [
    "de",
    langTitles.de,
    [...menu, "Nächster Beitrag", "Gemeinderat genehmigt die neue Hafenmauer", "", langTitles.de, "", "Von Jonas Beispiel", "", ...de],
  ],
  [
    "fr",
    langTitles.fr,
    [...menu, "Article précédent", "Le conseil approuve la nouvelle digue du port", "", langTitles.fr, "", "Par Anne Leroy", "", ...fr],
  ],
  [
    "es",
    langTitles.es,
    [
      ...menu,
      "Artículo anterior",
      "El ayuntamiento aprueba el nuevo muro del puerto",
      "",
      langTitles.es,
      "",
      "Por Lucía Ejemplo",
      "",
      ...es,
    ],
  ],
];
/** A kicker packed over a headline, its long deck set apart under it: the headline is the kicker's title, as before. */
const kickedTitle = "Island ferry sails again";
const kickedTitleOverDeck = [...menu, "Island stories", kickedTitle, "", longTitle, "", "By Ada Lee", "", ...en];

describe("a link to the site's previous or next story over the headline", () => {
  it.each(neighbourLinks)("does not lend its title to the headline: %s", (_name, headline, page) => {
    expect(fromText(page.join("\n")).headline).toBe(headline);
  });
  it("leaves a title packed under a kicker, over its deck, alone", () => {
    expect(fromText(kickedTitleOverDeck.join("\n")).headline).toBe(kickedTitle);
  });
});

const teasers = [
  "Most read",
  "Council approves the new harbour wall",
  "Fishing fleet reports its best season",
  "Lighthouse keeper retires after forty years",
];
const teaserBoxes: Array<[string, string, string[]]> = [
  ["en", longTitle, [...menu, ...teasers, "", longTitle, "", "By Ada Lee", "4 March 2025", "", ...en]],
  [
    "de",
    langTitles.de,
    [
      ...menu,
      "Meistgelesen",
      "Gemeinderat genehmigt die neue Hafenmauer",
      "Fischer melden die beste Saison seit Jahren",
      "Der Leuchtturmwärter geht nach vierzig Jahren",
      "",
      langTitles.de,
      "",
      "Von Jonas Beispiel",
      "",
      ...de,
    ],
  ],
];
/** Without a byline under it, a long line set apart under a box of titles is the deck of the last of them. */
const deckUnderTeasers = [...menu, ...teasers, "", longTitle, "", ...en];
/**
 * No box without its heading: a series' name and its description packed over the headline, then its long standfirst
 * set apart over the byline. The headline is the title over the standfirst, as before.
 */
const seriesOverTitles: Array<[string, string, string[]]> = [
  [
    "en",
    "Quarry lorries split the council down the middle",
    [
      ...menu,
      "The haul road: a village against its quarry",
      "Our series on the northern quarry and its lorries",
      "Quarry lorries split the council down the middle",
      "",
      "Councillors voted seven to six for the new limits on Tuesday night after a debate that ran past midnight",
      "",
      "By Marta Quill",
      "",
      ...en,
    ],
  ],
  [
    "de",
    "Lastwagen spalten den Gemeinderat in zwei Lager",
    [
      ...menu,
      "Die Hafenstraße: ein Dorf gegen seinen Steinbruch",
      "Unsere Serie über den Steinbruch im Norden und seine Lastwagen",
      "Lastwagen spalten den Gemeinderat in zwei Lager",
      "",
      "Der Gemeinderat stimmte am Dienstag nach einer Debatte bis nach Mitternacht mit sieben zu sechs Stimmen für die neuen Grenzen",
      "",
      "Von Marta Feder",
      "",
      ...de,
    ],
  ],
];

describe("a box of teasers over a headline set apart from it", () => {
  it.each(teaserBoxes)("does not lend its last title to the headline: %s", (_name, headline, page) => {
    expect(fromText(page.join("\n")).headline).toBe(headline);
  });
  it("still lends it over a line with no byline under it", () => {
    expect(fromText(deckUnderTeasers.join("\n")).headline).toBe(teasers.at(-1));
  });
  it.each(seriesOverTitles)("is not read into titles packed without a heading: %s", (_name, headline, page) => {
    expect(fromText(page.join("\n")).headline).toBe(headline);
  });
});

// A time ago with its author ("Posted 3 hours ago by …", "Publié il y a 3 heures par …", "Vor 3 Stunden von …") is the
// header's byline line, set over or under the title: no headline, though no date reader takes it.
const agedBylines: Array<[string, string, string[]]> = [
  [
    "en, set apart under the title",
    "Island ferry returns to service after three months",
    [...menu, "Island ferry returns to service after three months", "", "Posted 3 hours ago by Ada Lee", "", ...en],
  ],
  [
    "en, updated, set apart under a short title",
    "Island ferry returns",
    [...menu, "Island ferry returns", "", "Updated 2 days ago by Ada Lee", "", ...en],
  ],
  [
    "fr, over the title",
    "Le tableau des marées du port change de format cet été",
    [...menu, "Publié il y a 3 heures par Marie Exemple", "", "Le tableau des marées du port change de format cet été", "", ...fr],
  ],
  [
    "fr, set apart under the title",
    "Le tableau des marées, mode d'emploi",
    [...menu, "Le tableau des marées, mode d'emploi", "", "Publié il y a 3 heures par Marie Exemple", "", ...fr],
  ],
  [
    "de, set apart under the title",
    "Die Inselfähre fährt nach drei Monaten wieder",
    [...menu, "Die Inselfähre fährt nach drei Monaten wieder", "", "Vor 3 Stunden von Jonas Beispiel", "", ...de],
  ],
  [
    "es, over the title",
    "El transbordador de la isla vuelve a navegar tras tres meses",
    [...menu, "Publicado hace 3 horas por Lucía Ejemplo", "", "El transbordador de la isla vuelve a navegar tras tres meses", "", ...es],
  ],
];
/** Near misses: titles that open with a time ago and a "by" followed by no person's name. */
const titlesOpeningWithAnAge = [
  "Vor 30 Jahren von der Mauer getrennt, heute ein Dorf",
  "3 days ago by the harbour wall, a seal pup was found",
  "50 years ago by Joni Vale: the album that changed folk",
];

describe("a time ago with its author", () => {
  it.each(agedBylines)("is no headline: %s", (_name, headline, page) => {
    expect(fromText(page.join("\n")).headline).toBe(headline);
  });
  it.each(titlesOpeningWithAnAge)("leaves a title opening with a time ago and a by alone: %s", (title) => {
    expect(fromText([...menu, title, "", "4 March 2025", "", ...en].join("\n")).headline).toBe(title);
    expect(fromText([...menu, title, "", "By Ada Lee", "4 March 2025", "", ...en].join("\n")).headline).toBe(title);
  });
});

describe("a date over the headline, and the story's first paragraph set apart under it", () => {
  const read = (lines: string[]) => fromText(Buffer.from(lines.join("\n")), { source: "layout.txt" });
  const stories = {
    en: [
      "The harbour board voted on Tuesday evening to keep the old ferry slip open for another two summers, after a long debate.",
      "Fishermen who use the slip every morning said the decision gave them time to plan, though several wanted a longer promise.",
      "The board will look at the slip again next spring, when the engineers' survey of the breakwater is due.",
    ],
    de: [
      "Der Hafenrat hat am Dienstagabend beschlossen, die alte Fährrampe noch zwei Sommer lang offen zu halten.",
      "Fischer, die die Rampe jeden Morgen nutzen, sagten, der Beschluss gebe ihnen Zeit zum Planen.",
      "Der Rat will die Rampe im Frühjahr erneut prüfen, wenn das Gutachten der Ingenieure vorliegt.",
    ],
    fr: [
      "Le conseil du port a voté mardi soir pour garder l'ancienne cale du ferry ouverte deux étés de plus, après un long débat.",
      "Les pêcheurs qui utilisent la cale chaque matin ont dit que la décision leur laissait le temps de s'organiser.",
      "Le conseil réexaminera la cale au printemps prochain, quand l'étude des ingénieurs sera rendue.",
    ],
  };
  const headers: Record<"en" | "de" | "fr", [string, string]> = {
    en: ["March 4, 2025", "Ferry slip stays open for two more summers"],
    de: ["4. März 2025", "Fährrampe bleibt zwei weitere Sommer offen"],
    fr: ["4 mars 2025", "La cale du ferry reste ouverte deux étés de plus"],
  };

  it("keeps the first paragraph in the body, not as a standfirst, in several languages", () => {
    for (const lang of ["en", "de", "fr"] as const) {
      const [date, headline] = headers[lang];
      const article = read([date, headline, "", ...stories[lang].flatMap((line) => [line, ""])]);
      expect(article.headline, lang).toBe(headline);
      expect(article.description, lang).toBeUndefined();
      expect(
        article.body.map((block) => (block.type === "paragraph" ? block.text : block.type)),
        lang,
      ).toEqual(stories[lang]);
    }
  });

  it("still takes a deck packed under the headline, or one without a full stop, for the standfirst", () => {
    const deck = "The vote buys the fishermen time, but not the promise several of them wanted from the board";
    for (const header of [[`${deck}.`], ["", deck], [deck]]) {
      const article = read(["March 4, 2025", headers.en[1], ...header, "", ...stories.en.flatMap((line) => [line, ""])]);
      expect(article.headline, header.join("/")).toBe(headers.en[1]);
      expect(article.description, header.join("/")).toMatch(/^The vote buys the fishermen time/);
      expect(
        article.body.map((block) => (block.type === "paragraph" ? block.text : block.type)),
        header.join("/"),
      ).toEqual(stories.en);
    }
  });
});

describe("a short title over its byline, over a short first paragraph", () => {
  const read = (lines: string[]) => fromText(Buffer.from(lines.join("\n")), { source: "layout.txt" });
  // First paragraphs of few stop words: too sparse for prose, so they stand as candidates between the byline and the body.
  const stories = {
    en: [
      "Heavy snow fell across central Kestrel on Monday, disrupting ferries.",
      "Islanders queued for hours at the harbour as the last sailings were cut back sharply.",
      "The weather office said ten centimetres had settled by noon.",
    ],
    de: [
      "Starker Schneefall legte Montag den Fährverkehr rund um Kestrel lahm.",
      "Die Bewohner warteten stundenlang am Hafen, als die letzten Fahrten gestrichen wurden.",
      "Der Wetterdienst meldete bis Mittag zehn Zentimeter Neuschnee.",
    ],
    es: [
      "Intensa nevada paralizó lunes transbordadores entre Kestrel y Puerto Alto.",
      "Los vecinos esperaron horas en el puerto mientras se cancelaban los últimos viajes.",
      "La oficina del tiempo dijo que a mediodía se habían acumulado diez centímetros.",
    ],
  };
  const headers: Record<"en" | "de" | "es", [string, string, string]> = {
    en: ["Snow hits Kestrel", "By Ken Okafor", "February 5, 2024"],
    de: ["Schnee in Kestrel", "Von Ken Okafor", "5. Februar 2024"],
    es: ["Nieve en Kestrel", "Por Ken Okafor", "5 de febrero de 2024"],
  };

  it("takes the title for the headline and keeps the paragraph in the body, in several languages", () => {
    for (const lang of ["en", "de", "es"] as const) {
      const [title, byline, date] = headers[lang];
      const article = read([title, "", byline, date, "", ...stories[lang].flatMap((line) => [line, ""])]);
      expect(article.headline, lang).toBe(title);
      expect(article.authors, lang).toEqual([{ type: "Person", name: "Ken Okafor" }]);
      expect(
        article.body.map((block) => (block.type === "paragraph" ? block.text : block.type)),
        lang,
      ).toEqual(stories[lang]);
    }
  });

  it("still reads a section's label or a one-word line over a byline printed first as no title", () => {
    // A header that prints its byline first, under the site's section, with a title ended by a full stop.
    const title = "Snow stops the island ferry for a day.";
    const story = ["Heavy snow fell across the island on Monday, and the ferry stayed in port.", ...stories.en.slice(1)];
    for (const label of ["Local news", "Climate change", "Opinion"]) {
      const article = read([label, "", "By Ken Okafor", "February 5, 2024", title, "", ...story.flatMap((line) => [line, ""])]);
      expect(article.headline, label).toBe(title);
    }
  });

  it("reads a kicker of two or three words over a byline block, with the headline packed under the date, as no title", () => {
    const story = ["Heavy snow fell across the island on Monday, and the ferry stayed in port.", ...stories.en.slice(1)];
    const layouts: [string, string, string, string][] = [
      ["Breaking news", "By Ken Okafor", "February 5, 2024", "Snow stops the island ferry for a day."],
      ["Live updates", "By Ken Okafor", "February 5, 2024", "Snow stops the island ferry for a day."],
      ["Cost of living", "By Ken Okafor", "February 5, 2024", "Snow stops the island ferry for a day."],
      ["Última hora", "Por Ken Okafor", "5 de febrero de 2024", "El ferry se queda en el puerto por la nieve."],
      ["Kampf gegen Armut", "Von Ken Okafor", "5. Februar 2024", "Die Fähre bleibt wegen Schnee einen Tag im Hafen."],
    ];
    for (const [kicker, byline, date, title] of layouts) {
      const article = read([kicker, "", byline, date, title, "", ...story.flatMap((line) => [line, ""])]);
      expect(article.headline, kicker).toBe(title);
    }
  });
});

describe("a story of two paragraphs with dated teasers under it", () => {
  const read = (lines: string[]) => fromText(Buffer.from(lines.join("\n")), { source: "layout.txt" });
  const pages = {
    en: {
      header: ["Ferry slip stays open for two more summers", "By Ada Fenwick"],
      story: [
        "The harbour board voted on Tuesday evening to keep the old ferry slip open for another two summers, after a long debate.",
        "Fishermen who use the slip every morning said the decision gave them time to plan, though several wanted a longer promise.",
      ],
      teasers: ["Harbour dredging starts next month", "February 2, 2025", "Lifeboat crew honoured", "January 9, 2025"],
    },
    de: {
      header: ["Fährrampe bleibt zwei weitere Sommer offen", "Von Anna Berg"],
      story: [
        "Der Hafenrat hat am Dienstagabend beschlossen, die alte Fährrampe noch zwei Sommer lang offen zu halten.",
        "Fischer, die die Rampe jeden Morgen nutzen, sagten, der Beschluss gebe ihnen Zeit zum Planen.",
      ],
      teasers: ["Baggerarbeiten im Hafen beginnen", "2. Februar 2025", "Seenotretter geehrt", "9. Januar 2025"],
    },
  };

  it("reads the story, not a teaser's title over its date, in several languages", () => {
    for (const [lang, page] of Object.entries(pages)) {
      for (const label of [[], ["Related"]]) {
        const article = read([...page.header, "", ...page.story.flatMap((line) => [line, ""]), ...label, ...page.teasers]);
        expect(article.headline, lang).toBe(page.header[0]);
        expect(article.datePublished, lang).toBeUndefined();
        expect(
          article.body.filter((block) => block.type === "paragraph").map((block) => (block.type === "paragraph" ? block.text : "")),
          lang,
        ).toEqual(page.story);
      }
    }
  });

  it("still takes a date under a disclosure over the header, with the story's prose under it", () => {
    const disclosure = "This story was produced with support from the Coastal Fund, which had no say over its content.";
    const article = read([
      disclosure,
      "",
      pages.en.header[0]!,
      "By Ada Fenwick",
      "March 4, 2025",
      "",
      ...pages.en.story.flatMap((line) => [line, ""]),
    ]);
    expect(article.headline).toBe(pages.en.header[0]);
    expect(article.datePublished).toBe("2025-03-04");
  });
});

describe("a question's headline under the date, over its deck and its byline", () => {
  // Invented pages: a title line "Site - Question?", the date over the headline, a question long enough to read as a
  // short paragraph, a deck of one sentence and the byline alone under it, as copied from a news page.
  const read = (lines: string[]) => fromText(Buffer.from(lines.join("\n")), { source: "layout.txt" });
  const pages: Record<string, { site: string; date: string; title: string; deck: string; by: string; story: string[] }> = {
    en: {
      site: "Tollbridge Sentinel",
      date: "14 March 2026",
      title: "Why could the old Tollbridge pier not be saved in time?",
      deck: "The council expects the repairs to take at least a year and to cost more than planned.",
      by: "By Mara Quill",
      story: [
        "The pier at Tollbridge was closed on Friday after engineers found cracks in three of its supporting piles.",
        "The council said repairs would take at least a year and cost more than it had set aside for the harbour.",
        "Traders on the seafront said they had lost half their customers over the winter and the closure hit them hard.",
      ],
    },
    pl: {
      site: "Kurier Nowej Przystani",
      date: "14 marca 2026, 10:30",
      title: "Dlaczego starego mola nie dało się uratować?",
      deck: "Gmina szacuje, że remont potrwa co najmniej rok i będzie droższy, niż zakładano.",
      by: "Autor: Marta Kowalczyk",
      story: [
        "Molo w Nowej Przystani zamknięto w piątek po tym, jak inżynierowie znaleźli pęknięcia w trzech jego filarach.",
        "Gmina szacuje, że remont potrwa co najmniej rok i będzie kosztował więcej, niż zapisano w budżecie portu.",
        "Kupcy z nabrzeża mówią, że przez zimę stracili połowę klientów, a zamknięcie mola było kolejnym ciosem.",
      ],
    },
    pt: {
      site: "Folha do Litoral",
      date: "14/03/2026 10h30",
      title: "Por que o velho píer não pôde ser salvo?",
      deck: "Prefeitura estima que a reforma vai levar pelo menos um ano e custar mais que o previsto.",
      by: "Por Ana Souza",
      story: [
        "O píer de Vila Seca foi fechado na sexta-feira depois que engenheiros encontraram rachaduras em três pilares.",
        "A prefeitura estima que a reforma vai levar pelo menos um ano e custar bem mais do que o valor reservado.",
        "Comerciantes da orla dizem que perderam metade dos clientes durante o inverno e que o fechamento piorou tudo.",
      ],
    },
  };

  it("takes the question for the headline and the deck for the description, not the title line", () => {
    for (const [lang, page] of Object.entries(pages)) {
      const article = read([
        `${page.site} - ${page.title}`,
        "",
        "Home",
        "Local",
        "",
        "LOCAL",
        "",
        page.date,
        "",
        page.title,
        "",
        page.deck,
        "",
        page.by,
        "",
        ...page.story.flatMap((line) => [line, ""]),
        "About",
        "Contact",
      ]);
      expect(article.headline, lang).toBe(page.title);
      expect(article.description, lang).toBe(page.deck);
      expect(article.body[0], lang).toEqual({ type: "paragraph", text: page.story[0] });
    }
  });
});

describe("a short question opening the story under the date, with a date or a byline under its first paragraph", () => {
  // Invented pages: the title line names the headline, the date stands right over the story, whose first paragraph is a
  // question short enough to read as a title; under the next paragraph, an event's day or a teaser's byline.
  const read = (lines: string[]) => fromText(Buffer.from(lines.join("\n")), { source: "layout.txt" });
  const title = "Harwick ferry service suspended after engine fault";
  const question = "What happens when a town loses its only ferry?";
  const story = [
    "The ferry between Harwick and the mainland was withdrawn on Friday after engineers found a fault in one of its engines.",
    "The operator said a replacement part had been ordered but could take several weeks to arrive from the manufacturer.",
    "Shopkeepers on the island said deliveries of fresh food had already slowed and some shelves were empty by the weekend.",
  ] as const;
  const top = [`Harwick Gazette - ${title}`, "", "Home", "News", "", "14 March 2026", "", question, ""];

  it("keeps the question and the paragraph under it in the body over an event's day", () => {
    const article = read([...top, story[0], "", "Saturday, 21 March 2026", "", story[1], "", story[2], "", "Contact"]);
    expect(article.body[0]).toEqual({ type: "paragraph", text: question });
    expect(article.datePublished?.slice(0, 10)).toBe("2026-03-14");
    expect(article.headline).not.toBe(question);
  });

  it("keeps the story over a teaser's byline under its second paragraph (German)", () => {
    const frage = "Was passiert, wenn eine Insel ihre einzige Fähre verliert?";
    const absätze = [
      "Die Fähre zwischen Harwig und dem Festland wurde am Freitag aus dem Verkehr gezogen, nachdem Techniker einen Schaden fanden.",
      "Der Betreiber teilte mit, ein Ersatzteil sei bestellt, die Lieferung aus dem Ausland könne aber mehrere Wochen dauern.",
    ] as const;
    const teaser = ["Mehr aus der Region", "Parkplatz am Hafen wird für Bauarbeiten gesperrt", "Von Lena Brüggemann"];
    const schluss = "Autofahrer sollen während der Arbeiten im Frühjahr auf die Parkplätze am Stadtrand ausweichen und den Bus nehmen.";
    const article = read([
      "Nordkurier Heide - Fähre nach Harwig nach Motorschaden eingestellt",
      "",
      "Start",
      "Region",
      "",
      "14. März 2026",
      "",
      frage,
      "",
      ...absätze.flatMap((line) => [line, ""]),
      ...teaser,
      schluss,
      "",
      "Kontakt",
    ]);
    expect(article.body[0]).toEqual({ type: "paragraph", text: frage });
    expect(article.body[1]).toEqual({ type: "paragraph", text: absätze[0] });
    expect(article.headline).not.toBe(teaser[1]);
  });
});

describe("dates among the points a colon announces, near the top of the story", () => {
  const read = (lines: string[]) => fromText(Buffer.from(lines.join("\n")), { source: "layout.txt" });
  // Paragraphs, and each point of a list (a day's number before its dot may make the points a numbered list).
  const texts = (lines: string[]) =>
    read(lines).body.flatMap((block) =>
      block.type === "paragraph" ? [block.text] : block.type === "list" ? block.items.map((item) => item.text) : [block.type],
    );
  const story = [
    "The harbour board voted on Tuesday evening to keep the old ferry slip open for another two summers, after a long debate.",
    "Fishermen who use the slip every morning said the decision gave them time to plan, though several wanted a longer promise.",
    "The board will look at the slip again next spring, when the engineers' survey of the breakwater is due.",
  ];
  const pages: Record<string, { header: string[]; leadIn: string; dates: string[]; date: string }> = {
    en: {
      header: ["Ferry slip stays open for two more summers", "By Ada Fenwick", "March 4, 2025"],
      leadIn: "Extra sailings:",
      dates: ["August 1, 2025", "August 8, 2025"],
      date: "2025-03-04",
    },
    de: {
      header: ["Fährrampe bleibt zwei weitere Sommer offen", "Von Anna Berg", "4. März 2025"],
      leadIn: "Zusätzliche Fahrten:",
      dates: ["1. August 2025", "8. August 2025"],
      date: "2025-03-04",
    },
    cs: {
      header: ["Přívoz zůstane otevřený další dvě léta", "Jana Nováková", "14. 7. 2025"],
      leadIn: "Termíny plaveb:",
      dates: ["1. 8. 2025", "8. 8. 2025"],
      date: "2025-07-14",
    },
  };

  it("keeps the first paragraph and the dates in the body, and the header's date, in several languages", () => {
    for (const [lang, { header, leadIn, dates, date }] of Object.entries(pages)) {
      const lines = [...header, "", story[0]!, "", leadIn, ...dates, "", story[1]!, "", story[2]!];
      const article = read(lines);
      expect(article.datePublished, lang).toBe(date);
      expect(article.description, lang).toBeUndefined();
      const body = texts(lines);
      expect(body[0], lang).toBe(story[0]);
      for (const listed of dates) expect(body, lang).toContain(listed);
    }
  });

  it("takes no page date from a listed date on a page with none of its own", () => {
    const article = read([
      "Ferry slip stays open for two more summers",
      "",
      story[0]!,
      "",
      "Extra sailings:",
      "1 August 2025",
      "",
      story[1]!,
      "",
      story[2]!,
    ]);
    expect(article.datePublished).toBeUndefined();
    expect(
      texts(["Ferry slip stays open for two more summers", "", story[0]!, "", "Extra sailings:", "1 August 2025", "", story[1]!]),
    ).toContain("1 August 2025");
  });

  it("reads the header's date under a label of a date noun and a colon, above any prose", () => {
    for (const [label, date] of [
      ["Date:", "4 March 2025"],
      ["Publication date:", "4 March 2025"],
      ["Datum:", "04.03.2025"],
      ["Stand:", "04.03.2025"],
      ["Fecha de publicación:", "4 de marzo de 2025"],
    ] as const) {
      const lines = ["Ferry slip stays open for two more summers", label, date, "", ...story];
      expect(read(lines).datePublished, label).toBe("2025-03-04");
      expect(texts(lines), label).toEqual(story);
    }
  });

  it("still reads a date under its own label with words of its own, which announces no list", () => {
    for (const label of ["Page updated:", "Date published:", "Zuletzt aktualisiert:"]) {
      const article = read(["Ferry slip stays open for two more summers", "By Ada Fenwick", label, "4 March 2025", "", ...story]);
      expect(article.datePublished ?? article.dateModified, label).toBe("2025-03-04");
      expect(texts(["Ferry slip stays open for two more summers", "By Ada Fenwick", label, "4 March 2025", "", ...story]), label).toEqual(
        story,
      );
    }
  });
});

/** Headers whose byline names the piece before its writer, or labels the reporter with a colon; and near misses. */
const pieceCredits: Array<[string, string, string[], string[] | undefined]> = [
  ["en a report's credit", reopens, underLibraryMenu(reopens, "A report by Ada Lee", "8 March 2025"), ["Ada Lee"]],
  [
    "de an article's credit",
    "Stadtbibliothek öffnet nach zwei Jahren wieder",
    underLibraryMenu("Stadtbibliothek öffnet nach zwei Jahren wieder", "Ein Artikel von Anna Becker", "8. März 2025"),
    ["Anna Becker"],
  ],
  [
    "fr an article's credit with two writers",
    "La bibliothèque rouvre après deux ans",
    underLibraryMenu("La bibliothèque rouvre après deux ans", "Un article de Léa Martin et Paul Roy", "8 mars 2025"),
    ["Léa Martin", "Paul Roy"],
  ],
  [
    "es an article's credit",
    "La biblioteca reabre tras dos años",
    underLibraryMenu("La biblioteca reabre tras dos años", "Un artículo de Ana García", "8 de marzo de 2025"),
    ["Ana García"],
  ],
  [
    "id the reporter's label",
    "Perpustakaan kota kembali dibuka setelah dua tahun",
    underLibraryMenu("Perpustakaan kota kembali dibuka setelah dua tahun", "Reporter: Dewi Lestari", "Sabtu, 8 Maret 2025 09:12 WIB"),
    ["Dewi Lestari"],
  ],
  [
    "de a broadcaster's credit",
    "Stadtbibliothek öffnet nach zwei Jahren wieder",
    underLibraryMenu("Stadtbibliothek öffnet nach zwei Jahren wieder", "Ein Beitrag von Radio Nordsee", "8. März 2025"),
    ["Radio Nordsee"],
  ],
  // Near misses: a deck naming a body, not a person, stays a deck and names no author.
  ["en a deck crediting a body", reopens, underLibraryMenu(reopens, "A report by the harbour board", "8 March 2025"), undefined],
];

describe("a byline naming the piece before its writer", () => {
  it.each(pieceCredits)("gives the headline and the writers: %s", (_name, headline, page, authors) => {
    const article = fromText(Buffer.from(page.join("\n")), { source: "layout.txt" });
    expect(article.headline).toBe(headline);
    expect(article.authors?.map((a) => a.name)).toEqual(authors);
  });
});

/** A bare name over a date line whose label names the date ("Giriş Tarihi", date of entry), and the modified date. */
const namesOverLabelledDates: Array<[string, string, string[], string, string, string | undefined]> = [
  [
    "tr date of entry and of update",
    "Şehir kütüphanesi iki yıl sonra yeniden açıldı",
    underLibraryMenu(
      "Şehir kütüphanesi iki yıl sonra yeniden açıldı",
      "Ayşe Demir",
      "Giriş Tarihi: 08.03.2025 10:15",
      "Güncellenme Tarihi: 09.03.2025 11:40",
    ),
    "Ayşe Demir",
    "2025-03-08",
    "2025-03-09",
  ],
  [
    "tr date of publication",
    "Şehir kütüphanesi iki yıl sonra yeniden açıldı",
    underLibraryMenu("Şehir kütüphanesi iki yıl sonra yeniden açıldı", "Ayşe Demir", "Yayın Tarihi: 08.03.2025 10:15"),
    "Ayşe Demir",
    "2025-03-08",
    undefined,
  ],
  [
    "id published",
    "Perpustakaan kota kembali dibuka setelah dua tahun",
    underLibraryMenu("Perpustakaan kota kembali dibuka setelah dua tahun", "Siti Rahma", "Diterbitkan: 08.03.2025 10:15"),
    "Siti Rahma",
    "2025-03-08",
    undefined,
  ],
];

describe("a bare name over a date line labelled in Turkish or Indonesian", () => {
  it.each(namesOverLabelledDates)("gives the author and the dates: %s", (_name, headline, page, author, published, modified) => {
    const article = fromText(Buffer.from(page.join("\n")), { source: "layout.txt" });
    expect(article.headline).toBe(headline);
    expect(article.authors?.map((a) => a.name)).toEqual([author]);
    expect(article.datePublished).toBe(published);
    expect(article.dateModified).toBe(modified);
  });
});

/** A byline with the places its writers reported from under it, in three languages: headline, writers, date; and the line nowhere. */
const reportedFrom: Array<[string, string[], string[]]> = [
  [
    "en two places",
    [
      ...menu,
      "Island ferry returns after repairs",
      "",
      "By Ada Lee and Sam Ray",
      "Reporting from Portree and Glasgow",
      "",
      "Published March 4, 2025",
      "",
      ...en,
      ...footer,
    ],
    ["Ada Lee", "Sam Ray"],
  ],
  [
    "es place with a particle",
    [
      ...menu,
      "El transbordador vuelve a navegar",
      "",
      "Por Ana Ruiz",
      "Reportando desde Santa Cruz de Tenerife",
      "4 de marzo de 2025",
      "",
      ...es,
      ...footer,
    ],
    ["Ana Ruiz"],
  ],
  [
    "fr one place",
    [...menu, "Le bac de l'île reprend la mer", "", "Par Léa Roy", "En reportage à Lorient", "4 mars 2025", "", ...fr, ...footer],
    ["Léa Roy"],
  ],
];

/** The ferry story under its headline and byline, with `lines` set apart between its fourth and fifth lines. */
const ferryStoryWith = (...lines: string[]) => [
  ...menu,
  "Island ferry returns after repairs",
  "",
  "By Ada Lee",
  "March 4, 2025",
  "",
  ...en.slice(0, 4),
  "",
  ...lines,
  "",
  ...en.slice(4),
  ...footer,
];

describe("a byline over the places its writers reported from", () => {
  it.each(reportedFrom)("gives the headline and the writers: %s", (_name, page, authors) => {
    const article = fromText(Buffer.from(page.join("\n")), { source: "layout.txt" });
    expect(article.headline).toBe(page[menu.length]);
    expect(article.authors?.map((a) => a.name)).toEqual(authors);
    expect(article.datePublished).toBe("2025-03-04");
    expect(JSON.stringify(article.body)).not.toMatch(/Reporting from|Reportando desde|En reportage/);
  });

  it("keeps a story's sentence and heading that open with the words", () => {
    const sentence =
      "Reporting from the front line is dangerous, and the crew said the harbour was the calmest place they had worked in years.";
    const page = ferryStoryWith("Reporting from the harbour", "", sentence);
    const article = fromText(Buffer.from(page.join("\n")), { source: "layout.txt" });
    expect(article.headline).toBe("Island ferry returns after repairs");
    expect(article.body).toContainEqual({ type: "paragraph", text: sentence });
    expect(article.body).toContainEqual({ type: "heading", level: 2, text: "Reporting from the harbour" });
  });
});

describe("the words of a reporting-from line away from a byline", () => {
  it("keeps a title over the byline that opens with them", () => {
    for (const title of ["Reporting from Kyiv", "Reportando desde Caracas"]) {
      const page = [...menu, title, "", "By Ada Lee", "March 4, 2025", "", ...en, ...footer];
      const article = fromText(Buffer.from(page.join("\n")), { source: "layout.txt" });
      expect(article.headline, title).toBe(title);
      expect(article.authors?.map((a) => a.name)).toEqual(["Ada Lee"]);
    }
  });

  it("keeps a heading and a one-line paragraph of the body that name only places", () => {
    for (const [line, type] of [
      ["Reporting from Kyiv", "heading"],
      ["Reporting from Gaza and Cairo.", "paragraph"],
      ["En reportage à Lorient", "heading"],
    ]) {
      const page = ferryStoryWith(line!);
      const article = fromText(Buffer.from(page.join("\n")), { source: "layout.txt" });
      expect(article.body, line).toContainEqual(type === "heading" ? { type, level: 2, text: line } : { type, text: line });
    }
  });
});

/** The ferry story under a headline, its byline and date, with `line` set apart between its second and third paragraphs. */
const withLineInStory = (headline: string, line: string) => [
  ...menu,
  headline,
  "By Ada Lee",
  "March 4, 2025",
  "",
  ...en.slice(0, 4),
  "",
  line,
  "",
  ...en.slice(4),
  ...footer,
];

describe("a thread's count under the byline", () => {
  it.each([
    ["en count after the word", "Comments 47"],
    ["en count with the new ones", "12 Comments / 12 New"],
    ["de count in brackets", "Kommentare (47)"],
  ])("keeps it out of the body and the headline: %s", (_name, count) => {
    const page = underMenu("Island ferry returns after repairs", "By Ada Lee", "March 4, 2025", "", count);
    const article = fromText(Buffer.from(page.join("\n")), { source: "layout.txt" });
    expect(article.headline).toBe("Island ferry returns after repairs");
    expect(article.authors?.map((a) => a.name)).toEqual(["Ada Lee"]);
    expect(article.body[0]).toEqual({ type: "paragraph", text: en[0] });
  });

  it("keeps a headline about comments and a heading naming a year", () => {
    const headline = "Council closes comments on harbour plan";
    const page = withLineInStory(headline, "Comments 2024");
    const article = fromText(Buffer.from(page.join("\n")), { source: "layout.txt" });
    expect(article.headline).toBe(headline);
    expect(article.body).toContainEqual({ type: "heading", level: 2, text: "Comments 2024" });
  });
});

describe("a posted-on line holding its date among a reading time and tags", () => {
  it.each([
    ["en", "Posted on 2025-03-04 · 6 min read · #ferries #islands"],
    ["de", "Veröffentlicht am 4. März 2025 · 5 Minuten Lesezeit · #Fähren"],
    ["fr", "Publié le 4 mars 2025 · 4 min de lecture · #ferries"],
  ])("gives the date: %s", (_name, posted) => {
    const page = underMenu("Island ferry returns after repairs", "", posted);
    const article = fromText(Buffer.from(page.join("\n")), { source: "layout.txt" });
    expect(article.headline).toBe("Island ferry returns after repairs");
    expect(article.datePublished).toBe("2025-03-04");
    expect(article.body[0]).toEqual({ type: "paragraph", text: en[0] });
  });

  it("still keeps a posted line without a date out of the body, giving no date", () => {
    const page = underMenu("Island ferry returns after repairs", "", "Posted in Ferries · #islands");
    const article = fromText(Buffer.from(page.join("\n")), { source: "layout.txt" });
    expect(article.datePublished).toBeUndefined();
    expect(article.body[0]).toEqual({ type: "paragraph", text: en[0] });
  });
});

describe("a match's score line in a sports report's header", () => {
  it.each([
    ["en", "Harbour cup final goes to the islanders", "By Ada Lee", "March 4, 2025", "Islanders 3-0 Mainland Rovers", en],
    ["es", "El Puerto gana la final de copa", "Por Ana Ruiz", "4 de marzo de 2025", "Puerto 2 – 1 Real Unión", es],
    ["de", "Inselklub gewinnt das Pokalfinale", "Von Eva Berg", "4. März 2025", "SV Insel 1-1 FC Festland", de],
  ])("keeps it out of the body and the sub-headings: %s", (_name, headline, byline, date, score, story) => {
    const page = [...menu, headline, byline, date, "", score, "", ...story, ...footer];
    const article = fromText(Buffer.from(page.join("\n")), { source: "layout.txt" });
    expect(article.headline).toBe(headline);
    expect(article.datePublished).toBe("2025-03-04");
    expect(article.body[0]).toEqual({ type: "paragraph", text: story[0] });
    expect(article.body.some((block) => "text" in block && block.text === score)).toBe(false);
  });

  it.each([
    ["a ratio's colon", "Private 1:1 Tutoring"],
    ["a number in a side's words", "Top 10 tips 3-4 Winter"],
    ["a side opening in lower case", "Open days 3-4 welcome all"],
    ["an age range", "Ages 8-12 Summer Camp"],
    ["a time range", "Friday 7-9 PM"],
    ["opening hours", "Montag 9-18 Uhr"],
    ["two versions", "Windows 10 - 11 Upgrade"],
  ])("still ends the header at a line that is no score: %s", (_name, line) => {
    const page = underMenu("Harbour cup final goes to the islanders", "By Ada Lee", "March 4, 2025", "", line);
    const article = fromText(Buffer.from(page.join("\n")), { source: "layout.txt" });
    expect(article.body[0]).toEqual(expect.objectContaining({ text: line }));
  });

  it("keeps a score line set as a heading further down the story", () => {
    const page = withLineInStory("Harbour cup final goes to the islanders", "Islanders 3-0 Mainland Rovers");
    const article = fromText(Buffer.from(page.join("\n")), { source: "layout.txt" });
    expect(article.body[0]).toEqual({ type: "paragraph", text: en[0] });
    expect(article.body.some((block) => "text" in block && block.text === "Islanders 3-0 Mainland Rovers")).toBe(true);
  });
});

describe("a bare name over a place and a numeric date only the page's language orders", () => {
  /** A page with a headline, then a line over the date line set apart from it, then the story. */
  const readSigned = (headline: string, over: string, dateLine: string, story: string[]) =>
    fromText(Buffer.from([...menu, headline, "", over, dateLine, "", ...story, ...footer].join("\n")), { source: "layout.txt" });
  const pt = [
    "A balsa da ilha voltou a navegar na segunda-feira depois de três meses de reparos no estaleiro do continente, e a primeira travessia saiu lotada.",
    "",
    "Os moradores dependiam de um barco fretado que saía duas vezes por semana, e os comerciantes dizem que as vendas caíram um terço.",
  ];
  it.each([
    ["es", "El transbordador vuelve a navegar", "Ana Ruiz", "Valencia | 10/03/2025 - 23:02 h", es],
    ["fr", "Le bac de l'île reprend la mer", "Léa Roy", "Lorient | 10/03/2025 - 23:02", fr],
    ["pt", "A balsa da ilha volta a navegar", "Marta Lins", "Recife | 10/03/2025 às 9h15", pt],
  ])("gives the author and the date, day first: %s", (_name, headline, name, dateLine, story) => {
    const article = readSigned(headline, name, dateLine, story);
    expect(article.headline).toBe(headline);
    expect(article.authors?.map((a) => a.name)).toEqual([name]);
    expect(article.datePublished).toBe("2025-03-10");
    expect(article.body[0]).toEqual({ type: "paragraph", text: story[0] });
  });

  it.each([
    ["es", "El transbordador vuelve a navegar", "Real Madrid", "Madrid | 10/03/2025 - 23:02 h", es],
    ["fr", "Le bac de l'île reprend la mer", "Stade Lorient", "Lorient | 10/03/2025 - 23:02", fr],
    ["pt", "A balsa da ilha volta a navegar", "Carnaval Recife", "Recife | 10/03/2025 às 9h15", pt],
  ])("reads no author out of a kicker naming the place the date line was filed from: %s", (_name, headline, kicker, dateLine, story) => {
    const article = readSigned(headline, kicker, dateLine, story);
    expect(article.headline).toBe(headline);
    expect(article.authors ?? []).toEqual([]);
    expect(article.datePublished).toBe("2025-03-10");
  });

  // The search for the headline reads the name over the date in the page's order too: a title only the byline under it
  // vouches for (in lower case, or short) is found over it, as over a named date.
  it.each([
    ["fr", "le bac reprend la mer", "Léa Roy", "Lorient | 10/03/2025 - 23:02", fr],
    ["es", "el transbordador vuelve", "Ana Ruiz", "Valencia | 10/03/2025 - 23:02 h", es],
  ])("takes the lower-case title over such a byline for the headline: %s", (_name, headline, name, dateLine, story) => {
    const page = [...menu, headline, name, dateLine, "", ...story, ...footer];
    const article = fromText(Buffer.from(page.join("\n")), { source: "layout.txt" });
    expect(article.headline).toBe(headline);
    expect(article.authors?.map((a) => a.name)).toEqual([name]);
    expect(article.datePublished).toBe("2025-03-10");
  });

  it("reads no author out of a section's name over such a date", () => {
    const page = [...menu, "El transbordador vuelve a navegar", "", "Última hora", "Valencia | 10/03/2025 - 23:02 h", "", ...es, ...footer];
    const article = fromText(Buffer.from(page.join("\n")), { source: "layout.txt" });
    expect(article.authors ?? []).toEqual([]);
  });
});

describe("a ticker's news flash over the header", () => {
  const it_ = [
    "Il traghetto dell'isola è tornato in servizio lunedì dopo tre mesi di riparazioni nel cantiere sulla terraferma, e la prima traversata è partita piena.",
    "",
    "Gli abitanti dipendevano da una barca noleggiata che partiva due volte alla settimana, e i negozianti dicono che le vendite sono calate di un terzo.",
  ];
  it.each([
    [
      "en, a title with two sentences",
      "Hot right now: Singer announces surprise tour",
      "Music",
      "They're back! Island band plays again",
      "By Ada Lee",
      "March 4, 2025",
      en,
    ],
    [
      "de",
      "Eilmeldung: Bahnstreik ab Montag angekündigt",
      "Lokales",
      "Die Fähre ist zurück! Die Insel feiert",
      "Von Eva Berg",
      "4. März 2025",
      de,
    ],
    [
      "es",
      "Última hora: Cortes de tráfico en el centro",
      "Islas",
      "¡Vuelve el transbordador! La isla lo celebra",
      "Por Ana Ruiz",
      "4 de marzo de 2025",
      es,
    ],
    [
      "fr",
      "À la une : Le pont de l'estuaire fermé pour travaux",
      "Région",
      "Le bac est de retour ! L'île fait la fête",
      "Par Léa Roy",
      "4 mars 2025",
      fr,
    ],
    [
      "it",
      "Ultim'ora: Sciopero dei treni venerdì",
      "Cronaca",
      "Il traghetto torna in servizio dopo tre mesi.",
      "di Luca Bianchi",
      "4 marzo 2025",
      it_,
    ],
  ])("gives the story's title, not the flash: %s", (_name, flash, kicker, headline, byline, date, story) => {
    const page = [...menu, flash, ...(kicker === undefined ? [] : [kicker]), headline, byline, date, "", ...story, ...footer];
    const article = fromText(Buffer.from(page.join("\n")), { source: "layout.txt" });
    expect(article.headline).toBe(headline);
    expect(article.body[0]).toEqual({ type: "paragraph", text: story[0] });
  });

  it.each([
    ["a headline keeping the label over its own byline", "Breaking: Harbour wall collapses in the storm"],
    ["a label the flash list leaves out", "Trending topics: what islanders searched for"],
    ["a label's word without its colon", "Latest ferry timetable brings back the late boat"],
  ])("keeps the title over its byline: %s", (_name, headline) => {
    // A kicker of four words, neither short nor of a headline's length, set apart: it outscores a title weighed down.
    const page = [...menu, "Harbour and coast news", "", headline, "By Ada Lee", "March 4, 2025", "", ...en, ...footer];
    const article = fromText(Buffer.from(page.join("\n")), { source: "layout.txt" });
    expect(article.headline).toBe(headline);
  });

  it("keeps a flash's label on the story's own title over its deck", () => {
    const headline = "Breaking: Ferry strike called off after late-night talks";
    const deck = "Unions and operator agree a deal hours before the walkout";
    const page = [...menu, headline, deck, "By Ada Lee", "March 4, 2025", "", ...en, ...footer];
    const article = fromText(Buffer.from(page.join("\n")), { source: "layout.txt" });
    expect(article.headline).toBe(headline);
    expect(article.description).toBe(deck);
  });

  it("signs a flash's title with the name over the date under it", () => {
    const headline = "Just in: Council votes to rebuild the harbour wall";
    const page = [...menu, headline, "Ada Lee", "March 4, 2025", "", ...en, ...footer];
    const article = fromText(Buffer.from(page.join("\n")), { source: "layout.txt" });
    expect(article.headline).toBe(headline);
    expect(article.authors?.map((a) => a.name)).toEqual(["Ada Lee"]);
  });
});

describe("a box of teasers packed right over a header whose byline has no 'By'", () => {
  const box = [
    "Most read",
    "Harbour master steps down after twenty years",
    "Storm closes the coast road for a day",
    "Fishing fleet reports its best season",
  ];
  it.each([
    [
      "en, a name over a job title",
      "Politics",
      "Council votes to rebuild the harbour wall",
      ["Ada Lee", "Local democracy reporter", "March 4, 2025"],
      "Ada Lee",
      en,
    ],
    ["en, a name over the date", "Politics", "Council votes to rebuild the harbour wall", ["Ada Lee", "March 4, 2025"], "Ada Lee", en],
    [
      "de, a name over the date",
      "Politik",
      "Gemeinderat beschließt den Neubau der Hafenmauer",
      ["Eva Berg", "4. März 2025"],
      "Eva Berg",
      de,
    ],
    [
      "es, a name over the date",
      "Política",
      "El ayuntamiento aprueba reconstruir el muro del puerto",
      ["Ana Ruiz", "4 de marzo de 2025"],
      "Ana Ruiz",
      es,
    ],
  ])("gives the story's title and byline: %s", (_name, kicker, headline, byline, author, story) => {
    const page = [...menu, ...box, kicker, headline, ...byline, "", ...story, ...footer];
    const article = fromText(Buffer.from(page.join("\n")), { source: "layout.txt" });
    expect(article.headline).toBe(headline);
    expect(article.authors?.map((a) => a.name)).toEqual([author]);
    expect(article.datePublished).toBe("2025-03-04");
  });

  it("still reads a box of teasers each signed by a name over a job title as teasers", () => {
    const signed = [
      "Most read",
      "Why the ferry matters more than the bridge",
      "Ada Lee",
      "Columnist",
      "Why the harbour needs a new wall",
      "Tom Reed",
      "Political editor",
    ];
    const page = [...menu, ...signed, "", ...en, ...footer];
    const article = fromText(Buffer.from(page.join("\n")), { source: "layout.txt" });
    expect(signed).not.toContain(article.headline);
    expect(article.authors ?? []).toEqual([]);
  });

  it.each([
    ["a place over the date (a dateline)", "New York"],
    ["a section's name in title case over the date", "Harbour and Coast"],
  ])("still reads the box's titles as teasers, none the headline, over %s", (_name, overDate) => {
    const page = [...menu, ...box, overDate, "March 4, 2025", "", ...en, ...footer];
    const article = fromText(Buffer.from(page.join("\n")), { source: "layout.txt" });
    expect(box).not.toContain(article.headline);
  });
});

describe("a headline set on two lines, its first half ending in a colon", () => {
  it.each([
    [
      "en, the second half in lower case, a deck under it",
      ["The island's ferry:", "why three months of repairs took so long"],
      "The yard found more corrosion than it expected below the waterline",
      "By Ada Lee",
      "March 4, 2025",
      en,
    ],
    ["es, no deck", ["El transbordador de la isla:", "tres meses de reparaciones"], undefined, "Por Ana Ruiz", "4 de marzo de 2025", es],
  ])("reads the title whole: %s", (_name, title, deck, byline, date, story) => {
    const page = [...menu, ...title, ...(deck === undefined ? [] : [deck]), byline, date, "", ...story, ...footer];
    const article = fromText(Buffer.from(page.join("\n")), { source: "layout.txt" });
    expect(article.headline).toBe(title.join(" "));
    expect(article.datePublished).toBe("2025-03-04");
    expect(article.body[0]).toEqual({ type: "paragraph", text: story[0] });
  });

  it.each([
    ["a kicker of two words", ["Live updates:", "Island ferry returns to service after repairs"]],
    ["a label set apart by a blank line", ["From our island correspondent:", "", "Island ferry returns to service after repairs"]],
    ["a box's heading", ["More on this story:", "Island ferry returns to service after repairs"]],
    ["a label in capitals", ["THE FERRY FILES:", "Island ferry returns to service after repairs"]],
    ["a series' kicker of three words", ["The Weekend Essay:", "Island ferry returns to service after repairs"]],
    ["a section's label of three words", ["From the archive:", "Island ferry returns to service after repairs"]],
  ])("keeps the title alone under %s", (_name, lines) => {
    const page = [...menu, ...lines, "By Ada Lee", "March 4, 2025", "", ...en, ...footer];
    const article = fromText(Buffer.from(page.join("\n")), { source: "layout.txt" });
    expect(article.headline).toBe("Island ferry returns to service after repairs");
  });

  it.each([
    ["de", ["Ein Kommentar von Eva Berg:", "Die Fähre ist zurück"], "4. März 2025", de],
    ["fr", ["La chronique de Léa Roy :", "Le bac est de retour sur l'île"], "4 mars 2025", fr],
    ["es", ["La columna del domingo:", "El transbordador vuelve a navegar"], "4 de marzo de 2025", es],
  ])("keeps the title alone under a kicker ending in a colon: %s", (_name, lines, date, story) => {
    const page = [...menu, ...lines, date, "", ...story, ...footer];
    const article = fromText(Buffer.from(page.join("\n")), { source: "layout.txt" });
    expect(article.headline).toBe(lines[1]);
  });
});

// A byline block printed over the header: the author's name alone over the date, over a kicker and the title or over
// the title itself. The name signs the story, unless a title stands over the block (a teaser's byline) or a credit cut
// before the name says it is a provider's or a photographer's.
describe("an author's name over the date over a kicker and the title", () => {
  const read = (lines: string[]) => fromText(Buffer.from(lines.join("\n")), { source: "layout.txt" });
  const title = {
    en: "Island ferry returns to service after three months of repairs",
    de: "Die Inselfähre fährt nach drei Monaten in der Werft wieder",
    fr: "Le bac de l'île reprend la mer après trois mois de travaux",
    es: "El transbordador de la isla vuelve a navegar tras tres meses",
  };

  it.each([
    ["en, a kicker between the date and the title", "Margaret Holloway", "March 4, 2025", ["Explainer", title.en], en],
    ["en, the title right under the date", "Margaret Holloway", "March 4, 2025", [title.en], en],
    ["de", "Jonas Weber", "4. März 2025", ["Analyse", title.de], de],
    ["fr", "Claire Martin", "4 mars 2025", ["Décryptage", title.fr], fr],
    ["es", "Ana García Ruiz", "4 de marzo de 2025", ["Análisis", title.es], es],
  ])("names the author and the date: %s", (_name, name, date, head, story) => {
    const article = read([...menu, name, date, ...head, "", ...story, ...footer]);
    expect(article.headline).toBe(head.at(-1));
    expect(article.authors?.map((author) => author.name)).toEqual([name]);
    expect(article.datePublished).toBe("2025-03-04");
  });

  // Packed under the header's furniture, with no blank line parting them, the block still heads the header. The date
  // under the title too, as in the pages below, so that only the block can give the author.
  it.each([
    ["the menu's last label", [...menu.slice(0, -1), "Margaret Holloway", "March 3, 2025"]],
    ["a section's name of two words", [...menu, "Climate Change", "Margaret Holloway", "March 3, 2025"]],
    ["a label in capitals", [...menu, "ISLAND NEWS", "Margaret Holloway", "March 3, 2025"]],
    ["a byline's label packed under the menu", [...menu.slice(0, -1), "Written by", "Margaret Holloway", "March 3, 2025"]],
    ["a byline's label", [...menu, "Written by", "Margaret Holloway", "March 3, 2025"]],
    ["a sponsored story's badge in Spanish", [...menu, "Contenido patrocinado", "Margaret Holloway", "March 3, 2025"]],
    ["a sponsored story's badge in French", [...menu, "Contenu sponsorisé", "Margaret Holloway", "March 3, 2025"]],
  ])("names the author of a block packed under %s", (_name, block) => {
    const article = read([...block, "Explainer", title.en, "March 4, 2025", "", ...en, ...footer]);
    expect(article.headline).toBe(title.en);
    expect(article.authors?.map((author) => author.name)).toEqual(["Margaret Holloway"]);
    expect(article.datePublished).toBe("2025-03-04");
  });

  // A byline's label alone over the block ends as a credit cut before the name does ("Photographs by"), but is the writer's.
  it.each([
    ["en, written by", "Written by", "Margaret Holloway", "March 4, 2025", title.en, en],
    ["en, posted by", "Posted by", "Margaret Holloway", "March 4, 2025", title.en, en],
    ["de", "Geschrieben von", "Jonas Weber", "4. März 2025", title.de, de],
    ["fr", "Écrit par", "Claire Martin", "4 mars 2025", title.fr, fr],
    ["es", "Escrito por", "Ana García Ruiz", "4 de marzo de 2025", title.es, es],
  ])("names the author under a byline's label alone: %s", (_name, label, name, date, head, story) => {
    const article = read([...menu, label, name, date, "", head, "", ...story, ...footer]);
    expect(article.headline).toBe(head);
    expect(article.authors?.map((author) => author.name)).toEqual([name]);
    expect(article.datePublished).toBe("2025-03-04");
  });

  // The header's own date under the title, so that only the name over the block could give an author.
  it.each([
    ["a teaser's title over its byline", ["Harbour café wins the county's prize for its fish soup", "Sam Ray", "March 3, 2025", ""]],
    [
      "a previous story's link with its byline",
      ["Previous story", "Harbour café wins the county's prize for its fish soup", "Sam Ray", "March 3, 2025", ""],
    ],
    ["a quoted person under the quote", ["“We will sail again before the summer, whatever the yard says.”", "Sam Ray", "March 3, 2025"]],
    ["a provider's credit cut before the name", ["News provided by", "Harbour Holdings Group", "March 3, 2025", ""]],
    ["a photographer's credit cut before the name", ["Photographs by", "Sam Ray", "March 3, 2025", ""]],
    ["a German photographer's credit", ["Fotos von", "Sam Ray", "3. März 2025", ""]],
    ["a French photographer's credit", ["Photos prises par", "Sam Ray", "3 mars 2025", ""]],
    ["a Spanish illustrator's credit", ["Ilustraciones por", "Sam Ray", "3 de marzo de 2025", ""]],
    ["a box's label over a teaser's byline", ["Most read", "Sam Ray", "March 3, 2025", ""]],
    ["a related box's label", ["Related", "Sam Ray", "March 3, 2025", ""]],
    ["a German related box's label", ["Lesen Sie auch", "Sam Ray", "3. März 2025", ""]],
    ["a teaser's short title packed over its byline", ["Café wins prize", "Sam Ray", "March 3, 2025", ""]],
    ["a French teaser's short title", ["Le café primé", "Paul Girard", "3 mars 2025", ""]],
    ["a short quote over the quoted person", ["«Volveremos a navegar»", "Pablo Ortega", "3 de marzo de 2025", ""]],
    ["an author box's label", ["About the author", "Sam Ray", "March 3, 2025", ""]],
    ["an author box's label in title case", ["About The Author", "Sam Ray", "March 3, 2025", ""]],
    ["a German author box's label", ["Über den Autor", "Sam Ray", "3. März 2025", ""]],
    ["a French author box's label", ["À Propos De L'Auteur", "Sam Ray", "3 mars 2025", ""]],
    [
      "a byline's label over a teaser's byline under its title",
      ["Ferry timetable changes for the summer", "Written by", "Sam Ray", "March 3, 2025", ""],
    ],
    ["a byline's label over a related box's byline", ["Related", "Posted by", "Sam Ray", "March 3, 2025", ""]],
    ["a Spanish byline's label under a box's label", ["Most read", "", "Escrito por", "Sam Ray", "3 de marzo de 2025", ""]],
  ])("names no author for %s", (_name, over) => {
    const article = read([...menu, ...over, "Explainer", title.en, "March 4, 2025", "", ...en, ...footer]);
    expect(article.headline).toBe(title.en);
    expect(article.datePublished).toBe("2025-03-04");
    expect(article.authors ?? []).toEqual([]);
  });
});

// Under a byline block heading the header, the title packed over its deck can open what reads as the body: a question
// ends as a sentence does. The title is the headline, its deck the standfirst.
describe("a question title packed over its deck under the byline block", () => {
  const read = (lines: string[]) => fromText(Buffer.from(lines.join("\n")), { source: "layout.txt" });
  const question = "Why did the island ferry take three months to mend?";
  const deck = "Engineers found more rust below the waterline than anyone expected.";
  const ledeQuestion = "So why did the island ferry take three whole months to mend, when the yard promised six weeks?";

  it.each([
    ["en, a byline over the date", ["By Ada Lee", "March 4, 2025"], question, deck, en],
    ["en, a name alone over the date", ["Ada Lee", "March 4, 2025"], question, deck, en],
    ["en, a kicker over the byline", ["Analysis", "By Ada Lee", "March 4, 2025"], question, deck, en],
    [
      "de",
      ["Von Jonas Weber", "4. März 2025"],
      "Warum war die Inselfähre drei Monate in der Werft?",
      "Unter der Wasserlinie fanden die Ingenieure mehr Rost als erwartet.",
      de,
    ],
    [
      "fr",
      ["Par Claire Martin", "4 mars 2025"],
      "Faut-il encore lire le tableau des marées ?",
      "Les pêcheurs le consultent chaque matin avant de sortir en mer.",
      fr,
    ],
    [
      "es",
      ["Por Ana Ruiz", "4 de marzo de 2025"],
      "¿Por qué tardó tres meses la reparación del transbordador?",
      "Los ingenieros encontraron más óxido del esperado bajo la línea de flotación.",
      es,
    ],
  ])("takes the title for the headline and the deck for the standfirst: %s", (_name, byline, title, standfirst, story) => {
    const article = read([...menu, ...byline, title, standfirst, "", ...story, ...footer]);
    expect(article.headline).toBe(title);
    expect(article.description).toBe(standfirst);
    expect(article.datePublished).toBe("2025-03-04");
    expect(article.body[0]).toEqual({ type: "paragraph", text: story[0] });
  });

  it("takes the title under a byline without a date", () => {
    const article = read([...menu, "By Ada Lee", question, deck, "", ...en, ...footer]);
    expect(article.headline).toBe(question);
    expect(article.description).toBe(deck);
    expect(article.authors?.map((author) => author.name)).toEqual(["Ada Lee"]);
  });

  it.each([
    [
      "a title over the byline block, which signs it",
      ["Island ferry returns after three months of repairs", "By Ada Lee", "March 4, 2025", question, deck, ""],
    ],
    [
      "a third line packed under the pair",
      ["By Ada Lee", "March 4, 2025", question, deck, "And the yard says it will happen again next winter.", ""],
    ],
    ["a kicker with no byline or date", ["Analysis", question, deck, ""]],
    ["a byline block over a lede question set apart", ["By Ada Lee", "March 4, 2025", ledeQuestion, "", deck, ""]],
  ])("leaves the question in the body under %s", (_name, header) => {
    const article = read([...menu, ...header, ...en, ...footer]);
    const first = header.includes(ledeQuestion) ? ledeQuestion : question;
    expect(article.headline).not.toBe(first);
    expect(article.body.some((block) => block.type === "paragraph" && block.text === first)).toBe(true);
  });
});

// A byline block over the header can print the author's job title under the name: the block runs on over it, so the
// byline over the title still signs the story.
describe("a byline with its job title over a kicker and the title", () => {
  const read = (lines: string[]) => fromText(Buffer.from(lines.join("\n")), { source: "layout.txt" });

  it.each([
    [
      "fr",
      ["Par Léa Roy", "Journaliste", "4 mars 2025", "Décryptage", "Le bac de l'île reprend la mer après trois mois de travaux"],
      "Léa Roy",
      fr,
    ],
    [
      "de",
      ["Von Jonas Weber", "Redakteur", "4. März 2025", "Analyse", "Die Inselfähre fährt nach drei Monaten in der Werft wieder"],
      "Jonas Weber",
      de,
    ],
    [
      "es",
      ["Por Ana Ruiz", "Periodista", "4 de marzo de 2025", "Análisis", "El transbordador de la isla vuelve a navegar tras tres meses"],
      "Ana Ruiz",
      es,
    ],
  ])("names the author: %s", (_name, header, author, story) => {
    const article = read([...menu, ...header, "", ...story, ...footer]);
    expect(article.headline).toBe(header.at(-1));
    expect(article.authors?.map((known) => known.name)).toEqual([author]);
    expect(article.datePublished).toBe("2025-03-04");
  });

  it.each([["Chief Economist"], ["Senior Economist"]])(
    "names the byline's author, not the job title %s set as a name over the date",
    (job) => {
      const title = "Island ferry returns to service after three months of repairs";
      const article = read([...menu, "By Ada Lee", job, "March 4, 2025", "Analysis", title, "", ...en, ...footer]);
      expect(article.headline).toBe(title);
      expect(article.authors?.map((known) => known.name)).toEqual(["Ada Lee"]);
    },
  );

  it("names no author for a teaser's byline with its job title over the header", () => {
    const title = "Island ferry returns to service after three months of repairs";
    const teaser = ["Harbour café wins the county's prize for its fish soup", "Von Sam Ray", "Redakteur", "3. März 2025", ""];
    const article = read([...menu, ...teaser, "Explainer", title, "March 4, 2025", "", ...en, ...footer]);
    expect(article.headline).toBe(title);
    expect(article.authors ?? []).toEqual([]);
  });
});

describe("an organisation's own news page, its name over the menu and in the lead", () => {
  const read = (lines: string[]) => fromText(Buffer.from(lines.join("\n")), { source: "layout.txt" });
  const lead = (name: string, rest: string, story = en) => [`${name} ${rest}`, "", ...story.slice(2)];

  it.each([
    [
      "en, a university",
      "Harbourton University",
      [
        "Study",
        "Research",
        "News",
        "",
        "Home / News / Science",
        "",
        "Divers map a sunken ferry off the island's south coast",
        "12 May 2025",
      ],
      "has mapped the wreck of a ferry that sank off the island in 1921, divers from its marine school said on Monday.",
    ],
    [
      "fr, a town council",
      "Mairie de Port-Clair",
      [
        "Démarches",
        "Services",
        "Tourisme",
        "",
        "Accueil > Actualités",
        "",
        "Le bac de l'île reprend la mer après trois mois de travaux",
        "Publié le 12 mai 2025",
      ],
      "annonce que le bac de l'île reprend la mer lundi, après trois mois de travaux au chantier naval du continent.",
      fr,
    ],
    [
      "de, a public utility",
      "Stadtwerke Hafenau",
      [
        "Privatkunden",
        "Unternehmen",
        "Presse",
        "",
        "Die Inselfähre fährt nach drei Monaten in der Werft wieder",
        "Veröffentlicht am 12. Mai 2025",
      ],
      "haben am Montag mitgeteilt, dass die Inselfähre nach drei Monaten in der Werft auf dem Festland wieder in Dienst gegangen ist.",
      de,
    ],
  ])("takes the dated title, not the name the lead repeats: %s", (_name, site, header, rest, story = en) => {
    const article = read([site, ...header, "", ...lead(site, rest, story), ...footer]);
    expect(article.headline).toBe(header.at(-2));
  });

  it.each([
    [
      "only an infobox's row holds a date",
      [
        "From Harbourpedia, the free encyclopedia",
        "Skip to navigation",
        "See also: Island ferry company and Harbour board",
        "Harbour ferries",
        "",
        "Operator\tIsland ferry company",
        "Founded\tMarch 4, 1998; 27 years ago",
        "Routes\tHarbourton to the island",
        "",
      ],
    ],
    ["no dated title stands over the body", ["From Harbourpedia, the free encyclopedia", "", "Jump to navigation", ""]],
  ])("still takes the first line the lead names where %s", (_name, top) => {
    const article = read([
      "Harbour ferries",
      ...top,
      ...lead("Harbour ferries", "are the boats that carry people and cars between the island and the mainland every day."),
      ...footer,
    ]);
    expect(article.headline).toBe("Harbour ferries");
  });
});

describe("a reference page's title closing the breadcrumb trail under it, over a dated teaser", () => {
  const read = (lines: string[]) => fromText(Buffer.from(lines.join("\n")), { source: "layout.txt" });
  const teaser = "New: the lighthouse survey adds three charts";
  /** A manual's page: its title, a breadcrumb trail, a dated teaser, then the lead that names the title. */
  const manual = (trail: string) => [
    "Charting the Sound",
    trail,
    "",
    teaser,
    "Posted on 9 June 2025",
    "",
    "Charting the Sound begins with the soundings taken at low water, set against the harbour's datum and the old survey.",
    "",
    ...en.slice(2),
    ...footer,
  ];

  it.each([
    ["en, a manual", manual("Manual / Chapters / Charting the Sound")],
    [
      "fr, a guide",
      [
        "Horaires du bac",
        "Accueil > Guides > Horaires du bac",
        "",
        "À la une : le bac de nuit reprend en juillet",
        "Publié le 9 juin 2025",
        "",
        "Horaires du bac donne pour chaque jour de la semaine les départs de l'île et du continent, avec les traversées de nuit.",
        "",
        ...fr.slice(2),
        ...footer,
      ],
    ],
  ])("keeps the first line as the title: %s", (_name, page) => {
    expect(read(page).headline).toBe(page[0]);
  });

  it("takes the dated title where the trail under the first line closes with another page's name", () => {
    expect(read(manual("Manual / Chapters / Tides")).headline).toBe(teaser);
  });
});

describe("a print view's source address between the title and the byline", () => {
  const read = (lines: string[]) => fromText(Buffer.from(lines.join("\n")), { source: "layout.txt" });

  it.each([
    [
      "en",
      [
        "Island ferry returns to service after three months",
        "Printed from Island Gazette",
        "https://www.islandgazette.example/news/island-ferry-returns-to-service",
        "Published: 4 March 2025",
        "By Ada Lee",
      ],
      en,
    ],
    [
      "de, without its scheme",
      [
        "Inselfähre fährt nach drei Monaten wieder",
        "Gedruckt von Inselbote",
        "www.inselbote.example/region/inselfaehre-faehrt-wieder",
        "04.03.2025",
        "Von Anna Keller",
      ],
      de,
    ],
    [
      "es, the address alone over the date",
      ["El transbordador vuelve a navegar", "https://diariodelaisla.example/local/transbordador-vuelve", "4 de marzo de 2025"],
      es,
    ],
  ])("takes the title over the address: %s", (_name, header, story) => {
    const article = read([...header, "", ...story, ...footer]);
    expect(article.headline).toBe(header[0]);
  });

  it("takes a title that names a web address among its words", () => {
    const header = ["Why islandferry.example went dark for a day", "By Ada Lee", "4 March 2025"];
    const article = read([...menu, ...header, "", ...en, ...footer]);
    expect(article.headline).toBe(header[0]);
  });

  it.each([
    ["thin spaces (U+2009)", "\u2009"],
    ["en spaces (U+2002)", "\u2002"],
  ])("takes a title whose words are parted by %s, not the ASCII space", (_name, space) => {
    const title = ["Island", "ferry", "returns:", "what", "the", "timetable", "means"].join(space);
    const article = read(underMenu(title, "By Ada Lee", "4 March 2025"));
    expect(article.headline).toBe(title);
  });

  it("takes a two-word title over its byline", () => {
    const header = [
      "Printed from Island Gazette",
      "https://islandgazette.example/news/ferry-returns",
      "Ferry returns",
      "By Ada Lee",
      "4 March 2025",
    ];
    const article = read([...header, "", ...en, ...footer]);
    expect(article.headline).toBe("Ferry returns");
  });
});

describe("an Italian consent notice over the header, its sentences on lines of their own", () => {
  const read = (lines: string[]) => fromText(Buffer.from(lines.join("\n")), { source: "layout.txt" });
  const header = libraryItHeader;

  it("drops the notice whose long line speaks for the site ('questo sito')", () => {
    const notice = [
      "Questo sito utilizza cookie tecnici e, con il tuo consenso, cookie di profilazione propri e di terze parti per mostrarti pubblicità in linea con le tue preferenze.",
      "Chiudendo questo avviso o scorrendo la pagina acconsenti all'uso dei cookie.",
      "Per saperne di più o negare il consenso consulta la cookie policy.",
    ];
    const article = read([...notice, "Accetta", "Rifiuta", "", ...header, ...libraryIt]);
    expect(article.headline).toBe("La biblioteca riapre dopo due anni di lavori");
    expect(article.body[0]).toMatchObject({ type: "paragraph", text: libraryIt[0] });
  });

  it.each([
    ["a short line on cookies", "Il Garante ha multato il comune per l'uso dei cookie sul sito della biblioteca, senza un avviso chiaro."],
    [
      "a long line on cookies, no site speaking",
      "Secondo il Garante, il sito della biblioteca usava cookie di profilazione e cookie di terze parti senza un avviso chiaro, e il comune dovrà pagare una multa di diecimila euro entro l'estate.",
    ],
    [
      "a site the story reports on ('questo sito utilizzava')",
      "Il Garante ha stabilito che questo sito utilizzava cookie di profilazione e cookie di terze parti senza il consenso degli utenti, e il comune dovrà pagare una multa di diecimila euro entro l'estate.",
    ],
    [
      "a spokesman's quote ('utilizziamo i cookie')",
      "«Utilizziamo i cookie soltanto per contare le visite e non vendiamo i dati a nessuno», ha detto il portavoce del comune, rispondendo al Garante, secondo cui i cookie di profilazione restavano attivi senza consenso.",
    ],
    [
      "a baker's first person ('utilizziamo' about the biscuits)",
      "Nel nostro laboratorio utilizziamo da anni farine macinate a pietra: i cookie della biblioteca sono nati da un esperimento con il farro, e la ricetta dei cookie al cioccolato è la più richiesta dai lettori.",
    ],
  ])("keeps a story's paragraph: %s", (_name, lead) => {
    const article = read([...header, lead, "", ...libraryIt]);
    expect(article.body[0]).toMatchObject({ type: "paragraph", text: lead });
  });

  it("drops the consent framework's notice ('Noi e terze parti selezionate utilizziamo cookie')", () => {
    const notice = [
      "Noi e terze parti selezionate utilizziamo cookie o tecnologie simili per finalità tecniche e, con il tuo consenso, anche per altre finalità come specificato nella cookie policy.",
      "Chiudendo questo avviso o scorrendo la pagina acconsenti all'uso dei cookie.",
      "Per saperne di più o negare il consenso consulta la cookie policy.",
      "Accetta",
      "Rifiuta",
      "",
    ];
    const article = read([...notice, ...header, ...libraryIt]);
    expect(article.headline).toBe("La biblioteca riapre dopo due anni di lavori");
    expect(article.body[0]).toMatchObject({ type: "paragraph", text: libraryIt[0] });
  });
});

describe("a view count, a category or a text-size line alone in the header", () => {
  it.each([
    ["en views after the count", "3.2k views"],
    ["en views labelled", "Views: 1,280"],
    ["en text size", "Font size: A A A"],
    ["en category", "Category: Travel"],
    ["de category", "Kategorie: Reisen"],
    ["ru views", "Просмотров: 1 280"],
    ["two fields on a line", "Views: 1,280 | Category: Travel"],
  ])("keeps it out of the body, packed over the story or set apart: %s", (_name, field) => {
    for (const page of [
      [...menu, "Island ferry returns after repairs", "By Ada Lee", "March 4, 2025", field, ...en, ...footer],
      underMenu("Island ferry returns after repairs", "By Ada Lee", "March 4, 2025", field),
    ]) {
      const article = fromText(Buffer.from(page.join("\n")), { source: "layout.txt" });
      expect(article.headline).toBe("Island ferry returns after repairs");
      expect(article.authors?.map((a) => a.name)).toEqual(["Ada Lee"]);
      expect(article.body[0]).toEqual({ type: "paragraph", text: en[0] });
    }
  });

  it.each([
    ["zh views", "阅读 3.2万"],
    ["zh views labelled", "浏览次数：1280"],
    ["zh-Hant category", "分類：旅行"],
    ["ko views", "조회수 1,234"],
    ["zh text size", "字号：大 中 小"],
  ])("keeps it out of a Chinese page's body: %s", (_name, field) => {
    const page = ["海岛日报", "首页 新闻 体育", "", "岛上渡轮维修后恢复航行", "2025年3月4日 10:05", field, ...ZH_FERRY_STORY];
    const article = fromText(Buffer.from(page.join("\n")), { source: "layout.txt" });
    expect(article.headline).toBe("岛上渡轮维修后恢复航行");
    expect(article.body[0]).toEqual({ type: "paragraph", text: ZH_FERRY_STORY[0] });
  });

  it.each([
    ["a part's number", "Day 1"],
    ["a chapter", "Chapter 3"],
    ["a sentence that mentions views", "The harbour webcam drew 3.2k views on the morning the ferry came back."],
    // A spaced script's count label needs its colon, a figure before a word counts views only, a size control's buttons
    // are letters, and "Section" is a story's part.
    ["a singular view's number", "View 1"],
    ["a count of hits", "40 hits"],
    ["a size control's label alone", "Font size"],
    ["a size", "Text size: 12 pt"],
    ["a section", "Section: Definitions"],
  ])("still ends the header at a line that is no field: %s", (_name, line) => {
    const page = [...menu, "Island ferry returns after repairs", "By Ada Lee", "March 4, 2025", line, ...en, ...footer];
    const article = fromText(Buffer.from(page.join("\n")), { source: "layout.txt" });
    expect(article.body[0]).toEqual(expect.objectContaining({ text: line }));
  });

  it("keeps a listicle's first entry, whose label heads the next entries too", () => {
    const entry = (label: string, text: string) => [`Category: ${label}`, text, ""];
    const page = [
      ...menu,
      "The best kayaks for harbour paddling this summer",
      "By Ada Lee",
      "March 4, 2025",
      ...entry("Best overall", "The Tern 12 tracks straight in a crosswind and stows in a small shed, which won it our vote this year."),
      ...entry("Best value", "The Puffin 10 costs half as much and gives up only a little speed on the long crossing to the point."),
      ...entry("Best for two", "The Gannet tandem seats two adults and a child, and its rudder folds away for launching off the slip."),
      ...footer,
    ];
    const article = fromText(Buffer.from(page.join("\n")), { source: "layout.txt" });
    expect(article.body[0]).toEqual(expect.objectContaining({ text: "Category: Best overall" }));
  });

  it("keeps a table of figures whose first row is a view count", () => {
    const table = ["Views\t1,280", "Visitors\t940", "Return visits\t31%"];
    const page = [...menu, "How the harbour webcam did in its first year", "By Ada Lee", "March 4, 2025", ...table, ...en, ...footer];
    const article = fromText(Buffer.from(page.join("\n")), { source: "layout.txt" });
    const first = article.body[0];
    expect(first && "text" in first ? first.text : "").toMatch(/^Views\s1,280$/);
  });
});

describe("host names, graphic credits, issuers, essay byline blocks, German short titles", () => {
  const nl = [
    "De enige veerboot van het eiland is maandag na drie maanden reparatie op de werf aan de overkant weer in dienst gekomen, en de eerste overtocht zat vol.",
    "",
    "Bewoners waren aangewezen op een gehuurde boot die twee keer per week voer, en winkeliers zeggen dat de omzet met een derde is gedaald.",
    "",
    "De gemeente zegt dat de dagelijkse dienstregeling volgende maand terugkeert, met een extra avondafvaart op vrijdag.",
  ];
  const read = (lines: readonly string[]) => fromText(Buffer.from(lines.join("\n")), { source: "layout.txt" });

  // A reader view or a print copy sets the site's host name on the title's line.
  it.each([
    [
      "host and an en dash",
      "www.islandgazette.org – Island ferry returns after repairs",
      "Island ferry returns after repairs",
      en,
      "By Ada Lee",
    ],
    ["host and a bar", "islandgazette.co.uk | Island ferry returns after repairs", "Island ferry returns after repairs", en, "By Ada Lee"],
    [
      "host after the title",
      "Island ferry returns after repairs – islandgazette.com",
      "Island ferry returns after repairs",
      en,
      "By Ada Lee",
    ],
    ["German host", "www.inselbote.de – Fähre wieder im Dienst", "Fähre wieder im Dienst", de, "Von Eva Berg"],
    ["French host", "www.courrier-ile.fr - Le bac reprend du service", "Le bac reprend du service", fr, "Par Claire Morel"],
  ])("leaves the host out of the headline: %s", (_name, line, title, story, byline) => {
    const article = read([line, "", byline, "March 4, 2025", "", ...story]);
    expect(article.headline).toBe(title);
  });

  it.each([
    "Booking.com – how a travel site filled the island's hotels",
    "Node.js – what the new release means for harbour apps",
    "St. Ives – a harbour town in the middle of winter",
    "U.S. – island ferry talks resume in the spring",
  ])("keeps a title opening with a brand, a place or initials before a dash: %s", (title) => {
    const article = read([...menu, title, "By Ada Lee", "March 4, 2025", "", ...en, ...footer]);
    expect(article.headline).toBe(title);
  });

  // A graphic's credit set just over the title is no headline.
  it.each([
    ["German, with an agency", "Grafik: Jonas Weber / dpa", "Fähre fährt wieder", de, "Von Eva Berg"],
    ["French", "Infographie : Claire Morel", "Le bac reprend du service", fr, "Par Paul Girard"],
    ["Spanish, with an agency", "Infografía: Lucía Ramos / EFE", "Vuelve el ferry", es, "Por Tomás Gil"],
    ["English, two names", "Graphics: Ada Lee and Tom Hale", "Ferry back", en, "By Sam Ray"],
  ])("passes over a graphic's credit over the title: %s", (_name, credit, title, story, byline) => {
    const article = read(["Home", "News", "", credit, title, byline, "March 4, 2025", "", ...story]);
    expect(article.headline).toBe(title);
  });

  it.each([
    "Infographic: How The Island Ferry Timetable Works",
    "Grafik: So fährt die Fähre ab April",
    "Graphic: the island ferry timetable in numbers",
  ])("keeps a title opening with a graphic's word: %s", (title) => {
    const article = read([...menu, title, "By Ada Lee", "March 4, 2025", "", ...en, ...footer]);
    expect(article.headline).toBe(title);
  });

  // A government page names the body that issued it under the title.
  it.each([
    ["English, label alone", ["From:", "Department for Island Transport", "Published 4 March 2025"], "Department for Island Transport", en],
    ["English, one line", ["From: Department for Island Transport", "Published 4 March 2025"], "Department for Island Transport", en],
    [
      "German",
      ["Herausgegeben von:", "Ministerium für Inselverkehr", "Veröffentlicht am 4. März 2025"],
      "Ministerium für Inselverkehr",
      de,
    ],
    ["Dutch", ["Van:", "Ministerie van Eilandvervoer", "Gepubliceerd op 4 maart 2025"], "Ministerie van Eilandvervoer", nl],
    [
      "Spanish",
      ["Publicado por:", "Consejería de Transporte Insular", "Fecha de publicación: 4 de marzo de 2025"],
      "Consejería de Transporte Insular",
      es,
    ],
    ["French", ["Publié par :", "Ministère des Transports insulaires", "Publié le 4 mars 2025"], "Ministère des Transports insulaires", fr],
  ])("reads a government page's issuer as its author, no line of its body: %s", (_name, header, body, story) => {
    const title = "Island ferry timetable for the spring";
    const article = read(["Home", "Transport", "Ferries", "", title, ...header, "", ...story]);
    expect(article.headline).toBe(title);
    expect(article.authors).toEqual([{ type: "Organization", name: body }]);
    expect(article.body[0]).toEqual({ type: "paragraph", text: story[0] });
  });

  it("keeps a German government page's short title over its issuer's name, whose small word makes no sentence case", () => {
    const title = "Neuer Fährfahrplan für Pendler";
    const article = read([
      "Startseite",
      "",
      title,
      "Herausgegeben von:",
      "Ministerium für Inselverkehr",
      "Veröffentlicht am 4. März 2025",
      "",
      ...de,
    ]);
    expect(article.headline).toBe(title);
  });

  it("leaves a person after a from label alone", () => {
    const article = read(["From: Ada Lee", "To: Tom Hale", "Subject: the island ferry", "", ...en]);
    expect(article.authors?.some((author) => author.type === "Organization")).toBeFalsy();
  });

  it("keeps a title opening with a department's name", () => {
    const title = "Department for Island Transport sets out the spring ferry timetable";
    const article = read([...menu, title, "By Ada Lee", "March 4, 2025", "", ...en, ...footer]);
    expect(article.headline).toBe(title);
    expect(article.authors?.map((author) => author.name)).toEqual(["Ada Lee"]);
  });

  // An essay platform's byline block: the name, a follow button, the reading time and a dot between the deck and the date.
  it.each([
    [
      "Spanish",
      "El último barco",
      "Por qué la salida nocturna importa más a la vida de la isla de lo que cualquier horario puede mostrar.",
      ["Lucía Ramos", "Seguir", "5 min de lectura", "·", "4 mar 2025"],
      es,
    ],
    [
      "English",
      "The Last Ferry Home",
      "Why the night crossing matters more to island life than any timetable change could ever show on paper.",
      ["Ada Lee", "Follow", "5 min read", "·", "Mar 4, 2025"],
      es,
    ],
  ])("takes the deck over an essay's byline block: %s", (_name, title, deck, block, story) => {
    const article = read(["Sign in", "", title, deck, "", ...block, "", ...story]);
    expect(article.headline).toBe(title);
    expect(article.description).toBe(deck);
    expect(article.body[0]).toEqual({ type: "paragraph", text: story[0] });
  });

  it("keeps a story's first sentence under an essay's byline block with no deck", () => {
    const article = read(["Sign in", "", "The Last Ferry Home", "", "Ada Lee", "Follow", "5 min read", "·", "Mar 4, 2025", "", ...en]);
    expect(article.headline).toBe("The Last Ferry Home");
    expect(article.description).toBeUndefined();
    expect(article.body[0]).toEqual({ type: "paragraph", text: en[0] });
  });

  // German capitalises nouns: a short title in sentence case may end in a capital, over its byline.
  it.each(["Einigung bei Fähre", "Streit um die Fähre", "Zoff um Fähre"])(
    "takes a short German title under a standfirst set above it: %s",
    (title) => {
      const standfirst =
        "Nach monatelangen Gesprächen mit den Gemeinden hat der Hafenrat einen neuen Fahrplan für die Überfahrt beschlossen.";
      const article = read(["Startseite", "Region", "", standfirst, title, "Von Eva Berg", "4. März 2025", "", ...de]);
      expect(article.headline).toBe(title);
    },
  );

  it.each([
    ["a section's label between title and byline", ["Neuer Fährfahrplan für die Pendler der Insel", "Aus der Region"]],
    ["a kicker over the title", ["Aus der Region", "Neuer Fährfahrplan für die Pendler der Insel"]],
  ])("keeps a German title over a short line with a small word: %s", (_name, header) => {
    const article = read(["Startseite", "", ...header, "Von Eva Berg", "4. März 2025", "", ...de]);
    expect(article.headline).toBe("Neuer Fährfahrplan für die Pendler der Insel");
  });

  // Review: a title about a website opens with the site's bare host before a dash or a colon.
  it.each([
    ["reddit.com – the front page turns 20", en, "By Ada Lee"],
    ["gov.uk - what the new site means for island councils", en, "By Ada Lee"],
    ["amazon.de: Kartellamt prüft Preise der Inselhändler", de, "Von Eva Berg"],
    ["leboncoin.fr : le site d'annonces fête ses 20 ans", fr, "Par Claire Morel"],
  ])("keeps a title about a website opening with its bare host: %s", (title, story, byline) => {
    const article = read([...menu, title, byline, "March 4, 2025", "", ...story, ...footer]);
    expect(article.headline).toBe(title);
  });

  // Review: a title after a graphic's label over its byline, which a credit of names alone would be taken for.
  it.each([
    ["Infographic: Island Ferry Costs Explained", en, "By Ada Lee"],
    ["Grafik: Wahlergebnis Nordfriesland", de, "Von Eva Berg"],
    ["Infografik: Fährpreise Amrum", de, "Von Eva Berg"],
    ["Graphic: Brexit", en, "By Ada Lee"],
  ])("keeps a title after a graphic's label over its byline: %s", (title, story, byline) => {
    const article = read([...menu, title, byline, "March 4, 2025", "", ...story, ...footer]);
    expect(article.headline).toBe(title);
  });

  // Review: "From:" over a name that is no public body's, or over a message's "To:" line.
  it.each([
    ["a trip's start and end", ["From: Council Bluffs", "To: Lincoln"]],
    ["an e-mail's sender", ["From: Office Manager", "To: All staff", "Subject: ferry passes"]],
    ["a wire source", ["From: Agency reports", "March 4, 2025"]],
    ["a quoted memo", ["", "From: Ministry of Island Transport", "To: Harbour board"]],
  ])("reads no issuer out of a from line: %s", (_name, header) => {
    const article = read([...menu, "Leaked memo shows the ferry cuts were planned", ...header, "", ...en, ...footer]);
    expect(article.authors?.some((author) => author.type === "Organization")).toBeFalsy();
  });

  it("keeps a quoted memo's from line in the story", () => {
    const header = ["From: Ministry of Island Transport", "To: Harbour board"];
    const article = read([...menu, "Leaked memo shows the ferry cuts were planned", "", ...header, "", ...en, ...footer]);
    expect(article.body[0]).toEqual({ type: "paragraph", text: "From: Ministry of Island Transport" });
  });

  // Review: share buttons over an events listing's dates make no byline block; a reading time among them does.
  it("keeps an events page's opening paragraph over its share buttons and dates in the body", () => {
    const intro = "The harbour festival returns with music, food stalls and boat trips for the whole family.";
    const article = read([
      "Events",
      "",
      "What's on at the harbour",
      intro,
      "Share",
      "Print",
      "Save",
      "Sat 8 March 2025",
      "Sun 9 March 2025",
      "",
      ...en,
    ]);
    expect(article.description).toBeUndefined();
    expect(article.body[0]).toEqual({ type: "paragraph", text: intro });
  });

  // Review: a teaser list's or a section's label over a bare date, a German small word between its nouns.
  it.each([
    [
      "a related box's label",
      ["Startseite", "", "Mehr zum Thema", "4. März 2025", "", "Amrums neue Fähre", "Von Eva Berg", "4. März 2025", ""],
    ],
    ["a section's label", ["Startseite", "Neues aus Amrum", "4. März 2025", "", "Amrums neue Fähre", ""]],
  ])("keeps a short German title under a label over a bare date: %s", (_name, header) => {
    const article = read([...header, ...de]);
    expect(article.headline).toBe("Amrums neue Fähre");
  });

  // Review: a breadcrumb's last section over the byline, two nouns joined by "und", with the title under the date.
  it("keeps a short German title under a section's name joined by und over the byline", () => {
    const article = read([
      "Startseite",
      "Politik",
      "Wirtschaft und Finanzen",
      "Von Eva Berg",
      "4. März 2025",
      "",
      "Amrums neue Fähre",
      "",
      ...de,
    ]);
    expect(article.headline).toBe("Amrums neue Fähre");
  });

  it("keeps a German title over a ministry's name over the date", () => {
    const article = read(["Startseite", "", "Neuer Fährfahrplan für Pendler", "Ministerium für Inselverkehr", "4. März 2025", "", ...de]);
    expect(article.headline).toBe("Neuer Fährfahrplan für Pendler");
  });
});

describe("a headline opening with a byline's word before a word in lower case", () => {
  const stories: Readonly<Record<string, readonly string[]>> = HARBOUR_EXPANSION_STORIES;
  const page = (language: string, header: string[]) =>
    fromText(["Home", "News", "", ...header, "", ...stories[language]!.flatMap((paragraph) => [paragraph, ""])].join("\n"));

  it.each([
    ["es", "Por qué la isla necesita un puerto más grande"],
    ["pt", "Por que a ilha precisa de um porto maior"],
    ["pt", "Por dentro do novo cais da ilha"],
    ["de", "Von der Insel in die Stadt: der neue Fährplan"],
    ["en", "By the numbers: the ferry's first year"],
    ["fr", "Par temps de tempête, le ferry reste à quai"],
  ])("keeps it the headline, with a date under it or none (%s: %s)", (language, title) => {
    expect(page(language, [title, "4 March 2025"]).headline).toBe(title);
    expect(page(language, [title]).headline).toBe(title);
  });

  it("still reads a desk's byline, a correspondent's and a consent notice's opening as no headline (near misses)", () => {
    const title = "Harbour expansion approved after two years of hearings";
    // Under the headline, over the date: read as a title, the line would take the headline from the one over it.
    for (const [language, line] of [
      ["en", "By the editorial board"],
      ["de", "Von der Redaktion"],
      ["fr", "Par la rédaction"],
      ["de", "Von unserem Korrespondenten"],
      ["fr", "Par notre envoyé spécial"],
      ["es", "Por nuestro corresponsal"],
    ] as const)
      expect(page(language, [title, line, "4 March 2025"]).headline, line).toBe(title);
    // Packed over the headline, with no date under it: read as a title, the line would head the header.
    for (const [language, line] of [
      ["en", "By the editorial board"],
      ["en", "By the Associated Press"],
      ["de", "Von unserer Korrespondentin in Lissabon"],
      ["fr", "Par notre envoyé spécial à Lisbonne"],
    ] as const)
      expect(page(language, [line, title]).headline, line).toBe(title);
    // Over the headline, set apart: a consent notice of a sign-up box.
    const notice = "By signing up you agree to our terms of use";
    expect(page("en", [notice, "", title, "4 March 2025"]).headline).toBe(title);
  });

  it("reads an unnamed author's, an agency's, a credit's and a cookie notice's line packed over a headline as none (near misses)", () => {
    const titles: Record<string, string> = {
      en: "Harbour expansion approved after two years of hearings",
      de: "Hafenerweiterung nach zwei Jahren Anhörungen gebilligt",
      fr: "L'agrandissement du port approuvé après deux ans",
      es: "Aprobada la ampliación del puerto tras dos años",
      pt: "Aprovada a ampliação do porto após dois anos",
    };
    for (const [language, line] of [
      ["fr", "Par un collectif de chercheurs"],
      ["fr", "Par une envoyée spéciale"],
      ["de", "Von dpa-Korrespondent Jan Meier"],
      ["en", "By arrangement with the Nordmark Gazette"],
      ["en", "By special arrangement with Reuters"],
      ["es", "Por favor, acepte las cookies para continuar"],
      ["pt", "Por favor, aceite os cookies"],
      ["fr", "Par défaut, les cookies sont activés"],
      ["pt", "Por favor, selecione uma das opções abaixo"],
      ["es", "Por favor, inténtelo de nuevo"],
    ] as const)
      expect(page(language, [line, titles[language]!]).headline, line).toBe(titles[language]);
  });

  it("reads a newsroom's people after the byline's word, packed over a headline, as no headline (near misses)", () => {
    const titles: Record<string, string> = {
      en: "Harbour expansion approved after two years of hearings",
      de: "Hafenerweiterung nach zwei Jahren Anhörungen gebilligt",
      fr: "L'agrandissement du port approuvé après deux ans",
      es: "Aprobada la ampliación del puerto tras dos años",
    };
    for (const [language, line] of [
      ["en", "By the same author"],
      ["de", "Von der gleichen Autorin"],
      ["fr", "Par le même auteur"],
      ["es", "Por el mismo autor"],
      ["de", "Von der Redaktion empfohlen"],
      ["de", "Von den Kollegen der Inselzeitung"],
      ["es", "Por los corresponsales en la isla"],
      ["es", "Por el equipo de El Faro"],
    ] as const)
      expect(page(language, [line, titles[language]!]).headline, line).toBe(titles[language]);
    // A title naming no newsroom's people near its opening is still read.
    expect(page("es", ["Por qué la isla necesita un puerto más grande"]).headline).toBe("Por qué la isla necesita un puerto más grande");
  });
});

describe("an all-caps headline with 'BY', a label before a title's phrase, a job's word in a longer title", () => {
  const stories: Readonly<Record<string, readonly string[]>> = HARBOUR_EXPANSION_STORIES;
  const page = (language: string, header: string[]) =>
    fromText(["Home", "News", "", ...header, "", ...stories[language]!.flatMap((paragraph) => [paragraph, ""])].join("\n"));
  const layouts = (title: string) => [[title, "By Tomas Vell", "4 March 2025"], [title, "4 March 2025"], [title]];

  it.each([
    ["en", "FERRY FARES CUT BY HALF FOR ISLANDERS"],
    ["en", "QUAY WORKS DELAYED BY WINTER STORMS"],
    ["en", "FERRIES, BUSES AND TRAINS HIT BY STRIKE"],
    // A Dutch headline in capitals opening with the word its bylines open with.
    ["en", "DOOR DE STORM BLIJFT DE VEERBOOT AAN DE KADE"],
  ])("reads it as the headline under a byline and a date, a date, or nothing (%s: %s)", (language, title) => {
    for (const header of layouts(title)) expect(page(language, header).headline, header.join(" / ")).toBe(title);
  });

  it("still reads a byline in capitals, a credit, a picture's label and an author's job as no headline (near misses)", () => {
    const titles: Record<string, string> = {
      en: "Harbour expansion approved after two years of hearings",
      de: "Hafenerweiterung nach zwei Jahren Anhörungen gebilligt",
      fr: "L'agrandissement du port approuvé après deux ans",
      es: "Aprobada la ampliación del puerto tras dos años",
    };
    const nearMisses = [
      ["en", "BY HARBOUR DESK STAFF"],
      ["en", "STORY BY TOMAS VELL"],
      ["en", "TEXT AND PHOTOS BY TOMAS VELL"],
      ["en", "A FILM BY TOMAS VELL"],
      ["en", "POSTED 4 MARCH 2025 BY TOMAS VELL"],
      // "BY" further in, after a credit's noun or a word naming whose a text is.
      ["en", "WITH REPORTING BY TOMAS VELL"],
      ["en", "A COLUMN BY TOMAS VELL"],
      ["en", "LAST UPDATED BY TOMAS VELL"],
      ["en", "FROM STAFF REPORTS BY TOMAS VELL"],
      ["en", "PUBLISHED BY THE HARBOUR TIMES"],
      ["en", "HARBOUR NEWS BY TOMAS VELL"],
      ["en", "MORE STORIES BY TOMAS VELL"],
      ["en", "TRANSLATED FROM THE DUTCH BY SAM RAY"],
      ["en", "NEWS, OPINION AND SPORT BY THE HARBOUR TIMES"],
      ["de", "VON TOMAS VELL"],
      ["de", "TEXT UND FOTOS VON TOMAS VELL"],
      ["fr", "PAR TOMAS VELL"],
      ["fr", "TEXTE ET PHOTOS PAR TOMAS VELL"],
      ["es", "TEXTO Y FOTOS POR TOMAS VELL"],
      ["en", "TESTO E FOTO DI TOMAS VELL"],
      ["en", "TEKST EN FOTO'S DOOR TOMAS VELL"],
      ["en", "Photos: Tomas Vell / Northwire"],
      ["en", "Photos: the author / Northwire"],
      ["en", "Image: the new glass wing of the library at dusk"],
      ["en", "Source: the island council's ferry figures"],
      ["en", "Posted: by Tomas Vell"],
      ["en", "Harbour Times Reporter"],
      ["en", "The Harbour Times Reporter"],
      ["en", "Contributing editor"],
      ["en", "Staff Writer"],
      ["en", "Tomas Vell, senior island correspondent for the Times"],
      // An author's box or a job's ad opening with an article and holding a job's word is no title.
      ["en", "The author is a reporter at the Harbour Times"],
      ["en", "The author is a staff writer for the Harbour Times"],
      ["en", "A correspondent for the Harbour Times since 2019"],
      ["en", "The Harbour Times is hiring a reporter for its island desk"],
      ["en", "The reporter can be reached at ada@harbourtimes.example"],
      ["en", "The columnist writes about island life every Sunday"],
      ["en", "A reporter and photographer at the Harbour Times"],
      ["en", "The correspondent Tomas Vell reports from Westerholm island"],
      ["de", "Der Autor ist Redakteur im Ressort Lokales der Inselzeitung"],
      // A credit naming a body, a family or an archive in lower case, and a posted line with its time, are no title's
      // phrase after their label.
      ["en", "Photos: the island council"],
      ["en", "Photos: the author's own"],
      ["en", "Photos: the band's own archive"],
      ["en", "Photos: the harbour at night, by Tomas Vell"],
      ["fr", "Photos : la famille de l'auteur"],
      ["es", "Fotos: el archivo del Diario"],
      ["en", "Posted: a day ago"],
      ["en", "Updated: an hour ago"],
      ["en", "Published: a few hours ago"],
      ["en", "Updated: the story has been corrected"],
      ["fr", "La rédaction du Journal du Port vous souhaite bonne lecture"],
    ] as const;
    for (const [language, line] of nearMisses) {
      // Packed right over the headline, with no date under it: read as a title, the line would take the headline.
      expect(page(language, [line, titles[language]!]).headline, line).toBe(titles[language]);
      // Right under the headline, over the date: read as a title, it would take the headline from the line over it.
      expect(page(language, [titles[language]!, line, "4 March 2025"]).headline, line).toBe(titles[language]);
      // A paragraph of its own between the headline and the story: read as a title, it would stand closer to the story.
      expect(page(language, [titles[language]!, "", line]).headline, line).toBe(titles[language]);
    }
  });
});

// A headline ending as a sentence ends (a question, or a statement with its full stop) opens the region the
// region finder reads, as it ends a sentence; with nothing above the body reading as a title, the menu's word took the
// headline. Every page, name and place here is invented.
describe("a headline ending as a sentence ends, opening the region", () => {
  const menus = {
    en: ["Home", "News", "Sport", "Culture", "Opinion"],
    de: ["Startseite", "Nachrichten", "Sport", "Kultur", "Meinung"],
    fr: ["Accueil", "Actualités", "Sport", "Culture", "Opinions"],
    es: ["Inicio", "Noticias", "Deportes", "Cultura", "Opinión"],
    it: ["Home", "Notizie", "Sport", "Cultura", "Opinioni"],
    pt: ["Início", "Notícias", "Desporto", "Cultura", "Opinião"],
    nl: ["Home", "Nieuws", "Sport", "Cultuur", "Opinie"],
  } as const;
  type Lang = keyof typeof menus;
  const story: Record<Lang, readonly string[]> = {
    en: [
      "The island's planning committee approved the harbour expansion on Tuesday after two years of public hearings and a long dispute.",
      "The new quay will take two ferries at once, and the works are to start in the autumn, the council said in a statement.",
    ],
    de: [
      "Der Planungsausschuss der Insel hat die Erweiterung des Hafens am Dienstag nach zwei Jahren Anhörungen und langem Streit gebilligt.",
      "Der neue Kai soll zwei Fähren zugleich aufnehmen, und die Arbeiten beginnen im Herbst, wie die Gemeinde am Abend mitteilte.",
    ],
    fr: [
      "Le comité d'urbanisme de l'île a approuvé mardi l'agrandissement du port après deux ans de consultations publiques et de querelles.",
      "Le nouveau quai pourra accueillir deux ferries à la fois, et les travaux commenceront à l'automne, selon un communiqué de la mairie.",
    ],
    es: [
      "El comité de urbanismo de la isla aprobó el martes la ampliación del puerto tras dos años de audiencias públicas y una larga disputa.",
      "El nuevo muelle podrá recibir dos ferris a la vez, y las obras empezarán en otoño, según informó el ayuntamiento en un comunicado.",
    ],
    it: [
      "Il comitato urbanistico dell'isola ha approvato martedì l'ampliamento del porto dopo due anni di audizioni pubbliche e lunghe liti.",
      "Il nuovo molo potrà accogliere due traghetti alla volta, e i lavori inizieranno in autunno, ha detto il comune in una nota.",
    ],
    pt: [
      "A comissão de urbanismo da ilha aprovou na terça-feira a ampliação do porto depois de dois anos de audiências públicas e disputas.",
      "O novo cais poderá receber dois ferries ao mesmo tempo, e as obras começam no outono, segundo um comunicado da câmara municipal.",
    ],
    nl: [
      "Het planningscomité van het eiland keurde dinsdag de uitbreiding van de haven goed na twee jaar openbare hoorzittingen en ruzie.",
      "De nieuwe kade kan twee veerboten tegelijk ontvangen, en de werken beginnen in de herfst, aldus de gemeente in een verklaring.",
    ],
  };
  const dates: Record<Lang, string> = {
    en: "4 March 2025",
    de: "4. März 2025",
    fr: "4 mars 2025",
    es: "4 de marzo de 2025",
    it: "4 marzo 2025",
    pt: "4 de março de 2025",
    nl: "4 maart 2025",
  };
  const bylines: Record<Lang, string> = {
    en: "By Mara Lindqvist",
    de: "Von Mara Lindqvist",
    fr: "Par Mara Lindqvist",
    es: "Por Mara Lindqvist",
    it: "di Mara Lindqvist",
    pt: "Por Mara Lindqvist",
    nl: "Door Mara Lindqvist",
  };
  const questions: Record<Lang, string> = {
    en: "Will the new quay end the summer queues?",
    de: "Wird der neue Kai die Schlangen im Sommer beenden?",
    fr: "Le nouveau quai mettra-t-il fin aux files d'attente ?",
    es: "¿Acabará el nuevo muelle con las colas del verano?",
    it: "Il nuovo molo metterà fine alle code estive?",
    pt: "O novo cais vai acabar com as filas do verão?",
    nl: "Maakt de nieuwe kade een einde aan de rijen?",
  };
  const statements: Partial<Record<Lang, string>> = {
    en: "The island gets its new harbour at last.",
    de: "Die Insel bekommt endlich ihren neuen Hafen.",
    fr: "L'île aura enfin son nouveau port.",
    it: "L'isola avrà finalmente il suo nuovo porto.",
    nl: "Het eiland krijgt eindelijk zijn nieuwe haven.",
  };
  const decks: Partial<Record<Lang, string>> = {
    en: "The council says the works will start in the autumn and last for two whole years.",
    de: "Die Gemeinde sagt, die Arbeiten beginnen im Herbst und dauern ganze zwei Jahre lang.",
    es: "El ayuntamiento dice que las obras empezarán en otoño y durarán dos años enteros.",
  };
  const crumbs: Partial<Record<Lang, string>> = {
    en: "Home › News › Island",
    de: "Startseite › Nachrichten › Insel",
    es: "Inicio › Noticias › Isla",
  };
  const page = (language: Lang, header: readonly string[], prose: readonly string[] = story[language]) =>
    fromText([...menus[language], "", ...header, "", prose.join("\n\n"), ""].join("\n"));
  const layouts = (language: Lang, title: string) => ({
    alone: [title],
    "under its byline and date": [bylines[language], dates[language], "", title],
    "packed under its date": [dates[language], title],
  });

  it("takes a question or a statement set apart over the story, alone or under its byline or date", () => {
    for (const language of Object.keys(menus) as Lang[]) {
      const titles = [questions[language], statements[language]].filter((title) => title !== undefined);
      for (const title of titles)
        for (const [layout, header] of Object.entries(layouts(language, title))) {
          const article = page(language, header);
          expect(article.headline, `${language}, ${layout}: ${title}`).toBe(title);
          expect(article.body[0], `${language}, ${layout}: ${title}`).toMatchObject({ text: story[language][0] });
        }
    }
    // The date over the title is still read.
    expect(page("de", [dates.de, questions.de]).datePublished).toBe("2025-03-04");
  });

  it("takes a question packed over its deck under a breadcrumb trail", () => {
    for (const language of ["en", "de", "es"] as const) {
      const article = fromText(
        [crumbs[language], "", questions[language], decks[language], "", story[language].join("\n\n"), ""].join("\n"),
      );
      expect(article.headline, language).toBe(questions[language]);
      // The deck stays the body's first paragraph, as under a title with no question's mark.
      expect(article.body.slice(0, 2), language).toMatchObject([{ text: decks[language] }, { text: story[language][0] }]);
    }
  });

  it("takes a question over a picture's caption over the story", () => {
    const caption = "The old quay at low tide on a winter morning. Photo: Jan Holm";
    for (const language of ["en", "de", "es"] as const) {
      const article = page(language, [questions[language], "", caption]);
      expect(article.headline, language).toBe(questions[language]);
    }
  });

  it("leaves the story's first paragraph in the body where it reads as a lede, not a title", () => {
    const long =
      "The planning committee met in the town hall on Tuesday evening and, after two years of public hearings, several petitions and a long dispute with the ferry company, approved the harbour expansion by seven votes to two.";
    const nearMisses: [Lang, string, readonly string[]][] = [
      // A lede of one sentence, longer than a title: here under a title the search cannot read (in lower case).
      ["en", "the island's new harbour", story.en],
      // Two sentences are a paragraph, however short.
      ["en", "", ["Will it work? Nobody on the island knows.", ...story.en]],
      ["de", "", ["Klappt das? Niemand auf der Insel weiß es.", ...story.de]],
      // A question longer than a headline is the lede's.
      ["en", "", ["Will the council's new quay on the north side of the island end the long summer queues at last?", long]],
      // A question over a shorter paragraph is a reader's, answered under it.
      [
        "en",
        "",
        [
          "Will the new quay end the long summer queues at the old pier this year?",
          "Probably not, the harbour master told the council on Tuesday.",
          story.en[1]!,
        ],
      ],
      // A statement longer than a title, or over a paragraph about as long, is the lede.
      ["en", "", ["The planning committee of the island approved the harbour expansion on Tuesday at last.", long]],
      [
        "en",
        "",
        ["The ferry sailed full on Monday morning.", "Shopkeepers on the quay said it was the best day since spring.", story.en[1]!],
      ],
      [
        "fr",
        "",
        [
          "Le comité a approuvé mardi l'agrandissement du port de l'île.",
          "Les travaux commenceront à l'automne prochain, selon la mairie de l'île.",
        ],
      ],
      // A statement packed over prose is the paragraph's first line.
      ["en", "", [`The island gets its new harbour at last.\n${story.en[0]!}`, story.en[1]!]],
      // A teaser's sentence cut short.
      ["en", "", ["The island gets its new harbour at last...", ...story.en]],
      // Nor is a line no title holds: a job's word, a date.
      ["en", "", ["Our reporter spent a day on the old quay.", ...story.en]],
      ["en", "", ["The ferry last sailed full on 4 March 2025.", ...story.en]],
    ];
    for (const [language, header, prose] of nearMisses) {
      const article = page(language, header === "" ? [] : [header], prose);
      const first = prose[0]!.split("\n")[0]!;
      expect(article.headline, first).not.toBe(first);
      expect(
        article.body.some((block) => "text" in block && block.text.startsWith(first)),
        first,
      ).toBe(true);
    }
  });

  it("leaves a question opening the story under its own headline in the body", () => {
    const article = page("en", ["Harbour expansion approved after two years", bylines.en, dates.en], [questions.en, ...story.en]);
    expect(article.headline).toBe("Harbour expansion approved after two years");
    expect(article.body[0]).toMatchObject({ text: questions.en });
  });

  it("leaves the questions of an interview or a help page, and a question under a title the search cannot read, in the body", () => {
    const answer =
      "I grew up above my father's boat shed, and when he died in the spring I could not bear to see it sold to a developer from the mainland.";
    const pages: [Lang, readonly string[], readonly string[]][] = [
      // An interview asks and answers in turn: its first question is no title, with or without its "Q:".
      ["de", [], ["Warum sind Sie auf die Insel zurückgekehrt?", story.de[0]!, "War der Abschied von der Stadt schwer?", story.de[1]!]],
      ["en", [], ["Q: What made you come back to Westerholm?", `A: ${answer}`, "Q: Was it hard to leave?", "A: Not really."]],
      // A help page's questions, each over its answer.
      [
        "fr",
        [],
        [
          "Comment changer mon adresse de livraison ?",
          "Connectez-vous à votre compte, ouvrez la page des paramètres et choisissez l'onglet adresse, puis enregistrez.",
          "Puis-je suspendre mon abonnement ?",
          "Oui, pour huit semaines au plus chaque année.",
        ],
      ],
      // A title in lower case over the story opening with a question or a short sentence.
      ["en", ["harbour expansion approved"], [questions.en, ...story.en]],
      ["en", ["harbour expansion approved"], ["The island gets its new harbour at last.", `${story.en[0]!} ${story.en[1]!}`]],
      // A page's note on itself, and a wire lede's sentence after its dateline.
      ["en", [], ["An earlier version of this story misspelled the mayor's name.", ...story.en]],
      ["en", [], ["This story contains descriptions of violence.", ...story.en]],
      ["en", [], ["Do you have information about this story?", ...story.en]],
      ["en", [], ["WESTERHOLM (Reuters) - The ferry is late again.", ...story.en]],
    ];
    for (const [language, header, prose] of pages) {
      const article = page(language, header, prose);
      expect(article.headline, prose[0]).not.toBe(prose[0]);
      expect(
        article.body.some((block) => "text" in block && block.text === prose[0]),
        prose[0],
      ).toBe(true);
    }
  });
});

// A headline ending with the story's kind in brackets ("… (Video)", "… (Fotos)", "… (Interview)") was read as
// a caption ending with its photographer's name in brackets ("… (Tom Okafor)"), so no title at all. Invented pages.
describe("a headline ending with the story's kind in brackets", () => {
  const stories = {
    en: "The island's planning committee approved the harbour expansion on Tuesday after two years of public hearings and a long dispute.\n\nThe new quay will take two ferries at once, and the works are to start in the autumn, the council said in a statement.",
    de: "Der Planungsausschuss der Insel hat die Erweiterung des Hafens am Dienstag nach zwei Jahren Anhörungen und langem Streit gebilligt.\n\nDer neue Kai soll zwei Fähren zugleich aufnehmen, und die Arbeiten beginnen im Herbst, wie die Gemeinde am Abend mitteilte.",
    fr: "Le comité d'urbanisme de l'île a approuvé mardi l'agrandissement du port après deux ans de consultations publiques et de querelles.\n\nLe nouveau quai pourra accueillir deux ferries à la fois, et les travaux commenceront à l'automne, selon un communiqué de la mairie.",
    es: "El comité de urbanismo de la isla aprobó el martes la ampliación del puerto tras dos años de audiencias públicas y una larga disputa.\n\nEl nuevo muelle podrá recibir dos ferris a la vez, y las obras empezarán en otoño, según informó el ayuntamiento en un comunicado.",
    it: "Il comitato urbanistico dell'isola ha approvato martedì l'ampliamento del porto dopo due anni di audizioni pubbliche e lunghe liti.\n\nIl nuovo molo potrà accogliere due traghetti alla volta, e i lavori inizieranno in autunno, ha detto il comune in una nota.",
    pt: "A comissão de urbanismo da ilha aprovou na terça-feira a ampliação do porto depois de dois anos de audiências públicas e disputas.\n\nO novo cais poderá receber dois ferries ao mesmo tempo, e as obras começam no outono, segundo um comunicado da câmara municipal.",
    nl: "Het planningscomité van het eiland keurde dinsdag de uitbreiding van de haven goed na twee jaar openbare hoorzittingen en ruzie.\n\nDe nieuwe kade kan twee veerboten tegelijk ontvangen, en de werken beginnen in de herfst, aldus de gemeente in een verklaring.",
  } as const;
  type Lang = keyof typeof stories;
  const heads: Record<Lang, readonly string[]> = {
    en: ["Home", "News", "Island", "By Mara Lindqvist", "4 March 2025"],
    de: ["Startseite", "Nachrichten", "Insel", "Von Mara Lindqvist", "4. März 2025"],
    fr: ["Accueil", "Actualités", "Île", "Par Mara Lindqvist", "4 mars 2025"],
    es: ["Inicio", "Noticias", "Isla", "Por Mara Lindqvist", "4 de marzo de 2025"],
    it: ["Home", "Notizie", "Isola", "di Mara Lindqvist", "4 marzo 2025"],
    pt: ["Início", "Notícias", "Ilha", "Por Mara Lindqvist", "4 de março de 2025"],
    nl: ["Home", "Nieuws", "Eiland", "Door Mara Lindqvist", "4 maart 2025"],
  };
  const page = (language: Lang, header: readonly string[]) =>
    fromText([...heads[language].slice(0, 3), "", ...header, "", stories[language], ""].join("\n"));
  const titles: [Lang, string][] = [
    ["en", "Storm hits the island's old quay (Video)"],
    ["en", "Winter on the island in pictures (Photos)"],
    ["en", "Ferry captain on forty years at sea (Interview)"],
    ["en", "Island ferry strike: day two (Live)"],
    ["de", "Sturm über dem alten Kai der Insel (Fotos)"],
    ["de", "Was der neue Hafen für die Insel bedeutet (Kommentar)"],
    ["de", "Fährstreik auf der Insel (Update)"],
    ["fr", "Tempête sur le vieux quai de l'île (Photos)"],
    ["fr", "Le port de l'île vu du ciel (Vidéo)"],
    ["es", "Temporal en el viejo muelle de la isla (Vídeo)"],
    ["it", "Tempesta sul vecchio molo dell'isola (Foto)"],
    ["pt", "Tempestade no velho cais da ilha (Vídeo)"],
    ["nl", "Storm boven de oude kade van het eiland (Video)"],
  ];

  it("takes the title over its byline and date, under its date alone, and alone over the story", () => {
    for (const [language, title] of titles) {
      const [, , , byline, date] = heads[language];
      expect(page(language, [title, byline!, date!]).headline, title).toBe(title);
      expect(page(language, [date!, title]).headline, title).toBe(title);
      expect(page(language, [title]).headline, title).toBe(title);
    }
  });

  it("still reads a name, an agency or a term in brackets as before", () => {
    const title = "Harbour expansion approved after two years of hearings";
    const lines = [
      // A caption signed in brackets between the header and the story stays a caption, in every layout.
      "The old quay at low tide on a winter morning (Tom Okafor)",
      "The old quay at low tide on a winter morning (Reuters)",
      "The old quay at low tide on a winter morning (Carter)",
      // Packed over the headline, a caption closing with its photographer stays no title.
      "Storm clouds over the old quay at dusk (Ana Fotis)",
    ];
    for (const line of lines) {
      expect(page("en", [title, "By Mara Lindqvist", "4 March 2025", "", line]).headline, line).toBe(title);
      expect(page("en", [line, title, "By Mara Lindqvist", "4 March 2025"]).headline, line).toBe(title);
      expect(page("en", [line, "", title]).headline, line).toBe(title);
    }
    expect(hasCredit("The old quay at low tide on a winter morning (Tom Okafor)")).toBe(true);
    expect(hasCredit("The old quay at low tide on a winter morning (Carter)")).toBe(true);
    expect(hasCredit("Storm hits the island's old quay (Video)")).toBe(false);
    expect(hasCredit("Sturm über dem alten Kai der Insel (Fotos)")).toBe(false);
  });

  it("still reads a caption naming its picture in brackets as a caption ('(Map)', '(Grafik)', '(Photo)')", () => {
    const title = "Harbour expansion approved after two years of hearings";
    const lines = [
      "The route of the new ferry line (Map)",
      "Where the new quay will stand (Infographic)",
      "So soll der neue Hafen aussehen (Grafik)",
      "Die Route der neuen Fährlinie (Karte)",
      "The ferry at the old quay on Monday (Photo)",
    ];
    for (const line of lines) {
      expect(page("en", [line, title, "By Mara Lindqvist", "4 March 2025"]).headline, line).toBe(title);
      expect(page("en", [title, "", line]).headline, line).toBe(title);
      expect(hasCredit(line), line).toBe(true);
    }
  });
});

// A headline reporting a call to subscribe or sign up ("Sign up for ferry alerts, council urges") was read as
// the call itself, a newsletter prompt, and dropped as furniture. Invented pages.
describe("a headline reporting a call to sign up, with its speaker", () => {
  const story =
    "The island council launched a text alert service for ferry cancellations on Tuesday after a winter of storms and missed crossings.\n\nAbout two thousand residents have registered so far, and the council hopes to reach every household before the summer timetable starts.";
  const menu = ["Home", "News", "Island"];
  const page = (header: readonly string[], body = story) => fromText([...menu, "", ...header, "", body, ""].join("\n"));
  const titles = [
    "Sign up for ferry alerts, council urges",
    "'Subscribe to the flood warnings,' says mayor",
    "Sign up for the vaccine this week, residents told",
    "Melden Sie sich für die Sturmwarnungen an, fordert die Gemeinde",
    "Inscrivez-vous aux alertes du ferry, exhorte la mairie",
    "Suscríbete a las alertas del ferri, pide el ayuntamiento",
    "Iscriviti agli avvisi del traghetto, chiede il comune",
  ];

  it("takes the title over its byline and date, under its date, and alone over the story", () => {
    for (const title of titles) {
      expect(page([title, "By Mara Lindqvist", "4 March 2025"]).headline, title).toBe(title);
      expect(page(["4 March 2025", title]).headline, title).toBe(title);
      expect(page([title]).headline, title).toBe(title);
    }
  });

  it("still drops a prompt that speaks the call itself", () => {
    const title = "Island council launches text alerts for ferry cancellations";
    const prompts = [
      "Sign up for our newsletter, it's free",
      "Subscribe now, say goodbye to ads",
      "Sign up for the Harbour Times newsletter, tell your friends",
      "Suscríbete, pide tu descuento",
      "Newsletter abonnieren, sagen Sie es weiter",
      "Iscriviti alla newsletter, chiedi a un amico",
      // A speaker's verb not after a comma or a quote's close is the prompt's own sentence.
      "Sign up and see what our readers say",
      "Subscribe to hear what the harbour master says",
      // A prompt in the site's own voice, quoting its readers or setting its editors after the comma.
      "Subscribe to our newsletter, readers say it's the best",
      "Sign up for our newsletter, 'it's brilliant,' says one reader",
      "Sign up to our newsletter, our readers say",
      "Newsletter abonnieren, fordert uns heraus",
    ];
    for (const prompt of prompts) {
      for (const header of [
        [prompt, title, "By Mara Lindqvist", "4 March 2025"],
        [title, "By Mara Lindqvist", "4 March 2025", "", prompt],
        [title, "", prompt],
      ]) {
        const article = page(header);
        expect(article.headline, prompt).toBe(title);
        expect(
          article.body.some((block) => "text" in block && block.text === prompt),
          prompt,
        ).toBe(false);
      }
    }
  });
});

// German "von … nach …" and "von … bis …" open headlines ("from … to …"); read as "Von" and a name, they were
// bylines, in capitals a byline of six names' words. Invented pages.
describe("a German headline opening with 'von … nach' or 'von … bis'", () => {
  const story =
    "Die neue Fährlinie zwischen dem Festland und der Insel nimmt am Montag den Betrieb auf, nach zwei Jahren Planung und Streit.\n\nDie Überfahrt dauert künftig zwei Stunden, und im Sommer fährt das Schiff dreimal am Tag, wie die Reederei mitteilte.";
  const menu = ["Startseite", "Nachrichten", "Insel"];
  const page = (header: readonly string[]) => fromText([...menu, "", ...header, "", story, ""].join("\n"));
  const titles = [
    "Von Hamburg nach Helgoland in zwei Stunden",
    "Von Montag bis Freitag fährt die Fähre öfter",
    "Von Kiel nach Sylt: Die neue Fährlinie startet",
    "Von Sankt Peter nach Husum mit dem Rad",
    "VON HAMBURG NACH HELGOLAND IN ZWEI STUNDEN",
    "VON MONTAG BIS FREITAG FÄHRT DIE FÄHRE ÖFTER",
  ];

  it("takes the title over its byline and date, under its date, and alone over the story", () => {
    for (const title of titles) {
      const signed = page([title, "Von Mara Lindqvist", "4. März 2025"]);
      expect(signed.headline, title).toBe(title);
      expect(
        (signed.authors ?? []).map((author) => author.name),
        title,
      ).toEqual(["Mara Lindqvist"]);
      expect(page(["4. März 2025", title]).headline, title).toBe(title);
      expect(page([title]).headline, title).toBe(title);
    }
  });

  it("still reads a byline opening with 'Von' and its names", () => {
    const title = "Neue Fährlinie zur Insel nimmt am Montag den Betrieb auf";
    const bylines: [string, string[]][] = [
      ["Von Anna Berg", ["Anna Berg"]],
      ["VON ANNA BERG", ["Anna Berg"]],
      ["Von Anna Berg und Jan Holm", ["Anna Berg", "Jan Holm"]],
      ["VON ANNA BERG UND JAN HOLM", ["Anna Berg", "Jan Holm"]],
      // A byline with a place after "aus" is read as no names (as on main), and still no title.
      ["Von Anna Berg aus Kiel", []],
      // "nach" reading "according to": the byline's source, read as no names (as on main), and still no title.
      ["Von Anna Berg nach Angaben der Polizei", []],
      ["Von Anna Berg nach einem Bericht von Radio Kiel", []],
      ["Von Anna Berg nach Agenturberichten", []],
      ["VON ANNA BERG NACH EINEM BERICHT VON RADIO KIEL", []],
    ];
    for (const [byline, names] of bylines) {
      for (const header of [
        [title, byline, "4. März 2025"],
        [byline, "4. März 2025", "", title],
      ]) {
        const article = page(header);
        expect(article.headline, byline).toBe(title);
        expect(
          (article.authors ?? []).map((author) => author.name.toLowerCase()),
          byline,
        ).toEqual(names.map((name) => name.toLowerCase()));
      }
    }
  });
});

// Invented pages for headline layouts once left open (title bars printed over the page's own heading,
// capital titles opening with a byline's word, short titles over a long standfirst, bars the reader leaves whole).
describe("title bars, capital titles, short titles over a standfirst", () => {
  const stories: Record<string, string> = {
    en: "The harbour board voted on Tuesday to close the old fish market at the end of the summer, after a survey found rot in its roof beams.\n\nTraders who have sold from the stalls for decades said they were given no warning, and several will look for a pitch in the covered hall.",
    de: "Der Hafenrat hat am Dienstag beschlossen, den alten Fischmarkt zum Ende des Sommers zu schließen, nachdem ein Gutachten morsche Balken fand.\n\nHändler, die seit Jahrzehnten an den Ständen verkaufen, sagen, sie seien nicht gewarnt worden, und einige ziehen in die Markthalle.",
    fr: "Le conseil du port a voté mardi la fermeture de la vieille halle aux poissons à la fin de l'été, après une expertise de la charpente.\n\nLes marchands, installés depuis des décennies, disent n'avoir reçu aucun avertissement, et plusieurs chercheront une place ailleurs.",
    es: "La junta del puerto votó el martes cerrar la vieja lonja de pescado al final del verano, después de que un estudio encontrara vigas podridas.\n\nLos comerciantes, que llevan décadas vendiendo en los puestos, dicen que nadie les avisó, y varios buscarán sitio en el mercado cubierto.",
    it: "Il consiglio del porto ha votato martedì la chiusura del vecchio mercato del pesce alla fine dell'estate, dopo una perizia sul tetto.\n\nI commercianti, che vendono ai banchi da decenni, dicono di non essere stati avvisati, e alcuni cercheranno un posto nel mercato coperto.",
    nl: "Het havenbestuur heeft dinsdag besloten de oude vismarkt aan het eind van de zomer te sluiten, nadat een onderzoek rotte balken vond.\n\nHandelaren die al tientallen jaren op de kramen verkopen, zeggen dat ze niet gewaarschuwd zijn, en enkelen zoeken een plek in de hal.",
    ar: "صوّت مجلس الميناء يوم الثلاثاء على إغلاق سوق السمك القديم في نهاية الصيف، بعد أن وجد تقرير هندسي أن عوارض السقف قد تعفنت.\n\nوقال التجار الذين يبيعون في الأكشاك منذ عقود إنهم لم يتلقوا أي إنذار، وإن بعضهم سيبحث عن مكان في السوق المغطى.",
    he: "מועצת הנמל הצביעה ביום שלישי על סגירת שוק הדגים הישן בסוף הקיץ, לאחר שסקר הנדסי מצא שקורות הגג נרקבו בכמה מקומות.\n\nסוחרים שמוכרים בדוכנים כבר עשרות שנים אמרו שלא קיבלו שום אזהרה, וכמה מהם יחפשו מקום בשוק המקורה.",
    ru: "Совет порта во вторник проголосовал за закрытие старого рыбного рынка в конце лета, после того как обследование обнаружило гнилые балки.\n\nТорговцы, которые десятилетиями продают товар с прилавков, говорят, что их никто не предупредил, и некоторые уйдут на крытый рынок.\n\nСовет заявил, что новый рынок откроется на причале в течение двух лет на деньги от продажи участка за спасательной станцией.",
    el: "Το λιμενικό συμβούλιο αποφάσισε την Τρίτη να κλείσει την παλιά ψαραγορά στο τέλος του καλοκαιριού, αφού μια μελέτη βρήκε σάπια δοκάρια.\n\nΟι έμποροι που πουλούν στους πάγκους εδώ και δεκαετίες λένε ότι δεν ειδοποιήθηκαν, και κάποιοι θα πάνε στη σκεπαστή αγορά.",
    ko: "항만 위원회는 화요일 여름이 끝나면 오래된 수산시장을 닫기로 의결했으며, 앞서 실시된 조사에서 지붕 들보가 여러 곳에서 썩은 것으로 드러났다.\n\n수십 년 동안 좌판에서 장사해 온 상인들은 아무런 예고도 받지 못했다고 말했고, 일부는 광장 건너편 실내 시장에서 자리를 찾겠다고 했다.",
  };
  const menus: Record<string, readonly string[]> = {
    en: ["Home", "News", "Sport", "Business"],
    de: ["Startseite", "Politik", "Wirtschaft", "Sport"],
    fr: ["Accueil", "Politique", "Économie", "Sport"],
    es: ["Inicio", "Política", "Economía", "Deportes"],
    it: ["Home", "Politica", "Economia", "Sport"],
    nl: ["Home", "Binnenland", "Economie", "Sport"],
  };
  const page = (lang: string, header: readonly string[]) =>
    fromText(
      [...(menus[lang] ?? menus.en!), "", ...header, "", stories[lang]!, "", "Related stories", "", "About us", "Contact"].join("\n"),
    );
  const names = (article: ReturnType<typeof fromText>) => (article.authors ?? []).map((author) => author.name);

  describe("a page title with the site's name, printed over the page's own heading", () => {
    const cases: readonly [string, string, string][] = [
      ["en", "Harbour board votes to close the old fish market", " - Harbour Gazette"],
      ["en", "Harbour board votes to close the old fish market", " – Harbour Gazette"],
      ["en", "Harbour board votes to close the old fish market", " | Live"],
      ["en", "The fish market's last summer, told by its traders", " · The Quay Post"],
      ["de", "Hafenrat beschließt das Aus für den alten Fischmarkt", " - Hafenbote"],
      ["fr", "Le conseil du port vote la fermeture de la halle", " · Le Courrier du Port"],
      ["es", "La junta vota el cierre de la vieja lonja del puerto", " — Diario del Puerto"],
      ["ar", "مجلس الميناء يقرر إغلاق سوق السمك القديم", " - أخبار الساحل"],
      ["he", "מועצת הנמל מחליטה לסגור את שוק הדגים הישן", " | חדשות החוף"],
      ["ru", "Совет порта решил закрыть старый рыбный рынок", " - Портовые вести"],
      ["el", "Το λιμενικό συμβούλιο κλείνει την παλιά ψαραγορά", " • Λιμενικά Νέα"],
      ["ko", "항만 위원회, 오래된 수산시장 폐쇄 결정", " | 해안일보"],
    ];
    it("takes the heading, without what the title bar added", () => {
      for (const [lang, title, bar] of cases) {
        for (const meta of [["By Mara Quill", "4 March 2025"], ["04.03.2025"]]) {
          const article = page(lang, [`${title}${bar}`, "", title, ...meta]);
          expect(article.headline, `${lang}: ${title}${bar}`).toBe(title);
        }
      }
    });
    it("keeps the line picked where the line under it is no heading it opens with before a separator", () => {
      const title = "Harbour board votes to close the old fish market";
      // The line under opens the title but stops at a word, not at a separator: no heading of it.
      const short = page("en", [`${title} - Harbour Gazette`, "", "Harbour board votes", "By Mara Quill", "4 March 2025"]);
      expect(short.headline).not.toBe("Harbour board votes");
      // A label and its colon are the title's own: the line under is its kicker-less copy only before a separator.
      const labelled = page("en", [
        "Analysis: Harbour board votes to close the old market",
        "",
        "Analysis",
        "By Mara Quill",
        "4 March 2025",
      ]);
      expect(labelled.headline).toBe("Analysis: Harbour board votes to close the old market");
      // A label of one word the bar line opens with is no heading: the title after the bar is the headline.
      const live = page("en", [`Live - ${title}`, "", "Live", "By Mara Quill", "4 March 2025"]);
      expect(live.headline).not.toBe("Live");
      // The page's heading printed alone is still the headline where no bar line stands over it.
      expect(page("en", [title, "By Mara Quill", "4 March 2025"]).headline).toBe(title);
      // A site's name opening the bar line is no heading of it: the masthead under it is the site's name.
      for (const sep of [" - ", " · ", " • "]) {
        const line = `Harbour Gazette${sep}${title}`;
        expect(page("en", [line, "", "Harbour Gazette", "", "By Mara Quill", "4 March 2025"]).headline, line).not.toBe("Harbour Gazette");
      }
      // A subtitle after the separator (lower case, or longer than a site's name) is the title's own: a kicker under
      // the line that opens it is no heading of it.
      const subtitled: readonly [string, string][] = [
        ["Island ferries - what happens to the crossings now", "Island ferries"],
        ["Ferry strike latest news - Crews accept the new pay offer at last", "Ferry strike latest news"],
      ];
      for (const [line, kicker] of subtitled)
        expect(page("en", [line, "", kicker, "", "By Mara Quill", "4 March 2025"]).headline, line).toBe(line);
    });
  });

  describe("a title in capitals opening with a byline's word and an article", () => {
    const cases: readonly [string, string, string, string][] = [
      ["es", "POR FIN SE CIERRA LA LONJA DEL PUERTO", "Por Mara Quill", "4 de marzo de 2025"],
      ["es", "POR EL MUELLE PASARÁN MENOS BARCOS", "Por Mara Quill", "4 de marzo de 2025"],
      ["fr", "PAR LA FENÊTRE DE LA VIEILLE HALLE", "Par Mara Quill", "4 mars 2025"],
      ["de", "VON DER HALLE ZUM KAI IN ZWEI JAHREN", "Von Mara Quill", "4. März 2025"],
      ["it", "DI NUOVO CHIUSO IL MERCATO DEL PORTO", "Di Mara Quill", "4 marzo 2025"],
      ["nl", "DOOR DE REGEN GESLOTEN: DE OUDE VISMARKT", "Door Mara Quill", "4 maart 2025"],
    ];
    it("is the headline over its byline, which signs the story", () => {
      for (const [lang, title, byline, date] of cases) {
        const article = page(lang, [title, byline, date]);
        expect(article.headline, title).toBe(title);
        expect(names(article), title).toEqual(["Mara Quill"]);
      }
    });
    it("leaves bylines in capitals bylines: a name, or a newsroom after the article", () => {
      const title = "Neue Markthalle am Kai soll in zwei Jahren eröffnen";
      const bylines: readonly [string, string, readonly string[]][] = [
        ["es", "POR MARA QUILL", ["Mara Quill"]],
        ["fr", "PAR MARA QUILL ET JEAN ROCHE", ["Mara Quill", "Jean Roche"]],
        ["de", "VON MARA QUILL", ["Mara Quill"]],
      ];
      for (const [lang, byline, people] of bylines) {
        const article = page(lang, [title, byline, "04.03.2025"]);
        expect(article.headline, byline).toBe(title);
        expect(
          names(article).map((name) => name.toLowerCase()),
          byline,
        ).toEqual(people.map((name) => name.toLowerCase()));
      }
      // A desk's byline in capitals after an article is no title, however many words it has.
      for (const byline of [
        "DOOR HET NIEUWSTEAM",
        "POR EL CORRESPONSAL",
        "VON DER INSELREDAKTION",
        "PAR LE SERVICE PHOTO",
        "POR LA AGENCIA DEL PUERTO",
      ]) {
        for (const header of [
          [title, byline, "04.03.2025"],
          [byline, "04.03.2025", "", title],
        ])
          expect(page("de", header).headline, byline).toBe(title);
      }
      // A newsroom's line is no title either, whatever names the byline reader takes from it (as on main).
      for (const byline of ["PAR LA RÉDACTION", "POR LA REDACCIÓN DE EL FARO", "VON DER REDAKTION DES HAFENBOTEN", "DOOR DE REDACTIE"]) {
        for (const header of [
          [title, byline, "04.03.2025"],
          [byline, "04.03.2025", "", title],
        ])
          expect(page("de", header).headline, byline).toBe(title);
      }
    });
    it("leaves a byline in capitals heading its header a byline: a signer of a few words, a desk's word, a wire", () => {
      const title = "Neue Markthalle am Kai soll in zwei Jahren eröffnen";
      for (const byline of [
        // Two or three words after the article: a person with a title, a publisher, a paper with a wire, an agency.
        "POR EL DR. JUAN MARTÍNEZ",
        "PAR LE DR. JEAN MARTIN",
        "PAR LES ÉDITIONS DU PORT",
        "PAR LE MONDE AVEC AFP",
        "VON DER NACHRICHTENAGENTUR DPA",
        "POR EL PERIODISTA LUIS ORTEGA",
        "PAR LA PRÉSIDENTE DE L'ASSOCIATION",
        // Longer: a newsroom's word inside a joined word or after names, a title before a name, a wire's name.
        "POR LAS PERIODISTAS ANA RUIZ Y EVA SOLÉ",
        "PAR LES DOCTEURS JEAN MARTIN ET PAUL ROCHE",
        "POR EL DR. JUAN MARTÍNEZ Y LA DRA. EVA SOLÉ",
        "POR LA ASOCIACIÓN DE VECINOS DEL BARRIO ALTO",
        "VON DER DPA UND DEM SID",
        // An unnamed author's line (an indefinite article), and Italian "DI" with an article, which no title opens with.
        "POR UN COLABORADOR",
        "VON EINEM GASTAUTOR",
        "DI IL NOSTRO INVIATO",
        "DI GLI INVIATI DI VOCE",
      ]) {
        expect(page("de", [byline, "04.03.2025", "", title]).headline, byline).toBe(title);
      }
      // The byline under the title still signs it (names as the byline reader reads them, as on main).
      for (const byline of [
        "POR EL DR. JUAN MARTÍNEZ",
        "PAR LE MONDE AVEC AFP",
        "VON DER NACHRICHTENAGENTUR DPA",
        "VON DER DPA UND DEM SID",
      ])
        expect(names(page("de", [title, byline, "04.03.2025"])), byline).not.toEqual([]);
      // Still titles: an opening no name takes, and four words or more after the article.
      for (const line of ["POR QUÉ CIERRA EL PUERTO", "VON DER LEYEN WARNT VOR NEUEN ZÖLLEN"])
        expect(page("de", [line, "Von Mara Quill", "04.03.2025"]).headline, line).toBe(line);
    });
  });

  describe("a short title over a long standfirst and its byline", () => {
    const cases: readonly [string, string, string, string][] = [
      [
        "de",
        "Das Ende",
        "Mit dem Beschluss des Hafenrats endet mehr als ein Jahrhundert Handel am Kai, und die Standbesitzer sagen, sie hätten erst danach davon erfahren.",
        "Von Mara Quill",
      ],
      [
        "nl",
        "Markt dicht",
        "Met het besluit van het bestuur eindigt meer dan een eeuw handel op de kade, en de handelaren zeggen dat ze pas na de beslissing iets hoorden.",
        "Door Mara Quill",
      ],
      [
        "fr",
        "Rideau baissé",
        "Le vote du conseil met fin à plus d'un siècle de commerce sur le quai, et les marchands disent qu'ils n'ont rien su avant la décision du mardi.",
        "Par Mara Quill",
      ],
      [
        "es",
        "Fin de era",
        "La votación de la junta pone fin a más de un siglo de comercio en el muelle, y los comerciantes dicen que no supieron nada hasta la decisión final.",
        "Por Mara Quill",
      ],
    ];
    it("is the headline, packed over the standfirst or set apart from it", () => {
      for (const [lang, title, standfirst, byline] of cases) {
        expect(page(lang, [title, standfirst, byline, "04.03.2025"]).headline, title).toBe(title);
        expect(page(lang, [title, "", standfirst, "", byline, "04.03.2025"]).headline, title).toBe(title);
      }
      // Under a cookie notice and a trail, lines of a title's length but no title, it is still the headline.
      const [, title, standfirst, byline] = cases[0]!;
      const under = ["Wir verwenden Cookies. Alle akzeptieren Einstellungen", "", "Startseite › Region › Hafen", "", title];
      expect(page("de", [...under, standfirst, byline, "04.03.2025"]).headline).toBe(title);
    });
    it("is not the author's name over the standfirst, nor a line over a headline ending with a full stop", () => {
      const [, , standfirst] = cases[0]!;
      // The author's own name over the standfirst signs it; the standfirst stays what was read before.
      const named = page("de", ["Mara Quill", standfirst, "Von Mara Quill", "04.03.2025"]);
      expect(named.headline).not.toBe("Mara Quill");
      // A headline of a headline's length ending with a full stop keeps its place under a short label.
      const title = "Der Fischmarkt schließt, die Händler bleiben am Kai.";
      expect(page("de", ["Am Hafen", title, "Von Mara Quill", "04.03.2025"]).headline).toBe(title);
      // A short line over a long sentence with no byline or date under it is no title the sentence vouches for.
      const unsigned = page("de", ["Das Ende", standfirst]);
      expect(unsigned.headline).not.toBe("Das Ende");
    });
    it("is no kicker under a title of a headline's length, nor a section's name", () => {
      const standfirst =
        "After six weeks of cancelled sailings, islanders can finally plan a trip to the mainland again, though the union warns that the deal could still unravel in spring.";
      const meta = ["By Mara Quill", "4 March 2025"];
      // A title in lower case (a blog's style) over the kicker: the kicker is none of the story's titles.
      for (const kicker of ["Key Points", "Fact check", "In brief", "Our View"]) {
        const article = page("en", ["ferry strike ends after crews accept new pay offer", "", kicker, standfirst, ...meta]);
        expect(article.headline, kicker).not.toBe(kicker);
        // A reading time between them parts nothing.
        const timed = page("en", ["ferry strike ends after crews accept new pay offer", "3 min read", "", kicker, standfirst, ...meta]);
        expect(timed.headline, kicker).not.toBe(kicker);
      }
      // A section's name over the standfirst is its kicker, title or none.
      for (const section of ["World news", "World News"])
        expect(page("en", [section, standfirst, ...meta]).headline, section).not.toBe(section);
    });
  });

  describe("a title bar the reader leaves whole, or cuts at a middle dot", () => {
    it("cuts a site's name of capitalised words after a spaced middle dot", () => {
      const title = "Harbour board votes to close the old fish market";
      expect(page("en", [`${title} · Harbour Gazette`, "By Mara Quill", "4 March 2025"]).headline).toBe(title);
      expect(page("en", [`${title} • Harbour Gazette`, "By Mara Quill", "4 March 2025"]).headline).toBe(title);
      const fr = "Le conseil du port vote la fermeture de la halle";
      expect(page("fr", [`${fr} · Le Courrier du Port`, "Par Mara Quill", "4 mars 2025"]).headline).toBe(fr);
    });
    it("keeps a title with a word or three of a script without case after its bar, rather than the menu", () => {
      const lines: readonly [string, string][] = [
        ["ar", "مجلس الميناء يقرر إغلاق سوق السمك القديم | أخبار الساحل"],
        ["he", "מועצת הנמל מחליטה לסגור את שוק הדגים הישן | חדשות החוף"],
        ["ru", "Совет порта решил закрыть старый рыбный рынок | Портовые вести"],
      ];
      for (const [lang, line] of lines) expect(page(lang, [line, "04.03.2025"]).headline, line).toBe(line);
      // Not over the page's title set apart under it: a box's call and its button, in any script, is no title.
      const calls: readonly [string, string, string][] = [
        ["en", "Read our latest print edition online | Read the e-paper", "Harbour board votes to close the old fish market"],
        ["en", "Advertise with us in print and online | Contact us", "Harbour board votes to close the old fish market"],
        ["en", "All the latest ferry news and updates | Ferries and buses", "Harbour board votes to close the old fish market"],
        ["ru", "Все новости порта и причала | Все новости", "Совет порта решил закрыть старый рыбный рынок"],
        ["ar", "اشترك في نشرتنا الإخبارية اليوم | اشترك الآن", "مجلس الميناء يقرر إغلاق سوق السمك القديم"],
      ];
      for (const [lang, call, title] of calls) expect(page(lang, [call, "", title, "04.03.2025"]).headline, call).toBe(title);
    });
    it("takes no menu, field row or byline with dots or bars for a title", () => {
      const title = "Harbour board votes to close the old fish market";
      for (const line of [
        "News · Sport · Weather · Business",
        "Home | News | Local | Harbour",
        "4 min read | Share this story",
        "By Mara Quill · Staff Writer",
      ]) {
        const article = page("en", [line, "", title, "By Mara Quill", "4 March 2025"]);
        expect(article.headline, line).toBe(title);
      }
      // A row of a section's name and a tag, between the title and its byline, is no title of the story's either.
      for (const line of ["Ferry news | Timetables", "Harbour life | Ferries", "Αρχική | Ειδήσεις"]) {
        expect(page("en", [title, "By Mara Quill", "4 March 2025", "", line]).headline, line).toBe(title);
        expect(page("en", [title, line, "By Mara Quill", "4 March 2025"]).headline, line).toBe(title);
        // Over a date that heads the title, a section's row is no title the date vouches for.
        expect(page("en", [line, "04.03.2025", "", title]).headline, line).toBe(title);
      }
      // Two words before the dot are too few for a title bar's title: the line stays whole.
      expect(page("en", ["Market closes · Live", "By Mara Quill", "4 March 2025"]).headline).not.toBe("Market closes");
    });
  });
});

// Cookie banners whose consent words the notice test missed (Dutch, Italian, Spanish, French, Portuguese,
// German buttons under a line naming cookies), and a newsletter's issue titled under its series label over its byline.
describe("cookie banners' buttons, a newsletter issue's title", () => {
  const stories: Record<string, string> = {
    en: "The lock keepers of Brannock Canal agreed on Thursday to open the upper gates an hour earlier through the summer, after boat owners complained of queues that ran back past the old mill.\n\nThe trust that runs the canal said two more keepers would be hired for the season, and that the lower gates would keep their present hours until the autumn.\n\nBoat owners welcomed the change but asked for a second water point above the top lock, where crews wait longest on busy weekends in August.\n\nThe trust will review the new hours at its meeting in October, when the season's figures for each lock are known.",
    de: "Die Schleusenwärter am Brannock-Kanal haben am Donnerstag zugestimmt, die oberen Tore im Sommer eine Stunde früher zu öffnen, nachdem Bootsbesitzer über lange Wartezeiten an der alten Mühle geklagt hatten.\n\nDer Verein, der den Kanal betreibt, will für die Saison zwei weitere Wärter einstellen, und die unteren Tore behalten bis zum Herbst ihre Zeiten.",
    fr: "Les éclusiers du canal de Brannock ont accepté jeudi d'ouvrir les portes amont une heure plus tôt tout l'été, après les plaintes des plaisanciers contre les files d'attente qui remontaient jusqu'au vieux moulin.\n\nL'association qui gère le canal a annoncé l'embauche de deux éclusiers pour la saison, et les portes aval garderont leurs horaires jusqu'à l'automne.",
    es: "Los esclusistas del canal de Brannock acordaron el jueves abrir las compuertas altas una hora antes durante el verano, después de que los dueños de barcos se quejaran de colas que llegaban hasta el viejo molino.\n\nLa fundación que gestiona el canal dijo que contratará a dos esclusistas más para la temporada, y que las compuertas bajas mantendrán su horario hasta el otoño.",
    it: "I guardiani delle chiuse del canale di Brannock hanno deciso giovedì di aprire le porte a monte un'ora prima per tutta l'estate, dopo le proteste dei diportisti per le code che arrivavano fino al vecchio mulino.\n\nLa fondazione che gestisce il canale ha detto che assumerà altri due guardiani per la stagione, e che le porte a valle terranno gli orari attuali fino all'autunno.",
    pt: "Os guardas das eclusas do canal de Brannock aceitaram na quinta-feira abrir as comportas de cima uma hora mais cedo durante o verão, depois de os donos de barcos se queixarem de filas que chegavam ao velho moinho.\n\nA fundação que gere o canal disse que vai contratar mais dois guardas para a época, e que as comportas de baixo mantêm o horário até ao outono.",
    nl: "De sluiswachters van het Brannockkanaal hebben donderdag besloten de bovenste deuren de hele zomer een uur eerder te openen, nadat booteigenaren klaagden over rijen tot voorbij de oude molen.\n\nDe stichting die het kanaal beheert, neemt voor het seizoen twee extra sluiswachters aan, en de onderste deuren houden tot de herfst hun huidige tijden.",
  };
  const menus: Record<string, readonly string[]> = {
    en: ["Home", "News", "Boats", "Towns"],
    de: ["Startseite", "Nachrichten", "Boote", "Orte"],
    fr: ["Accueil", "Actualités", "Bateaux", "Villes"],
    es: ["Inicio", "Noticias", "Barcos", "Pueblos"],
    it: ["Home", "Notizie", "Barche", "Paesi"],
    pt: ["Início", "Notícias", "Barcos", "Vilas"],
    nl: ["Home", "Nieuws", "Boten", "Dorpen"],
  };
  const meta: Record<string, readonly string[]> = {
    en: ["By Tessa Marlow", "12 June 2025"],
    de: ["Von Tessa Marlow", "12. Juni 2025"],
    fr: ["Par Tessa Marlow", "12 juin 2025"],
    es: ["Por Tessa Marlow", "12 de junio de 2025"],
    it: ["di Tessa Marlow", "12 giugno 2025"],
    pt: ["Por Tessa Marlow", "12 de junho de 2025"],
    nl: ["Door Tessa Marlow", "12 juni 2025"],
  };
  const page = (lang: string, header: readonly string[], inStory: readonly string[] = []) => {
    const [first, ...rest] = stories[lang]!.split("\n\n");
    return fromText(
      [
        ...menus[lang]!,
        "",
        ...header,
        "",
        first!,
        "",
        ...inStory,
        ...(inStory.length > 0 ? [""] : []),
        ...rest,
        "",
        "Related stories",
        "",
        "About us",
        "Contact",
      ].join("\n"),
    );
  };
  const bodyText = (article: ReturnType<typeof fromText>) => article.body.map((block) => ("text" in block ? block.text : "")).join("\n");

  describe("a cookie banner naming cookies over its accept or refuse button", () => {
    const banners: readonly [string, string, string][] = [
      [
        "nl",
        "Wij gebruiken cookies om het kanaalnieuws goed te tonen. Alles accepteren",
        "Sluizen aan het Brannockkanaal gaan een uur eerder open",
      ],
      ["nl", "Deze site maakt gebruik van cookies. Accepteren of weigeren", "Twee extra sluiswachters voor het zomerseizoen"],
      ["it", "Usiamo i cookie per mostrarti le notizie del canale. Accetta tutti", "Le chiuse del canale di Brannock aprono un'ora prima"],
      ["it", "Questo portale impiega i cookie. Rifiuta o accetta", "Due nuovi guardiani per la stagione estiva"],
      ["es", "Este portal usa cookies propias y de terceros. Aceptar todas", "Las esclusas del canal de Brannock abrirán una hora antes"],
      ["fr", "Ce site utilise des cookies. Tout accepter", "Les écluses du canal de Brannock ouvriront une heure plus tôt"],
      ["pt", "Este portal usa cookies de terceiros. Aceitar ou rejeitar", "Eclusas do canal de Brannock abrem uma hora mais cedo"],
      ["de", "Diese Seite setzt Cookies ein. Akzeptieren oder ablehnen", "Schleusen am Brannock-Kanal öffnen eine Stunde früher"],
    ];
    it("is a notice: not the headline, not the body", () => {
      for (const [lang, banner, title] of banners) {
        const article = page(lang, [banner, "", title, ...meta[lang]!]);
        expect(article.headline, banner).toBe(title);
        expect(bodyText(article), banner).not.toContain(banner);
        // In the story too, between its paragraphs.
        expect(bodyText(page(lang, [title, ...meta[lang]!], [banner])), banner).not.toContain(banner);
      }
    });
    it("keeps a story's short line that names cookies or says accept, and a title about cookies", () => {
      const lines: readonly [string, string][] = [
        ["es", "El consejo decidió aceptar la oferta del astillero."],
        ["it", "Il sindaco ha detto di accettare il verdetto della corte."],
        ["fr", "Les éclusiers ont fini par accepter le compromis."],
        ["nl", "De kraam met cookies van spelt was binnen een uur leeg."],
        ["it", "I cookie alla nocciola della forneria sono finiti in un'ora."],
        // Another consent word and the verb, with no cookie named: a story's sentence.
        ["es", "El consejo se negó a aceptar el consentimiento tácito de los vecinos."],
        ["de", "Der Gemeinderat will den neuen Datenschutz-Plan der Schleusen ablehnen."],
      ];
      const titles: Record<string, string> = {
        es: "Las esclusas del canal de Brannock abrirán una hora antes",
        it: "Le chiuse del canale di Brannock aprono un'ora prima",
        fr: "Les écluses du canal de Brannock ouvriront une heure plus tôt",
        nl: "Sluizen aan het Brannockkanaal gaan een uur eerder open",
        de: "Schleusen am Brannock-Kanal öffnen eine Stunde früher",
      };
      for (const [lang, line] of lines) expect(bodyText(page(lang, [titles[lang]!, ...meta[lang]!], [line])), line).toContain(line);
      for (const [lang, title] of [
        ["it", "I cookie della forneria del canale vincono la fiera"],
        ["nl", "Bakker aan het kanaal wint prijs met cookies van spelt"],
        ["en", "Canal bakery's cookies win the county fair"],
      ] as const)
        expect(page(lang, [title, ...meta[lang]!]).headline, title).toBe(title);
    });
  });

  describe("a newsletter's issue, titled under its series label, over its byline or date", () => {
    it("takes the issue's title rather than the menu", () => {
      const issues: readonly [string, string][] = [
        ["en", "Newsletter: The canal week in five stories"],
        ["en", "Newsletter: Five things to know about your weekend on the canal"],
        ["fr", "Newsletter : la semaine du canal en cinq histoires"],
        ["de", "Newsletter: Die Kanalwoche in fünf Geschichten"],
        ["nl", "Nieuwsbrief: de week aan het kanaal in vijf verhalen"],
      ];
      for (const [lang, issue] of issues) {
        expect(page(lang, [issue, ...meta[lang]!]).headline, issue).toBe(issue);
        expect(page(lang, [issue, meta[lang]![1]!]).headline, issue).toBe(issue);
      }
    });
    it("takes no box calling to sign up for a title, over a byline or not", () => {
      const calls: readonly [string, string][] = [
        ["en", "Newsletter: Get the canal week in five stories every Friday"],
        ["en", "Newsletter: Never miss a story from the canal towns"],
        ["en", "Newsletter: The best of our canal week in five stories"],
        ["fr", "Newsletter : recevez chaque matin l'essentiel du canal"],
        ["de", "Newsletter: Jetzt kostenlos die Kanalwoche bestellen"],
        ["nl", "Nieuwsbrief: ontvang elke week het nieuws van het kanaal"],
        ["es", "Newsletter: recibe gratis cada semana lo mejor del canal"],
        ["en", "Newsletter: Sign up for the canal week in five stories"],
      ];
      const title = "Upper lock gates on Brannock Canal to open an hour earlier";
      const issue = "Newsletter: The canal week in five stories";
      // Right over the byline, under the story's title set apart above it.
      for (const [lang, call] of calls) expect(page(lang, [title, "", call, ...meta[lang]!]).headline, call).toBe(title);
      // Right over the byline with no title: still no title (the English page's story is long enough to stand alone).
      for (const [lang, call] of calls.filter(([lang]) => lang === "en"))
        expect(page(lang, [call, ...meta[lang]!]).headline, call).not.toBe(call);
      // A label over two words is a box's heading, not an issue's title.
      expect(page("en", ["Newsletter: Canal week", ...meta.en!]).headline).not.toBe("Newsletter: Canal week");
      // Over no byline or date, the line is a box however it reads: here over a kicker in capitals and the date.
      expect(page("en", [issue, "", "CANAL TOWNS", meta.en![1]!]).headline).not.toBe(issue);
      // Under a short title set apart over it, the issue's line is a box between the title and its byline.
      const short = "Upper lock gates to open early";
      expect(page("en", [short, "", issue, ...meta.en!]).headline).toBe(short);
      // An issue's title set apart from the byline, over the story's own title, is a box: the title under it heads.
      expect(page("en", [issue, "", title, ...meta.en!]).headline).toBe(title);
      // Between the title and its byline, the title keeps the header.
      expect(page("en", [title, issue, ...meta.en!]).headline).toBe(title);
      expect(page("en", [title, "", issue, "", ...meta.en!]).headline).toBe(title);
      // In the story, the same line stays out of the body.
      expect(bodyText(page("en", [title, ...meta.en!], [issue]))).not.toContain(issue);
    });
  });

  // The cookie verbs count only in a banner's row of buttons after its notice; a story's title or line
  // about cookies says them in its sentence.
  it("keeps a story's title and short lines about accepting or refusing cookies", () => {
    const titles: readonly [string, string][] = [
      ["nl", "Waarom je niet alle cookies hoeft te accepteren"],
      ["de", "Cookies ablehnen: So geht es in jedem Browser"],
      ["de", "Verbraucherschützer: Cookies ablehnen muss so einfach sein wie akzeptieren"],
      ["fr", "Refuser les cookies doit être aussi simple que les accepter, rappelle la Cnil"],
      ["es", "¿Hay que aceptar las cookies? Lo que dice la nueva ley"],
      ["it", "Accetta i cookie o paga: il Garante indaga sui giornali online"],
      ["pt", "Aceitar ou rejeitar cookies? O que muda com a nova lei"],
      ["nl", "Bakker wil geen cookies meer bakken: klanten weigeren te betalen"],
      // A second sentence saying the verb: no row of buttons, which opens and closes on a button's words.
      ["de", "Schluss mit Cookie-Bannern. Ablehnen wird einfacher"],
      ["nl", "Koekjesbakker stopt met cookies. Klanten weigeren"],
      ["fr", "La Cnil sanctionne un site de cookies. Refuser devient obligatoire"],
    ];
    for (const [lang, title] of titles) expect(page(lang, [title, ...meta[lang]!]).headline, title).toBe(title);
    const title = "Schleusen am Brannock-Kanal öffnen eine Stunde früher";
    const lines: readonly [string, string][] = [
      ["nl", "Volgens de toezichthouder moeten bezoekers cookies net zo makkelijk kunnen weigeren als accepteren."],
      ["de", "Wer alle Cookies ablehnen will, muss auf manchen Seiten zehnmal klicken."],
      ["fr", "« Tout accepter » reste le bouton le plus visible, alors que refuser les cookies est caché."],
      ["it", "La giuria accetta i cookie al cioccolato solo se fatti a mano."],
      ["nl", "Het bord bij de kraam zegt: cookies, vers gebakken. Alleen contant accepteren wij niet."],
      ["de", "Der Gemeinderat will die Cookies nicht akzeptieren. Die Bäckerei muss neu backen."],
    ];
    for (const [lang, line] of lines) expect(bodyText(page(lang, [title, ...meta[lang]!], [line])), line).toContain(line);
    // A banner's buttons after its notice stay furniture.
    for (const [lang, banner] of [
      ["nl", "Deze website gebruikt cookies. Accepteren Weigeren"],
      ["fr", "Ce site utilise des cookies. Tout accepter Tout refuser"],
      ["nl", "Deze website gebruikt cookies. Alles accepteren Instellingen"],
    ] as const)
      expect(bodyText(page(lang, [title, ...meta[lang]!], [banner])), banner).not.toContain(banner);
  });

  // An issue's title is the first title of its page; a box under the story's title, past a caption or a
  // share bar, is not it.
  it("takes no newsletter box for a title under the story's title past a caption or share bar", () => {
    const boxes: readonly [string, string][] = [
      ["en", "Newsletter: Today's top stories from the canal towns"],
      ["de", "Newsletter: Alles Wichtige vom Kanal jeden Morgen um sieben"],
      ["nl", "Nieuwsbrief: elke ochtend het nieuws uit de regio"],
      ["it", "Newsletter: le notizie del giorno ogni mattina alle sette"],
    ];
    const titles: Record<string, string> = {
      en: "Upper lock gates on Brannock Canal to open an hour earlier",
      de: "Schleusen am Brannock-Kanal öffnen eine Stunde früher",
      nl: "Sluizen aan het Brannockkanaal gaan een uur eerder open",
      it: "Le chiuse del canale di Brannock aprono un'ora prima",
    };
    for (const [lang, box] of boxes) {
      const title = titles[lang]!;
      expect(page(lang, [title, "", "The upper lock at dawn. Photo: Ian Rudd", "", box, ...meta[lang]!]).headline, box).toBe(title);
      expect(page(lang, [title, "", "Share", "", box, ...meta[lang]!]).headline, box).toBe(title);
    }
    // Nor under a title short or opening in lower case, which heads the story over the box as over its byline.
    for (const title of ["Lock row", "iPhone app for Brannock Canal boaters launched"])
      for (const header of [
        [title, boxes[0]![1], ...meta.en!],
        [title, "", boxes[0]![1], meta.en![1]!],
      ])
        expect(page("en", header).headline, title).toBe(title);
    // A call in de/fr/es/it/pt/nl over the byline of a page whose title the copy lacks is no issue's title either (on the
    // English page, whose story is long enough to stand alone).
    for (const call of [
      "Newsletter: Die wichtigsten Nachrichten des Tages direkt ins Postfach",
      "Newsletter : l'actualité du canal chaque matin dans votre boîte mail",
      "Newsletter: apúntate y no te pierdas nada del canal",
      "Newsletter: il meglio della settimana nella tua casella di posta",
      "Newsletter: inscreva já o seu endereço e fique a par de tudo",
      "Nieuwsbrief: meld je aan en mis niets van het kanaal",
    ])
      expect(page("en", [call, ...meta.en!]).headline, call).not.toBe(call);
    // The day's date atop the page is no title over an issue's.
    const issue = "Newsletter: The canal week in five stories";
    expect(page("en", ["Thursday, 12 June 2025", "", issue, ...meta.en!]).headline).toBe(issue);
  });
});

// A menu featuring the same story in two of its sections prints its teaser twice; the header's own title,
// over its deck and byline, is the headline, not the teaser printed twice. And a title packed over its own deck and
// byline is not moved up to a longer teaser set apart above it.
describe("teasers printed twice in a menu over the story's header", () => {
  const body: Record<string, string[]> = {
    en: [
      "The ferry board of Quenby agreed on Monday to add a late sailing on Fridays, after a petition signed by more than two thousand islanders.",
      "The new crossing will leave the harbour at eleven at night and return before one, with a smaller crew than the day boats.",
      "Shopkeepers on the quay said the change would bring visitors back for the evening markets that closed last winter.",
    ],
    de: [
      "Der Fährbeirat von Quenby hat am Montag beschlossen, freitags eine späte Fahrt anzubieten, nachdem mehr als zweitausend Inselbewohner eine Petition unterschrieben hatten.",
      "Die neue Fähre verlässt den Hafen um elf Uhr abends und kehrt vor eins zurück, mit einer kleineren Besatzung als die Tagesboote.",
      "Die Ladenbesitzer am Kai sagten, die Änderung bringe die Besucher zu den Abendmärkten zurück, die im letzten Winter schlossen.",
    ],
    fr: [
      "Le conseil du bac de Quenby a accepté lundi d'ajouter une traversée tardive le vendredi, après une pétition signée par plus de deux mille habitants.",
      "Le nouveau bac quittera le port à vingt-trois heures et reviendra avant une heure, avec un équipage plus réduit que celui des bateaux de jour.",
      "Les commerçants du quai estiment que ce changement ramènera les visiteurs aux marchés du soir fermés l'hiver dernier.",
    ],
    es: [
      "La junta del transbordador de Quenby acordó el lunes añadir una salida nocturna los viernes, tras una petición firmada por más de dos mil vecinos.",
      "El nuevo trayecto saldrá del puerto a las once de la noche y volverá antes de la una, con menos tripulación que los barcos de día.",
      "Los comerciantes del muelle dijeron que el cambio devolverá a los visitantes a los mercados nocturnos que cerraron el invierno pasado.",
    ],
    it: [
      "Il consiglio del traghetto di Quenby ha deciso lunedì di aggiungere una corsa serale il venerdì, dopo una petizione firmata da oltre duemila abitanti.",
      "La nuova corsa lascerà il porto alle undici di sera e tornerà prima dell'una, con un equipaggio più piccolo delle barche di giorno.",
      "I negozianti della banchina hanno detto che il cambiamento riporterà i visitatori ai mercati serali chiusi lo scorso inverno.",
    ],
    nl: [
      "Het veerbestuur van Quenby heeft maandag besloten op vrijdag een late afvaart toe te voegen, na een petitie die door ruim tweeduizend eilanders werd getekend.",
      "De nieuwe boot vertrekt om elf uur 's avonds uit de haven en keert voor één uur terug, met een kleinere bemanning dan de dagboten.",
      "Winkeliers op de kade zeiden dat de verandering bezoekers terugbrengt naar de avondmarkten die vorige winter sloten.",
    ],
  };
  // Per language: title, its deck, byline, date, three teasers of other stories (their writers' names glued on).
  const header: Record<string, { title: string; deck: string; by: string; date: string; teasers: [string, string, string] }> = {
    en: {
      title: "Quenby ferry adds a late Friday sailing",
      deck: "Islanders who signed the petition say the evening crossing will bring the quay's night markets back to life",
      by: "By Orla Fennimore",
      date: "3 April 2025",
      teasers: [
        "Why the old cinema on Pell Street may open again this autumn Dara Voss",
        "Lighthouse keepers look back on the great storm of 1987 Ines Harwick",
        "The bakery that sells its last loaf before seven every morning Tobin Lake",
      ],
    },
    de: {
      title: "Quenby-Fähre fährt freitags später",
      deck: "Die Inselbewohner hinter der Petition hoffen, dass die Abendfahrt die Nachtmärkte am Kai wieder belebt",
      by: "Von Orla Fennimore",
      date: "3. April 2025",
      teasers: [
        "Warum das alte Kino in der Pellstraße im Herbst wieder öffnen könnte Dara Voss",
        "Leuchtturmwärter erinnern sich an den großen Sturm von 1987 Ines Harwick",
        "Die Bäckerei, die jeden Morgen vor sieben ihr letztes Brot verkauft Tobin Lake",
      ],
    },
    fr: {
      title: "Quenby : le bac partira plus tard le vendredi",
      deck: "Les habitants à l'origine de la pétition espèrent que la traversée du soir fera revivre les marchés de nuit du quai",
      by: "Par Orla Fennimore",
      date: "3 avril 2025",
      teasers: [
        "Pourquoi le vieux cinéma de la rue Pell pourrait rouvrir cet automne Dara Voss",
        "Les gardiens de phare racontent la grande tempête de 1987 Ines Harwick",
        "La boulangerie qui vend son dernier pain avant sept heures chaque matin Tobin Lake",
      ],
    },
    es: {
      title: "El transbordador de Quenby añade una salida nocturna",
      deck: "Los vecinos que firmaron la petición creen que el viaje de la noche devolverá la vida a los mercados del muelle",
      by: "Por Orla Fennimore",
      date: "3 de abril de 2025",
      teasers: [
        "Por qué el viejo cine de la calle Pell podría reabrir este otoño Dara Voss",
        "Los fareros recuerdan la gran tormenta de 1987 Ines Harwick",
        "La panadería que vende su última barra antes de las siete cada mañana Tobin Lake",
      ],
    },
    it: {
      title: "Il traghetto di Quenby aggiunge una corsa serale",
      deck: "Gli abitanti che hanno firmato la petizione sperano che la corsa della sera riporti in vita i mercati notturni della banchina",
      by: "Di Orla Fennimore",
      date: "3 aprile 2025",
      teasers: [
        "Perché il vecchio cinema di via Pell potrebbe riaprire questo autunno Dara Voss",
        "I guardiani del faro ricordano la grande tempesta del 1987 Ines Harwick",
        "Il forno che vende l'ultima pagnotta prima delle sette ogni mattina Tobin Lake",
      ],
    },
    nl: {
      title: "Quenby krijgt late veerboot op vrijdag",
      deck: "Eilanders achter de petitie hopen dat de avondboot de nachtmarkten op de kade weer tot leven brengt",
      by: "Door Orla Fennimore",
      date: "3 april 2025",
      teasers: [
        "Waarom de oude bioscoop in de Pellstraat dit najaar weer open kan Dara Voss",
        "Vuurtorenwachters blikken terug op de grote storm van 1987 Ines Harwick",
        "De bakker die elke ochtend voor zeven uur zijn laatste brood verkoopt Tobin Lake",
      ],
    },
  };
  const langs = Object.keys(header);
  const read = (lang: string, top: string[]) =>
    fromText([...top, "", ...body[lang]!.flatMap((paragraph) => [paragraph, ""]), "Share", "© 2025 Quenby Courier"].join("\n"), {
      source: `teasers-twice-${lang}.txt`,
    });

  it("takes the title over its deck and byline, not a teaser the menu prints in two sections", () => {
    for (const lang of langs) {
      const { title, deck, by, date, teasers: t } = header[lang]!;
      const top = ["Quenby Courier", "", "Home", "News", "", t[0], "", t[1], "", "Sport", "Culture", "", t[1], "", t[2], "", ""];
      // Over its deck and byline, and over its deck and date.
      expect(read(lang, [...top, title, deck, by, date]).headline, lang).toBe(title);
      expect(read(lang, [...top, title, deck, date]).headline, lang).toBe(title);
    }
  });

  it("still counts the headline printed twice: a title bar's copy, or the story featured among the teasers", () => {
    for (const lang of langs) {
      const { title, deck, by, date, teasers: t } = header[lang]!;
      // The title bar's copy over the site's name, the title over its deck and byline.
      expect(read(lang, [title, "", "Quenby Courier", "", "Home", "News", "", title, deck, by, date]).headline, lang).toBe(title);
      // The story itself featured among the teasers, once or twice, over its own header.
      expect(read(lang, ["Quenby Courier", "", t[0], "", title, "", t[2], "", "Sport", "", title, deck, by, date]).headline, lang).toBe(
        title,
      );
      expect(
        read(lang, ["Quenby Courier", "", t[0], "", title, "", t[2], "", "Sport", "", t[1], "", title, "", t[2], "", "", title, by, date])
          .headline,
        lang,
      ).toBe(title);
      // A title printed twice among teasers with no title over its own byline under it: the repeat still counts.
      expect(
        read(lang, ["Quenby Courier", "", t[0], "", title, "", t[2], "", "Sport", "", t[1], "", title, "", t[2], "", "", title, deck])
          .headline,
        lang,
      ).toBe(title);
    }
  });

  it("keeps the repeat of a headline whose copies do not all stand among other stories' titles", () => {
    // A second title-like line over the byline under the headline printed twice (a kicker and a line, or a date and one).
    const other: Record<string, string> = {
      en: "The late boat sails for the first time on Friday night",
      de: "Die späte Fähre fährt am Freitagabend zum ersten Mal",
      fr: "Le bac du soir partira pour la première fois vendredi",
      nl: "De late boot vaart vrijdagavond voor het eerst uit",
    };
    for (const lang of Object.keys(other)) {
      const { title, by, date, teasers: t } = header[lang]!;
      const under = ["", "Ferries", other[lang]!, by, date];
      const pages: string[][] = [
        // The title bar's copy over the site's name; the headline's own copy under the menu.
        [title, "", "Quenby Courier", "", "Home", "News", "", title, ...under],
        [title, "", "Quenby Courier", "", "Home", "News", "", title, "", date, other[lang]!, "", by],
        // Its own copy under a teaser, the title bar's over the site's name.
        [title, "", "Quenby Courier", "", "Home", "News", "", t[0], "", title, ...under],
        // Its copy among teasers, its own copy between the menu's labels.
        ["Quenby Courier", "", t[0], "", title, "", t[2], "", "Sport", "", title, ...under],
        // Printed twice in a row under the menu.
        ["Quenby Courier", "", "Home", "News", "", title, "", title, ...under],
        // Closing the trail, its own copy under a teaser.
        [`Home » News » ${title}`, "", "Quenby Courier", "", t[0], "", title, ...under],
        // Its own copy under a sentence set apart (a notice's), under short labels, over its deck, or under a date.
        [
          "Quenby Courier",
          "",
          t[0],
          "",
          title,
          "",
          t[2],
          "",
          "Sport",
          "",
          "The quay will be busy on Friday night, the harbour master said.",
          "",
          title,
          ...under,
        ],
        ["Quenby Courier", "", "Island Life", "", title, "", "Local Sport", "", "Sport", "", "Harbour Notes", "", title, ...under],
        [
          "Quenby Courier",
          "",
          t[0],
          "",
          title,
          "",
          t[2],
          "",
          "Sport",
          "",
          "Sign up for the Quenby Courier newsletter and get the news first",
          "",
          title,
          ...under,
        ],
        ["Quenby Courier", "", t[0], "", title, "", t[2], "", "Sport", "", title, header[lang]!.deck, ...under],
        ["Quenby Courier", "", t[0], "", title, "", t[2], "", "Sport", "", date, "", title, ...under],
      ];
      for (const [n, top] of pages.entries()) {
        const article = read(lang, top);
        expect(article.headline, `${lang} ${n}`).toBe(title);
        // The copy taken is the one over the header: no copy of the title is left to open the body.
        expect(
          article.body.some((block) => block.type === "paragraph" && block.text === title),
          `${lang} ${n}`,
        ).toBe(false);
      }
    }
  });

  it("keeps a title packed over its own deck and byline under a longer teaser set apart above it", () => {
    for (const lang of langs) {
      const { title, deck, by, date, teasers: t } = header[lang]!;
      expect(read(lang, ["Quenby Courier", "", "Home", "News", "", t[0], "", t[2], "", "", title, deck, by, date]).headline, lang).toBe(
        title,
      );
    }
  });

  it("still moves up from a standfirst set apart under its title, and from a deck packed under its title", () => {
    // A long title over a shorter line set apart, a shorter title-like line packed under it: no deck of its own.
    const long = "Quenby ferry board agrees to add a late Friday sailing after a long petition campaign by islanders";
    const short = "Evening markets on the quay hope for a revival";
    for (const packed of [
      [],
      ["Ferries and harbours"],
      ["The board voted on Monday after a petition signed by two thousand islanders in the winter."],
    ])
      expect(
        read("en", ["Quenby Courier", "", "Home", "News", "", long, "", short, ...packed, "By Orla Fennimore", "3 April 2025"]).headline,
      ).toBe(long);
    // Under the date and a section's label, a title packed over its deck of as many words, the story's first paragraph
    // ending on an exclamation mark set apart under them: the deck is the standfirst.
    const tides = read("en", [
      "Quenby Notes",
      "About",
      "Subscribe",
      "",
      "3 April 2025",
      "Sailing",
      "Simple Ways to Read Tide Tables",
      "Plan Your Crossing Before Weather Turns",
      "",
      "Many sailors think a storm is the worst thing that can happen at sea. Worse is a falling tide you did not see coming!",
    ]);
    expect(tides.headline).toBe("Simple Ways to Read Tide Tables");
    expect(tides.description).toBe("Plan Your Crossing Before Weather Turns");
    for (const lang of langs) {
      const { title, deck, by, date } = header[lang]!;
      // A standfirst set apart under its title, its byline under it.
      expect(read(lang, ["Quenby Courier", "", "Home", "News", "", title, "", deck, by, date]).headline, lang).toBe(title);
      // A title packed over its deck, over the byline.
      expect(read(lang, ["Quenby Courier", "", "Home", "News", "", title, deck, by, date]).headline, lang).toBe(title);
    }
  });

  it("moves up from a standfirst over a caption with its credit, a line leading on with a colon, or a quote", () => {
    // The headline set apart over a shorter standfirst, a longer line under it that is no deck of the standfirst: a picture's
    // caption with its credit, a line ending on a colon, a quote from the story ending on a full stop inside its marks.
    const standfirst: Record<string, { sub: string; line: string; credit: string }> = {
      en: {
        sub: "A tight vote after long debate",
        line: "Traders on the quay said the late boat would bring the night markets back to life",
        credit: "Photo: Mira Kessel",
      },
      de: {
        sub: "Knappe Abstimmung im Rat",
        line: "Die Händler am Kai sagten, die späte Fähre bringe die Nachtmärkte wieder zum Leben",
        credit: "Foto: Mira Kessel",
      },
      fr: {
        sub: "Un vote serré après un long débat",
        line: "Les commerçants du quai estiment que le bac du soir fera revivre les marchés de nuit",
        credit: "Photo : Mira Kessel",
      },
      es: {
        sub: "Una votación ajustada tras un largo debate",
        line: "Los comerciantes del muelle creen que el barco de la noche devolverá la vida a los mercados",
        credit: "Foto: Mira Kessel",
      },
      it: {
        sub: "Un voto sul filo dopo il dibattito",
        line: "I negozianti della banchina dicono che la corsa serale riporterà in vita i mercati notturni",
        credit: "Foto: Mira Kessel",
      },
      nl: {
        sub: "Krappe stemming in de raad",
        line: "Winkeliers op de kade zeggen dat de late boot de nachtmarkten weer tot leven brengt",
        credit: "Foto: Mira Kessel",
      },
    };
    const over = (lang: string, under: string) => {
      const { title, by, date } = header[lang]!;
      return read(lang, ["Quenby Courier", "", "Home", "News", "", title, "", standfirst[lang]!.sub, under, by, date]).headline;
    };
    for (const lang of langs) {
      const { line, credit } = standfirst[lang]!;
      for (const under of [`${line} ${credit}`, `${line}:`]) expect(over(lang, under), `${lang} ${under}`).toBe(header[lang]!.title);
    }
    // The story's last paragraph quoted whole as a pull quote, its full stop inside the quotes.
    const quote = body.es![2]!.slice(0, -1);
    for (const under of [`“${quote}.”`, `"${quote}."`, `« ${quote}. »`]) expect(over("es", under), under).toBe(header.es!.title);
  });

  it("keeps the repeat of a headline whose own copy stands over another title over the byline, a related story's", () => {
    // The headline printed in the site's bar and again over the header, a related story's title (its writer's name not
    // glued on) right under its own copy and over the byline: that title is the header's own line, no other teaser beside it.
    for (const lang of langs) {
      const { title, by, date, teasers } = header[lang]!;
      const [first, related] = teasers.map((teaser) => teaser.split(" ").slice(0, -2).join(" "));
      for (const under of [
        [related!, by, date],
        [related!, "", by, date],
      ])
        expect(
          read(lang, [title, "", first!, "", "Quenby Courier", "", "Home", "News", "Sport", "", title, "", ...under]).headline,
          lang,
        ).toBe(title);
    }
  });

  it("moves up from a sub-headline set apart over a standfirst set apart under it: that standfirst is no deck of its own", () => {
    // A headline, a short sub-headline and a long standfirst without a full stop, each a block of its own, over the
    // byline or the date: the headline is the first line, not the sub-headline set over the standfirst as its deck.
    const pages: Record<string, { title: string; sub: string; standfirst: string; by: string; date: string }> = {
      en: {
        title: "Wendle harbour board agrees to dredge the inner basin at last",
        sub: "Skippers fear for the mackerel season",
        standfirst: "The ten-week closure comes at the height of the season for the small boats that work out of the town",
        by: "By Orla Penrose",
        date: "3 June 2025",
      },
      nl: {
        title: "Havenbestuur van Wendel laat de binnenhaven eindelijk uitbaggeren",
        sub: "Vissers vrezen voor het makreelseizoen",
        standfirst: "De sluiting van tien weken valt midden in het seizoen voor de kleine boten die vanuit de haven van de stad vissen",
        by: "Door Els de Boer",
        date: "3 juni 2025",
      },
    };
    for (const lang of Object.keys(pages)) {
      const { title, sub, standfirst, by, date } = pages[lang]!;
      const top = ["Wendle Courier", "", "Home", "News", "", title, "", sub, "", standfirst, ""];
      expect(read(lang, [...top, by, date]).headline, lang).toBe(title);
      expect(read(lang, [...top, date]).headline, lang).toBe(title);
      // Near miss: the same long line packed under the short one is its deck, and the short line the title.
      expect(read(lang, ["Wendle Courier", "", "Home", "News", "", title, "", sub, standfirst, by, date]).headline, lang).toBe(sub);
    }
  });
});

// A headline set apart over a shorter standfirst, the standfirst packed over a longer deck and the byline or
// date. A rule once read the deck as the standfirst's own where the line above shared more of the first paragraph's
// words; it was reverted (a caption, a teaser on the same subject or a tagline naming the town shares them too):
// a line set apart over its own deck and byline is the title (near misses below).
describe("a headline over a shorter standfirst over its deck", () => {
  const page: Record<
    string,
    {
      site: string;
      title: string;
      sub: string;
      deck: string;
      q: string;
      by: string;
      date: string;
      tag: string;
      teaser: string;
      body: string[];
    }
  > = {
    en: {
      site: "Ostry Vale Herald",
      title: "Ostry saves its village swimming pool from closure",
      sub: "A late reprieve for swimmers",
      deck: "Parents who packed the parish hall on Thursday say the pool is the only place their children learn to swim",
      q: "Can Ostry save its village swimming pool from closure?",
      by: "By Wendel Okafor",
      date: "12 June 2025",
      tag: "Plain reporting for the vale and its farms since 1902",
      teaser: "Ostry bell ringers plan a record peal for the summer fair",
      body: [
        "The parish board voted on Thursday to keep the village swimming pool in Ostry open for two more summers, after a meeting that ran past midnight.",
        "The pool had been due to shut in September because its boiler needs replacing and the heating bill has doubled.",
        "A swimming club from the next valley offered to share its coaches on weekday evenings.",
      ],
    },
    de: {
      site: "Ostrauer Bote",
      title: "Ostrau rettet sein Freibad vor der Schließung",
      sub: "Späte Gnade für die Schwimmer",
      deck: "Eltern, die am Donnerstag den Saal füllten, sagen, nur dort lernten ihre Kinder schwimmen",
      q: "Kann Ostrau sein Freibad vor der Schließung retten?",
      by: "Von Wendel Okafor",
      date: "12. Juni 2025",
      tag: "Schlichte Berichte für das Tal und seine Höfe seit 1902",
      teaser: "Die Glöckner von Ostrau planen ein Rekordgeläut zum Sommerfest",
      body: [
        "Der Gemeinderat hat am Donnerstag beschlossen, das Freibad in Ostrau noch zwei Sommer offen zu halten, nach einer Sitzung bis nach Mitternacht.",
        "Das Bad sollte im September schließen, weil der Kessel ersetzt werden muss und sich die Heizkosten verdoppelt haben.",
        "Ein Schwimmverein aus dem Nachbartal bot an, an Werktagen seine Trainer zu teilen.",
      ],
    },
    fr: {
      site: "L'Écho d'Ostrac",
      title: "Ostrac sauve sa piscine municipale de la fermeture",
      sub: "Un sursis pour les nageurs",
      deck: "Les parents qui remplissaient la salle jeudi disent que la piscine est le seul endroit où leurs enfants apprennent à nager",
      q: "Ostrac peut-elle sauver sa piscine municipale de la fermeture ?",
      by: "Par Wendel Okafor",
      date: "12 juin 2025",
      tag: "Une information simple pour la vallée et ses fermes depuis 1902",
      teaser: "Les sonneurs d'Ostrac préparent une volée record pour la fête",
      body: [
        "Le conseil a voté jeudi pour garder la piscine municipale d'Ostrac ouverte encore deux étés, après une réunion qui a duré jusqu'à minuit.",
        "La piscine devait fermer en septembre parce que sa chaudière doit être remplacée et que la facture de chauffage a doublé.",
        "Un club de natation de la vallée voisine a proposé de partager ses entraîneurs en semaine.",
      ],
    },
    es: {
      site: "Heraldo de Ostrena",
      title: "Ostrena salva su piscina municipal del cierre",
      sub: "Un respiro para los nadadores",
      deck: "Los padres que llenaron el salón el jueves dicen que la piscina es el único lugar donde sus hijos aprenden a nadar",
      q: "¿Podrá Ostrena salvar su piscina municipal del cierre?",
      by: "Por Wendel Okafor",
      date: "12 de junio de 2025",
      tag: "Información sencilla para el valle y sus granjas desde 1902",
      teaser: "Los campaneros de Ostrena preparan un repique récord para la feria",
      body: [
        "El consejo votó el jueves mantener abierta la piscina municipal de Ostrena dos veranos más, tras una reunión que terminó pasada la medianoche.",
        "La piscina iba a cerrar en septiembre porque hay que cambiar la caldera y la factura de la calefacción se ha duplicado.",
        "Un club de natación del valle vecino se ofreció a compartir sus entrenadores entre semana.",
      ],
    },
    it: {
      site: "Corriere di Ostra",
      title: "Ostra salva la piscina comunale dalla chiusura",
      sub: "Una tregua per i nuotatori",
      deck: "I genitori che giovedì riempivano la sala dicono che la piscina è l'unico posto dove i figli imparano a nuotare",
      q: "Ostra riuscirà a salvare la piscina comunale dalla chiusura?",
      by: "Di Wendel Okafor",
      date: "12 giugno 2025",
      tag: "Informazione semplice per la valle e le sue fattorie dal 1902",
      teaser: "I campanari di Ostra preparano uno scampanio record per la sagra",
      body: [
        "Il consiglio ha votato giovedì di tenere aperta la piscina comunale di Ostra per altre due estati, dopo una riunione finita a mezzanotte.",
        "La piscina doveva chiudere a settembre perché la caldaia va sostituita e la bolletta del riscaldamento è raddoppiata.",
        "Una società di nuoto della valle vicina si è offerta di condividere i suoi allenatori nei giorni feriali.",
      ],
    },
    pt: {
      site: "Gazeta de Ostreira",
      title: "Ostreira salva a piscina municipal do encerramento",
      sub: "Um alívio para os nadadores",
      deck: "Os pais que encheram o salão na quinta-feira dizem que a piscina é o único sítio onde os filhos aprendem a nadar",
      q: "Conseguirá Ostreira salvar a piscina municipal do encerramento?",
      by: "Por Wendel Okafor",
      date: "12 de junho de 2025",
      tag: "Informação simples para o vale e as suas quintas desde 1902",
      teaser: "Os sineiros de Ostreira preparam um repique recorde para a romaria",
      body: [
        "A junta votou na quinta-feira manter a piscina municipal de Ostreira aberta por mais dois verões, depois de uma reunião que acabou à meia-noite.",
        "A piscina ia fechar em setembro porque a caldeira tem de ser substituída e a conta do aquecimento duplicou.",
        "Um clube de natação do vale vizinho ofereceu-se para partilhar os treinadores durante a semana.",
      ],
    },
    nl: {
      site: "Oosterdal Courant",
      title: "Oosterdal redt het dorpszwembad van sluiting",
      sub: "Uitstel voor de zwemmers",
      deck: "Ouders die donderdag de zaal vulden zeggen dat hun kinderen alleen in dat zwembad leren zwemmen",
      q: "Kan Oosterdal het dorpszwembad nog redden van sluiting?",
      by: "Door Wendel Okafor",
      date: "12 juni 2025",
      tag: "Eenvoudig nieuws voor het dal en de boerderijen sinds 1902",
      teaser: "Klokkenluiders van Oosterdal willen een record luiden op de kermis",
      body: [
        "De dorpsraad stemde donderdag om het dorpszwembad van Oosterdal nog twee zomers open te houden, na een vergadering die tot middernacht duurde.",
        "Het zwembad zou in september dicht gaan omdat de ketel vervangen moet worden en de stookkosten verdubbeld zijn.",
        "Een zwemclub uit het naburige dal bood aan om doordeweeks zijn trainers te delen.",
      ],
    },
  };
  const langs = Object.keys(page);
  const read = (lang: string, top: string[]) =>
    fromText(
      Buffer.from(
        [page[lang]!.site, "", "Home", "News", "Sport", "", ...top, "", ...page[lang]!.body.flatMap((p) => [p, ""]), "Share"].join("\n"),
      ),
      { source: "layout.txt" },
    );

  it("still keeps a title over its deck under a teaser, a tagline or a kicker set apart above it", () => {
    for (const lang of langs) {
      const { title, sub, deck, by, date, tag, teaser } = page[lang]!;
      // Another story's teaser (naming the same town), a site's tagline, a section's label: no headline of the title.
      for (const over of [teaser, tag, "Swimming"])
        expect(read(lang, [over, "", title, deck, by, date]).headline, `${lang} ${over}`).toBe(title);
      // A teaser over a short title over its deck: the teaser shares no words with the story.
      expect(read(lang, [teaser, "", sub, deck, by, date]).headline, `${lang} short`).toBe(sub);
      // A title over a standfirst set apart, longer and ending a sentence.
      expect(read(lang, [title, "", `${deck}.`, by, date]).headline, `${lang} sentence`).toBe(title);
      // The title printed in the site's bar too, a teaser over its own copy.
      expect(read(lang, [title, "", teaser, "", title, deck, by, date]).headline, `${lang} bar`).toBe(title);
    }
    // A teaser naming the town and the weekday as the story's first paragraph does, no more of its words than the title.
    const twoWords: Record<string, string> = {
      en: "Ostry bell ringers meet on Thursday before the summer fair",
      de: "Die Glöckner von Ostrau treffen sich am Donnerstag vor dem Sommerfest",
      fr: "Les sonneurs d'Ostrac se réunissent jeudi avant la fête de l'été",
    };
    for (const [lang, teaser] of Object.entries(twoWords)) {
      const { title, deck, by, date } = page[lang]!;
      expect(read(lang, [teaser, "", title, deck, by, date]).headline, `${lang} two words`).toBe(title);
    }
  });

  // A line set apart over a title over its deck that shares the story's words by its subject, where
  // the title shares none (a title need not repeat its first paragraph): the line is still no headline of the title.
  const subject: Record<
    string,
    {
      site: string;
      title: string;
      short: string;
      sub: string;
      deck: string;
      by: string;
      date: string;
      body: string[];
      caption: string;
      earlier: string;
      tag: string;
      more: string[];
    }
  > = {
    en: {
      site: "Kelmouth Evening Star",
      title: "Commuters face another price rise on the water",
      short: "Commuters pay more again",
      sub: "What passengers will pay from May",
      deck: "Season tickets, single tickets and the new zones for travellers from the outer islands explained in full",
      by: "By Ada Lee",
      date: "3 April 2026",
      body: [
        "Ferry fares across Kelmouth harbour will rise by eight percent in May, the operator confirmed on Tuesday, the third increase in as many years.",
        "Season tickets for the outer islands go up by less, the company said, after complaints from workers who cross twice a day.",
      ],
      caption: "The morning ferry leaves Kelmouth harbour for the outer islands on Tuesday",
      earlier: "Kelmouth harbour ferry fares went up last spring as the operator blamed fuel",
      tag: "News from Kelmouth harbour and the islands since 1898",
      more: ["Live: Kelmouth harbour ferry fares and strike updates", "Kelmouth harbour ferry fares"],
    },
    de: {
      site: "Kellmünder Abendblatt",
      title: "Pendler zahlen auf dem Wasser schon wieder mehr",
      short: "Pendler zahlen wieder mehr",
      sub: "Was Fahrgäste ab Mai zahlen",
      deck: "Monatskarten, Einzelfahrten und die neuen Zonen für Reisende von den äußeren Inseln im Überblick",
      by: "Von Ada Lehmann",
      date: "3. April 2026",
      body: [
        "Die Fährpreise im Kellmünder Hafen steigen im Mai um acht Prozent, wie der Betreiber am Dienstag bestätigte, die dritte Erhöhung in drei Jahren.",
        "Monatskarten für die äußeren Inseln werden weniger teurer, nachdem sich Pendler beschwert hatten, die zweimal am Tag übersetzen.",
      ],
      caption: "Die Morgenfähre verlässt am Dienstag den Kellmünder Hafen in Richtung Inseln",
      earlier: "Schon im letzten Frühjahr stiegen die Fährpreise im Kellmünder Hafen, der Betreiber nannte den Treibstoff",
      tag: "Nachrichten aus dem Kellmünder Hafen und von den Inseln seit 1898",
      more: [],
    },
    fr: {
      site: "L'Étoile de Kermoz",
      title: "Les navetteurs paieront encore plus cher sur l'eau",
      short: "Les navetteurs paieront plus",
      sub: "Ce que paieront les passagers",
      deck: "Abonnements, billets simples et nouvelles zones pour les voyageurs des îles du large, tout ce qui change",
      by: "Par Ada Leroux",
      date: "3 avril 2026",
      body: [
        "Les tarifs du bac du port de Kermoz augmenteront de huit pour cent en mai, a confirmé mardi l'exploitant, troisième hausse en trois ans.",
        "Les abonnements pour les îles du large augmenteront moins, après les plaintes des travailleurs qui traversent deux fois par jour.",
      ],
      caption: "Le bac du matin quitte le port de Kermoz mardi vers les îles du large",
      earlier: "Au printemps dernier déjà, les tarifs du bac de Kermoz avaient augmenté et l'exploitant accusait le carburant",
      tag: "Le quotidien du port de Kermoz et des îles du large depuis 1898",
      more: ["Tarifs du bac à Kermoz"],
    },
    es: {
      site: "La Estrella de Calmuz",
      title: "Los viajeros pagarán otra vez más por cruzar el agua",
      short: "Los viajeros pagarán más",
      sub: "Lo que pagarán los pasajeros",
      deck: "Abonos, billetes sencillos y las nuevas zonas para quienes viajan desde las islas exteriores, explicados uno a uno",
      by: "Por Ada León",
      date: "3 de abril de 2026",
      body: [
        "Las tarifas del ferri del puerto de Calmuz subirán un ocho por ciento en mayo, confirmó el martes la naviera, la tercera subida en tres años.",
        "Los abonos para las islas exteriores subirán menos, tras las quejas de los trabajadores que cruzan dos veces al día.",
      ],
      caption: "El ferri de la mañana sale el martes del puerto de Calmuz hacia las islas",
      earlier: "Ya la pasada primavera subieron las tarifas del ferri de Calmuz y la naviera culpó al combustible",
      tag: "Noticias del puerto de Calmuz y sus islas desde 1898",
      more: ["Reciba cada mañana el boletín del puerto de Calmuz", "Tarifas del ferri en Calmuz"],
    },
    it: {
      site: "La Stella di Calmozzo",
      title: "I pendolari pagheranno ancora di più per attraversare l'acqua",
      short: "I pendolari pagheranno di più",
      sub: "Quanto pagheranno i passeggeri",
      deck: "Abbonamenti, biglietti singoli e nuove zone per chi viaggia dalle isole esterne, spiegati uno per uno",
      by: "Di Ada Leoni",
      date: "3 aprile 2026",
      body: [
        "Le tariffe del traghetto nel porto di Calmozzo saliranno dell'otto per cento a maggio, ha confermato martedì la compagnia, terzo aumento in tre anni.",
        "Gli abbonamenti per le isole esterne aumenteranno meno, dopo le proteste dei lavoratori che attraversano due volte al giorno.",
      ],
      caption: "Il traghetto del mattino lascia martedì il porto di Calmozzo verso le isole",
      earlier: "Già la scorsa primavera le tariffe del traghetto di Calmozzo erano salite e la compagnia aveva dato la colpa al carburante",
      tag: "Notizie dal porto di Calmozzo e dalle sue isole dal 1898",
      more: ["Tariffe del traghetto a Calmozzo"],
    },
    pt: {
      site: "A Estrela de Calmosa",
      title: "Quem atravessa a água vai pagar outra vez mais caro",
      short: "Passageiros pagam mais caro",
      sub: "Quanto vão pagar os passageiros",
      deck: "Passes mensais, bilhetes simples e as novas zonas para quem viaja das ilhas exteriores, explicados um a um",
      by: "Por Ada Leal",
      date: "3 de abril de 2026",
      body: [
        "Os preços do ferry no porto de Calmosa vão subir oito por cento em maio, confirmou na terça-feira a transportadora, o terceiro aumento em três anos.",
        "Os passes para as ilhas exteriores sobem menos, depois das queixas dos trabalhadores que atravessam duas vezes por dia.",
      ],
      caption: "O ferry da manhã sai do porto de Calmosa na terça-feira rumo às ilhas",
      earlier: "Já na primavera passada os preços do ferry de Calmosa subiram e a transportadora culpou o combustível",
      tag: "Notícias do porto de Calmosa e das suas ilhas desde 1898",
      more: ["Preços do ferry em Calmosa"],
    },
    nl: {
      site: "De Kelmonder Avondster",
      title: "Forenzen betalen op het water opnieuw meer",
      short: "Forenzen betalen opnieuw meer",
      sub: "Wat reizigers vanaf mei betalen",
      deck: "Abonnementen, losse kaartjes en de nieuwe zones voor reizigers van de buiteneilanden op een rij gezet",
      by: "Door Ada Lenders",
      date: "3 april 2026",
      body: [
        "De veertarieven in de haven van Kelmonde stijgen in mei met acht procent, bevestigde de vervoerder dinsdag, de derde verhoging in drie jaar.",
        "Abonnementen voor de buiteneilanden worden minder duur dan gevreesd, na klachten van pendelaars die twee keer per dag oversteken.",
      ],
      caption: "De ochtendpont verlaat dinsdag de haven van Kelmonde richting de eilanden",
      earlier: "Vorig voorjaar gingen de veertarieven in Kelmonde ook al omhoog en gaf de vervoerder de brandstof de schuld",
      tag: "Nieuws uit de haven van Kelmonde en van de eilanden sinds 1898",
      more: [
        "Wij gebruiken cookies voor veertarieven en vertrektijden in de haven van Kelmonde",
        "Live: veertarieven en staking in de haven van Kelmonde",
        "Veertarieven en verkeer in de haven van Kelmonde",
      ],
    },
  };
  const readSubject = (lang: string, top: string[]) =>
    fromText(
      Buffer.from(
        [subject[lang]!.site, "", "Home", "News", "Sport", "", ...top, "", ...subject[lang]!.body.flatMap((p) => [p, ""]), "Share"].join(
          "\n",
        ),
      ),
      { source: "layout.txt" },
    );

  it("keeps a title over its deck under a caption, a teaser or a tagline that shares the story's words", () => {
    for (const lang of Object.keys(subject)) {
      const { title, short, sub, deck, by, date, caption, earlier, tag, more } = subject[lang]!;
      // A picture's caption over the title, packed or spaced; an earlier story's teaser on the same subject; a tagline
      // naming the town; a newsletter or cookie line, a live label, a section's label naming the subject.
      for (const over of [caption, earlier, tag, ...more]) {
        // The title needs no more words than the line over it (a shorter one over a short label).
        const under = over.split(" ").length > title.split(" ").length ? title : short;
        expect(readSubject(lang, [over, "", under, deck, by, date]).headline, `${lang} ${over}`).toBe(under);
      }
      expect(readSubject(lang, [caption, "", title, "", deck, "", by, date]).headline, `${lang} spaced`).toBe(title);
      // The same subject's earlier story over a short title over its deck.
      expect(readSubject(lang, [earlier, "", sub, deck, by, date]).headline, `${lang} short`).toBe(sub);
    }
  });
});

describe("a Chinese or Japanese headline over its longer deck", () => {
  // Invented pages: a site's name and menu, the header, three paragraphs. A page in a script written without spaces
  // measures its headline in characters, and a deck (summary) runs longer than the title and sits nearer the byline.
  const cjk: Record<
    string,
    {
      site: string;
      menu: string[];
      title: string;
      question: string;
      long: string;
      deck: string;
      sentence: string;
      kicker: string;
      section: string;
      tagline: string;
      crumbs: string;
      teasers: string[];
      by: string;
      date: string;
      body: string[];
    }
  > = {
    ja: {
      site: "しらかわ新報",
      menu: ["トップ", "地域", "くらし"],
      title: "白川町の図書館、夜九時まで開館へ",
      question: "白川町の図書館は夜も開くのか？",
      long: "白川町の図書館、来月から夜九時まで開館へ　町議会が全会一致で予算を可決",
      deck: "仕事帰りに立ち寄りたいという利用者の声を受けて、町は司書を二人増やし平日の閉館時間を三時間遅らせる",
      sentence: "仕事帰りに立ち寄りたいという利用者の声を受けて、町は司書を二人増やし平日の閉館時間を三時間遅らせる。",
      kicker: "教育",
      section: "まちのニュース",
      tagline: "白川の毎日を伝えます。",
      crumbs: "トップ > 地域 > くらし > 教育",
      teasers: ["旧駅舎を改装したカフェが週末だけ営業を始める", "川沿いの桜並木で今年も夜間のライトアップ"],
      by: "森田 沙織 記者",
      date: "2026年4月9日",
      body: [
        "白川町議会は水曜日、町立図書館の開館時間を来月から平日の夜九時まで延ばすための予算を全会一致で可決した。",
        "図書館はこれまで午後六時に閉まっており、働く世代の利用が少ないことが課題となっていた。",
        "町は新たに司書を二人採用し、夜間の貸し出しと自習室の利用を受け付けるという。",
      ],
    },
    zh: {
      site: "白河晚报",
      menu: ["首页", "本地", "生活"],
      title: "白河图书馆将开放到晚上九点",
      question: "白河图书馆晚上还会开门吗？",
      long: "白河图书馆下月起开放到晚上九点　镇议会全票通过追加预算并增聘两名馆员",
      deck: "许多读者希望下班后也能借书，镇政府决定增聘两名馆员，把工作日的闭馆时间推迟三个小时",
      sentence: "许多读者希望下班后也能借书，镇政府决定增聘两名馆员，把工作日的闭馆时间推迟三个小时。",
      kicker: "教育",
      section: "本地新闻",
      tagline: "每天讲述白河的故事。",
      crumbs: "首页 > 本地 > 生活 > 教育",
      teasers: ["旧火车站改建的咖啡馆只在周末营业", "河边樱花大道今年继续举办夜间灯光秀"],
      by: "记者 周雨晴",
      date: "2026年4月9日",
      body: [
        "白河镇议会周三全票通过一项预算，镇立图书馆将从下个月起在工作日开放到晚上九点。",
        "图书馆此前每天下午六点闭馆，上班族很少有机会前来借书，这一直是馆方的难题。",
        "镇政府将新聘两名馆员，负责晚间的借还服务和自习室的管理。",
      ],
    },
  };
  const read = (lang: string, top: string[]) => {
    const { site, menu, body } = cjk[lang]!;
    return fromText(Buffer.from([site, "", ...menu, "", ...top, "", ...body.flatMap((p) => [p, ""]), "©"].join("\n")), {
      source: "layout.txt",
    });
  };

  it("takes the title over its deck, not the deck, in Japanese and Chinese", () => {
    for (const lang of Object.keys(cjk)) {
      const { title, question, deck, sentence, kicker, teasers, by, date } = cjk[lang]!;
      // The deck packed under the title, with or without its full stop; a kicker or a date over the title.
      for (const under of [deck, sentence]) {
        const page = read(lang, [title, under, by, date]);
        expect(page.headline, `${lang} packed ${under}`).toBe(title);
        expect(page.description, `${lang} packed ${under}`).toBe(under);
      }
      expect(read(lang, [kicker, title, deck, by, date]).headline, `${lang} kicker`).toBe(title);
      expect(read(lang, [date, title, deck, by]).headline, `${lang} date first`).toBe(title);
      // Teasers set apart over the header: the title opens its own block.
      expect(read(lang, [teasers[0]!, "", teasers[1]!, "", title, deck, by, date]).headline, `${lang} teasers`).toBe(title);
      // A deck that ends its sentence, set apart from the title; a question as the title.
      expect(read(lang, [title, "", sentence, "", by, date]).headline, `${lang} spaced`).toBe(title);
      expect(read(lang, [question, sentence, by, date]).headline, `${lang} question`).toBe(question);
    }
  });

  it("keeps a long title under a teaser, a section's name, a tagline or a trail (near misses)", () => {
    for (const lang of Object.keys(cjk)) {
      const { long, title, section, tagline, crumbs, teasers, by, date } = cjk[lang]!;
      // A teaser set apart over a longer title, or packed in a list of teasers over it: the title stays.
      expect(read(lang, [teasers[0]!, "", long, by, date]).headline, `${lang} teaser apart`).toBe(long);
      expect(read(lang, [teasers[1]!, "", long, "", by, date]).headline, `${lang} teaser apart, spaced`).toBe(long);
      expect(read(lang, [teasers[0]!, teasers[1]!, long, by, date]).headline, `${lang} teasers packed`).toBe(long);
      // A tagline's sentence or a trail packed over the title; the title alone over its byline.
      expect(read(lang, [tagline, long, by, date]).headline, `${lang} tagline`).toBe(long);
      expect(read(lang, [crumbs, long, by, date]).headline, `${lang} trail`).toBe(long);
      expect(read(lang, [long, by, date]).headline, `${lang} alone`).toBe(long);
      if (lang === "ja") {
        // A section's name packed over the title; a longer teaser packed over a shorter title.
        expect(read(lang, [section, long, by, date]).headline, `${lang} section`).toBe(long);
        expect(read(lang, [long, title, by, date]).headline, `${lang} longer line over the title`).toBe(title);
      }
    }
  });

  it("takes no teaser's summary for a deck when the story's own title stands under it", () => {
    // A portal lists a related story's title and its summary (a finished sentence) over the story it prints: the
    // summary, picked for the byline under the story's title, is no deck of the teaser's title over it, which is no
    // headline. A deck with its full stop right over the byline or date still gives the title over it.
    const related: Record<string, string[]> = {
      ja: ["旧駅舎のカフェ、週末だけ営業", "旧駅舎を改装したカフェが今月から土曜と日曜だけ営業を始め、初日から行列ができた。"],
      zh: ["旧火车站咖啡馆周末营业", "由旧火车站改建的咖啡馆本月起只在周六和周日营业，开业首日就排起了长队。"],
    };
    for (const lang of Object.keys(cjk)) {
      const { title, sentence, by, date } = cjk[lang]!;
      const [teaser, summary] = related[lang]!;
      for (const top of [
        [teaser!, summary!, "", title, by, date],
        [teaser!, summary!, title, by, date],
      ]) {
        const page = read(lang, top);
        expect(page.headline, `${lang} ${top.join(" / ")}`).not.toBe(teaser);
        expect(page.description, `${lang} ${top.join(" / ")}`).not.toBe(summary);
      }
      // Near misses: the deck right over the byline, or over the date, gives the title over it.
      expect(read(lang, [title, sentence, by, date]).headline, `${lang} deck over byline`).toBe(title);
      expect(read(lang, [title, sentence, date]).headline, `${lang} deck over date`).toBe(title);
    }
  });

  it("keeps a headline packed under a shorter label, trail, tagline, menu or teaser of 8 characters or more", () => {
    // A deck packed under its title with no full stop runs longer than a headline: a headline of 34 characters packed
    // under a shorter line that opens its block stays the headline, and the line over it is no title of a deck.
    const over: Record<string, string[][]> = {
      ja: [
        ["連載・白川の町並みを歩く"],
        ["政治・経済・社会・地域"],
        ["政治、経済、社会、地域"],
        ["白川の毎日を伝える地域の新聞"],
        ["トップ ＞ 地域 ＞ くらし ＞ 教育"],
        ["トップ ニュース 地域 くらし 教育"],
        ["ランキング", cjk.ja!.teasers[0]!],
        ["2026年4月8日", "しらかわニュースダイジェスト"],
      ],
      zh: [
        ["本地新闻 · 白河生活频道"],
        ["专栏｜城市观察 第十二期"],
        ["政治、经济、社会、本地"],
        ["首页 新闻 本地 生活 教育 体育"],
        ["热门", cjk.zh!.teasers[0]!],
      ],
    };
    for (const lang of Object.keys(cjk)) {
      const { long, by, date } = cjk[lang]!;
      for (const lines of over[lang]!) {
        const page = read(lang, [...lines, long, by, date]);
        expect(page.headline, `${lang} ${lines.join(" / ")}`).toBe(long);
        expect(page.description, `${lang} ${lines.join(" / ")}`).toBeUndefined();
      }
    }
    // Thai is written without spaces too, but its headlines run longer in letters: a kicker over one stays no headline.
    const thai = fromText(
      Buffer.from(
        [
          "ข่าวท่าเรือ",
          "",
          "หน้าแรก",
          "ข่าว",
          "",
          "ข่าวท้องถิ่นภาคใต้",
          "สภาเมืองท่าเรือลงมติให้รถโดยสารกลางคืนวิ่งต่ออีกสองปี",
          "โดย สมชาย ใจดี",
          "14 มีนาคม 2568",
          "",
          "สภาเมืองท่าเรือลงมติเมื่อคืนวันอังคารให้รถโดยสารกลางคืนวิ่งต่อไปอีกอย่างน้อยสองปี หลังการอภิปรายที่ยาวนานเกือบสี่ชั่วโมง",
          "",
          "รถโดยสารสายนี้ออกจากสถานีทุกชั่วโมงตั้งแต่เที่ยงคืนถึงตีห้า และมีกำหนดยกเลิกในเดือนมิถุนายน",
          "",
          "เจ้าของร้านอาหารยินดีกับการตัดสินใจนี้ โดยบอกว่าพนักงานจำนวนมากใช้รถโดยสารกลับบ้าน",
          "",
          "©",
        ].join("\n"),
      ),
      { source: "layout.txt" },
    );
    expect(thai.headline).toBe("สภาเมืองท่าเรือลงมติให้รถโดยสารกลางคืนวิ่งต่ออีกสองปี");
  });
});

describe("a title over a date line that carries its sections or tags", () => {
  // Invented pages: a date line with the post's sections, tags or a reading time glued or set after the date stays the
  // header's date line, and the title over it stays the headline, spaced or packed, with a byline over or under it.
  const pages: Record<string, { title: string; dates: string[]; by: string; body: string[] }> = {
    en: {
      title: "Night ferry to the outer islands returns for the summer",
      dates: ["June 4, 2026 · Travel, Islands", "2026-06-04 #ferries #islands", "June 4, 2026 | Travel | 4 min read"],
      by: "By Ines Caldwell",
      body: [
        "The night ferry to the outer islands will sail again from the first weekend of July, the operator said on Wednesday, after a winter in dry dock.",
        "Islanders who work late shifts on the mainland had asked for the crossing back since it was dropped two years ago.",
      ],
    },
    de: {
      title: "Die Nachtfähre zu den Außeninseln fährt im Sommer wieder",
      dates: ["4. Juni 2026 | Reisen", "04.06.2026 · Reisen, Inseln"],
      by: "Von Ines Kaltwasser",
      body: [
        "Die Nachtfähre zu den Außeninseln fährt vom ersten Juliwochenende an wieder, teilte die Reederei am Mittwoch mit.",
        "Inselbewohner, die auf dem Festland Spätschicht arbeiten, hatten seit zwei Jahren um die Rückkehr der Verbindung gebeten.",
      ],
    },
    fr: {
      title: "Le bac de nuit vers les îles reprend du service cet été",
      dates: ["4 juin 2026 — Société", "4 juin 2026 · Voyage, Îles"],
      by: "Par Inès Caldier",
      body: [
        "Le bac de nuit vers les îles du large reprendra la mer dès le premier week-end de juillet, a annoncé mercredi la compagnie.",
        "Les habitants qui travaillent de nuit sur le continent réclamaient son retour depuis sa suppression il y a deux ans.",
      ],
    },
    es: {
      title: "El ferri nocturno a las islas vuelve este verano",
      dates: ["4 de junio de 2026 · Viajes, Islas", "4 de junio de 2026 | Sociedad"],
      by: "Por Inés Calderón",
      body: [
        "El ferri nocturno a las islas exteriores volverá a navegar desde el primer fin de semana de julio, anunció el miércoles la naviera.",
        "Los isleños que trabajan de noche en tierra firme pedían su regreso desde que se suprimió hace dos años.",
      ],
    },
    it: {
      title: "Il traghetto notturno per le isole torna quest'estate",
      dates: ["4 giugno 2026 | Viaggi, Isole"],
      by: "Di Ines Caldara",
      body: [
        "Il traghetto notturno per le isole esterne tornerà a navigare dal primo fine settimana di luglio, ha detto mercoledì la compagnia.",
        "Gli isolani che lavorano di notte sulla terraferma chiedevano il suo ritorno da quando era stato soppresso due anni fa.",
      ],
    },
    pt: {
      title: "O ferry noturno para as ilhas volta neste verão",
      dates: ["4 de junho de 2026 - Sociedade", "4 de junho de 2026 · Viagens, Ilhas"],
      by: "Por Inês Caldas",
      body: [
        "O ferry noturno para as ilhas exteriores volta a navegar a partir do primeiro fim de semana de julho, anunciou a companhia na quarta-feira.",
        "Os ilhéus que trabalham de noite no continente pediam o seu regresso desde que foi suprimido há dois anos.",
      ],
    },
    nl: {
      title: "De nachtboot naar de buiteneilanden vaart deze zomer weer",
      dates: ["4 juni 2026 | Reizen, Eilanden", "2026-06-04 #veerboot #eilanden"],
      by: "Door Ines Kalverda",
      body: [
        "De nachtboot naar de buiteneilanden vaart vanaf het eerste weekend van juli weer, maakte de rederij woensdag bekend.",
        "Eilanders die op het vasteland late diensten draaien, vroegen al twee jaar om de terugkeer van de overtocht.",
      ],
    },
  };
  const read = (top: string[], body: string[]) =>
    fromText(
      Buffer.from(["Harbour Post", "", "Home", "News", "Travel", "", ...top, "", ...body.flatMap((p) => [p, ""]), "Share"].join("\n")),
      {
        source: "layout.txt",
      },
    );

  it("reads the date line and the title over it, in seven languages", () => {
    for (const [lang, { title, dates, by, body }] of Object.entries(pages)) {
      for (const date of dates) {
        for (const top of [
          [title, date],
          [title, "", date],
          [title, date, by],
          [title, by, date],
        ]) {
          const page = read(top, body);
          expect(page.headline, `${lang} ${top.join(" / ")}`).toBe(title);
          expect(page.datePublished, `${lang} ${top.join(" / ")}`).toBe("2026-06-04");
        }
      }
    }
  });
});

describe("a title packed under its date line under teasers set apart", () => {
  // Invented pages: a menu's or a sidebar's teasers, each set apart, over a header that prints its date first, the
  // title packed under the date. The date heads the title under it; it signs no teaser over it.
  const stories: Record<
    string,
    { title: string; deck: string; sub: string; kicker: string; link: string; date: string; by: string; teasers: string[]; body: string[] }
  > = {
    en: {
      title: "Dunmere opens its winter shelter a month early",
      deck: "Volunteers say the cold snap and the closed hostel on Mill Lane left dozens with nowhere to sleep last week",
      sub: "A quick vote after a cold week",
      kicker: "Housing",
      link: "Follow the city desk on Facebook",
      date: "9 November 2026",
      by: "By Tamsin Orloff",
      teasers: [
        "How the last cobbler on Fen Street keeps going after forty years",
        "Rowers return to the river after a summer of low water",
      ],
      body: [
        "Dunmere's council opened the winter shelter in the old drill hall on Monday night, a month earlier than planned, after frost came early.",
        "Forty beds were taken on the first night, and volunteers said they expected the hall to be full by the end of the week.",
      ],
    },
    de: {
      title: "Dunmar öffnet die Winterunterkunft einen Monat früher",
      deck: "Helfer sagen, der Kälteeinbruch und das geschlossene Heim an der Mühlgasse hätten Dutzende ohne Schlafplatz gelassen",
      sub: "Ein schneller Beschluss nach kalter Woche",
      kicker: "Wohnen",
      link: "Folgen Sie der Stadtredaktion auf Facebook",
      date: "9. November 2026",
      by: "Von Tamsin Orlof",
      teasers: [
        "Wie der letzte Schuster in der Fenngasse nach vierzig Jahren weitermacht",
        "Ruderer kehren nach einem Sommer mit Niedrigwasser auf den Fluss zurück",
      ],
      body: [
        "Der Rat von Dunmar hat die Winterunterkunft in der alten Exerzierhalle am Montagabend geöffnet, einen Monat früher als geplant.",
        "Vierzig Betten waren in der ersten Nacht belegt, und die Helfer erwarten, dass die Halle bis zum Ende der Woche voll ist.",
      ],
    },
    fr: {
      title: "Dunmer ouvre son abri d'hiver avec un mois d'avance",
      deck: "Les bénévoles disent que la vague de froid et le foyer fermé de la rue du Moulin ont laissé des dizaines de personnes dehors",
      sub: "Un vote rapide après une semaine froide",
      kicker: "Logement",
      link: "Suivez la rédaction de la ville sur Facebook",
      date: "9 novembre 2026",
      by: "Par Tamsin Orlof",
      teasers: [
        "Comment le dernier cordonnier de la rue des Fens tient bon après quarante ans",
        "Les rameurs retrouvent la rivière après un été de basses eaux",
      ],
      body: [
        "Le conseil de Dunmer a ouvert lundi soir l'abri d'hiver dans l'ancienne salle d'exercice, un mois plus tôt que prévu.",
        "Quarante lits ont été occupés la première nuit, et les bénévoles pensent que la salle sera pleine d'ici la fin de la semaine.",
      ],
    },
    es: {
      title: "Dunmera abre su albergue de invierno un mes antes",
      deck: "Los voluntarios dicen que la ola de frío y el hostal cerrado de la calle del Molino dejaron a decenas sin un sitio donde dormir",
      sub: "Una votación rápida tras una semana fría",
      kicker: "Vivienda",
      link: "Sigue a la redacción de la ciudad en Facebook",
      date: "9 de noviembre de 2026",
      by: "Por Tamsin Orlof",
      teasers: [
        "Cómo sigue el último zapatero de la calle Fen después de cuarenta años",
        "Los remeros vuelven al río tras un verano de aguas bajas",
      ],
      body: [
        "El ayuntamiento de Dunmera abrió el lunes por la noche el albergue de invierno en el antiguo pabellón, un mes antes de lo previsto.",
        "Cuarenta camas se ocuparon la primera noche, y los voluntarios esperan que el pabellón esté lleno a final de semana.",
      ],
    },
    it: {
      title: "Dunmera apre il rifugio invernale con un mese di anticipo",
      deck: "I volontari dicono che l'ondata di freddo e l'ostello chiuso di via del Mulino hanno lasciato decine di persone senza un letto",
      sub: "Un voto rapido dopo una settimana fredda",
      kicker: "Casa",
      link: "Segui la redazione cittadina su Facebook",
      date: "9 novembre 2026",
      by: "Di Tamsin Orlof",
      teasers: [
        "Come l'ultimo calzolaio di via Fen va avanti dopo quarant'anni",
        "I canottieri tornano sul fiume dopo un'estate di acque basse",
      ],
      body: [
        "Il consiglio di Dunmera ha aperto lunedì sera il rifugio invernale nella vecchia palestra, un mese prima del previsto.",
        "Quaranta letti sono stati occupati la prima notte, e i volontari si aspettano che la sala sia piena entro la fine della settimana.",
      ],
    },
    pt: {
      title: "Dunmera abre o abrigo de inverno um mês mais cedo",
      deck: "Os voluntários dizem que a vaga de frio e a pensão fechada da Rua do Moinho deixaram dezenas de pessoas sem onde dormir",
      sub: "Uma votação rápida após uma semana fria",
      kicker: "Habitação",
      link: "Siga a redação da cidade no Facebook",
      date: "9 de novembro de 2026",
      by: "Por Tamsin Orlof",
      teasers: [
        "Como o último sapateiro da Rua Fen continua depois de quarenta anos",
        "Os remadores voltam ao rio depois de um verão de águas baixas",
      ],
      body: [
        "A câmara de Dunmera abriu na segunda-feira à noite o abrigo de inverno no antigo pavilhão, um mês antes do previsto.",
        "Quarenta camas foram ocupadas na primeira noite, e os voluntários esperam que o pavilhão esteja cheio até ao fim da semana.",
      ],
    },
    nl: {
      title: "Dunmeer opent de winteropvang een maand eerder",
      deck: "Vrijwilligers zeggen dat de koudegolf en het gesloten pension aan de Molensteeg tientallen mensen zonder slaapplek lieten",
      sub: "Een snel besluit na een koude week",
      kicker: "Wonen",
      link: "Volg de stadsredactie op Facebook",
      date: "9 november 2026",
      by: "Door Tamsin Orlof",
      teasers: [
        "Hoe de laatste schoenmaker van de Fenstraat na veertig jaar doorgaat",
        "Roeiers keren terug op de rivier na een zomer met laag water",
      ],
      body: [
        "De gemeenteraad van Dunmeer opende maandagavond de winteropvang in de oude exercitiehal, een maand eerder dan gepland.",
        "Veertig bedden waren de eerste nacht bezet, en de vrijwilligers verwachten dat de hal aan het eind van de week vol is.",
      ],
    },
  };
  const read = (lang: string, top: string[]) =>
    fromText(
      Buffer.from(
        ["The Dunmere Courier", "", "Home", "News", "Sport", "", ...top, "", ...stories[lang]!.body.flatMap((p) => [p, ""]), "Share"].join(
          "\n",
        ),
      ),
      { source: "layout.txt" },
    );

  it("takes the title under the date, not the last teaser over it", () => {
    for (const lang of Object.keys(stories)) {
      const { title, deck, by, date, teasers } = stories[lang]!;
      const name = by.split(" ").slice(1).join(" ");
      const list = [teasers[0]!, "", teasers[1]!, ""];
      expect(read(lang, [...list, date, title, deck, name]).headline, `${lang} deck, name`).toBe(title);
      expect(read(lang, [...list, date, title, deck]).headline, `${lang} deck`).toBe(title);
      // A title alone under its date (blank lines round the pair) is not taken: a sub-heading, a caption or a short first
      // paragraph alone under a headline's date is set so (see the review's near misses below).
    }
  });

  it("keeps a title packed over its deck over its date, or under a kicker (near misses)", () => {
    for (const lang of Object.keys(stories)) {
      const { title, deck, sub, kicker, link, by, date, teasers } = stories[lang]!;
      // A title packed over its short deck, the date and byline set apart under it, a link packed under the byline.
      expect(read(lang, [title, sub, "", date, "", by, link]).headline, `${lang} title over deck`).toBe(title);
      expect(read(lang, [teasers[0]!, "", title, sub, "", date, "", by, link]).headline, `${lang} under a teaser`).toBe(title);
      // A kicker set apart over the title set apart over its date: the kicker is no teaser.
      expect(read(lang, [kicker, "", title, "", date, deck, by]).headline, `${lang} kicker`).toBe(title);
      // A live page: the title in the site's bar, a teaser, the title again set apart over its date set apart, the key
      // events under it, each a time packed over its title, one printed again.
      const live = [title, "", teasers[0]!, "", title, "", date, "", teasers[1]!, "", "10:45", teasers[1]!, "", "09:30", teasers[0]!];
      expect(read(lang, live).headline, `${lang} live`).toBe(title);
    }
  });

  it("keeps a title over its own date packed under it, or over its deck set apart, under a teaser", () => {
    // The date packed right under the title set apart under a shorter teaser: a standfirst packed under the date is no
    // title the date heads. (In it, pt and nl the teaser over the title is taken, on main too: a title set apart under a
    // longer teaser set apart is this round's open case.)
    for (const lang of ["en", "de", "fr", "es"]) {
      const { title, deck, sub, date, by } = stories[lang]!;
      expect(read(lang, [sub, "", title, date, deck, by]).headline, `${lang} date packed, deck, byline`).toBe(title);
      expect(read(lang, [sub, "", title, date, deck]).headline, `${lang} date packed, deck`).toBe(title);
    }
    // A headline set apart (under a teaser, or over its deck) over its date set apart: the line under the date, alone or
    // packed over the first paragraph's sentences, is a sub-heading, a caption or a short first paragraph (or a live
    // page's entry over its text).
    const title = "Storm hits the northern coast as ferries are cancelled";
    const teaser = "Ferry strike ends after three weeks of talks";
    const deck = "Winds reaching 120 km/h closed roads in three villages";
    const body = [
      "Engineers said they hoped to restore power to all homes by the evening, but warned that falling trees were slowing their work.",
      "",
      "The coastguard said waves of up to eight metres were expected along the coast this afternoon and urged people to keep away.",
      "",
      "Schools in the three villages will stay closed tomorrow, the district council said, and buses will run a reduced timetable.",
    ];
    const read2 = (top: string[]) =>
      fromText(Buffer.from(["Northport Gazette", "", "News", "Sport", "", ...top, ...body, "", "Share"].join("\n")), {
        source: "layout.txt",
      }).headline;
    expect(read2([title, "", deck, "", "12 March 2025", "Power cut across three villages"]), "sub over prose").toBe(title);
    for (const under of ["Power lines down in three villages", "A fallen oak on the coast road near Kellan", "It was a long night"]) {
      expect(read2([teaser, "", title, "", "12 March 2025", under, ""]), `teaser, ${under}`).toBe(title);
      expect(read2([title, "", deck, "", "12 March 2025", under, ""]), `deck, ${under}`).toBe(title);
      expect(read2([teaser, "", title, "", "12 March 2025", under, "", "Advertisement", ""]), `advert, ${under}`).toBe(title);
    }
  });
});

describe("a date line glued to the note of the sections a post is filed in", () => {
  // A select-all copy runs the date into the inline element after it where the two touch: "March 3, 2025Posted in News".
  const pages: Record<string, { title: string; lines: string[]; body: string[] }> = {
    en: {
      title: "Harbour ferry fares will rise again in the spring",
      lines: ["March 3, 2025Posted in News", "2025-03-03Filed under: Travel, Food", "3 March 2025Published in Local News"],
      body: [
        "The council in Kelmouth agreed on Tuesday night to raise ferry fares by a tenth from April, the second rise in a year.",
        "Commuters who cross the harbour every day said the rise would cost them more than a week of lunches over the year.",
      ],
    },
    de: {
      title: "Die Fährpreise im Hafen steigen im Frühjahr erneut",
      lines: ["3. März 2025Veröffentlicht in Lokales", "03.03.2025Abgelegt unter: Politik, Hafen"],
      body: [
        "Der Rat von Kellmünde hat am Dienstagabend beschlossen, die Fährpreise ab April um ein Zehntel zu erhöhen.",
        "Pendler, die jeden Tag über den Hafen fahren, sagen, die Erhöhung koste sie im Jahr mehr als eine Woche Mittagessen.",
      ],
    },
    fr: {
      title: "Les tarifs du bac du port augmenteront encore au printemps",
      lines: ["3 mars 2025Publié dans Société", "3 mars 2025Classé dans : Région, Mer"],
      body: [
        "Le conseil de Kermoal a décidé mardi soir d’augmenter les tarifs du bac d’un dixième à partir d’avril, la deuxième hausse en un an.",
        "Les usagers qui traversent le port chaque jour disent que la hausse leur coûtera plus d’une semaine de repas sur l’année.",
      ],
    },
    es: {
      title: "Las tarifas del ferri del puerto volverán a subir en primavera",
      lines: ["3 de marzo de 2025Publicado en Local", "3 de marzo de 2025Archivado en: Política"],
      body: [
        "El pleno de Olmedal acordó el martes por la noche subir las tarifas del ferri un diez por ciento a partir de abril.",
        "Los vecinos que cruzan el puerto cada día dicen que la subida les costará más de una semana de comidas al año.",
      ],
    },
    it: {
      title: "Le tariffe del traghetto del porto aumenteranno ancora in primavera",
      lines: ["3 marzo 2025Pubblicato in Cronaca", "3 marzo 2025Archiviato in Politica, Porto"],
      body: [
        "Il consiglio di Portorano ha deciso martedì sera di aumentare le tariffe del traghetto di un decimo da aprile.",
        "I pendolari che attraversano il porto ogni giorno dicono che l’aumento costerà loro più di una settimana di pranzi.",
      ],
    },
    pt: {
      title: "As tarifas do ferry do porto voltam a subir na primavera",
      lines: ["3 de março de 2025Publicado em Cidades", "3 de março de 2025Arquivado em: Sociedade"],
      body: [
        "A câmara de Vilarinho decidiu na terça-feira à noite aumentar as tarifas do ferry em um décimo a partir de abril.",
        "Os moradores que atravessam o porto todos os dias dizem que o aumento vai custar mais de uma semana de almoços.",
      ],
    },
    nl: {
      title: "De veerprijzen in de haven gaan in het voorjaar weer omhoog",
      lines: ["3 maart 2025Geplaatst in Nieuws", "3 maart 2025Gepubliceerd in Binnenland, Politiek"],
      body: [
        "De gemeenteraad van Veenhoven besloot dinsdagavond de tarieven van de veerboot vanaf april met een tiende te verhogen.",
        "Forenzen die elke dag de haven oversteken zeggen dat de verhoging hun per jaar meer dan een week lunches kost.",
      ],
    },
  };
  const read = (top: string[], body: string[]) =>
    fromText(Buffer.from(["Kelmouth Daily", "", "Home", "News", "Sport", "", ...top, "", body[0]!, "", body[1]!, "", "Share"].join("\n")), {
      source: "glued.txt",
    });

  it("reads the date of the glued line under the title, over it, or with a byline (seven languages)", () => {
    for (const [lang, { title, lines, body }] of Object.entries(pages)) {
      for (const line of lines) {
        for (const [how, top] of [
          ["packed", [title, line]],
          ["set apart", [title, "", line]],
          ["over the byline", [title, line, "By Dana Whitlow"]],
          ["over the title", [line, title]],
        ] as const) {
          const page = read([...top], body);
          expect(page.headline, `${lang} ${how}: ${line}`).toBe(title);
          expect(page.datePublished?.slice(0, 10), `${lang} ${how}: ${line}`).toBe("2025-03-03");
        }
      }
    }
  });

  it("keeps a title printed with its date over its standfirst (near miss of the meta line over the title)", () => {
    // Names and a date only: a newsletter's title with its date, still the headline over the standfirst packed under it.
    for (const [title, standfirst] of [
      ["Morning Briefing | March 3, 2025", "Fares rise by a tenth, the early crossing goes and the pier café closes for good"],
      ["Le Brief du matin | 3 mars 2025", "Les tarifs augmentent d’un dixième, la première traversée disparaît et le café du port ferme"],
      [
        "El Boletín del Puerto | 3 de marzo de 2025",
        "Las tarifas suben un diez por ciento, desaparece la primera travesía y cierra el café del muelle",
      ],
    ] as const) {
      const page = read([title, standfirst, "By Dana Whitlow"], pages.en!.body);
      expect(page.headline, title).toBe(title.split(" | ")[0]);
    }
  });

  it("reads no date where the date is glued to a sentence or a headline (near misses)", () => {
    const { title, body } = pages.en!;
    for (const glued of [
      "March 3, 2025Posted in the harbour office by the clerk at noon",
      "March 3, 2025The council met on Tuesday night and voted to raise the fares.",
      "March 3, 2025Stranded in Kelmouth",
      "3 mars 2025Publié dans la rubrique des lettres de lecteurs",
    ]) {
      const page = read([title, "", glued], body);
      expect(page.headline, glued).toBe(title);
      expect(page.datePublished, glued).toBeUndefined();
    }
  });
});

describe("a long title packed under its date line over its deck and the author's name", () => {
  // The date set apart heads the header; the title under it is long and the deck a sentence or two, so the region finder
  // takes both for the story's first paragraph; the author's name alone is packed under them.
  const stories: Record<string, { title: string; deck: string; name: string; date: string; teasers: string[]; body: string[] }> = {
    en: {
      title: "Island schools face a cold winter: boilers, buses and what the new budget leaves out for the smallest villages",
      deck: "The council promises warm classrooms for every pupil. Its budget pays for half of the boilers the schools asked for.",
      name: "Dana Whitlow",
      date: "Tuesday, Nov 4, 2025 8:20 PM UTC",
      teasers: [
        "Why the old pier café closed after forty years of trade Tom Ashby",
        "The quiet campaign to save the lighthouse keeper's cottage Mira Holt",
      ],
      body: [
        "Head teachers on the island wrote to the council in September to say that four of the seven village schools could not heat their classrooms through January.",
        "The budget agreed last week sets aside money for three new boilers, and the school buses that cross the causeway will run only until the end of March.",
      ],
    },
    de: {
      title: "Den Inselschulen droht ein kalter Winter: Heizkessel, Schulbusse und was der neue Haushalt für die Dörfer auslässt",
      deck: "Der Rat verspricht jedem Kind ein warmes Klassenzimmer. Sein Haushalt bezahlt die Hälfte der Kessel, die die Schulen brauchen.",
      name: "Jana Wittler",
      date: "Dienstag, 4. Nov. 2025, 20:20 Uhr",
      teasers: [
        "Warum das alte Café am Anleger nach vierzig Jahren schließt Tom Asche",
        "Der leise Kampf um das Haus des Leuchtturmwärters Mira Holt",
      ],
      body: [
        "Die Schulleiter der Insel schrieben dem Rat im September, dass vier der sieben Dorfschulen ihre Klassenzimmer im Januar nicht heizen können.",
        "Der in der letzten Woche beschlossene Haushalt sieht Geld für drei neue Kessel vor, und die Schulbusse über den Damm fahren nur bis Ende März.",
      ],
    },
    fr: {
      title: "Les écoles de l’île face à un hiver froid : chaudières, cars scolaires et ce que le budget oublie",
      deck: "Le conseil promet des classes chauffées pour chaque élève. Son budget paie la moitié des chaudières que les écoles demandent.",
      name: "Diane Vallier",
      date: "Mardi 4 novembre 2025, 20 h 20",
      teasers: [
        "Pourquoi le vieux café du port ferme après quarante ans Tom Achard",
        "La discrète campagne pour sauver la maison du gardien de phare Mira Hollet",
      ],
      body: [
        "Les directeurs d’école de l’île ont écrit au conseil en septembre que quatre des sept écoles de village ne pourraient pas chauffer leurs classes en janvier.",
        "Le budget voté la semaine dernière prévoit trois nouvelles chaudières, et les cars scolaires qui traversent la digue ne rouleront que jusqu’à fin mars.",
      ],
    },
    es: {
      title: "Las escuelas de la isla ante un invierno frío: calderas, autobuses y lo que el presupuesto olvida en las aldeas",
      deck: "El cabildo promete aulas calientes para cada alumno. Su presupuesto paga la mitad de las calderas que piden las escuelas.",
      name: "Diana Velasco",
      date: "Martes, 4 de noviembre de 2025, 20:20",
      teasers: [
        "Por qué cierra el viejo café del muelle tras cuarenta años Tomás Arce",
        "La discreta campaña para salvar la casa del farero Mira Olmo",
      ],
      body: [
        "Los directores de la isla escribieron al cabildo en septiembre que cuatro de las siete escuelas de las aldeas no podrían calentar sus aulas en enero.",
        "El presupuesto aprobado la semana pasada incluye tres calderas nuevas, y los autobuses escolares que cruzan el dique solo circularán hasta finales de marzo.",
      ],
    },
  };
  const read = (top: string[], body: string[]) =>
    fromText(
      Buffer.from(
        ["Harbour Voice", "", "Home", "News", "Politics", "", ...top, body[0]!, "", body[1]!, "", "© 2025 Harbour Voice"].join("\n"),
      ),
      {
        source: "dated.txt",
      },
    );

  it("takes the title under the date, under teasers or a menu, over its deck or the name alone", () => {
    for (const [lang, { title, deck, name, date, teasers, body }] of Object.entries(stories)) {
      const list = teasers.flatMap((teaser) => [teaser, ""]);
      const unstopped = deck.replace(/\.$/, "");
      for (const [how, top] of [
        ["teasers, deck, name", [...list, "", date, title, deck, name, "Share", ""]],
        ["teasers, deck without a full stop, name", [...list, "", date, title, unstopped, name, "Share", ""]],
        ["teasers, name", [...list, "", date, title, name, "Share", ""]],
        ["menu, deck, name", ["", date, title, deck, name, "Share", ""]],
        ["teasers, deck, name with initials in brackets", [...list, "", date, title, deck, name.replace(" ", " (T.K.) "), "Share", ""]],
      ] as const) {
        const page = read([...top], body);
        expect(page.headline, `${lang} ${how}`).toBe(title);
        expect(page.datePublished?.slice(0, 10), `${lang} ${how}`).toBe("2025-11-04");
      }
    }
  });

  it("keeps a pull quote set apart under the date, or under a title under the date, in the story (near misses)", () => {
    // The quote, a line of its context and its speaker's name open the story: set apart from the date, or with the
    // title between them, the quote is no title packed under the date over its author's name.
    const title = "Harbour ferry fares will rise again in the spring";
    const quote = "“The sea takes what it wants and gives back only what it likes.”";
    const context = "The ferry has always known it, and so has every keeper of the light on the point.";
    const body = stories.en!.body;
    for (const [how, top] of [
      ["date, title, quote", ["", "3 March 2025", "", title, "", quote, context, "Mira Holt", ""]],
      ["date over the title packed, quote", ["", "3 March 2025", title, "", quote, context, "Mira Holt", ""]],
      ["date, quote", ["", "3 March 2025", "", quote, context, "Mira Holt", ""]],
      ["byline and date, quote", ["", "By Dana Whitlow", "3 March 2025", "", quote, context, "Mira Holt", ""]],
      // Packed under a label or a button under the date, the quote is no title packed under the date either.
      ["date, a label, quote", ["", "3 March 2025", "Harbour", quote, context, "Mira Holt", ""]],
      ["date, a button, quote", ["", "3 March 2025", "Share", quote, context, "Mira Holt", ""]],
    ] as const) {
      const page = read([...top], body);
      expect(page.headline, how).not.toBe(quote);
      expect(page.description, how).toBeUndefined();
      expect(page.body, how).toContainEqual({ type: "paragraph", text: quote });
    }
  });

  it("keeps the headline over its date where a pull quote and its speaker open the region (near misses)", () => {
    const title = "Harbour ferry fares will rise again in the spring";
    const quote = "The sea takes what it wants and gives back only what it likes, and the ferry has always known it";
    const body = stories.en!.body;
    for (const [how, top] of [
      ["date set apart", [title, "", "3 March 2025", "", quote, "Mira Holt", ""]],
      ["date packed", [title, "3 March 2025", "", quote, "Mira Holt", ""]],
      ["byline and date", [title, "By Dana Whitlow", "3 March 2025", "", quote, "Mira Holt", ""]],
      ["a quote ending a sentence", [title, "By Dana Whitlow", "", "3 March 2025", `${quote}.`, "Mira Holt", ""]],
    ] as const) {
      expect(read([...top], body).headline, how).toBe(title);
    }
  });
});

// The Tidewater Courier's invented tram depot story and its menu's teasers, set under several of the headers below.
const TIDEWATER_DEPOT_STORY = [
  "The council voted on Wednesday night to drop its plan for a second tram depot, ending a dispute that had run since the spring of 2022.",
  "Residents of Alderby had argued that the depot would flood the meadows and bring heavy lorries through the lanes at night.",
  "The money set aside for the depot will now pay for six new bus routes, the transport committee said in a short statement.",
];
const TIDEWATER_TEASERS = [
  "Why the old swimming baths may open again next summer Kit Farrow",
  "The last ferryman on the estuary hangs up his oars Rhea Tolland",
  "Inside the bakery that still fires a wood oven every night Sol Pender",
];

// A date-first header whose title, packed under the date over its deck and the author's name, opens the
// region, under lists of teasers where one teaser is printed twice (featured in two of the menu's lists). (Rewritten in
// review: invented sites and stories.)
describe("a title packed under its date under a teaser printed twice among teasers", () => {
  const pages = {
    en: {
      site: "Tidewater Courier",
      nav: ["Home", "Local", "Sport", "Culture"],
      section: "Transport",
      title: "Council drops plan for a second tram depot beside the river meadows: residents had fought the depot for three years",
      short: "Council drops plan for a second tram depot beside the river meadows",
      deck: "Councillors say the money will go to buses instead. The depot is off.",
      lead: "Councillors say the money will go to buses instead.",
      name: "Orla Quennell",
      date: "Thursday, 12 June 2025, 14:20",
      lists: ["Most read", "Comment"],
      teasers: TIDEWATER_TEASERS,
      body: TIDEWATER_DEPOT_STORY,
      shortDeck: "Councillors say the money will go to buses instead, residents had fought the depot for three years",
    },
    de: {
      site: "Wattenbote",
      nav: ["Start", "Lokales", "Sport", "Kultur"],
      section: "Verkehr",
      title: "Rat kippt den Plan für ein zweites Straßenbahndepot an den Flusswiesen: Anwohner hatten drei Jahre dagegen gekämpft",
      short: "Rat kippt den Plan für ein zweites Straßenbahndepot an den Flusswiesen",
      deck: "Das Geld soll nun in neue Buslinien fließen. Das Depot ist vom Tisch.",
      lead: "Das Geld soll nun in neue Buslinien fließen.",
      name: "Orla Quenzel",
      date: "Donnerstag, 12. Juni 2025, 14:20 Uhr",
      lists: ["Meistgelesen", "Meinung"],
      teasers: [
        "Warum das alte Hallenbad im nächsten Sommer öffnen könnte Kit Farr",
        "Der letzte Fährmann an der Mündung hört auf Rhea Toll",
        "In der Bäckerei, die jede Nacht noch den Holzofen anheizt Sol Pender",
      ],
      body: [
        "Der Rat hat am Mittwochabend beschlossen, den Plan für ein zweites Straßenbahndepot aufzugeben, und damit einen Streit beendet, der seit dem Frühjahr 2022 lief.",
        "Anwohner in Erlbach hatten erklärt, das Depot würde die Wiesen überfluten und nachts schwere Lastwagen durch die Gassen bringen.",
        "Das für das Depot vorgesehene Geld soll nun sechs neue Buslinien bezahlen, teilte der Verkehrsausschuss in einer kurzen Erklärung mit.",
      ],
      shortDeck: "Das Geld soll nun in neue Buslinien fließen, Anwohner hatten drei Jahre gegen das Depot gekämpft",
    },
    it: {
      site: "Il Corriere della Laguna",
      nav: ["Home", "Cronaca", "Sport", "Cultura"],
      section: "Trasporti",
      title: "Il consiglio rinuncia al secondo deposito del tram vicino ai prati del fiume: i residenti si opponevano da tre anni",
      short: "Il consiglio rinuncia al secondo deposito del tram vicino ai prati del fiume",
      deck: "I fondi andranno alle nuove linee di autobus. Il deposito non si farà.",
      lead: "I fondi andranno alle nuove linee di autobus.",
      name: "Orla Quercetti",
      date: "Giovedì 12 giugno 2025, 14:20",
      lists: ["I più letti", "Opinioni"],
      teasers: [
        "Perché la vecchia piscina potrebbe riaprire la prossima estate Kit Farini",
        "L’ultimo traghettatore dell’estuario ripone i remi Rea Tolli",
        "Dentro il forno che accende ancora la legna ogni notte Sol Pennati",
      ],
      body: [
        "Il consiglio ha votato mercoledì sera per abbandonare il progetto del secondo deposito del tram, chiudendo una disputa aperta dalla primavera del 2022.",
        "I residenti di Ontano sostenevano che il deposito avrebbe allagato i prati e portato camion pesanti nelle stradine di notte.",
        "I fondi previsti per il deposito pagheranno ora sei nuove linee di autobus, ha detto la commissione trasporti in una breve nota.",
      ],
      shortDeck: "I fondi andranno alle nuove linee di autobus, i residenti si opponevano da tre anni",
    },
    fr: {
      site: "Le Courrier des Marais",
      nav: ["Accueil", "Local", "Sport", "Culture"],
      section: "Transports",
      title: "Le conseil renonce au second dépôt de tramway près des prairies du fleuve à Aulnay",
      short: "Le conseil renonce au second dépôt de tramway près des prairies du fleuve",
      deck: "L’argent ira finalement aux lignes de bus. Le dépôt est abandonné.",
      lead: "L’argent ira finalement aux lignes de bus.",
      name: "Orla Quenelle",
      date: "Jeudi 12 juin 2025, 14 h 20",
      lists: ["Les plus lus", "Opinions"],
      teasers: [
        "Pourquoi la vieille piscine pourrait rouvrir l’été prochain Kit Farel",
        "Le dernier passeur de l’estuaire range ses rames Rhéa Tollet",
        "Dans la boulangerie qui chauffe encore un four à bois chaque nuit Sol Pendier",
      ],
      body: [
        "Le conseil a voté mercredi soir l’abandon du projet de second dépôt de tramway, mettant fin à un conflit ouvert depuis le printemps 2022.",
        "Les habitants d’Aulnay affirmaient que le dépôt inonderait les prairies et ferait passer des camions la nuit dans les chemins.",
        "L’argent prévu pour le dépôt financera désormais six nouvelles lignes de bus, a indiqué la commission des transports dans un bref communiqué.",
      ],
      shortDeck: "L’argent ira finalement aux lignes de bus, les riverains combattaient le projet depuis trois ans",
    },
    es: {
      site: "El Correo de la Ría",
      nav: ["Inicio", "Local", "Deportes", "Cultura"],
      section: "Transporte",
      title: "El pleno renuncia a la segunda cochera del tranvía junto a las vegas del río en Alcornal",
      short: "El pleno renuncia a la segunda cochera del tranvía junto a las vegas del río",
      deck: "El dinero irá a nuevas líneas de autobús. La cochera no se hará.",
      lead: "El dinero irá a nuevas líneas de autobús.",
      name: "Orla Quintana",
      date: "Jueves, 12 de junio de 2025, 14:20",
      lists: ["Lo más leído", "Opinión"],
      teasers: [
        "Por qué la vieja piscina podría reabrir el próximo verano Kit Farías",
        "El último barquero de la ría guarda los remos Rea Toledo",
        "Dentro de la panadería que aún enciende un horno de leña cada noche Sol Pérez",
      ],
      body: [
        "El pleno votó el miércoles por la noche abandonar el plan de una segunda cochera del tranvía, lo que pone fin a una disputa abierta desde la primavera de 2022.",
        "Los vecinos de Alcornal sostenían que la cochera inundaría las vegas y traería camiones pesados por los caminos de noche.",
        "El dinero reservado para la cochera pagará ahora seis nuevas líneas de autobús, según un breve comunicado de la comisión de transporte.",
      ],
      shortDeck: "El dinero irá a nuevas líneas de autobús, los vecinos llevaban tres años contra el proyecto",
    },
    nl: {
      site: "De Wadkoerier",
      nav: ["Home", "Regio", "Sport", "Cultuur"],
      section: "Verkeer",
      title: "Raad schrapt plan voor tweede tramremise naast de uiterwaarden: bewoners vochten drie jaar tegen de remise",
      short: "Raad schrapt plan voor tweede tramremise naast de uiterwaarden",
      deck: "Het geld gaat nu naar nieuwe buslijnen. De remise komt er niet.",
      lead: "Het geld gaat nu naar nieuwe buslijnen.",
      name: "Orla Quist",
      date: "Donderdag 12 juni 2025, 14:20",
      lists: ["Meest gelezen", "Opinie"],
      teasers: [
        "Waarom het oude zwembad volgende zomer weer open kan Kit Verhoef",
        "De laatste veerman op de rivier legt de riemen neer Rhea Tol",
        "In de bakkerij die elke nacht nog een houtoven stookt Sol Pander",
      ],
      body: [
        "De raad heeft woensdagavond besloten het plan voor een tweede tramremise te schrappen, waarmee een conflict dat sinds het voorjaar van 2022 liep ten einde komt.",
        "Bewoners van Elsdorp zeiden dat de remise de uiterwaarden zou laten overstromen en ’s nachts zware vrachtwagens door de straatjes zou brengen.",
        "Het geld dat voor de remise was bedoeld, betaalt nu zes nieuwe buslijnen, meldde de verkeerscommissie in een korte verklaring.",
      ],
      shortDeck: "Het geld gaat nu naar nieuwe buslijnen, bewoners vochten drie jaar tegen de remise",
    },
  };
  const read = (p: (typeof pages)["en"], top: readonly string[]) => {
    const text = [p.site, "", ...p.nav, p.section, "", ...top, p.body[0], "", p.body[1], "", p.body[2], "", `© 2025 ${p.site}`];
    return fromText(text.join("\n"), { source: "page.txt" });
  };
  // Two lists of teasers, the first teaser featured again at the end of the second.
  const twice = (p: (typeof pages)["en"]) => {
    const [a, b, c] = p.teasers as [string, string, string];
    return [p.lists[0]!, a, "", b, "", p.lists[1]!, c, "", a, ""];
  };

  it("takes the title packed under the date, not the teaser printed twice", () => {
    for (const [lang, p] of Object.entries(pages)) {
      for (const [how, header] of [
        ["log-in line, title, deck, name", ["Sign in", p.date, p.title, p.deck, p.name, "Share", ""]],
        ["log-in line, title, name", ["Sign in", p.date, p.title, p.name, "Share", ""]],
        ["log-in line set apart", ["", "Sign in", "", p.date, p.title, p.deck, p.name, "Share", ""]],
        ["a section's name", ["", p.lists[1]!, p.date, p.title, p.deck, p.name, "Share", ""]],
      ] as const) {
        expect(read(p, [...twice(p), "", ...header]).headline, `${lang} ${how}`).toBe(p.title);
      }
    }
  });

  it("keeps the story's own title printed twice, in a title bar and over its date (near misses)", () => {
    for (const [lang, p] of Object.entries(pages)) {
      for (const [how, top] of [
        ["title bar, title over the date", [p.title, "", "Home", "", p.title, p.date, p.lead, p.name, "Share", ""]],
        ["title bar, teasers, title over the date", [p.title, "", ...twice(p), "", p.title, p.date, p.lead, p.name, "Share", ""]],
        ["teasers printed once", [p.teasers[1]!, "", p.teasers[2]!, "", "", p.date, p.title, p.deck, p.name, "Share", ""]],
      ] as const) {
        expect(read(p, top).headline, `${lang} ${how}`).toBe(p.title);
      }
    }
  });

  it("keeps the title printed twice right over its date, its deck packed under the date (near misses)", () => {
    for (const [lang, p] of Object.entries(pages)) {
      const [title, deck, by] = [p.short, p.shortDeck, `By ${p.name}`];
      for (const [how, top] of [
        ["a teaser between the copies", [title, "", p.teasers[1]!, "", title, "", p.date, deck, by, ""]],
        ["two teasers between the copies", [title, "", p.teasers[1]!, "", p.teasers[2]!, "", title, "", p.date, deck, by, ""]],
      ] as const) {
        expect(read(p, top).headline, `${lang} ${how}`).toBe(title);
      }
    }
  });
});

describe("a title opening the region with no date over it, under a teaser printed twice (near misses)", () => {
  it("takes no teaser for the deck of another teaser", () => {
    const p = {
      site: "Tidewater Courier",
      nav: ["Home", "Local", "Sport", "Culture"],
      section: "Transport",
      title: "Council drops plan for a second tram depot beside the river meadows: residents had fought the depot for three years",
      deck: "Councillors say the money will go to buses instead. The depot is off.",
      lists: ["Most read", "Comment"],
      teasers: TIDEWATER_TEASERS,
      body: TIDEWATER_DEPOT_STORY,
    };
    const lists = [p.lists[0], p.teasers[0], "", p.teasers[1], "", p.lists[1], p.teasers[2], "", p.teasers[0], ""];
    for (const [how, header] of [
      ["a section's name over the title", [p.section, p.title, p.deck, ""]],
      ["the title over its deck", [p.title, p.deck, ""]],
    ] as const) {
      const text = [p.site, "", ...p.nav, "", ...lists, "", ...header, p.body[0], "", p.body[1], "", p.body[2]];
      const page = fromText(text.join("\n"), { source: "page.txt" });
      expect(p.teasers, how).not.toContain(page.description);
    }
  });
});

// The header found from its date (the region opens in a menu of long teasers read as prose), the title
// packed under the date over its deck and the author's name. (Rewritten in review: invented sites, stories and menus.)
describe("a title packed under its date where the header search starts at that date", () => {
  const pages = {
    en: {
      site: "Tidewater Courier",
      sections: ["Local", "Sport", "Culture", "Money"],
      teasers: [
        "The orchard that feeds a whole school: apples, pears and a headteacher who planted them all Ed Voss",
        "How a village choir kept singing through a winter without its church roof, and what it learned Bo Lind",
        "Where the night trains used to stop: a walk along the old line from Carrow to the sea cliffs Cy Moor",
        "A market hall full of empty stalls: why the traders left and who wants to bring them back again Di Hart",
        "The stone bridge that nobody wants to pay for: a county, a river and forty years of patched repairs Ada Kern",
      ],
      date: "Thursday, 12 June 2025, 14:20",
      title: "Council drops plan for a second tram depot beside the river meadows: residents had fought the depot for three years",
      deck: "Councillors say the money will go to buses instead. Residents had fought the depot for three years.",
      name: "Orla Quennell",
      body: TIDEWATER_DEPOT_STORY,
    },
    it: {
      site: "Il Corriere della Laguna",
      sections: ["Cronaca", "Sport", "Cultura", "Economia"],
      teasers: [
        "Il frutteto che sfama una scuola intera: mele, pere e un preside che le ha piantate tutte Ed Voss",
        "Come un coro di paese ha cantato per un inverno intero senza il tetto della sua chiesa e cosa ha imparato Bo Lind",
        "Dove si fermavano i treni di notte: una camminata lungo la vecchia linea da Carrow fino alle scogliere Cy Moor",
        "Un mercato coperto pieno di banchi vuoti: perché i venditori se ne sono andati e chi li vuole riportare Di Hart",
        "Il ponte di pietra che nessuno vuole pagare: una provincia, un fiume e quarant’anni di riparazioni Ada Kern",
      ],
      date: "Giovedì 12 giugno 2025, 14:20",
      title: "Il consiglio rinuncia al secondo deposito del tram vicino ai prati del fiume: i residenti si opponevano da tre anni",
      deck: "I fondi andranno alle nuove linee di autobus. I residenti si opponevano da tre anni.",
      name: "Orla Quercetti",
      body: [
        "Il consiglio ha votato mercoledì sera per abbandonare il progetto del secondo deposito del tram, chiudendo una disputa aperta dalla primavera del 2022.",
        "I residenti di Ontano sostenevano che il deposito avrebbe allagato i prati e portato camion pesanti nelle stradine di notte.",
        "I fondi previsti per il deposito pagheranno ora sei nuove linee di autobus, ha detto la commissione trasporti in una breve nota.",
      ],
    },
    nl: {
      site: "De Wadkoerier",
      sections: ["Regio", "Sport", "Cultuur", "Geld"],
      teasers: [
        "De boomgaard die een hele school voedt: appels, peren en een directeur die ze allemaal plantte Ed Voss",
        "Hoe een dorpskoor een hele winter zonder kerkdak bleef zingen en wat het daarvan heeft geleerd Bo Lind",
        "Waar de nachttreinen vroeger stopten: een wandeling langs de oude lijn van Carrow naar de kliffen Cy Moor",
        "Een markthal vol lege kramen: waarom de handelaars vertrokken en wie ze terug wil halen Di Hart",
        "De stenen brug die niemand wil betalen: een provincie, een rivier en veertig jaar lappen en herstellen Ada Kern",
      ],
      date: "Donderdag 12 juni 2025, 14:20",
      title: "Raad schrapt plan voor tweede tramremise naast de uiterwaarden: bewoners vochten drie jaar tegen de remise",
      deck: "Het geld gaat nu naar nieuwe buslijnen. Bewoners vochten drie jaar tegen de remise.",
      name: "Orla Quist",
      body: [
        "De raad heeft woensdagavond besloten het plan voor een tweede tramremise te schrappen, waarmee een conflict dat sinds het voorjaar van 2022 liep ten einde komt.",
        "Bewoners van Elsdorp zeiden dat de remise de uiterwaarden zou laten overstromen en ’s nachts zware vrachtwagens door de straatjes zou brengen.",
        "Het geld dat voor de remise was bedoeld, betaalt nu zes nieuwe buslijnen, meldde de verkeerscommissie in een korte verklaring.",
      ],
    },
  };
  const read = (p: (typeof pages)["en"], header: readonly string[]) => {
    const [orchard, choir, trains, market, bridge] = p.teasers as [string, string, string, string, string];
    const [local, sport, culture, money] = p.sections as [string, string, string, string];
    // Each section's links, then two of its long teasers; some teasers featured in two sections, far apart.
    const menu = [
      ...[local, "Roads", "Weather", "Schools", "Farms", orchard, choir, sport, "Clubs", "Racing", "Tides", "Health"],
      ...[trains, market, culture, "Books", "Music", "Film", "Stage", choir, bridge, money, "Shops", "Jobs", "Homes"],
      ...[trains, orchard, "Markets"],
    ];
    const text = [p.site, "Home", ...menu, ...header, "", p.body[0], "", p.body[1], "", p.body[2], "", `© 2025 ${p.site}`];
    return fromText(text.join("\n"), { source: "page.txt" });
  };

  it("takes the title packed under the date, not a teaser of the menu", () => {
    for (const [lang, p] of Object.entries(pages)) {
      for (const [how, header] of [
        ["log-in line, title, deck, name", ["Sign in", p.date, p.title, p.deck, p.name, "Share"]],
        ["log-in line, title, name", ["Sign in", p.date, p.title, p.name, "Share"]],
        ["title, deck, name", [p.date, p.title, p.deck, p.name, "Share"]],
        ["title, deck, name, no share button", [p.date, p.title, p.deck, p.name]],
      ] as const) {
        expect(read(p, header).headline, `${lang} ${how}`).toBe(p.title);
      }
    }
  });
});

// Only a title that scores as a whole headline vouches for itself over teasers printed twice. A title
// too long to win, or a deck's sentences under the date, must leave the teasers' repetition alone: else the teaser
// printed once wins, with the repeated one read as its deck.
describe("a line under the date that reads as no whole headline, under a teaser printed twice (near misses)", () => {
  const pages = {
    en: {
      site: "Tidewater Courier",
      lists: ["Most read", "Comment"],
      teasers: TIDEWATER_TEASERS,
      date: "Thursday, 12 June 2025, 14:20",
      long: "Council drops plan for a second tram depot beside the river meadows: what the vote means for buses, fares and the meadows",
      deck: "Councillors say the money will go to buses instead. Residents had fought the depot for three years.",
      name: "Orla Quennell",
      body: TIDEWATER_DEPOT_STORY,
    },
    de: {
      site: "Wattenbote",
      lists: ["Meistgelesen", "Meinung"],
      teasers: [
        "Warum das alte Hallenbad im nächsten Sommer öffnen könnte Kit Farr",
        "Der letzte Fährmann an der Mündung hört auf Rhea Toll",
        "In der Bäckerei, die jede Nacht noch den Holzofen anheizt Sol Pender",
      ],
      date: "Donnerstag, 12. Juni 2025, 14:20 Uhr",
      long: "Rat kippt den Plan für ein zweites Straßenbahndepot an den Flusswiesen: was der Beschluss für Busse, Preise und die Wiesen bedeutet",
      deck: "Das Geld soll nun in neue Buslinien fließen. Anwohner hatten drei Jahre gegen das Depot gekämpft.",
      name: "Orla Quenzel",
      body: [
        "Der Rat hat am Mittwochabend beschlossen, den Plan für ein zweites Straßenbahndepot aufzugeben, und damit einen Streit beendet, der seit dem Frühjahr 2022 lief.",
        "Anwohner in Erlbach hatten erklärt, das Depot würde die Wiesen überfluten und nachts schwere Lastwagen durch die Gassen bringen.",
        "Das für das Depot vorgesehene Geld soll nun sechs neue Buslinien bezahlen, teilte der Verkehrsausschuss in einer kurzen Erklärung mit.",
      ],
    },
  };
  it("reads no teaser as the deck", () => {
    for (const [lang, p] of Object.entries(pages)) {
      const [a, b, c] = p.teasers as [string, string, string];
      const twice = [p.lists[0]!, a, "", b, "", p.lists[1]!, c, "", a, ""];
      for (const [how, top] of [
        ["a title too long, under the date", [...twice, "", "Sign in", p.date, p.long, p.deck, p.name, "Share", ""]],
        [
          "the title in the title bar only, the deck under the date",
          [p.long, "", ...twice, "", "Sign in", p.date, p.deck, p.name, "Share", ""],
        ],
      ] as const) {
        const text = [p.site, "", "Home", "Local", "", ...top, p.body[0], "", p.body[1], "", p.body[2], "", `© 2025 ${p.site}`];
        const page = fromText(text.join("\n"), { source: "page.txt" });
        expect(p.teasers, `${lang} ${how}`).not.toContain(page.description);
        expect(page.headline, `${lang} ${how}`).not.toBe(c);
      }
    }
  });
});

// Where the header search starts at the date under a menu of long teasers, a line packed over a
// picture's credit under the date is that picture's caption: it is not asked as the title opening the region.
describe("a caption over its credit under the date that heads the header (near misses)", () => {
  const teasers = [
    "The orchard that feeds a whole school: apples, pears and a headteacher who planted them all Ed Voss",
    "How a village choir kept singing through a winter without its church roof, and what it learned Bo Lind",
    "Where the night trains used to stop: a walk along the old line from Carrow to the sea cliffs Cy Moor",
    "A market hall full of empty stalls: why the traders left and who wants to bring them back again Di Hart",
    "The stone bridge that nobody wants to pay for: a county, a river and forty years of patched repairs Ada Kern",
  ] as const;
  const [orchard, choir, trains, market, bridge] = teasers;
  const menu = [
    ...["Tidewater Courier", "Home", "Local", "Roads", "Weather", "Schools", "Farms", orchard, choir, "Sport", "Clubs"],
    ...["Racing", "Tides", "Health", trains, market, "Culture", "Books", "Music", "Film", "Stage", choir, bridge, "Money"],
    ...["Shops", "Jobs", "Homes", trains, orchard, "Markets"],
  ];
  const body = [
    "The council voted on Wednesday night to drop its plan for a second tram depot, ending a dispute that had run since the spring of 2022.",
    "Residents of Alderby had argued that the depot would flood the meadows and bring heavy lorries through the lanes at night.",
    "The money set aside for the depot will now pay for six new bus routes, the transport committee said in a short statement.",
  ];
  const title = "Council drops plan for a second tram depot beside the river meadows: residents had fought the depot for three years";
  const caption = "The river meadows near Alderby, where the depot was to be built";
  it("takes no caption for the headline", () => {
    for (const [how, top] of [
      ["title bar, log-in line", [title, "", ...menu, "Sign in"]],
      ["title bar", [title, "", ...menu]],
      ["no title bar, log-in line", [...menu, "Sign in"]],
    ] as const) {
      const text = [...top, "Thursday, 12 June 2025, 14:20", caption, "Photo: Ivo Brandt", "", body[0], "", body[1], "", body[2]];
      const page = fromText([...text, "", "© 2025 Tidewater Courier"].join("\n"), { source: "page.txt" });
      expect(page.headline, how).not.toBe(caption);
    }
  });
});

describe("a line over the date, the headline or its deck packed between the date and the byline (near misses)", () => {
  // Invented sites and stories. A rule once moved the headline up to a title-like line over the date whenever the lead
  // shared more of its words; it was reverted (a teaser, kicker or live entry over the date shares them too),
  // and these near misses stay: the line under the date keeps the headline.
  const stories = {
    en: {
      head: ["Marrowby Post", "", "Home", "News", "Sport", "Weather", "Environment", ""],
      kicker: "Rivers",
      title: "Farmers agree to fence the water meadows along the Lusk",
      deck: "The deal ends a quarrel with the anglers that has lasted for years",
      teaser: "Why the old lighthouse keeper still climbs the tower every evening",
      related: "Anglers on the Lusk count fewer trout for a third year",
      date: "4 March 2025",
      by: "By Tamsin Orrell",
      body: [
        "Farmers along the Lusk have agreed to fence the water meadows before spring, after months of talks with the county and the angling clubs.",
        "The fence will keep cattle out of the shallows where the trout lay their eggs, the county said in a statement on Monday.",
        "Work is due to start in the second week of April and should take about six weeks.",
      ],
    },
    de: {
      head: ["Talbote Nord", "", "Start", "Region", "Sport", "Wetter", "Umwelt", ""],
      kicker: "Flüsse",
      title: "Landwirte wollen die Auwiesen an der Lenne vor dem Frühjahr einzäunen",
      deck: "Damit endet ein Streit mit den Anglern, der seit fünfzehn Jahren schwelt",
      teaser: "Warum der alte Leuchtturmwärter noch jeden Abend auf den Turm steigt",
      related: "Angler an der Lenne zählen das dritte Jahr weniger Forellen",
      date: "4. März 2025",
      by: "Von Tamara Orlitz",
      body: [
        "Die Landwirte an der Lenne wollen die Auwiesen noch vor dem Frühjahr einzäunen, nach monatelangen Gesprächen mit dem Kreis und den Angelvereinen.",
        "Der Zaun soll das Vieh aus den flachen Stellen fernhalten, an denen die Forellen laichen, teilte der Kreis am Montag mit.",
        "Die Arbeiten sollen in der zweiten Aprilwoche beginnen und etwa sechs Wochen dauern.",
      ],
    },
    fr: {
      head: ["Le Réveil de la Vallée", "", "Accueil", "Région", "Sport", "Météo", "Environnement", ""],
      kicker: "Rivières",
      title: "Les agriculteurs vont clôturer les prairies humides de la Lusse avant le printemps",
      deck: "L’accord met fin à une querelle avec les pêcheurs qui durait depuis quinze ans",
      teaser: "Pourquoi le vieux gardien du phare monte encore à la tour chaque soir",
      related: "Les pêcheurs de la Lusse comptent moins de truites pour la troisième année",
      date: "4 mars 2025",
      by: "Par Tamara Orelle",
      body: [
        "Les agriculteurs de la Lusse vont clôturer les prairies humides avant le printemps, après des mois de discussions avec le département et les pêcheurs.",
        "La clôture doit tenir le bétail à l’écart des hauts-fonds où les truites pondent, a indiqué le département lundi.",
        "Les travaux doivent commencer la deuxième semaine d’avril et durer environ six semaines.",
      ],
    },
    es: {
      head: ["El Eco del Valle", "", "Portada", "Comarca", "Deportes", "Tiempo", "Medio ambiente", ""],
      kicker: "Ríos",
      title: "Los ganaderos vallarán las vegas del río Luso antes de la primavera",
      deck: "El acuerdo pone fin a una disputa con los pescadores que duraba ya quince años",
      teaser: "Por qué el viejo farero sigue subiendo a la torre cada tarde",
      related: "Los pescadores del Luso cuentan menos truchas por tercer año",
      date: "4 de marzo de 2025",
      by: "Por Tamara Orellana",
      body: [
        "Los ganaderos del río Luso vallarán las vegas antes de la primavera, tras meses de conversaciones con la diputación y los clubes de pesca.",
        "La valla mantendrá el ganado fuera de los bajíos donde desovan las truchas, explicó la diputación el lunes.",
        "Las obras empezarán la segunda semana de abril y durarán unas seis semanas.",
      ],
    },
    it: {
      head: ["La Voce della Valle", "", "Home", "Territorio", "Sport", "Meteo", "Ambiente", ""],
      kicker: "Fiumi",
      title: "Gli allevatori recinteranno i prati umidi lungo il Lusio prima della primavera",
      deck: "L’accordo chiude una lite con i pescatori che andava avanti da quindici anni",
      teaser: "Perché il vecchio guardiano del faro sale ancora sulla torre ogni sera",
      related: "I pescatori del Lusio contano meno trote per il terzo anno",
      date: "4 marzo 2025",
      by: "Di Tamara Orelli",
      body: [
        "Gli allevatori del Lusio recinteranno i prati umidi prima della primavera, dopo mesi di colloqui con la provincia e i circoli di pesca.",
        "La recinzione terrà il bestiame lontano dalle secche dove depongono le uova le trote, ha detto la provincia lunedì.",
        "I lavori cominceranno la seconda settimana di aprile e dureranno circa sei settimane.",
      ],
    },
    pt: {
      head: ["O Eco do Vale", "", "Início", "Região", "Desporto", "Tempo", "Ambiente", ""],
      kicker: "Rios",
      title: "Agricultores vão vedar os lameiros do rio Luso antes da primavera",
      deck: "O acordo acaba com uma disputa com os pescadores que durava há quinze anos",
      teaser: "Porque é que o velho faroleiro ainda sobe à torre todas as noites",
      related: "Pescadores do Luso contam menos trutas pelo terceiro ano",
      date: "4 de março de 2025",
      by: "Por Tamara Orelha",
      body: [
        "Os agricultores do rio Luso vão vedar os lameiros antes da primavera, depois de meses de conversas com a câmara e os clubes de pesca.",
        "A vedação vai manter o gado longe dos baixios onde as trutas desovam, disse a câmara na segunda-feira.",
        "As obras começam na segunda semana de abril e devem durar cerca de seis semanas.",
      ],
    },
    nl: {
      head: ["Het Dalblad", "", "Home", "Regio", "Sport", "Weer", "Milieu", ""],
      kicker: "Rivieren",
      title: "Boeren zetten voor de lente een hek rond de uiterwaarden van de Lus",
      deck: "Daarmee eindigt een ruzie met de vissers die al vijftien jaar sleept",
      teaser: "Waarom de oude vuurtorenwachter nog elke avond de toren beklimt",
      related: "Vissers aan de Lus tellen voor het derde jaar minder forellen",
      date: "4 maart 2025",
      by: "Door Tamara Orlink",
      body: [
        "Boeren langs de Lus zetten nog voor de lente een hek rond de uiterwaarden, na maanden overleg met de provincie en de visclubs.",
        "Het hek moet het vee weghouden uit de ondiepten waar de forellen paaien, meldde de provincie maandag.",
        "Het werk begint in de tweede week van april en duurt ongeveer zes weken.",
      ],
    },
  } as const;
  type Story = (typeof stories)[keyof typeof stories];
  const read = (s: Story, header: readonly string[]) => {
    const text = [...s.head, ...header, "", s.body[0], "", s.body[1], "", s.body[2], "", "© 2025"].join("\n");
    return fromText(text, { source: "page.txt" });
  };

  it("keeps the title under the date where a kicker, a teaser or another story's title stands over the date", () => {
    for (const [lang, s] of Object.entries(stories)) {
      expect(read(s, [s.kicker, "", s.date, s.title, s.by]).headline, `${lang} kicker`).toBe(s.title);
      expect(read(s, [s.kicker, "", s.date, s.title, s.deck, s.by]).headline, `${lang} kicker, deck`).toBe(s.title);
      expect(read(s, [s.date, s.title, s.deck, s.by]).headline, `${lang} date first`).toBe(s.title);
      if (lang === "fr") continue; // the French teaser wins on main too (open)
      expect(read(s, [s.teaser, "", s.date, s.title, s.by]).headline, `${lang} teaser`).toBe(s.title);
      expect(read(s, [s.related, "", s.date, s.title, s.by]).headline, `${lang} related`).toBe(s.title);
    }
  });

  it("keeps a deck ended by a full stop as before", () => {
    for (const [lang, s] of Object.entries(stories)) {
      expect(read(s, [s.title, "", s.date, `${s.deck}.`, s.by]).headline, lang).toBe(s.title);
    }
  });
});

describe("a line over the date that shares the lead's words, a headline that does not (near misses)", () => {
  // Invented island paper. A feature's headline under the date shares few words with the lead; a teaser of another
  // story on the same topic, a tagline, a kicker, a caption, a live blog's earlier entry, a newsletter's name or a
  // series title over the date shares more. Sharing more words gives such a line no headline: none of them is one.
  const pages = {
    en: {
      date: "12 May 2025",
      by: "By Idris Penhallow",
      headline: "A long wait for the boat home",
      lead: "The ferry strike that stranded hundreds of island residents on the mainland ended on Tuesday after nine days, when crews accepted a new pay offer.",
      over: [
        "Ferry fares rise again on the island routes",
        "Island news from the ferry port and beyond",
        "Ferry strike",
        "Island residents queue for the ferry at Skerrow on Tuesday",
        "Ferry crews vote on the new pay offer",
        "The Island Ferry Bulletin",
        "Island Notes: ferry strike diaries, part 3",
      ],
    },
    fr: {
      date: "12 mai 2025",
      by: "Par Inès Penhallec",
      headline: "Enfin le retour à la maison",
      lead: "La grève des traversiers qui bloquait des centaines d’habitants de l’île sur le continent a pris fin mardi après neuf jours, les équipages ayant accepté une nouvelle offre salariale.",
      over: [
        "Grève traversiers",
        "Des habitants attendent le traversier mardi",
        "Les équipages votent sur la nouvelle offre salariale",
        "Carnets de l’île : la grève des traversiers, épisode 3",
      ],
    },
    es: {
      date: "12 de mayo de 2025",
      by: "Por Inés Peñalosa",
      headline: "Por fin de vuelta a casa",
      lead: "La huelga de los transbordadores que dejó a cientos de vecinos de la isla varados en el continente terminó el martes tras nueve días, cuando las tripulaciones aceptaron una nueva oferta salarial.",
      over: [
        "Los billetes de los transbordadores a la isla vuelven a subir",
        "Huelga transbordadores",
        "Las tripulaciones votan la nueva oferta salarial",
      ],
    },
    it: {
      date: "12 maggio 2025",
      by: "Di Ines Pennella",
      headline: "Finalmente di nuovo a casa",
      lead: "Lo sciopero dei traghetti che ha bloccato centinaia di abitanti dell’isola sulla terraferma è finito martedì dopo nove giorni, quando gli equipaggi hanno accettato una nuova offerta salariale.",
      over: ["I biglietti dei traghetti per l’isola aumentano ancora", "Taccuini dell’isola: diario dello sciopero, parte 3"],
    },
    pt: {
      date: "12 de maio de 2025",
      by: "Por Inês Penalva",
      headline: "Finalmente de volta a casa",
      lead: "A greve dos ferries que deixou centenas de moradores da ilha retidos no continente terminou na terça-feira após nove dias, quando as tripulações aceitaram uma nova oferta salarial.",
      over: ["Greve ferries", "Moradores da ilha esperam o ferry na terça-feira"],
    },
    de: {
      date: "12. Mai 2025",
      by: "Von Ilka Penhaller",
      headline: "Endlich wieder zu Hause",
      lead: "Der Streik auf den Fähren zur Insel Skerrow, der hunderte Bewohner auf dem Festland festhielt, endete am Dienstag nach neun Tagen mit einem neuen Lohnangebot.",
      over: ["Streik Fähren"],
    },
    nl: {
      date: "12 mei 2025",
      by: "Door Ineke Penhaal",
      headline: "Eindelijk weer thuis",
      lead: "De staking op de veerboten die honderden eilandbewoners op het vasteland liet stranden, is dinsdag na negen dagen geëindigd toen de bemanningen een nieuw loonbod aanvaardden.",
      over: ["Staking veerboten"],
    },
  };

  it("keeps the headline under the date, the line over it set apart or packed", () => {
    for (const [lang, p] of Object.entries(pages)) {
      for (const over of p.over) {
        for (const gap of [[""], []]) {
          const text = [
            "Skerrow Herald",
            "",
            "Home",
            "News",
            "Islands",
            "",
            over,
            ...gap,
            p.date,
            p.headline,
            p.by,
            "",
            p.lead,
            "",
            "© 2025",
          ];
          expect(fromText(text.join("\n"), { source: "page.txt" }).headline, `${lang}: ${over}`).toBe(p.headline);
        }
      }
    }
  });
});

describe("a long title over its byline; the site's name over the title", () => {
  // One invented story per language: a harbour board's vote put off. `long` is a news site's long title (21 to 30
  // words, no full stop); `deck` a standfirst as long; `entry` a live page's entry; `summary` a teaser's.
  const LONG_TITLE_STORIES = {
    en: {
      site: "Marrowby Courier",
      nav: ["Home", "News", "Region"],
      date: "March 3, 2025",
      by: "By Hester Quayle",
      kicker: "ANALYSIS",
      section: "Local politics",
      title: "Harbour board delays vote on new ferry pier",
      long: "Harbour board delays its long awaited vote on the new ferry pier after residents of the old quay district demand a fresh study of the tides and the winter storms",
      deck: "Residents of the old quay district say the plan ignores the winter storms that flooded their homes twice in the last ten years and want a new study",
      lead: "The harbour board of Marrowby postponed its vote on the ferry pier on Monday evening, after more than two hundred residents signed a letter asking for a new survey.",
      next: "The board chair said a date for the next meeting would be set within a month.",
      entry:
        "10:42 The board chair has just told reporters outside the hall that no vote will take place tonight and that a new date will be set within a month",
      writer: "By Olwen Tresize",
      teaser: "Library opens its doors on Sundays this summer",
      summary:
        "The county library will open its doors on Sundays from June to August after volunteers offered to staff the reading rooms and the children’s corner every weekend",
    },
    de: {
      site: "Küstenbote Nordwerft",
      nav: ["Start", "Nachrichten", "Region"],
      date: "3. März 2025",
      by: "Von Henrike Quast",
      kicker: "ANALYSE",
      section: "Lokale Politik",
      title: "Hafenamt verschiebt Abstimmung über neuen Fähranleger",
      long: "Hafenamt verschiebt die lange erwartete Abstimmung über den neuen Fähranleger, nachdem Anwohner des alten Kaiviertels eine neue Studie zu Gezeiten und Winterstürmen verlangt haben",
      deck: "Anwohner des alten Kaiviertels sagen, der Plan übersehe die Winterstürme, die ihre Häuser in den letzten zehn Jahren zweimal überflutet haben, und fordern ein Gutachten",
      lead: "Das Hafenamt von Nordwerft hat die Abstimmung über den Fähranleger am Montagabend vertagt, nachdem mehr als zweihundert Anwohner einen Brief unterschrieben hatten.",
      next: "Der Vorsitzende sagte, ein neuer Termin werde binnen eines Monats festgelegt.",
      entry:
        "10:42 Der Vorsitzende hat vor dem Saal gerade gesagt, dass heute Abend nicht mehr abgestimmt wird und dass ein neuer Termin binnen eines Monats festgelegt werden soll",
      writer: "Von Olga Tressel",
      teaser: "Bibliothek öffnet im Sommer auch sonntags",
      summary:
        "Die Stadtbibliothek öffnet von Juni bis August auch sonntags, nachdem sich Freiwillige gemeldet haben, die Lesesäle und die Kinderecke an jedem Wochenende zu betreuen",
    },
    fr: {
      site: "Le Courrier de Marville",
      nav: ["Accueil", "Actualité", "Région"],
      date: "3 mars 2025",
      by: "Par Hélène Quéval",
      kicker: "ANALYSE",
      section: "Politique locale",
      title: "Le conseil du port reporte le vote sur le nouveau quai",
      long: "Le conseil du port reporte son vote attendu sur le nouveau quai après que les habitants du vieux quartier ont réclamé une nouvelle étude sur les marées et les tempêtes",
      deck: "Les habitants du vieux quartier estiment que le projet ignore les tempêtes qui ont inondé leurs maisons deux fois en dix ans et réclament une nouvelle étude",
      lead: "Le conseil du port de Marville a reporté lundi soir son vote sur le quai, après que plus de deux cents riverains ont signé une lettre demandant une nouvelle étude.",
      next: "Le président a indiqué qu’une nouvelle date serait fixée dans le mois.",
      entry:
        "10:42 Le président vient de dire aux journalistes devant la salle que le vote n’aura pas lieu ce soir et qu’une nouvelle date sera fixée dans le mois",
      writer: "Par Odile Tressac",
      teaser: "La bibliothèque ouvre le dimanche cet été",
      summary:
        "La bibliothèque ouvrira le dimanche de juin à août après que des bénévoles ont proposé de tenir les salles de lecture et le coin des enfants chaque week-end",
    },
    es: {
      site: "El Correo de Marvilla",
      nav: ["Portada", "Noticias", "Comarca"],
      date: "3 de marzo de 2025",
      by: "Por Elena Quintanar",
      kicker: "ANÁLISIS",
      section: "Política local",
      title: "La junta del puerto aplaza la votación sobre el nuevo muelle",
      long: "La junta del puerto aplaza la esperada votación sobre el nuevo muelle de transbordadores después de que los vecinos del viejo barrio exigieran un nuevo estudio de mareas y temporales",
      deck: "Los vecinos del viejo barrio dicen que el plan ignora los temporales que inundaron sus casas dos veces en diez años y reclaman un nuevo estudio de mareas",
      lead: "La junta del puerto de Marvilla aplazó el lunes por la noche su votación sobre el muelle, después de que más de doscientos vecinos firmaran una carta pidiendo un nuevo estudio.",
      next: "El presidente dijo que la nueva fecha se fijará dentro de un mes.",
      entry:
        "10:42 El presidente acaba de decir a los periodistas ante la sala que esta noche no habrá votación y que la nueva fecha se fijará dentro de un mes",
      writer: "Por Olvido Trece",
      teaser: "La biblioteca abrirá los domingos este verano",
      summary:
        "La biblioteca abrirá los domingos de junio a agosto después de que varios voluntarios se ofrecieran a atender las salas de lectura y el rincón infantil cada fin de semana",
    },
    it: {
      site: "Il Corriere di Marvilla",
      nav: ["Home", "Cronaca", "Territorio"],
      date: "3 marzo 2025",
      by: "Di Elena Quaranta",
      kicker: "ANALISI",
      section: "Politica locale",
      title: "Il consiglio del porto rinvia il voto sul nuovo molo",
      long: "Il consiglio del porto rinvia il voto atteso sul nuovo molo dei traghetti dopo che gli abitanti del vecchio quartiere hanno chiesto uno studio sulle maree",
      deck: "Gli abitanti del vecchio quartiere dicono che il piano ignora le tempeste che hanno allagato le loro case due volte in dieci anni e chiedono un nuovo studio",
      lead: "Il consiglio del porto di Marvilla ha rinviato lunedì sera il voto sul molo, dopo che più di duecento residenti hanno firmato una lettera per chiedere un nuovo studio.",
      next: "Il presidente ha detto che la nuova data sarà fissata entro un mese.",
      entry:
        "10:42 Il presidente ha appena detto ai giornalisti davanti alla sala che stasera non ci sarà alcun voto e che la nuova data sarà fissata entro un mese",
      writer: "Di Olga Tresini",
      teaser: "La biblioteca apre anche la domenica in estate",
      summary:
        "La biblioteca aprirà la domenica da giugno ad agosto dopo che alcuni volontari si sono offerti di seguire le sale di lettura e l’angolo dei bambini ogni fine settimana",
    },
    pt: {
      site: "O Correio de Marvila",
      nav: ["Início", "Notícias", "Região"],
      date: "3 de março de 2025",
      by: "Por Helena Quintela",
      kicker: "ANÁLISE",
      section: "Política local",
      title: "Junta do porto adia votação sobre o novo cais",
      long: "Junta do porto adia a votação esperada sobre o novo cais dos ferries depois de os moradores do velho bairro terem exigido um estudo sobre as marés de inverno",
      deck: "Os moradores do velho bairro dizem que o plano ignora os temporais que inundaram as suas casas duas vezes em dez anos e pedem um novo estudo das marés",
      lead: "A junta do porto de Marvila adiou na segunda-feira à noite a votação sobre o cais, depois de mais de duzentos moradores terem assinado uma carta a pedir um novo estudo.",
      next: "O presidente disse que a nova data será marcada dentro de um mês.",
      entry:
        "10:42 O presidente acaba de dizer aos jornalistas à porta da sala que esta noite não haverá votação e que a nova data será marcada dentro de um mês",
      writer: "Por Olga Tresena",
      teaser: "Biblioteca abre aos domingos neste verão",
      summary:
        "A biblioteca vai abrir aos domingos de junho a agosto depois de vários voluntários se terem oferecido para atender as salas de leitura e o canto infantil todos os fins de semana",
    },
    nl: {
      site: "De Havenkoerier",
      nav: ["Home", "Nieuws", "Regio"],
      date: "3 maart 2025",
      by: "Door Hester Quaadvliet",
      kicker: "ANALYSE",
      section: "Lokale politiek",
      title: "Havenbestuur stelt stemming over nieuwe veersteiger uit",
      long: "Havenbestuur stelt de lang verwachte stemming over de nieuwe veersteiger uit nadat bewoners van de oude kadewijk een nieuw onderzoek naar getijden en winterstormen hebben geëist van het bestuur",
      deck: "Bewoners van de oude kadewijk zeggen dat het plan voorbijgaat aan de winterstormen die hun huizen in tien jaar twee keer onder water zetten en willen een onderzoek",
      lead: "Het havenbestuur van Marwijk heeft maandagavond de stemming over de steiger uitgesteld, nadat meer dan tweehonderd bewoners een brief hadden ondertekend.",
      next: "De voorzitter zei dat binnen een maand een nieuwe datum wordt vastgesteld.",
      entry:
        "10:42 De voorzitter heeft journalisten voor de zaal zojuist verteld dat er vanavond niet wordt gestemd en dat binnen een maand een nieuwe datum volgt",
      writer: "Door Olga Tresveld",
      teaser: "Bibliotheek deze zomer ook op zondag open",
      summary:
        "De bibliotheek gaat van juni tot augustus ook op zondag open nadat vrijwilligers hebben aangeboden om de leeszalen en de kinderhoek elk weekend te bemannen",
    },
  };
  type Page = (typeof LONG_TITLE_STORIES)["en"];
  /** Menu, site's name, the header's lines, the story, a share bar and a footer with the site's copyright. */
  const page = (p: Page, header: readonly string[], footer = `© 2025 ${p.site}`) =>
    [...p.nav, "", p.site, "", ...header, "", p.lead, "", p.next, "", "Share", "Email", "", "About us", footer].join("\n");
  const read = (text: string) => fromText(text, { source: "page.txt" });

  it("takes a long title packed over its byline as the headline, under the date, a kicker or the site's name", () => {
    for (const [lang, p] of Object.entries(LONG_TITLE_STORIES)) {
      for (const header of [
        [p.date, p.long, p.by],
        [p.date, p.section, p.long, p.by],
        [p.date, p.kicker, p.long, p.by],
        [p.long, p.by, p.date],
        [p.section, p.long, p.by, p.date],
      ])
        expect(read(page(p, header)).headline, `${lang}: ${header.join(" / ")}`).toBe(p.long);
      // The site's name over the menu, a menu's word right over the date.
      const under = (top: readonly string[]) =>
        [p.site, "", ...top, "", p.date, p.long, p.by, "", p.lead, "", p.next, "", `© 2025 ${p.site}`].join("\n");
      expect(read(under(p.nav)).headline, `${lang}: menu over the date`).toBe(p.long);
      // The copyright's other wording names the site too.
      const copyright = `Copyright 2025 ${p.site}. All rights reserved.`;
      expect(read(page(p, [p.long, p.by, p.date], copyright)).headline, `${lang}: copyright`).toBe(p.long);
    }
  });

  it("takes the title under the site's name that the copyright names, over its byline, no deck of that name", () => {
    for (const [lang, p] of Object.entries(LONG_TITLE_STORIES)) {
      for (const header of [
        [p.title, p.by, p.date],
        [p.title, "", p.by, p.date],
      ])
        expect(read(page(p, header)).headline, `${lang}: ${header.join(" / ")}`).toBe(p.title);
    }
  });

  it("keeps a long deck under its title, over the date's title, and a live entry or a teaser's summary over a byline", () => {
    for (const [lang, p] of Object.entries(LONG_TITLE_STORIES)) {
      for (const header of [
        [p.title, "", p.deck, p.by, p.date],
        [p.date, p.title, p.deck, p.by],
        [p.date, p.title, "", p.deck, p.by],
        [p.title, "", p.date, p.deck, p.by],
        [p.title, "", p.date, "", p.deck, p.by],
        [p.title, p.by, p.date, "", p.entry, p.writer],
        [p.title, p.by, p.date, "", p.deck, p.date],
        [p.title, p.by, p.date, "", `${p.deck}.`, p.writer],
        [p.title, "", p.deck, "", p.by, p.date],
        [p.title, "", p.section, p.by, p.date],
        [p.date, p.title, "", `${p.deck}.`, p.by],
        [p.title, "", `${p.deck}:`, p.by, p.date],
        [p.teaser, p.summary, p.writer, "", p.title, p.by, p.date],
      ])
        expect(read(page(p, header)).headline, `${lang}: ${header.join(" / ")}`).toBe(p.title);
    }
  });

  it("never takes a long deck or quote under a teaser or a title's date (a teaser still wins some, as on main)", () => {
    for (const [lang, p] of Object.entries(LONG_TITLE_STORIES)) {
      for (const header of [
        [p.teaser, "", p.title, "", p.date, p.deck, p.by],
        [p.teaser, "", p.title, "", p.date, "", p.deck, p.by],
      ])
        expect(read(page(p, header)).headline, `${lang}: ${header.join(" / ")}`).not.toBe(p.deck);
      const quoted = `“${p.deck}”`;
      expect(read(page(p, [p.title, "", p.teaser, quoted, p.by, p.date])).headline, `${lang}: quote`).not.toBe(quoted);
    }
  });

  it("keeps a title over its deck where the copyright names someone else, or the title is printed again", () => {
    for (const [lang, p] of Object.entries(LONG_TITLE_STORIES)) {
      const header = [p.title, "", p.deck, p.by, p.date];
      expect(read(page(p, header, "© 2025 Quayside Media Group")).headline, lang).toBe(p.title);
      expect(read(page(p, header, `Comments on ${p.title}`)).headline, `${lang}: printed again`).toBe(p.title);
    }
  });

  it("reads the site's name only where the copyright names it, not a title the notice's line quotes after or before it", () => {
    for (const [lang, p] of Object.entries(LONG_TITLE_STORIES)) {
      const header = [p.title, "", p.deck, p.by, p.date];
      expect(read(page(p, header, `© 2025 Photo: ${p.title}`)).headline, `${lang}: photo`).toBe(p.title);
      expect(read(page(p, header, `${p.title} © 2025 Tobias Wrenfield`)).headline, `${lang}: caption`).toBe(p.title);
      // A name the notice gives only as the head of a longer word is another's.
      expect(read(page(p, header, `© 2025 ${p.title}wiki`)).headline, `${lang}: longer word`).toBe(p.title);
      // Named after the mark and year, in any wording, the site's name is no title over its deck.
      for (const footer of [`Tous droits réservés © ${p.site} 2025`, `Copyright © 2019–2025 ${p.site}`, `(c) 2025 ${p.site}`])
        expect(read(page(p, [p.title, p.by, p.date], footer)).headline, `${lang}: ${footer}`).toBe(p.title);
    }
  });

  // Near misses of the long title's rule, each over a "By …" of its own.
  it("keeps the title over a long caption or deck under the header's byline, over a photographer's or writer's By", () => {
    for (const [lang, p] of Object.entries(LONG_TITLE_STORIES)) {
      for (const header of [
        [p.title, p.by, p.date, "", p.deck, p.writer],
        [p.title, p.by, p.date, p.deck, p.writer],
        [p.title, p.by, p.date, "", p.summary, p.writer],
      ])
        expect(read(page(p, header)).headline, `${lang}: ${header.join(" / ")}`).toBe(p.title);
    }
  });

  it("keeps the title over a live page's entries stamped with their time on a line of its own, over their writers", () => {
    for (const [lang, p] of Object.entries(LONG_TITLE_STORIES)) {
      const header = [p.title, "", "10:42", p.summary, p.writer, "", "10:15", p.deck, p.writer];
      expect(read(page(p, header)).headline, lang).toBe(p.title);
      expect(read(page(p, header).replace(/\n\n/g, "\n")).headline, `${lang} packed`).toBe(p.title);
    }
  });

  it("keeps the title over a short line (a photo's credit, a label, a count) over its long deck over the byline", () => {
    for (const [lang, p] of Object.entries(LONG_TITLE_STORIES)) {
      for (const short of ["Photo: AFP", "Exclusive", "12 comments", "Podcast"]) {
        for (const header of [
          [p.title, short, p.deck, p.by, p.date],
          [p.title, "", short, p.deck, p.by, p.date],
        ])
          expect(read(page(p, header)).headline, `${lang}: ${header.join(" / ")}`).toBe(p.title);
      }
    }
  });

  it("takes a long title under a numeric date, whose figures open as a clock time's do", () => {
    for (const [lang, p] of Object.entries(LONG_TITLE_STORIES)) {
      for (const date of ["03.03.2025", "03.03.2025 10:42"])
        expect(read(page(p, [date, p.long, p.by])).headline, `${lang}: ${date}`).toBe(p.long);
    }
  });
});

describe("a picture's credit between the story's paragraphs names no site, even when it names the title", () => {
  /** A film's review: its short title, its deck, the byline and date, two paragraphs, the still's credit between them. */
  const REVIEWS: Record<
    string,
    { title: string; deck: string; by: string; date: string; credit: string; text: readonly [string, string] }
  > = {
    en: {
      title: "The Long Salt Road",
      deck: "A slow, beautiful film about three sisters who walk the old trade route to bury their mother by the sea",
      by: "By Ada Lindqvist",
      date: "March 3, 2026",
      credit: "© 2026 The Long Salt Road Pictures",
      text: [
        "The sisters set out in early spring, carrying little more than a map their mother drew before she died and a jar of her ashes.",
        "The director shot the film over two summers on the coast, and the light on the cliffs does half the work of the script.",
      ],
    },
    de: {
      title: "Die lange Straße des Salzes",
      deck: "Ein langsamer, schöner Film über drei Schwestern, die den alten Handelsweg gehen, um ihre Mutter am Meer zu begraben",
      by: "Von Jana Wollmer",
      date: "3. März 2026",
      credit: "Foto: © Die lange Straße des Salzes Filmproduktion",
      text: [
        "Die Schwestern brechen im Frühjahr auf, mit kaum mehr als einer Karte, die ihre Mutter vor ihrem Tod gezeichnet hat.",
        "Der Regisseur drehte zwei Sommer lang an der Küste, und das Licht auf den Klippen erledigt die halbe Arbeit des Drehbuchs.",
      ],
    },
    fr: {
      title: "La Route du sel",
      deck: "Un film lent et beau sur trois sœurs qui suivent l'ancienne route commerciale pour enterrer leur mère au bord de la mer",
      by: "Par Claire Dumortier",
      date: "3 mars 2026",
      credit: "© La Route du sel Productions",
      text: [
        "Les sœurs partent au début du printemps, avec à peine plus qu'une carte dessinée par leur mère avant sa mort.",
        "Le réalisateur a tourné deux étés sur la côte, et la lumière sur les falaises fait la moitié du travail du scénario.",
      ],
    },
    es: {
      title: "La ruta de la sal",
      deck: "Una película lenta y hermosa sobre tres hermanas que recorren la vieja ruta comercial para enterrar a su madre junto al mar",
      by: "Por Lucía Ferrándiz",
      date: "3 de marzo de 2026",
      credit: "© 2026 La ruta de la sal Films",
      text: [
        "Las hermanas salen a principios de primavera, con poco más que un mapa que su madre dibujó antes de morir.",
        "El director rodó durante dos veranos en la costa, y la luz sobre los acantilados hace la mitad del trabajo del guion.",
      ],
    },
    it: {
      title: "La via del sale",
      deck: "Un film lento e bellissimo su tre sorelle che percorrono l'antica via commerciale per seppellire la madre vicino al mare",
      by: "Di Giulia Rinaldesi",
      date: "3 marzo 2026",
      credit: "© La via del sale Film",
      text: [
        "Le sorelle partono all'inizio della primavera, con poco più di una mappa che la madre aveva disegnato prima di morire.",
        "Il regista ha girato per due estati sulla costa, e la luce sulle scogliere fa metà del lavoro della sceneggiatura.",
      ],
    },
    pt: {
      title: "A Estrada do Sal",
      deck: "Um filme lento e bonito sobre três irmãs que percorrem a velha rota comercial para enterrar a mãe junto ao mar",
      by: "Por Inês Carvalhosa",
      date: "3 de março de 2026",
      credit: "© 2026 A Estrada do Sal Filmes",
      text: [
        "As irmãs partem no início da primavera, com pouco mais do que um mapa que a mãe desenhou antes de morrer.",
        "O realizador filmou durante dois verões na costa, e a luz nas falésias faz metade do trabalho do argumento.",
      ],
    },
    nl: {
      title: "De lange weg van het zout",
      deck: "Een trage, mooie film over drie zussen die de oude handelsroute lopen om hun moeder aan zee te begraven",
      by: "Door Sanne de Vriesema",
      date: "3 maart 2026",
      credit: "© De lange weg van het zout Films",
      text: [
        "De zussen vertrekken in het vroege voorjaar, met weinig meer dan een kaart die hun moeder tekende voor ze stierf.",
        "De regisseur filmde twee zomers aan de kust, en het licht op de kliffen doet de helft van het werk van het script.",
      ],
    },
  };
  const read = (lines: readonly string[]) => fromText(lines.join("\n"), { source: "page.txt" });

  it("keeps the title over its deck when the credit under the story's first paragraph names the film after its mark", () => {
    for (const [lang, r] of Object.entries(REVIEWS)) {
      const [first, second] = r.text;
      const spaced = [
        "Home",
        "Film",
        "",
        r.title,
        "",
        r.deck,
        "",
        r.by,
        "",
        r.date,
        "",
        first,
        "",
        r.credit,
        "",
        second,
        "",
        "© 2026 Pellam Post",
      ];
      expect(read(spaced).headline, `${lang}: spaced`).toBe(r.title);
      const packed = ["Home", "Film", r.title, r.deck, r.by, r.date, first, r.credit, second, "© 2026 Pellam Post"];
      expect(read(packed).headline, `${lang}: packed`).toBe(r.title);
    }
  });

  it("still reads the site's name the footer's notice gives under the story's last paragraph, over the footer's links", () => {
    for (const [lang, r] of Object.entries(REVIEWS)) {
      const [first, second] = r.text;
      const site = "Le Courrier de Pellamont";
      const page = ["Home", "Film", "", site, "", r.title, r.by, r.date, "", first, "", second, `© 2026 ${site}`, "About us", "Contact"];
      expect(read(page).headline, lang).toBe(r.title);
    }
  });
});

describe("a short title under the site's name, over its long deck", () => {
  // One invented story per language: a town's old printing works sold. Each site's name has four words, as long as a
  // title (the copyright in the footer names it); `title` is short (two or three words), `deck` a standfirst of 21 to 30
  // words without a full stop, `long` a long headline, `kicker` a kicker naming the kind of piece, `section` a section's, `news` a newsletter's prompt.
  const SHORT_TITLE_STORIES = {
    en: {
      site: "The Marrowby Evening Post",
      nav: ["Home", "News", "Region"],
      title: "Press house sold",
      deck: "The old printing works on Quarry Road that housed the town paper for ninety years goes to a developer who wants flats and a museum",
      long: "Harbour board delays its long awaited vote on the new ferry pier after residents of the old quay district demand a fresh study of the tides and the storms",
      kicker: "The big read",
      section: "Local politics",
      news: "Sign up for our morning newsletter",
      by: "By Hester Quayle",
      date: "March 3, 2025",
      lead: "The printing works on Quarry Road were sold on Monday to a developer from the county town, the council confirmed.",
      next: "The paper moved to an office by the station ten years ago.",
    },
    de: {
      site: "Der Bote von Nordwerft",
      nav: ["Start", "Nachrichten", "Region"],
      title: "Druckhaus verkauft",
      deck: "Die alte Druckerei an der Steinbruchstraße, in der neunzig Jahre lang die Stadtzeitung entstand, geht an einen Investor, der Wohnungen und ein Museum plant",
      long: "Hafenamt verschiebt die lange erwartete Abstimmung über den neuen Fähranleger, nachdem Anwohner des alten Kaiviertels eine neue Studie zu Gezeiten und Stürmen verlangt haben",
      kicker: "Die große Reportage",
      section: "Lokale Politik",
      news: "Jetzt unseren Newsletter abonnieren",
      by: "Von Henrike Quast",
      date: "3. März 2025",
      lead: "Die Druckerei an der Steinbruchstraße ist am Montag an einen Investor aus der Kreisstadt verkauft worden, wie die Stadt bestätigte.",
      next: "Die Zeitung zog vor zehn Jahren in ein Büro am Bahnhof.",
    },
    fr: {
      site: "Le Courrier de Marville",
      nav: ["Accueil", "Actualité", "Région"],
      title: "L’imprimerie vendue",
      deck: "La vieille imprimerie de la rue des Carrières, qui a abrité le journal de la ville pendant quatre-vingt-dix ans, passe à un promoteur qui veut des logements",
      long: "Le conseil du port reporte son vote attendu sur le nouveau quai après que les habitants du vieux quartier ont réclamé une nouvelle étude sur les marées",
      kicker: "Le grand récit",
      section: "Politique locale",
      news: "Inscrivez-vous à notre lettre du matin",
      by: "Par Hélène Quéval",
      date: "3 mars 2025",
      lead: "L’imprimerie de la rue des Carrières a été vendue lundi à un promoteur du chef-lieu, a confirmé la mairie.",
      next: "Le journal s’est installé près de la gare il y a dix ans.",
    },
    es: {
      site: "El Correo de Marvilla",
      nav: ["Portada", "Noticias", "Comarca"],
      title: "Vendida la imprenta",
      deck: "La vieja imprenta de la calle de la Cantera, que albergó el diario de la ciudad durante noventa años, pasa a un promotor que quiere pisos y un museo",
      long: "La junta del puerto aplaza la esperada votación sobre el nuevo muelle después de que los vecinos del viejo barrio exigieran un nuevo estudio de mareas",
      kicker: "El gran reportaje",
      section: "Política local",
      news: "Suscríbete a nuestro boletín matinal",
      by: "Por Elena Quintanar",
      date: "3 de marzo de 2025",
      lead: "La imprenta de la calle de la Cantera fue vendida el lunes a un promotor de la capital de la comarca, confirmó el ayuntamiento.",
      next: "El diario se mudó a una oficina junto a la estación hace diez años.",
    },
    it: {
      site: "Il Corriere di Marvilla",
      nav: ["Home", "Cronaca", "Territorio"],
      title: "Venduta la tipografia",
      deck: "La vecchia tipografia di via delle Cave, che per novant’anni ha ospitato il giornale della città, passa a un costruttore che vuole appartamenti e un museo",
      long: "Il consiglio del porto rinvia il voto atteso sul nuovo molo dei traghetti dopo che gli abitanti del vecchio quartiere hanno chiesto uno studio sulle maree",
      kicker: "Il grande racconto",
      section: "Politica locale",
      news: "Iscriviti alla nostra newsletter del mattino",
      by: "Di Elena Quaranta",
      date: "3 marzo 2025",
      lead: "La tipografia di via delle Cave è stata venduta lunedì a un costruttore del capoluogo, ha confermato il comune.",
      next: "Il giornale si è trasferito vicino alla stazione dieci anni fa.",
    },
    pt: {
      site: "O Correio de Marvila",
      nav: ["Início", "Notícias", "Região"],
      title: "Tipografia vendida",
      deck: "A velha tipografia da rua da Pedreira, que acolheu o jornal da cidade durante noventa anos, passa para um promotor que quer apartamentos e um museu",
      long: "Junta do porto adia a votação esperada sobre o novo cais dos ferries depois de os moradores do velho bairro terem exigido um estudo sobre as marés",
      kicker: "A grande reportagem",
      section: "Política local",
      news: "Subscreva a nossa newsletter da manhã",
      by: "Por Helena Quintela",
      date: "3 de março de 2025",
      lead: "A tipografia da rua da Pedreira foi vendida na segunda-feira a um promotor da sede do concelho, confirmou a câmara.",
      next: "O jornal mudou-se para um escritório junto à estação há dez anos.",
    },
    nl: {
      site: "Het Dagblad van Wierdum",
      nav: ["Home", "Nieuws", "Regio"],
      title: "Drukkerij verkocht",
      deck: "De oude drukkerij aan de Groeveweg, waar de stadskrant negentig jaar werd gemaakt, gaat naar een projectontwikkelaar die er woningen en een museum wil maken",
      long: "Havenbestuur stelt de lang verwachte stemming over de nieuwe veersteiger uit nadat bewoners van de oude kadewijk een nieuw onderzoek naar getijden hebben geëist",
      kicker: "Het grote verhaal",
      section: "Lokale politiek",
      news: "Meld je aan voor onze nieuwsbrief",
      by: "Door Hester Kwak",
      date: "3 maart 2025",
      lead: "De drukkerij aan de Groeveweg is maandag verkocht aan een projectontwikkelaar uit de hoofdstad van de provincie, bevestigde de gemeente.",
      next: "De krant verhuisde tien jaar geleden naar een kantoor bij het station.",
    },
  };
  type Page = (typeof SHORT_TITLE_STORIES)["en"];
  /** Menu, site's name, the header's lines, the story, a share bar and a footer with the site's copyright. */
  const page = (p: Page, header: readonly string[], footer = `© 2025 ${p.site}`) =>
    [...p.nav, "", p.site, "", ...header, "", p.lead, "", p.next, "", "Share", "Email", "", "About us", footer].join("\n");
  const read = (text: string) => fromText(text, { source: "page.txt" });

  it("takes the short title under the site's name over its deck and byline, the deck as the description", () => {
    for (const [lang, p] of Object.entries(SHORT_TITLE_STORIES)) {
      // Not the deck without a full stop packed right over the byline: that is a long title's place.
      for (const header of [
        [p.title, p.deck, "", p.date, p.by],
        [p.title, "", `${p.deck}.`, "", p.by],
        [p.title, `${p.deck}.`, p.by, p.date],
      ]) {
        const text = page(p, header);
        for (const [form, t] of Object.entries({ spaced: text, packed: text.replace(/\n\n/g, "\n") })) {
          const got = read(t);
          expect(got.headline, `${lang} ${form}: ${header.join(" / ")}`).toBe(p.title);
          expect(got.description, `${lang} ${form}: ${header.join(" / ")}`).toBe(header.find((line) => line.startsWith(p.deck)));
        }
      }
    }
  });

  it("never takes a kicker, a section's name, a trail, a newsletter's prompt or a line in capitals under the site's name", () => {
    for (const [lang, p] of Object.entries(SHORT_TITLE_STORIES)) {
      for (const over of [p.kicker, p.section, p.news, `${p.nav[0]} > ${p.nav[1]} > ${p.nav[2]}`, p.title.toUpperCase()])
        for (const header of [
          [over, p.long, "", p.date, p.by],
          [over, "", p.long, "", p.date, p.by],
        ])
          expect(read(page(p, header)).headline, `${lang}: ${header.join(" / ")}`).not.toBe(over);
    }
  });

  it("takes a short title holding a section's name that is as often a plain word (time, a region, the world) under the site's name", () => {
    const titles: Array<[keyof typeof SHORT_TITLE_STORIES, string]> = [
      ["pt", "Mau tempo"],
      ["pt", "Nova região"],
      ["es", "Mal tiempo"],
      ["es", "Otro tiempo"],
      ["de", "Die Welt wartet"],
      ["fr", "Nouvelle région"],
      ["it", "Nuova regione"],
    ];
    for (const [lang, title] of titles) {
      const p = SHORT_TITLE_STORIES[lang];
      expect(read(page(p, [title, "", p.deck, "", p.by, p.date])).headline, `${lang}: ${title}`).toBe(title);
    }
  });

  it("never takes a line under a name the copyright does not give, a sentence, or a line printed again", () => {
    for (const [lang, p] of Object.entries(SHORT_TITLE_STORIES)) {
      const header = [p.title, p.deck, p.by, p.date];
      expect(read(page(p, header, "© 2025 Quayside Media Group")).headline, `${lang}: another's name`).not.toBe(p.title);
      const sentence = `${p.title}.`;
      expect(read(page(p, [sentence, p.deck, p.by, p.date])).headline, `${lang}: sentence`).not.toBe(sentence);
      // Printed again in the footer's list of sections, the line is the site's section, a kicker over the deck.
      const footer = `${p.title}\n© 2025 ${p.site}`;
      expect(read(page(p, header, footer)).headline, `${lang}: printed again`).not.toBe(p.title);
    }
  });

  it("never takes the byline's name printed over a long headline under the site's name", () => {
    for (const [lang, p] of Object.entries(SHORT_TITLE_STORIES)) {
      const name = p.by.replace(/^\S+ /, "");
      for (const header of [
        [name, p.long, p.date, p.by],
        [name, "", p.long, "", p.by, p.date],
      ])
        expect(read(page(p, header)).headline, `${lang}: ${header.join(" / ")}`).not.toBe(name);
    }
  });

  it("keeps a headline of a headline's length under the site's name over its deck, and a byline or date under the name", () => {
    for (const [lang, p] of Object.entries(SHORT_TITLE_STORIES)) {
      expect(read(page(p, [p.long, p.by, p.date])).headline, `${lang}: long`).toBe(p.long);
      expect(read(page(p, [p.date, "", p.long, "", p.by])).headline, `${lang}: date over it`).not.toBe(p.date);
    }
  });
});

describe("a headline quoting its speaker, under a kicker or a teaser (the pull-quote rule reverted)", () => {
  // A harbour town's story in English, German, French and Dutch: `quoted` a headline quoting someone in the present
  // tense; `teaser` another story's title. (A rule giving the headline to the title over a quote told in the past
  // tense was reverted in review: it took kickers and teasers over quoted headlines.)
  const PULL = {
    en: {
      quoted: "“We will stay,” says the harbour master",
      teaser: "Library opens its doors on Sundays this summer",
      by: "By Hester Quayle",
      date: "March 3, 2025",
    },
    de: {
      quoted: "„Wir geben den Kai nicht auf“, sagt die Bürgermeisterin",
      teaser: "Bibliothek öffnet im Sommer auch sonntags",
      by: "Von Henrike Quast",
      date: "3. März 2025",
    },
    fr: {
      quoted: "« Nous resterons », dit la maire",
      teaser: "La bibliothèque ouvre le dimanche cet été",
      by: "Par Hélène Quéval",
      date: "3 mars 2025",
    },
    nl: {
      quoted: "„We geven de kade niet op”, zegt de burgemeester",
      teaser: "Bibliotheek deze zomer ook op zondag open",
      by: "Door Hester Kwak",
      date: "3 maart 2025",
    },
  };
  const page = (header: readonly string[]) =>
    ["Home", "News", "Region", "", ...header, "", "The harbour board postponed its vote on Monday evening.", "", "About us"].join("\n");
  const read = (text: string) => fromText(text, { source: "page.txt" });

  it("keeps a headline quoting its speaker in the past tense under a kicker or a teaser set apart", () => {
    // A pull quote set apart under its title and a headline that is a quote set apart under a kicker or another story's
    // title read the same: the past tense tells no pull quote from a headline ("‘We were never told,’ residents said"),
    // so the line picked stays the headline.
    const QUOTED: Record<string, readonly [kicker: string, quote: string]> = {
      en: ["Harbour closure row latest", "‘We were never told,’ the ferry crew said"],
      de: ["Streit um das Hallenbad", "„Niemand hat uns gewarnt“, sagten die Fischer"],
      fr: ["La piscine dans la tourmente", "« Personne ne nous a prévenus », a dit un pêcheur"],
      nl: ["Ophef over het zwembad", "„Niemand heeft ons gewaarschuwd”, zeiden de vissers"],
    };
    for (const [lang, p] of Object.entries(PULL)) {
      const [kicker, quote] = QUOTED[lang]!;
      // In Dutch the teaser wins over such a headline on the base too (the teaser's path).
      for (const over of lang === "nl" ? [kicker] : [kicker, p.teaser])
        for (const header of [
          [over, "", quote, "", p.by, p.date],
          [over, "", quote, p.date, p.by],
        ])
          expect(read(page(header)).headline, `${lang}: ${header.join(" / ")}`).toBe(quote);
    }
  });

  it("keeps a headline quoting its speaker in the present tense under a teaser", () => {
    // German and Dutch: in English and French the teaser wins over such a short headline on main too (the teaser's path).
    for (const [lang, p] of Object.entries(PULL).filter(([lang]) => lang === "de" || lang === "nl")) {
      for (const header of [
        [p.teaser, "", p.quoted, p.by, p.date],
        [p.teaser, "", p.quoted, "", p.date, p.by],
      ])
        expect(read(page(header)).headline, `${lang}: ${header.join(" / ")}`).toBe(p.quoted);
    }
  });
});

describe("a live label, an update's note or a weather line under the site's name is no short title", () => {
  // One invented story in seven languages: a harbour's quay repaired. `long` is a long headline (21 to 30 words, no full
  // stop) set under the site's name as a deck would be; the copyright in the footer names the site.
  const NOTE_LINE_STORIES = {
    en: {
      site: "The Fennick Courier",
      live: "Live updates",
      upd: "Updated this morning",
      wx: "Sunny spells, 18°C",
      long: "Fennick harbour board closes the north quay for a month of repairs after winter storms cracked the wall and left two of the fishing berths unsafe for boats",
      title: "Quay wall mended",
      by: "By Mara Quint",
      date: "March 3, 2025",
    },
    de: {
      site: "Der Fennicker Bote",
      live: "Live-Ticker",
      upd: "Heute früh aktualisiert",
      wx: "Heiter, 18 Grad",
      long: "Hafenamt sperrt den Nordkai für einen Monat, nachdem die Winterstürme die Mauer beschädigt und zwei Liegeplätze der Fischer für die Boote unbrauchbar gemacht haben",
      title: "Kaimauer repariert",
      by: "Von Mara Quint",
      date: "3. März 2025",
    },
    fr: {
      site: "Le Courrier de Fenic",
      live: "En direct",
      upd: "Actualisé ce matin",
      wx: "Éclaircies, 18 °C",
      long: "La capitainerie de Fenic ferme le quai nord pour un mois de travaux après que les tempêtes de l'hiver ont fissuré le mur et abîmé deux postes des pêcheurs",
      title: "Le quai réparé",
      by: "Par Mara Quint",
      date: "3 mars 2025",
    },
    es: {
      site: "El Correo de Fénix",
      live: "En directo",
      upd: "Actualizado esta mañana",
      wx: "Claros, 18 grados",
      long: "La autoridad portuaria de Fénix cierra el muelle norte durante un mes de obras después de que los temporales del invierno agrietaran el muro y dos amarres pesqueros",
      title: "Muelle reparado",
      by: "Por Mara Quint",
      date: "3 de marzo de 2025",
    },
    it: {
      site: "La Gazzetta di Fenice",
      live: "Diretta",
      upd: "Aggiornato stamattina",
      wx: "Schiarite, 18 gradi",
      long: "L'autorità portuale di Fenice chiude il molo nord per un mese di lavori dopo che le mareggiate dell'inverno hanno crepato il muro e due ormeggi dei pescatori",
      title: "Molo riparato",
      by: "Di Mara Quint",
      date: "3 marzo 2025",
    },
    pt: {
      site: "O Correio de Fénix",
      live: "Em direto",
      upd: "Atualizado esta manhã",
      wx: "Pouco nublado, 18 graus",
      long: "A administração do porto de Fénix fecha o cais norte durante um mês de obras depois de as tempestades do inverno terem rachado o muro e dois lugares dos pescadores",
      title: "Cais reparado",
      by: "Por Mara Quint",
      date: "3 de março de 2025",
    },
    nl: {
      site: "Het Fenicker Dagblad",
      live: "Live blog",
      upd: "Vanochtend bijgewerkt",
      wx: "Zonnig, 18 graden",
      long: "Het havenbedrijf van Fenick sluit de noordkade een maand voor herstel nadat de winterstormen de muur hebben gescheurd en twee ligplaatsen van de vissers onbruikbaar maakten",
      title: "Kademuur hersteld",
      by: "Door Mara Quint",
      date: "3 maart 2025",
    },
  };
  type Page = (typeof NOTE_LINE_STORIES)["en"];
  const LEAD = "The north quay at Fennick was closed to boats on Monday morning while engineers began to rebuild the cracked wall.";
  const NEXT = "The fishing fleet will use the small dock by the lighthouse, where a fuel pump and an ice store were set up last week.";
  const page = (p: Page, header: readonly string[]) =>
    ["Home", "News", "Region", "", p.site, "", ...header, "", LEAD, "", NEXT, "", "Share", "", `© 2025 ${p.site}`].join("\n");
  const read = (text: string) => fromText(text, { source: "page.txt" });

  it("never takes a live page's label, an update's note or a weather line under the site's name over a long line", () => {
    for (const [lang, p] of Object.entries(NOTE_LINE_STORIES)) {
      // The Portuguese weather line wins on the base too, by another path (left open).
      for (const over of lang === "pt" ? [p.live, p.upd] : [p.live, p.upd, p.wx])
        for (const header of [
          [over, p.long, "", p.by, p.date],
          [over, "", p.long, "", p.by, p.date],
        ]) {
          const text = page(p, header);
          for (const t of [text, text.replace(/\n\n/g, "\n")]) expect(read(t).headline, `${lang}: ${header.join(" / ")}`).not.toBe(over);
        }
    }
  });

  it("still takes a short title under the site's name over its long deck (near miss)", () => {
    for (const [lang, p] of Object.entries(NOTE_LINE_STORIES)) {
      for (const header of [
        [p.title, "", `${p.long}.`, "", p.by],
        [p.title, `${p.long}.`, p.by, p.date],
      ])
        expect(read(page(p, header)).headline, `${lang}: ${header.join(" / ")}`).toBe(p.title);
    }
  });
});

describe("the site's name before its copyright mark in the footer", () => {
  // Invented sites of four words (as many as a title standing alone may have) and one invented story per language.
  const FOUR_WORD_SITES = {
    en: { site: "The Brackenford Evening Lamp", title: "Old tram depot becomes a market hall", by: "By Ivo Trelawny" },
    de: { site: "Der Brackenfelder Abend Anzeiger", title: "Altes Straßenbahndepot wird zur Markthalle", by: "Von Ivo Trelawny" },
    fr: { site: "La Lanterne de Brackenval", title: "Le vieux dépôt de tramways devient une halle", by: "Par Ivo Trelawny" },
    es: { site: "La Linterna de Brackenval", title: "La vieja cochera de tranvías será un mercado", by: "Por Ivo Trelawny" },
    it: { site: "La Lanterna di Brackenval", title: "Il vecchio deposito dei tram diventa un mercato", by: "Di Ivo Trelawny" },
    pt: { site: "A Lanterna de Brackenval", title: "A velha garagem dos elétricos vai ser um mercado", by: "Por Ivo Trelawny" },
    nl: { site: "De Brackenveldse Avond Lantaarn", title: "Oud tramdepot wordt een markthal", by: "Door Ivo Trelawny" },
  };
  const LEAD =
    "The council of Brackenford agreed on Tuesday evening to turn the empty tram depot on Spindle Road into a covered market with sixty stalls.";
  const NEXT =
    "Traders will pay a lower rent for the first two years, and the glass roof of the old sheds is to be repaired before the opening.";
  const page = (site: string, header: readonly string[], foot: readonly string[]) =>
    [site, "", ...header, "", LEAD, "", NEXT, "", "Contact", "Privacy", ...foot].join("\n");
  const read = (text: string) => fromText(text, { source: "page.txt" });
  const both = (text: string) => [text, text.replace(/\n\n/g, "\n")];

  it("reads a footer that names the site before the mark and year as the copyright notice: the title under the name wins", () => {
    for (const [lang, p] of Object.entries(FOUR_WORD_SITES))
      for (const foot of [
        `${p.site} © 2025`,
        `${p.site} © 2019–2025 | Contact`,
        `${p.site} (c) 2025. All rights reserved.`,
        `${p.site} | © 2025`,
        `${p.site} Copyright © 2025`,
        `${p.site} — © 2025`,
        `${p.site} © 2025 — Contact`,
        `${p.site} © 2025 All Rights Reserved`,
        `${p.site} (c) 2025 Tous droits réservés`,
      ])
        for (const header of [[p.title], [p.title, p.by]])
          for (const text of both(page(p.site, header, [foot])))
            expect(read(text).headline, `${lang}: ${foot} / ${header.join(" / ")}`).toBe(p.title);
    // An undated credit under the footer's notice leaves that notice the page's last dated one.
    for (const [lang, p] of Object.entries(FOUR_WORD_SITES))
      for (const text of both(page(p.site, [p.title, p.by], [`${p.site} © 2025`, "Photos © Ada Lindqvist"])))
        expect(read(text).headline, `${lang}: undated credit under the notice`).toBe(p.title);
  });

  // Its own time limit: the suite's is minutes. Read from each mark, a run of 200,000 marks takes some 25 seconds.
  it("reads a long run of marks under the site's notice in linear time", () => {
    const { site, title, by } = FOUR_WORD_SITES.en;
    expect(read(page(site, [title, by], [`${site} © 2025`, "©".repeat(200_000)])).headline).toBe(title);
  }, 5_000);

  it("keeps a title that a credit after the mark repeats, or a credit between paragraphs, as the headline (near miss)", () => {
    const DECK = "Sixty stalls, a lower rent for two years and a mended glass roof before the doors open in the spring";
    for (const [lang, p] of Object.entries(FOUR_WORD_SITES)) {
      // A picture's credit repeating the title before the photographer's name, or inside a gallery's credit, names no
      // site: the title over its deck stays the headline.
      for (const foot of [`${p.title} © 2025 Ada Lindqvist`, `Photos: ${p.title} © 2025`]) {
        const credit = page("Home", [p.title, DECK, p.by], [foot]);
        for (const text of both(credit)) expect(read(text).headline, `${lang}: ${foot}`).toBe(p.title);
      }
      // A still's credit between two paragraphs of the story (a film's review) names the work, not the site.
      const still = [p.site, "", p.title, DECK, p.by, "", LEAD, "", `${p.title} © 2025`, "", NEXT, "", `© 2025 ${p.site}`];
      expect(read(still.join("\n")).headline, `${lang}: still`).toBe(p.title);
      // The site's name over the title, the notice in the usual order, still reads as before.
      for (const text of both(page(p.site, [p.title, p.by], [`© 2025 ${p.site}`])))
        expect(read(text).headline, `${lang}: © first`).toBe(p.title);
    }
  });

  it("keeps a title that a work's credit under the story repeats before its mark as the headline, the site's notice under it (near miss)", () => {
    // A book's review: its title over the deck, the cover's credit after the last paragraph, then the footer's notice.
    // The credit opens with the title as a footer opens with the site's name, but it is not the page's last notice.
    const DECK = "Sixty stalls, a lower rent for two years and a mended glass roof before the doors open in the spring";
    for (const [lang, p] of Object.entries(FOUR_WORD_SITES))
      for (const credit of [`${p.title} © 2019`, `${p.title} © 2019, Harper & Lane`, `${p.title} (c) 2019 · 320 pages`]) {
        const review = [p.site, "", p.title, DECK, p.by, "", LEAD, "", NEXT, "", credit, "", "Contact", "Privacy", `© 2025 ${p.site}`];
        for (const text of both(review.join("\n"))) expect(read(text).headline, `${lang}: ${credit}`).toBe(p.title);
      }
  });
});

describe("a date line or a date and byline line under a title wins no headline", () => {
  // Invented event and news pages in seven languages: a conference's or a weekend's title over its span of days (with
  // or without a place after a dot or a bar), or over a header's line holding a date and a byline. The reader reads
  // each such line as the header's own, never as its title. A picture's caption with its credit packed under it gives
  // the near misses: set apart, a caption and a title have one shape, so the caption is not passed over.
  const EVENT_PAGES = {
    en: {
      conf: "Coastal Towns Conference",
      short: "Harbour Lights Weekend",
      long: "Brackwater folk festival returns to the harbour green this summer",
      spans: ["From June 3 to June 5, 2026", "June 3–5, 2026"],
      place: "Brackwater Town Hall",
      date: "May 12, 2026",
      by: "By Orla Penrith",
      dateBys: ["12 May 2026 | By Orla Penrith", "May 12, 2026 · By Orla Penrith"],
      cap: "The old quay at Brackwater seen from the lighthouse on Sunday morning",
      credit: "Photo: Tamsin Reed",
      lead: [
        "Brackwater's folk festival will return to the harbour green next month after two years away, the organisers said on Tuesday.",
        "Tickets for the three days go on sale on Friday, with a reduced price for islanders and children under twelve.",
      ],
    },
    de: {
      conf: "Tagung der Küstenstädte",
      short: "Hafenlichter-Wochenende kehrt zurück",
      long: "Das Folkfestival kehrt diesen Sommer auf die Hafenwiese von Brackwede zurück",
      spans: ["Vom 3. bis 5. Juni 2026", "3.–5. Juni 2026"],
      place: "Rathaus Brackwede",
      date: "12. Mai 2026",
      by: "Von Ole Brenning",
      dateBys: ["2. Mai 2026 · Von Ole Brenning", "12. Mai 2026 | Von Ole Brenning"],
      cap: "Der alte Kai von Brackwede vom Leuchtturm aus gesehen am Sonntagmorgen",
      credit: "Foto: Tamsin Reed",
      lead: [
        "Das Folkfestival von Brackwede kehrt nach zwei Jahren Pause im kommenden Monat auf die Hafenwiese zurück, teilten die Veranstalter am Dienstag mit.",
        "Der Vorverkauf für die drei Tage beginnt am Freitag, Inselbewohner und Kinder unter zwölf Jahren zahlen weniger.",
      ],
    },
    fr: {
      conf: "Rencontres des villes côtières",
      short: "Le week-end des lumières du port",
      long: "Le festival folk de Brèvemer revient sur la pelouse du port cet été",
      spans: ["Du 3 au 5 juin 2026", "3-5 juin 2026"],
      place: "Hôtel de ville de Brèvemer",
      date: "12 mai 2026",
      by: "Par Anouk Lestrade",
      dateBys: ["12 mai 2026 · Par Anouk Lestrade", "12 mai 2026 | Par Anouk Lestrade"],
      cap: "Le vieux quai de Brèvemer vu depuis le phare dimanche matin",
      credit: "Photo : Tamsin Reed",
      lead: [
        "Le festival folk de Brèvemer revient le mois prochain sur la pelouse du port après deux ans d'absence, ont annoncé mardi les organisateurs.",
        "La billetterie pour les trois jours ouvre vendredi, avec un tarif réduit pour les insulaires et les enfants de moins de douze ans.",
      ],
    },
    es: {
      conf: "Encuentro de ciudades costeras",
      short: "Fin de semana de luces del puerto",
      long: "El festival folk de Bravamar vuelve este verano al prado del puerto",
      spans: ["Del 3 al 5 de junio de 2026", "3-5 de junio de 2026"],
      place: "Ayuntamiento de Bravamar",
      date: "12 de mayo de 2026",
      by: "Por Nerea Ocaña",
      dateBys: ["12 de mayo de 2026 · Por Nerea Ocaña", "12 de mayo de 2026 | Por Nerea Ocaña"],
      cap: "El viejo muelle de Bravamar visto desde el faro el domingo por la mañana",
      credit: "Foto: Tamsin Reed",
      lead: [
        "El festival folk de Bravamar volverá el mes que viene al prado del puerto tras dos años de ausencia, anunciaron el martes los organizadores.",
        "Las entradas para los tres días salen a la venta el viernes, con un precio reducido para los isleños y los menores de doce años.",
      ],
    },
    it: {
      conf: "Incontro delle città costiere",
      short: "Il weekend delle luci del porto",
      long: "Il festival folk di Bravamare torna quest'estate sul prato del porto",
      spans: ["Dal 3 al 5 giugno 2026", "3-5 giugno 2026"],
      place: "Municipio di Bravamare",
      date: "12 maggio 2026",
      by: "Di Teresa Balducci",
      dateBys: ["12 maggio 2026 · Di Teresa Balducci", "12 maggio 2026 | Di Teresa Balducci"],
      cap: "Il vecchio molo di Bravamare visto dal faro domenica mattina",
      credit: "Foto: Tamsin Reed",
      lead: [
        "Il festival folk di Bravamare torna il mese prossimo sul prato del porto dopo due anni di pausa, hanno annunciato martedì gli organizzatori.",
        "I biglietti per i tre giorni saranno in vendita da venerdì, con un prezzo ridotto per gli isolani e i ragazzi sotto i dodici anni.",
      ],
    },
    pt: {
      conf: "Encontro das cidades costeiras",
      short: "Fim de semana das luzes do porto",
      long: "Festival folk de Bravamar regressa este verão ao relvado do porto",
      spans: ["De 3 a 5 de junho de 2026", "3-5 de junho de 2026"],
      place: "Câmara Municipal de Bravamar",
      date: "12 de maio de 2026",
      by: "Por Joana Quintela",
      dateBys: ["12 de maio de 2026 · Por Joana Quintela", "12 de maio de 2026 | Por Joana Quintela"],
      cap: "O velho cais de Bravamar visto do farol no domingo de manhã",
      credit: "Foto: Tamsin Reed",
      lead: [
        "O festival folk de Bravamar regressa no próximo mês ao relvado do porto depois de dois anos de ausência, anunciaram na terça-feira os organizadores.",
        "Os bilhetes para os três dias começam a ser vendidos na sexta-feira, com preço reduzido para ilhéus e crianças com menos de doze anos.",
      ],
    },
    nl: {
      conf: "Congres van kuststeden",
      short: "Havenlichtweekend keert terug",
      long: "Folkfestival van Brakmeer keert deze zomer terug op het havenveld",
      spans: ["Van 3 tot 5 juni 2026", "3-5 juni 2026"],
      place: "Stadhuis Brakmeer",
      date: "12 mei 2026",
      by: "Door Femke Haring",
      dateBys: ["12 mei 2026 · Door Femke Haring", "12 mei 2026 | Door Femke Haring"],
      cap: "De oude kade van Brakmeer gezien vanaf de vuurtoren op zondagochtend",
      credit: "Foto: Tamsin Reed",
      lead: [
        "Het folkfestival van Brakmeer keert volgende maand na twee jaar afwezigheid terug op het havenveld, maakten de organisatoren dinsdag bekend.",
        "De kaartverkoop voor de drie dagen begint vrijdag, met korting voor eilanders en kinderen onder de twaalf.",
      ],
    },
  };
  type Page = (typeof EVENT_PAGES)["en"];
  const NAV = ["Home", "Events", "Culture"];
  /** The page with its header's blocks set apart (`packed` false) or every line packed. */
  const page = (p: Page, header: readonly (readonly string[])[], packed = false) => {
    const blocks = [NAV, ...header, ...p.lead.map((line) => [line])];
    return packed ? blocks.flat().join("\n") : blocks.map((block) => block.join("\n")).join("\n\n");
  };
  const headline = (text: string) => fromText(text, { source: "page.txt" }).headline;

  it("takes the event's title over its span of days, not the span", () => {
    for (const [lang, p] of Object.entries(EVENT_PAGES))
      for (const span of p.spans) {
        const layouts: [string, string[][]][] = [
          [p.conf, [[p.conf], [`${span} · ${p.place}`], [p.date]]],
          [p.conf, [[p.conf], [`${span} | ${p.place}`]]],
          [p.short, [[p.short], [`${span} · ${p.place}`], [p.by]]],
          [p.long, [[p.long], [p.by], [`${span} · ${p.place}`]]],
        ];
        for (const [title, header] of layouts)
          expect(headline(page(p, header)), `${lang}: ${header.map((b) => b.join(" / ")).join(" // ")}`).toBe(title);
      }
  });

  it("takes the title over a header's line holding a date and a byline, not that line", () => {
    for (const [lang, p] of Object.entries(EVENT_PAGES))
      for (const dateBy of p.dateBys)
        for (const [title, header] of [
          [p.short, [[p.short], [dateBy], [p.spans[0]!]]],
          [p.conf, [[p.conf], [dateBy], [p.date]]],
        ] as [string, string[][]][])
          expect(headline(page(p, header)), `${lang}: ${header.map((b) => b.join(" / ")).join(" // ")}`).toBe(title);
  });

  it("takes a title packed over its picture's credit, not a kicker, a section's name, a slogan or a teaser over it (near misses)", () => {
    // Set apart over a credit, a caption and a title have one shape, and the line over either may be a title or a
    // kicker: moving from such a line to the one over it would lose each page below.
    const SITES: [string, string, string[], string[], string[]][] = [
      [
        "Harbourside Weekly",
        "Ferry to Kellwick sails again after storm repairs",
        ["Exclusive interview with the harbour master", "Local news from the coast since 1921", "Travel and Transport News"],
        [
          "The ferry between Harbourside and Kellwick ran again on Tuesday morning after six weeks of repairs to the northern pier, which was damaged when the storm of early April pushed a barge against its pilings.",
          "Engineers from the county worked in shifts through the night to replace the timber decking, and the harbour master said the crossing would keep its summer timetable until the end of September at least.",
          "Passengers who bought season tickets before the closure will be offered a refund of six weeks, the operator said in a statement, and the first crossing on Tuesday carried forty people and two delivery vans.",
        ],
        ["Photo: Tamsin Reed", "12 May 2026"],
      ],
      [
        "Salzbrücker Bote",
        "Fähre nach Kellhafen fährt nach Sturmschäden wieder",
        ["Exklusives Interview mit dem Hafenmeister", "Nachrichten von der Küste seit 1921", "Verkehr und Mobilität Region"],
        [
          "Die Fähre zwischen Salzbrück und Kellhafen fährt seit Dienstag wieder, nachdem der nördliche Anleger sechs Wochen lang repariert wurde, weil ein Lastkahn im Aprilsturm gegen die Pfähle gedrückt worden war.",
          "Techniker des Landkreises arbeiteten in Schichten bis in die Nacht, um die Holzplanken zu ersetzen, und der Hafenmeister sagte, die Überfahrt behalte ihren Sommerfahrplan mindestens bis Ende September.",
          "Fahrgäste mit Saisonkarten sollen für die sechs Wochen eine Erstattung bekommen, teilte der Betreiber mit, und die erste Überfahrt am Dienstag brachte vierzig Menschen und zwei Lieferwagen hinüber.",
        ],
        ["Foto: Jana Wellmer", "12. Mai 2026"],
      ],
    ];
    for (const [site, title, overs, lead, [credit, date]] of SITES)
      for (const over of overs)
        for (const dated of [true, false]) {
          const blocks = [
            [site, "Home  News  Sport"],
            [over],
            [title, credit!],
            ...(dated ? [[date!]] : []),
            ...lead.map((line) => [line]),
          ];
          const text = `${blocks.map((block) => block.join("\n")).join("\n\n")}\n\n© 2026 ${site}. All rights reserved.`;
          expect(headline(text), `${over}${dated ? "" : ", no date"}`).toBe(title);
        }
  });

  it("keeps an event's span and name under the site's name, which the footer prints again (near miss)", () => {
    // The site's name opening the page is no title over the span, though the event's page prints no other.
    const blocks = [
      ["Harbourside Weekly", "Home  News  Sport  Culture  Events"],
      ["From June 3 to June 5, 2026 · Harbourside Jazz Weekend"],
      ["12 May 2026 · By Orla Penrith"],
      ...EVENT_PAGES.en.lead.map((line) => [line]),
      ["© 2026 Harbourside Weekly. All rights reserved."],
    ];
    for (const packed of [false, true]) {
      const text = packed ? blocks.flat().join("\n") : blocks.map((block) => block.join("\n")).join("\n\n");
      expect(headline(text), packed ? "packed" : "spaced").toMatch(/^From June 3 to June 5, 2026/u);
    }
  });

  it("keeps the caption where the line over it is furniture or a sentence, and a title over a credit set apart (near misses)", () => {
    const p = EVENT_PAGES.en;
    for (const over of [
      "Share this story",
      "Skip to main content",
      "Home › Events › Culture",
      "The harbour board said on Tuesday that the quay road will close.",
    ])
      expect(headline(page(p, [[over], [p.cap, p.credit]])), over).toBe(p.cap);
    // The credit set apart under a title is the lead picture's: the title is the headline, not the short line over it.
    expect(headline(page(p, [[p.short], [p.long], [p.credit]]))).toBe(p.long);
  });

  it("still takes a title packed over its picture's credit under a menu's section of three words (near miss)", () => {
    for (const [lang, p] of Object.entries(EVENT_PAGES))
      for (const packed of [false, true]) {
        const text = [["Home", "News", "Things to do"], [p.long, p.credit], ...p.lead.map((line) => [line])];
        const joined = packed ? text.flat().join("\n") : text.map((block) => block.join("\n")).join("\n\n");
        expect(headline(joined), `${lang}${packed ? " packed" : ""}`).toBe(p.long);
        // Nor under the site's name opening the page, packed over the title.
        const named = ["The Brackwater Courier", p.long, p.credit, ...p.lead].join("\n");
        expect(headline(named), `${lang} under the site's name`).toBe(p.long);
      }
  });

  it("still takes titles holding a date, a span or a byline's word, and short titles over their byline and date (near misses)", () => {
    const NEAR: [string, string[][]][] = [
      ["June 3: the day the ferry stopped running", [["June 3: the day the ferry stopped running"], ["By Orla Penrith"]]],
      ["June 3, 2026: the day the ferry stopped", [["June 3, 2026: the day the ferry stopped"], ["By Orla Penrith"]]],
      ["June 3–5: Brackwater's folk weekend returns", [["Folk weekend"], ["June 3–5: Brackwater's folk weekend returns"]]],
      ["Vom 3. bis 5. Juni feiert Brackwede am Hafen", [["Folk weekend"], ["Vom 3. bis 5. Juni feiert Brackwede am Hafen"]]],
      ["Von Ole Brenning bis heute", [["Folk weekend"], ["Von Ole Brenning bis heute"], ["12. Mai 2026"]]],
      ["Harbour Lights Weekend", [["Harbour Lights Weekend"], ["By Orla Penrith"], ["May 12, 2026"]]],
      [
        "Ferry strike: live updates from the harbour",
        [["Ferry strike: live updates from the harbour"], ["3 June 2026 · 14:05"], ["Boats stay in port"]],
      ],
      ["Island cup final", [["Island cup final"], ["Brackwater 3–1 Quenby · June 3, 2026"]]],
    ];
    for (const [title, header] of NEAR)
      for (const packed of [false, true])
        expect(headline(page(EVENT_PAGES.en, header, packed)), `${title}${packed ? " packed" : ""}`).toBe(title);
  });

  it("keeps an event page titled by its span, and a caption that is the page's only title (near misses)", () => {
    for (const packed of [false, true]) {
      expect(headline(page(EVENT_PAGES.en, [["June 3–5, 2026"]], packed))).toBe("June 3–5, 2026");
      for (const [lang, p] of Object.entries(EVENT_PAGES)) {
        expect(headline(page(p, [[p.cap, p.credit]], packed)), lang).toBe(p.cap);
        // A site's name over the captioned picture is printed again in the footer: it is no title.
        const site = ["The Brackwater Courier"];
        const text = `${page(p, [site, [p.cap, p.credit]], packed)}\n\n© 2026 The Brackwater Courier`;
        expect(headline(text), `${lang} site`).toBe(p.cap);
        // Nor is a name of two words over it, the site's or a section's.
        expect(headline(page(p, [["Brackwater Courier"], [p.cap, p.credit]], packed)), `${lang} name`).toBe(p.cap);
      }
    }
  });

  it("reads a line opening with an event's span of days, and no title holding a date", () => {
    for (const line of [
      "From June 3 to June 5, 2026",
      "June 3–5, 2026 · Brackwater Town Hall",
      "Vom 3. bis 5. Juni 2026 | Rathaus",
      "Du 3 au 5 juin 2026",
      "Del 3 al 5 de junio de 2026",
      "Dal 3 al 5 giugno 2026",
      "De 3 a 5 de junho de 2026",
      "Van 3 tot 5 juni 2026",
      "3.–5. Juni 2026",
    ])
      expect(opensWithSpanOfDays(line), line).toBe(true);
    for (const line of [
      "June 3: the day the ferry stopped",
      "June 3–5: Brackwater's folk weekend returns",
      "Vom 3. bis 5. Juni feiert Brackwede am Hafen",
      "Brackwater 3–1 Quenby · June 3, 2026",
      "1914–1918 · The war years",
      "2025–2026 season",
      "From 10 to 12 · Town Hall",
      "10–12 · Town Hall",
      "May 12, 2026",
    ])
      expect(opensWithSpanOfDays(line), line).toBe(false);
  });
});

// Invented pages in seven languages: the document's title kept whole at the top ("Short headline - Site"), the menu,
// the headline printed again alone, a date and the story, with the site's copyright notice in the footer. The
// headline has no more words than the site's name after the dash: the notice names that part the site's.
const TITLE_LINE_PAGES: Record<string, { title: string; site: string; menu: string[]; date: string; lead: string[]; foot: string[] }> = {
  en: {
    title: "Tolworth ferry back",
    site: "Ambleside Evening Post",
    menu: ["Home", "News", "Sport", "Culture"],
    date: "14 March 2026",
    lead: [
      "The ferry between Ambleside and Tolworth will sail again from Monday, the council said on Friday, after three months of repairs to the landing stage.",
      "Divers replaced two rotten piles one by one in cold water, and traders said the closure had cost them much of their winter trade.",
    ],
    foot: ["About us", "Contact"],
  },
  de: {
    title: "Fähre fährt wieder",
    site: "Neues Tagblatt Ostersee",
    menu: ["Start", "Lokales", "Sport", "Kultur"],
    date: "14. März 2026",
    lead: [
      "Die Fähre zwischen Ostersee und Kranzberg fährt ab Montag wieder, wie die Gemeinde am Freitag mitteilte, nachdem der Anleger drei Monate gesperrt war.",
      "Taucher ersetzten zwei morsche Pfähle einzeln im kalten Wasser, und Händler sprachen von einem verlorenen Winter.",
    ],
    foot: ["Über uns", "Kontakt"],
  },
  fr: {
    title: "Le bac reprend",
    site: "Le Courrier de Vaulmont",
    menu: ["Accueil", "Actualités", "Sport", "Culture"],
    date: "14 mars 2026",
    lead: [
      "Le bac entre Vaulmont et Kerdonnec reprendra la mer dès lundi, a annoncé la mairie vendredi, après trois mois de travaux sur le ponton.",
      "Des plongeurs ont remplacé deux pieux pourris un à un, et les commerçants disent avoir perdu une bonne part de leur hiver.",
    ],
    foot: ["Qui sommes-nous", "Contact"],
  },
  es: {
    title: "Vuelve el ferri",
    site: "Diario de Almendral",
    menu: ["Portada", "Local", "Deportes", "Cultura"],
    date: "14 de marzo de 2026",
    lead: [
      "El ferri entre Almendral e Isla Clara volverá a navegar el lunes, anunció el ayuntamiento el viernes, tras tres meses de obras en el embarcadero.",
      "Los buzos cambiaron dos pilotes podridos uno a uno, y los comerciantes dicen haber perdido buena parte del invierno.",
    ],
    foot: ["Quiénes somos", "Contacto"],
  },
  it: {
    title: "Riparte il traghetto",
    site: "Gazzetta di Valfosca",
    menu: ["Home", "Cronaca", "Sport", "Cultura"],
    date: "14 marzo 2026",
    lead: [
      "Il traghetto tra Valfosca e Isola Bassa tornerà a navigare da lunedì, ha annunciato venerdì il comune, dopo tre mesi di lavori al pontile.",
      "I sommozzatori hanno sostituito due pali marci uno alla volta, e i commercianti parlano di un inverno perso.",
    ],
    foot: ["Chi siamo", "Contatti"],
  },
  pt: {
    title: "Ferry está de volta",
    site: "Jornal de Paçô Novo",
    menu: ["Início", "Local", "Desporto", "Cultura"],
    date: "14 de março de 2026",
    lead: [
      "O ferry entre Paçô Novo e a Ilha Funda volta a navegar na segunda-feira, anunciou a câmara na sexta-feira, depois de três meses de obras no cais.",
      "Os mergulhadores trocaram duas estacas podres uma a uma, e os comerciantes falam de um inverno perdido.",
    ],
    foot: ["Quem somos", "Contactos"],
  },
  nl: {
    title: "Veerpont vaart weer",
    site: "Dagblad van Oosterduin",
    menu: ["Home", "Nieuws", "Sport", "Cultuur"],
    date: "14 maart 2026",
    lead: [
      "De veerpont tussen Oosterduin en Zandwijk vaart vanaf maandag weer, meldde de gemeente vrijdag, na drie maanden herstel aan de steiger.",
      "Duikers vervingen twee rotte palen een voor een, en winkeliers spreken van een verloren winter.",
    ],
    foot: ["Over ons", "Contact"],
  },
};
const titleLinePage = (top: string, p: (typeof TITLE_LINE_PAGES)["en"], heading: string, notice: string | undefined, packed: boolean) => {
  const blocks = [[top], p.menu, [heading], [p.date], [p.lead[0]!], [p.lead[1]!], notice === undefined ? p.foot : [...p.foot, notice]];
  return packed ? blocks.flat().join("\n") : blocks.map((b) => b.join("\n")).join("\n\n");
};
const titleLineHeadline = (text: string) => fromText(text, { source: "title-line.txt" }).headline;
/** An assertion's name for a title-line page: its language, its form and whether its blocks are packed. */
const label = (lang: string, form: string, packed: boolean) => `${lang} ${form}${packed ? " packed" : ""}`;

describe("a page's title line holding a short headline and the site's name after a dash", () => {
  it("takes the heading printed below when the dash's other part is the site's name in the footer's notice", () => {
    for (const [lang, p] of Object.entries(TITLE_LINE_PAGES))
      for (const packed of [false, true])
        for (const notice of [`© 2026 ${p.site}`, `${p.site} © 2026. All rights reserved`, `Copyright © 2026 ${p.site} | Privacy`])
          for (const dash of [" - ", " – ", " — "]) {
            const text = titleLinePage(`${p.title}${dash}${p.site}`, p, p.title, notice, packed);
            expect(titleLineHeadline(text), `${lang} ${notice}${dash}${packed ? " packed" : ""}`).toBe(p.title);
          }
  });

  it("keeps the whole title line where the part after the dash is not the site's (near misses)", () => {
    for (const [lang, p] of Object.entries(TITLE_LINE_PAGES))
      for (const packed of [false, true]) {
        const top = `${p.title} - ${p.site}`;
        // No notice on the page: nothing names the site, so the whole title line stays.
        expect(titleLineHeadline(titleLinePage(top, p, p.title, undefined, packed)), `${lang} no notice`).toBe(top);
        // A notice naming another company, and a notice quoting only part of the name.
        expect(titleLineHeadline(titleLinePage(top, p, p.title, "© 2026 Harbour Media Group", packed)), `${lang} other`).toBe(top);
        const part = p.site.split(" ").slice(0, -1).join(" ");
        expect(titleLineHeadline(titleLinePage(top, p, p.title, `© 2026 ${part}`, packed)), `${lang} part`).toBe(top);
        // The name runs on into a longer word in the notice.
        expect(titleLineHeadline(titleLinePage(top, p, p.title, `© 2026 ${p.site}s`, packed)), `${lang} longer`).toBe(top);
      }
  });

  it("keeps a heading of two words, and a site's name opening the title line over its masthead (near misses)", () => {
    const p = TITLE_LINE_PAGES.en!;
    for (const packed of [false, true]) {
      // A two-word line printed below is a section's name more often than a headline.
      const two = `Ferry back - ${p.site}`;
      expect(titleLineHeadline(titleLinePage(two, p, "Ferry back", `© 2026 ${p.site}`, packed))).toBe(two);
      // The site's name first, its masthead printed below: the headline is after the dash, not the name.
      const first = `${p.site} - Tolworth ferry sails again from Monday morning`;
      expect(titleLineHeadline(titleLinePage(first, p, p.site, `© 2026 ${p.site}`, packed))).not.toBe(p.site);
    }
  });

  it("takes the heading printed below when the site's name the notice prints opens the title line before a separator", () => {
    for (const [lang, p] of Object.entries(TITLE_LINE_PAGES))
      for (const packed of [false, true])
        for (const mark of [" - ", " – ", " · ", " | "]) {
          const text = titleLinePage(`${p.site}${mark}${p.title}`, p, p.title, `© 2026 ${p.site}`, packed);
          expect(titleLineHeadline(text), `${lang}${mark}${packed ? " packed" : ""}`).toBe(p.title);
        }
  });

  it("keeps the title line when what opens it is no site's name the notice prints (near misses)", () => {
    for (const [lang, p] of Object.entries(TITLE_LINE_PAGES))
      for (const packed of [false, true]) {
        const top = `${p.site} - ${p.title}`;
        expect(titleLineHeadline(titleLinePage(top, p, p.title, undefined, packed)), `${lang} no notice`).toBe(top);
        expect(titleLineHeadline(titleLinePage(top, p, p.title, "© 2026 Harbour Media Group", packed)), `${lang} other`).toBe(top);
        // A kicker of the site's own words before the dash: the notice prints the name whole, not the kicker.
        const kicker = `${p.site.split(" ")[0]} Weekly - ${p.title}`;
        expect(titleLineHeadline(titleLinePage(kicker, p, p.title, `© 2026 ${p.site}`, packed)), `${lang} kicker`).toBe(kicker);
        // The heading closes the line but no separator sets it off from the name.
        const glued = `${p.site} ${p.title} - Weekend`;
        const run = `${p.site} - Weekend ${p.title}`;
        expect(titleLineHeadline(titleLinePage(run, p, p.title, `© 2026 ${p.site}`, packed)), `${lang} run`).toBe(run);
        expect(titleLineHeadline(titleLinePage(glued, p, p.title, `© 2026 ${p.site}`, packed)), `${lang} glued`).toBe(glued);
      }
  });

  it("reads the title line's headline in title case over its heading in sentence case, and no other heading (near misses)", () => {
    const titleCase = (line: string) =>
      line.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
    for (const [lang, p] of Object.entries(TITLE_LINE_PAGES))
      for (const packed of [false, true]) {
        const top = `${titleCase(p.title)} - ${p.site}`;
        expect(titleLineHeadline(titleLinePage(top, p, p.title, `© 2026 ${p.site}`, packed)), `${lang}${packed ? " packed" : ""}`).toBe(
          p.title,
        );
        // Other words under the title case: the heading is not the title line's, which stays, less the site's name
        // the notice prints, when packed. Set apart over the date, a heading retelling the title line in two words of
        // four letters or more is the page's printed title (round hl109, header-tab-printed-title.test.ts); with fewer
        // ("Le bac reprend") the title line stays. No third line is read either way.
        const other = `${titleCase(p.title)} Again`;
        const otherRead = titleLineHeadline(titleLinePage(`${other} - ${p.site}`, p, p.title, `© 2026 ${p.site}`, packed));
        expect(packed ? [other] : [other, p.title], `${lang} other`).toContain(otherRead);
      }
  });

  it("reads the site's name only where the footer's notice gives it, after its mark and year or before them (review near misses)", () => {
    const p = TITLE_LINE_PAGES.en!;
    for (const packed of [false, true]) {
      // The notice's own name runs on from a longer word before it: not the site's name the title gives.
      const tail = `${p.title} - ${p.site}`;
      expect(titleLineHeadline(titleLinePage(tail, p, p.title, `© 2026 North${p.site}`, packed)), "word before").toBe(tail);
      // The site's name still counts with the notice's other opening and order.
      expect(titleLineHeadline(titleLinePage(tail, p, p.title, `Copyright 2026 ${p.site}. All rights reserved`, packed))).toBe(p.title);
      // A word from inside the notice's name ("Post" of "Ambleside Evening Post") before the dash: a kicker, kept.
      const kicker = `Post - ${p.title}`;
      expect(titleLineHeadline(titleLinePage(kicker, p, p.title, `© 2026 ${p.site}`, packed)), "inner word").toBe(kicker);
      // The notice's first word, its name running on before the mark: a kicker of the site's first word, kept.
      const first = `Ambleside - ${p.title}`;
      expect(titleLineHeadline(titleLinePage(first, p, p.title, `${p.site} © 2026`, packed)), "first word").toBe(first);
    }
    // The last dated notice is a still's credit between two paragraphs, naming the film the title names.
    const film = "Salt Road - A quiet film about the sea";
    const review = [
      film,
      "",
      "A quiet film about the sea",
      "",
      "By Lena Fisk",
      "April 2, 2026",
      "",
      "The new film by Ida Varga follows three women waiting for a boat that never comes. It is slow, and it is beautiful, and it asks a great deal of its audience.",
      "© 2026 Salt Road Pictures",
      "Varga shot the film over two winters on the island of Kelm, with a cast of local fishermen and no score at all.",
      "",
      "Salt Road opens in cinemas on Friday.",
    ].join("\n");
    expect(titleLineHeadline(review), "credit").toBe(film);
  });
});

describe("a title line's short headline beside the site's name: a notice with no year, a longer bar's part, a colon", () => {
  it("reads the site's name from a footer's notice that prints no year, in either order and after a bar", () => {
    for (const [lang, p] of Object.entries(TITLE_LINE_PAGES))
      for (const packed of [false, true])
        for (const notice of [`© ${p.site}`, `© ${p.site}. All rights reserved.`, `${p.site} ©`, `(c) ${p.site} · Privacy`])
          for (const mark of [" - ", " | "]) {
            const cases = [`${p.title}${mark}${p.site}`, `${p.site}${mark}${p.title}`];
            for (const top of cases)
              expect(titleLineHeadline(titleLinePage(top, p, p.title, notice, packed)), `${lang} ${top} ${notice}`).toBe(p.title);
          }
  });

  it("reads a short headline before a bar and the longer site's name the notice prints, the bar's cut finding neither below", () => {
    for (const [lang, p] of Object.entries(TITLE_LINE_PAGES))
      for (const packed of [false, true])
        for (const notice of [`© 2026 ${p.site}`, `© ${p.site}`]) {
          const title = `${p.title.split(" ").slice(0, 2).join(" ")} again`;
          const site = `${p.site} Online Edition`;
          const page = titleLinePage(`${title} | ${site}`, p, title, notice.replace(p.site, site), packed);
          expect(titleLineHeadline(page), `${lang} ${notice}`).toBe(title);
        }
  });

  it("reads the heading after a colon where the notice prints the name before it, and keeps a headline's own colon", () => {
    for (const [lang, p] of Object.entries(TITLE_LINE_PAGES))
      for (const packed of [false, true]) {
        const top = `${p.site}: ${p.title}`;
        for (const notice of [`© 2026 ${p.site}`, `© ${p.site}`])
          expect(titleLineHeadline(titleLinePage(top, p, p.title, notice, packed)), `${lang} ${notice}`).toBe(p.title);
        // No notice names the part before the colon: a kicker's or a headline's own colon, kept whole.
        expect(titleLineHeadline(titleLinePage(top, p, p.title, undefined, packed)), `${lang} no notice`).toBe(top);
        const kicker = `${p.menu[1]} today: ${p.title}`;
        expect(titleLineHeadline(titleLinePage(kicker, p, p.title, `© 2026 ${p.site}`, packed)), `${lang} kicker`).toBe(kicker);
      }
  });

  it("keeps the title line where an undated notice names no site the title line gives (near misses)", () => {
    for (const [lang, p] of Object.entries(TITLE_LINE_PAGES))
      for (const packed of [false, true])
        for (const top of [`${p.title} - ${p.site}`, `${p.site} - ${p.title}`]) {
          const part = p.site.split(" ").slice(0, -1).join(" ");
          // Another company, part of the name, the name running on, a photographer's credit.
          for (const notice of ["© Harbour Media Group", `© ${part}`, `© ${p.site}s`, "© Ana Ruiz", `${p.site} © Ana Ruiz`])
            expect(titleLineHeadline(titleLinePage(top, p, p.title, notice, packed)), `${lang} ${notice}`).toBe(top);
        }
    // The only mark is a picture's credit between two paragraphs of the story: no footer's notice.
    const p = TITLE_LINE_PAGES.en!;
    const top = `${p.title} - ${p.site}`;
    const credited = [top, "", p.title, "", p.date, "", p.lead[0], `© ${p.site}`, p.lead[1], "", "Contact"].join("\n");
    expect(titleLineHeadline(credited), "credit").toBe(top);
  });

  // A place's name opens the title line before a colon and opens the notice's longer name too; the headline is printed
  // whole below, and the part after the colon comes again further down as a sub-heading of the story.
  const placePage = (top: string, p: (typeof TITLE_LINE_PAGES)["en"], notice: string, packed: boolean) => {
    const blocks = [[top], p.menu, [top], [p.date], [p.lead[0]!], [p.title], [p.lead[1]!], [...p.foot, notice]];
    return packed ? blocks.flat().join("\n") : blocks.map((b) => b.join("\n")).join("\n\n");
  };

  it("keeps a title line whose colon or dash follows only the first words of the notice's name (review near misses)", () => {
    for (const [lang, p] of Object.entries(TITLE_LINE_PAGES))
      for (const packed of [false, true]) {
        // Before a colon, dated or not; a list's "(c)" as the page's only mark; before a dash with no year.
        for (const notice of ["© 2026 Kellwick Town Council", "© Kellwick Town Council", "(c) Kellwick Town Council may set fees."])
          expect(titleLineHeadline(placePage(`Kellwick: ${p.title}`, p, notice, packed)), `${lang} ${notice}`).toBe(`Kellwick: ${p.title}`);
        expect(titleLineHeadline(placePage(`Kellwick - ${p.title}`, p, "© Kellwick Town Council", packed)), `${lang} dash`).toBe(
          `Kellwick - ${p.title}`,
        );
      }
  });

  it("reads the heading after a colon where the notice prints the site's whole name, its year or its end after it", () => {
    for (const [lang, p] of Object.entries(TITLE_LINE_PAGES))
      for (const packed of [false, true])
        for (const notice of [`© ${p.site} 2026`, `© 2026 ${p.site} | Privacy`, `Copyright © ${p.site}, all rights reserved`])
          expect(titleLineHeadline(titleLinePage(`${p.site}: ${p.title}`, p, p.title, notice, packed)), `${lang} ${notice}`).toBe(p.title);
  });
});

describe("title lines with a kicker or a section beside the site's name the footer's notice prints", () => {
  // A one-word label per language, set in the title line or printed over the heading as a kicker.
  const KICKER: Record<string, string> = {
    en: "Analysis",
    de: "Meinung",
    fr: "Exclusif",
    es: "Opinión",
    it: "Commento",
    pt: "Análise",
    nl: "Opinie",
  };
  const notices = (site: string) => [`© 2026 ${site}`, `© ${site}. All rights reserved`];

  it("takes the heading printed below from a title line of headline, kicker and site, or site, section and headline", () => {
    for (const [lang, p] of Object.entries(TITLE_LINE_PAGES))
      for (const packed of [false, true])
        for (const notice of notices(p.site))
          for (const mark of [" - ", " – ", " | "]) {
            const kicker = KICKER[lang]!;
            const last = titleLinePage(`${p.title}${mark}${kicker}${mark}${p.site}`, p, p.title, notice, packed);
            expect(titleLineHeadline(last), `${lang} ${notice}${mark}kicker${packed ? " packed" : ""}`).toBe(p.title);
            const first = titleLinePage(`${p.site}${mark}${p.menu[1]}${mark}${p.title}`, p, p.title, notice, packed);
            expect(titleLineHeadline(first), `${lang} ${notice}${mark}section${packed ? " packed" : ""}`).toBe(p.title);
          }
  });

  it("takes the title under a kicker the title line prints beside the site's name alone", () => {
    for (const [lang, p] of Object.entries(TITLE_LINE_PAGES))
      for (const packed of [false, true])
        for (const notice of notices(p.site))
          for (const mark of [" - ", " – "]) {
            const text = titleLinePage(`${KICKER[lang]}${mark}${p.site}`, p, `${KICKER[lang]}\n${p.title}`, notice, packed);
            expect(titleLineHeadline(text), `${lang} ${notice}${mark}${packed ? " packed" : ""}`).toBe(p.title);
          }
  });

  it("keeps the whole title line when the part beside the site's name is as long as the heading (near misses)", () => {
    for (const [lang, p] of Object.entries(TITLE_LINE_PAGES))
      for (const packed of [false, true]) {
        // A subtitle of as many words as the heading beside the site's name: the heading may be its kicker. The title
        // line is read, less the site's name the notice prints, when packed; set apart over the date, as above, the
        // heading may be read as the page's printed title (round hl109), and no third line.
        const subtitle = `${p.title} - ${p.title.toLowerCase()}`;
        const line = `${subtitle} - ${p.site}`;
        const subtitleRead = titleLineHeadline(titleLinePage(line, p, p.title, `© 2026 ${p.site}`, packed));
        expect(packed ? [subtitle] : [subtitle, p.title], `${lang} subtitle`).toContain(subtitleRead);
        const section = `${p.site} - ${p.title.toLowerCase()} - ${p.title}`;
        expect(titleLineHeadline(titleLinePage(section, p, p.title, `© 2026 ${p.site}`, packed)), `${lang} long section`).toBe(section);
      }
  });

  // A topic of one word more than the headline, printed right over it; the title line sets the headline beside the site.
  // (Portuguese's headline has four words: a topic of five is picked alone, by its score, as main does.)
  const TOPIC: Record<string, string> = {
    en: "Floods along the coast",
    de: "Hochwasser an der Küste",
    fr: "Les crues du littoral",
    es: "Las riadas del litoral",
    it: "Le piene sulla costa",
    nl: "Overstromingen aan de kust",
  };
  // A date's label with a time, as a live page prints it under its label.
  const STAMP: Record<string, string> = {
    en: "Updated 12:04 GMT",
    de: "Aktualisiert 12:04 Uhr",
    fr: "Mis à jour 12:04",
    es: "Actualizado 12:04",
    it: "Aggiornato alle 12:04",
    pt: "Atualizado às 12h04",
    nl: "Bijgewerkt 12:04",
  };

  it("takes no topic printed right over the part the title line sets beside the site's name (near misses)", () => {
    for (const [lang, topic] of Object.entries(TOPIC))
      for (const packed of [false, true]) {
        const p = TITLE_LINE_PAGES[lang]!;
        const text = titleLinePage(`${topic} - ${p.title} - ${p.site}`, p, `${topic}\n${p.title}`, `© 2026 ${p.site}`, packed);
        expect(titleLineHeadline(text), `${lang}${packed ? " packed" : ""}`).not.toBe(topic);
      }
  });

  it("takes no date's label or name over the date line for the title under a kicker (near misses)", () => {
    for (const [lang, p] of Object.entries(TITLE_LINE_PAGES))
      for (const packed of [false, true]) {
        const kicker = KICKER[lang]!;
        const top = `${kicker} - ${p.site}`;
        const notice = `© 2026 ${p.site}`;
        const stamp = titleLinePage(top, p, `${kicker}\n${STAMP[lang]}\n\n${p.title}`, notice, packed);
        expect(titleLineHeadline(stamp), `${lang} stamp${packed ? " packed" : ""}`).not.toBe(STAMP[lang]);
        const names = [[top], p.menu, [p.title], [kicker, "Ada Lee and Ola Berg", p.date], [p.lead[0]!], [p.lead[1]!], [...p.foot, notice]];
        const text = packed ? names.flat().join("\n") : names.map((b) => b.join("\n")).join("\n\n");
        expect(titleLineHeadline(text), `${lang} names${packed ? " packed" : ""}`).not.toBe("Ada Lee and Ola Berg");
      }
  });

  it("takes no lead paragraph or byline for the title under a kicker the title line prints (near misses)", () => {
    for (const [lang, p] of Object.entries(TITLE_LINE_PAGES))
      for (const packed of [false, true]) {
        const top = `${KICKER[lang]} - ${p.site}`;
        const notice = `© 2026 ${p.site}`;
        const overLead = [[top], p.menu, [KICKER[lang]!, p.lead[0]!], [p.lead[1]!], [...p.foot, notice]];
        const overByline = [[top], p.menu, [KICKER[lang]!, "By Ada Lee"], [p.lead[0]!], [p.lead[1]!], [...p.foot, notice]];
        for (const [name, blocks] of [
          ["lead", overLead],
          ["byline", overByline],
        ] as const) {
          const text = packed ? blocks.flat().join("\n") : blocks.map((b) => b.join("\n")).join("\n\n");
          expect(titleLineHeadline(text), `${lang} ${name}${packed ? " packed" : ""}`).toBe(top);
        }
      }
  });
});

describe("title lines of three parts, or a kicker beside the site's name, with no copyright notice naming the site", () => {
  // A one-word label per language, set in the title line or printed over the heading as a kicker.
  const KICKER: Record<string, string> = {
    en: "Explainer",
    de: "Hintergrund",
    fr: "Décryptage",
    es: "Claves",
    it: "Retroscena",
    pt: "Contexto",
    nl: "Achtergrond",
  };
  const withMasthead = (p: (typeof TITLE_LINE_PAGES)["en"]) => ({ ...p, menu: [p.site, ...p.menu] });
  // The page of these blocks, spaced or packed, as `titleLinePage` sets its own.
  const pageOf = (blocks: string[][], packed: boolean) =>
    packed ? blocks.flat().join("\n") : blocks.map((b) => b.join("\n")).join("\n\n");

  it("takes the heading printed below at one end of a title line of three parts, the site's name at the other", () => {
    for (const [lang, p] of Object.entries(TITLE_LINE_PAGES))
      for (const packed of [false, true])
        for (const page of [p, withMasthead(p)])
          for (const mark of [" - ", " | ", " · "]) {
            // A bar's cut that keeps a long site's name finds its masthead below first: not read here (left open).
            if (page !== p && mark === " | ") continue;
            const kicker = KICKER[lang]!;
            const last = titleLinePage(`${p.title}${mark}${kicker}${mark}${p.site}`, page, p.title, undefined, packed);
            const masthead = page === p ? "" : " masthead";
            expect(titleLineHeadline(last), label(lang, `last${mark}${masthead}`, packed)).toBe(p.title);
            const section = titleLinePage(`${p.title}${mark}${p.menu[1]}${mark}${p.site}`, page, p.title, undefined, packed);
            expect(titleLineHeadline(section), label(lang, `section${mark}${masthead}`, packed)).toBe(p.title);
            const first = titleLinePage(`${p.site}${mark}${p.menu[1]}${mark}${p.title}`, page, p.title, undefined, packed);
            expect(titleLineHeadline(first), label(lang, `site first${mark}${masthead}`, packed)).toBe(p.title);
            // A notice naming another company names no part: the three parts are read as with none.
            const other = titleLinePage(`${p.title}${mark}${kicker}${mark}${p.site}`, page, p.title, "© 2026 Harbour Media Group", packed);
            expect(titleLineHeadline(other), label(lang, `other notice${mark}${masthead}`, packed)).toBe(p.title);
          }
  });

  it("reads a part as the site's name where another line prints it alone or after a short label", () => {
    for (const [lang, p] of Object.entries(TITLE_LINE_PAGES))
      for (const packed of [false, true])
        for (const [page, about] of [
          [withMasthead(p), undefined],
          [p, `About ${p.site}`],
        ] as const) {
          const kicker = KICKER[lang]!;
          const form = about === undefined ? "masthead" : "about";
          const plain = titleLinePage(`${p.title} - ${p.site}`, page, p.title, about, packed);
          expect(titleLineHeadline(plain), label(lang, `title-site ${form}`, packed)).toBe(p.title);
          const kicked = titleLinePage(`${kicker} - ${p.site}`, page, `${kicker}\n${p.title}`, about, packed);
          expect(titleLineHeadline(kicked), label(lang, `kicker-site ${form}`, packed)).toBe(p.title);
        }
  });

  it("keeps a site's masthead, a headline's own dash and a plain heading from the site's-name reading (near misses)", () => {
    for (const [lang, p] of Object.entries(TITLE_LINE_PAGES))
      for (const packed of [false, true]) {
        const masthead = withMasthead(p);
        // The masthead printed under a title line that opens with the site's name is no headline either.
        const siteFirst = titleLinePage(`${p.site} | ${p.title}`, masthead, p.title, undefined, packed);
        expect(titleLineHeadline(siteFirst), label(lang, "site-first masthead", packed)).toBe(p.title);
        const dashed = `${p.title} - ${p.lead[0]!.split(" ").slice(0, 3).join(" ").toLowerCase()}`;
        const ownDash = titleLinePage(`${dashed} | ${p.site}`, p, dashed, undefined, packed);
        expect(titleLineHeadline(ownDash), label(lang, "own dash", packed)).toBe(dashed);
        const blocks = [p.menu, [p.title], [p.date], [p.lead[0]!], [p.lead[1]!], [...p.foot, `About ${p.site}`]];
        expect(titleLineHeadline(pageOf(blocks, packed)), label(lang, "no title line", packed)).toBe(p.title);
      }
  });

  // A series' name of three words printed as a kicker over a short story title of fewer words, per language.
  const SERIES: Record<string, [series: string, title: string]> = {
    en: ["Ask the Doctor", "Back pain"],
    de: ["Frag den Arzt", "Rückenschmerzen"],
    fr: ["Demandez au médecin", "Lumbago"],
    es: ["Pregunte al médico", "Lumbalgia"],
    it: ["Chiedi al medico", "Lombalgia"],
    pt: ["Pergunte ao médico", "Lombalgia"],
    nl: ["Vraag de dokter", "Rugpijn"],
  };

  it("reads no kicker, no line under the story and no labelled pointer's title as the site's evidence (near misses)", () => {
    for (const [lang, p] of Object.entries(TITLE_LINE_PAGES))
      for (const packed of [false, true]) {
        const [series, title] = SERIES[lang]!;
        // The series' name over the date over the story's short title: the middle part is printed alone below.
        const seriesTop = `${series} - ${title} - ${p.site}`;
        const seriesPage = pageOf([[seriesTop], p.menu, [series], [p.date], [title], [p.lead[0]!], [p.lead[1]!], p.foot], packed);
        expect(titleLineHeadline(seriesPage), label(lang, "series over date over title", packed)).toBe(seriesTop);
        // "Share: …" names a story, not a site: the series' name printed alone is no headline for it.
        const sharedTop = `${series} - ${p.title}`;
        const shared = [[sharedTop], p.menu, [series], [p.date], [p.lead[0]!], [p.lead[1]!], [`Share: ${p.title}`, ...p.foot]];
        expect(titleLineHeadline(pageOf(shared, packed)), label(lang, "shared title", packed)).toBe(sharedTop);
        // The site's name printed in the footer under a short story is no heading for the title line's other part.
        const footed = titleLinePage(`${p.title} - ${p.site}`, { ...p, foot: [p.site, ...p.foot] }, p.title, undefined, packed);
        expect(titleLineHeadline(footed), label(lang, "footer logo", packed)).not.toBe(p.site);
      }
  });
});

describe("a title line of a kicker beside a site's name that nothing on the page names", () => {
  // A one-word label and a two-word one that reads like a paper's name, per language: each printed over the title.
  const KICKERS: Record<string, [label: string, nameLike: string]> = {
    en: ["Analysis", "Morning Briefing"],
    de: ["Analyse", "Der Morgen"],
    fr: ["Analyse", "Le Matin"],
    es: ["Análisis", "La Mañana"],
    it: ["Analisi", "Il Mattino"],
    pt: ["Análise", "A Manhã"],
    nl: ["Analyse", "De Ochtend"],
  };

  it("takes the title packed under the kicker the title line opens with, with no notice, masthead or link naming the site", () => {
    for (const [lang, p] of Object.entries(TITLE_LINE_PAGES))
      for (const packed of [false, true])
        for (const kicker of KICKERS[lang]!)
          for (const dash of [" - ", " – "]) {
            const text = titleLinePage(`${kicker}${dash}${p.site}`, p, `${kicker}\n${p.title}`, undefined, packed);
            expect(titleLineHeadline(text), label(lang, `${kicker}${dash}`, packed)).toBe(p.title);
          }
  });

  it("takes no writer's name or date label packed under a short heading for the story's title (near misses)", () => {
    for (const [lang, p] of Object.entries(TITLE_LINE_PAGES))
      for (const packed of [false, true]) {
        const short = p.title.split(" ").slice(0, 2).join(" ");
        const top = `${short} - ${p.site}`;
        // A name alone over the date is a byline without its "By"; a date's label under a kicker is no title either.
        const named = titleLinePage(top, p, `${short}\nAna Ruiz Delgado`, undefined, packed);
        expect(titleLineHeadline(named), label(lang, "name over date", packed)).not.toBe("Ana Ruiz Delgado");
        const stamped = titleLinePage(`Live - ${p.site}`, p, "Live\nUpdated 12:04 GMT", undefined, packed);
        expect(titleLineHeadline(stamped), label(lang, "date label", packed)).not.toBe("Updated 12:04 GMT");
      }
  });

  it("keeps a short headline in sentence case whose packed line under it is a quote or a writer's name and job (near misses)", () => {
    // What a page packs under its own short headline: a pull quote or the writer with a job title. (Those that an older
    // reading takes on main as well, a quote under these German, French and Dutch headlines, are left out.)
    const UNDER: Record<string, string[]> = {
      en: ["\u201CWe waited all winter\u201D"],
      de: ["Ola Brandt, Verkehrsreporterin"],
      fr: ["Ola Brandt, journaliste transports"],
      es: ["«Esperamos todo el invierno»"],
      it: ["«Abbiamo aspettato tutto l'inverno»"],
      pt: ["«Esperámos o inverno inteiro»"],
      nl: ["Ola Brandt, verslaggever verkeer"],
    };
    for (const [lang, p] of Object.entries(TITLE_LINE_PAGES))
      for (const packed of [false, true])
        for (const under of UNDER[lang]!) {
          const text = titleLinePage(`${p.title} - ${p.site}`, p, `${p.title}\n${under}`, undefined, packed);
          expect(titleLineHeadline(text), label(lang, under, packed)).not.toBe(under);
        }
  });
});

describe("a short heading that the title line prints beside the site's name alone", () => {
  /** An invented site per language: its menu, notice, a short title over a deck and a column's name over a headline. */
  const SHORT_TITLE_PAGES: Record<
    string,
    {
      site: string;
      menu: string[];
      notice: string;
      title: string;
      deck: string;
      date: string;
      lead: string[];
      column: string;
      headline: string;
    }
  > = {
    he: {
      site: "קול הבקעה",
      menu: ["ראשי", "חדשות", "ספורט"],
      notice: "© 2026 קול הבקעה",
      title: "שיט מתחדש",
      deck: "המעבורת היחידה של האי חוזרת לשיט ביום ראשון אחרי שלושה חודשי תיקונים במספנה, והתושבים כבר מזמינים כרטיסים למעבר הראשון.",
      date: "5 במאי 2026",
      lead: [
        "מנהל הנמל אמר כי לוח הזמנים היומי יחזור במלואו מהחודש הבא, ויתווסף שיט ערב נוסף בימי חמישי לבקשת התושבים.",
        "בעלי החנויות באי סיפרו כי המסחר ירד בשליש בזמן שהמעבורת הייתה בתיקונים, והם מקווים שהקונים יחזרו עוד החודש.",
      ],
      column: "יומן האי",
      headline: "המעבורת חוזרת לשיט אחרי שלושה חודשים.",
    },
    ar: {
      site: "أخبار الجزيرة الصغيرة",
      menu: ["الرئيسية", "محليات", "رياضة"],
      notice: "© 2026 أخبار الجزيرة الصغيرة",
      title: "عاد الإبحار",
      deck: "تعود العبّارة الوحيدة للجزيرة إلى الإبحار يوم الأحد بعد ثلاثة أشهر من الإصلاحات، وقد بدأ السكان حجز تذاكر الرحلة الأولى.",
      date: "5 مايو 2026",
      lead: [
        "وقال مدير الميناء إن الجدول اليومي سيعود كاملاً اعتباراً من الشهر المقبل، مع رحلة مسائية إضافية يوم الخميس بطلب من السكان.",
        "وقال أصحاب المتاجر إن التجارة تراجعت بمقدار الثلث أثناء غياب العبّارة، وإنهم يأملون عودة الزبائن خلال هذا الشهر.",
      ],
      column: "ركن الجزيرة",
      headline: "العبّارة تعود إلى الإبحار بعد ثلاثة أشهر.",
    },
    zh: {
      site: "海岛日报",
      menu: ["首页", "本地", "体育"],
      notice: "© 2026 海岛日报",
      title: "渡轮复航",
      deck: "海岛唯一的渡轮在船厂维修了三个月之后，将于本周日恢复航行，不少居民已经开始预订首航的船票。",
      date: "2026年5月5日 08:30",
      lead: [
        "港口负责人表示，每天的班次将从下个月起全部恢复，周四晚上还会应居民要求加开一班，方便上班的人回家。",
        "岛上的店主说，渡轮停航期间生意少了三分之一，希望顾客在这个月里能够慢慢回来，让小店重新热闹起来。",
      ],
      column: "海岛观察",
      headline: "渡轮维修三个月后恢复航行 居民盼望已久",
    },
  };

  const pageOf = (blocks: string[][], packed: boolean) =>
    packed ? blocks.flat().join("\n") : blocks.map((block) => block.join("\n")).join("\n\n");
  const headlineOf = (text: string) => fromText(text, { source: "page.txt" }).headline;

  it("is the headline under a title line 'Title - Site' or 'Site | Title', with the date or the deck under it", () => {
    // Titles under the spaced floor of 12 characters (two Hebrew or Arabic words) and of four CJK characters.
    for (const [lang, p] of Object.entries(SHORT_TITLE_PAGES))
      for (const bar of [`${p.title} - ${p.site}`, `${p.site} | ${p.title}`]) {
        const tail = [[p.lead[0]!], [p.lead[1]!], ["About", p.notice]];
        expect(headlineOf(pageOf([[bar], p.menu, [p.title], [p.date], [p.deck], ...tail], false)), `${lang} ${bar} dated`).toBe(p.title);
      }
    // The deck right under the title, the date under the deck.
    for (const [lang, p] of Object.entries(SHORT_TITLE_PAGES)) {
      const page = pageOf([[`${p.title} - ${p.site}`], p.menu, [p.title], [p.deck], [p.date], [p.lead[0]!], ["About", p.notice]], false);
      expect(headlineOf(page), `${lang} decked`).toBe(p.title);
    }
  });

  it("is not a column's name over the story's headline, packed under it or set apart (near misses)", () => {
    for (const [lang, p] of Object.entries(SHORT_TITLE_PAGES))
      for (const packed of [false, true])
        for (const bar of [`${p.column} - ${p.site}`, `${p.site} | ${p.column}`]) {
          const tail = [[p.date], [p.deck], [p.lead[0]!], [p.lead[1]!], ["About", p.notice]];
          const page = pageOf([[bar], p.menu, ...(packed ? [[p.column, p.headline]] : [[p.column], [p.headline]]), ...tail], false);
          expect(headlineOf(page), `${lang} ${bar} ${packed ? "packed" : "apart"}`).not.toBe(p.column);
        }
  });

  it("is not a Thai section's name of four letters, one word, over the story's headline (near miss)", () => {
    // Four Thai letters are a word ("กีฬา", sport), where four Han characters say a headline: the floor is not lowered.
    const lead = [
      "กระทรวงคมนาคมประกาศแผนใหม่ในสัปดาห์นี้ว่าจะขยายเส้นทางรถไฟเข้าสู่ใจกลางเมือง แต่ยังไม่ได้กำหนดตารางเวลาที่ชัดเจนออกมาแต่อย่างใด",
      "ชาวบ้านหลายคนบอกว่ารอคอยรถไฟมาหลายปีแล้ว และนายกเทศมนตรีสัญญาว่าจะทำงานร่วมกับรัฐบาลเพื่อเร่งให้งานก่อสร้างเริ่มเร็วขึ้น",
    ];
    for (const section of ["กีฬา", "ข่าว"]) {
      const blocks = [[`${section} - ข่าวริมโขง`], ["หน้าแรก", "ข่าว", "กีฬา"], [section], ["9 มีนาคม 2569"]];
      const page = pageOf([...blocks, ["สะพานใหม่ใครจะเป็นคนจ่ายค่าก่อสร้าง"], [lead[0]!], [lead[1]!], ["About", "© 2569 ข่าวริมโขง"]], false);
      expect(headlineOf(page), section).not.toBe(section);
    }
  });
});

describe("the line packed under a short heading beside an unnamed site's name, a kicker's title only when it is one", () => {
  // A heading in a name's case, as a kicker is set, that is here the story's own short headline.
  const HEADINGS: Record<string, string> = {
    en: "New Harbourmaster",
    de: "Neuer Hafenmeister",
    fr: "Nouveau Capitaine",
    es: "Nuevo Capitán",
    it: "Nuovo Capitano",
    pt: "Novo Capitão",
    nl: "Nieuwe Havenmeester",
  };
  // Reading times in words no table of reading times holds, and writers' names with a job no table of jobs holds.
  const READING: Record<string, string> = {
    en: "Read in 6 min",
    de: "In 6 Min. gelesen",
    fr: "Lu en 6 min",
    es: "Lectura: 6 min",
    it: "Leggi in 6 min",
    pt: "Leia em 6 min",
    nl: "6 minuten lezen",
  };
  const WRITER: Record<string, string> = {
    en: "Mara Quill, Night Desk Lead",
    de: "Mara Quell, Redakteurin Lokales",
    fr: "Mara Quillet, cheffe d'édition",
    es: "Marta Quiles, cronista local",
    it: "Marta Quilici, cronista locale",
    pt: "Marta Quintas, cronista local",
    nl: "Mara Kwint, chef eindredactie",
  };

  it("takes no reading time or writer's name with a job packed under the heading for the story's title", () => {
    for (const [lang, p] of Object.entries(TITLE_LINE_PAGES))
      for (const packed of [false, true])
        for (const under of [READING[lang]!, WRITER[lang]!]) {
          const heading = HEADINGS[lang]!;
          const text = titleLinePage(`${heading} - ${p.site}`, p, `${heading}\n${under}`, undefined, packed);
          expect(titleLineHeadline(text), label(lang, under, packed)).not.toBe(under);
        }
  });

  it("takes no player's button packed under the heading for the story's title", () => {
    for (const [lang, button] of [
      ["es", "Escuchar noticia"],
      ["nl", "Luister artikel"],
    ] as const)
      for (const packed of [false, true]) {
        const p = TITLE_LINE_PAGES[lang]!;
        const text = titleLinePage(`${HEADINGS[lang]} - ${p.site}`, p, `${HEADINGS[lang]}\n${button}`, undefined, packed);
        expect(titleLineHeadline(text), label(lang, button, packed)).not.toBe(button);
      }
  });

  it("still takes a kicker's title of three words packed under it", () => {
    for (const [lang, p] of Object.entries(TITLE_LINE_PAGES))
      for (const packed of [false, true]) {
        const text = titleLinePage(`Analyse - ${p.site}`, p, `Analyse\n${p.title}`, undefined, packed);
        expect(titleLineHeadline(text), label(lang, "Analyse", packed)).toBe(p.title);
      }
  });
});

describe("a short heading beside the site's name alone, held to every title check but the length's", () => {
  it("does not take a tag's name opening with '#' for the title (near miss)", () => {
    const lead = [
      "水利部门负责人说，今年春季来水偏多，水库水位已经接近警戒线，因此决定提前开闸放水，下游村庄已经完成转移。",
      "附近的村民表示，工作人员前一天晚上就挨家挨户通知，大家都按照要求搬到了安置点，目前没有人员受伤。",
    ];
    for (const packed of [false, true]) {
      const blocks = [
        ["#本地体育 - 北岭晚报"],
        ["首页", "本地", "体育"],
        ["#本地体育"],
        ["2026年3月9日 14:20"],
        [lead[0]!],
        [lead[1]!],
        ["© 2026 北岭晚报"],
      ];
      const text = packed ? blocks.flat().join("\n") : blocks.map((b) => b.join("\n")).join("\n\n");
      expect(titleLineHeadline(text), packed ? "packed" : "apart").not.toBe("#本地体育");
    }
  });
});
