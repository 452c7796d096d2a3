import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";

/** Invented stories in scripts with no capitals, and one in Vietnamese: a site, a headline, three paragraphs. */
const STORIES = {
  ar: {
    site: "جريدة المرفأ",
    headline: "افتتاح سوق شعبي جديد قرب الميناء القديم",
    date: "9 أبريل 2025",
    paragraphs: [
      "افتتحت البلدية يوم الأربعاء سوقا شعبيا جديدا قرب الميناء القديم يضم أكثر من مئة متجر صغير.",
      "ويفتح السوق أبوابه يوميا من الثامنة صباحا حتى العاشرة مساء.",
      "وقال التجار إن الموقع الجديد سيجذب مزيدا من الزوار في الصيف.",
    ],
  },
  he: {
    site: "קול העמק",
    headline: "שוק איכרים חדש ייפתח ליד התחנה המרכזית",
    date: "9 באפריל 2025",
    paragraphs: [
      "העירייה הודיעה ביום רביעי כי שוק איכרים חדש ייפתח בחודש הבא ליד התחנה המרכזית.",
      "בשוק יהיו יותר משישים דוכנים של חקלאים מהאזור.",
      "השוק יפעל בימי שישי בבוקר בלבד.",
    ],
  },
  hi: {
    site: "जनपद वार्ता",
    headline: "बंदरगाह के पास नया हाट बाज़ार शुरू",
    date: "9 अप्रैल 2025",
    paragraphs: [
      "नगर पालिका ने बुधवार को पुराने बंदरगाह के पास एक नया हाट बाज़ार शुरू किया, जिसमें सौ से ज़्यादा दुकानें हैं।",
      "बाज़ार रोज़ सुबह आठ बजे से रात दस बजे तक खुला रहेगा।",
      "व्यापारियों का कहना है कि नई जगह पर गर्मियों में ज़्यादा लोग आएंगे।",
    ],
  },
  th: {
    site: "ข่าวริมโขง",
    headline: "เทศบาลเปิดตลาดนัดแห่งใหม่ใกล้ท่าเรือ",
    date: "9 เมษายน 2568",
    paragraphs: [
      "เทศบาลเปิดตลาดนัดแห่งใหม่ใกล้ท่าเรือเก่าเมื่อวันพุธ มีร้านค้ามากกว่าหนึ่งร้อยร้าน",
      "ตลาดเปิดทุกวันตั้งแต่แปดโมงเช้าถึงสี่ทุ่ม",
      "พ่อค้าแม่ค้าเชื่อว่าที่ตั้งใหม่จะดึงดูดนักท่องเที่ยวในฤดูร้อน",
    ],
  },
  vi: {
    site: "Báo Bến Cảng",
    headline: "Chợ phiên mới mở cửa gần bến cảng cũ",
    date: "09/04/2025 08:45",
    paragraphs: [
      "Ủy ban thành phố đã khai trương một chợ phiên mới gần bến cảng cũ vào thứ Tư, với hơn một trăm gian hàng.",
      "Chợ mở cửa hằng ngày từ tám giờ sáng đến mười giờ tối.",
      "Các tiểu thương cho rằng địa điểm mới sẽ thu hút thêm du khách vào mùa hè.",
    ],
  },
} as const;

/** A page of the story in `lang`, with `block` (a name over the date, or both on one line) under the headline. */
function page(lang: keyof typeof STORIES, block: readonly string[]): string {
  const story = STORIES[lang];
  return [story.site, "", story.headline, ...block, "", story.paragraphs.join("\n\n"), ""].join("\n");
}

/** The names of the authors read from a page. */
function authorsOf(text: string): string[] {
  return (fromText(text, { source: "story.txt" }).authors ?? []).map((author) => author.name);
}

