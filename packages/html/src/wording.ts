import type { Article } from "@dateline/schema";

/**
 * The words a briefing prints around the articles, in the article's own
 * language: the schema holds data only, and every presentation (XHTML, PDF,
 * EPUB) takes its wording from here. Languages not in the table get English.
 */
export interface Wording {
  /** The byline's lead-in around the author names: "By {names}", "Par {names}", "{names} 기자". */
  byline: string;
  updated: string;
  contents: string;
  /** The page foot: "Page {page} of {pages}". */
  pageOf: string;
  /** "{count} stories" by plural category (Intl.PluralRules); `other` is always there. */
  stories: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
  /** The title of a briefing that has none. */
  briefing: string;
  /** Where the stories come from: "From {names}". */
  sources: string;
  /** What an article whose headline leaves nothing printable is called: "Article {position}". */
  untitled: string;
}

const WORDING: Record<string, Wording> = {
  en: {
    sources: "From {names}",
    byline: "By {names}",
    updated: "Updated",
    contents: "Contents",
    pageOf: "Page {page} of {pages}",
    stories: { one: "{count} story", other: "{count} stories" },
    briefing: "News briefing",
    untitled: "Article {position}",
  },
  fr: {
    sources: "Sources : {names}",
    byline: "Par {names}",
    updated: "Mis à jour",
    contents: "Sommaire",
    pageOf: "Page {page} sur {pages}",
    stories: { one: "{count} article", other: "{count} articles" },
    briefing: "Revue d’actualité",
    untitled: "Article {position}",
  },
  de: {
    sources: "Aus {names}",
    byline: "Von {names}",
    updated: "Aktualisiert",
    contents: "Inhalt",
    pageOf: "Seite {page} von {pages}",
    stories: { one: "{count} Artikel", other: "{count} Artikel" },
    briefing: "Nachrichtenüberblick",
    untitled: "Artikel {position}",
  },
  es: {
    sources: "De {names}",
    byline: "Por {names}",
    updated: "Actualizado",
    contents: "Índice",
    pageOf: "Página {page} de {pages}",
    stories: { one: "{count} noticia", other: "{count} noticias" },
    briefing: "Resumen de noticias",
    untitled: "Artículo {position}",
  },
  it: {
    sources: "Da {names}",
    byline: "Di {names}",
    updated: "Aggiornato",
    contents: "Sommario",
    pageOf: "Pagina {page} di {pages}",
    stories: { one: "{count} articolo", other: "{count} articoli" },
    briefing: "Rassegna di notizie",
    untitled: "Articolo {position}",
  },
  pt: {
    sources: "De {names}",
    byline: "Por {names}",
    updated: "Atualizado",
    contents: "Sumário",
    pageOf: "Página {page} de {pages}",
    stories: { one: "{count} notícia", other: "{count} notícias" },
    briefing: "Resumo de notícias",
    untitled: "Artigo {position}",
  },
  nl: {
    sources: "Uit {names}",
    byline: "Door {names}",
    updated: "Bijgewerkt",
    contents: "Inhoud",
    pageOf: "Pagina {page} van {pages}",
    stories: { one: "{count} artikel", other: "{count} artikelen" },
    briefing: "Nieuwsoverzicht",
    untitled: "Artikel {position}",
  },
  ja: {
    sources: "出典：{names}",
    byline: "文：{names}",
    updated: "更新",
    contents: "目次",
    pageOf: "{page} / {pages} ページ",
    stories: { other: "{count}本の記事" },
    briefing: "ニュース・ブリーフィング",
    untitled: "記事 {position}",
  },
  zh: {
    sources: "来源：{names}",
    byline: "文／{names}",
    updated: "更新",
    contents: "目录",
    pageOf: "第 {page} 页，共 {pages} 页",
    stories: { other: "{count} 篇报道" },
    briefing: "新闻简报",
    untitled: "第 {position} 篇报道",
  },
  "zh-Hant": {
    sources: "來源：{names}",
    byline: "文／{names}",
    updated: "更新",
    contents: "目錄",
    pageOf: "第 {page} 頁，共 {pages} 頁",
    stories: { other: "{count} 篇報導" },
    briefing: "新聞簡報",
    untitled: "第 {position} 篇報導",
  },
  ko: {
    sources: "출처: {names}",
    byline: "{names} 기자",
    updated: "업데이트",
    contents: "목차",
    pageOf: "{pages}쪽 중 {page}쪽",
    stories: { other: "기사 {count}건" },
    briefing: "뉴스 브리핑",
    untitled: "기사 {position}",
  },
  ar: {
    sources: "المصادر: {names}",
    byline: "بقلم {names}",
    updated: "آخر تحديث",
    contents: "المحتويات",
    pageOf: "صفحة {page} من {pages}",
    stories: { zero: "لا قصص", one: "قصة واحدة", two: "قصتان", few: "{count} قصص", many: "{count} قصة", other: "{count} قصة" },
    briefing: "موجز الأخبار",
    untitled: "المقال {position}",
  },
  he: {
    sources: "מקורות: {names}",
    byline: "מאת {names}",
    updated: "עודכן",
    contents: "תוכן העניינים",
    pageOf: "עמוד {page} מתוך {pages}",
    stories: { one: "כתבה אחת", other: "{count} כתבות" },
    briefing: "תקציר חדשות",
    untitled: "כתבה {position}",
  },
  ru: {
    sources: "Источники: {names}",
    byline: "Текст: {names}",
    updated: "Обновлено",
    contents: "Содержание",
    pageOf: "Страница {page} из {pages}",
    stories: { one: "{count} статья", few: "{count} статьи", many: "{count} статей", other: "{count} статьи" },
    briefing: "Обзор новостей",
    untitled: "Статья {position}",
  },
};

