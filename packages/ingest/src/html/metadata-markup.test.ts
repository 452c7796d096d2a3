import { describe, expect, it } from "vitest";
import { fromHtml } from "../index.js";

/** Invented stories, long enough to be prose. */
const PROSE: Record<string, string> = {
  en: "The island council voted on Tuesday to add two early ferry crossings from the spring, after months of complaints from commuters.",
  ja: "北浜市の市議会は火曜日の夜、駅前に新しい図書館を建設する計画を賛成多数で承認した。完成は三年後の春を予定している。",
  ko: "바다시 시의회는 화요일 저녁 역 앞에 새 도서관을 짓는 계획을 찬성 다수로 승인했다. 완공은 삼 년 뒤 봄으로 예정되어 있다.",
  pl: "Rada miasta zatwierdziła we wtorek wieczorem plan odnowy parku, w którym do końca roku powstaną nowe alejki i plac zabaw.",
  ru: "Городской совет во вторник вечером утвердил план реконструкции набережной, по которому появятся новые дорожки и скамейки.",
  zh: "青湖市政府周二晚间批准了一项公园改造计划，将在明年年底前新建步道、儿童游乐场以及沿湖的照明设施。",
};

/** A page of the Kestrel Post: `head` in its head, `header` under its headline, `after` after the story. */
function page(lang: string, head: string, header = "", after = "", htmlLang = lang): string {
  const prose = PROSE[lang]!;
  return `<!doctype html><html lang="${htmlLang}"><head><title>Ferries | Kestrel Post</title>${head}</head><body>
    <nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <article><h1>Two more ferries</h1>${header}<p>${prose}</p><p>${prose}</p><p>${prose}</p>${after}</article></body></html>`;
}

const read = (html: string) => fromHtml(html, { url: "https://kestrelpost.example/news/ferries" });
const names = (html: string) => read(html).authors?.map((author) => author.name);
const siteName = `<meta property="og:site_name" content="Kestrel Post">`;

describe("authors in meta tags", () => {
  it("passes over an author tag holding the site's name for the byline's people", () => {
    expect(names(page("en", `<meta name="author" content="Kestrel Post">${siteName}`, "<p>By Ada Lee and Sam Ray</p>"))).toEqual([
      "Ada Lee",
      "Sam Ray",
    ]);
    // No one else named: a personal site is named as its writer, and the tag stands.
    expect(names(page("en", `<meta name="author" content="Nora Quill"><meta property="og:site_name" content="Nora Quill">`))).toEqual([
      "Nora Quill",
    ]);
  });

  it.each([
    ["ru", "Автор: Анна Смирнова", ["Анна Смирнова"]],
    ["zh", "作者：王小明", ["王小明"]],
    ["en", "Author: Ada Lee", ["Ada Lee"]],
  ])("reads the names after a byline's label in a tag (%s: %s)", (lang, value, expected) => {
    expect(names(page(lang, `<meta name="byl" content="${value}">`))).toEqual(expected);
  });

  it("reads every writer of the tags set once per writer, and Highwire's dates", () => {
    const parsely = `<meta name="parsely-author" content="Ada Lee"><meta name="parsely-author" content="Sam Ray">`;
    expect(names(page("en", parsely))).toEqual(["Ada Lee", "Sam Ray"]);
    const citation = `<meta name="citation_author" content="Ada Lee"><meta name="citation_author" content="Bo Li"><meta name="citation_publication_date" content="2025/03/14">`;
    expect(names(page("en", citation))).toEqual(["Ada Lee", "Bo Li"]);
    expect(read(page("en", citation)).datePublished).toBe("2025-03-14");
  });

  it("reads Parse.ly's page tag", () => {
    const tag = `<meta name="parsely-page" content='{"title":"Two more ferries","pub_date":"2025-03-14T07:30:00Z","authors":["Ada Lee"]}'>`;
    const article = read(page("en", tag));
    expect(article.authors?.map((author) => author.name)).toEqual(["Ada Lee"]);
    expect(article.datePublished).toBe("2025-03-14T07:30:00Z");
  });
});

describe("visible bylines under a label of another language", () => {
  it.each([
    ["pl", "<p>Autor: Anna Nowak i Piotr Zieliński</p>", ["Anna Nowak", "Piotr Zieliński"]],
    ["ru", "<p>Автор: Анна Смирнова и Игорь Петров</p>", ["Анна Смирнова", "Игорь Петров"]],
    ["ko", "<p>글: 김민지</p>", ["김민지"]],
  ])("reads the names (%s: %s)", (lang, header, expected) => {
    expect(names(page(lang, "", header))).toEqual(expected);
  });
});

