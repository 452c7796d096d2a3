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
