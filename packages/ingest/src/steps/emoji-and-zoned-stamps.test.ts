import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";
import { isClockTimeAlone } from "./date-line.js";

// Round sh100: sub-headings opened by one emoji, and live pages whose entry times carry a zone. All invented.
const FOOT = "© 2026 Harbour Post. All rights reserved.\nTerms\nPrivacy";

const blocksOf = (top: readonly string[], ...parts: string[]) =>
  fromText([...top, ...parts, FOOT].join("\n\n")).body.map((block) => `${block.type}:${"text" in block ? block.text : ""}`);

const stories = {
  en: {
    top: ["Harbour Post", "Ferry to the islands doubles its summer sailings", "By Mara Quinn", "14 June 2026"],
    paragraphs: [
      "The ferry between the harbour and the outer islands will sail twice a day from July, the operator said on Monday.",
      "Islanders have asked for a second sailing for years, saying one boat a day left them stranded after hospital visits.",
      "The second boat comes from a route in the south that closed last winter after its pier was damaged.",
      "Tickets for the new evening sailing go on sale next week, at the same price as the morning boat.",
      "The operator will review the timetable in October and may keep both sailings through the winter.",
    ],
    heads: ["⛴️ The new boat", "📅 What happens next"],
    points: ["⭐ Two sailings a day", "⭐ Same fares", "⭐ Bikes carried free"],
  },
  de: {
    top: ["Hafenpost", "Fähre zu den Inseln fährt im Sommer doppelt so oft", "Von Lena Brandt", "14. Juni 2026"],
    paragraphs: [
      "Die Fähre zwischen dem Hafen und den äußeren Inseln fährt ab Juli zweimal am Tag, teilte die Reederei am Montag mit.",
      "Die Inselbewohner fordern seit Jahren eine zweite Fahrt, weil sie nach Arztbesuchen sonst auf dem Festland festsitzen.",
      "Das zweite Schiff kommt von einer Strecke im Süden, die im letzten Winter nach einem Schaden am Anleger endete.",
      "Karten für die neue Abendfahrt gibt es ab nächster Woche zum selben Preis wie für die Morgenfahrt.",
      "Die Reederei will den Fahrplan im Oktober prüfen und beide Fahrten vielleicht auch im Winter anbieten.",
    ],
    heads: ["🚢 Das neue Schiff", "📅 Wie es weitergeht"],
    points: ["⭐ Zwei Fahrten am Tag", "⭐ Gleiche Preise", "⭐ Fahrräder kostenlos"],
  },
  ja: {
    top: ["港新聞", "離島フェリー、夏は1日2便に増便", "佐藤美咲", "2026年6月14日"],
    paragraphs: [
      "港と外側の島々を結ぶフェリーは7月から1日2便になると、運航会社が月曜日に発表した。",
      "島の住民は長年2便目を求めてきた。1便だけでは通院の後に島へ戻れないことが多かったためだ。",
      "2隻目の船は、昨年の冬に桟橋が壊れて廃止された南の航路から移される。",
      "新しい夕方の便の乗船券は来週から、朝の便と同じ料金で販売される。",
      "運航会社は10月に時刻表を見直し、冬も2便を続けるかどうかを決める。",
    ],
    heads: ["⛴️ 新しい船", "📅 今後の予定"],
    points: ["⭐ 1日2便", "⭐ 料金は同じ", "⭐ 自転車は無料"],
  },
} as const;

