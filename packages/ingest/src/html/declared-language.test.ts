import { describe, expect, it } from "vitest";
import { fromHtml } from "../index.js";

/** Invented stories of three paragraphs: a full sample of prose for the detector. */
const STORIES: Record<string, string[]> = {
  en: [
    "The small ferry that links the two halves of the harbour town returned to service on Monday after three months in a dry dock, where workers replaced its engine.",
    "Passengers queued from early morning, and the first crossing left the quay ten minutes late because the captain wanted to greet the regular travellers by name.",
    "The council said the repairs cost less than expected, and that the money saved would go towards a new waiting room with heating and a roof that does not leak.",
  ],
  fr: [
    "Le petit bac qui relie les deux rives de la ville portuaire a repris son service lundi après trois mois en cale sèche, où les ouvriers ont remplacé son moteur.",
    "Les passagers faisaient la queue dès le petit matin, et la première traversée est partie avec dix minutes de retard parce que le capitaine voulait saluer les habitués.",
    "La mairie a indiqué que les travaux avaient coûté moins cher que prévu, et que l'argent économisé servirait à une nouvelle salle d'attente chauffée.",
  ],
  pl: [
    "Mały prom, który łączy dwie części portowego miasteczka, wrócił w poniedziałek do pracy po trzech miesiącach w suchym doku, gdzie robotnicy wymienili silnik.",
    "Pasażerowie ustawili się w kolejce od wczesnego rana, a pierwszy kurs wypłynął z opóźnieniem, bo kapitan chciał przywitać stałych podróżnych po imieniu.",
    "Urząd miasta poinformował, że remont kosztował mniej, niż zakładano, a zaoszczędzone pieniądze zostaną przeznaczone na nową poczekalnię z ogrzewaniem.",
  ],
  tr: [
    "Liman kasabasının iki yakasını birbirine bağlayan küçük feribot, kuru havuzda geçen üç ayın ardından pazartesi günü yeniden sefere başladı.",
    "Yolcular sabahın erken saatlerinden itibaren kuyruğa girdi ve ilk sefer, kaptan düzenli yolcuları adlarıyla selamlamak istediği için on dakika gecikmeyle kalktı.",
    "Belediye, onarımın beklenenden daha ucuza mal olduğunu ve tasarruf edilen paranın ısıtmalı, çatısı akmayan yeni bir bekleme salonu için kullanılacağını açıkladı.",
  ],
  uk: [
    "Невеликий пором, який з'єднує дві частини портового містечка, у понеділок повернувся на лінію після трьох місяців у сухому доку, де робітники замінили двигун.",
    "Пасажири вишикувалися в чергу з самого ранку, і перший рейс відійшов на десять хвилин пізніше, бо капітан хотів привітатися з постійними пасажирами на ім'я.",
    "У міській раді повідомили, що ремонт коштував дешевше, ніж очікували, а зекономлені гроші підуть на нову залу очікування з опаленням і дахом, який не протікає.",
  ],
  ru: [
    "Небольшой паром, который соединяет две части портового городка, в понедельник вернулся на линию после трёх месяцев в сухом доке, где рабочие заменили двигатель.",
    "Пассажиры выстроились в очередь с раннего утра, и первый рейс отошёл на десять минут позже, потому что капитан хотел поздороваться с постоянными пассажирами.",
    "В администрации города сообщили, что ремонт обошёлся дешевле, чем ожидалось, а сэкономленные деньги пойдут на новый зал ожидания с отоплением.",
  ],
  pt: [
    "A pequena balsa que liga as duas metades da cidade portuária voltou a operar na segunda-feira depois de três meses em doca seca, onde os operários trocaram o motor.",
    "Os passageiros fizeram fila desde cedo, e a primeira travessia saiu com dez minutos de atraso porque o comandante quis cumprimentar pelo nome os viajantes de sempre.",
    "A prefeitura disse que a obra custou menos do que o previsto e que o dinheiro economizado será usado numa nova sala de espera com aquecimento.",
  ],
};

