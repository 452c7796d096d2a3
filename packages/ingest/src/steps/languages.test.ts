// Pages in other languages and scripts, as a browser's "select all, copy" gives them: each test sets one kind of
// chrome or metadata line into an invented story of its language and asks what the article makes of it. Every
// sentence is made up; none is taken from a real page.
import type { Article } from "@dateline/schema";
import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";

/** An invented story: its title, two paragraphs, a section heading and a third paragraph. */
interface Story {
  title: string;
  first: string;
  second: string;
  heading: string;
  third: string;
}

const STORIES = {
  ru: {
    title: "В Заозёрье открыли новую библиотеку",
    first: "В понедельник в Заозёрье открыли новую районную библиотеку. Она разместилась в здании бывшего кинотеатра на главной площади.",
    second: "По словам директора, в фонде библиотеки уже двадцать тысяч книг, а к лету их станет ещё больше.",
    heading: "Что будет летом",
    third: "Летом в библиотеке откроют читальный зал под открытым небом и будут проводить занятия для детей каждую субботу.",
  },
  ar: {
    title: "افتتاح مكتبة جديدة في وسط البلدة",
    first: "افتتحت البلدية يوم الاثنين مكتبة عامة جديدة في مبنى السينما القديمة على الساحة الرئيسية في وسط البلدة.",
    second: "وقالت مديرة المكتبة إن المكتبة تضم عشرين ألف كتاب، وإن العدد سيزيد قبل الصيف بعد وصول شحنة جديدة.",
    heading: "خطط الصيف",
    third: "وفي الصيف ستفتح المكتبة قاعة للقراءة في الهواء الطلق، وستنظم أنشطة للأطفال في كل يوم سبت من الأسبوع.",
  },
  ko: {
    title: "읍내에 새 도서관 문 열어",
    first: "읍내 중심가 옛 극장 건물에 새 공공 도서관이 월요일 문을 열었다. 주민들이 오랫동안 요구해 온 시설이다.",
    second: "도서관장은 장서가 이미 이만 권에 이르며 여름까지 더 늘어날 것이라고 말했다.",
    heading: "여름에는 야외 열람실",
    third: "여름에는 야외 열람실을 열고 매주 토요일마다 어린이 독서 교실을 운영할 계획이다.",
  },
  hi: {
    title: "कस्बे में नया पुस्तकालय खुला",
    first: "कस्बे के मुख्य चौक पर पुराने सिनेमा घर की इमारत में सोमवार को नया सार्वजनिक पुस्तकालय खोला गया।",
    second: "पुस्तकालय की निदेशक ने बताया कि यहां अभी बीस हजार किताबें हैं और गर्मियों तक इनकी संख्या और बढ़ेगी।",
    heading: "गर्मियों की योजना",
    third: "गर्मियों में पुस्तकालय में खुले में पढ़ने की जगह बनाई जाएगी और हर शनिवार को बच्चों के लिए कार्यक्रम होंगे।",
  },
  de: {
    title: "Neue Bibliothek im alten Kino eröffnet",
    first: "Im früheren Kino am Marktplatz hat am Montag die neue Stadtbibliothek eröffnet. Die Bürger hatten lange darauf gewartet.",
    second: "Nach Angaben der Leiterin stehen bereits zwanzigtausend Bücher in den Regalen, bis zum Sommer sollen es mehr werden.",
    heading: "Lesesaal im Freien",
    third: "Im Sommer soll ein Lesesaal im Freien öffnen, und jeden Samstag gibt es dann ein Programm für die Kinder der Stadt.",
  },
  fr: {
    title: "Une nouvelle bibliothèque dans l'ancien cinéma",
    first: "La nouvelle bibliothèque municipale a ouvert lundi dans l'ancien cinéma de la place du marché, à la demande des habitants.",
    second: "Selon sa directrice, les rayons comptent déjà vingt mille livres, et il y en aura davantage avant l'été.",
    heading: "Une salle de lecture en plein air",
    third: "Cet été, une salle de lecture ouvrira en plein air et des ateliers pour les enfants auront lieu tous les samedis.",
  },
  es: {
    title: "Abre una nueva biblioteca en el antiguo cine",
    first:
      "La nueva biblioteca municipal abrió el lunes en el antiguo cine de la plaza del mercado, como pedían los vecinos desde hace años.",
    second: "Según su directora, las estanterías ya guardan veinte mil libros, y antes del verano habrá muchos más.",
    heading: "Una sala de lectura al aire libre",
    third: "En verano abrirá una sala de lectura al aire libre y habrá talleres para los niños todos los sábados por la mañana.",
  },
  it: {
    title: "Apre la nuova biblioteca nell'ex cinema",
    first: "La nuova biblioteca comunale ha aperto lunedì nell'ex cinema della piazza del mercato, come chiedevano da anni i residenti.",
    second: "Secondo la direttrice, sugli scaffali ci sono già ventimila libri, e prima dell'estate saranno molti di più.",
    heading: "Una sala di lettura all'aperto",
    third: "In estate aprirà una sala di lettura all'aperto e ci saranno laboratori per i bambini ogni sabato mattina.",
  },
  pt: {
    title: "Nova biblioteca abre no antigo cinema",
    first: "A nova biblioteca municipal abriu na segunda-feira no antigo cinema da praça do mercado, como pediam os moradores há anos.",
    second: "Segundo a diretora, as estantes já guardam vinte mil livros, e antes do verão serão muitos mais.",
    heading: "Uma sala de leitura ao ar livre",
    third: "No verão vai abrir uma sala de leitura ao ar livre e haverá oficinas para as crianças todos os sábados de manhã.",
  },
  pl: {
    title: "Nowa biblioteka w dawnym kinie",
    first: "Nowa biblioteka miejska została otwarta w poniedziałek w dawnym kinie przy rynku, o co mieszkańcy prosili od lat.",
    second: "Według dyrektorki na półkach stoi już dwadzieścia tysięcy książek, a przed latem będzie ich znacznie więcej.",
    heading: "Czytelnia pod gołym niebem",
    third: "Latem otworzy się czytelnia pod gołym niebem, a w każdą sobotę odbędą się zajęcia dla dzieci z całego miasta.",
  },
  zh: {
    title: "老电影院改建的图书馆开放",
    first: "位于市场广场的老电影院改建而成的市图书馆周一正式开放，这是居民们盼望多年的公共设施。",
    second: "馆长介绍，图书馆目前已有两万册藏书，到夏天还将继续增加，并开设儿童阅览区。",
    heading: "夏天开放露天阅览区",
    third: "今年夏天，图书馆将开放露天阅览区，每周六还将为孩子们举办读书活动，欢迎市民参加。",
  },
  ja: {
    title: "旧映画館に新しい図書館が開館",
    first: "市場前広場の旧映画館を改装した市立図書館が月曜日に開館した。住民が長年求めてきた施設だ。",
    second: "館長によると、蔵書はすでに二万冊に達しており、夏までにさらに増やす予定だという。",
    heading: "夏には屋外の閲覧席も",
    third: "夏には屋外の閲覧席を設け、毎週土曜日には子ども向けの読み聞かせ会を開く計画だ。",
  },
  th: {
    title: "ห้องสมุดแห่งใหม่เปิดในโรงภาพยนตร์เก่า",
    first: "ห้องสมุดประชาชนแห่งใหม่เปิดให้บริการเมื่อวันจันทร์ในอาคารโรงภาพยนตร์เก่าริมตลาด ชาวบ้านรอคอยมาหลายปี",
    second: "ผู้อำนวยการห้องสมุดกล่าวว่า ขณะนี้มีหนังสือสองหมื่นเล่ม และจะเพิ่มขึ้นอีกก่อนฤดูร้อน",
    heading: "มุมอ่านหนังสือกลางแจ้ง",
    third: "ในฤดูร้อนห้องสมุดจะเปิดมุมอ่านหนังสือกลางแจ้ง และจัดกิจกรรมสำหรับเด็กทุกวันเสาร์",
  },
} satisfies Record<string, Story>;

