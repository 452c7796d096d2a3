// Invented stories that several of ingest's step tests set under their pages' headers, in one home. Every sentence is
// made up; none is taken from a real page.

/** The Chinese ferry story (back in service after three months of repairs): three paragraphs, blank lines between. */
export const ZH_FERRY_STORY: readonly string[] = [
  "岛上唯一的渡轮周一在大陆船厂完成为期三个月的维修后恢复航行，首班船座无虚席。此前居民只能依靠每周两班的包船出行。",
  "",
  "商店店主说，渡轮停航期间生意下降了三分之一。镇政府表示，从下个月起将恢复每日的时刻表，并在周五增加一班晚船。",
  "",
  "工程师在水线以下的船体发现了腐蚀，更换钢板所用的时间比船厂春天估计的要长。船员们说很高兴能重新出海。",
];

/** An English story (an orchard cooperative builds a shared cold store): three paragraphs, blank lines between. */
export const EN_COLD_STORE_STORY: readonly string[] = [
  "The valley's orchard cooperative voted on Monday to build a shared cold store beside the old railway halt.",
  "",
  "Growers have trucked their apples to the coast for storage since the last store closed a decade ago, they said.",
  "",
  "Building is set to begin after the harvest, and the store should be ready for the following season's crop.",
];

/**
 * The harbour expansion story (the island's planning committee approves a bigger quay) in five languages: two
 * paragraphs each, no blank lines (the tests part them).
 */
export const HARBOUR_EXPANSION_STORIES: Readonly<Record<"en" | "de" | "fr" | "es" | "pt", readonly string[]>> = {
  en: [
    "The island's planning committee approved the harbour expansion on Tuesday after two years of public hearings.",
    "The new quay will take two ferries at once, and the works are to start in the autumn, the council said.",
  ],
  de: [
    "Der Planungsausschuss der Insel hat die Erweiterung des Hafens am Dienstag nach zwei Jahren Anhörungen gebilligt.",
    "Der neue Kai soll zwei Fähren zugleich aufnehmen, und die Arbeiten beginnen im Herbst, wie die Gemeinde mitteilte.",
  ],
  fr: [
    "Le comité d'urbanisme de l'île a approuvé mardi l'agrandissement du port après deux ans de consultations publiques.",
    "Le nouveau quai pourra accueillir deux ferries à la fois, et les travaux commenceront à l'automne, selon la mairie.",
  ],
  es: [
    "El comité de urbanismo de la isla aprobó el martes la ampliación del puerto tras dos años de audiencias públicas.",
    "El nuevo muelle podrá recibir dos ferris a la vez, y las obras empezarán en otoño, según informó el ayuntamiento.",
  ],
  pt: [
    "A comissão de urbanismo da ilha aprovou na terça-feira a ampliação do porto depois de dois anos de audiências públicas.",
    "O novo cais poderá receber dois ferries ao mesmo tempo, e as obras começam no outono, segundo a câmara municipal.",
  ],
};
