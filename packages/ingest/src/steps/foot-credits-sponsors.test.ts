import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";

// Round fx108: a desk's credits, a transcript's note and a sponsor's label or note under or over the story, and related
// boxes' labels in more languages. Every page here is invented for these tests.
const page = (...blocks: string[]) => `${blocks.join("\n\n")}\n`;
const paragraphs = (text: string) =>
  fromText(text)
    .body.filter((block) => block.type === "paragraph")
    .map((block) => (block.type === "paragraph" ? block.text : ""));

const ZH = {
  headline: "城西老旧小区加装电梯全面铺开",
  body: [
    "记者从城西区住建局获悉，今年全区计划在38个老旧小区加装电梯120部，目前已有46部开工建设，预计年底前全部投入使用。",
    "城西区上世纪九十年代建成的多层住宅占比较高，老年居民上下楼难的问题十分突出，街道为此专门成立了工作组。",
    "今年起，区财政对每部加装电梯的补贴由15万元提高到最高20万元，居民还可以提取住房公积金支付自筹部分。",
  ],
  // A related box and a newsletter's pitch under the credits: the region runs past the credits to the pitch.
  foot: [
    "相关阅读",
    "城西区今年改造老旧小区52个",
    "电梯维保费用谁来出？",
    "早间简报",
    "订阅我们的免费简报，每天早上收到当日要闻。",
    "订阅",
    "© 2025 江南日报 版权所有",
  ],
};
const zhPage = (...credits: string[]) => page(ZH.headline, "记者 王丽娟", "2025-04-22 07:30", ...ZH.body, ...credits, ...ZH.foot);

describe("a Chinese story's desk credits at its foot", () => {
  it("ends the story over the source and the editor in charge, in brackets or not", () => {
    expect(paragraphs(zhPage("来源：江南日报", "责任编辑：刘洋")).at(-1)).toBe(ZH.body[2]);
    expect(paragraphs(zhPage("来源：江南日报", "（责任编辑：刘洋）")).at(-1)).toBe(ZH.body[2]);
  });

  it("ends it over several credits on a line, and over a credit with no colon", () => {
    expect(paragraphs(zhPage("编辑：王芳 校对：李明", "审核：赵强")).at(-1)).toBe(ZH.body[2]);
    expect(paragraphs(zhPage("来源：江南日报", "编辑 刘洋")).at(-1)).toBe(ZH.body[2]);
  });

  it("keeps a last paragraph opening with a credit's label: a sentence", () => {
    const sentence = "来源：市统计局数据显示，全市常住人口去年增长了1.2%，增幅为近五年最高。";
    expect(paragraphs(zhPage(sentence, "来源：江南日报", "责任编辑：刘洋")).at(-1)).toBe(sentence);
  });
});

const SPONSORED = {
  headline: "Five ways small firms can cut their cloud bills this year",
  deck: "Simple changes to storage and licensing can save thousands, say IT consultants.",
  body: [
    "For many small businesses, cloud costs have crept up quietly: a storage bucket nobody deleted, a licence for a staff member who left.",
    "Consultants say most firms can trim their monthly bill by a fifth with an afternoon of housekeeping and a list of every paid seat.",
    "Development servers left running overnight and at weekends can double a small firm's compute bill, the consultants warn.",
  ],
  // A newsletter's box and the footer, as one block of the page.
  foot: "Get the morning briefing\n\nSign up for our free newsletter and get the day's top stories in your inbox.\n\nSign up\n\n© 2025 The Metro Ledger.",
};

