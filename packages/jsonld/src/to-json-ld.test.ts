import { describe, expect, it } from "vitest";
import { isDatelineError, wordCount, type Article } from "@dateline/schema";
import { exporterConformance } from "@dateline/test-kit/conformance";
import { allFixtureArticles, listFixtures, loadArticle, seedArticle } from "@dateline/test-kit";
import { checkJsonLd } from "./_check-json-ld.test-helpers.js";
import { toJsonLd, type JsonLdOptions } from "./to-json-ld.js";

// biome-ignore lint/suspicious/noExplicitAny: expanded JSON-LD is read by path, field by field, in assertions
type Node = Record<string, any>;

/** The seed with every field JSON-LD can use filled in. */
function fullArticle(): Article {
  return {
    ...seedArticle(),
    url: "https://www.rte.ie/news/ukraine/2025/0313/ceasefire/",
    description: "Russia agrees in principle but has questions.",
    image: {
      caption: "Vladimir Putin in the Kremlin",
      credit: "Kremlin Press Office",
      image: { url: "https://img.rte.ie/putin.jpg", alt: "Putin at a lectern" },
    },
    authors: [
      { type: "Person", name: "Jane Doe", url: "https://www.rte.ie/staff/jane-doe" },
      { type: "Organization", name: "RTÉ News", url: "https://www.rte.ie/" },
    ],
    publisher: { type: "Organization", name: "RTÉ", url: "https://www.rte.ie", logo: "https://www.rte.ie/logo.png" },
    datePublished: "2025-03-13T17:05:00+00:00",
    dateModified: "2025-03-13T19:40:00+00:00",
    section: "World",
    keywords: ["Russia", "Ukraine", "ceasefire"],
  };
}

/** The NewsArticle node and a lookup for `{ "@id" }` references, whichever form the output has. */
function articleOf(output: Node): { article: Node; resolve: (value: Node) => Node } {
  const nodes: Node[] = output["@graph"] ?? [output];
  const byId = new Map(nodes.filter((node) => node["@id"]).map((node) => [node["@id"], node]));
  const resolve = (value: Node) => (value["@type"] ? value : byId.get(value["@id"])!);
  return { article: nodes.find((node) => node["@type"] === "NewsArticle")!, resolve };
}

function graphNodes(article: Article): Node[] {
  return toJsonLd(article, { graph: true })["@graph"] as readonly unknown[] as Node[];
}

const forms: [string, JsonLdOptions][] = [
  ["nested", {}],
  ["graph", { graph: true }],
  ["nested with body", { includeBody: true }],
  ["graph with body, paywalled", { graph: true, includeBody: true, isAccessibleForFree: false }],
];

exporterConformance({
  name: "jsonld",
  render: (articles) => JSON.stringify(articles.map((article) => toJsonLd(article))),
  validate: async (output, label) => {
    const documents = JSON.parse(output) as unknown[];
    const problems = await Promise.all(documents.map(checkJsonLd));
    return problems.flatMap((list, i) => list.map((problem) => `${label}[${i}]: ${problem}`));
  },
});

describe("toJsonLd on every fixture", () => {
  for (const fixture of listFixtures()) {
    for (const [form, options] of forms) {
      it(`${fixture.name} (${form}): valid schema.org, nothing lost in expansion`, async () => {
        expect(await checkJsonLd(toJsonLd(loadArticle(fixture), options))).toEqual([]);
      });
    }

    it(`${fixture.name}: gives every property Google recommends for which the article has data`, () => {
      const source = loadArticle(fixture);
      for (const [, options] of forms) {
        const { article, resolve } = articleOf(toJsonLd(source, options) as Node);
        expect(article.headline).toBe(source.headline);
        expect(article.datePublished).toBe(source.datePublished);
        expect(article.dateModified).toBe(source.dateModified);
        expect(article.image && resolve(article.image).url).toBe(source.image?.image?.url);
        const authors = ((article.author ?? []) as Node[]).map(resolve);
        expect(authors.map((author) => author.name)).toEqual((source.authors ?? []).map((author) => author.name));
        expect(authors.map((author) => author.url)).toEqual((source.authors ?? []).map((author) => author.url));
        expect(article.publisher && resolve(article.publisher).name).toBe(source.publisher?.name);
      }
    });
  }
});

