import { z } from "zod";
import { HttpUrl, IsoDate, LanguageTag, NonEmptyText } from "./_primitives.js";
import { Block, Figure } from "./blocks.js";
import type { Mark } from "./inline.js";

/** The version of the article format. Bumped on any change that old readers would misread. */
export const SCHEMA_VERSION = "1.0" as const;

export const Person = z.strictObject({ type: z.literal("Person"), name: NonEmptyText, url: HttpUrl.optional() }).meta({ id: "Person" });
export type Person = z.infer<typeof Person>;

export const Organization = z
  .strictObject({
    type: z.literal("Organization"),
    name: NonEmptyText,
    url: HttpUrl.optional(),
    logo: HttpUrl.optional().meta({ description: "URL of the organisation's logo image." }),
  })
  .meta({ id: "Organization" });
export type Organization = z.infer<typeof Organization>;

export const Author = z.discriminatedUnion("type", [Person, Organization]).meta({ id: "Author" });
export type Author = z.infer<typeof Author>;

/** Every text of a block that can carry marks, with its path inside the article. */
function markedTexts(
  block: Block,
  path: (string | number)[],
): { item: { text: string; marks?: Mark[] | undefined }; path: (string | number)[] }[] {
  switch (block.type) {
    case "list":
      return block.items.map((item, i) => ({ item, path: [...path, "items", i] }));
    case "table": {
      const rows = [
        ...(block.head ?? []).map((row, r) => ({ row, at: [...path, "head", r] })),
        ...block.rows.map((row, r) => ({ row, at: [...path, "rows", r] })),
      ];
      return rows.flatMap(({ row, at }) => row.map((item, c) => ({ item, path: [...at, c] })));
    }
    case "paragraph":
    case "heading":
    case "quote":
      return [{ item: block, path }];
    default:
      return [];
  }
}

/** Field names follow schema.org's NewsArticle where schema.org has one. */
const ArticleFields = z.strictObject({
  version: z.literal(SCHEMA_VERSION).meta({ description: "Version of the Dateline article format." }),
  id: NonEmptyText.optional().meta({ description: "A stable identifier chosen by the publisher or derived from the source." }),
  url: HttpUrl.optional().meta({ description: "Canonical URL of the article." }),
  headline: NonEmptyText,
  description: NonEmptyText.optional().meta({ description: "The standfirst: one or two sentences under the headline." }),
  image: Figure.optional().meta({ description: "The lead figure." }),
  authors: z.array(Author).optional(),
  publisher: Organization.optional(),
  datePublished: IsoDate.optional(),
  dateModified: IsoDate.optional(),
  inLanguage: LanguageTag.optional(),
  section: NonEmptyText.optional(),
  keywords: z.array(NonEmptyText).optional(),
  isAccessibleForFree: z.boolean().optional().meta({
    description: "Whether the article can be read without a subscription or payment. Left out when the source does not say; never assumed.",
  }),
  body: z.array(Block).min(1, { error: "must hold at least one block" }),
});

export const Article = ArticleFields.superRefine((article, ctx) => {
  // JSON Schema cannot relate a mark to the length of its text, so this check lives here only.
  article.body.forEach((block, index) => {
    const texts = markedTexts(block, ["body", index]);
    for (const { item, path } of texts) {
      if (!item.marks) continue;
      item.marks.forEach((mark, m) => {
        if (mark.end <= mark.start || mark.end > item.text.length) {
          ctx.addIssue({
            code: "custom",
            path: [...path, "marks", m],
            message: `range ${mark.start}..${mark.end} must be non-empty and lie within the text (length ${item.text.length})`,
          });
        }
      });
    }
  });
}).meta({ id: "Article", title: "Dateline article", description: "A news article as every Dateline package reads and writes it." });
export type Article = z.infer<typeof Article>;

/**
 * Everything about an article but its body, all optional: what a source
 * document cannot say about itself (publisher, canonical URL, dates…),
 * given beside it, e.g. as a `meta.json` file.
 */
export const ArticleMeta = ArticleFields.omit({ body: true, version: true }).partial().meta({ id: "ArticleMeta" });
export type ArticleMeta = z.infer<typeof ArticleMeta>;
