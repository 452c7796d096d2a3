import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";
import { classifyLine } from "./classify.js";
import { languageFromTag, readWords } from "./language.js";
import { segment } from "./segment.js";

// Sentences of mine in languages whose stop-word lists catch little of their grammar (round bd97), with the share of
// stop words each holds.
const TURKISH = {
  // 0.06 and 0.17: the grammar is in the endings.
  thin: [
    "Belediye meclisi salı günü nehir üzerindeki eski yaya köprüsünü ayakların incelenmesi bitene kadar kapatma kararı aldı.",
    "Belediye başkanı çalışmaların ay sonuna kadar biteceğini ve pazarın açık kalacağını söyledi.",
  ],
  // 0.55, 0.39 and 0.39.
  dense: [
    "Bu karar için daha çok zaman gerekiyordu ama meclis bir an önce ve herkes için en güvenli yolu seçmek istedi.",
    "Köprü bu yaz da kapalı kalırsa, esnaf ve balıkçılar için bu durum gerçekten çok zor bir dönem olacak.",
    "Futbol kulübü bölge finalinin yirmi yıl sonra ilk kez kendi stadında oynanacağını doğruladı.",
  ],
};
// 0.31, 0.47, 0.35 and 0.25, then 0.20.
const RUSSIAN = [
  "Городской совет во вторник решил закрыть старый пешеходный мост через реку до окончания проверки его опор.",
  "Новая библиотека на Мельничной улице откроется только в марте, на год позже срока, потому что в фундаменте нашли сырость.",
  "С апреля проезд в автобусе подорожает на пять рублей, сообщил перевозчик, объяснив это ростом цен на топливо.",
  "В больнице открылось второе отделение для пожилых пациентов, и врачи надеются, что зимой очереди станут короче.",
  "Полиция ищет свидетелей аварии: в пятницу днём фургон врезался в припаркованную машину у начальной школы.",
];
const TAGS = "Tollbridge, Kessing, Marrow Bay, Alder Point, Northgate, Wenby, Harlow Quay, Stennet Hill, Corrin Vale, Ostley";

function page(headline: string, paragraphs: string[], related: string[]): string {
  return [
    ["Harbour Press"],
    [headline],
    ["Anna Lind"],
    ["14.03.2026"],
    ...paragraphs.map((p) => [p]),
    [TAGS],
    related,
    ["© 2026 Harbour Press"],
  ]
    .map((block) => block.join("\n"))
    .join("\n\n");
}

function paragraphs(text: string): string[] {
  return fromText(text).body.flatMap((block) => (block.type === "paragraph" ? [block.text] : []));
}