type StoryLanguage = keyof typeof STORIES;

/**
 * A news page around a story: menu, title, the header's lines, then the body with the lines set into it, over the
 * first paragraph or, `midStory`, between the second paragraph and the heading.
 */
function page(language: StoryLanguage, header: readonly string[], intoBody: readonly string[] = [], midStory = false): Article {
  const story = STORIES[language];
  const inserted = intoBody.flatMap((line) => [line, ""]);
  const lines = [
    "Home",
    "News",
    "",
    story.title,
    "",
    ...header,
    "",
    ...(midStory ? [] : inserted),
    story.first,
    "",
    story.second,
    "",
    ...(midStory ? inserted : []),
    story.heading,
    "",
    story.third,
    "",
  ];
  return fromText(lines.join("\n"));
}

function bodyTexts(article: Article): string[] {
  return article.body.map((block) => ("text" in block ? block.text : block.type));
}

describe("share bars in other languages and scripts", () => {
  it("drops a share bar's label with the networks after its colon, and networks named in other scripts", () => {
    const cases: Array<[StoryLanguage, string]> = [
      ["ru", "Поделиться: ВКонтакте Telegram Одноклассники"],
      ["ar", "شارك: فيسبوك تويتر واتساب"],
      ["hi", "शेयर करें: फेसबुक ट्विटर व्हाट्सऐप"],
      ["ko", "페이스북 트위터 카카오톡 링크복사"],
      ["zh", "分享到：微信 微博 QQ空间"],
      ["de", "Teilen: Facebook X E-Mail"],
      ["fr", "Partager : Facebook"],
    ];
    for (const [language, shareBar] of cases) {
      const story = STORIES[language];
      expect(bodyTexts(page(language, ["12.03.2025"], [shareBar])), shareBar).toEqual([
        story.first,
        story.second,
        story.heading,
        story.third,
      ]);
    }
  });

  it("drops a share bar's label alone in Russian, Ukrainian, Hindi, Japanese, Polish, Czech, Turkish and Arabic", () => {
    for (const [language, label] of [
      ["ru", "Поделиться"],
      ["hi", "शेयर करें"],
      ["ja", "この記事をシェアする"],
      ["de", "Udostępnij"],
      ["ru", "Поделитесь"],
      ["ru", "Поділитися"],
      ["de", "Podziel się"],
      ["de", "Sdílet"],
      ["de", "Paylaş"],
      ["ar", "شارك الخبر"],
      ["ar", "شارك المقال"],
    ] as Array<[StoryLanguage, string]>) {
      expect(bodyTexts(page(language, ["12.03.2025"], [label])), label).not.toContain(label);
    }
  });

  it("keeps a heading that opens with a share label but names no network, or names one in a sentence", () => {
    for (const [language, heading] of [
      ["de", "Teilen: Facebook will Gebühren"],
      ["es", "Compartir: la mesa del barrio"],
      ["ru", "Поделиться: как соседи помогают друг другу"],
      // A network's name in Latin letters from another country's list is a word of a heading here (a tram's line).
      ["fr", "Line X"],
      ["de", "Print Line"],
    ] as Array<[StoryLanguage, string]>) {
      expect(bodyTexts(page(language, ["12.03.2025"], [heading], true)), heading).toContain(heading);
    }
  });
});