describe("sub-headings opened by one emoji", () => {
  it("heads both sections with them, the first under the lead's paragraphs too, in English, German and Japanese", () => {
    for (const { top, paragraphs: p, heads } of Object.values(stories)) {
      const blocks = blocksOf(top, p[0], p[1], heads[0], p[2], p[3], heads[1], p[4]);
      expect(blocks.filter((block) => block.startsWith("heading:"))).toEqual(heads.map((head) => `heading:${head}`));
      expect(blocks.at(-1)).toBe(`paragraph:${p[4]}`);
    }
  });

  it("reads no share row, reactions, weather figures, checked point or link's pointer as headings", () => {
    const { top, paragraphs: p } = stories.en;
    for (const row of [
      "📧 Email   🐦 Post   📘 Share",
      "👍 48   ❤️ 12",
      "☀️ 21°C",
      "✅ Bikes carried free",
      "👉 Read our guide to the islands",
    ]) {
      const blocks = blocksOf(top, p[0], p[1], row, p[2], p[3], p[4]);
      expect(
        blocks.filter((block) => block.startsWith("heading:")),
        row,
      ).toEqual([]);
    }
  });

  it("reads no control, section end, call to join, related link or camera's credit behind an emoji as a heading", () => {
    // Round rv-sh100: each is furniture or a credit bare; behind an emoji its words must not pass for a section's name.
    const { top, paragraphs: p } = stories.en;
    for (const line of [
      "🎧 Listen to this article",
      "💬 Join the conversation",
      "📩 Abonnez-vous à notre lettre d'information",
      "📌 Also read: Bridge repairs delayed again",
      "📷 Jane Holt",
      "📸 Jane Holt for the Harbour Post",
    ]) {
      const blocks = blocksOf(top, p[0], p[1], line, p[2], p[3], p[4]);
      expect(blocks, line).not.toContain(`heading:${line}`);
    }
  });

  it("keeps a list's points marked with one emoji, each set apart, from heading the prose under them", () => {
    for (const { top, paragraphs: p, points } of Object.values(stories)) {
      const blocks = blocksOf(top, p[0], p[1], ...points, p[2], p[3], p[4]);
      expect(
        blocks.filter((block) => block.startsWith("heading:")),
        points[2],
      ).toEqual([]);
    }
  });

  it("reads an English list's last point marked with its own emoji by its words' case, as an unmarked one", () => {
    const { top, paragraphs: p } = stories.en;
    const blocks = blocksOf(top, p[0], p[1], "⛴️ Two sailings a day", "💷 Same fares", "🚲 Bikes carried free", p[2], p[3], p[4]);
    expect(blocks.filter((block) => block.startsWith("heading:"))).toEqual([]);
  });

  it("keeps a German list's last point, each point marked with its own emoji, from heading the prose under it", () => {
    // Round rv-sh100: German capitals give no sentence case to go by, so the marks themselves tell the list.
    const { top, paragraphs: p } = stories.de;
    const points = ["⛴️ Zwei Fahrten am Tag", "💶 Gleiche Preise", "🚲 Fahrräder kostenlos"];
    const blocks = blocksOf(top, p[0], p[1], ...points, p[2], p[3], p[4]);
    expect(blocks.filter((block) => block.startsWith("heading:"))).toEqual([]);
  });
});

describe("live entries stamped with a zone or half of the day", () => {
  const entries = [
    ["Power restored to half of homes", "The network operator says 20,000 homes have been reconnected since the morning."],
    ["Bridge closed to high-sided vehicles", "The estuary crossing is closed to lorries and caravans until the wind drops."],
    ["Amber warning issued", "The weather service has issued an amber wind warning for the whole coast from noon."],
  ];
  const top = ["Storm Elin live: power cuts and rail closures across the north", "By Jade Morris", "4 October 2026"];
  const lead = "Storm Elin is bringing winds of up to 90mph to the north, with thousands of homes without power and trains cancelled.";
  // Each entry: its time over its title, packed, then its text of two sentences.
  const stamped = (times: string[]) => entries.flatMap(([title, text], k) => [`${times[k]}\n${title}`, `${text} ${text}`]);

  it("heads each entry with its title and keeps every entry, its time as a stamp, no ticker's item", () => {
    for (const times of [
      ["18:42 BST", "17:15 BST", "15:03 BST"],
      ["18:42 Uhr", "17:15 Uhr", "15:03 Uhr"],
      ["18h42 CEST", "17h15 CEST", "15h03 CEST"],
      ["6.42pm", "5.15pm", "3.03pm"],
    ]) {
      const blocks = blocksOf(top, lead, ...stamped(times));
      for (const [title] of entries) expect(blocks, times[0]).toContain(`heading:${title}`);
      expect(blocks.at(-1), times[0]).toBe(`paragraph:${entries[2]![1]} ${entries[2]![1]}`);
    }
  });

  it("reads entries stamped with a zone as it reads those stamped with the bare time, no stamp left out as a ticker's", () => {
    const bare = ["18:42", "17:15", "15:03"];
    for (const zone of ["BST", "CEST", "Uhr", "JST"]) {
      const blocks = blocksOf(top, lead, ...stamped(bare.map((time) => `${time} ${zone}`)));
      expect(
        blocks.map((block) => block.replace(` ${zone}`, "")),
        zone,
      ).toEqual(blocksOf(top, lead, ...stamped(bare)));
    }
  });

  it("tells a time with its zone from a ticker's time before a headline", () => {
    for (const stamp of ["17:15 BST", "5.15 pm", "17.15 Uhr", "08h10 (CET)", "10:42 JST", "17:15"])
      expect(isClockTimeAlone(stamp), stamp).toBe(true);
    for (const item of ["17:15 Bridge", "17:15 Bus", "20:15 Tatort", "14:44 Harbour road closed"])
      expect(isClockTimeAlone(item), item).toBe(false);
  });

  it("still leaves a ticker's rail of times and headlines out of the story", () => {
    const { top: storyTop, paragraphs: p } = stories.en;
    const rail = "Latest\n\n14:44 Harbour road closed after crash\n13:10 School wins robotics prize\n12:02 Council tax to rise";
    const blocks = blocksOf([storyTop[0], rail, ...storyTop.slice(1)], ...p);
    expect(blocks.some((block) => block.includes("14:44"))).toBe(false);
    expect(blocks[0]).toBe(`paragraph:${p[0]}`);
  });
});
