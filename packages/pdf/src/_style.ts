import { faceOf, type Face, type TextStyle } from "./_fonts.js";

export const INK = "#1b1b1b";
const MUTED = "#5f5f5f";
const LINK = "#1f4e8c";
export const RULE = "#9a9a9a";
export const SHADE = "#f1eee6";
export const ACCENT = "#8c2b1f";

/** A text style with its leading: what a kind of text looks like in the briefing. */
export interface Role {
  style: TextStyle;
  leading: number;
}

function role(face: Face, size: number, leading: number, color = INK): Role {
  return { style: { face, size, color }, leading };
}

export const ROLES = {
  masthead: role("sans-bold", 30, 36),
  edition: role("sans", 10, 14, MUTED),
  contentsTitle: role("sans-bold", 12, 18, ACCENT),
  contentsHeadline: role("sans-bold", 11, 14.5),
  contentsSummary: role("serif", 9.5, 13, MUTED),
  headline: role("sans-bold", 21, 25.5),
  standfirst: role("serif-italic", 12.5, 17.5, "#333333"),
  byline: role("sans", 8.5, 12, MUTED),
  body: role("serif", 10.5, 15),
  heading2: role("sans-bold", 13, 17),
  heading3: role("sans-bold", 11.5, 15.5),
  heading4: role("sans-bold", 10.5, 15),
  quote: role("serif-italic", 11.5, 16.5, "#333333"),
  attribution: role("sans", 8.5, 12, MUTED),
  caption: role("sans", 8.5, 11.5, "#333333"),
  credit: role("sans-italic", 8.5, 11.5, MUTED),
  relatedTitle: role("sans-bold", 9.5, 13.5, ACCENT),
  related: role("sans", 9.5, 13.5),
  table: role("sans", 9, 13),
  tableHead: role("sans-bold", 9, 13),
  code: role("sans", 9, 12.5, "#333333"),
  chrome: role("sans", 7.5, 10, MUTED),
} satisfies Record<string, Role>;

/** The style of marked text inside a base style: strong turns bold, emphasis flips the slope, links take the link colour. */
export function markedStyle(base: TextStyle, marks: { strong: boolean; emphasis: boolean; link: boolean }): TextStyle {
  const family = base.face.startsWith("serif") ? "serif" : "sans";
  const face = faceOf(family, base.face.includes("bold") || marks.strong, base.face.includes("italic") !== marks.emphasis);
  return { face, size: base.size, color: marks.link ? LINK : base.color };
}
