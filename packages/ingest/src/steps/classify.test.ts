import { describe, expect, it } from "vitest";
import { classifyLine, readWithoutStopwords } from "./classify.js";
import { asPageReadsIt, languageFromTag } from "./language.js";
import { segment } from "./segment.js";

/**
 * An invented Turkish page: its sentences hold few words of the Turkish stop-word list, so that the page is read by
 * length and ending alone (`asPageReadsIt`), beside a menu, a byline, a date and a footer.
 */
const PAGE = [
  "Ana Sayfa",
  "Gündem",
  "",
  "Liman köprüsü üç aylık onarımın ardından yeniden açıldı",
  "",
  "Yazan: Ayşe Demir",
  "12 Mart 2026",
  "",
  "Kasabanın tek köprüsü, kış boyunca süren onarım çalışmalarının ardından pazartesi sabahı trafiğe yeniden açıldı.",
  "Belediye yetkilileri, köprünün taşıma kapasitesinin artırıldığını ve yayaların geniş kaldırımlardan geçeceğini söyledi.",
  "Onarım süresince sakinler, kıyıdaki iskeleden kalkan küçük teknelerle karşı yakadaki pazara ulaşmak zorunda kaldı.",
  "Balıkçılar, teknelerin köprünün altından geçerken çok daha rahat manevra yapabildiklerini anlattı.",
  "Esnaf, köprünün kapalı kaldığı aylarda müşteri sayısının düştüğünü belirtti.",
  "Köprü yeniden açıldı.",
  "",
  "Paylaş",
  "© 2026 Kıyı Gazetesi",
].join("\n");

describe("readWithoutStopwords", () => {
  it("reads the lines as classifying them again without stop words would, field by field", () => {
    const lines = segment(PAGE);
    const named = languageFromTag("tr");
    const classified = lines.map((line) => classifyLine(line, named));
    const language = asPageReadsIt(named, classified);
    expect(language.stopwordsTellProse).toBe(false);
    const before = classified.map((line) => line.class);
    readWithoutStopwords(classified, language);
    expect(classified).toEqual(lines.map((line) => classifyLine(line, language)));
    // The page's prose counts as prose only when read again: a re-read that kept the first classes would fail above.
    expect(classified.map((line) => line.class)).not.toEqual(before);
  });
});

describe("classifyLine", () => {
  const read = (text: string, tag: string) => classifyLine(segment(text)[0]!, languageFromTag(tag));

  it("reads a line's byline by the byline words of the page's own language, and only there", () => {
    const people = (...names: string[]) => names.map((name) => ({ type: "Person", name }));
    expect(read("Per Marta Soler", "ca").authors).toEqual(people("Marta Soler"));
    expect(read("Per Marta Soler", "it").authors).toBeUndefined();
    expect(read("de Ioana Popescu", "ro").authors).toEqual(people("Ioana Popescu"));
    expect(read("de Ioana Popescu", "fr").authors).toBeUndefined();
    expect(read("Oleh Budi Santoso - 12 Agustus 2026", "ms").authors).toEqual(people("Budi Santoso"));
    // Elsewhere "Oleh" is a given name, the writer's own.
    expect(read("Oleh Budi Santoso - 12 Agustus 2026", "en").authors).toEqual(people("Oleh Budi Santoso"));
    expect(read("Autor: Eva Malá a Ján Hruška", "sk").authors).toEqual(people("Eva Malá", "Ján Hruška"));
    expect(read("Autor: Eva Malá a Ján Hruška", "pl").authors).toBeUndefined();
  });

  it("keeps whether a line may hold a date: one with a year, no longer than a date line", () => {
    expect(read("Oleh Budi Santoso - 12 Agustus 2026", "id").dated).toBe(true);
    expect(read("Per Marta Soler", "ca").dated).toBe(false);
    const paragraph = "The ferry ran late again on 12 March 2026 as crews worked through the night to mend the ramp. ".repeat(3);
    expect(read(paragraph, "en").dated).toBe(false);
  });
});
