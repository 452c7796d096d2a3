// Invented stories that several of ingest's step tests set under their pages' headers, in one home. Every sentence is
// made up; none is taken from a real page.
import { fromText } from "../from-text.js";

/** The Chinese ferry story (back in service after three months of repairs): three paragraphs, blank lines between. */
export const ZH_FERRY_STORY: readonly string[] = [
  "岛上唯一的渡轮周一在大陆船厂完成为期三个月的维修后恢复航行，首班船座无虚席。此前居民只能依靠每周两班的包船出行。",
  "",
  "商店店主说，渡轮停航期间生意下降了三分之一。镇政府表示，从下个月起将恢复每日的时刻表，并在周五增加一班晚船。",
  "",
  "工程师在水线以下的船体发现了腐蚀，更换钢板所用的时间比船厂春天估计的要长。船员们说很高兴能重新出海。",
];

/** An English story (an orchard cooperative builds a shared cold store): three paragraphs, blank lines between. */
export const EN_COLD_STORE_STORY: readonly string[] = [
  "The valley's orchard cooperative voted on Monday to build a shared cold store beside the old railway halt.",
  "",
  "Growers have trucked their apples to the coast for storage since the last store closed a decade ago, they said.",
  "",
  "Building is set to begin after the harvest, and the store should be ready for the following season's crop.",
];

/** An English story (the town turns its old fish store into a market hall): three paragraphs, blank lines between. */
export const EN_MARKET_HALL_STORY: readonly string[] = [
  "The old fish store on Tollwick quay will become a covered market hall next spring, the town council decided on Thursday evening.",
  "",
  "Stallholders who now trade in the open on Saturdays will move inside, and the hall will also open on Sundays through the summer.",
  "",
  "The council will pay for the new roof, while a trust of local traders has raised money for the stalls, the lights and the doors.",
];

/**
 * The harbour expansion story (the island's planning committee approves a bigger quay) in five languages: two
 * paragraphs each, no blank lines (the tests part them).
 */
export const HARBOUR_EXPANSION_STORIES: Readonly<Record<"en" | "de" | "fr" | "es" | "pt", readonly string[]>> = {
  en: [
    "The island's planning committee approved the harbour expansion on Tuesday after two years of public hearings.",
    "The new quay will take two ferries at once, and the works are to start in the autumn, the council said.",
  ],
  de: [
    "Der Planungsausschuss der Insel hat die Erweiterung des Hafens am Dienstag nach zwei Jahren Anhörungen gebilligt.",
    "Der neue Kai soll zwei Fähren zugleich aufnehmen, und die Arbeiten beginnen im Herbst, wie die Gemeinde mitteilte.",
  ],
  fr: [
    "Le comité d'urbanisme de l'île a approuvé mardi l'agrandissement du port après deux ans de consultations publiques.",
    "Le nouveau quai pourra accueillir deux ferries à la fois, et les travaux commenceront à l'automne, selon la mairie.",
  ],
  es: [
    "El comité de urbanismo de la isla aprobó el martes la ampliación del puerto tras dos años de audiencias públicas.",
    "El nuevo muelle podrá recibir dos ferris a la vez, y las obras empezarán en otoño, según informó el ayuntamiento.",
  ],
  pt: [
    "A comissão de urbanismo da ilha aprovou na terça-feira a ampliação do porto depois de dois anos de audiências públicas.",
    "O novo cais poderá receber dois ferries ao mesmo tempo, e as obras começam no outono, segundo a câmara municipal.",
  ],
};

/**
 * The night ferry story (the island cuts its night sailings as crews run short) in eight languages: four paragraphs each,
 * no blank lines (the tests part them and set what they test among them).
 */