describe("a name in a script with no capitals alone by the date", () => {
  it("signs set alone over the date, in Arabic, Hebrew, Devanagari and Thai", () => {
    expect(authorsOf(page("ar", ["ريم منصور", STORIES.ar.date]))).toEqual(["ريم منصور"]);
    expect(authorsOf(page("he", ["אורי שחר", STORIES.he.date]))).toEqual(["אורי שחר"]);
    expect(authorsOf(page("hi", ["प्रिया कपूर", STORIES.hi.date]))).toEqual(["प्रिया कपूर"]);
    expect(authorsOf(page("th", ["มานพ แสงทอง", STORIES.th.date]))).toEqual(["มานพ แสงทอง"]);
  });

  it("signs before the date on its line after a mark, and with its family name's article", () => {
    expect(authorsOf(page("ar", [`سلمى الخطيب · ${STORIES.ar.date}`]))).toEqual(["سلمى الخطيب"]);
    expect(authorsOf(page("hi", [`प्रिया कपूर | ${STORIES.hi.date}`]))).toEqual(["प्रिया कपूर"]);
  });

  it("leaves a section, a date's label, a credit or a headline's words over the date unread", () => {
    expect(authorsOf(page("ar", ["الأخبار المحلية", STORIES.ar.date]))).toEqual([]);
    expect(authorsOf(page("ar", ["آخر تحديث", STORIES.ar.date]))).toEqual([]);
    expect(authorsOf(page("he", ["צילום יואב כהן", STORIES.he.date]))).toEqual([]);
    expect(authorsOf(page("hi", ["बाज़ार में रौनक", STORIES.hi.date]))).toEqual([]);
    expect(authorsOf(page("th", ["ข่าว ท้องถิ่น", STORIES.th.date]))).toEqual([]);
  });

  it('leaves a section pairing two nouns by a glued "and" unread, but not a given name opening with its letter', () => {
    expect(authorsOf(page("ar", ["سفر وسياحة", STORIES.ar.date]))).toEqual([]);
    expect(authorsOf(page("he", ["בית וגן", STORIES.he.date]))).toEqual([]);
    expect(authorsOf(page("ar", ["وليد سعيد", STORIES.ar.date]))).toEqual(["وليد سعيد"]);
  });

  it("keeps a short headline alone over the date as the headline", () => {
    const arabic = ["جريدة المرفأ", "", "سوق جديد قرب الميناء", STORIES.ar.date, "", STORIES.ar.paragraphs.join("\n\n"), ""];
    expect(fromText(arabic.join("\n"), { source: "story.txt" }).headline).toBe("سوق جديد قرب الميناء");
    const hebrew = ["קול העמק", "", "שוק איכרים חדש", STORIES.he.date, "", STORIES.he.paragraphs.join("\n\n"), ""];
    expect(fromText(hebrew.join("\n"), { source: "story.txt" }).headline).toBe("שוק איכרים חדש");
  });

  it("leaves a section, a credit, a place or a deck of words unlisted anywhere unread: only a given name opens a name", () => {
    expect(authorsOf(page("ar", ["قضايا ساخنة", STORIES.ar.date]))).toEqual([]);
    expect(authorsOf(page("ar", ["عدسة سامي نور", STORIES.ar.date]))).toEqual([]);
    expect(authorsOf(page("he", ["פתח תקווה", STORIES.he.date]))).toEqual([]);
    expect(authorsOf(page("hi", ["देश विदेश", STORIES.hi.date]))).toEqual([]);
    expect(authorsOf(page("th", ["สุขภาพ ความงาม", STORIES.th.date]))).toEqual([]);
    expect(authorsOf(page("ar", [`شمال سيناء · ${STORIES.ar.date}`]))).toEqual([]);
    expect(authorsOf(page("ar", ["محمود عبد الرحيم", STORIES.ar.date]))).toEqual(["محمود عبد الرحيم"]);
  });

  it("leaves a place named by two words over the date unread", () => {
    expect(authorsOf(page("ar", ["بيت لحم", STORIES.ar.date]))).toEqual([]);
    expect(authorsOf(page("he", ["קריית שמונה", STORIES.he.date]))).toEqual([]);
    expect(authorsOf(page("hi", ["उत्तर प्रदेश", STORIES.hi.date]))).toEqual([]);
  });
});

