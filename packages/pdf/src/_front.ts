import { directionOf, storyCount, typographic, untitledText, wordingFor } from "@dateline/html";
import { articleSummary, type Article } from "@dateline/schema";
import { articleDest, inlineRuns, placeArticle, type Context } from "./_article.js";
import { node } from "./_nodes.js";
import { ACCENT, INK, ROLES, RULE } from "./_style.js";

export interface FrontMatter {
  title: string;
  /** The edition or date line; none for an undated briefing without an edition. */
  edition: string | undefined;
  contents: boolean;
  /** The briefing's language (`briefingLanguage`): the one asked for, else most articles', else English. */
  language: string | undefined;
}

/** Who is named in a warning about characters no font has, for text outside the articles. */
const FRONT_PAGE = "the front page";

/** Room kept right of contents entries for their page numbers. */
const NUMBER_COLUMN = 36;
/** Space between a contents headline and its dot leaders. */
const LEADER_GAP = 6;

/** Masthead, then (for more than one story, unless turned off) the contents, then every article from a new page. */
export function placeBriefing(ctx: Context, articles: readonly Article[], front: FrontMatter): void {
  const { flow, setter } = ctx;
  const { frame } = flow;
  const set = (text: string, role: typeof ROLES.masthead, type: string) =>
    setter.lines(inlineRuns(text, undefined, role, node(type, ctx.root)), {
      measure: frame.width,
      leading: role.leading,
      owner: FRONT_PAGE,
      language: front.language,
    });

  flow.newPage();
  flow.push({ kind: "rect", x: frame.left, y: flow.y, width: frame.width, height: 3, color: INK });
  flow.y += 12;
  flow.lines(set(front.title, ROLES.masthead, "H1"), { together: true });
  flow.y += 4;
  const count = storyCount(articles.length, front.language);
  flow.lines(set(front.edition ? `${front.edition} · ${count}` : count, ROLES.edition, "P"), { together: true });
  flow.y += 6;
  flow.push({ kind: "rect", x: frame.left, y: flow.y, width: frame.width, height: 0.8, color: INK });
  flow.y += 14;

  const withContents = front.contents && articles.length > 1;
  if (withContents) {
    flow.y += 8;
    flow.lines(set(wordingFor(front.language).contents, ROLES.contentsTitle, "H2"), { together: true });
    flow.y += 6;
    const toc = node("TOC", ctx.root);
    articles.forEach((article, index) => {
      const link = node("Link", node("TOCI", toc), { dest: articleDest(index) });
      const text = { owner: FRONT_PAGE, language: article.inLanguage, direction: directionOf(article.inLanguage) };
      const measure = frame.width - NUMBER_COLUMN;
      const setHeadline = (words: string) =>
        setter.lines([{ text: words, style: ROLES.contentsHeadline.style, node: link }], {
          measure,
          leading: ROLES.contentsHeadline.leading,
          ...text,
        });
      // A headline of control or zero-width characters only sets no line; the entry then shows its position ("Article 3") so the number has a line to sit on.
      const typeset = setHeadline(typographic(article.headline, article.inLanguage));
      const headline = typeset.length > 0 ? typeset : setHeadline(untitledText(index + 1, article.inLanguage));
      const summary = setter.lines(
        [{ text: typographic(articleSummary(article), article.inLanguage), style: ROLES.contentsSummary.style, node: link }],
        {
          measure,
          leading: ROLES.contentsSummary.leading,
          ...text,
        },
      );
      flow.gap(9);
      flow.keep([...headline, ...summary].reduce((sum, line) => sum + line.height, 0));
      flow.push({ kind: "rect", x: frame.left, y: flow.y - 5, width: frame.width, height: 0.4, color: RULE });
      flow.lines(headline, { together: true });
      // The number sits on the headline's last line, flush right after dot leaders (drawn, not typed), so extraction reads "headline 7".
      const last = headline.at(-1)!;
      flow.push({
        kind: "pageref",
        article: index,
        node: link,
        style: { ...ROLES.contentsHeadline.style, color: ACCENT },
        // A right-to-left headline ends at the left and sits flush right: the leaders then fill only the number's column.
        leaderFrom: frame.left + (last.flushRight ? last.measure : last.width) + LEADER_GAP,
        right: frame.left + frame.width,
        y: flow.y - last.height + last.baseline,
      });
      flow.lines(summary, { together: true });
    });
  }

  for (const [index, article] of articles.entries()) placeArticle(ctx, article, index, withContents || index > 0);
}
