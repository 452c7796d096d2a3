import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";
import { lines, writers } from "./_stories.test-helpers.js";

// Round by105: writers the header left unread. Every page here is invented for these tests.
const headings = (text: string) => fromText(text).body.flatMap((block) => (block.type === "heading" ? [block.text] : []));

const BRIDGE = {
  site: "Marsh Valley Echo",
  menu: "Home  News  Sport  Business  Culture",
  date: "16 August 2025",
  headline: "New footbridge opens over the river at Holt Mill",
  deck: "The crossing replaces a wooden bridge washed away in the winter floods.",
  body: [
    "The footbridge at Holt Mill opened to walkers and cyclists on Saturday morning, eight months after the floods.",
    "The county council said the steel bridge cost just under two million pounds and should last a century.",
    "Local runners held a race across it within an hour of the ribbon being cut.",
  ],
};

/** A newsroom's header packed date first: site, menu, date, headline, deck, then `under` over the spaced story. */
const dateFirst = (under: string, deck = BRIDGE.deck, body = BRIDGE.body) =>
  lines(BRIDGE.site, BRIDGE.menu, BRIDGE.date, BRIDGE.headline, deck, under, "", body.join("\n\n"));

describe("a lone name under the deck, the date printed over the headline", () => {
  it("signs a single person's name there, and no section, quoted speaker, profile's subject or undated page", () => {
    const signed = dateFirst("Thomas Walker");
    expect(writers(signed)).toEqual(["Thomas Walker"]);
    expect(headings(signed)).toEqual([]);
    expect(fromText(signed).description).toBe(BRIDGE.deck);
    // A section's words, a name under a deck quoted whole (its speaker), a name the story prints again (its subject).
    expect(writers(dateFirst("Harbour Life"))).toEqual([]);
    expect(writers(dateFirst("Thomas Walker", `“${BRIDGE.deck}”`))).toEqual([]);
    const subject = [`${BRIDGE.body[0]} Walker built the first one in 1987.`, ...BRIDGE.body.slice(1)];
    expect(writers(dateFirst("Thomas Walker", BRIDGE.deck, subject))).toEqual([]);
    // No date over the headline: the name is left as before.
    const undated = lines(BRIDGE.site, BRIDGE.menu, BRIDGE.headline, BRIDGE.deck, "Thomas Walker", "", BRIDGE.body.join("\n\n"));
    expect(writers(undated)).toEqual([]);
  });

  it("signs no obituary's subject, vox pop's speaker or interviewee named there (review of by105)", () => {
    // The story names the person by the given name: an obituary's or a profile's subject.
    const obituary = ["Rosalind Hale, who has died aged 84, was the town's first woman mayor.", ...BRIDGE.body.slice(1)];
    expect(writers(dateFirst("Rosalind Hale", BRIDGE.deck, obituary))).toEqual([]);
    const byGivenName = [BRIDGE.body[0]!, "Born in 1941, Rosalind trained as a teacher before she was elected.", BRIDGE.body[2]!];
    expect(writers(dateFirst("Rosalind Hale", BRIDGE.deck, byGivenName))).toEqual([]);
    // Each speaker of a vox pop over their words.
    const voxPop = [BRIDGE.body[0]!, "Owen Brady", BRIDGE.body[1]!, "Nadia Petrie", BRIDGE.body[2]!];
    expect(writers(dateFirst("Thomas Walker", BRIDGE.deck, voxPop))).toEqual([]);
    // A quoted headline or quoted words under the name: the name is the speaker's.
    const quotedStory = [`“${BRIDGE.body[0]}”`, ...BRIDGE.body.slice(1)];
    expect(writers(dateFirst("Thomas Walker", BRIDGE.deck, quotedStory))).toEqual([]);
    const quotedHeadline = lines(
      BRIDGE.site,
      BRIDGE.menu,
      BRIDGE.date,
      `“${BRIDGE.headline}”`,
      BRIDGE.deck,
      "Thomas Walker",
      "",
      BRIDGE.body.join("\n\n"),
    );
    expect(writers(quotedHeadline)).toEqual([]);
  });
});

