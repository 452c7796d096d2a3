import { describe, expect, it } from "vitest";
import { bodyTexts, NIGHT_FERRY_STORIES, ZH_FERRY_STORY } from "./_stories.test-helpers.js";
import { isControlLine } from "./boilerplate.js";
import { creditOnly } from "./caption.js";

// Round fx109: copy-link buttons, photo credits under a giver's or an article's label, "Follow us" rows naming
// Instagram, YouTube or TikTok. Every line here is invented.
/** The night ferry story in Spanish, its headline and its first two paragraphs. */
const HEAD = "El ferry nocturno recorta sus salidas por falta de tripulantes";
const PARAS = NIGHT_FERRY_STORIES.es!.slice(0, 2);

describe("copy-link buttons alone and in share rows", () => {
  it.each([
    "facebook\twhatsapp\tcopiar enlace",
    "facebook x copier le lien",
    "facebook · whatsapp · copiar el enlace",
    "facebook\tkopiuj link",
    "вконтакте\ttelegram\tкопировать ссылку",
    "x facebook urlをコピー",
    "링크 복사",
    "url 복사",
    "リンクをコピー",
    "复制链接",
    "複製連結",
    "نسخ الرابط",
    "העתקת קישור",
    "लिंक कॉपी करें",
    "kopiera länk",
  ])("reads %s as a control line", (row) => {
    expect(isControlLine(row)).toBe(true);
  });

  it("drops the row over the story, and keeps a sentence telling readers to copy a link", () => {
    const told = "Quien quiera una plaza puede copiar el enlace de la web de la asociación y enviarlo a la oficina del puerto.";
    const body = bodyTexts([HEAD, "Por Lucía Ferrer", "14 de marzo de 2025", "Facebook WhatsApp Copiar enlace", ...PARAS, told]);
    expect(body).toEqual([...PARAS, told]);
  });

  it("drops a Korean button alone between the header and the story", () => {
    const first = "강 하구에서 차량을 실어 나르던 낡은 여객선이 토요일 육천 권이 넘는 책을 실은 수상 도서관으로 다시 문을 열었다.";
    const last = "도서관은 10월까지 북쪽 부두에 머문 뒤 지난해 이동도서관을 잃은 상류 마을들을 찾아갈 예정이다.";
    expect(bodyTexts(["항구의 낡은 여객선, 떠다니는 도서관으로", "김민지 기자", "2025년 3월 14일", "링크 복사", first, last])).toEqual([
      first,
      last,
    ]);
  });
});

/** Credit lines by their label, each with a story's heading opening with the same label's words. */
const CREDITS: Readonly<Record<string, [credit: string, heading: string]>> = {
  "사진제공=항만재단": ["항만재단", "사진 제공 기관 늘어난 도서관"],
  "사진 제공=항만재단": ["항만재단", "사진 제공 기관 늘어난 도서관"],
  "写真提供：港湾財団": ["港湾財団", "写真提供を呼びかけ"],
  "الصورة: رويترز": ["رويترز", "الصورة الكاملة لمشروع الميناء"],
  "फोटो साभार: पीटीआई": ["पीटीआई", "फोटो साभार की परंपरा"],
};

/** An Arabic story's three paragraphs. */
const AR_PARAS = [
  "أعيد يوم السبت افتتاح العبارة القديمة التي كانت تنقل السيارات عبر المصب، لتصبح مكتبة عائمة تضم أكثر من ستة آلاف كتاب.",
  "أمضى المتطوعون الشتاء في تفكيك سطح السيارات وتركيب الرفوف ومد أسلاك مصابيح القراءة، بحسب جمعية الميناء.",
  "ستبقى المكتبة راسية عند الرصيف الشمالي حتى أكتوبر، ثم تبحر إلى القرى التي فقدت مكتبتها المتنقلة.",
];

describe("photo credits under a giver's label, Arabic's label with its article and Hindi's 'courtesy'", () => {
  it.each(Object.entries(CREDITS))("reads %s as a credit, and a heading opening with its label as none", (line, [credit, heading]) => {
    expect(creditOnly(line)).toEqual({ credit, labelled: true });
    expect(creditOnly(heading)).toBeUndefined();
  });

  it("keeps an Arabic credit between the story's paragraphs out of its headings and paragraphs", () => {
    const [first, second, third] = AR_PARAS;
    const page = ["العبارة القديمة في الميناء تتحول إلى مكتبة عائمة", "14 مارس 2025", first!, second!, "الصورة: رويترز", third!];
    expect(bodyTexts(page)).toEqual(AR_PARAS);
  });

  // Review of fx109: "الصورة" (the picture) is a label only at a line's start.
  it.each(["قال المدير في مؤتمر صحفي يوم الخميس إن الصورة: واضحة تماما للجميع الآن", "الصورة واضحة."])(
    "keeps the Arabic story line %s whole",
    (line) => {
      const [first, second, third] = AR_PARAS;
      const page = ["العبارة القديمة في الميناء تتحول إلى مكتبة عائمة", "14 مارس 2025", first!, second!, line, third!];
      expect(bodyTexts(page)).toEqual([first, second, line, third]);
    },
  );
});

describe("a 'Follow us' box's row naming Instagram, YouTube or TikTok", () => {
  it.each(["facebook\tinstagram\tyoutube\ttiktok", "x · instagram · tiktok", "instagram youtube whatsapp"])(
    "reads %s as a share bar's row, not a network's name alone",
    (row) => {
      expect([isControlLine(row), isControlLine("instagram")]).toEqual([true, false]);
    },
  );

  // Review of fx109: two of these networks, or these three alone, are a story's heading or list line about them.
  it("reads a story's lines naming two of them, or the three alone, as no control line", () => {
    const lines = [
      "tiktok, instagram",
      "instagram / tiktok",
      "facebook, instagram",
      "youtube · tiktok",
      "instagram, tiktok, youtube",
      "teilen auf instagram",
    ];
    expect(lines.filter(isControlLine)).toEqual([]);
  });

  it("keeps a story's heading naming two networks", () => {
    const [first, second] = PARAS;
    expect(bodyTexts([HEAD, "Por Lucía Ferrer", "14 de marzo de 2025", first!, "TikTok, Instagram", second!])).toEqual([
      first,
      "TikTok, Instagram",
      second,
    ]);
  });

  it("ends the Chinese ferry story over a row its unread label heads", () => {
    const paras = ZH_FERRY_STORY.filter((line) => line !== "");
    const page = ["岛上渡轮恢复航行", "2025年3月14日", ...paras, "关注我们的微博", "Facebook\tInstagram\tX\tYouTube\tLinkedIn", "© 2025"];
    expect(bodyTexts(page)).toEqual(paras);
  });
});
