import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";
import { parseDate, parseDateLine } from "./date-line.js";
import { TWO_LETTER_CODES } from "./language.js";
import {
  DOTTED_MONTH_ABBREVIATIONS,
  INTL_MONTH_NAMES,
  MONTH_LOCALES,
  SHORT_NAME_LENGTH,
  SHORT_NAME_LOCALES,
  TABLE_ICU,
} from "./month-names.js";

/**
 * A month's name as the tables key it: one word of letters (and the marks Indic scripts set on them), lower case. Not
 * "三月": Chinese and Japanese dates are read by their numbers (date-line.ts).
 */
const ONE_WORD = /^(?!.*\p{Script=Han})[\p{L}\p{M}]+$/u;
const LATIN_WORD = /^\p{Script=Latin}+$/u;

/**
 * The month tables as Node's ICU spells them, for `MONTH_LOCALES`, Gregorian calendar: the long names as set inside a
 * date ("марта") and alone ("март"), and the abbreviations that end with a dot ("янв.", "มี.ค."), without their dots. A key two months
 * share across languages (Croatian "listopad" is October, Czech November) is left out.
 */
function intlMonthTables(): { names: Record<string, number>; dotted: Record<string, number> } {
  const names = new Map<string, Set<number>>();
  const dotted = new Map<string, Set<number>>();
  for (const locale of MONTH_LOCALES) {
    const shortNamesRead = SHORT_NAME_LOCALES.includes(locale);
    const add = (table: Map<string, Set<number>>, word: string, month: number) => {
      const key = word.toLowerCase();
      if (!ONE_WORD.test(key) || (!shortNamesRead && LATIN_WORD.test(key) && key.length < SHORT_NAME_LENGTH)) return;
      table.set(key, (table.get(key) ?? new Set()).add(month));
    };
    const tag = `${locale}-u-ca-gregory`;
    const inDate = new Intl.DateTimeFormat(tag, { month: "long", day: "numeric", timeZone: "UTC" });
    const alone = new Intl.DateTimeFormat(tag, { month: "long", timeZone: "UTC" });
    const short = new Intl.DateTimeFormat(tag, { month: "short", day: "numeric", timeZone: "UTC" });
    for (let month = 1; month <= 12; month++) {
      const day = new Date(Date.UTC(2025, month - 1, 8));
      add(names, inDate.formatToParts(day).find((part) => part.type === "month")!.value, month);
      add(names, alone.format(day), month);
      const abbreviation = short.formatToParts(day).find((part) => part.type === "month")!.value;
      // Thai's abbreviations are initials, each with its dot ("มี.ค."): keyed without the dots, as `monthKey` reads them.
      if (abbreviation.endsWith(".")) add(dotted, abbreviation.slice(0, -1).replaceAll(".", ""), month);
    }
  }
  const single = (table: Map<string, Set<number>>) =>
    Object.fromEntries(
      [...table]
        .filter(([, months]) => months.size === 1)
        .map(([key, months]) => [key, [...months][0]!] as const)
        .sort(([a], [b]) => (a < b ? -1 : 1)),
    );
  const names_ = single(names);
  // A dotted abbreviation that is a full name elsewhere ("mai.") is read as that name already.
  const dotted_ = Object.fromEntries(Object.entries(single(dotted)).filter(([key]) => !(key in names_)));
  return { names: names_, dotted: dotted_ };
}

