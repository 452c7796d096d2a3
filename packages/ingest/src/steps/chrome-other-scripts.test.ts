import { describe, expect, it } from "vitest";
import { bodyTexts } from "./_stories.test-helpers.js";
import { isControlLine, isPressNotesLabel } from "./boilerplate.js";

// Round fx107: page chrome in other languages and scripts. Every line here is invented.
const HEAD = "Harbour town opens its first floating library on the old ferry";
const PARAS = [
  "The old ferry that once carried cars across the estuary reopened on Saturday as a floating library with six thousand books.",
  "Volunteers spent the winter stripping the car deck, fitting shelves and wiring reading lamps, the harbour trust said on Friday.",
  "The library stays at the north quay until October, when it moves upriver to the villages that lost their mobile library.",
];

/** Share rows and the lines like them, a table of rows with whether each is a share bar's control line. */
const SHARE_ROWS: ReadonlyArray<[rows: readonly string[], control: boolean]> = [
  [["فيسبوك\tإكس\tواتساب\tنسخ الرابط", "फेसबुक\tव्हाट्सऐप\tएक्स", "פייסבוק\tוואטסאפ\tמייל", "微信\t微博\tQQ"], true],
  [["Facebook\tTelegram\tViber", "Facebook\tX\tE-post", "X\tFacebook\tLINE\tはてな", "facebook x line email"], true],
  // A heading's words and a sentence naming a messenger.
  [["line 4", "print line", "viber", "passengers booked on viber"], false],
];

describe("share rows naming networks in other scripts and the messengers of other countries", () => {
  it.each(SHARE_ROWS.flatMap(([rows, control]) => rows.map((row): [string, boolean] => [row, control])))(
    "reads %s as a control line: %s",
    (row, control) => {
      expect(isControlLine(row.toLowerCase())).toBe(control);
    },
  );

  it("drops the row over the story, and keeps a sentence naming the messengers", () => {
    const named = "Passengers used to book a place on Viber or send a message on LINE before the morning crossing.";
    const body = bodyTexts([HEAD, "By Ada Lee", "Share", "Facebook\tX\tViber\tE-post", PARAS[0]!, named, ...PARAS.slice(1)]);
    expect(body[0]).toBe(PARAS[0]);
    expect(body).toContain(named);
  });
});

/** A story's sentences naming what a newsletter box names, by what each names. */
const STORY_SENTENCES: Readonly<Record<string, string>> = {
  "a broadcaster's bulletin": "وقال المذيع في ختام البث: هذا كل ما في نشرتنا لهذا المساء.",
  "a company's mailing list": "وأرسلت الشركة القرار عبر القائمة البريدية لموظفيها قبل الجلسة بساعة.",
  "a channel's call to subscribe, quoted": 'यूट्यूबर ने वीडियो में कहा, "मेरे चैनल को सब्सक्राइब करें" और फेरी का रास्ता दिखाया।',
  "a broadcaster's guests": "اشترك في نشرتنا المسائية ثلاثة ضيوف من نقابة البحارة.",
  "a call to subscribe now, quoted": 'वीडियो के अंत में उसने कहा, "अभी सब्सक्राइब करें", और फिर घाट की ओर चल पड़ा।',
};

