/**
 * The words of a button or a box's call to act ("Subscribe", "Buy now", "Contact us", "Start your free trial") in the
 * languages Dateline reads, in one place: a line set like a heading that holds one is the page's furniture, never a
 * section of the story (`CALL_TO_ACTION` and `BUTTON_LINE` in assemble.ts). Each group says what the call asks for
 * and holds its phrases, lower-cased, as pattern fragments for a case-blind `u` pattern ("join (?:us|now|our)"), in two
 * kinds:
 * - `opens`: a line opening with one is a call whatever follows ("Subscribe to our newsletter", "Contact us today");
 * - `alone`: a section's heading may open with the same words ("Apply now or wait?", "Order now, pay later"), so only a
 *   button's whole line counts (`BUTTON_LINE` allows a note in brackets or an arrow after it).
 * A phrase added to a group reaches every line that group's kind reads.
 */

interface CallGroup {
  opens: readonly string[];
  alone: readonly string[];
}

/**
 * Calls to join a list or a service ("Sign up", "Abonnez-vous", "Save your seat", "Apply now"): newsletter boxes,
 * event sign-ups and application forms set between a story's paragraphs.
 */
const JOIN: CallGroup = {
  opens: [
    "sign up",
    "subscribe",
    "join (?:us|now|our)",
    "jetzt abonnieren",
    "jetzt anmelden",
    "inscrivez-vous",
    "abonnez-vous",
    "suscríbete",
    "meld je (?:nu )?aan",
    "schrijf je (?:nu )?in",
    "abonneer je",
  ],
  alone: [
    "apply now",
    "save (?:your|my) (?:spot|seat)(?: now)?",
    "jetzt bewerben",
    "je m['’]abonne",
    "s['’](?:abonner|inscrire)",
    "abbonati(?: ora| subito)?",
    "iscriviti(?: ora)?",
    "assine(?: já| agora)?",
    "abonneer(?: je)? nu",
  ],
};

/** Calls to buy or book ("Buy on …", "Shop now", "Get the deal", "Réservez maintenant"): a shop's or an affiliate's button. */
const BUY: CallGroup = {
  opens: ["buy (?:on|now|at|it)", "shop now", "jetzt kaufen"],
  alone: ["order now", "book now", "get (?:the )?deal", "jetzt buchen", "réservez maintenant", "reserva ahora"],
};

/** Calls to try a product ("Get started", "Start your free trial", "Try it free", "Prueba gratis"): a vendor's box. */
const TRY: CallGroup = {
  opens: ["get started"],
  alone: [
    "start (?:your |a )?free trial",
    "try (?:it |\\p{L}+ )?(?:for )?free(?: here| now| today)?",
    "jetzt testen",
    "essayez gratuitement",
    "prueba gratis",
  ],
};

/**
 * Calls to get in touch or ask for something ("Contact us", "Tell us", "Book a demo", "Request a quote"): a vendor's
 * or a newsroom's box asking the reader to write.
 */
const CONTACT: CallGroup = {
  opens: [
    "contact us",
    "get in touch",
    "tell us",
    "book a (?:demo|call)",
    "request a demo",
    "get (?:a |your |free |a free )?(?:quotes?|demo)",
  ],
  alone: ["request (?:information|more information|a quote|a callback)"],
};

/**
 * Calls to read, learn or download elsewhere ("Learn more", "Visit our website", "Download the report", "Read now",
 * "En savoir plus"): a promotion's link out of the story.
 */
const READ_ELSEWHERE: CallGroup = {
  opens: ["learn more", "visit (?:the |our )?website", "read (?:our|the) full", "download (?:the|our|now|free|your)"],
  alone: ["read now", "mehr erfahren", "en savoir plus", "más información", "saiba mais", "scopri di più"],
};

const GROUPS: readonly CallGroup[] = [JOIN, BUY, TRY, CONTACT, READ_ELSEWHERE];

/** Phrases that make a line a call to act whatever follows them: an alternation over lower-cased text. */
export const CALL_OPENERS = GROUPS.flatMap((group) => group.opens).join("|");

/** Phrases that make a line a button only when they are the whole line: an alternation over lower-cased text. */
export const BUTTON_LABELS = GROUPS.flatMap((group) => group.alone).join("|");

/**
 * The calls to try or buy ("Start your free trial", "Book now"), lower-cased: a box's button even where the classifier
 * took the line for a sign-up prompt (`headsPromotion` in assemble.ts).
 */
export const SALES_CALLS = [TRY, BUY].flatMap((group) => [...group.opens, ...group.alone]).join("|");

/**
 * The calls to join a list, an event or a scheme ("Subscribe", "Sign up", "Apply now"), lower-cased: what a news site
 * sets under every story, or a story's own service section ends on, never a vendor's box (`endBeforeClosingPromotion`
 * in find-region.ts).
 */
export const JOIN_CALLS = [...JOIN.opens, ...JOIN.alone].join("|");

/**
 * A line opening with a call to join (see `JOIN_CALLS`), lower-cased ("Subscribe now", "Abonnez-vous à sa newsletter"):
 * a site's or a story's own button, not a vendor box's; a prompt even where it names a columnist's newsletter.
 */
export const JOIN_CALL = new RegExp(`^(?:${JOIN_CALLS})(?![\\p{L}\\p{N}])`, "u");