describe("month names from Intl", () => {
  it("are the languages the detector names, plus the Nordic ones it does not", () => {
    for (const code of Object.values(TWO_LETTER_CODES)) expect(MONTH_LOCALES).toContain(code);
  });

  // Each ICU release may change some names (CLDR adds and corrects locales), so the table is compared with the ICU it
  // was written from; another Node build (small-icu, a distribution's own ICU) leaves it as it is.
  it.skipIf(process.versions.icu !== TABLE_ICU && !process.env.MONTHS_UPDATE)(
    `match what Node's ICU ${TABLE_ICU} says (MONTHS_UPDATE=1 npx vitest run month-names rewrites the table)`,
    () => {
      const { names, dotted } = intlMonthTables();
      if (process.env.MONTHS_UPDATE) {
        const path = fileURLToPath(new URL("./month-names.table.ts", import.meta.url));
        writeFileSync(
          path,
          "// Written by month-names.test.ts (MONTHS_UPDATE=1) from Node's ICU: do not edit by hand.\n" +
            `export const TABLE_ICU = ${JSON.stringify(process.versions.icu)};\n` +
            `export const INTL_MONTH_NAMES: Readonly<Record<string, number>> = ${JSON.stringify(names)};\n` +
            `export const DOTTED_MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = ${JSON.stringify(dotted)};\n`,
        );
        // The same bytes as the committed table: the formatter the repository's lint applies.
        execFileSync("npx", ["biome", "format", "--write", path], { stdio: "ignore" });
      }
      expect(INTL_MONTH_NAMES).toEqual(names);
      expect(DOTTED_MONTH_ABBREVIATIONS).toEqual(dotted);
    },
  );
});