describe("a blog's date line with its writer after it", () => {
  it("reads the date and the writer of 'Posted on <date> by <name>' in French, Spanish, German, Italian, Portuguese, Dutch and Polish", () => {
    const cases: Array<[StoryLanguage, string, string]> = [
      ["fr", "Publié le 12 mars 2025 par Élodie Marchal", "Élodie Marchal"],
      ["es", "Publicado el 12 de marzo de 2025 por Inés Calvo", "Inés Calvo"],
      ["de", "Veröffentlicht am 12. März 2025 von Jonas Albrecht", "Jonas Albrecht"],
      ["it", "Pubblicato il 12 marzo 2025 da Chiara Fontana", "Chiara Fontana"],
      ["it", "Pubblicato il 12 marzo 2025 di Chiara Fontana", "Chiara Fontana"],
      ["pt", "Publicado em 12 de março de 2025 por Rita Sampaio", "Rita Sampaio"],
      ["de", "Geplaatst op 12 maart 2025 door Sanne Visser", "Sanne Visser"],
      ["pl", "Opublikowano 12 marca 2025 przez Katarzyna Wójcik", "Katarzyna Wójcik"],
    ];
    for (const [language, line, name] of cases) {
      const article = page(language, [line]);
      expect(article.authors, line).toEqual([{ type: "Person", name }]);
      expect(article.datePublished, line).toBe("2025-03-12");
      expect(bodyTexts(article)[0], line).toBe(STORIES[language].first);
    }
  });

  it("takes no writer from a date and a name in the story when no 'published' label opens the line", () => {
    for (const [language, line] of [
      ["de", "Seit dem 12. März 2025 von Jonas Albrecht"],
      ["fr", "Le 12 mars 2025 par Élodie Marchal"],
      ["es", "Desde el 12 de marzo de 2025 por Inés Calvo"],
      // Polish "przez" is "through" and "for" too: "from 12 March 2025 for Katarzyna Wójcik".
      ["pl", "Od 12 marca 2025 przez Katarzyna Wójcik"],
    ] as Array<[StoryLanguage, string]>) {
      const article = page(language, ["Anna Berg", "10.03.2025"], [line], true);
      expect(bodyTexts(article), line).toEqual([
        STORIES[language].first,
        STORIES[language].second,
        line,
        STORIES[language].heading,
        STORIES[language].third,
      ]);
    }
  });
});