describe("sentences in languages whose stop words are few", () => {
  const turkishHeadline = "Belediye eski yaya köprüsünü kapattı";
  const turkishRelated = ["İlgili Haberler", "Feribot seferlerine yeni düzenleme"];

  it("keeps a plain Turkish or Russian paragraph holding fewer stop words than the fixed floor, under prose that holds more", () => {
    const [first, last] = TURKISH.thin;
    const turkish = [TURKISH.dense[0]!, first!, TURKISH.dense[1]!, TURKISH.dense[2]!, last!];
    expect(paragraphs(page(turkishHeadline, turkish, turkishRelated))).toEqual(turkish);
    expect(paragraphs(page("Совет закрыл старый пешеходный мост", RUSSIAN, ["Читайте также", "Паром снова дорожает"]))).toEqual(RUSSIAN);
  });

  it("holds a line that ends no sentence, and every English line, to the fixed floor", () => {
    const turkish = languageFromTag("tr");
    const classOf = (text: string, language = turkish) => segment(text).map((line) => classifyLine(line, language))[0]!.class;
    const [thin] = TURKISH.thin;
    // Unended, the same words are a line of names or tags.
    expect(classOf(thin!.slice(0, -1))).toBe("bad");
    expect(classOf(thin!)).toBe("good");
    // An English sentence as thin (0.13) is a reference or a list of places, not prose.
    const reference = "Reports by the Harbour Council, Kessing Post archive, Marrow Bay survey, Alder Point ferry timetable 2026.";
    expect(readWords(reference.toLowerCase(), languageFromTag("en")).density).toBeLessThan(0.22);
    expect(classOf(reference, languageFromTag("en"))).toBe("bad");
  });

  it("holds a list that ends with a full stop (names, tags) to the fixed floor", () => {
    const polish = languageFromTag("pl");
    const classOf = (text: string) => segment(text).map((line) => classifyLine(line, polish))[0]!.class;
    // Invented: a credits line and a tags line, each ended; two or three words between commas.
    const lists = [
      "Opracowanie: Piotr Nowicki, Anna Sadowska, Tomasz Rybak, Magda Lis, Michał Zając i Ewa Kruk.",
      "Tagi: fabryka włókiennicza, centrum kultury, rada miasta, biblioteka, rewitalizacja, mieszkańcy, komunikacja.",
    ];
    for (const list of lists) expect(classOf(list), list).not.toMatch(/good|medium/);
    // A thin sentence whose commas part clauses keeps the thin floor.
    expect(classOf("Mieszkańcy pobliskich ulic obawiają się wzmożonego ruchu samochodów i hałasu podczas budowy.")).toBe("good");
  });

  it("reads a cookie notice, an app's pitch and a rights notice as furniture, not a story's line on them", () => {
    const classOf = (code: string, text: string) => segment(text).map((line) => classifyLine(line, languageFromTag(code)))[0]!.class;
    // Invented notes in Turkish, Finnish, Russian, Polish and Czech, as thin in stop words as the story's sentences.
    const notes = [
      ["tr", "Bu sitede çerezler kullanılmaktadır."],
      ["tr", "Mobil uygulamamızı ücretsiz indirin."],
      ["fi", "Käytämme evästeitä."],
      ["fi", "Lataa sovelluksemme puhelimeesi."],
      ["fi", "Kaikki oikeudet pidätetään."],
      ["ru", "Мы используем файлы cookie."],
      ["ru", "Скачайте наше мобильное приложение."],
      ["pl", "Ta strona używa plików cookies."],
      ["pl", "Pobierz aplikację mobilną."],
      ["cs", "Tento web používá soubory cookies."],
      ["cs", "Stáhněte si naši aplikaci."],
    ] as const;
    for (const [code, note] of notes) expect(classOf(code, note), note).toBe("boilerplate");
    // A story's lines on cookies and apps name neither the site's voice nor its own app.
    const story = [
      ["tr", "Kurul, çerezler konusunda sitelere yeni kurallar getirdi."],
      ["tr", "Belediye, vatandaşların şikayetlerini bildirebileceği yeni bir mobil uygulama hazırladı."],
      ["fi", "Tietosuojavaltuutettu muistutti, että evästeiden käyttöön tarvitaan suostumus."],
      ["ru", "Эксперты отметили, что многие сайты используют файлы cookie без согласия пользователей."],
      ["pl", "Mieszkańcy mogą pobrać aplikację miasta od przyszłego tygodnia."],
      ["cs", "Inspektoři zjistili, že radnice na svém webu používá cookies bez souhlasu."],
    ] as const;
    for (const [code, line] of story) expect(classOf(code, line), line).not.toBe("boilerplate");
    // A notice's or a pitch's words quoted, reported or going on past a comma: the story's line, not the site's.
    const spoken = [
      ["pl", "„Używamy cookies wyłącznie za zgodą klienta” – mówi rzeczniczka sklepu."],
      ["ru", "Сайт использует cookie только для статистики, пояснили в администрации."],
      ["tr", "Bu sitede oturanlar, çerez fiyatlarından şikayet etti."],
      ["tr", 'Müdür, "Uygulamamızı 20 bin kişi indirdi" dedi.'],
      ["fi", "Sovelluksemme on kaupungin suosituin, kertoo kehittäjä."],
      ["cs", "Podvodníci psali: Stáhněte si naši aplikaci a vyhrajte."],
    ] as const;
    for (const [code, line] of spoken) expect(classOf(code, line), line).not.toBe("boilerplate");
    // Under a Turkish and a Russian story, the site's notes leave the body.
    const turkish = [...TURKISH.dense, "Bu sitede çerezler kullanılmaktadır."];
    expect(paragraphs(page(turkishHeadline, turkish, turkishRelated))).toEqual(TURKISH.dense);
    const russian = [...RUSSIAN, "Скачайте наше мобильное приложение."];
    expect(paragraphs(page("Совет закрыл старый пешеходный мост", russian, ["Читайте также", "Паром снова дорожает"]))).toEqual(RUSSIAN);
  });
});
