import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";

/** An invented page copy: the site's name and menu, the header's lines, the story's paragraphs, a footer. */
function page(header: string[], story: string[], [site, menu] = ["The Millbrook Post", "News    Sport    Culture"]): string {
  return [site, "", menu, "", ...header, "", story.join("\n\n"), "", `© 2026 ${site}`, ""].join("\n");
}
const jaSite: [string, string] = ["みなと新聞", "社会    政治    経済    スポーツ"];

const enStory = [
  "The old swimming baths on Mill Lane will open again in June after a two-year repair of the roof and the boilers, the council said on Monday.",
  "Swimmers will pay the same as before, and the early morning lanes kept for clubs will return in the first week, a council spokesman said.",
];
const plStory = [
  "Stary basen przy ulicy Młyńskiej zostanie ponownie otwarty w czerwcu po dwóch latach remontu dachu i kotłowni, poinformował urząd miasta.",
  "Ceny biletów się nie zmienią, a poranne tory dla klubów pływackich wrócą już w pierwszym tygodniu, powiedział rzecznik urzędu.",
];
const jaStory = [
  "市は三日、二年間にわたる屋根とボイラーの改修を終えた市民プールを六月に再開すると発表した。料金は以前と変わらない。",
  "早朝の時間帯はこれまで通りクラブ向けに一部のコースを貸し出すと市の担当者は説明した。",
];

describe("a short deck between the headline and the byline", () => {
  it("is the description, and the name over the date under it signs the story (en)", () => {
    const article = fromText(
      page(["Mill Lane baths to reopen in June", "", "Lanes open at seven.", "", "Ruth Ellery", "3 March 2026"], enStory),
    );
    expect(article.description).toBe("Lanes open at seven.");
    expect(article.authors?.map((author) => author.name)).toEqual(["Ruth Ellery"]);
    expect(article.body[0]).toMatchObject({ type: "paragraph", text: enStory[0] });
  });

  it("is the description, and the name over the date under it signs the story (pl)", () => {
    const header = ["Basen przy Młyńskiej wraca w czerwcu", "", "Tory otwarte od siódmej.", "", "Ewa Zielińska", "3 marca 2026, 9:15"];
    const article = fromText(page(header, plStory));
    expect(article.description).toBe("Tory otwarte od siódmej.");
    expect(article.authors?.map((author) => author.name)).toEqual(["Ewa Zielińska"]);
    expect(article.body[0]).toMatchObject({ type: "paragraph", text: plStory[0] });
  });

  it("is the description in a script without spaces, and the name over the date is still read (ja)", () => {
    const header = ["市民プール、六月に再開へ", "", "料金は据え置き", "", "田中 美咲", "2026年3月3日 10:00"];
    const article = fromText(page(header, jaStory, jaSite));
    expect(article.description).toBe("料金は据え置き");
    expect(article.authors?.map((author) => author.name)).toEqual(["田中 美咲"]);
    expect(article.body[0]).toMatchObject({ type: "paragraph", text: jaStory[0] });
  });

  it("is measured against the story's first paragraph, past a lead picture's credit under the byline", () => {
    const deck = "Everything reopens on the twentieth.";
    const header = ["Mill Lane baths to reopen in June", "", deck, "", "Ruth Ellery", "3 March 2026", "", "BEN ODE/MILLBROOK POST"];
    const article = fromText(page(header, enStory));
    expect(article.description).toBe(deck);
    expect(article.body[0]).toMatchObject({ type: "paragraph", text: enStory[0] });
  });

  it("opens the story where no byline or date stands under it", () => {
    const article = fromText(page(["Mill Lane baths to reopen in June", "", "Lanes open at seven."], enStory));
    expect(article.description).toBeUndefined();
    expect(article.body[0]).toMatchObject({ type: "paragraph", text: "Lanes open at seven." });
  });

  it("opens the story where it stands under the byline, as a one-sentence lead", () => {
    const article = fromText(
      page(["Mill Lane baths to reopen in June", "", "Ruth Ellery", "3 March 2026", "", "Lanes open at seven."], enStory),
    );
    expect(article.body[0]).toMatchObject({ type: "paragraph", text: "Lanes open at seven." });
  });

  it("opens the story where the paragraph under the byline is no longer than it", () => {
    const story = ["Swimmers may use it from June.", "Clubs keep their early lanes too.", ...enStory];
    const deck = "Everything reopens on the twentieth.";
    const article = fromText(page(["Mill Lane baths to reopen in June", "", deck, "", "Ruth Ellery", "3 March 2026"], story));
    expect(article.description).toBeUndefined();
    expect(article.body[0]).toMatchObject({ type: "paragraph", text: deck });
  });

  it("leaves an update's note in the deck's place out of the description", () => {
    const note = "Updated at 2.15pm with new details";
    const article = fromText(page(["Mill Lane baths to reopen in June", "", note, "", "Ruth Ellery", "3 March 2026"], enStory));
    expect(article.description).toBeUndefined();
    expect(article.body[0]).toMatchObject({ type: "paragraph", text: enStory[0] });
  });

  it("keeps a live page's first timed entry in the body under a short deck and the date", () => {
    const header = ["Mill Lane baths to reopen in June", "", "Follow every step here.", "", "3 March 2026, 09:15"];
    const article = fromText(page([...header, "", "09:10 Divers check the deep end"], enStory));
    expect(article.description).toBe("Follow every step here.");
    expect(article.body[0]).toMatchObject({ type: "heading", text: "09:10 Divers check the deep end" });
  });

  it("is no writer's name set apart over the date, though the name's script has no spaces between words (th)", () => {
    const story = [
      "เทศบาลเมืองเปิดสระว่ายน้ำเก่าบนถนนโรงสีอีกครั้งในเดือนมิถุนายนหลังซ่อมหลังคาและหม้อต้มน้ำนานสองปี",
      "ค่าเข้าใช้บริการยังเท่าเดิมและช่วงเช้าจะเปิดให้ชมรมว่ายน้ำใช้ตั้งแต่สัปดาห์แรก",
    ];
    const header = ["สระว่ายน้ำถนนโรงสีกลับมาเปิดเดือนมิถุนายน", "", "ชัยวัฒน์ มีสุข", "", "3 มีนาคม 2569"];
    const article = fromText(page(header, story, ["ข่าวริมน้ำ", "หน้าแรก    ข่าว    กีฬา"]));
    expect(article.description).toBeUndefined();
  });
});