describe("a press release's date line", () => {
  it("dates the page by 'Pressemitteilung vom …' and 'Communiqué de presse du …' under the title", () => {
    for (const [language, line] of [
      ["de", "Pressemitteilung vom 3. Februar 2025"],
      ["de", "Medienmitteilung vom 3. Februar 2025"],
      ["de", "Presseinformation vom 3. Februar 2025"],
      ["fr", "Communiqué de presse du 3 février 2025"],
    ] as Array<[StoryLanguage, string]>) {
      const article = page(language, [line]);
      expect([article.datePublished, bodyTexts(article)[0]], line).toEqual(["2025-02-03", STORIES[language].first]);
    }
  });

  it("keeps a sentence of the story that names an earlier release by its date", () => {
    const sentence = "Die Pressemitteilung vom 3. Februar 2025 nannte noch keine Zahlen zur Zahl der Bücher.";
    const article = page("de", ["12.03.2025"], [sentence], true);
    expect([article.datePublished, bodyTexts(article)]).toEqual([
      "2025-03-12",
      [STORIES.de.first, STORIES.de.second, sentence, STORIES.de.heading, STORIES.de.third],
    ]);
  });
});

describe("the Japanese head of related teasers", () => {
  it("ends the story at 'あわせて読みたい' over teasers with their dates", () => {
    const story = STORIES.ja;
    const teasers = ["空き店舗を借りて始める小さな本屋（2025.02.20）", "冬の図書館で過ごす休日（2025.01.15）"];
    for (const head of ["あわせて読みたい", "合わせて読みたい"]) {
      const article = fromText(
        ["Home", "", story.title, "", "2025.03.12", "", story.first, "", story.second, "", story.third, "", head, ...teasers, ""].join(
          "\n",
        ),
      );
      expect(bodyTexts(article), head).toEqual([story.first, story.second, story.third]);
    }
  });

  it("keeps a sentence of the story that holds the same words", () => {
    const story = STORIES.ja;
    const sentence = "館長は、この図書館の写真集はあわせて読みたい本ばかりだと話す。";
    const article = fromText(["Home", "", story.title, "", "2025.03.12", "", story.first, "", sentence, "", story.second, ""].join("\n"));
    expect(bodyTexts(article)).toEqual([story.first, sentence, story.second]);
  });
});

