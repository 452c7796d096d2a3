import { COMBINING_MARK } from "./person-name.js";

/**
 * Common given names in the languages Dateline reads most (English, German, French, Spanish, Italian,
 * Portuguese, Dutch, and names common across Europe's immigrant communities), lower-cased and without their marks. A
 * single name set apart over a date has the shape of every two-word section or kicker in title case ("Harbour Life",
 * "Field Notes"); a given name first is what tells a person's. Names that are also common words or places a section
 * opens with are left out ("Grace", "Hope", "Will", "Mark", "Holly", "Jordan", "Victoria", "Georgia"), as are names
 * shorter than three letters.
 */
const GIVEN_NAMES: ReadonlySet<string> = new Set(
  [
    // English
    "aaron adam adrian aidan alan albert alex alexander alexandra alice alison amanda amelia amy andrea andrew angela",
    "anna anne annie anthony arthur ashley barbara ben benjamin beth bethany brian bridget caitlin callum cameron",
    "carl carol caroline catherine charles charlie charlotte chloe chris christine christopher claire colin connor",
    "craig daniel danny david deborah declan dennis derek diana donald dorothy douglas dylan edward eleanor elizabeth",
    "ella ellie emily emma eric ethan fiona frances francesca freya gareth gary gavin gemma george gordon graham greg",
    "gregory hannah harriet harry hayley helen henry hugh ian imogen isaac isabel isabella isla jack jacob james",
    "jamie jane janet jason jeffrey jennifer jeremy jessica joan joanna joe john jonathan joseph josh joshua judith",
    "julia julie justin karen kate katherine kathryn katie keith kelly kenneth kevin kieran laura lauren leah liam",
    "lily linda lisa lucy luke lydia maddie margaret maria marian marisa martha martin mary matthew megan melissa",
    "michael michelle mike molly nancy naomi natalie nathan neil nicholas nicola nigel oliver olivia oscar owen",
    "pamela patricia patrick paul paula peter philip phoebe rachel rebecca richard robert roger rosie ruth ryan sadie",
    "samantha samuel sandra sarah scott sean sharon simon sophie stephanie stephen steven stuart susan thomas tim",
    "timothy tom tony tracy trevor vanessa wendy william zoe",
    // German, Dutch, Scandinavian
    "andreas anja anke annika bernd birgit christian christiane dieter dirk elke eva fabian florian franziska frieder",
    "gerhard gudrun hannes hanna heike heinz helga holger ingrid jan jens joachim jonas jorg joris jurgen karin",
    "katharina katrin klaus kristin lars lena lukas maike manfred marie marieke markus matthias maximilian monika",
    "niels nils petra pieter ralf sabine sander sanne sebastian silke stefan susanne sven thijs thorsten tobias",
    "torsten ulrich ursula uwe volker wim wolfgang",
    // French
    "amelie antoine aurelie baptiste benoit camille celine clement delphine dominique elodie emilie etienne fabien",
    "francois frederic guillaume helene ines isabelle jacques jean jerome julien laetitia laurent lea louis lucie",
    "manon marc margaux mathieu maxime nathalie nicolas olivier pascal pauline philippe pierre remi sandrine",
    "sebastien solene sylvie thibault thierry valerie vincent yann",
    // Spanish, Portuguese, Italian
    "alberto alejandro alessandra alessandro alfonso alvaro ana andres antonio beatriz bruno carla carlos carmen",
    "chiara cristina diego eduardo elena emilio enrique fernanda fernando francesco francisco gabriel giorgio",
    "giovanni giulia giuseppe gonzalo guillermo ignacio javier joana joao jorge jose juan lorenzo lucia luis luisa",
    "manuel marco marcos mariana mario marta massimo matteo miguel nuno pablo paolo pedro rafael raquel ricardo",
    "roberto rodrigo rosa sergio silvia sofia teresa tiago valentina vicente",
    // Arabic, Turkish, South Asian, East European names common in European newsrooms
    "ahmed ali amir anil arjun aylin deepak emre fatima hamza hassan ibrahim karim kemal khalid leila mehmet mohammed",
    "omar priya rahul rania sanjay sara yasmin youssef zeynep agnieszka aleksandra andrzej dmitri ivan katarzyna",
    "natasha olga pavel piotr sergei tomasz",
  ]
    .join(" ")
    .split(" "),
);

/**
 * Section names that are also given names, common enough to sign stories: Spanish and Filipino "Salud" ("Salud
 * Ortega"), its Catalan form "Salut" ("Salut Ferrer"), Turkish "Dünya" ("Dünya Kaya"), Slovak science's "Veda", a
 * woman's name in Turkish and Indian families ("Veda Arslan"), Malay football's "Bola", a Yoruba name ("Bola Adeyemi"),
 * Swahili features' "Makala" ("Makala Mwangi"), Italian "Italia" ("Italia Ricci"), Portuguese leisure's "Lazer", a
 * Yiddish one ("Lazer Brody"). A text opening with one may be a writer's, as "Salud Hoy" may be a section's: the writer
 * weighs more. They are kept out of
 * `GIVEN_NAMES`, which alone tells a name set apart over a date from a section's.
 */
export const SECTION_GIVEN_NAMES: ReadonlySet<string> = new Set(["salud", "salut", "dünya", "veda", "bola", "makala", "italia", "lazer"]);
/** A name's letters without their marks, lower-cased ("Inès" to "ines", "Jörg" to "jorg"), as the table keys them. */
function givenNameKey(word: string): string {
  return word.normalize("NFD").replace(COMBINING_MARK, "").toLowerCase();
}

/** Whether a word is a common given name (`GIVEN_NAMES`), in any case and with or without its marks. */
export function isGivenName(word: string): boolean {
  return GIVEN_NAMES.has(givenNameKey(word));
}
