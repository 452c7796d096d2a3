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