describe("a Chinese or Japanese prompt to read on with its linked title on the same line", () => {
  const pageWith = (language: "zh" | "ja", line: string) => {
    const story = STORIES[language];
    return fromText(
      ["Home", "", story.title, "", "2025.03.12", "", story.first, "", line, "", story.second, "", story.third, ""].join("\n"),
    );
  };

  it("reads the line as a link to another story, no heading of the text under it", () => {
    const lines: [language: "zh" | "ja", line: string][] = [
      ["zh", "延伸阅读：河边新开了一家旧书店"],
      ["zh", "推荐阅读：冬天的图书馆"],
      ["zh", "延伸閱讀：河邊新開了一家舊書店"],
      ["ja", "あわせて読みたい：冬の図書館で過ごす休日"],
    ];
    for (const [language, line] of lines) {
      const story = STORIES[language];
      const article = pageWith(language, line);
      expect(
        article.body.some((block) => block.type === "heading"),
        line,
      ).toBe(false);
      expect(
        bodyTexts(article).filter((text) => text !== "related"),
        line,
      ).toEqual([story.first, story.second, story.third]);
    }
  });

  it("keeps a sentence of the story that opens with the same words but names no title after a colon", () => {
    const sentence = "延伸阅读的书目由馆员每月更新，读者可以在服务台借阅。";
    expect(bodyTexts(pageWith("zh", sentence))).toEqual([STORIES.zh.first, sentence, STORIES.zh.second, STORIES.zh.third]);
  });

  it("keeps a paragraph after the prompt and colon, longer than a headline, though no full stop closes it", () => {
    const lines: [language: "zh" | "ja", line: string][] = [
      ["zh", "推荐阅读：馆员每月把十本新书摆在门口的书架上，读者可以随手取阅，借走时也不必登记"],
      ["ja", "関連記事：市は来年度、ほかの空き倉庫についても使い道を検討し、住民への説明会を開く予定だ"],
    ];
    for (const [language, line] of lines) {
      const story = STORIES[language];
      expect(bodyTexts(pageWith(language, line)), line).toEqual([story.first, line, story.second, story.third]);
    }
  });
});

describe("a Korean writer's label and role around the name", () => {
  it("names the writer alone from '글 <name> 기자' (text: …, reporter), the role no second person", () => {
    for (const line of ["글 이지은 기자", "글·사진 이지은 기자"]) {
      const article = page("ko", [line, "2025년 3월 12일 10:32"]);
      expect(article.authors, line).toEqual([{ type: "Person", name: "이지은" }]);
      expect(article.datePublished, line).toBe("2025-03-12");
    }
  });

  it("still names two writers after a label", () => {
    expect(page("ko", ["글 이지은 최준호", "2025년 3월 12일"]).authors).toEqual([
      { type: "Person", name: "이지은" },
      { type: "Person", name: "최준호" },
    ]);
  });
});

describe("a slashed date before a 24-hour time", () => {
  it("reads it in the order the page's language writes numeric dates, day first in Portuguese, Spanish and Italian", () => {
    for (const [language, line] of [
      ["pt", "05/03/2025 10h32"],
      ["pt", "05/03/2025 às 10h32"],
      ["pt", "05/03/2025 10:32"],
      ["pt", "05/03/2025 10h32 Atualizado há 2 horas"],
      ["es", "05/03/2025 - 10:32"],
      ["it", "05/03/2025 alle 10:32"],
    ] as Array<[StoryLanguage, string]>) {
      const article = page(language, ["Ana Costa", line]);
      expect(article.datePublished, line).toBe("2025-03-05");
      expect(article.headline, line).toBe(STORIES[language].title);
    }
  });

  it("reads no date from a slashed date in a sentence", () => {
    const line = "Inscrições até 05/03/2025 às 10h32, na sede da associação de moradores do bairro";
    expect(page("pt", ["Ana Costa", line]).datePublished).toBeUndefined();
  });

  it("reads a slashed date alone under the writer's name as the header's date, day first in Portuguese", () => {
    const article = page("pt", ["Ana Costa", "05/03/2025"]);
    expect(article.datePublished).toBe("2025-03-05");
    expect(article.authors).toEqual([{ type: "Person", name: "Ana Costa" }]);
  });
});

describe("Hindi bylines", () => {
  it("names the writer after the label for the writer or 'by' and a colon or a dash", () => {
    for (const line of ["लेखक: अमित जोशी", "लेखिका: अमित जोशी", "लेखक - अमित जोशी", "द्वारा: अमित जोशी"]) {
      const article = page("hi", [line, "12 मार्च 2025"]);
      expect(article.authors, line).toEqual([{ type: "Person", name: "अमित जोशी" }]);
      expect(article.headline, line).toBe(STORIES.hi.title);
    }
    expect(page("hi", ["लेखक: अमित जोशी, सीमा राव", "12 मार्च 2025"]).authors).toEqual([
      { type: "Person", name: "अमित जोशी" },
      { type: "Person", name: "सीमा राव" },
    ]);
  });

  it("takes no writer from the label's word opening a title or a sentence without a colon", () => {
    for (const line of ["लेखक से मुलाकात", "द्वारा जारी सूची", "लेखक: पुस्तकालय की नई किताबें अब हर शाखा में मिलेंगी", "रिपोर्ट: महंगाई फिर बढ़ी"]) {
      expect(page("hi", ["12 मार्च 2025"], [line], true).authors, line).toBeUndefined();
    }
  });
});

