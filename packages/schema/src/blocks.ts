import { z } from "zod";
import { HttpUrl, NonEmptyText } from "./_primitives.js";
import { marksField } from "./inline.js";

/** A picture: where it is and how to describe it to someone who cannot see it. */
export const ImageRef = z
  .strictObject({
    url: HttpUrl,
    alt: z.string().optional(),
  })
  .meta({ id: "ImageRef" });
export type ImageRef = z.infer<typeof ImageRef>;

/** A captioned figure. On a copied page the picture itself is gone and only its caption and credit remain. */
export const Figure = z
  .strictObject({
    caption: NonEmptyText,
    credit: NonEmptyText.optional().meta({ description: 'Who made or owns the picture, e.g. "Reuters".' }),
    image: ImageRef.optional(),
  })
  .meta({ id: "Figure" });
export type Figure = z.infer<typeof Figure>;

export const ParagraphBlock = z
  .strictObject({ type: z.literal("paragraph"), text: NonEmptyText, marks: marksField })
  .meta({ id: "ParagraphBlock" });

export const HeadingBlock = z
  .strictObject({
    type: z.literal("heading"),
    text: NonEmptyText,
    /** 2 to 4: level 1 belongs to the headline. */
    level: z.int().min(2).max(4),
    marks: marksField,
  })
  .meta({ id: "HeadingBlock" });

export const FigureBlock = z.strictObject({ type: z.literal("figure"), ...Figure.shape }).meta({ id: "FigureBlock" });

export const QuoteBlock = z
  .strictObject({
    type: z.literal("quote"),
    text: NonEmptyText,
    attribution: NonEmptyText.optional(),
    marks: marksField,
  })
  .meta({ id: "QuoteBlock", description: "A block or pull quote." });

export const ListItem = z.strictObject({ text: NonEmptyText, marks: marksField }).meta({ id: "ListItem" });
export type ListItem = z.infer<typeof ListItem>;

export const ListBlock = z
  .strictObject({ type: z.literal("list"), ordered: z.boolean(), items: z.array(ListItem).min(1) })
  .meta({ id: "ListBlock" });

export const RelatedLink = z.strictObject({ title: NonEmptyText, url: HttpUrl.optional() }).meta({ id: "RelatedLink" });
export type RelatedLink = z.infer<typeof RelatedLink>;

export const RelatedBlock = z
  .strictObject({
    type: z.literal("related"),
    /** The label the page gave the list, e.g. "Read more". */
    title: NonEmptyText,
    items: z.array(RelatedLink).min(1),
  })
  .meta({ id: "RelatedBlock", description: "A list of links to other stories, set off from the body." });

/** One cell of a table. Cells may be empty: a table keeps its grid. */
export const TableCell = z.strictObject({ text: z.string(), marks: marksField }).meta({ id: "TableCell" });
export type TableCell = z.infer<typeof TableCell>;

const TableRow = z.array(TableCell).min(1);

export const TableBlock = z
  .strictObject({
    type: z.literal("table"),
    caption: NonEmptyText.optional(),
    /** Header rows (`<thead>`, or a first row of `<th>` cells), shown above the body rows. */
    head: z.array(TableRow).optional(),
    rows: z.array(TableRow).min(1),
  })
  .meta({ id: "TableBlock", description: "A table of data, row by row; rows may hold different numbers of cells." });

export const CodeBlock = z
  .strictObject({
    type: z.literal("code"),
    /** The listing verbatim: line breaks and indentation are part of it. */
    text: NonEmptyText,
    language: z.string().min(1).optional().meta({ description: 'The programming language, e.g. "python", when the source names it.' }),
  })
  .meta({ id: "CodeBlock", description: "A code listing or other preformatted text." });

export const Block = z
  .discriminatedUnion("type", [ParagraphBlock, HeadingBlock, FigureBlock, QuoteBlock, ListBlock, RelatedBlock, TableBlock, CodeBlock])
  .meta({ id: "Block" });
export type Block = z.infer<typeof Block>;
export type ParagraphBlock = z.infer<typeof ParagraphBlock>;
export type HeadingBlock = z.infer<typeof HeadingBlock>;
export type FigureBlock = z.infer<typeof FigureBlock>;
export type QuoteBlock = z.infer<typeof QuoteBlock>;
export type ListBlock = z.infer<typeof ListBlock>;
export type RelatedBlock = z.infer<typeof RelatedBlock>;
export type BlockType = Block["type"];
export type TableBlock = z.infer<typeof TableBlock>;
export type CodeBlock = z.infer<typeof CodeBlock>;
