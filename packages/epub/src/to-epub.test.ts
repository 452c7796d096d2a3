import { deflateSync, crc32 } from "node:zlib";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { articleSummary, isDatelineError, type Article, type Block } from "@dateline/schema";
import { escapeXml, typographicArticle } from "@dateline/html";
import { exporterConformance } from "@dateline/test-kit/conformance";
import { allFixtureArticles, manyArticles, seedArticle, startEpubcheck } from "@dateline/test-kit";
import { toEpub } from "./index.js";

/** One EPUBCheck JVM for every book this file checks. */
const epubcheck = startEpubcheck();
afterAll(async () => {
  await epubcheck.close();
});

function unzip(bytes: Uint8Array): { names: string[]; text(name: string): string } {
  const files = unzipSync(bytes);
  return {
    names: Object.keys(files),
    text(name) {
      const file = files[name];
      if (!file) throw new Error(`${name} is not in the book`);
      return strFromU8(file);
    },
  };
}

/** A real, tiny RGB PNG of the given size, made here so the test needs no binary fixture. */
function png(width: number, height: number): Uint8Array {
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.alloc(height * (1 + width * 3), 0x80);
  for (let y = 0; y < height; y++) rows[y * (1 + width * 3)] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function withPicture(article: Article, url: string, alt: string): Article {
  return {
    ...article,
    body: [...article.body, { type: "figure", caption: `Caption for ${url}`, credit: "Test Agency", image: { url, alt } }],
  };
}

exporterConformance({ name: "epub", render: (articles) => toEpub(articles), validate: epubcheck.check });

describe("toEpub", () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllEnvs();
  });

  it("makes a 100-article book that EPUBCheck passes with no errors and no warnings", async () => {
    const bytes = await toEpub(manyArticles(100), { title: "Hundred", onWarning: () => {} });
    expect(await epubcheck.check(bytes, "hundred")).toEqual([]);
    const book = unzip(bytes);
    expect(book.names.filter((name) => /^OEBPS\/article-\d+\.xhtml$/.test(name))).toHaveLength(100);
  });

  it("gives the same bytes when the clock differs between two builds", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2001-02-03T04:05:06Z"));
    const first = await toEpub(allFixtureArticles(), { onWarning: () => {} });
    vi.setSystemTime(new Date("2037-11-12T13:14:15Z"));
    const second = await toEpub(allFixtureArticles(), { onWarning: () => {} });
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    const opf = unzip(first).text("OEBPS/content.opf");
    expect(opf).not.toMatch(/2001|2037/);
  });

  it("stores `mimetype` first and uncompressed, as the OCF container requires", async () => {
    const bytes = Buffer.from(await toEpub([seedArticle()]));
    expect(bytes.readUInt32LE(0)).toBe(0x04034b50);
    expect(bytes.readUInt16LE(8)).toBe(0);
    expect(bytes.toString("latin1", 30, 38)).toBe("mimetype");
    expect(bytes.toString("latin1", 38, 58)).toBe("application/epub+zip");
  });

  it("derives a urn:uuid identifier from the articles' keys, shared by the OPF and the NCX", async () => {
    const identifierOf = async (articles: Article[], options: Parameters<typeof toEpub>[1] = {}): Promise<string | undefined> => {
      const book = unzip(await toEpub(articles, { onWarning: () => {}, ...options }));
      const identifier = /<dc:identifier id="pub-id">([^<]+)<\/dc:identifier>/.exec(book.text("OEBPS/content.opf"))?.[1];
      expect(book.text("OEBPS/toc.ncx")).toContain(`<meta name="dtb:uid" content="${identifier}"/>`);
      return identifier;
    };
    const seed = await identifierOf([seedArticle()]);
    expect(seed).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // A corrected text is a new release of the same book (dcterms:modified tells them apart), so it keeps its identifier.
    const corrected = { ...seedArticle(), id: undefined, dateModified: "2025-03-14" };
    expect(await identifierOf([{ ...corrected, body: [...corrected.body, { type: "paragraph", text: "Correction." }] }])).toBe(
      await identifierOf([corrected]),
    );
    const identifiers = [
      seed,
      await identifierOf([seedArticle()], { edition: "Late" }),
      await identifierOf(manyArticles(2)),
      await identifierOf(manyArticles(3)),
    ];
    expect(new Set(identifiers).size).toBe(identifiers.length);
  });

  it("takes dcterms:modified from the date option, else SOURCE_DATE_EPOCH, else the newest article", async () => {
    const modified = async (options: Parameters<typeof toEpub>[1]): Promise<string | undefined> => {
      const opf = unzip(await toEpub([seedArticle()], options)).text("OEBPS/content.opf");
      return /<meta property="dcterms:modified">([^<]+)<\/meta>/.exec(opf)?.[1];
    };
    vi.stubEnv("SOURCE_DATE_EPOCH", "");
    expect(await modified({})).toBe("2025-03-13T00:00:00Z");
    vi.stubEnv("SOURCE_DATE_EPOCH", "1700000000");
    expect(await modified({})).toBe("2023-11-14T22:13:20Z");
    expect(await modified({ date: new Date("2025-04-01T06:30:15.123Z") })).toBe("2025-04-01T06:30:15Z");
  });

  it("writes title, edition, creators with roles, publishers, languages, description and subjects", async () => {
    const articles = allFixtureArticles();
    const opf = unzip(await toEpub(articles, { title: "Evening & Weekend", edition: "Late edition", onWarning: () => {} })).text(
      "OEBPS/content.opf",
    );
    expect(opf).toContain(`<dc:title id="title">Evening &amp; Weekend</dc:title>`);
    expect(opf).toContain(`<dc:title id="edition">Late edition</dc:title>`);
    expect(opf).toContain(`<meta refines="#edition" property="title-type">edition</meta>`);
    for (const article of articles) {
      for (const author of article.authors ?? []) expect(opf).toContain(`>${escapeXml(author.name)}</dc:creator>`);
      if (article.publisher) expect(opf).toContain(`<dc:publisher>${escapeXml(article.publisher.name)}</dc:publisher>`);
      if (article.inLanguage) expect(opf).toContain(`<dc:language>${article.inLanguage}</dc:language>`);
      if (article.section) expect(opf).toContain(`<dc:subject>${escapeXml(article.section)}</dc:subject>`);
    }
    const creators = [...opf.matchAll(/<dc:creator id="([^"]+)">/g)].map((m) => m[1]);
    for (const id of creators) expect(opf).toContain(`<meta refines="#${id}" property="role" scheme="marc:relators">aut</meta>`);
    expect(opf).toMatch(/<dc:description>\d+ stories: [^<]+; …<\/dc:description>/);
  });

  it("leaves out a publisher's or an author's name of characters XML forbids only, rather than write an empty element", async () => {
    const unreadable = "\uFFFE \u0001";
    const seed = seedArticle();
    const article = {
      ...seed,
      publisher: { type: "Organization" as const, name: unreadable },
      authors: [{ type: "Person" as const, name: unreadable }],
    };
    const bytes = await toEpub([article, seed], { onWarning: () => {} });
    const opf = unzip(bytes).text("OEBPS/content.opf");
    expect(opf).not.toMatch(/<dc:(?:publisher|creator)[^>]*><\/dc:/);
    expect(opf).toContain(`<dc:publisher>${escapeXml(seed.publisher!.name)}</dc:publisher>`);
    expect(await epubcheck.check(bytes, "unreadable-publisher")).toEqual([]);
  });

  it("defaults the title to the headline of a single article, else to the briefing in the book's language", async () => {
    const seed = seedArticle();
    const one = unzip(await toEpub([seed])).text("OEBPS/content.opf");
    expect(one).toContain(`<dc:title id="title">${escapeXml(seed.headline)}</dc:title>`);
    const many = unzip(await toEpub(manyArticles(3), { onWarning: () => {} })).text("OEBPS/content.opf");
    expect(many).toContain(`<dc:title id="title">News briefing</dc:title>`);
    const french = manyArticles(3).map((article) => ({ ...article, inLanguage: "fr" }));
    expect(unzip(await toEpub(french, { onWarning: () => {} })).text("OEBPS/content.opf")).toContain(
      `<dc:title id="title">Revue d’actualité</dc:title>`,
    );
  });

  it("has a cover image, a title page, a contents page with standfirsts, and one chapter per article in order", async () => {
    const articles = allFixtureArticles();
    const book = unzip(await toEpub(articles, { edition: "Morning edition", date: new Date("2025-10-01T07:00:00Z"), onWarning: () => {} }));
    const opf = book.text("OEBPS/content.opf");
    expect(opf).toContain(`href="images/cover.svg" media-type="image/svg+xml" properties="cover-image"`);
    const cover = book.text("OEBPS/images/cover.svg");
    expect(cover).toContain("News briefing");
    expect(cover).toContain("Morning edition");
    const titlePage = book.text("OEBPS/title.xhtml");
    expect(titlePage).toContain(`<time datetime="2025-10-01">`);
    expect(titlePage).toContain(`${articles.length} stories`);

    const spine = [...opf.matchAll(/<itemref idref="([^"]+)"\/>/g)].map((m) => m[1]);
    expect(spine.slice(0, 3)).toEqual(["cover", "title-page", "nav"]);
    expect(spine).toHaveLength(3 + articles.length);

    const nav = book.text("OEBPS/toc.xhtml");
    expect(nav).toContain(`<nav epub:type="toc"`);
    expect(nav).toContain(`<nav epub:type="landmarks"`);
    const ncx = book.text("OEBPS/toc.ncx");
    for (const [i, article] of articles.entries()) {
      const filename = `article-${String(i + 1).padStart(3, "0")}.xhtml`;
      expect(nav).toContain(
        `<a href="${filename}">${escapeXml(article.headline)}</a><p class="summary">${escapeXml(articleSummary(article))}</p>`,
      );
      expect(ncx).toContain(`<text>${escapeXml(article.headline)}</text></navLabel><content src="${filename}"/>`);
      const chapter = book.text(`OEBPS/${filename}`);
      // Chapters set quotes typographically for their language; the article itself keeps them straight.
      const shown = typographicArticle(article);
      expect(chapter).toContain(`<h1>${escapeXml(shown.headline)}</h1>`);
      if (shown.description) expect(chapter).toContain(`<p class="standfirst">${escapeXml(shown.description)}</p>`);
    }
  });

  it("renders every kind of block as semantic XHTML with live links", async () => {
    const book = unzip(await toEpub(allFixtureArticles(), { onWarning: () => {} }));
    const chapters = book.names.filter((name) => /article-\d+\.xhtml$/.test(name)).map((name) => book.text(name));
    const all = chapters.join("\n");
    // Typed by block kind, so a new kind of block cannot go unchecked here.
    const elements: Record<Block["type"], RegExp> = {
      paragraph: /<p>/,
      heading: /<h[2-6]>/,
      figure: /<figure[^>]*>.*<figcaption>/,
      quote: /<blockquote>/,
      list: /<[ou]l><li>/,
      related: /<aside class="related">/,
      table: /<table>.*<tbody><tr><td>/,
      code: /<pre><code[^>]*>/,
    };
    for (const block of new Set(allFixtureArticles().flatMap((article) => article.body.map((b) => b.type)))) {
      expect(all, `a ${block} block`).toMatch(elements[block]);
    }
    expect(all).toMatch(/<a href="https:\/\/[^"]+">/);
    expect(all).toContain(`<p class="byline">`);
  });

  it("fits any title on the cover: long ones are cut with an ellipsis, unspaced scripts are wrapped", async () => {
    const titleLines = async (title: string): Promise<string[]> => {
      const svg = unzip(await toEpub([seedArticle()], { title })).text("OEBPS/images/cover.svg");
      return [...svg.matchAll(/<tspan [^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]!);
    };
    expect(await titleLines("Briefing")).toEqual(["Briefing"]);
    const long = await titleLines(Array.from({ length: 80 }, (_, i) => `word${i}`).join(" "));
    expect(long.length).toBeLessThanOrEqual(11);
    expect(long.at(-1)).toMatch(/…$/);
    expect((await titleLines("東京都議会は本日、新しい公共交通計画を承認しました。市民の反応はさまざまです。")).length).toBeGreaterThan(1);
  });

  it("marks the language of every document", async () => {
    const book = unzip(await toEpub(allFixtureArticles(), { onWarning: () => {} }));
    for (const name of book.names.filter((n) => n.endsWith(".xhtml"))) {
      expect(book.text(name), name).toMatch(/<html [^>]*lang="[^"]+" xml:lang="[^"]+"/);
    }
    expect(book.text("OEBPS/images/cover.svg")).toMatch(/<svg [^>]*xml:lang="/);
    expect(book.text("OEBPS/toc.ncx")).toMatch(/<ncx [^>]*xml:lang="/);
    expect(book.text("OEBPS/content.opf")).toMatch(/<package [^>]*xml:lang="/);
    const french = allFixtureArticles().findIndex((article) => article.inLanguage?.startsWith("fr"));
    if (french >= 0) {
      const chapter = book.text(`OEBPS/article-${String(french + 1).padStart(3, "0")}.xhtml`);
      expect(chapter).toMatch(/<html [^>]*lang="fr/);
    }
  });

  it("sets a right-to-left book right to left, and words and quotes each document in its language", async () => {
    const base = seedArticle();
    const arabic: Article = {
      ...base,
      url: "https://news.example.com/ar",
      inLanguage: "ar",
      headline: "مكتبة متنقلة تزور القرى",
      description: "الأطفال ينتظرونها كل أسبوع.",
      body: [{ type: "paragraph", text: 'قالت: "نحن نقرأ كل يوم".' }],
    };
    const french: Article = {
      ...base,
      url: "https://news.example.com/fr",
      inLanguage: "fr",
      headline: "Une fromagerie dans une galerie de mine",
      authors: [{ type: "Person", name: "Claire Dubreuil" }],
      body: [{ type: "paragraph", text: 'Elle dit "la roche garde la fraîcheur".' }],
    };
    // Two of the three articles are Arabic: the book is Arabic, whichever article comes first.
    const secondArabic = { ...arabic, url: "https://news.example.com/ar/2" };
    const book = unzip(await toEpub([arabic, french, secondArabic], { date: new Date("2026-04-18T07:30:00Z") }));
    expect(book.text("OEBPS/content.opf")).toMatch(/<spine [^>]*page-progression-direction="rtl"/);
    expect(book.text("OEBPS/article-001.xhtml")).toMatch(/<html [^>]*lang="ar"[^>]* dir="rtl"/);
    expect(book.text("OEBPS/article-001.xhtml")).toContain("«نحن نقرأ كل يوم»");
    const chapter = book.text("OEBPS/article-002.xhtml");
    expect(chapter).not.toMatch(/<html [^>]*dir=/);
    expect(chapter).toContain("Par Claire Dubreuil");
    expect(chapter).toContain("«la roche garde la fraîcheur»");
    const nav = "OEBPS/toc.xhtml";
    expect(book.text(nav)).toContain("المحتويات");
    expect(book.text(nav)).toMatch(/<li lang="fr" xml:lang="fr" dir="ltr">/);

    const ltr = unzip(await toEpub([french]));
    expect(ltr.text("OEBPS/content.opf")).not.toContain("page-progression-direction");
  });

  it("declares accessibility metadata without pictures: textual only, no alternativeText claim", async () => {
    const opf = unzip(await toEpub([seedArticle()])).text("OEBPS/content.opf");
    expect([...opf.matchAll(/property="schema:accessMode">([^<]+)</g)].map((m) => m[1])).toEqual(["textual"]);
    expect([...opf.matchAll(/property="schema:accessibilityFeature">([^<]+)</g)].map((m) => m[1])).toEqual([
      "structuralNavigation",
      "tableOfContents",
      "readingOrder",
    ]);
    expect(opf).toContain(`<meta property="schema:accessibilityHazard">none</meta>`);
    expect(opf).toContain(`<meta property="schema:accessibilitySummary">`);
  });

  it("embeds pictures given as bytes, leaves out the others with a warning, and stays valid", async () => {
    const seed = seedArticle();
    const article = withPicture(
      withPicture(
        withPicture(withPicture(seed, "https://img.example.com/a.png", "A test card"), "https://img.example.com/b.png", "From disk"),
        "https://img.example.com/remote.jpg",
        "Far away",
      ),
      "https://img.example.com/not-a-picture.png",
      "Not a picture",
    );
    const warnings: string[] = [];
    const bytes = await toEpub([article, seedArticle()], {
      images: new Map([
        ["https://img.example.com/a.png", png(2, 2)],
        ["https://img.example.com/b.png", png(4, 3)],
        ["https://img.example.com/not-a-picture.png", new TextEncoder().encode("<html>404</html>")],
      ]),
      onWarning: (message) => warnings.push(message),
    });
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain("https://img.example.com/remote.jpg");
    expect(warnings[1]).toContain("https://img.example.com/not-a-picture.png");

    const book = unzip(bytes);
    expect(book.names).toEqual(expect.arrayContaining(["OEBPS/images/image-001.png", "OEBPS/images/image-002.png"]));
    const chapter = book.text("OEBPS/article-001.xhtml");
    expect(chapter).toContain(`<img src="images/image-001.png" alt="A test card"/>`);
    expect(chapter).toContain(`<img src="images/image-002.png" alt="From disk"/>`);
    expect(chapter).toContain("Caption for https://img.example.com/remote.jpg");
    expect(chapter).not.toMatch(/<img src="https?:/);

    const opf = book.text("OEBPS/content.opf");
    expect(opf).toContain(`href="images/image-001.png" media-type="image/png"`);
    expect([...opf.matchAll(/property="schema:accessMode">([^<]+)</g)].map((m) => m[1])).toEqual(["textual", "visual"]);
    expect(opf).toContain(`<meta property="schema:accessibilityFeature">alternativeText</meta>`);
    expect(await epubcheck.check(bytes, "pictures")).toEqual([]);
  });

  it("throws a DatelineError for no articles, an empty title or an invalid date", async () => {
    const codeOf = async (run: () => Promise<unknown>): Promise<string | undefined> => {
      try {
        await run();
      } catch (error) {
        return isDatelineError(error) ? error.code : `not a DatelineError: ${String(error)}`;
      }
      return undefined;
    };
    expect(await codeOf(() => toEpub([]))).toBe("EMPTY_INPUT");
    expect(await codeOf(() => toEpub([seedArticle()], { title: "  " }))).toBe("INVALID_OPTION");
    expect(await codeOf(() => toEpub([seedArticle()], { date: new Date("not a date") }))).toBe("INVALID_OPTION");
    expect(await codeOf(() => toEpub([seedArticle()], { buildTime: new Date("not a date") }))).toBe("INVALID_OPTION");
  });

  it("dates an undated book by its build time in dcterms:modified only, and writes no 1970 anywhere", async () => {
    vi.stubEnv("SOURCE_DATE_EPOCH", "");
    const undated = seedArticle();
    delete undated.datePublished;
    delete undated.dateModified;
    const articles = [undated, { ...undated, url: "https://news.example.com/second" }];
    const buildTime = new Date("2026-05-01T12:34:56.789Z");
    const bytes = await toEpub(articles, { buildTime });
    const book = unzip(bytes);
    const opf = book.text("OEBPS/content.opf");
    expect(opf).toContain(`<meta property="dcterms:modified">2026-05-01T12:34:56Z</meta>`);
    // The build time is when the file was made, not the news: no reader is shown it.
    expect(opf).not.toContain("<dc:date>");
    const modifiedMeta = /<meta property="dcterms:modified">[^<]*<\/meta>/;
    for (const name of book.names) expect(book.text(name).replace(modifiedMeta, ""), name).not.toMatch(/1970|2026/);
    expect(await epubcheck.check(bytes, "undated")).toEqual([]);
    // A dated book keeps its own date whatever the build time.
    const dated = unzip(await toEpub([seedArticle()], { buildTime })).text("OEBPS/content.opf");
    expect(dated).toContain(`<meta property="dcterms:modified">2025-03-13T00:00:00Z</meta>`);
    // Nothing dates the book and no build time is given: no date would be true, so none is made up.
    const refused = await toEpub(articles).then(
      () => undefined,
      (error: unknown) => (isDatelineError(error) ? error.code : String(error)),
    );
    expect(refused).toBe("INVALID_OPTION");
  });

  it("words a mixed book in the language asked for, else the one most articles share, else English", async () => {
    const base = seedArticle();
    const written = (inLanguage: string, n: number): Article => ({
      ...base,
      inLanguage,
      url: `https://news.example.com/${inLanguage}/${n}`,
    });
    const bookOf = async (articles: Article[], language?: string) => {
      const book = unzip(await toEpub(articles, language ? { language } : {}));
      return { opf: book.text("OEBPS/content.opf"), nav: book.text("OEBPS/toc.xhtml"), title: book.text("OEBPS/title.xhtml") };
    };
    const mostlyGerman = await bookOf([written("fr", 1), written("de", 2), written("de", 3)]);
    expect(mostlyGerman.opf).toMatch(/<package [^>]*xml:lang="de"/);
    expect(mostlyGerman.opf.indexOf("<dc:language>de</dc:language>")).toBeLessThan(
      mostlyGerman.opf.indexOf("<dc:language>fr</dc:language>"),
    );
    expect(mostlyGerman.nav).toContain("Inhalt");
    expect(mostlyGerman.title).toContain("3 Artikel");
    const asked = await bookOf([written("fr", 1), written("de", 2), written("de", 3)], "fr");
    expect(asked.opf).toMatch(/<package [^>]*xml:lang="fr"/);
    expect(asked.nav).toContain("Sommaire");
    const even = await bookOf([written("fr", 1), written("de", 2)]);
    expect(even.opf).toMatch(/<package [^>]*xml:lang="en"/);
    expect(even.nav).toContain("Contents");
    expect(even.title).toContain("2 stories");
  });

  it("names a headline of XML-forbidden characters only by its position, and leaves out such a keyword", async () => {
    const forbidden: Article = {
      version: "1.0",
      headline: "\u0001\u0002",
      keywords: ["\u0003", "Weather"],
      body: [{ type: "paragraph", text: "Text" }],
    };
    const plain: Article = { version: "1.0", headline: "Second", body: [{ type: "paragraph", text: "Text" }] };
    const book = unzip(await toEpub([plain, forbidden], { buildTime: new Date("2026-05-01T12:00:00Z") }));
    expect(book.text("OEBPS/toc.xhtml")).toContain(`<a href="article-002.xhtml">Article 2</a>`);
    expect(book.text("OEBPS/article-002.xhtml")).toContain("<title>Article 2</title>");
    // In the article's own language.
    const german = unzip(await toEpub([plain, { ...forbidden, inLanguage: "de" }], { buildTime: new Date("2026-05-01T12:00:00Z") }));
    expect(german.text("OEBPS/toc.xhtml")).toContain(`>Artikel 2</a>`);
    const opf = book.text("OEBPS/content.opf");
    expect(opf).toContain("<dc:subject>Weather</dc:subject>");
    expect(opf).not.toContain("<dc:subject></dc:subject>");
  });
});