/** A template that declares `lang` on every page, whatever its story's language; `head` in its head. */
function page(lang: string, paragraphs: readonly string[], head = ""): string {
  return `<!doctype html><html lang="${lang}"><head><title>Ferry | Coast Post</title>${head}</head><body>
    <nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <article><h1>Ferry back</h1>${paragraphs.map((text) => `<p>${text}</p>`).join("")}</article>
    <footer><p>Subscribe to our newsletter</p></footer></body></html>`;
}

const language = (html: string) => fromHtml(html, { url: "https://coast.example/ferry" }).inLanguage;

describe("a declared language the prose's words belie in the same script", () => {
  it("reads a story's own language under a template's declaration, and keeps a right one", () => {
    expect(language(page("en", STORIES.fr!))).toBe("fr");
    expect(language(page("en-US", STORIES.pl!))).toBe("pl");
    expect(language(page("de", STORIES.tr!))).toBe("tr");
    expect(language(page("ru", STORIES.uk!))).toBe("uk");
    expect(language(page("uk", STORIES.ru!))).toBe("ru");
    // Every declaration wrong alike; a right one among them stands, with its region.
    const jsonLd = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry back","inLanguage":"en-US"}</script>`;
    expect(language(page("en-US", STORIES.fr!, jsonLd))).toBe("fr");
    expect(language(page("en", STORIES.fr!, `<meta property="og:locale" content="fr_CA">`))).toBe("fr-CA");
    expect(language(page("pt-BR", STORIES.pt!))).toBe("pt-BR");
    expect(language(page("en-GB", STORIES.en!))).toBe("en-GB");
  });

  it("keeps the declaration over a quoted paragraph, a short story, or a language the detector cannot name", () => {
    const [first, second, third] = STORIES.en!;
    const quoting = [STORIES.fr![0]!, `That is how the local paper put it. ${first}`, second!, third!];
    expect(language(page("en", quoting))).toBe("en");
    expect(language(page("en", STORIES.fr!.slice(0, 2)))).toBe("en");
    const welsh = [
      "Mae'r fferi fach sy'n cysylltu dwy ran y dref harbwr yn ôl mewn gwasanaeth ddydd Llun ar ôl tri mis mewn doc sych, lle newidiodd y gweithwyr yr injan.",
      "Roedd teithwyr yn ciwio o'r bore bach, ac fe adawodd y daith gyntaf ddeg munud yn hwyr oherwydd bod y capten eisiau cyfarch y teithwyr rheolaidd wrth eu henwau.",
      "Dywedodd y cyngor fod y gwaith wedi costio llai na'r disgwyl ac y bydd yr arian a arbedwyd yn mynd tuag at ystafell aros newydd gyda gwres.",
    ];
    expect(language(page("cy", welsh))).toBe("cy");
    // And the French story under "en" that a template declared goes on to French with them.
    expect(language(page("en", STORIES.fr!))).toBe("fr");
  });

  it("keeps Galician over a story opening on a Portuguese quote, which the detector names Portuguese", () => {
    const galician = [
      "«Vamos analisar com calma a proposta da região, mas não aceitaremos nenhuma solução que deixe os moradores do porto sem o serviço de autocarro que têm há mais de vinte anos», afirmou o secretário de Estado durante a visita à fronteira.",
      "A biblioteca municipal da rúa do Muíño vai estar aberta ata as dez da noite durante a época de exames, anunciou o xoves o concello, despois de que os estudantes se queixasen de que as salas se enchían antes do mediodía.",
      "Os bibliotecarios explicaron que engadirán corenta mesas no segundo andar e que emprestarán cargadores no mostrador, mentres unha panadaría do barrio se ofreceu para montar un pequeno posto de café xunto á entrada.",
      "O horario ampliado custará uns doce mil euros, que o goberno local pensa sacar dun fondo reservado para unhas obras que remataron antes do previsto nesta primavera.",
    ];
    expect(language(page("gl", galician))).toBe("gl");
  });
});