describe("given names of Polish, Czech, Turkish, Russian and Ukrainian names set apart over the date", () => {
  const STORY = {
    headline: "Над рекой в Мельничном открыли новый пешеходный мост",
    date: "16 августа 2025",
    body: [
      "Пешеходный мост в Мельничном открыли в субботу утром для пешеходов и велосипедистов, через восемь месяцев после паводка.",
      "В районной администрации сообщили, что стальной мост обошёлся чуть меньше чем в сто миллионов рублей.",
      "Бегуны местного клуба пробежали по нему уже через час после открытия.",
    ],
  };
  const page = (name: string) => lines("Вести Долины", "", STORY.headline, "", name, "", STORY.date, "", STORY.body.join("\n\n"));
  it("signs a name opening with one, in Cyrillic, Turkish or Czech letters, and not one opening with a common word", () => {
    for (const name of ["Оксана Мельник", "Сергей Орлов", "Андрій Ткач", "Elif Demirtaş", "Jiří Procházka", "Małgorzata Wróbel"]) {
      expect(writers(page(name)), name).toEqual([name]);
    }
    // "Вера", faith; "Надежда", hope; "Deniz", sea: left out of the table.
    for (const name of ["Вера Павлова", "Надежда Ким", "Deniz Kaya"]) expect(writers(page(name)), name).toEqual([]);
    // Words and places opening with a name (review of by105): German "anders", Portuguese "cem", Turkish "volkan",
    // Polish "Karolina Północna" (North Carolina).
    for (const line of ["Anders Reisen", "Cem Dias", "Volkan Patlaması", "Karolina Północna"])
      expect(writers(page(line)), line).toEqual([]);
  });
  it("signs no person the story names again in a declined form (review of by105)", () => {
    const declined = (name: string, first: string) =>
      lines("Вести Долины", "", STORY.headline, "", name, "", STORY.date, "", [first, ...STORY.body.slice(1)].join("\n\n"));
    expect(writers(declined("Сергей Орлов", "Орлову доложили о ходе работ на мосту в субботу утром, сообщили в администрации."))).toEqual(
      [],
    );
    expect(writers(declined("Małgorzata Nowicka", "Wizyta pani Nowickiej trwała trzy godziny, rozmawiała z mieszkańcami."))).toEqual([]);
    expect(writers(declined("Сергей Орлов", STORY.body[0]!))).toEqual(["Сергей Орлов"]);
  });
});

describe("a review's critic", () => {
  const review = (headline: string, credit: string) =>
    lines(
      "Marsh Valley Echo",
      "",
      headline,
      "",
      credit,
      "",
      "Thu 13 Nov 2025",
      "",
      "There is a moment early in Low Tide when the camera lingers on an empty beach for almost a minute.",
      "",
      "That patience pays off. It is a slow-burning thriller about a coastguard who finds a boat drifting off the coast.",
    );
  it("signs under a title naming a review, and stays a checker's credit elsewhere", () => {
    const film = fromText(review("Low Tide review: a haunting coastal thriller", "Reviewed by Owen Pryce"));
    expect(film.authors?.map((author) => author.name)).toEqual(["Owen Pryce"]);
    expect(film.description).toBeUndefined();
    expect(writers(review("Rezension: Der stille Hafen", "Rezensiert von Katrin Vogt"))).toEqual(["Katrin Vogt"]);
    expect(writers(review("Low Tide review: a haunting coastal thriller", "Medically reviewed by Dr Hannah Price"))).toEqual([]);
    expect(writers(review("Ten foods that help you sleep better", "Reviewed by Dr Hannah Price"))).toEqual([]);
  });
  it("signs no checker under a title using the word otherwise, with credentials, or over the writer's byline (review of by105)", () => {
    expect(writers(review("The year in review: what changed on the high street", "Reviewed by Owen Pryce"))).toEqual([]);
    expect(writers(review("Ministers order review of rail fares", "Reviewed by Owen Pryce"))).toEqual([]);
    expect(writers(review("Kritik an den Plänen der Stadt wächst", "Besprochen von Katrin Vogt"))).toEqual([]);
    expect(writers(review("Keto diet review: does it really work?", "Reviewed by Hannah Price, RD"))).toEqual([]);
    expect(writers(review("Keto diet review: does it really work?", "Reviewed by Dr Hannah Price"))).toEqual([]);
    const withWriter = review("Low Tide review: a haunting coastal thriller", "Reviewed by Hannah Price\nWritten by Owen Pryce");
    expect(writers(withWriter)).toEqual(["Owen Pryce"]);
  });
});

describe("a Japanese interview's interviewer", () => {
  const HEADLINE = "「港の灯台は消えない」　元灯台守の岡本さんに聞く";
  const DECK = "無人化から二十年、灯台を守り続けた男性に思い出を聞いた。";
  const interview = (credit: string) =>
    lines(
      "北陸ニュース",
      "",
      HEADLINE,
      "",
      DECK,
      credit,
      "",
      "2025年10月2日 7時00分",
      "",
      "岬の灯台が無人化されて二十年になる。最後の灯台守を務めた岡本正雄さん（81）に話を聞いた。",
      "",
      "――灯台守になったきっかけは。",
      "",
      "父も灯台守でした。子どもの頃から灯りを見て育ちました。",
    );
  it("signs after the interviewer's label, with a dot, an equals sign or a colon, and the deck stays the deck", () => {
    const article = fromText(interview("聞き手・田中 浩二"));
    expect(article.headline).toBe(HEADLINE);
    expect(article.description).toBe(DECK);
    expect(article.authors?.map((author) => author.name)).toEqual(["田中 浩二"]);
    expect(writers(interview("聞き手＝田中浩二"))).toEqual(["田中浩二"]);
    expect(writers(interview("文＝佐藤美香"))).toEqual(["佐藤美香"]);
    expect(writers(interview("聞き手・構成・森田健"))).toEqual(["森田健"]);
    // A role after the label's dot, or a list of roles, names no one.
    expect(writers(interview("聞き手・スポーツ部"))).toEqual([]);
    expect(writers(interview("文・構成・森田健"))).toEqual([]);
  });
});
