import { bodyText, missingInOrder, normalise, pdfinfo, save, tool, useScratch } from "./_pdf-checks.test-helpers.js";
import { comparable, isRightToLeft } from "./_extracted-text.test-helpers.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { articleSummary, isDatelineError, type Article } from "@dateline/schema";
import { allFixtureArticles, manyArticles, seedArticle } from "@dateline/test-kit";
import { toPdf, toPdfStream, type PdfOptions } from "./index.js";

const scratch = useScratch();

/** The lines of one page's text frame (no running head or foot), as pdftotext lays them out. */
function pageLines(file: string, page: number): string[] {
  const [width, height] = pdfinfo(file)
    ["Page size"]!.split(" ")
    .filter((part) => /^[\d.]+$/.test(part))
    .map(Number);
  const args = ["-layout", "-f", String(page), "-l", String(page), "-x", "0", "-y", "56", "-W", String(Math.ceil(width!))];
  return tool("pdftotext", [...args, "-H", String(Math.floor(height! - 112)), "-enc", "UTF-8", file, "-"])
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
}

function blockTexts(articles: readonly Article[], type: "paragraph" | "heading"): string[] {
  return articles.flatMap((article) => article.body.flatMap((block) => (block.type === type ? [block.text] : [])));
}

describe("toPdf", () => {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  afterEach(() => {
    if (epoch === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = epoch;
  });

  it("prints all 40 paragraphs of the seed, in order, with words intact", async () => {
    const seed = seedArticle();
    const paragraphs = seed.body.filter((block) => block.type === "paragraph").map((block) => block.text);
    expect(paragraphs).toHaveLength(40);
    const text = bodyText(save(await toPdf([seed]), "seed"));
    expect(missingInOrder(text, paragraphs)).toEqual([]);
    // Hyphenation must not leak into extracted words: no soft hyphens, and a word split at a line end comes back whole.
    expect(text).not.toContain("\u00AD");
    expect(text).toContain("Lukashenko");
  });

  it("has a bookmark for each article with its sub-headings nested under it", async () => {
    const articles = allFixtureArticles();
    const json = JSON.parse(tool("qpdf", ["--json", save(await toPdf(articles), "outline")])) as {
      outlines: Array<{ title: string; kids: Array<{ title: string }> }>;
    };
    expect(json.outlines.map((item) => item.title)).toEqual(articles.map((article) => article.headline));
    json.outlines.forEach((item, i) => {
      const headings = articles[i]!.body.filter((block) => block.type === "heading").map((block) => block.text);
      expect(item.kids.map((kid) => kid.title)).toEqual(headings);
    });
  });

  it("sets A4 by default and Letter on request", async () => {
    const seed = [seedArticle()];
    expect(pdfinfo(save(await toPdf(seed), "a4"))["Page size"]).toBe("595.28 x 841.89 pts (A4)");
    expect(pdfinfo(save(await toPdf(seed, { pageSize: "Letter" }), "letter"))["Page size"]).toBe("612 x 792 pts (letter)");
  });

  it("lists the stories with their page numbers for many articles, and not for one or when turned off", async () => {
    const articles = allFixtureArticles();
    const frontPages = (bytes: Uint8Array, last = 1) =>
      tool("pdftotext", ["-layout", "-f", "1", "-l", String(last), "-enc", "UTF-8", save(bytes, "contents"), "-"]);
    const many = await toPdf(articles, { title: "Morning briefing", edition: "Tuesday edition" });
    const outline = JSON.parse(tool("qpdf", ["--json", save(many, "contents-outline")])) as {
      outlines: Array<{ destpageposfrom1: number }>;
    };
    // The contents runs from page 1 up to the page before the first article.
    const front = frontPages(many, outline.outlines[0]!.destpageposfrom1 - 1);
    expect(front).toMatch(/^Contents$/m);
    expect(front).toContain(`Tuesday edition · ${articles.length} stories`);
    // Each entry's summary and its number, printed after its headline (the page where the outline says its
    // article starts), compared in the article's own script.
    for (const [i, article] of articles.entries()) {
      const summary = articleSummary(article).replace(/…$/u, "");
      // pdftotext -layout (needed here for the right-aligned numbers) writes the runs of a right-to-left line in
      // visual order, so there each word of the summary is looked for, not the sentence.
      const texts = isRightToLeft(article.inLanguage) ? summary.split(/\s+/u).filter((word) => comparable(word, "ar")) : [summary];
      for (const text of texts) expect(comparable(front, article.inLanguage), text).toContain(comparable(text, article.inLanguage));
      expect(comparable(front, article.inLanguage)).toContain(
        comparable(`${article.headline} ${outline.outlines[i]!.destpageposfrom1}`, article.inLanguage),
      );
    }
    // Every entry is a live link (a GoTo annotation).
    expect(
      readFileSync(save(many, "goto"))
        .toString("latin1")
        .match(/\/S \/GoTo/g)?.length,
    ).toBeGreaterThanOrEqual(articles.length);

    expect(frontPages(await toPdf([seedArticle()]))).not.toMatch(/^Contents$/m);
    expect(frontPages(await toPdf(articles, { contents: false }))).not.toMatch(/^Contents$/m);
  });

  it("embeds a picture given as bytes, and reports a broken one while printing its caption", async () => {
    const article = allFixtureArticles().find((a) => a.image?.image);
    expect(article, "a fixture with a lead picture").toBeDefined();
    const url = article!.image!.image!.url;
    // A real PNG, made by rendering a PDF page.
    const png = join(scratch, "picture");
    tool("pdftoppm", ["-png", "-r", "12", "-f", "1", "-l", "1", "-singlefile", save(await toPdf([seedArticle()]), "for-png"), png]);
    const pictures = new Map([[url, new Uint8Array(readFileSync(`${png}.png`))]]);
    const withPicture = save(await toPdf([article!], { images: pictures, onWarning: (m) => expect.fail(m) }), "picture");
    expect(
      tool("pdfimages", ["-list", withPicture])
        .split("\n")
        .filter((line) => /^\s+1\s/.test(line)),
    ).toHaveLength(1);

    const text = new TextEncoder().encode("this is text, not a picture");
    const gif = new TextEncoder().encode("GIF89a");
    for (const source of [text, gif, new Uint8Array([1, 2, 3])]) {
      const warnings: string[] = [];
      const file = save(await toPdf([article!], { images: new Map([[url, source]]), onWarning: (m) => warnings.push(m) }), "broken");
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain(url);
      expect(tool("pdfimages", ["-list", file])).not.toMatch(/^\s+1\s/m);
      expect(normalise(bodyText(file))).toContain(normalise(article!.image!.caption));
    }
  });

  it("reports the characters no font has once per article, with their count, and then claims no PDF/A", async () => {
    const seed = seedArticle();
    // Cuneiform has no Noto face among the fonts shipped; the parrot and the Han character do.
    seed.body[0] = { type: "paragraph", text: "A tablet 𒀀 and a parrot 🦜 and 漢 walk into a briefing; the 𒀀 again, and 𒀁." };
    const warnings: string[] = [];
    const file = save(await toPdf([seed], { onWarning: (m) => warnings.push(m) }), "glyphs");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^article 1 \(.*\): 3 characters \(U\+12000 "𒀀", U\+12001 "𒀁"\)/u);
    const text = normalise(bodyText(file));
    expect(text).toContain(normalise("walk into a briefing"));
    expect(text).toContain("🦜");
    expect(text).toContain("漢");
    expect(tool("pdfinfo", ["-meta", file])).not.toContain("pdfaid");

    const clean = save(await toPdf([seedArticle()]), "clean");
    expect(tool("pdfinfo", ["-meta", clean])).toContain("<pdfaid:part>2</pdfaid:part>");
  });

  it("sets body text at a measure of 45 to 75 characters a line, about 66", async () => {
    const file = save(await toPdf([seedArticle()]), "measure");
    const paragraphs = blockTexts([seedArticle()], "paragraph").map(normalise);
    const pages = Number(pdfinfo(file).Pages);
    const lengths: number[] = [];
    for (let page = 1; page <= pages; page++) {
      for (const line of pageLines(file, page)) {
        const text = normalise(line);
        // Full lines of paragraphs only: a paragraph's last line is as short as its text.
        const owner = paragraphs.find((paragraph) => paragraph.includes(text));
        if (owner && !owner.endsWith(text)) lengths.push([...line].length);
      }
    }
    expect(lengths.length).toBeGreaterThan(50);
    for (const length of lengths) {
      expect(length).toBeGreaterThanOrEqual(45);
      expect(length).toBeLessThanOrEqual(75);
    }
    const median = lengths.sort((a, b) => a - b)[Math.floor(lengths.length / 2)]!;
    expect(median).toBeGreaterThanOrEqual(60);
    expect(median).toBeLessThanOrEqual(72);
  });

  it("never ends a page with a heading, nor leaves a single line of a paragraph at a page's foot or head", async () => {
    // Enough articles that paragraphs are split across pages several times, whatever the fixtures hold.
    const articles = [seedArticle(), ...manyArticles(24)];
    const file = save(await toPdf(articles), "pagination");
    const headings = blockTexts(articles, "heading").map(normalise);
    const paragraphs = blockTexts(articles, "paragraph").map(normalise);
    const pages = Number(pdfinfo(file).Pages);
    let splits = 0;
    let previous = pageLines(file, 1);
    for (let page = 2; page <= pages; page++) {
      const current = pageLines(file, page);
      const foot = normalise(previous.at(-1)!);
      expect(
        headings.some((heading) => heading.endsWith(foot)),
        `page ${page - 1} ends with a heading: ${previous.at(-1)}`,
      ).toBe(false);
      const head = normalise(current[0]!);
      const split = paragraphs.find((paragraph) => paragraph.includes(normalise(`${previous.at(-1)}\n${current[0]}`)));
      if (split) {
        splits++;
        expect(split.startsWith(foot), `orphan at the foot of page ${page - 1}: ${previous.at(-1)}`).toBe(false);
        expect(split.endsWith(head), `widow at the head of page ${page}: ${current[0]}`).toBe(false);
      }
      previous = current;
    }
    // The briefing must actually split paragraphs across pages for the check to mean anything.
    expect(splits).toBeGreaterThan(1);
  });

  it("prints no 1970 and embeds no date at all when nothing is dated", async () => {
    const undated = seedArticle();
    delete undated.datePublished;
    delete undated.dateModified;
    const saved = process.env.SOURCE_DATE_EPOCH;
    delete process.env.SOURCE_DATE_EPOCH;
    try {
      const bytes = await toPdf([undated, { ...undated, url: "https://news.example.com/second" }]);
      expect(Buffer.from(await toPdf([undated, { ...undated, url: "https://news.example.com/second" }])).equals(Buffer.from(bytes))).toBe(
        true,
      );
      const file = save(bytes, "undated");
      expect(tool("pdftotext", ["-enc", "UTF-8", file, "-"])).not.toMatch(/1970/);
      const info = pdfinfo(file);
      expect(info.CreationDate).toBeUndefined();
      expect(info.ModDate).toBeUndefined();
      expect(tool("pdfinfo", ["-meta", file])).not.toMatch(/CreateDate|1970/);
    } finally {
      if (saved !== undefined) process.env.SOURCE_DATE_EPOCH = saved;
    }
  });

  it("words the byline, dates, contents and page foot in a French and a Japanese article's language", async () => {
    const world = JSON.parse(readFileSync(new URL("../test-data/world-briefing.json", import.meta.url), "utf8")) as Article[];
    const french = world.find((article) => article.inLanguage === "fr")!;
    const japanese = world.find((article) => article.inLanguage === "ja")!;
    const fr = tool("pdftotext", ["-enc", "UTF-8", save(await toPdf([french, { ...french, url: `${french.url}/2` }]), "french"), "-"]);
    expect(fr).toContain("Sommaire");
    expect(fr).toContain("2 articles");
    expect(fr).toContain("Par Claire Dubreuil");
    expect(fr).toContain("18 avril 2026");
    expect(fr).toMatch(/Page 1 sur \d/);
    expect(fr).not.toMatch(/\bBy\b|Contents|stories|Page \d of/);
    expect(fr).toContain("«La roche garde la fraîcheur");

    const ja = normalise(
      tool("pdftotext", ["-enc", "UTF-8", save(await toPdf([japanese, { ...japanese, url: `${japanese.url}/2` }]), "japanese"), "-"]),
    );
    for (const text of ["目次", "2本の記事", "文：佐藤美咲", "2026年5月12日", "1/"]) expect(ja).toContain(normalise(text));
    expect(ja).not.toMatch(/By|Contents|stories/);
  });

  it("words a mixed briefing in the language asked for, else the one most articles share, else English", async () => {
    const world = JSON.parse(readFileSync(new URL("../test-data/world-briefing.json", import.meta.url), "utf8")) as Article[];
    const french = world.find((article) => article.inLanguage === "fr")!;
    const german = world.find((article) => article.inLanguage === "de")!;
    const chrome = async (articles: Article[], options: PdfOptions = {}) =>
      tool("pdftotext", ["-enc", "UTF-8", save(await toPdf(articles, options), "mixed"), "-"]);
    const secondGerman = { ...german, url: `${german.url}/2` };
    // The French article comes first, but two of three are German.
    const mostlyGerman = await chrome([french, german, secondGerman]);
    expect(mostlyGerman).toContain("3 Artikel");
    expect(mostlyGerman).toMatch(/Seite 1 von \d/);
    expect(mostlyGerman).not.toMatch(/Sommaire|Page 1 sur|Contents/);
    const asked = await chrome([french, german, secondGerman], { language: "fr" });
    expect(asked).toContain("Sommaire");
    expect(asked).toMatch(/Page 1 sur \d/);
    const even = await chrome([french, german]);
    expect(even).toContain("Contents");
    expect(even).toContain("2 stories");
    expect(even).toMatch(/Page 1 of \d/);
    // A headline with nothing printable is listed by its position, in its article's language.
    const untitled = await chrome([{ ...secondGerman, headline: "\u0011" }, german]);
    expect(untitled).toContain("Artikel 1");
  });

  it("sets Cyrillic, Greek and Latin Extended text in the embedded fonts without warnings", async () => {
    const seed = seedArticle();
    const sample = "Ёжик — «Привет» · Άρτεμις · Łódź, Şişli, Őrség, ǅ, ẞ — “quoted” ‘text’…";
    seed.body[0] = { type: "paragraph", text: sample };
    const warnings: string[] = [];
    const text = bodyText(save(await toPdf([seed], { onWarning: (m) => warnings.push(m) }), "scripts"));
    expect(warnings).toEqual([]);
    expect(normalise(text)).toContain(normalise(sample));
  });

  it("gives the same bytes twice, dated from the articles or SOURCE_DATE_EPOCH or the date option", async () => {
    const seed = [seedArticle()];
    delete process.env.SOURCE_DATE_EPOCH;
    const first = await toPdf(seed);
    expect(Buffer.from(await toPdf(seed)).equals(Buffer.from(first))).toBe(true);
    expect(pdfinfo(save(first, "dated")).CreationDate).toMatch(/Mar 13 .*2025/);

    process.env.SOURCE_DATE_EPOCH = "1700000000";
    const pinned = await toPdf(seed);
    expect(Buffer.from(await toPdf(seed)).equals(Buffer.from(pinned))).toBe(true);
    expect(Buffer.from(pinned).equals(Buffer.from(first))).toBe(false);
    const info = pdfinfo(save(pinned, "epoch"));
    expect(info.CreationDate).toMatch(/Nov 14 .*2023/);
    expect(info.ModDate).toMatch(/Nov 14 .*2023/);

    const given = pdfinfo(save(await toPdf(seed, { date: new Date("2030-01-02T03:04:05Z") }), "option"));
    expect(given.CreationDate).toMatch(/Jan {1,2}2 .*2030/);
  });

  it("writes title, author, subject, keywords, language and a PDF/A-2 claim", async () => {
    const article = allFixtureArticles().find((a) => a.authors?.length && a.keywords?.length)!;
    const file = save(await toPdf([{ ...article, headline: `${article.headline} & <more>` }]), "meta");
    const info = pdfinfo(file);
    expect(info.Title).toBe(`${article.headline} & <more>`);
    expect(info.Author).toContain(article.authors![0]!.name);
    expect(info.Subject).toBe(articleSummary(article));
    expect(info.Keywords).toContain(article.keywords![0]);
    expect(info["PDF version"]).toBe("1.7");
    const xmp = tool("pdfinfo", ["-meta", file]);
    expect(xmp).toContain("<pdfaid:part>2</pdfaid:part>");
    expect(xmp).toContain("&#38; &#60;more&#62;");
    expect(readFileSync(file).toString("latin1")).toContain(`/Lang (${article.inLanguage})`);
  });

  it("tags the structure: Document, H1, P, Figure with Caption, Link, lists and the related aside", async () => {
    const struct = tool("pdfinfo", ["-struct", save(await toPdf(allFixtureArticles()), "struct")]);
    for (const tag of ["Document", "Sect", "H1", "H2", "P", "Figure", "Caption", "Link", "L", "LI", "LBody", "Div", "TOC", "TOCI"]) {
      expect(struct, tag).toMatch(new RegExp(`^\\s*${tag}\\b`, "m"));
    }
    expect(struct.match(/^\s*\S+/)?.[0].trim()).toBe("Document");
  });

  it("streams the same bytes as toPdf", async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of toPdfStream([seedArticle()])) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).equals(Buffer.from(await toPdf([seedArticle()])))).toBe(true);
  });

  it("refuses no articles and unknown options with a DatelineError", async () => {
    const codeOf = async (run: () => Promise<unknown>) =>
      run().then(
        () => "no error",
        (error: unknown) => (isDatelineError(error) ? error.code : String(error)),
      );
    expect(await codeOf(() => toPdf([]))).toBe("EMPTY_INPUT");
    expect(await codeOf(() => toPdf([seedArticle()], { pageSize: "A5" as "A4" }))).toBe("INVALID_OPTION");
    expect(await codeOf(() => toPdf([seedArticle()], { date: new Date("nonsense") }))).toBe("INVALID_OPTION");
  });
});
