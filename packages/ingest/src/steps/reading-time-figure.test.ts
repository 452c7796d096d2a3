import { describe, expect, it } from "vitest";
import { isStoryReadingTime, mayHoldReadingTime } from "./boilerplate.js";
import { parseMetaLine } from "./byline.js";

// Round spd109: the header reads a date line as a meta line only when it may hold a reading time. The test must never
// say no where a reading time stands, or a date beside one would be taken whole. Lines invented for these tests.
const READING_TIMES = [
  "4 min read",
  "5-minute read",
  "reading time: 11 minutes",
  "temps de lecture : 4 min",
  "5 minuten lesezeit",
  "lectura de 6 minutos",
  "tempo di lettura: 4 minuti",
  "leestijd 4 minuten",
  "время чтения: 6 минут",
  "7 dk okuma",
  "5 دقائق قراءة",
  "זמן קריאה 8 דקות",
  "阅读约9分钟",
  "この記事は約4分で読めます",
  "읽는 데 3분 걸립니다",
  "waktu baca 3 menit",
  "5 minuters läsning",
];

describe("round spd109: a date line's reading time is looked for before the line's parts are read", () => {
  it("says yes for every reading time, alone or on a date line", () => {
    for (const time of READING_TIMES) {
      expect(isStoryReadingTime(time)).toBe(true);
      expect(mayHoldReadingTime(time)).toBe(true);
      expect(mayHoldReadingTime(`12 march 2026 · ${time}`)).toBe(true);
    }
  });

  it("sees a figure in a script's own digits, as the meta line's reader does", () => {
    const line = "١٢ مارس ٢٠٢٦ · ٥ دقائق قراءة";
    expect(parseMetaLine(line)?.readingTime).toBe(true);
    expect(mayHoldReadingTime(line)).toBe(true);
  });

  it("says no for a date line without a figure of minutes", () => {
    for (const line of ["12 march 2026 · travel", "march 12, 2026 · 7 pm · harbour hall", "12. märz 2026, 14:05 uhr"])
      expect(mayHoldReadingTime(line)).toBe(false);
  });
});
