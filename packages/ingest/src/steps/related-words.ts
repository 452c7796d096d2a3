/**
 * The words of "related stories" furniture in the languages Dateline reads, in one place. Each group is the
 * source of a regular-expression alternation over lower-cased text. Five patterns are built from them, each taking
 * the groups that fit what it reads:
 * - a label over a list of links (`RELATED_LABEL`, `RELATED_LINK` in boilerplate.ts);
 * - a header that closes the story unless the story goes on under its box (`RELATED_LIST_HEADER` in find-region.ts);
 * - a related box's label over a few titles, set into the story or closing it, the prompts too (`RELATED_BOX_LABEL`);
 * - a box's label set like a heading, never a section of the story (`BOX_LABEL` in assemble.ts);
 * - a wiki's note naming another page (`HATNOTE` in assemble.ts). Its labels repeat "see also" and "voir aussi" of
 *   `READ_ON_PROMPTS` on purpose: a related link (`RELATED_LINK`) is read only set apart, a wiki's note packed too.
 * A language added to a group reaches every pattern that takes the group.
 */

/** A Turkish "i" as a page may print it, in a case-blind pattern or in lower-cased text: "İ" lower-cases to "i" and a combining dot. */
const DOTTED_I = "(?:i|İ|i\u0307)";

/** Builds one alternation from a group's phrases. */
function alternation(phrases: readonly string[]): string {
  return phrases.join("|");
}

/**
 * Prompts to read on ("Read more", "See also", "Lesen Sie auch", "À lire aussi"): a label over links, but pages set
 * them as buttons and notes inside the story too, so they close the story only as a related box's label over its
 * titles (`endBeforeRelatedTeasers` in find-region.ts), and are no heading-like box's label (`BOX_LABEL`).
 */
export const READ_ON_PROMPTS = alternation([
  "read more",
  // "Read next" names the one story the site offers after this one, a teaser as "Read also" is.
  "read next",
  "see also",
  "also read",
  "read also",
  "lesen sie auch",
  "leer más",
  "lea también",
  "lee también",
  "à lire aussi",
  "lire aussi",
  "(?:à )?lire également",
  "voir aussi",
  "leia também",
  "leia mais",
  "veja também",
  "leggi anche",
  // A single teaser's label ("Related story" over one title): set inside the story, it closes no list of others.
  "related (?:story|article|post|link)",
  "přečtěte si také",
  "(?:читайте|смотрите) также",
  "также (?:читайте|смотрите)",
  "(?:читайте|дивіться) також",
  "також (?:читайте|дивіться)",
  "см\\. также",
  "[اإ]قرأ (?:أيضا|أيضًا|أيضاً)",
  // Dutch, Polish, Turkish, Indonesian and Malay, the Scandinavian languages, Romanian, Vietnamese.
  "lees ook",
  "lees meer",
  // "Also of interest": German's and Dutch's teaser label inside the story ("Auch interessant: …", "Ook interessant: …").
  "auch interessant",
  "ook interessant",
  "(?:prze)?czytaj (?:także|też)",
  "zobacz (?:także|też)",
  // Dotless "ı" upper-cases to "I", which lower-cases back to "i": "AYRICA OKUYUN".
  "(?:ayr[ıi]ca|bunu da) oku(?:yun)?",
  "baca juga",
  "läs (?:också|även|mer)",
  "les mer",
  "læs (?:også|mere)",
  "les også",
  "cite[sșş]te [sșş]i",
  "(?:xem|đọc) thêm",
  // Hebrew, Hindi (its "ढ़" joined, U+095D, or a letter and a combining nukta) and Korean ("함께 보면 좋은 기사").
  "קראו (?:עוד|גם)",
  "(?:यह|ये|इसे) भी प(?:\u095D|\u0922\u093C)ें",
  "(?:함께|같이) (?:볼|보면 좋은|읽으면 좋은) (?:기사|뉴스)",
]);

/**
 * A wiki's note under a section's heading that points to the page covering the section's subject at length, and the
 * "see also" beside it ("Main article: …", "See also: …", "Hauptartikel: …", "Siehe auch: …", "Article détaillé : …",
 * "Voir aussi : …", "Artículo principal: …", "Véase también: …", "Voce principale: …", "Vedi anche: …", "Artigo
 * principal: …", "Ver também: …", "Hoofdartikel: …", "Zie ook: …"): a link to another page on a line of its own,
 * often packed against the heading over it or the next section's under it. "Related", "Read more" and "Learn more"
 * are left out: pages set those in their story's text too.
 */
export const HATNOTE_LABELS = alternation([
  "main articles?",
  "see also",
  "hauptartikel",
  "siehe auch",
  "articles? détaillés?",
  "voir aussi",
  "artículos? principal(?:es)?",
  "véase también",
  "voce principale",
  "vedi anche",
  "artigos? principa(?:l|is)",
  "ver também",
  "hoofdartikel(?:en)?",
  "zie ook",
]);

/**
 * A news flash's label that a ticker or a "Trending" bar prints before another story's title on the same line
 * ("Breaking: Ferry strike called off", "Eilmeldung: …", "Última hora: …"). Labels a story's own headline may keep
 * ("Live:", "Exclusive:", "Watch:") are left out: they name what the story is, not that it is another one.
 */
