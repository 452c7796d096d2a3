import { describe, expect, it } from "vitest";
import {
  endsLikeSentence,
  endsWithFullStop,
  endsWithGreekQuestion,
  endsWithQuestionMark,
  endsWithSentenceMark,
  holdsCodePunctuation,
} from "./sentence.js";

describe("where a sentence ends", () => {
  it("knows the full stops and question marks of other scripts", () => {
    for (const line of [
      "Θα μένουν αναμμένα τα φώτα ως τα μεσάνυχτα\u037e",
      "Կամրջի լույսերը կվառվեն մինչև կեսգիշեր։",
      "የድልድዩ መብራቶች እስከ እኩለ ሌሊት ይበራሉ።",
      "ምን ያህል ይፈጃል፧",
      "पुल की बत्तियाँ आधी रात तक जलती रहेंगी॥",
      "တံတားကို ဖွင့်ခဲ့သည်။",
      "ស្ពានថ្មីត្រូវបានបើក។",
      "橋の照明は午前0時まで点灯する｡",
      "Really‼",
    ])
      expect([endsLikeSentence(line), endsWithSentenceMark(line)], line).toEqual([true, true]);
  });

  it("reads the mark inside German and Swiss closing quotes, and no mark in a title", () => {
    expect(endsLikeSentence("Sie sagte: „Wir sind da.“")).toBe(true);
    expect(endsLikeSentence("Er sagte: ‹Es ist vorbei.›")).toBe(true);
    expect(endsLikeSentence("「完了。」》")).toBe(true);
    expect(endsLikeSentence("Bridge opens")).toBe(false);
  });

  it("tells a sentence's own mark from a pause that ends a line: an ellipsis, a colon, a semicolon", () => {
    for (const line of ["Read on…", "He said:", "First part;", "قال؛", "他说：", "第一部分；", "Raisons :"]) {
      expect(endsLikeSentence(line), line).toBe(true);
      expect(endsWithSentenceMark(line), line).toBe(false);
    }
    expect(endsWithSentenceMark("He said: «It is done.»")).toBe(true);
  });

  it("reads a hostile line of marks and quotes within the suite's timeout, by one scan back from its end", () => {
    // Tried at every position, as a pattern anchored at the end would be, 400,000 characters would take minutes.
    const hostile = `${".".repeat(200_000)}${"”".repeat(200_000)}x`;
    expect(endsWithSentenceMark(hostile)).toBe(false);
    expect(endsLikeSentence(hostile.slice(0, -1))).toBe(true);
    expect(endsLikeSentence(`${"[1]".repeat(100_000)}`)).toBe(false);
  });

  it("finds a full stop inside closing quotes and brackets, not a question's or an exclamation's mark", () => {
    for (const line of [
      "The boat sails at eleven.",
      "“The boat sails at eleven.”",
      '"It sails at eleven."',
      "« Il part à onze heures. »",
      "(Photo taken in 1987.)",
      "船は十一時に出る。",
    ])
      expect(endsWithFullStop(line), line).toBe(true);
    for (const line of [
      "Will the boat sail at eleven?",
      "“It sails at eleven!”",
      "The boat sails at eleven",
      "Read on…",
      "Photo: Mira Kessel",
      "",
    ])
      expect(endsWithFullStop(line), line).toBe(false);
    // One scan back over closing marks and spaces: a line of 400,000 of them is read at once.
    expect(endsWithFullStop(`${".".repeat(200_000)}${"” ".repeat(100_000)}`)).toBe(true);
  });

  it("reads a semicolon ending a line written in Greek, and Greek's own mark anywhere, as a question's mark", () => {
    for (const line of [
      "Πότε ανοίγει ξανά η γέφυρα;",
      "Τι αλλάζει για τους ψαράδες το 2027;",
      "Πόσο κοστίζει το νέο σύστημα GPS του λιμανιού;",
      "Τι σημαίνει για το νησί η συμφωνία με τη Nordline;",
      "Kindle Scribe ή reMarkable Paper Pro: ποιο να διαλέξετε;",
      "Galaxy Ring vs Oura Ring 4 – αξίζει;",
      "Πότε ανοίγει ξανά η γέφυρα\u037e",
      "«Και τώρα τι θα γίνει;»",
    ]) {
      expect(endsWithSentenceMark(line), line).toBe(true);
      // Like "?", the mark asks a question only at the line's very end, not inside closing quotes.
      const last = !line.endsWith("»");
      expect([endsWithGreekQuestion(line), endsWithQuestionMark(line)], line).toEqual([last, last]);
    }
  });

  it("near misses: a semicolon in a line, or a short closing clause, mostly in other letters stays a pause", () => {
    for (const line of [
      "ferries, buses and trains;",
      "const town = 'Αθήνα';",
      "let σ = x;",
      "Η γέφυρα, the bridge, is closing;",
      "Мост закрыт;",
      "измерить коэффициент μ;",
      "قيمة β;",
      "Resistance: 10 Ω;",
      "The ratio – α, β;",
      "Χειρουργική;80;",
    ]) {
      expect(endsWithGreekQuestion(line), line).toBe(false);
      expect(endsWithQuestionMark(line), line).toBe(false);
      expect(endsWithSentenceMark(line), line).toBe(false);
    }
  });

  it("takes a semicolon for code's punctuation outside Greek text only", () => {
    const lines = [
      "harbour.open();",
      "const town = 'Αθήνα';",
      "Τμήμα;Κλίνες",
      "body { margin: 0 }",
      "x = 3",
      "We left early; the boat did not.",
    ];
    for (const line of lines) expect(holdsCodePunctuation(line), line).toBe(true);
    for (const line of ["Πότε ανοίγει ξανά η γέφυρα;", "Γιατί; Κανείς δεν ξέρει ακόμη.", "The bridge opens again today."])
      expect(holdsCodePunctuation(line), line).toBe(false);
  });
});