describe("Thai bylines", () => {
  it("names the writer after 'by' or after the writer's noun and a colon: a given name and a family name in Thai script", () => {
    for (const line of ["โดย สมชาย ใจดี", "เขียนโดย สมชาย ใจดี", "ผู้เขียน: สมชาย ใจดี"]) {
      const article = page("th", [line, "12 มีนาคม 2025"]);
      expect(article.authors, line).toEqual([{ type: "Person", name: "สมชาย ใจดี" }]);
      expect(bodyTexts(article)[0], line).toBe(STORIES.th.first);
    }
    expect(page("th", ["โดย สมชาย ใจดี, สมหญิง รักไทย", "12 มีนาคม 2025"]).authors).toEqual([
      { type: "Person", name: "สมชาย ใจดี" },
      { type: "Person", name: "สมหญิง รักไทย" },
    ]);
  });

  it("reads a news team after 'by' as the paper's desk, and a reporter's role as no one", () => {
    expect(page("th", ["โดย ทีมข่าว ไทยรัฐ", "12 มีนาคม 2025"]).authors).toEqual([{ type: "Organization", name: "ทีมข่าว ไทยรัฐ" }]);
    expect(page("th", ["12 มีนาคม 2025"], ["โดย ผู้สื่อข่าว ประจำจังหวัด"], true).authors).toBeUndefined();
  });

  it("takes no writer from a clause opening with 'by', the writer's noun without a colon, or a lone word", () => {
    for (const line of ["โดย นายกรัฐมนตรี กล่าวว่า โครงการนี้", "โดยทั่วไป ประชาชน", "ผู้เขียน สมชาย ใจดี", "โดย สมชาย"]) {
      expect(page("th", ["12 มีนาคม 2025"], [line], true).authors, line).toBeUndefined();
    }
  });
});

describe("Thai dates with an abbreviated month", () => {
  it("reads the month's initials, a dot after each, with a Buddhist or a common era year", () => {
    for (const [line, iso] of [
      ["4 มี.ค. 2568", "2025-03-04"],
      ["เผยแพร่: 4 มี.ค. 2568 14:30 น.", "2025-03-04"],
      ["12 ก.พ. 2568", "2025-02-12"],
      ["9 เม.ย. 2025", "2025-04-09"],
    ] as Array<[string, string]>) {
      const article = page("th", ["โดย สมชาย ใจดี", line]);
      expect(article.datePublished, line).toBe(iso);
      expect(bodyTexts(article)[0], line).toBe(STORIES.th.first);
    }
  });

  it("reads no month from initials that name none, or from a month's initials without their dots", () => {
    for (const line of ["4 บ.ค. 2568", "4 มีค 2568", "4 พ.ศ. 2568"])
      expect(page("th", ["โดย สมชาย ใจดี", line]).datePublished, line).toBeUndefined();
  });
});

describe("photo credits in other languages under the header", () => {
  it("reads a caption signed with the word for a photo as the lead picture, not the headline or a heading", () => {
    for (const [language, caption, credit] of [
      ["hi", "पुस्तकालय का नया वाचनालय। फोटो: अमित जोशी", "अमित जोशी"],
      ["it", "La nuova sala di lettura (foto Marco Neri)", "Marco Neri"],
      ["pt", "A nova sala de leitura (Foto: Rita Lopes)", "Rita Lopes"],
      ["ko", "새로 문을 연 도서관 열람실. 사진=김민수 기자", "김민수 기자"],
      ["de", "Der neue Lesesaal. Fot. Jan Wrona", "Jan Wrona"],
    ] as Array<[StoryLanguage, string, string]>) {
      const article = page(language, ["12.03.2025", "", caption]);
      expect(article.headline, caption).toBe(STORIES[language].title);
      expect(article.image?.credit, caption).toBe(credit);
      expect(bodyTexts(article), caption).toEqual([
        STORIES[language].first,
        STORIES[language].second,
        STORIES[language].heading,
        STORIES[language].third,
      ]);
    }
  });
});