export const NEWS_FLASH_LABELS = alternation([
  "breaking(?: news)?",
  "trending(?: now)?",
  "hot right now",
  "just in",
  "latest(?: news)?",
  "eilmeldung",
  "à la une",
  "dernière (?:minute|heure)",
  "última hora",
  "lo último",
  "ultim['’]ora",
  "ultima ora",
  "in evidenza",
  "em destaque",
  "net binnen",
  "laatste nieuws",
  "senaste nytt",
  "just nu",
]);

/**
 * Heads of a list of other stories ("Related coverage", "More on this story", "Mehr zum Thema", "Sur le même
 * sujet"): a label over links and, high enough in the page's end, the header that closes the story.
 */
export const RELATED_HEADS = alternation([
  "related(?: (?:articles|stories|posts|content|coverage|reading|links|news))?",
  "more (?:on|about) this(?: story| topic)?",
  "further reading",
  // The bare "Related" in Spanish, Portuguese, Italian, Dutch and Polish ("Relacionado: …", "Correlato: …", "Gerelateerd: …").
  "relacionad[oa]s?",
  "correlat[oi]",
  "gerelateerd",
  "powiązane",
  "mehr zum thema",
  "das könnte sie auch interessieren",
  "te puede interesar",
  "sur le même sujet",
  "další články",
  // "İ" lower-cased is "i" and a combining dot; a case-blind pattern does not fold it to "i" ("İLGİLİ HABERLER").
  `${DOTTED_I}lg${DOTTED_I}l${DOTTED_I} haber(?:ler)?`,
  "(?:berita|artikel) terkait",
]);

/**
 * "Related articles" said as a phrase of its own ("Artículos relacionados", "Articles liés", "Weitere Artikel"), a
 * list's header and a box's label alike. Not read as a label over links: taking them there moved nothing on the
 * text dev sets or the fixtures, so it waits for a page that asks for it.
 */
export const RELATED_ARTICLES = alternation([
  "(?:weitere|verwandte|ähnliche) artikel",
  "(?:artículos|noticias|notas) relacionad[oa]s",
  "articles? (?:liés|similaires)",
  "(?:notícias|artigos|matérias) relacionad[oa]s",
  "articoli correlati",
  // Polish, Czech, Turkish, Russian, Ukrainian, Hebrew ("more stories", "related stories", "more on the subject") and
  // Arabic ("related news", "related articles").
  "(?:powiązane|podobne) (?:artykuły|materiały|teksty)",
  "související(?: (?:články|zprávy))?",
  "benzer haberler",
  "(?:материалы|новости|статьи) по теме",
  "по теме",
  "(?:похожие|связанные) (?:материалы|новости|статьи)",
  "(?:матеріали|новини|статті) (?:за темою|по темі)",
  "за темою",
  "(?:схожі|пов['’]язані) (?:матеріали|новини|статті)",
  "כתבות (?:נוספות|קשורות)",
  "עוד בנושא",
  "(?:أخبار|مقالات|مواضيع|موضوعات|تقارير) (?:ذات صلة|متعلقة|مشابهة)",
]);

/**
 * Heads of a list of other stories in Chinese, Japanese and Korean, which pages often set in brackets ("【関連記事】").
 * Not a label over links: read so, the teaser titles under 関連記事 on the Japanese test page
 * (test/pages/japanese-news-no-spaces) became a related block in its body. Set alone between paragraphs, it is a box's
 * label (`CJK_BOX_LABEL` in assemble.ts), never a heading.
 */
export const RELATED_HEADS_CJK = alternation([
  "関連記事",
  "関連ニュース",
  // "Related" alone on its line: a box's head, as no sentence or heading stops at that word.
  "関連",
  // "Read it together": Japanese magazines' and blogs' head of teasers.
  "(?:あわせて|合わせて)読みたい",
  "相关(?:文章|新闻|阅读|报道)",
  "相關(?:文章|新聞|閱讀|報導)",
  // "Further reading" and "Recommended reading", in simplified and traditional characters.
  "(?:延伸|推荐|推薦)(?:阅读|閱讀)",
  "관련 ?(?:기사|뉴스)",
]);

/**
 * Fewest words of another story's title in a list of teasers ("Rail fares to rise again in January"): a headline's
 * length, where a list's items and a menu's labels are mostly shorter. Read by the region's end and the header search.
 */
export const MIN_TEASER_TITLE_WORDS = 5;

/**
 * A box's label ("Related stories", "Most read in business", "Share this with a friend"): what follows is other
 * stories or a share bar. Only a line set like a heading is read this way, so each phrase is closed, its nouns
 * named: a section of the story may open with the same words ("Related party transactions", "Most popular routes
 * this summer", "Share with caution").
 */
export const BOX_LABEL_PHRASES = alternation([
  "related(?: (?:stories|story|articles?|posts?|content|coverage|links|reading|news|videos?|topics))?",
  // With a section's name of one word ("Most read in business", "Most viewed sport stories").
  "most (?:read|popular|viewed|shared|commented)(?:(?: in| on)? \\p{L}+)?(?: (?:stories|articles|posts|news|now|today|this week))?",
  "share (?:this|it)(?: (?:story|article|post|page))?(?: with (?:a friend|friends|your friends))?",
  "share with (?:a friend|friends|your friends)",
]);

/**
 * The label of a box set into the story, lower-cased, perhaps with a colon ("Related story", "Most read in
 * business", "Share this with a friend", "Artículos relacionados"): what follows is other stories or a share bar,
 * never a section of this one.
 */
export const BOX_LABEL = new RegExp(`^(?:${BOX_LABEL_PHRASES}|${RELATED_ARTICLES})\\s*:?$`, "u");
