import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";

// Round fx110: a Japanese caption's "＝" tail, Polish "Fot." over a description and a Chinese picture's giver. Every
// page here is invented.
const page = (...blocks: string[]) => `${blocks.join("\n\n")}\n`;
const FOOT = "© 2025 Minato Shimbun\nAbout us\tContact\tPrivacy";

interface Story {
  headline: string;
  byline: string;
  date: string;
  heading: string;
  body: string[];
}
/** A story from its header lines (headline, byline, date, the sub-heading over its second paragraph) and its paragraphs. */
function story([headline, byline, date, heading]: [string, string, string, string], ...body: string[]): Story {
  return { headline, byline, date, heading, body };
}

const JA = story(
  ["商店街の古い銭湯が百年ぶりに改装", "佐藤 健一", "2025年6月9日", "常連客の声"],
  "駅前の商店街にある百年続く銭湯が、半年の改装工事を終えて日曜日に営業を再開した。",
  "三代目の店主は、昔ながらのタイル絵を残しながら、浴槽と配管をすべて新しくしたと話した。",
  "再開初日には開店前から常連客が列を作り、店主は今後も毎日午後三時に店を開けるという。",
);
const PL = story(
  ["Stara łaźnia miejska znów otwarta po remoncie", "Piotr Zieliński", "9 czerwca 2025", "Głosy stałych bywalców"],
  "Stuletnia łaźnia przy rynku została w niedzielę ponownie otwarta po półrocznym remoncie, który sfinansowało miasto.",
  "Nowy zarządca zachował dawne kafle na ścianach, ale wymienił wszystkie rury i baseny, jak powiedział w rozmowie.",
  "Pierwszego dnia stali bywalcy czekali w kolejce przed otwarciem, a łaźnia będzie czynna codziennie od południa.",
);

function storyPage(told: Story, { top = [], middle = [] }: { top?: string[]; middle?: string[] }): string {
  const [first, second, third] = told.body;
  return page(
    "Minato Shimbun",
    told.headline,
    `${told.byline}\n${told.date}`,
    ...top,
    first!,
    told.heading,
    second!,
    ...middle,
    third!,
    FOOT,
  );
}

function reading(text: string) {
  const article = fromText(text);
  const headings = article.body.flatMap((block) => (block.type === "heading" ? [block.text] : []));
  const paragraphs = article.body.flatMap((block) => (block.type === "paragraph" ? [block.text] : []));
  return { headline: article.headline, headings, paragraphs };
}

describe("a Japanese caption's tail after the full-width equals sign", () => {
  const captions = ["写真：改装を終えた銭湯の入り口＝8日", "写真：タイル絵の前で話す店主＝時事", "湯船につかる常連客＝8日午後、駅前商店街"];
  for (const caption of captions) {
    it(`reads "${caption}" under the date as a caption, not the headline or the story`, () => {
      const read = reading(storyPage(JA, { top: [caption] }));
      expect(read.headline).toBe(JA.headline);
      expect(read.paragraphs).toEqual(JA.body);
      expect(read.headings).toEqual([JA.heading]);
    });
    it(`reads "${caption}" between paragraphs as a caption, not a sub-heading`, () => {
      const read = reading(storyPage(JA, { middle: [caption] }));
      expect(read.paragraphs).toEqual(JA.body);
      expect(read.headings).toEqual([JA.heading]);
    });
  }
  it("keeps a correspondent's dateline in brackets on the same page", () => {
    const dateline = "（大阪＝共同）";
    const read = reading(storyPage(JA, { top: [dateline], middle: [captions[0]!] }));
    expect(read.paragraphs).toEqual([dateline, ...JA.body]);
    expect(read.headings).toEqual([JA.heading]);
  });
});

describe('story lines with "＝" before other words than a caption\'s tail', () => {
  it("keeps a headline whose second clause follows the sign, and a sub-heading shaped the same", () => {
    const told = { ...JA, headline: "商店街の銭湯が改装＝百年の歴史伝える", heading: "店主＝昔の面影残したい" };
    const read = reading(storyPage(told, {}));
    expect(read.headline).toBe(told.headline);
    expect(read.headings).toEqual([told.heading]);
  });
  it("reads no caption in a notice's line between paragraphs", () => {
    const article = fromText(storyPage(JA, { middle: ["問い合わせ＝商店街振興組合"] }));
    expect(article.body.filter((block) => block.type === "figure")).toEqual([]);
  });
});

describe('Polish "Fot." over a picture\'s description', () => {
  it("reads the caption set between paragraphs as a caption, though the paragraph under it names the same things", () => {
    const caption = "Fot. Dawne kafle na ścianach stuletniej łaźni przy rynku";
    const read = reading(storyPage(PL, { middle: [caption] }));
    expect(read.headings).toEqual([PL.heading]);
    expect(read.paragraphs).toEqual(PL.body);
  });
  it('keeps a story sentence opening with the abbreviation "Fot." on the same page', () => {
    const sentence = "Fot. 1–3 w galerii pokazują łaźnię przed remontem, a pozostałe zdjęcia pochodzą z archiwum miasta.";
    const body = [PL.body[0]!, PL.body[1]!, sentence];
    const read = reading(storyPage({ ...PL, body }, { middle: ["Fot. Dawne kafle na ścianach łaźni i archiwum miasta"] }));
    expect(read.headings).toEqual([PL.heading]);
    expect(read.paragraphs).toEqual(body);
  });
});

const ZH = story(
  ["老城区百年澡堂翻修后重新开业", "记者 王磊", "2025年6月9日", "老顾客的心声"],
  "位于老城区商业街的百年澡堂经过半年翻修，于周日重新开业，吸引了不少老顾客。",
  "第三代店主表示，翻修保留了墙上的老瓷砖，但更换了全部水管和浴池。",
  "店内走廊展出的老照片由附近居民提供，共有一百多张，记录了澡堂的变迁。",
);

describe("a Chinese picture's giver alone under it", () => {
  for (const at of ["top", "middle"] as const) {
    it(`reads "图片由…提供" (${at}) as a credit, not a sub-heading, and keeps a sentence with the same words`, () => {
      const read = reading(storyPage(ZH, { [at]: ["图片由澡堂店主提供"] }));
      expect(read.headings).toEqual([ZH.heading]);
      expect(read.paragraphs).toEqual(ZH.body);
    });
  }
});