/** Invented pages: a headline, a date line in the language's own form, then three sentences of a made-up story. */
const PAGES: Array<{ language: string; headline: string; dateLine: string; story: string[] }> = [
  {
    language: "Russian",
    headline: "Паром снова ходит на остров",
    dateLine: "8 марта 2025 г.",
    story: [
      "Единственный паром острова вернулся на линию в понедельник после трёх месяцев ремонта на верфи.",
      "Владельцы магазинов говорят, что за время простоя выручка упала на треть.",
      "Администрация обещает со следующего месяца вернуть ежедневное расписание.",
    ],
  },
  {
    language: "Ukrainian",
    headline: "Пором знову курсує до острова",
    dateLine: "8 березня 2025 р.",
    story: [
      "Єдиний пором острова повернувся на лінію в понеділок після трьох місяців ремонту.",
      "Власники крамниць кажуть, що за час простою виторг упав на третину.",
      "Громада обіцяє з наступного місяця повернути щоденний розклад.",
    ],
  },
  {
    language: "Turkish",
    headline: "Ada vapuru yeniden seferde",
    dateLine: "8 Mart 2025",
    story: [
      "Adanın tek vapuru üç aylık tersane bakımının ardından pazartesi günü seferlerine yeniden başladı.",
      "Esnaf, seferlerin durduğu dönemde satışların üçte bir düştüğünü söyledi.",
      "Belediye gelecek aydan itibaren günlük tarifeye dönüleceğini açıkladı.",
    ],
  },
  {
    language: "Greek",
    headline: "Το πλοίο του νησιού ξανά στη γραμμή",
    dateLine: "8 Μαρτίου 2025",
    story: [
      "Το μοναδικό πλοίο του νησιού επέστρεψε στη γραμμή τη Δευτέρα μετά από τρεις μήνες επισκευών.",
      "Οι καταστηματάρχες λένε ότι ο τζίρος έπεσε κατά ένα τρίτο όσο το πλοίο έλειπε.",
      "Ο δήμος υπόσχεται καθημερινά δρομολόγια από τον επόμενο μήνα.",
    ],
  },
  {
    language: "Hindi",
    headline: "द्वीप की नौका फिर से शुरू",
    dateLine: "8 मार्च 2025",
    story: [
      "द्वीप की एकमात्र नौका तीन महीने की मरम्मत के बाद सोमवार को फिर से चलने लगी।",
      "दुकानदारों का कहना है कि नौका बंद रहने के दौरान बिक्री एक तिहाई घट गई।",
      "नगर परिषद ने कहा कि अगले महीने से रोज़ाना समय सारणी लौट आएगी।",
    ],
  },
  {
    language: "Vietnamese",
    headline: "Phà ra đảo hoạt động trở lại",
    dateLine: "ngày 8 tháng 3 năm 2025",
    story: [
      "Chiếc phà duy nhất của đảo đã hoạt động trở lại vào thứ Hai sau ba tháng sửa chữa.",
      "Các chủ cửa hàng cho biết doanh thu giảm một phần ba trong thời gian phà nghỉ.",
      "Chính quyền hứa sẽ khôi phục lịch chạy hằng ngày từ tháng sau.",
    ],
  },
  {
    language: "Hungarian",
    headline: "Újra jár a komp a szigetre",
    dateLine: "2025. március 8.",
    story: [
      "A sziget egyetlen kompja három hónapos javítás után hétfőn újra forgalomba állt.",
      "A boltosok szerint a leállás alatt a forgalom harmadával csökkent.",
      "Az önkormányzat a jövő hónaptól visszaállítja a napi menetrendet.",
    ],
  },
  {
    language: "Finnish",
    headline: "Saaren lautta liikennöi taas",
    dateLine: "8. maaliskuuta 2025",
    story: [
      "Saaren ainoa lautta palasi liikenteeseen maanantaina kolmen kuukauden korjausten jälkeen.",
      "Kauppiaiden mukaan myynti laski kolmanneksella tauon aikana.",
      "Kunta lupaa palauttaa päivittäisen aikataulun ensi kuusta alkaen.",
    ],
  },
  {
    language: "Danish",
    headline: "Øens færge sejler igen",
    dateLine: "8. marts 2025",
    story: [
      "Øens eneste færge vendte tilbage mandag efter tre måneders reparation på værftet.",
      "Butiksejerne siger, at salget faldt med en tredjedel, mens færgen lå stille.",
      "Kommunen lover daglige afgange igen fra næste måned.",
    ],
  },
  {
    language: "Romanian",
    headline: "Feribotul insulei circulă din nou",
    dateLine: "8 martie 2025",
    story: [
      "Singurul feribot al insulei a revenit luni pe linie după trei luni de reparații.",
      "Negustorii spun că vânzările au scăzut cu o treime cât timp feribotul a stat.",
      "Primăria promite că programul zilnic revine de luna viitoare.",
    ],
  },
  {
    language: "Indonesian",
    headline: "Kapal feri pulau kembali berlayar",
    dateLine: "8 Maret 2025",
    story: [
      "Satu-satunya kapal feri pulau itu kembali beroperasi pada hari Senin setelah tiga bulan perbaikan.",
      "Para pemilik toko mengatakan penjualan turun sepertiga selama feri berhenti.",
      "Pemerintah daerah berjanji jadwal harian kembali mulai bulan depan.",
    ],
  },
  {
    language: "Thai",
    headline: "เรือข้ามฟากกลับมาให้บริการอีกครั้ง",
    dateLine: "8 มีนาคม 2568",
    story: [
      "เรือข้ามฟากลำเดียวของเกาะกลับมาให้บริการเมื่อวันจันทร์หลังซ่อมแซมนานสามเดือน",
      "เจ้าของร้านค้าบอกว่ายอดขายลดลงหนึ่งในสามระหว่างที่เรือหยุดวิ่ง",
      "เทศบาลสัญญาว่าจะกลับมาเดินเรือทุกวันตั้งแต่เดือนหน้า",
    ],
  },
  {
    language: "Polish",
    headline: "Prom znowu pływa na wyspę",
    dateLine: "12 października 2025",
    story: [
      "Jedyny prom wyspy wrócił na trasę w poniedziałek po trzech miesiącach remontu.",
      "Sklepikarze mówią, że w czasie przerwy sprzedaż spadła o jedną trzecią.",
      "Gmina obiecuje powrót codziennego rozkładu od przyszłego miesiąca.",
    ],
  },
];