describe("a Japanese or Chinese wire's name after the date", () => {
  it("names the agency in brackets after the date line as an Organization", () => {
    for (const [language, line, name] of [
      ["ja", "2025年3月12日 10時32分（共同通信）", "共同通信"],
      ["ja", "2025年3月12日 10:32（時事）", "時事"],
      ["zh", "2025年3月12日 10:32（新华社）", "新华社"],
      ["it", "12 marzo 2025 (ANSA)", "ANSA"],
    ] as Array<[StoryLanguage, string, string]>) {
      const article = page(language, [line]);
      expect(article.authors, line).toEqual([{ type: "Organization", name }]);
      expect(article.datePublished, line).toBe("2025-03-12");
    }
  });

  it("takes no author from a weekday, a place or a note in brackets after the date", () => {
    for (const [language, line] of [
      ["ja", "2025年3月12日（水）"],
      ["ja", "2025年3月12日 10:32（東京）"],
      ["zh", "2025年3月12日（更新）"],
      ["it", "12 marzo 2025 (Milano)"],
    ] as Array<[StoryLanguage, string]>) {
      const article = page(language, [line]);
      expect(article.authors, line).toBeUndefined();
      expect(article.datePublished, line).toBe("2025-03-12");
    }
  });

  it("takes no author from a public body after the word for an agency, named in a phrase", () => {
    expect(page("fr", ["12 mars 2025 (Agence régionale de santé)"]).authors).toBeUndefined();
    expect(page("fr", ["12 mars 2025 (Agence France-Presse)"]).authors).toEqual([{ type: "Organization", name: "Agence France-Presse" }]);
  });
});

describe("a Korean writer's and photographer's credit on one line", () => {
  it("names the writer, not the photographer, from '글 <name> 기자 사진 <name> 기자' (text by …, photos by …)", () => {
    for (const line of ["글 이지은 기자 사진 최준호 기자", "글 이지은 기자 사진=최준호 기자", "이지은 기자 사진 최준호 기자"]) {
      const article = page("ko", [line, "2025년 3월 12일 10:32"]);
      expect(article.authors, line).toEqual([{ type: "Person", name: "이지은" }]);
      expect(article.datePublished, line).toBe("2025-03-12");
    }
  });
});

describe("a 'last updated' label over a help page or a public notice", () => {
  it("reads the date after 'Zuletzt aktualisiert', 'Ultimo aggiornamento' and 'Laatst bijgewerkt' as the modified date", () => {
    for (const [language, line, iso] of [
      ["de", "Zuletzt aktualisiert: 14. Juli 2025", "2025-07-14"],
      ["it", "Ultimo aggiornamento: 14 luglio 2025", "2025-07-14"],
      ["de", "Laatst bijgewerkt: 2 maart 2025", "2025-03-02"],
      ["de", "Bijgewerkt op 2 maart 2025", "2025-03-02"],
    ] as Array<[StoryLanguage, string, string]>) {
      const article = page(language, [line]);
      expect(article.dateModified, line).toBe(iso);
      expect(bodyTexts(article), line).not.toContain(line);
    }
  });

  it("keeps a sentence of the story that opens with the label's words", () => {
    for (const [language, line] of [
      ["de", "Zuletzt aktualisiert wurde die Liste der Spielplätze am 3. März 2019 von der Stadt."],
      ["de", "Bijgewerkt worden de dienstregelingen pas op 2 maart 2025, meldt de gemeente."],
    ] as Array<[StoryLanguage, string]>) {
      const article = page(language, ["12.03.2025"], [line], true);
      expect(bodyTexts(article), line).toContain(line);
      expect(article.dateModified, line).toBeUndefined();
    }
  });
});

