import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArticle } from "@dateline/schema";
import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";
import { parseMeta } from "../meta.js";
import { headlineText, opensAsBreadcrumb } from "./headline.js";

/**
 * Pages in Korean, Japanese and Arabic, set up like `fixtures/` (source, meta, golden article). They live
 * beside ingest rather than in `fixtures/`, which every exporter renders: the PDF's fonts have no Hangul,
 * kana, Han or Arabic glyphs yet, so its validator could not find their text.
 */
const pages = join(import.meta.dirname, "../../test/pages");

describe("pages in scripts other than Latin", () => {
  for (const name of readdirSync(pages).sort()) {
    it(name, () => {
      const read = (file: string) => readFileSync(join(pages, name, file), "utf8");
      const article = fromText(read("source.txt"), { meta: parseMeta(JSON.parse(read("meta.json"))), source: "source.txt" });
      expect(article).toEqual(parseArticle(JSON.parse(read("article.json"))));
    });
  }
});

/**
 * Invented news pages in other scripts, as a browser's select-all copy gives them: a menu, a breadcrumb
 * trail, the header, three paragraphs of a story about an old lighthouse that reopens as a museum, related links and a
 * footer. Every name, place and sentence is made up.
 */
describe("headlines, bylines and dates in other scripts (invented pages)", () => {
  const STORY = {
    ru: [
      "Старый маяк на мысе Сосновый после трёх лет ремонта открылся как музей. В первый же день его посетили почти четыреста человек.",
      "По словам директора музея, в залах показывают линзы, старые карты и дневники смотрителей. «Мы хотели, чтобы маяк снова стал частью жизни посёлка», — сказала она.",
      "Летом музей будет работать без выходных, а по пятницам на верхнюю площадку будут пускать до заката.",
    ],
    el: [
      "Ο παλιός φάρος στο ακρωτήρι των Πεύκων άνοιξε ως μουσείο μετά από τρία χρόνια εργασιών. Την πρώτη μέρα τον επισκέφθηκαν σχεδόν τετρακόσιοι άνθρωποι.",
      "Σύμφωνα με τη διευθύντρια του μουσείου, στις αίθουσες εκτίθενται φακοί, παλιοί χάρτες και τα ημερολόγια των φαροφυλάκων.",
      "Το καλοκαίρι το μουσείο θα είναι ανοιχτό κάθε μέρα, και τις Παρασκευές οι επισκέπτες θα ανεβαίνουν στην κορυφή ως τη δύση του ηλίου.",
    ],
    zh: [
      "松岬的老灯塔经过三年修缮，日前作为博物馆正式开放。开放首日，就有近四百名游客前来参观。",
      "博物馆馆长介绍，展厅里陈列着旧透镜、老海图和历任守塔人的日记。“我们希望灯塔重新成为村子生活的一部分。”她说。",
      "今年夏天博物馆将每天开放，每逢周五游客还可以登上塔顶看日落。",
    ],
    zht: [
      "松岬的老燈塔經過三年整修，日前以博物館的身分重新開放。開放首日，就有近四百名遊客前來參觀。",
      "博物館館長表示，展廳裡陳列著舊透鏡、老海圖和歷任守塔人的日記。「我們希望燈塔重新成為村子生活的一部分。」她說。",
      "今年夏天博物館將每天開放，每逢週五遊客還可以登上塔頂看夕陽。",
    ],
    ja: [
      "松岬の古い灯台が3年間の改修を終え、博物館として開館した。初日には約400人が訪れた。",
      "館長によると、館内には古いレンズや海図、歴代の灯台守の日誌が展示されている。「灯台をもう一度村の暮らしの一部にしたかった」と話した。",
      "夏の間は毎日開館し、金曜日には日没まで塔の最上部に上ることができる。",
    ],
    ar: [
      "افتتحت المنارة القديمة في رأس الصنوبر أبوابها متحفا بعد ثلاث سنوات من أعمال الترميم، وزارها في يومها الأول قرابة أربعمائة شخص.",
      "وقالت مديرة المتحف إن القاعات تعرض العدسات القديمة والخرائط ويوميات حراس المنارة، وأضافت: «أردنا أن تعود المنارة جزءا من حياة القرية».",
      "وسيفتح المتحف أبوابه كل يوم خلال الصيف، ويمكن للزوار الصعود إلى القمة حتى غروب الشمس في أيام الجمعة.",
    ],
    fa: [
      "فانوس دریایی قدیمی دماغه کاج پس از سه سال مرمت به عنوان موزه بازگشایی شد و در روز نخست نزدیک به چهارصد نفر از آن دیدن کردند.",
      "به گفته مدیر موزه، در سالن‌ها عدسی‌ها، نقشه‌های قدیمی و یادداشت‌های نگهبانان فانوس به نمایش گذاشته شده است.",
      "موزه در تابستان هر روز باز است و بازدیدکنندگان روزهای جمعه می‌توانند تا غروب آفتاب به بالای برج بروند.",
    ],
    th: [
      "ประภาคารเก่าที่แหลมสนเปิดเป็นพิพิธภัณฑ์หลังการบูรณะนานสามปี วันแรกมีผู้เข้าชมเกือบสี่ร้อยคน",
      "ผู้อำนวยการพิพิธภัณฑ์กล่าวว่า ภายในจัดแสดงเลนส์เก่า แผนที่ทะเล และบันทึกของผู้เฝ้าประภาคาร",
      "ในช่วงฤดูร้อนพิพิธภัณฑ์จะเปิดทุกวัน และในวันศุกร์ผู้เข้าชมสามารถขึ้นไปชมพระอาทิตย์ตกบนยอดประภาคารได้",
    ],
    tr: [
      "Çam Burnu'ndaki eski deniz feneri, üç yıl süren restorasyonun ardından müze olarak kapılarını açtı. İlk gün fenere yaklaşık dört yüz kişi geldi.",
      "Müze müdürü, salonlarda eski mercekler, deniz haritaları ve fener bekçilerinin günlüklerinin sergilendiğini söyledi.",
      "Müze yaz boyunca her gün açık olacak, cuma günleri ziyaretçiler gün batımına kadar fenerin tepesine çıkabilecek.",
    ],
    vi: [
      "Ngọn hải đăng cũ ở mũi Thông đã mở cửa trở lại thành bảo tàng sau ba năm trùng tu. Ngay trong ngày đầu, gần bốn trăm người đã đến tham quan.",
      "Giám đốc bảo tàng cho biết các phòng trưng bày thấu kính cũ, hải đồ và nhật ký của những người gác đèn.",
      "Trong mùa hè, bảo tàng mở cửa mỗi ngày, và vào thứ sáu du khách có thể lên đỉnh tháp ngắm hoàng hôn.",
    ],
    en: [
      "The old lighthouse on Pine Point has reopened as a museum after three years of repairs, and almost four hundred people came on its first day.",
      "Its rooms show the old lenses, sea charts and the keepers' logbooks, the museum's director said.",
      "In summer the museum opens every day, and on Fridays visitors may climb to the lantern until sunset.",
    ],
  } as const;
  const page = (language: keyof typeof STORY, menu: readonly string[], trail: string, header: readonly string[]) =>
    fromText([...menu, "", trail, "", ...header, "", ...STORY[language].flatMap((paragraph) => [paragraph, ""]), "© 2025", ""].join("\n"));
  const names = (article: { authors?: readonly { name: string }[] }) => (article.authors ?? []).map((author) => author.name);

  describe("a Greek question ends on a semicolon, Greek's question mark", () => {
    const menu = ["Αρχική", "Ειδήσεις", "Πολιτική", "Κοινωνία", "Αθλητισμός"];
    it("is a headline, read whole", () => {
      for (const title of [
        "Γιατί ο φάρος έγινε μουσείο;",
        "Ποιος θα πληρώσει για τον «νέο» φάρο;",
        "Τι αλλάζει για τους επισκέπτες το 2025;",
      ]) {
        const article = page("el", menu, "Αρχική › Κοινωνία", [title, "4 Μαρτίου 2025"]);
        expect(article.headline, title).toBe(title);
        expect(article.datePublished).toBe("2025-03-04");
      }
    });
    it("near misses: a semicolon after Latin letters or figures still ends no title", () => {
      expect(page("en", ["Home", "News"], "Home > News", ["ferries, buses and trains;", "4 March 2025"]).headline).not.toBe(
        "ferries, buses and trains;",
      );
      for (const line of ["Ferries run again on Pine Point;", "Opening hours 9 to 17;"]) {
        expect(page("el", menu, "Αρχική › Κοινωνία", [line, "4 Μαρτίου 2025"]).headline, line).not.toBe(line);
      }
    });
  });

  describe("a title bar's site name in Chinese or Japanese ending on an outlet's noun, or joined by an article or preposition", () => {
    it("is cut from the headline", () => {
      const cut: readonly [string, string][] = [
        ["松岬老灯塔变身博物馆 | 海岸新闻网", "松岬老灯塔变身博物馆"],
        ["百年燈塔首日湧入400名遊客 週五開放至19點 | 海岸新聞網", "百年燈塔首日湧入400名遊客 週五開放至19點"],
        ["松岬の古い灯台、博物館として開館｜海岸新報", "松岬の古い灯台、博物館として開館"],
        ["松岬老灯塔变身博物馆_海岸新闻网", "松岬老灯塔变身博物馆"],
        ["港の渡し船が三日連続で欠航｜海岸ニュース", "港の渡し船が三日連続で欠航"],
        ["Ο παλιός φάρος των Πεύκων άνοιξε ως μουσείο | Νέα της Ακτής", "Ο παλιός φάρος των Πεύκων άνοιξε ως μουσείο"],
        ["Старый маяк на мысе Сосновый открылся как музей | Вести с Побережья", "Старый маяк на мысе Сосновый открылся как музей"],
        ["Reabre el viejo faro de Punta Pinos como museo | Noticias de la Costa", "Reabre el viejo faro de Punta Pinos como museo"],
        ["La grève des pilotes du port continue | Le Journal de la Côte", "La grève des pilotes du port continue"],
      ];
      for (const [line, title] of cut) expect(headlineText(line), line).toBe(title);
    });
    it("near misses: menus, short items, a hyphen, a site name in lower case, an underscore between Latin words stay whole", () => {
      for (const line of [
        "首页 | 新闻",
        "天气预报 | 海岸网",
        "Minecraft 1.8 - The Update",
        "松岬老灯塔变身博物馆 - 海岸新闻网",
        "Pine Point lighthouse opens as a museum | the coast paper",
        "Pine Point lighthouse opens as a museum | Coast and the sea and the wind",
        "read_the_lighthouse_Report",
        "Rename the harbour files to ferry_Timetable",
        "Pine Point lighthouse opens as a museum | harbour",
        "新闻中心｜国内新闻｜海岸新闻网",
        "المنارة | أخبار",
        // A title-case subtitle's words joined by English words: the title's second half, no site's name.
        "Ferry strike enters third day | Island of the Year",
        "The harbour at night | Photos by Tom Reed",
        "A guide to the island's ferries | Part 2 of 3",
        "What the strike means for islanders | Q&A with Ana Costa",
        "Harbour pilots strike again — Here and Now",
        // After a bar, a subtitle in Chinese, Japanese or Thai (one word to the bar's reader) that no outlet's noun ends.
        "港口罢工进入第三天｜旅客须知的一切",
        "港口罢工进入第三天 | 专访渡轮船长",
        "港口罢工进入第三天_旅客须知",
        "港の渡し船が三日連続で欠航｜旅行者が知るべきこと",
        "ข่าวการหยุดงานที่ท่าเรือ | สิ่งที่ผู้โดยสารต้องรู้",
        // After a bar, a word or three of a spaced script without case: no capital tells a site's name from a subtitle.
        "إضراب الموانئ يدخل يومه الثالث | ماذا بعد",
        "השביתה בנמל נכנסת ליום השלישי | שאלות ותשובות",
        "बंदरगाह हड़ताल तीसरे दिन में | क्या है मांग",
        "항구 파업 사흘째 이어져 | 여행객 안내",
      ])
        expect(headlineText(line), line).toBe(line);
    });
    it("on a page: the title line is the headline, without the bar, not the menu's first word", () => {
      const article = page("zht", ["首頁", "新聞", "政治", "國際", "財經"], "首頁 > 新聞 > 社會", [
        "百年燈塔首日湧入400名遊客 週五開放至19點 | 海岸新聞網",
        "2025/03/04 10:30",
        "記者陳怡君／台北報導",
      ]);
      expect(article.headline).toBe("百年燈塔首日湧入400名遊客 週五開放至19點");
      expect(names(article)).toEqual(["陳怡君"]);
      const greek = page("el", ["Αρχική", "Ειδήσεις", "Κοινωνία"], "Αρχική › Κοινωνία", [
        "Φάρος του 19ου αιώνα δέχτηκε 400 επισκέπτες σε μία μέρα | Νέα της Ακτής",
        "04.03.2025 | 10:30",
      ]);
      expect(greek.headline).toBe("Φάρος του 19ου αιώνα δέχτηκε 400 επισκέπτες σε μία μέρα");
      // A menu set on one line with the site's name after it is no headline.
      const menu = page("zh", ["新闻 | 国内 | 国际 | 财经 | 海岸新闻网"], "首页 > 新闻", ["松岬老灯塔变身博物馆", "2025年3月4日"]);
      expect(menu.headline).toBe("松岬老灯塔变身博物馆");
    });
  });

  describe("a breadcrumb trail opening with the front page's name in another script", () => {
    it("is no headline, and the date printed over the title under it dates the story", () => {
      const cases: readonly [keyof typeof STORY, readonly string[], string, string, string][] = [
        ["fa", ["صفحه اصلی", "اخبار", "سیاست", "جامعه"], "صفحه اصلی > جامعه", "4 مارس 2025", "«فانوس دوباره روشن شد»: موزه‌ای در روستا"],
        ["th", ["หน้าแรก", "ข่าว", "การเมือง", "สังคม"], "หน้าแรก > สังคม", "4 มีนาคม 2025", '"ประภาคารกลับมาส่องแสง" พิพิธภัณฑ์ใหม่ที่แหลมสน'],
        ["ja", ["トップ", "ニュース", "国内", "経済"], "トップ > 社会", "2025/3/4 10:30", "「灯台がまた光る」　松岬の古い灯台が博物館に"],
      ];
      for (const [language, menu, trail, date, title] of cases) {
        const article = page(
          language,
          menu,
          trail,
          [date, title, language === "ja" ? "記者：山田太郎" : "—"].slice(0, language === "ja" ? 3 : 2),
        );
        expect(article.headline, language).toBe(title);
        expect(article.datePublished, language).toBe("2025-03-04");
      }
    });
    it("opens a trail in each script", () => {
      for (const trail of [
        "Главная / Общество",
        "Головна / Суспільство",
        "Начало » Общество",
        "Αρχική › Κοινωνία",
        "الرئيسية > مجتمع",
        "الصفحة الرئيسية > مجتمع",
        "صفحه اصلی > جامعه",
        "خانه / جامعه",
        "ראשי > חדשות",
        "דף הבית > חדשות",
        "होम / राज्य",
        "मुख्य पृष्ठ / राज्य",
        "首页 > 新闻",
        "首頁 > 新聞",
        "トップ > 社会",
        "ホーム > 社会",
        "홈 > 사회",
        "หน้าแรก > สังคม",
        "หน้าหลัก > ข่าว",
      ])
        expect(opensAsBreadcrumb(trail), trail).toBe(true);
    });
    it("near misses: the home word opening a title with no trail's mark stays a title", () => {
      const title = "Главная улица посёлка станет пешеходной к лету";
      const article = page("ru", ["Новости", "Общество", "Спорт"], "Новости / Общество", [title, "4 марта 2025"]);
      expect(article.headline).toBe(title);
    });
  });

  // A name alone right under a headline dated over it is not read as the author (a rule that did was reverted): a line
  // of capitalised words there is as often a place, a section, a kicker, a sponsor, the story's subject (an obituary's,
  // an interview's, a quote's speaker) or a photographer, and it overrode a byline printed over the date.
  describe("a name-shaped line alone under a headline dated over it", () => {
    const title = "Pine Point lighthouse reopens as a museum";
    it("is no author: a place, a section, a kicker, a sponsor, the subject, a speaker, a photographer", () => {
      for (const [headline, line] of [
        [title, "Kestrel Bay"],
        [title, "Local Politics"],
        [title, "Top Story"],
        [title, "Harbour Bank"],
        [title, "Tom Reed"],
        ["Remembering the harbour's last pilot", "Ada Lee"],
        ["\u201cWe were the harbour's eyes for ninety years\u201d", "Ada Lee"],
        ["Q&A: the last pilot on ninety years at the quay", "Ada Lee"],
      ]) {
        const article = page("en", ["Home", "News", "Sport"], "Home > News", ["4 March 2025", headline!, line!]);
        expect(names(article), line).toEqual([]);
      }
    });
    it("leaves a byline printed over the date the author", () => {
      const article = page("en", ["Home", "News"], "Home > News", ["By Bo Chen", "", "4 March 2025", "", title, "Ada Lee"]);
      expect(names(article)).toEqual(["Bo Chen"]);
    });
  });

  describe("the Greek and Turkish labels of a byline with their colon", () => {
    it("name the author", () => {
      const greek = page("el", ["Αρχική", "Ειδήσεις"], "Αρχική › Κοινωνία", [
        "Ο παλιός φάρος των Πεύκων άνοιξε ως μουσείο",
        "Συντάκτης: Νίκος Παπαδάκης",
        "4 Μαρτίου 2025",
      ]);
      expect(names(greek)).toEqual(["Νίκος Παπαδάκης"]);
      const turkish = page("tr", ["Ana Sayfa", "Gündem"], "Ana Sayfa > Yaşam", [
        "Çam Burnu'ndaki eski fener müze oldu",
        "Haber: Ayşe Yılmaz",
        "4 Mart 2025",
      ]);
      expect(names(turkish)).toEqual(["Ayşe Yılmaz"]);
    });
    it("near misses: without the colon, or before no person's name, they name no one", () => {
      for (const line of ["Haber bülteni", "Haber: Son dakika gelişmeleri", "Συντάκτης της χρονιάς"]) {
        const article = page("tr", ["Ana Sayfa", "Gündem"], "Ana Sayfa > Yaşam", [
          "Çam Burnu'ndaki eski fener müze oldu",
          line,
          "4 Mart 2025",
        ]);
        expect(names(article), line).toEqual([]);
      }
    });
  });
});