describe("a sponsor's label and note", () => {
  it("reads a sponsor's label under the deck as header and a paid story's note under it as no paragraph", () => {
    const text = page(
      SPONSORED.headline,
      SPONSORED.deck,
      "In partnership with Northwind Cloud",
      "March 3, 2025",
      ...SPONSORED.body,
      "This content was paid for by Northwind Cloud and produced by the Ledger's partner studio. It was not written by Ledger journalists.",
      SPONSORED.foot,
    );
    const read = paragraphs(text);
    expect([read[0], read.at(-1)]).toEqual([SPONSORED.body[0], SPONSORED.body[2]]);
  });

  it("keeps a story's first sentence opening with a partnership: it goes on past a comma", () => {
    const lead = "In partnership with the council, volunteers planted 400 trees along the river last spring and will plant as many again.";
    const text = page(
      SPONSORED.headline,
      SPONSORED.deck,
      "Sponsored by Northwind Cloud",
      "March 3, 2025",
      lead,
      ...SPONSORED.body.slice(1),
      SPONSORED.foot,
    );
    expect(paragraphs(text)[0]).toBe(lead);
  });

  it("takes an Italian sponsor's label for no headline, and its note under the story for no paragraph", () => {
    const headline = "Cinque modi per tagliare la bolletta del cloud nelle piccole imprese";
    const body = [
      "Per molte piccole imprese la spesa per il cloud è cresciuta in silenzio: un archivio dimenticato, una licenza di un dipendente che se ne è andato.",
      "I server di prova accesi di notte e nei fine settimana possono raddoppiare la spesa di calcolo, avvertono i consulenti.",
    ];
    const text = page(
      headline,
      "Piccoli cambiamenti su archivi e licenze fanno risparmiare migliaia di euro.",
      "In collaborazione con Nuvola Nord",
      "3 marzo 2025",
      ...body,
      "Questo contenuto è stato realizzato in collaborazione con Nuvola Nord.",
      "La newsletter del mattino",
      "Iscriviti alla nostra newsletter gratuita e ricevi ogni mattina le notizie più importanti.",
      "© 2025 Il Corriere di Valle. Tutti i diritti riservati.",
    );
    expect(fromText(text).headline).toBe(headline);
    expect(paragraphs(text).at(-1)).toBe(body[1]);
  });
});

describe("a transcript's note under the last words spoken", () => {
  const header = [
    "Transcript: Mayor Ortiz on the housing plan",
    "The mayor speaks to Morning Forum about 1,200 new homes.",
    "May 12, 2025",
  ];
  const spoken = [
    "WHITAKER: Mayor, thanks for coming in. Let's start with the numbers: twelve hundred homes in five years. Is that realistic?",
    "ORTIZ: The first 400 units break ground this summer, and we expect families to move in by late 2026.",
  ];

  it("is no paragraph: the service's note or its warning of errors", () => {
    const note = "This transcript was produced by a transcription service and edited for clarity. Please check the audio before quoting.";
    expect(paragraphs(page(...header, ...spoken, note, SPONSORED.foot)).at(-1)).toBe(spoken[1]);
    const errors = "Transcripts may contain errors. Please check the corresponding audio before quoting in print.";
    expect(paragraphs(page(...header, ...spoken, errors, SPONSORED.foot)).at(-1)).toBe(spoken[1]);
  });

  it("keeps a story's last sentence on a transcript that goes on past a comma", () => {
    const sentence = "Transcripts may contain errors, the clerk conceded, but the court has never lost so much testimony at once before.";
    const note = "This is a rush transcript. Copy may not be in its final form.";
    expect(paragraphs(page(...header, ...spoken, note, SPONSORED.foot)).at(-1)).toBe(spoken[1]);
    expect(paragraphs(page(...header, ...spoken, sentence, SPONSORED.foot)).at(-1)).toBe(sentence);
  });
});

describe("a story's last sentence worded as a transcript's or a sponsor's note", () => {
  // Review of fx108: the news of a transcript, a series or a podcast opens as a note does and stays the story's.
  it.each([
    "Transcripts provided by the city hall show the call lasted thirty minutes.",
    "This transcript was provided to reporters by the defence team on Friday evening.",
    "This series was commissioned by a streaming service after the first film drew forty million viewers.",
    "This podcast was created by two students for a class project and now has two million listeners.",
  ])("keeps %s", (sentence) => {
    expect(paragraphs(page(SPONSORED.headline, "March 3, 2025", ...SPONSORED.body, sentence, SPONSORED.foot)).at(-1)).toBe(sentence);
  });

  it.each([
    [
      "Prozess um Hafenbrand: Anwalt verlangt Abschrift der Telefonate",
      "3. März 2025",
      "Im Prozess um den Brand im Hafenlager hat die Verteidigung am Dienstag die vollständige Abschrift aller abgehörten Telefonate verlangt.",
      "Die Staatsanwaltschaft wirft dem Lagerverwalter vor, die Sprinkleranlage wochenlang abgeschaltet zu haben, um Strom zu sparen.",
      "Das Transkript ist erstellt worden, nachdem der Anwalt der Familie es beim Gericht verlangt hatte.",
    ],
    [
      "Incendie du port : la défense réclame les écoutes",
      "3 mars 2025",
      "Au procès de l'incendie de l'entrepôt du port, la défense a réclamé mardi la totalité des conversations téléphoniques enregistrées.",
      "Le parquet reproche au gérant d'avoir coupé les extincteurs automatiques pendant des semaines pour économiser de l'électricité.",
      "Cette transcription a été réalisée par les enquêteurs à partir des écoutes téléphoniques du suspect.",
    ],
    [
      "Incendio del puerto: la defensa pide las escuchas",
      "3 de marzo de 2025",
      "En el juicio por el incendio del almacén del puerto, la defensa pidió el martes todas las conversaciones telefónicas grabadas.",
      "La fiscalía acusa al encargado de haber apagado los rociadores durante semanas para ahorrar electricidad.",
      "Esta transcripción fue realizada por la policía a partir de las grabaciones del móvil del acusado.",
    ],
  ])("keeps a sentence on a transcript the police or a court made (%s)", (...lines) => {
    expect(paragraphs(page(...lines, "© 2025 Hafenblatt")).at(-1)).toBe(lines.at(-1));
  });

  it("still reads a series' payer's note as no paragraph", () => {
    const note = "This series was funded by a grant from the Harbour Foundation.";
    expect(paragraphs(page(SPONSORED.headline, "March 3, 2025", ...SPONSORED.body, note, SPONSORED.foot)).at(-1)).toBe(SPONSORED.body[2]);
  });
});