describe("toJsonLd", () => {
  it("states the article's facts with schema.org names, in a fixed order", () => {
    const output = toJsonLd({ ...fullArticle(), isAccessibleForFree: true }) as Node;
    expect(Object.keys(output)).toEqual([
      "@context",
      "@type",
      "@id",
      "headline",
      "description",
      "image",
      "datePublished",
      "dateModified",
      "author",
      "publisher",
      "inLanguage",
      "mainEntityOfPage",
      "articleSection",
      "keywords",
      "wordCount",
      "isAccessibleForFree",
    ]);
    expect(output["@context"]).toBe("https://schema.org");
    expect(output.image).toEqual({
      "@type": "ImageObject",
      url: "https://img.rte.ie/putin.jpg",
      caption: "Vladimir Putin in the Kremlin",
      creditText: "Kremlin Press Office",
    });
    expect(output.author).toEqual([
      { "@type": "Person", name: "Jane Doe", url: "https://www.rte.ie/staff/jane-doe" },
      { "@type": "Organization", name: "RTÉ News", url: "https://www.rte.ie/" },
    ]);
    expect(output.publisher).toEqual({
      "@type": "Organization",
      name: "RTÉ",
      url: "https://www.rte.ie",
      logo: { "@type": "ImageObject", url: "https://www.rte.ie/logo.png" },
    });
    expect(output.mainEntityOfPage).toEqual({
      "@type": "WebPage",
      "@id": "https://www.rte.ie/news/ukraine/2025/0313/ceasefire/#webpage",
      url: "https://www.rte.ie/news/ukraine/2025/0313/ceasefire/",
    });
    expect(output.keywords).toEqual(["Russia", "Ukraine", "ceasefire"]);
    expect(output.wordCount).toBe(wordCount(fullArticle()));
    expect(output.isAccessibleForFree).toBe(true);
  });

  it("gives no image for a caption-only figure: there is no picture to point at", () => {
    const article = seedArticle();
    expect(article.image?.caption).toBeTruthy();
    expect(article.image?.image).toBeUndefined();
    expect(toJsonLd(article)).not.toHaveProperty("image");
    expect(graphNodes(article).map((node) => node["@type"])).not.toContain("ImageObject");
  });

  it("copies dates as written: offsets and plain dates alike", () => {
    const withOffset = { ...seedArticle(), datePublished: "2025-03-13T09:30:00-05:00" };
    expect((toJsonLd(withOffset) as Node).datePublished).toBe("2025-03-13T09:30:00-05:00");
    expect((toJsonLd(seedArticle()) as Node).datePublished).toBe("2025-03-13");
  });

  it("leaves out what the article does not have, rather than inventing it", () => {
    const output = toJsonLd(seedArticle()) as Node;
    for (const key of [
      "@id",
      "author",
      "dateModified",
      "description",
      "image",
      "mainEntityOfPage",
      "keywords",
      "articleSection",
      "articleBody",
    ]) {
      expect(output, key).not.toHaveProperty(key);
    }
  });

  it("adds articleBody only when asked, made of the words wordCount counts", () => {
    const article = fullArticle();
    expect(toJsonLd(article)).not.toHaveProperty("articleBody");
    const body = (toJsonLd(article, { includeBody: true }) as Node).articleBody as string;
    const firstParagraph = article.body.find((block) => block.type === "paragraph");
    expect(firstParagraph && body.startsWith(firstParagraph.text)).toBe(true);
    expect(body.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word))).toHaveLength(wordCount(article));
    // Figure captions are not running text.
    for (const block of article.body) if (block.type === "figure") expect(body).not.toContain(block.caption);
  });

  it("writes isAccessibleForFree only when the article or the option says so, the article first", () => {
    expect(toJsonLd(seedArticle())).not.toHaveProperty("isAccessibleForFree");
    expect(graphNodes(seedArticle()).some((node) => "isAccessibleForFree" in node)).toBe(false);
    expect((toJsonLd(seedArticle(), { isAccessibleForFree: false }) as Node).isAccessibleForFree).toBe(false);
    expect((toJsonLd({ ...seedArticle(), isAccessibleForFree: false }) as Node).isAccessibleForFree).toBe(false);
    expect((toJsonLd({ ...seedArticle(), isAccessibleForFree: true }, { isAccessibleForFree: false }) as Node).isAccessibleForFree).toBe(
      true,
    );
  });

  it("writes every URL percent-encoded, with an IDNA host", () => {
    const article = {
      ...seedArticle(),
      url: 'https://news.example.com/a"b<c',
      authors: [{ type: "Person" as const, name: "Ann", url: 'https://bücher.example.com/ann"x' }],
    };
    const text = JSON.stringify([toJsonLd(article), toJsonLd(article, { graph: true })]);
    expect(text).not.toMatch(/bücher|a\\"b|<c/);
    expect(text).toContain("https://xn--bcher-kva.example.com/ann%22x");
    expect(text).toContain("https://news.example.com/a%22b%3Cc");
  });

  it("rejects an option that is not a boolean with a DatelineError", () => {
    const bad = { graph: "false" } as unknown as JsonLdOptions;
    expect(() => toJsonLd(seedArticle(), bad)).toThrowError(/option "graph" must be true or false/);
    try {
      toJsonLd(seedArticle(), bad);
    } catch (error) {
      expect(isDatelineError(error) && error.code).toBe("INVALID_OPTION");
    }
  });

  it("gives the same bytes every time and leaves the article untouched", () => {
    for (const article of allFixtureArticles()) {
      const before = structuredClone(article);
      for (const [, options] of forms)
        expect(JSON.stringify(toJsonLd(article, options))).toBe(JSON.stringify(toJsonLd(structuredClone(article), options)));
      expect(article).toEqual(before);
    }
  });
});

