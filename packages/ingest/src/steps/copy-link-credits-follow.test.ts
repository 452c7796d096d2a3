import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";
import { isControlLine } from "./boilerplate.js";
import { creditOnly } from "./caption.js";

// Round fx109: copy-link buttons, photo credits under a giver's or an article's label, "Follow us" rows naming
// Instagram, YouTube or TikTok. Every line here is invented.
const HEAD = "El viejo transbordador del puerto se convierte en biblioteca flotante";
const PARAS = [
  "El viejo transbordador que cruzaba el estuario reabrió el sábado como una biblioteca flotante con seis mil libros a bordo.",
  "Los voluntarios pasaron el invierno desmontando la cubierta de coches y montando estanterías, según la asociación.",
  "La biblioteca seguirá amarrada en el muelle norte hasta octubre, cuando remontará el río hacia los pueblos sin bibliobús.",
];

/** The texts of the body's paragraphs and headings (a related box or a figure is neither). */
function bodyTexts(lines: readonly string[]): string[] {
  return fromText(lines.join("\n\n"))
    .body.filter((block) => block.type === "paragraph" || block.type === "heading")
    .map((block) => ("text" in block ? String(block.text) : ""));
}

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
    const body = bodyTexts([HEAD, "Por Lucía Ferrer", "14 de marzo de 2025", "Facebook WhatsApp Copiar enlace", PARAS[0]!, PARAS[1]!, told]);
    expect(body).toEqual([PARAS[0], PARAS[1], told]);
  });

  it("drops a Korean button alone between the header and the story", () => {
    const first = "강 하구에서 차량을 실어 나르던 낡은 여객선이 토요일 육천 권이 넘는 책을 실은 수상 도서관으로 다시 문을 열었다.";
    const last = "도서관은 10월까지 북쪽 부두에 머문 뒤 지난해 이동도서관을 잃은 상류 마을들을 찾아갈 예정이다.";
    expect(bodyTexts(["항구의 낡은 여객선, 떠다니는 도서관으로", "김민지 기자", "2025년 3월 14일", "링크 복사", first, last])).toEqual([first, last]);
  });
});

describe("photo credits under a giver's label, Arabic's label with its article and Hindi's 'courtesy'", () => {
  it.each([
    ["사진제공=항만재단", "항만재단", "사진 제공 기관 늘어난 도서관"],
    ["사진 제공=항만재단", "항만재단", "사진 제공 기관 늘어난 도서관"],
    ["写真提供：港湾財団", "港湾財団", "写真提供を呼びかけ"],
    ["الصورة: رويترز", "رويترز", "الصورة الكاملة لمشروع الميناء"],
    ["फोटो साभार: पीटीआई", "पीटीआई", "फोटो साभार की परंपरा"],
  ])("reads %s as a credit, and a heading opening with its label as none", (line, credit, heading) => {
    expect(creditOnly(line)).toEqual({ credit, labelled: true });
    expect(creditOnly(heading)).toBeUndefined();
  });

  it("keeps an Arabic credit between the story's paragraphs out of its headings and paragraphs", () => {
    const paras = [
      "أعيد يوم السبت افتتاح العبارة القديمة التي كانت تنقل السيارات عبر المصب، لتصبح مكتبة عائمة تضم أكثر من ستة آلاف كتاب.",
      "أمضى المتطوعون الشتاء في تفكيك سطح السيارات وتركيب الرفوف ومد أسلاك مصابيح القراءة، بحسب جمعية الميناء.",
      "ستبقى المكتبة راسية عند الرصيف الشمالي حتى أكتوبر، ثم تبحر إلى القرى التي فقدت مكتبتها المتنقلة.",
    ];
    const body = bodyTexts(["العبارة القديمة في الميناء تتحول إلى مكتبة عائمة", "14 مارس 2025", paras[0]!, paras[1]!, "الصورة: رويترز", paras[2]!]);
    expect(body).toEqual(paras);
  });
});

describe("a 'Follow us' box's row naming Instagram, YouTube or TikTok", () => {
  it("reads the row as a share bar's, and keeps a story's section headed by a network alone", () => {
    expect(isControlLine("facebook\tinstagram\tyoutube\ttiktok")).toBe(true);
    expect(isControlLine("instagram youtube")).toBe(true);
    expect(isControlLine("instagram")).toBe(false);
  });

  it("ends a Chinese story over a row its unread label heads", () => {
    const paras = [
      "曾在河口运送汽车的旧渡轮周六重新开放，变身为一座水上图书馆，船上藏书超过六千册。",
      "港口基金会表示，志愿者用了一整个冬天拆除车辆甲板、安装书架并为阅读灯布线。",
      "图书馆将在北码头停靠到十月，之后沿河而上，为去年失去流动图书馆的村庄提供服务。",
    ];
    const page = ["港口旧渡轮变身水上图书馆", "2025年3月14日", ...paras, "关注我们的微博", "Facebook\tInstagram\tX\tYouTube\tLinkedIn", "© 2025"];
    expect(bodyTexts(page)).toEqual(paras);
  });
});