describe("a headline or deck opening with a sponsor's words and going on in lower case", () => {
  // Review of fx108: a label names its sponsor alone; a headline or deck opening so goes on to tell the news.
  const body = [
    "De gemeente legt samen met de bewoners van de Vogelwijk een park aan op de plek van de oude sporthal, meldde het college dinsdag.",
    "Het park krijgt een speeltuin, een moestuin en een vijver; de bewoners beslissen mee over de indeling en het onderhoud.",
  ];
  it.each([
    "In samenwerking met buurtbewoners legt gemeente nieuw park aan",
    "We współpracy z Niemcami Polska zbuduje nowy most na Odrze",
    "In collaborazione con l'Asl nasce il nuovo centro per anziani",
  ])("keeps %s for the headline under the site's menu", (headline) => {
    const text = page(
      "Het Rivierenblad",
      "Home  Nieuws  Sport  Cultuur  Economie",
      headline,
      "3 maart 2025",
      ...body,
      "© 2025 Het Rivierenblad",
    );
    expect(fromText(text).headline).toBe(headline);
  });

  it.each(["In partnership with Nasa students launch a weather balloon", "Presented by Ada Lee: the night's big winners"])(
    "keeps %s for the headline under an English site's menu",
    (headline) => {
      const text = page(
        "The Metro Ledger",
        "Home  News  Sport  Culture  Business",
        headline,
        "March 3, 2025",
        ...SPONSORED.body,
        SPONSORED.foot,
      );
      expect(fromText(text).headline).toBe(headline);
    },
  );
});

describe("a related box's label in Hebrew, Russian and Ukrainian", () => {
  it("ends the story over the box", () => {
    const body = [
      "В Казани в следующем месяце откроется первая в городе круглосуточная библиотека, сообщили в мэрии в понедельник.",
      "Читатели смогут брать книги в автоматах самообслуживания, а ночью зал будет работать только для владельцев читательских билетов.",
    ];
    const teasers = ["Мэрия Казани выделит деньги на ремонт районных библиотек", "Бывший кинотеатр на окраине станет культурным центром"];
    const pitch = [
      "Утренняя рассылка",
      "Подпишитесь на бесплатную рассылку и получайте главные новости дня по утрам.",
      "© 2025 Вечерний город.",
    ];
    for (const label of ["По теме", "Материалы по теме"])
      expect(
        paragraphs(
          page(
            "В Казани откроют первую круглосуточную библиотеку",
            "Анна Смирнова",
            "12 января 2025",
            ...body,
            label,
            ...teasers,
            ...pitch,
          ),
        ).at(-1),
      ).toBe(body[1]);
    const heBody = [
      "עיריית חיפה הודיעה היום כי ספרייה דיגיטלית ראשונה תיפתח בחודש הבא במבנה של מרכז הנוער הישן בשכונה הצפונית.",
      "לדברי ראש העירייה, הפרויקט עלה כשלושה מיליון שקלים ומומן ברובו מתרומות של תושבים ועסקים מקומיים בעיר.",
    ];
    const heText = page(
      "העירייה תפתח ספרייה דיגיטלית ראשונה בשכונה הצפונית",
      "מאת: דנה כהן",
      "12 בינואר 2025",
      ...heBody,
      "כתבות נוספות",
      "העירייה מאשרת תקציב חדש לשיפוץ גני המשחקים בעיר",
      "מרכז הנוער הישן ייהפך למתחם תרבות פתוח לציבור",
      "הניוזלטר של הבוקר",
      "הירשמו לניוזלטר החינמי שלנו וקבלו את עיקרי החדשות מדי בוקר.",
      "© 2025 חדשות הצפון.",
    );
    expect(paragraphs(heText).at(-1)).toBe(heBody[1]);
  });
});