describe("machine-readable dates in the story's element", () => {
  it("reads hAtom's published and updated dates", () => {
    const header = `<abbr class="published" title="2025-03-14T08:30:00Z">14 March</abbr> <abbr class="updated" title="2025-03-16T10:00:00Z">16 March</abbr>`;
    const article = read(page("en", "", header));
    expect([article.datePublished, article.dateModified]).toEqual(["2025-03-14T08:30:00Z", "2025-03-16T10:00:00Z"]);
    // A title that is no date, on an element of the same class, gives none.
    expect(read(page("en", "", `<span class="updated" title="Refresh">refresh</span>`)).dateModified).toBeUndefined();
  });

  it("reads the update's line under the published date's, and no further", () => {
    const article = read(page("en", "", `<div class="meta"><p>Published 14 March 2025</p><p>Updated 16 March 2025</p></div>`));
    expect([article.datePublished, article.dateModified]).toEqual(["2025-03-14", "2025-03-16"]);
    // A date under it with no update's label is an event's, and a label further down is not the header's.
    const event = read(page("en", "", `<p>Published 14 March 2025</p><p>Ferry trials 20 March 2025</p><p>Updated 16 March 2025</p>`));
    expect(event.dateModified).toBeUndefined();
  });

  it("passes over a reader's comment's time", () => {
    const comments = `<section class="comments"><div><b>Tom</b> <time datetime="2025-04-01">1 April</time><p>Good news.</p></div></section>`;
    expect(read(page("en", "", "", comments)).datePublished).toBeUndefined();
  });
});

describe("a declared language the prose's script belies", () => {
  it("reads the prose's language under a wrong lang, and keeps a right one", () => {
    expect(read(page("ko", "", "", "", "en")).inLanguage).toBe("ko");
    expect(read(page("ru", "", "", "", "en")).inLanguage).toBe("ru");
    expect(read(page("en", "", "", "", "ko")).inLanguage).toBe("en");
    // A declaration in the prose's own script stands, beside a quote or names in another.
    const quoted = `<p>The sign read “바다시 여객선 터미널”, beside the old timetable.</p>`;
    expect(read(page("en", "", "", quoted)).inLanguage).toBe("en");
    expect(read(page("ja", "", "", "<p>会見では Open Library Foundation の代表も発言した。</p>")).inLanguage).toBe("ja");
  });
});

describe("review of round hm101: near misses", () => {
  it("keeps a personal site's writer over a commenter's or a teaser's byline", () => {
    const blog = `<meta name="author" content="Nora Quill"><meta property="og:site_name" content="Nora Quill">`;
    const comment = `<section class="comments"><div class="comment"><p>By Jim Bell</p><p>Nice post.</p></div></section>`;
    expect(names(page("en", blog, "", comment))).toEqual(["Nora Quill"]);
    const teaser = `<aside class="related"><h3>Next</h3><p>By Tom Hale</p></aside>`;
    expect(names(page("en", blog, "", teaser))).toEqual(["Nora Quill"]);
  });

  it("reads the story's time in a header wrapper named for a comment's meta or a reading time", () => {
    for (const wrapper of ["article-meta comment-meta", "date-read", "meta-more"]) {
      const header = `<div class="${wrapper}"><time datetime="2025-03-04T08:00:00Z">4 March 2025</time> · 5 min read</div>`;
      expect(read(page("en", "", header)).datePublished).toBe("2025-03-04T08:00:00Z");
    }
  });

  it("keeps a declared language written in the prose's script, or written in it too", () => {
    const kazakhLatin =
      "Port keñesi düisenbıde jazğy mausym bastalğanğa deiın eskı arnany terendetudı şeştı, öitkenı nauryzda ekı jük kemesı qairañğa otyryp qaldy.";
    const kazakh = (lang: string) =>
      `<html lang="${lang}"><body><article><h1>Arna</h1><p>${kazakhLatin}</p><p>${kazakhLatin}</p></article></body></html>`;
    expect(read(kazakh("kk-Latn")).inLanguage).toBe("kk-Latn");
    expect(read(kazakh("kk")).inLanguage).toBe("kk");
    // A Korean story opening on an English statement is weighed whole.
    const statement = `<p>${PROSE.en}</p><p>${PROSE.en}</p>`;
    const korean = `<html lang="ko"><body><article><h1>항만</h1>${statement}${`<p>${PROSE.ko}</p>`.repeat(5)}</article></body></html>`;
    expect(read(korean).inLanguage).toBe("ko");
  });

  it("takes no name holding another field's label", () => {
    expect(names(page("pl", "", "<p>Tekst: Anna Nowak. Zdjęcia: Piotr Zieliński</p>"))).toBeUndefined();
  });

  it("reads Highwire's author tag family name first", () => {
    const tags = `<meta name="citation_author" content="Lee, Ada"><meta name="citation_author" content="van der Berg, Els">`;
    expect(names(page("en", tags))).toEqual(["Ada Lee", "Els van der Berg"]);
    expect(names(page("en", `<meta name="citation_author" content="Ada Lee, Jr.">`))).toEqual(["Ada Lee Jr."]);
  });
});
