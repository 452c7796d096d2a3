import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";

const lead = [
  "The harbour board agreed on Thursday to dredge the old channel, so that larger fishing boats can land their catch at high tide.",
  "Work starts in September and will close the western quay for about six weeks, the board's chair told a meeting of skippers.",
  "Skippers asked for the eastern quay to stay open at night while the dredger works, and the board promised to look at it.",
] as const;

const related = "Lifeboat crew rescues two kayakers";

/** The lead in Japanese, and a related title in it: a script with no capitals to show a heading by. */
const jaLead = [
  "港湾委員会は6日、大型の漁船が満潮時に水揚げできるよう旧水路のしゅんせつを決めた。",
  "工事は9月に始まり、西側の岸壁は約6週間閉鎖される。",
  "漁業者は工事中も東側の岸壁を夜間に使えるよう求め、委員会は検討すると約束した。",
] as const;
const jaRelated = "救命艇がカヤックの2人を救助";

/** The page: site name, headline, byline, then the body's blocks set apart, then the site's foot. */
function page(blocks: readonly string[], foot: readonly string[], above: readonly string[] = []): string {
  const head = [
    "Coastline Weekly",
    "",
    ...above,
    "Harbour board backs dredging of the old channel",
    "",
    "By Rhona Pike",
    "May 6, 2025",
    "",
  ];
  return [...head, blocks.join("\n\n"), "", ...foot, "", "© 2025 Coastline Weekly"].join("\n");
}

/** The foot's list of the site's most read stories, one title a line. */
const mostRead = (titles: readonly string[]) => ["Most read", ...titles];

function read(text: string, language = "en") {
  const body = fromText(text, { meta: { inLanguage: language } }).body;
  const headings = body.filter((block) => block.type === "heading").map((block) => block.text);
  const texts = body.flatMap((block) => ("text" in block && block.text ? [block.text] : []));
  return { headings, texts };
}

describe("a related story's title between the lead's paragraphs", () => {
  it("leaves out a title the foot's list of titles prints again", () => {
    const { headings, texts } = read(page([lead[0], related, lead[1], lead[2]], mostRead(["Pier reopens", related, "Tides for June"])));
    expect(headings).toEqual([]);
    expect(texts).not.toContain(related);
    expect(texts).toContain(lead[1]);
  });

  it("does so in other languages and scripts", () => {
    const { headings, texts } = read(
      page([jaLead[0], jaRelated, jaLead[1], jaLead[2]], ["よく読まれている記事", "桟橋が再開", jaRelated]),
      "ja",
    );
    expect(headings).toEqual([]);
    expect(texts).not.toContain(jaRelated);
  });

  it("keeps a heading of the story's own after the first paragraph, printed nowhere else", () => {
    const heading = "What the skippers asked for";
    const { headings } = read(page([lead[0], heading, lead[1], lead[2]], mostRead(["Pier reopens", related])));
    expect(headings).toEqual([heading]);
  });

  it("keeps a heading a table of contents above the story prints too", () => {
    const heading = "What the skippers asked for";
    const contents = ["Contents", heading, "Next steps", ""];
    const blocks = [lead[0], heading, lead[1], "Next steps", lead[2]];
    const { headings } = read(page(blocks, mostRead(["Pier reopens", heading]), contents));
    expect(headings).toEqual([heading, "Next steps"]);
  });

  it("keeps a heading further down the story that the foot's list prints again", () => {
    const { headings } = read(page([lead[0], lead[1], related, lead[2]], mostRead(["Pier reopens", related])));
    expect(headings).toEqual([related]);
  });

  it("keeps a fact box's line the foot prints again as text of the story", () => {
    const fact = "Where: Harbour Office, Quay Street";
    const { texts, headings } = read(page([lead[0], fact, lead[1], lead[2]], [fact, ...mostRead(["Pier reopens"])]));
    expect([...texts, ...headings]).toContain(fact);
  });
});