const TRADITIONAL_CHINESE = /^zh-(hant|tw|hk|mo)\b/i;

/** The table entry a language tag reads: "zh-Hant" for Traditional Chinese, else its primary language ("en" for en-GB). */
function wordingKey(language: string): string {
  return TRADITIONAL_CHINESE.test(language) ? "zh-Hant" : language.toLowerCase().split("-")[0]!;
}

/** The wording for a language tag: the exact table entry, else its primary language, else English. */
export function wordingFor(language: string | undefined): Wording {
  return WORDING[wordingKey(language ?? "en")] ?? WORDING.en!;
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/** Asking ICU whether it knows a tag costs more than the formatting itself; a briefing asks for few tags, many times. */
const locales = new Map<string, string>();

/** A supported locale for Intl, English when Node's ICU does not know the tag. */
function locale(language: string | undefined): string {
  if (!language) return "en";
  let supported = locales.get(language);
  if (supported === undefined) {
    try {
      supported = Intl.DateTimeFormat.supportedLocalesOf([language]).length > 0 ? language : "en";
    } catch {
      // A malformed tag (RangeError) falls back like an unknown one.
      supported = "en";
    }
    locales.set(language, supported);
  }
  return supported;
}

const listFormats = new Map<string, Intl.ListFormat>();

/** "A, B and C" in the language; one formatter per locale, as building one costs more than using it. */
function conjunction(names: readonly string[], language: string | undefined): string {
  const tag = locale(language);
  let format = listFormats.get(tag);
  if (!format) {
    format = new Intl.ListFormat(tag, { type: "conjunction" });
    listFormats.set(tag, format);
  }
  return format.format(names);
}

const RIGHT_TO_LEFT_LANGUAGES = new Set(["ar", "he", "iw", "fa", "ur", "yi", "ps", "sd", "ug", "ckb", "dv"]);

/** The direction of a language's script: "rtl" for Arabic, Hebrew, Persian, Urdu…, else "ltr". */
export function directionOf(language: string | undefined): "ltr" | "rtl" {
  return language && RIGHT_TO_LEFT_LANGUAGES.has(language.toLowerCase().split("-")[0]!) ? "rtl" : "ltr";
}

/** "From The Gazette and Radio North", in the language. */
export function sourcesText(names: readonly string[], language: string | undefined): string {
  const list = conjunction(names, language);
  return fill(wordingFor(language).sources, { names: list });
}

/** "12 stories", "12 articles", "기사 12건". */
export function storyCount(count: number, language: string | undefined): string {
  const { stories } = wordingFor(language);
  const category = new Intl.PluralRules(locale(language)).select(count);
  return fill(stories[category] ?? stories.other, { count: new Intl.NumberFormat(locale(language)).format(count) });
}

/** "Article 3" in the language: stands for a headline that leaves nothing printable. */
export function untitledText(position: number, language: string | undefined): string {
  return fill(wordingFor(language).untitled, { position: String(position) });
}

/** The language of a briefing whose articles name none, or split evenly between languages. */
const BRIEFING_FALLBACK_LANGUAGE = "en";

/**
 * The one language a briefing's own words (cover, contents, running head,
 * "Page N of M") are set in, for the PDF and the EPUB alike: the language
 * asked for, else the one most articles share, else English. A briefing split
 * evenly gets the most widely read language rather than whichever article
 * happens to come first. Articles count by the wording they would get
 * ("en-GB" and "en-US" are both English; Simplified and Traditional Chinese
 * are two); the tag returned is the first one written.
 */
export function briefingLanguage(articles: readonly Article[], asked?: string): string {
  if (asked?.trim()) return asked.trim();
  const counts = new Map<string, { tag: string; count: number }>();
  for (const { inLanguage } of articles) {
    if (!inLanguage) continue;
    const key = wordingKey(inLanguage);
    const seen = counts.get(key);
    if (seen) seen.count++;
    else counts.set(key, { tag: inLanguage, count: 1 });
  }
  const [most, next] = [...counts.values()].sort((a, b) => b.count - a.count);
  return most && (!next || most.count > next.count) ? most.tag : BRIEFING_FALLBACK_LANGUAGE;
}

/** "Page 3 of 12" in the language. */
export function pageOfText(page: number, pages: number, language: string | undefined): string {
  return fill(wordingFor(language).pageOf, { page: String(page), pages: String(pages) });
}

/** Building a formatter costs far more than using one; a briefing formats hundreds of dates in few languages. */
const dateFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A date as readers of the language write it ("13 March 2025", "13 mars
 * 2025", "2025年3月13日"). The calendar day is the one the publisher wrote,
 * whatever the reader's zone.
 */
export function formatArticleDate(iso: string, language: string | undefined = "en"): string {
  const key = language ?? "en";
  let formatter = dateFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale(language), { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
    dateFormatters.set(key, formatter);
  }
  return formatter.format(new Date(`${iso.slice(0, 10)}T12:00:00Z`));
}

/** Who, for whom, when, in the article's language; parts the article lacks are left out. */
export function bylineParts(article: Article): { authors?: string; publisher?: string; date?: string } {
  const names = (article.authors ?? []).map((author) => author.name);
  const authors = names.length === 0 ? undefined : conjunction(names, article.inLanguage);
  const date = article.datePublished ? formatArticleDate(article.datePublished, article.inLanguage) : undefined;
  return {
    ...(authors ? { authors } : {}),
    ...(article.publisher && !names.includes(article.publisher.name) ? { publisher: article.publisher.name } : {}),
    ...(date ? { date } : {}),
  };
}

/** The byline's lead-in with the names: "By Ann Lee and Bo Chen", "Par Claire Dubreuil", "文：佐藤美咲". */
export function authorsText(authors: string, language: string | undefined): string {
  return fill(wordingFor(language).byline, { names: authors });
}

/** "By Jane Doe and Ann Lee · RTÉ · 13 March 2025", in the article's language. */
export function bylineText(article: Article): string {
  const parts = bylineParts(article);
  return [parts.authors ? authorsText(parts.authors, article.inLanguage) : undefined, parts.publisher, parts.date]
    .filter(Boolean)
    .join(" · ");
}
