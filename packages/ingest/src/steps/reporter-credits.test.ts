import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";
import { lines, writers } from "./_stories.test-helpers.js";

// Round by106: reporters' credits the reader left unread: Hindi and Japanese labels, a role and its place with no
// By. Every page here is invented for these tests.

const HINDI = {
  headline: "नगर निगम ने नए बस अड्डे को दी मंज़ूरी, काम अगले महीने शुरू",
  deck: "अधिकारियों का कहना है कि परियोजना दो साल में पूरी होगी।",
  date: "12 मार्च 2025",
  body: [
    "नगर निगम की बैठक में मंगलवार को नए बस अड्डे के निर्माण को मंज़ूरी दे दी गई।",
    "पार्षदों ने लंबी बहस के बाद प्रस्ताव को बहुमत से पारित किया।",
    "निगम आयुक्त ने कहा कि निर्माण के दौरान वैकल्पिक मार्ग बनाए जाएंगे।",
  ],
};
const hindiPage = (credit: string) => lines(HINDI.headline, HINDI.deck, credit, HINDI.date, "", HINDI.body.join("\n\n"));

const JAPANESE = {
  headline: "北陸新幹線の延伸ルート、年内に結論へ",
  deck: "国土交通省は沿線自治体との協議を急ぐ方針だ。",
  date: "2025年3月12日",
  body: [
    "国土交通省は12日、北陸新幹線の延伸ルートについて、年内に結論を出す方針を明らかにした。",
    "沿線の自治体からは早期の着工を求める声が相次いでおり、同省は協議を急ぐ。",
  ],
};
const japanesePage = (credit: string) => lines(JAPANESE.headline, JAPANESE.deck, credit, JAPANESE.date, "", JAPANESE.body.join("\n\n"));

describe("a Hindi reporter's label", () => {
  it("signs the names after it when each reads as a person's, leaving out the town filed from, and no place or kicker", () => {
    expect(writers(hindiPage("संवाददाता: राहुल शर्मा"))).toEqual(["राहुल शर्मा"]);
    expect(writers(hindiPage("रिपोर्ट - सुनील यादव"))).toEqual(["सुनील यादव"]);
    expect(writers(hindiPage("रिपोर्ट: अनिल मिश्रा और पूजा गुप्ता"))).toEqual(["अनिल मिश्रा", "पूजा गुप्ता"]);
    expect(writers(hindiPage("संवाददाता: राकेश तिवारी, लखनऊ"))).toEqual(["राकेश तिवारी"]);
    expect(fromText(hindiPage("रिपोर्ट: अनिल मिश्रा और पूजा गुप्ता")).headline).toBe(HINDI.headline);
    // No place, office, desk or kicker after the label.
    for (const credit of [
      "संवाददाता: नई दिल्ली",
      "संवाददाता: पटना कार्यालय",
      "रिपोर्ट: महंगाई फिर बढ़ी",
      "रिपोर्ट: राहुल गांधी की रैली",
      "रिपोर्ट: मौसम विभाग",
      "संवाददाता: विशेष टीम, भोपाल",
      "रिपोर्ट: राहुल शर्मा, महंगाई फिर बढ़ी",
      // A body after the comma is no town filed from (review of by106).
      "रिपोर्ट: सुनील यादव, राज्य सरकार",
    ]) {
      expect(writers(hindiPage(credit))).toEqual([]);
    }
  });
});

describe("a Japanese writer's label, a space and a spaced name", () => {
  it("signs a name whose given name has one character, and no notice or word", () => {
    expect(writers(japanesePage("聞き手・構成　森田 健"))).toEqual(["森田 健"]);
    expect(writers(japanesePage("文・写真　高橋 優"))).toEqual(["高橋 優"]);
    expect(fromText(japanesePage("聞き手・構成　森田 健")).headline).toBe(JAPANESE.headline);
    // A notice or words after the label, no common family name first.
    for (const credit of ["ライター　募集 中", "聞き手　市民 ら", "文　化 祭"]) expect(writers(japanesePage(credit))).toEqual([]);
    // A household, a shop, a lab or a team after a family name, spaced as a given name (review of by106).
    for (const credit of ["文　鈴木 家", "記者　中村 屋", "筆者　佐藤 研", "記者　田中 班"]) {
      expect(writers(japanesePage(credit))).toEqual([]);
    }
  });
});

const FERRY = {
  headline: "Le conseil municipal approuve le nouveau terminal de ferry",
  deck: "Le projet de 40 millions remplacera la vieille jetée d'ici 2028.",
  date: "12 mars 2025",
  body: [
    "Le conseil municipal a voté mardi en faveur d'un nouveau terminal de ferry, mettant fin à un débat de six ans.",
    "Les conseillers ont soutenu le projet par neuf voix contre quatre après une réunion de quatre heures.",
  ],
};
const ferryPage = (credit: string, dateFirst = false) =>
  lines(FERRY.headline, FERRY.deck, ...(dateFirst ? [FERRY.date, credit] : [credit, FERRY.date]), "", FERRY.body.join("\n\n"));

describe("a name, a reporter's role and the place filed from, no By", () => {
  it("signs the name over or under the date, and no role at a place in lower case or a sentence going on", () => {
    expect(writers(ferryPage("Marc Lenoir, correspondant à Lyon"))).toEqual(["Marc Lenoir"]);
    expect(fromText(ferryPage("Marc Lenoir, correspondant à Lyon")).headline).toBe(FERRY.headline);
    expect(writers(ferryPage("Giulia Rossi, corrispondente da Parigi", true))).toEqual(["Giulia Rossi"]);
    expect(writers(ferryPage("Sarah Miller, Correspondent in Brussels", true))).toEqual(["Sarah Miller"]);
    expect(writers(ferryPage("Pedro Alves, enviado especial ao Cairo"))).toEqual(["Pedro Alves"]);
    for (const credit of [
      "Marc Lenoir, correspondant à la mairie de quartier",
      "Marc Lenoir, correspondant à Lyon, a confirmé la nouvelle",
    ]) {
      expect(writers(ferryPage(credit))).toEqual([]);
      expect(writers(ferryPage(credit, true))).toEqual([]);
    }
  });
});