export const NIGHT_FERRY_STORIES: Readonly<Record<string, readonly string[]>> = {
  en: [
    "Commuters who work evening shifts in the port say the change leaves them with a choice between a taxi across the causeway and a night in a hostel on the mainland.",
    "A spokeswoman said the company had started a training scheme with the maritime college in Port Alder and expected the first twelve recruits to qualify before the summer timetable.",
    "Business owners on the island fear the change will hurt the restaurants and the small theatre on Quay Street, which rely on visitors staying late and taking the last boat home.",
    "Until then, a minibus will run from the terminal to the causeway at midnight on weekdays, paid for by the council out of its transport reserve, officials said.",
  ],
  de: [
    "Pendler, die im Hafen Spätschichten arbeiten, sagen, sie müssten sich nun zwischen einem Taxi über den Damm und einer Nacht in einer Herberge auf dem Festland entscheiden.",
    "Eine Sprecherin sagte, das Unternehmen habe mit der Seefahrtsschule in Erlenhafen ein Ausbildungsprogramm begonnen und rechne damit, dass die ersten zwölf Anwärter vor dem Sommerfahrplan fertig seien.",
    "Geschäftsleute auf der Insel befürchten, dass die Änderung den Gaststätten und dem kleinen Theater in der Kaistraße schadet, die auf Besucher angewiesen sind, die spät mit dem letzten Schiff heimfahren.",
    "Bis dahin fährt werktags um Mitternacht ein Kleinbus vom Anleger zum Damm, den der Rat aus seiner Verkehrsrücklage bezahlt, wie die Verwaltung mitteilte.",
  ],
  fr: [
    "Les salariés du port qui travaillent le soir disent devoir choisir désormais entre un taxi par la digue et une nuit à l'auberge sur le continent.",
    "Une porte-parole a indiqué que l'entreprise avait lancé une formation avec l'école maritime de Port-Aulne et comptait sur douze premières recrues diplômées avant l'horaire d'été.",
    "Les commerçants de l'île craignent pour les restaurants et le petit théâtre de la rue du Quai, qui vivent de visiteurs restant tard et rentrant par le dernier bateau.",
    "D'ici là, un minibus partira de la gare maritime vers la digue à minuit en semaine, financé par le conseil sur sa réserve transport, selon la mairie.",
  ],
  es: [
    "Los trabajadores del puerto con turnos de noche dicen que ahora deberán elegir entre un taxi por el dique y una noche en un albergue en tierra firme.",
    "Una portavoz explicó que la empresa ha puesto en marcha un programa de formación con la escuela náutica de Puerto Aliso y espera que los doce primeros alumnos se titulen antes del horario de verano.",
    "Los comerciantes de la isla temen que el cambio perjudique a los restaurantes y al pequeño teatro de la calle del Muelle, que viven de los visitantes que vuelven tarde en el último barco.",
    "Hasta entonces, un microbús saldrá de la estación marítima hacia el dique a medianoche los días laborables, pagado por el cabildo con su reserva de transporte.",
  ],
  it: [
    "I lavoratori del porto con turni serali dicono che ora dovranno scegliere tra un taxi lungo la diga e una notte in ostello sulla terraferma.",
    "Una portavoce ha spiegato che l'azienda ha avviato un corso con l'istituto nautico di Porto Ontano e conta di diplomare i primi dodici allievi prima dell'orario estivo.",
    "I commercianti dell'isola temono per i ristoranti e per il piccolo teatro di via del Molo, che vivono dei visitatori che rientrano tardi con l'ultima nave.",
    "Fino ad allora un pulmino partirà dalla stazione marittima verso la diga a mezzanotte nei giorni feriali, pagato dal consiglio con il suo fondo per i trasporti.",
  ],
  pt: [
    "Os trabalhadores do porto com turnos à noite dizem que agora terão de escolher entre um táxi pelo dique e uma noite num albergue no continente.",
    "Uma porta-voz explicou que a empresa lançou um curso com a escola náutica de Porto Amieiro e espera que os primeiros doze alunos terminem antes do horário de verão.",
    "Os comerciantes da ilha temem que a mudança prejudique os restaurantes e o pequeno teatro da Rua do Cais, que vivem dos visitantes que regressam tarde no último barco.",
    "Até lá, um miniautocarro sairá da estação para o dique à meia-noite nos dias úteis, pago pela câmara com a sua reserva para transportes.",
  ],
  nl: [
    "Havenwerkers met avonddiensten zeggen dat ze nu moeten kiezen tussen een taxi over de dam en een nacht in een hostel op het vasteland.",
    "Een woordvoerster zei dat het bedrijf met de zeevaartschool in Elzenhaven een opleiding is begonnen en verwacht dat de eerste twaalf leerlingen voor de zomerdienstregeling klaar zijn.",
    "Ondernemers op het eiland vrezen dat de wijziging de restaurants en het kleine theater aan de Kadestraat schaadt, die leven van bezoekers die laat met de laatste boot naar huis gaan.",
    "Tot die tijd rijdt op werkdagen om middernacht een busje van de terminal naar de dam, betaald door de raad uit zijn vervoersreserve, aldus de gemeente.",
  ],
  pl: [
    "Pracownicy portu, którzy pracują na wieczornych zmianach, mówią, że muszą teraz wybierać między taksówką przez groblę a nocą w schronisku na lądzie.",
    "Rzeczniczka firmy powiedziała, że przedsiębiorstwo rozpoczęło szkolenie ze szkołą morską w Olszowym Porcie i liczy, że pierwszych dwunastu kursantów skończy je przed letnim rozkładem.",
    "Przedsiębiorcy na wyspie obawiają się, że zmiana zaszkodzi restauracjom i małemu teatrowi przy ulicy Nabrzeżnej, które żyją z gości wracających późno ostatnim promem.",
    "Do tego czasu w dni robocze o północy z terminalu na groblę będzie jeździł bus, opłacany przez radę z rezerwy transportowej, przekazał urząd.",
  ],
};

/** A page of the night ferry story in `tag`'s language, with `middle` set between its second and third paragraphs. */
export function nightFerryPage(tag: string, middle: readonly string[]): string {
  const [first, second, third, fourth] = NIGHT_FERRY_STORIES[tag]!;
  return [
    "Night ferry cut back as crews run short",
    "",
    first,
    "",
    second,
    "",
    ...middle,
    "",
    third,
    "",
    fourth,
    "",
    "© 2025 Harbour Gazette",
  ].join("\n");
}

/** The texts of the body's paragraphs and headings of `lines` set apart by blank lines (a related box or a figure is neither). */
export function bodyTexts(lines: readonly string[]): string[] {
  return fromText(lines.join("\n\n"))
    .body.filter((block) => block.type === "paragraph" || block.type === "heading")
    .map((block) => ("text" in block ? String(block.text) : ""));
}

/** The names of the writers `fromText` reads from a page. */
export function writers(text: string): string[] {
  return (fromText(text).authors ?? []).map((author) => author.name);
}

/** A page of one line a row, ending in a line break. */
export function lines(...rows: string[]): string {
  return `${rows.join("\n")}\n`;
}