describe("a feedback widget's question in Dutch, Polish, Russian, Chinese, Japanese and Korean", () => {
  it("drops the question that help pages and public bodies set under the text", () => {
    for (const [language, question] of [
      ["de", "Was dit artikel nuttig?"],
      ["de", "Czy ten artykuł był pomocny?"],
      ["ru", "Была ли эта статья полезной?"],
      ["zh", "这篇文章对您有帮助吗？"],
      ["ja", "このページの情報は役に立ちましたか？"],
      ["ja", "この記事は役に立ちましたか?"],
      ["ko", "이 글이 도움이 되었나요?"],
    ] as Array<[StoryLanguage, string]>) {
      const story = STORIES[language];
      const texts = bodyTexts(page(language, ["12.03.2025"], [question], true));
      expect(texts, question).not.toContain(question);
      expect(texts.slice(0, 2), question).toEqual([story.first, story.second]);
    }
  });

  it("keeps a heading or a sentence that asks more than the widget", () => {
    for (const [language, line] of [
      ["ru", "Была ли эта статья полезной для читателей библиотеки?"],
      ["ja", "この記事は役に立ちましたか？読者アンケートの結果を紹介します。"],
      ["de", "Was dit artikel nuttig? Dat vroegen we de lezers van de bibliotheek."],
    ] as Array<[StoryLanguage, string]>) {
      expect(bodyTexts(page(language, ["12.03.2025"], [line], true)), line).toContain(line);
    }
  });
});

describe("a Chinese or Japanese meta line parted by ideographic spaces", () => {
  /** Each line, set under the headline, dates the page (12 March 2025), names its writer if any, and leaves the body. */
  const readsFields = (lines: Array<[StoryLanguage, string, string | undefined]>) => {
    for (const [language, line, author] of lines) {
      const article = page(language, [line]);
      expect(article.datePublished, line).toBe("2025-03-12");
      expect(
        article.authors?.map((person) => person.name),
        line,
      ).toEqual(author && [author]);
      expect(bodyTexts(article)[0], line).toBe(STORIES[language].first);
    }
  };

  it("reads the date, and the writer after '作者', from fields set apart by U+3000", () => {
    readsFields([
      ["zh", "发布时间：2025-03-12　来源：海岛日报　浏览次数：1024", undefined],
      ["zh", "作者：林小雨　2025-03-12　阅读 3.2万", "林小雨"],
      ["ja", "2025年3月12日　10:32　出典：港町新聞", undefined],
      // No bar, dot or dash in the line: the ideographic space alone marks it as a meta line of fields.
      ["zh", "2025年3月12日　来源：海岛日报　作者：林小雨", "林小雨"],
    ]);
  });

  it("reads the same fields parted by plain spaces before each field's label and its colon", () => {
    readsFields([
      ["zh", "2025-03-12 14:30 来源：海岛日报 记者 林小雨", "林小雨"],
      ["zh", "发布时间：2025-03-12 09:12:45  来源：海岛日报  作者：林小雨", "林小雨"],
      // No bar, dot or dash: the label's colon marks the line as one of fields.
      ["zh", "2025年3月12日 来源：海岛日报", undefined],
      ["ja", "2025年3月12日 10:32 出典：港町新聞", undefined],
    ]);
  });

  it("keeps a line under the headline whose date is followed by a speaker's words, not a field", () => {
    // A speaker's name or a short clause before a colon ("市长表示：", "代表：") is no field's label.
    for (const line of ["2025年3月12日 市长表示：新馆年底开放，欢迎市民参观。", "2025年3月12日 15:00 代表：加快发展新质生产力"]) {
      const article = page("zh", [], [line]);
      expect(bodyTexts(article), line).toContain(line);
    }
  });

  it("keeps a date set before a clause of the story that holds a colon", () => {
    const line = "2025年3月12日 市长在开馆仪式上说：新图书馆将成为市民共同的书房，欢迎大家常来。";
    const article = page("zh", ["2025年3月12日"], [line], true);
    expect(bodyTexts(article), line).toContain(line);
  });

  it("keeps a date set before a clause of the story by an ideographic space", () => {
    const line = "2025年3月12日　市場前広場で開館式を開き、市長や住民ら二百人が新しい図書館の完成を祝った。";
    const article = page("ja", ["2025年3月12日"], [line], true);
    expect(bodyTexts(article), line).toContain(line);
  });
});
