import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";

const story = [
  "Night bus route to be cut after timetable review",
  "By Ada Fenwick",
  "",
  "The night bus between Kestrel Bridge and the hospital will stop running in August, the valley's transport board has decided after a review.",
  "",
  "Board members voted five to two on Thursday to end the route, which runs hourly from midnight and carries about forty passengers a night.",
  "",
  "Nurses who work late shifts at the hospital said they had not been asked before the vote, and asked the board to think again.",
  "",
  "The board said it would pay for a taxi-share scheme for hospital staff for one year while it looks for a cheaper way to run the route.",
  "",
  "A public meeting on the decision will be held at the library in June, and the board's members have said they will attend.",
  "",
  "The route was first run in 1998, when the hospital's new wing opened, and has never been cut before.",
];

describe("metadata from the byline region only", () => {
  it("does not date the story from a teaser's date set between its later paragraphs", () => {
    const towns = ["Kestrel Bridge", "Ashford Mill", "Lower Fenton", "Harrow Cross", "Saltmarsh", "Elder Green", "Wick End"];
    const later = towns.flatMap((town, n) => [
      "",
      `Passengers in ${town} said the last bus of the night was often the only way home, and ${n + 2} of them wrote to the board this spring.`,
      "",
      `The board's figures show that riders from ${town} made up a small share of the route's trips, though more than it had expected.`,
    ]);
    const teaser = ["", "Valley bus fares to rise in September", "3 April 2025"];
    const page = [...story, ...later, ...teaser, ...later.slice(0, 4)];
    const article = fromText(page.join("\n"), { meta: { inLanguage: "en" } });
    expect(article.datePublished).toBeUndefined();
  });

  it("drops the dates under the titles of a related list", () => {
    const page = [
      ...story,
      "",
      "Related stories",
      "Valley bus fares to rise in September",
      "3 April 2025",
      "Hospital car park to close",
      "18 March 2025",
    ];
    const article = fromText(page.join("\n"), { meta: { inLanguage: "en" } });
    expect(article.body.at(-1)).toEqual({
      type: "related",
      title: "Related stories",
      items: [{ title: "Valley bus fares to rise in September" }, { title: "Hospital car park to close" }],
    });
  });

  it("takes the date printed under the byline", () => {
    const page = [
      ...story.slice(0, 2),
      "12 May 2025",
      ...story.slice(2),
      "",
      "Related stories",
      "Valley bus fares to rise",
      "3 April 2025",
    ];
    expect(fromText(page.join("\n"), { meta: { inLanguage: "en" } }).datePublished).toBe("2025-05-12");
  });

  it("labels a Korean page Korean when the source does not say", () => {
    const page = [
      "섬 유일의 여객선, 석 달 만에 운항 재개",
      "김민지 기자",
      "",
      "섬의 유일한 여객선이 조선소에서 석 달 동안 수리를 마치고 월요일부터 다시 운항을 시작했다.",
      "",
      "주민들은 그동안 일주일에 두 번만 오가는 임대 선박에 의지해야 했다.",
      "",
      "군청은 다음 달부터 매일 운항하는 시간표를 다시 적용한다고 밝혔다.",
      "",
      "ⓒ 해안일보 무단전재 및 재배포 금지",
    ];
    const article = fromText(page.join("\n"));
    expect(article.inLanguage).toBe("ko");
    expect(article.authors).toEqual([{ type: "Person", name: "김민지" }]);
    expect(article.body.map((block) => (block.type === "paragraph" ? block.text : block.type))).toEqual([page[3], page[5], page[7]]);
  });

  it("dates the story from its byline when the date follows the names on the same line", () => {
    const withByline = (byline: string) => fromText([story[0], byline, ...story.slice(2)].join("\n"), { meta: { inLanguage: "en" } });
    const dated = withByline("By Ada Fenwick on Tuesday, 4 March 2025, for the Valley Courier");
    expect([dated.authors, dated.datePublished]).toEqual([[{ type: "Person", name: "Ada Fenwick" }], "2025-03-04"]);
    expect(withByline("BY ADA FENWICKPUBLISHED: MAR 4, 2025, IN THE VALLEY COURIER").datePublished).toBe("2025-03-04");
    expect(withByline("Von Ada Fenwick am 4. März 2025 in der Talzeitung erschienen").datePublished).toBe("2025-03-04");
    const updated = withByline("By Ada Fenwick, Valley Courier | Updated on 4 March 2025 at 10:04");
    expect([updated.datePublished, updated.dateModified]).toEqual([undefined, "2025-03-04"]);
  });

  it("takes no date from a byline in an author box under the story", () => {
    const page = [story[0], ...story.slice(2), "", "By Ada Fenwick on Tuesday, 4 March 2025, for the Valley Courier"];
    const article = fromText(page.join("\n"), { meta: { inLanguage: "en" } });
    expect([article.authors, article.datePublished]).toEqual([[{ type: "Person", name: "Ada Fenwick" }], undefined]);
  });

  it("takes the author and the date from a line that sets the name before the date", () => {
    const page = [story[0], "Ada Fenwick - 4 March 2025 10:04 GMT", ...story.slice(2)];
    const article = fromText(page.join("\n"), { meta: { inLanguage: "en" } });
    expect([article.authors, article.datePublished]).toEqual([[{ type: "Person", name: "Ada Fenwick" }], "2025-03-04T10:04:00+00:00"]);
  });

  it("reads a byline whose label stands alone on the line over the names", () => {
    const withLines = (...lines: string[]) => fromText([story[0], ...lines, ...story.slice(2)].join("\n"), { meta: { inLanguage: "en" } });
    expect(withLines("By", "Ada Fenwick").authors).toEqual([{ type: "Person", name: "Ada Fenwick" }]);
    const spanish = withLines("Por", "Ana Ruiz, 4 de marzo de 2025");
    expect([spanish.authors, spanish.datePublished]).toEqual([[{ type: "Person", name: "Ana Ruiz" }], "2025-03-04"]);
    expect(withLines("Von", "Ada Fenwick").authors).toEqual([{ type: "Person", name: "Ada Fenwick" }]);
  });

  it("takes a name with its job title after it or under it for the byline, in several languages", () => {
    const withLines = (...lines: string[]) => fromText([story[0], ...lines, ...story.slice(2)].join("\n"), { meta: { inLanguage: "en" } });
    const ada = [{ type: "Person", name: "Ada Fenwick" }];
    expect(withLines("Ada Fenwick", "Trending Editor").authors).toEqual(ada);
    expect(withLines("Ada Fenwick | Guest Columnist").authors).toEqual(ada);
    expect(withLines("Ada Fenwick, Redakteurin").authors).toEqual(ada);
    expect(withLines("Ada Fenwick", "journaliste").authors).toEqual(ada);
    // A name alone, with nothing to say it is a byline, is left alone.
    expect(withLines("Ada Fenwick").authors).toBeUndefined();
  });
});