describe("a single name set apart over the date by blank lines", () => {
  it("signs opening with a given name, in Arabic, Hebrew, Devanagari and Thai", () => {
    expect(authorsOf(page("ar", ["", "ريم منصور", "", STORIES.ar.date]))).toEqual(["ريم منصور"]);
    expect(authorsOf(page("he", ["", "אורי שחר", "", STORIES.he.date]))).toEqual(["אורי שחר"]);
    expect(authorsOf(page("hi", ["", "प्रिया कपूर", "", STORIES.hi.date]))).toEqual(["प्रिया कपूर"]);
    expect(authorsOf(page("th", ["", "มานพ แสงทอง", "", STORIES.th.date]))).toEqual(["มานพ แสงทอง"]);
  });

  it("leaves a name whose later word the story prints again unread, as a profile names its subject", () => {
    const text = page("hi", ["", "प्रिया कपूर", "", STORIES.hi.date]).replace("नगर पालिका", "कपूर ने कहा कि नगर पालिका");
    expect(authorsOf(text)).toEqual([]);
  });

  it("signs a spaced Japanese name opening with a common family name, not two spaced words of a kicker", () => {
    const story = "市は来春から駅前の駐車料金を引き上げると発表した。";
    const japanese = (name: string) => `港町新聞\n\n駅前の駐車料金を来春から引き上げ\n\n${name}\n\n2025年4月9日\n\n${story}\n`;
    expect(authorsOf(japanese("佐藤 健一"))).toEqual(["佐藤 健一"]);
    expect(authorsOf(japanese("速報 選挙"))).toEqual([]);
  });

  it("leaves a place, a firm or a king's number after a given name unread, set apart or right over the date", () => {
    for (const blank of ["", "\n"]) {
      expect(authorsOf(page("hi", ["", `मोहन विद्यालय${blank}`, STORIES.hi.date]))).toEqual([]);
      expect(authorsOf(page("hi", ["", `महेश ट्रेडर्स${blank}`, STORIES.hi.date]))).toEqual([]);
      expect(authorsOf(page("ar", ["", `محمد الخامس${blank}`, STORIES.ar.date]))).toEqual([]);
      expect(authorsOf(page("he", ["", `דוד המלך${blank}`, STORIES.he.date]))).toEqual([]);
    }
  });

  it("leaves a Japanese family name with a title, or a name the story prints run together, unread", () => {
    const story = "田中角栄元首相の生誕を記念する式典が開かれ、市は来春から記念館を公開すると発表した。";
    const japanese = (name: string) => `港町新聞\n\n記念館を来春から公開\n\n${name}\n\n2025年4月9日\n\n${story}\n`;
    for (const titled of ["田中 首相", "山田 議員", "鈴木 選手", "吉田 さん"]) {
      expect(authorsOf(japanese(titled))).toEqual([]);
      expect(authorsOf(japanese(titled).replace(`${titled}\n\n`, `${titled}\n`))).toEqual([]);
    }
    expect(authorsOf(japanese("田中 角栄"))).toEqual([]);
    expect(authorsOf(japanese("佐藤 健一"))).toEqual(["佐藤 健一"]);
  });
});

describe("a slashed date with its time after a name on one line", () => {
  it("signs the name before it", () => {
    expect(authorsOf(page("vi", [`Đỗ Thu Trang · ${STORIES.vi.date}`]))).toEqual(["Đỗ Thu Trang"]);
    expect(authorsOf(page("vi", ["Đỗ Thu Trang | 09/04/2025 - 08:45"]))).toEqual(["Đỗ Thu Trang"]);
  });
});