describe("toJsonLd with graph: true", () => {
  it("links page, article, image, publisher and authors by @id derived from the URLs", () => {
    const nodes = graphNodes(fullArticle());
    const page = "https://www.rte.ie/news/ukraine/2025/0313/ceasefire/";
    expect(nodes.map((node) => [node["@type"], node["@id"]])).toEqual([
      ["WebPage", `${page}#webpage`],
      ["NewsArticle", `${page}#article`],
      ["ImageObject", `${page}#primaryimage`],
      // The publisher and the organisation author share a site, so they are one node.
      ["Organization", "https://www.rte.ie/#organization"],
      ["Person", "https://www.rte.ie/staff/jane-doe#person"],
    ]);
    const article = nodes[1]!;
    expect(article.mainEntityOfPage).toEqual({ "@id": `${page}#webpage` });
    expect(article.image).toEqual({ "@id": `${page}#primaryimage` });
    expect(article.publisher).toEqual({ "@id": "https://www.rte.ie/#organization" });
    expect(article.author).toEqual([{ "@id": "https://www.rte.ie/staff/jane-doe#person" }, { "@id": "https://www.rte.ie/#organization" }]);
    expect(nodes[0]!.primaryImageOfPage).toEqual({ "@id": `${page}#primaryimage` });
  });

  it("uses blank nodes when the article has no URL: @id must be an IRI, and an id like 'story-1' is not one", async () => {
    const first = { ...fullArticle(), url: undefined, id: "story-1" };
    const second = { ...first, id: "story-2" };
    const ids = (article: Article) => graphNodes(article).map((node) => node["@id"] as string);
    expect(ids(first).filter((id) => !id.startsWith("_:"))).toEqual([
      "https://www.rte.ie/#organization",
      "https://www.rte.ie/staff/jane-doe#person",
    ]);
    expect(ids(first)).toEqual(ids(structuredClone(first)));
    expect(ids(first)[0]).not.toBe(ids(second)[0]);
    expect(await checkJsonLd(toJsonLd(first, { graph: true }))).toEqual([]);
    expect(toJsonLd(first)).not.toHaveProperty("@id");
  });

  it("names nodes without an own URL after the article", () => {
    const article = {
      ...fullArticle(),
      authors: [{ type: "Person" as const, name: "Ann Lee" }],
      publisher: { type: "Organization" as const, name: "RTÉ" },
    };
    const nodes = graphNodes(article);
    expect(nodes.slice(-2).map((node) => node["@id"])).toEqual([
      "https://www.rte.ie/news/ukraine/2025/0313/ceasefire/#publisher",
      "https://www.rte.ie/news/ukraine/2025/0313/ceasefire/#author-1",
    ]);
  });
});