describe("date lines in the languages of ICU's month names", () => {
  it.each(PAGES)("$language: the date line dates the page and is not its headline", ({ headline, dateLine, story }) => {
    const article = fromText([headline, dateLine, "", ...story.flatMap((sentence) => [sentence, ""])].join("\n"));
    expect([article.headline, article.datePublished]).toEqual([headline, dateLine.startsWith("12 ") ? "2025-10-12" : "2025-03-08"]);
  });

  it("reads each language's forms: genitive and standalone names, dotted abbreviations, year suffixes", () => {
    const lines: Array<[string, string]> = [
      ["8 марта 2025г.", "2025-03-08"],
      ["8 березня 2025 р.", "2025-03-08"],
      ["8 янв. 2025", "2025-01-08"],
      ["12 set. 2025", "2025-09-12"],
      ["2025. márc. 8.", "2025-03-08"],
      ["8 tháng 3, 2025", "2025-03-08"],
      ["8 मई 2025", "2025-05-08"],
      ["8 มีนาคม 2025", "2025-03-08"],
      ["8 มีนาคม 2568", "2025-03-08"],
      ["31 ธันวาคม 2567", "2024-12-31"],
      ["8 مارچ 2025", "2025-03-08"],
      ["8. Dezember 2025", "2025-12-08"],
      ["8 jänner 2025", "2025-01-08"],
      // The words for day, month and year ("ngày", "года") are a date line's own, as a weekday is.
      ["Cập nhật ngày 8 tháng 3 năm 2025 10:30", "2025-03-08"],
      ["Опубликовано 8 марта 2025 года", "2025-03-08"],
      ["Оновлено 8 березня 2025 року", "2025-03-08"],
    ];
    for (const [line, iso] of lines) expect(parseDateLine(line)?.iso, line).toBe(iso);
  });

  it("reads no month in ordinary words: an abbreviation that ends with a dot is read only with it", () => {
    expect(parseDate("12 set 2025")).toBeUndefined();
    expect(parseDate("12 out 2025")).toBeUndefined();
    // Only a Thai month's name makes a year past 2100 a Buddhist one.
    expect(parseDate("8 March 2568")).toBeUndefined();
  });

  it("reads a short Latin month name only in the languages that write it, never an everyday word of another", () => {
    for (const line of ["Top 10 Mac 2025 apps", "Kelantan raih 3 mata 2025", "Best 5 Mac 2025 games", "Mee 3, 2025"]) {
      expect(parseDate(line), line).toBeUndefined();
    }
    expect(parseDate("3 mai 2025")).toBe("2025-05-03");
    expect(parseDate("8 Ekim 2025")).toBe("2025-10-08");
  });

  it("reads Turkish month names in capitals, dotted İ and dotless I alike", () => {
    const lines: Array<[string, string]> = [
      ["8 EKİM 2025", "2025-10-08"],
      ["8 ARALIK 2025", "2025-12-08"],
      ["3 KASIM 2025 Pazartesi", "2025-11-03"],
      ["19 MAYIS 2025", "2025-05-19"],
    ];
    for (const [line, iso] of lines) expect(parseDate(line), line).toBe(iso);
  });

  it("reads a Hungarian year-first date only with the day's dot or its suffix, never across a sentence's end", () => {
    expect(parseDate("2025. március 8-án")).toBe("2025-03-08");
    for (const line of ["Seit 2019. Mai 8 Tore", "Launched in 2019. March 12 updates", "The plant opened in 2019. May 3 workers stayed"]) {
      expect(parseDate(line), line).toBeUndefined();
    }
  });

  it("fails a hostile long line of Cyrillic or Greek letters in linear time", () => {
    for (const letters of ["марта ", "Μαρτίου", "а", "α1 "]) {
      const line = `${letters.repeat(Math.ceil(100_000 / letters.length)).slice(0, 100_000)} 2025`;
      // A pattern that tried every split of the line would not finish within the suite's hang guard.
      expect(parseDate(line)).toBeUndefined();
    }
  });
});