describe("newsletter boxes in Arabic, Hebrew and Hindi", () => {
  it.each([
    [
      "العبارة القديمة في الميناء تتحول إلى مكتبة عائمة",
      "أعيد يوم السبت افتتاح العبارة القديمة التي كانت تنقل السيارات عبر المصب، لتصبح مكتبة عائمة تضم أكثر من ستة آلاف كتاب.",
      // Arabic says "took part" with the verb a box's call to subscribe uses ("اشترك"): the story's last paragraph.
      "اشترك في السباق الشراعي أكثر من ثلاثين قاربا من موانئ المنطقة، وفاز بالمركز الأول قارب من الميناء نفسه.",
      ["النشرة الصباحية", "اشترك في نشرتنا البريدية لتصلك أهم الأخبار كل صباح.", "اشترك"],
    ],
    [
      "המעבורת הישנה בנמל הפכה לספרייה צפה",
      "המעבורת הישנה שהובילה מכוניות לרוחב שפך הנהר נפתחה מחדש בשבת כספרייה צפה ובה יותר משישה אלף ספרים.",
      "הספרייה תישאר עגונה ברציף הצפוני עד אוקטובר, ואז תפליג במעלה הנהר אל הכפרים שאיבדו את הספרייה הניידת.",
      ["הניוזלטר של הבוקר", "הירשמו לניוזלטר החינמי שלנו וקבלו את עיקרי החדשות מדי בוקר.", "להרשמה"],
    ],
    [
      "बंदरगाह की पुरानी फेरी बनी तैरता पुस्तकालय",
      "नदी के मुहाने पर गाड़ियां ढोने वाली पुरानी फेरी शनिवार को एक तैरते पुस्तकालय के रूप में फिर से खुली, जिसमें छह हज़ार किताबें हैं।",
      "पुस्तकालय अक्टूबर तक उत्तरी घाट पर रहेगा और फिर नदी के ऊपर उन गांवों तक जाएगा जिनकी लाइब्रेरी पिछले साल बंद हो गई थी।",
      ["सुबह का न्यूज़लेटर", "रोज़ सुबह बड़ी ख़बरें सीधे अपने इनबॉक्स में पाने के लिए अभी सब्सक्राइब करें।", "साइन अप"],
    ],
  ])("drops the box's pitch under the story: %s", (headline, first, last, box) => {
    const body = bodyTexts([headline, "14.03.2025", first, last, ...box, "© 2025"]);
    expect(body).toEqual([first, last]);
  });

  it.each(Object.entries(STORY_SENTENCES))("keeps a story's sentence naming %s", (_kind, sentence) => {
    expect(bodyTexts([HEAD, "By Ada Lee", PARAS[0]!, sentence, ...PARAS.slice(1)])).toContain(sentence);
  });
});

describe("labelled teasers in Hebrew, Hindi, Korean and Swedish", () => {
  it.each([
    ["קראו עוד: הנמל יורחב בשנה הבאה", "קראו עוד על ההיסטוריה של הנמל בתערוכה שתיפתח בספרייה העירונית במאי, אמרה מנהלת הפרויקט."],
    ["यह भी पढ़ें: शहर में बनेगा नया बस टर्मिनल", undefined],
    ["함께 보면 좋은 기사: 항만 재단, 올해 예산 두 배로 늘려", undefined],
    [
      "Läs mer: Hamnen byggs ut nästa år",
      "Läs mer om bokbussens historia i utställningen som öppnar på biblioteket i maj, säger projektledaren.",
    ],
  ])("is no heading of the story, where a sentence opening alike stays: %s", (teaser, sentence) => {
    const story = sentence === undefined ? PARAS : [PARAS[0]!, sentence, ...PARAS.slice(1)];
    expect(bodyTexts([HEAD, "By Ada Lee", PARAS[0]!, teaser, ...story.slice(1)])).toEqual(story);
  });
});

/** Lines read as a press release's notes label or not, a table of lines with the answer. */
const NOTES_LABELS: ReadonlyArray<[lines: readonly string[], label: boolean]> = [
  [
    ["notes to editors", "note for editors:", "noot voor de redactie (niet voor publicatie)", "nota per le redazioni", "справка для сми"],
    true,
  ],
  [["notes from the editor's desk", "notes to editors of the old gazette", "nota per i lettori", "справка для родителей"], false],
];

describe("a press release's notes label ends the story", () => {
  it.each(NOTES_LABELS.flatMap(([lines, label]) => lines.map((line): [string, boolean] => [line, label])))(
    "reads %s as the label: %s",
    (line, label) => {
      expect(isPressNotesLabel(line)).toBe(label);
    },
  );

  it("cuts the label, the group's about line and its contacts, and keeps a heading opening alike", () => {
    const about = "The Harbour Trust is an independent charity that looks after the estuary's working boats and quays.";
    const foot = ["Notes to editors", about, "Media contact: press@harbourtrust.example, +44 20 7946 0000", "ENDS"];
    expect(bodyTexts([HEAD, "By Ada Lee", ...PARAS, ...foot])).toEqual(PARAS);
    const heading = "Notes from the editor's desk";
    expect(bodyTexts([HEAD, "By Ada Lee", PARAS[0]!, heading, ...PARAS.slice(1)])).toContain(heading);
  });

  it("keeps a story's own last section headed alike, with no press contact or end mark under it", () => {
    const section = [
      "Note to editors",
      "My advice to the desk is simple: name the route, name the shift, and let the crews speak first in every story.",
      "Stories about ferries are stories about people, and the best of ours this month remembered that.",
    ];
    expect(bodyTexts([HEAD, "By Ada Lee", ...PARAS, ...section])).toEqual([...PARAS, ...section]);
  });
});
