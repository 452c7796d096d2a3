/**
 * News and photo agencies, in one place for every reader that knows them: a byline's author ("By Ada Lee, Reuters",
 * `ORGANIZATION_AUTHOR` in byline.ts), the agency signing a date line in brackets ("4 March 2025 (AFP)",
 * `agencyAfterDate`), and a picture's credit in brackets ("… (AP)", caption.ts). Names are spelt as agencies sign,
 * plain words only, so each is its own pattern source and its capitals are `toUpperCase()`'s. An agency added to a
 * group reaches every reader that takes the group; the groups differ in how far a name can be trusted alone.
 */

/**
 * Wire services whose names are no one else's, read in any case wherever an author can stand ("By Ada Lee, AFP",
 * "Kyodo News"), and as agencies signing a date line or a picture.
 */
export const WIRE_SERVICES: readonly string[] = [
  "AP",
  "Associated Press",
  "The Associated Press",
  "AFP",
  "Agence France-Presse",
  "Reuters",
  "DPA",
  "EFE",
  "ANSA",
  "Kyodo",
  "Kyodo News",
  "Xinhua",
  "Yonhap",
  "UPI",
  "PA",
  "PA Media",
  "Press Association",
  "Bloomberg",
  "Bloomberg News",
  "Europa Press",
  "Ritzau",
  // National wires whose names are no word or name of anyone else: Romania's, Vietnam's and Turkey's.
  "Agerpres",
  "TTXVN",
  "Anadolu Ajansı",
];

/**
 * Words a byline may print after a wire's name ("By Ada Lee, Xinhua News", "By Ada Lee, AFP Media"): the name stays the
 * wire's, not a paper's or a group's affiliation, though those end in the same words ("Harbour Town News").
 */
export const WIRE_NAME_SUFFIXES: readonly string[] = ["News", "Media"];

/**
 * National wires whose short names are also words or people's and places' names ("Lusa", "Hina", "Antara"): read only
 * where nothing but an agency stands, in brackets after a date line or a picture's caption, never as a byline's author
 * on their own.
 */
export const NATIONAL_WIRES: readonly string[] = [
  "IANS",
  "TASS",
  "Jiji",
  "Belga",
  "Lusa",
  "Keystone",
  "Hina",
  "Anadolu",
  "Irna",
  "Kuna",
  "Bernama",
  "Antara",
];

/**
 * National wires known by two or three initials ("TT", "CP", "PTI"): in brackets after a date such initials are as
 * often a stage, a team or a body ("Stage 3 - 8 April 2025 (TT)", a time trial), so they are read as a picture's credit,
 * where brackets in capitals hold nothing but agencies, and as a byline's author after its label, in capitals as the
 * wire signs ("Av TT", "Publisert 25.07.2025 av NTB"); never in running text.
 */
export const WIRE_INITIALS: readonly string[] = [
  "AAP",
  "ANP",
  "APA",
  "KNA",
  "PTI",
  "CP",
  "NTB",
  "TT",
  "STT",
  "DDP",
  "PAP",
  "MTI",
  "CTK",
  "BTA",
  "WAM",
  // The Czech, Slovak and Slovene wires ("ČTK" as it signs, beside "CTK"); Croatia's "HINA" is among `NATIONAL_WIRES`.
  "ČTK",
  "TASR",
  "STA",
];

/** Agencies that sign pictures, never stories: credits in a caption's brackets only ("… (EPA)", "… (GETTY)"). */
export const PHOTO_AGENCIES: readonly string[] = ["EPA", "Sipa", "Abaca", "Imago", "Getty"];

/**
 * The short names Chinese, Japanese and Korean pages give the region's wires in brackets after a date ("共同", "時事",
 * "新华社", "연합뉴스"); longer names end in the noun of a news agency (see `agencyAfterDate`).
 */
export const CJK_WIRE_SERVICES: readonly string[] = ["共同", "時事", "新华社", "新華社", "中新社", "ロイター", "연합뉴스", "뉴시스"];
