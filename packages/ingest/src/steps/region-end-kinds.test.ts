import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";

// Round rg100: what the region's end carries across at a story's close: an episode's chapter list, credited captions
// over the closing paragraph, a last section's second paragraph. All invented.
const FOOT = "© 2026 Valley Courier. All rights reserved.\nTerms\nPrivacy";
const TOP = ["Valley Courier", "News    Sport    Podcasts", "Episode 9: The canal that ran dry", "By Ruth Ambler", "June 2, 2026"];

const blocksOf = (...parts: string[]) =>
  fromText([...TOP, ...parts, FOOT].join("\n\n")).body.map((block) => `${block.type}:${"text" in block ? block.text : ""}`);

describe("a chapter list inside a story", () => {
  const lead = "In this episode we walk the old canal from the lock to the basin, where the water stopped in 1962.";
  const chapters = (times: string[]) => [
    "Kapitel",
    times.map((time, k) => `${time} ${["Begrüßung", "Die Schleuse", "Das Becken", "Ausblick"][k]}`).join("\n"),
  ];
  const under = ["Zum Nachlesen", "Die Karte des Kanals ist online.", "Musik vom Trio Uferweg."];

  it("carries the story across its chapters to its notes and their heading", () => {
    const blocks = blocksOf(lead, ...chapters(["00:00", "04:37", "19:12", "33:08"]), ...under);
    expect(blocks).toContain("heading:Zum Nachlesen");
    expect(blocks.at(-1)).toBe("paragraph:Musik vom Trio Uferweg.");
  });

  it("stops at a schedule's times of day, which fall on the quarter hours", () => {
    const blocks = blocksOf(lead, ...chapters(["00:00", "06:00", "10:15", "14:30"]), ...under);
    expect(blocks.at(-1)).toBe(`paragraph:${lead}`);
  });

  it("stops at times from midnight under a heading naming no chapters, as a night's schedule sets them", () => {
    const schedule = ["Programm", "00:00 Nachrichten\n00:05 Spätfilm\n01:40 Wetter\n01:47 Nachtprogramm"];
    const blocks = blocksOf(lead, ...schedule, ...under);
    expect(blocks.at(-1)).toBe(`paragraph:${lead}`);
  });

  it("stops at times running back, as a live blog's do", () => {
    const blocks = blocksOf(lead, ...chapters(["00:00", "19:12", "04:37", "33:08"]), ...under);
    expect(blocks.at(-1)).toBe(`paragraph:${lead}`);
  });
});

describe("credited captions before a short closing paragraph", () => {
  const story = [
    "The canal was dug by hand in 1790 and carried coal to the basin until the railway took its trade a century later.",
    "A trust has spent ten years clearing the locks, and boats could reach the basin again by the end of the decade.",
  ];
  const close = "Volunteers meet at the lock every Saturday.";

  it("carries the story across two captions to its closing paragraph", () => {
    const blocks = blocksOf(...story, "The top lock in May. Photograph: Ivo Marsh", "Clearing the basin. Photograph: Ivo Marsh", close);
    expect(blocks.at(-1)).toBe(`paragraph:${close}`);
  });

  it("leaves a gallery's row of captions and its line under the story", () => {
    const captions = ["The top lock", "Clearing the basin", "The old wharf", "A barge in 1950"].map((c) => `${c}. Photograph: Ivo Marsh`);
    const blocks = blocksOf(...story, ...captions, "More pictures from the canal every week.");
    expect(blocks.at(-1)).toBe(`paragraph:${story[1]}`);
  });
});

describe("a last section of a short sentence over one more paragraph", () => {
  it("keeps the section's last paragraph", () => {
    const blocks = blocksOf(
      "The canal trust will open the top lock to boats in July, its chairman said at the annual meeting on Tuesday.",
      "Work on the lower locks goes on through the winter and should be finished before the spring floods.",
      "Who pays",
      "The lottery fund pays for most of the work, and the county council gives the rest in two payments.",
      "What comes next",
      "The basin opens after that.",
      "The trust will ask the county for a second grant next year.",
    );
    expect(blocks.slice(-3)).toEqual([
      "heading:What comes next",
      "paragraph:The basin opens after that.",
      "paragraph:The trust will ask the county for a second grant next year.",
    ]);
  });

  it("keeps a Korean section's heading over its short sentence", () => {
    const blocks = blocksOf(
      "운하 보존 단체는 7월부터 위쪽 갑문을 배에 개방한다고 화요일 총회에서 밝혔다.",
      "아래쪽 갑문 공사는 겨울 내내 이어지며 봄 홍수 전에 끝날 예정이라고 단체는 설명했다.",
      "비용은 누가 내나",
      "공사비 대부분은 복권 기금이 내고 나머지는 도 의회가 두 차례에 나눠 지원한다.",
      "다음 계획",
      "그 뒤에 선착장이 열린다.",
      "단체는 내년에 도에 두 번째 지원금을 요청할 계획이다.",
    );
    expect(blocks.slice(-3)).toEqual([
      "heading:다음 계획",
      "paragraph:그 뒤에 선착장이 열린다.",
      "paragraph:단체는 내년에 도에 두 번째 지원금을 요청할 계획이다.",
    ]);
  });
});
