/**
 * What the chrome of a news page says, in the languages Dateline reads.
 * Every test here takes the line in lower case (classify lower-cases each
 * line once), so the patterns need no case-insensitive matching.
 * Each pattern describes a kind of line found on many sites, never one page's
 * wording; the fixture that needed it is named beside it.
 */

/** Short lines that are controls, not content: share bars, ad labels, menus' own words. */
const CONTROL_LINE =
  /^(?:skip to (?:main )?content|skip to (?:navigation|footer)|jump to (?:content|navigation|search)(?: jump to (?:navigation|search))?|menu|close|search|home|share|share this(?: article| story| page)?|share on \w+|tweet|email|e-mail|print|copy link|link copied|facebook|twitter|x|whatsapp|linkedin|reddit|pinterest|telegram|messenger|flipboard|save|saved|bookmark|follow|following|subscribe|sign in|sign up|log in|login|register|my account|advertisement|advertising|ad|ads|anzeige|werbung|publicidad|publicité|pubblicità|reklama|sponsored(?: content)?|story continues below(?: advertisement)?|continue reading(?: below)?|scroll to continue(?: with content)?|article continues below|listen(?: to (?:this )?article)?|play|pause|comments?|\d+ comments?|view comments|show comments|reply|report|like this|share this|enlarge|expand|(?:view|see) all \d+ (?:photos|images|pictures)|toggle caption|hide caption|image|photo|video|gallery|next|previous|back to top|top|more|see more|load more|read more|show more|loading|\d+ min(?:ute)? read|\d+ mins? read|lesezeit:? \d+ min(?:uten)?\.?)[.:!]?$/;

/** Consent, cookie and embedded-player notices (seed: "We need your consent to load this rte-player content…"). */
const CONSENT_WORDS = /\b(?:cookies?|consent|manage (?:preferences|settings|cookies)|accept(?: all)?|reject all|privacy (?:policy|settings|notice)|personal data|third[- ]part(?:y|ies)|tracking technologies|datenschutz|einwilligung|zustimmen|consentement|consentimiento|rgpd|gdpr)\b/g;

/** Calls to subscribe, sign up or sign in: newsletter prompts and paywall nags. */
const PROMPT_WORDS = /\b(?:newsletters?|sign up|signup|subscribe|subscription|subscriber|sign in|log in|create (?:an|a free) account|inbox|register now|already a member|unlock|free trial|download (?:the|our) app|follow us|abonnieren|anmelden|newsletter|inscrivez|s[’']inscrire|suscr[ií]bete|iscriviti)\b/g;

/** Legal and site-furniture lines of footers. */
const FOOTER_LINE =
  /(?:^©|^copyright\b|\ball rights reserved\b|^(?:about us|contact us|contact|privacy(?: policy)?|terms(?: of (?:use|service))?(?: and conditions)?|cookie (?:policy|settings)|accessibility|careers|advertise(?: with us)?|site ?map|help|faq|imprint|impressum|mentions légales|aviso legal|rss(?: feeds?)?)$|^our standards\b)/;

/**
 * Headers of what follows an article on a page: reader comments, "most read"
 * boxes, recommendations. Content after one of them is never the article.
 */
const SECTION_END =
  /^(?:most (?:read|popular|viewed|shared|commented)|trending(?: now| stories)?|popular (?:now|stories|articles)|top stories|latest (?:news|stories|headlines)|more (?:stories|news|top stories)|you (?:may|might) (?:also )?(?:like|enjoy)|recommended(?: for you| stories| reading)?|(?:\d+ )?comments?(?: \(\d+\))?|(?:there (?:are|is) )?\d+ (?:comments?|responses?|replies|thoughts on .{1,80})|comments are closed|leave a (?:comment|reply)|join the (?:conversation|discussion)|add (?:a|your) comment|what do you think\??|meistgelesen|meistgelesene artikel|lo más leído|les plus lus|más leídas|related topics|topics|tags|more from [^.!?]{1,40}|from around the web|around the web|promoted (?:stories|content))[:.]?$/;

export function isControlLine(text: string): boolean {
  return text.length <= 60 && CONTROL_LINE.test(text);
}

function countMatches(pattern: RegExp, text: string): number {
  return (text.match(pattern) ?? []).length;
}

/** A newsletter or sign-in prompt is a line or two; longer lines are text that mentions subscribing. */
const PROMPT_MAX_LENGTH = 220;

/**
 * A pattern that finds any of the fragments anywhere in a line. Grouped by
 * their first character (each starts with a plain letter or space), the
 * engine tries one group at each position rather than every fragment: a
 * third to a half less time for these tests, which run on every line.
 */
function anyOf(fragments: readonly string[]): RegExp {
  const groups = new Map<string, string[]>();
  for (const fragment of fragments) groups.set(fragment[0]!, [...(groups.get(fragment[0]!) ?? []), fragment.slice(1)]);
  return new RegExp([...groups].map(([first, rests]) => `${first}(?:${rests.join("|")})`).join("|"));
}

/** Cheap tests that rule most lines out before the full patterns run: stems of the words above. */
const CONSENT_STEMS = ["cook", "consent", "privac", "accept", "reject all", "manage ", "personal data", "third[- ]part", "tracking tech", "datenschutz", "einwillig", "zustimm", "rgpd", "gdpr"];
const PROMPT_STEMS = ["newsletter", "sign up", "signup", "sign in", "subscri", "log in", "create a", "inbox", "register now", "a member", "unlock", "free trial", " app\\b", "follow us", "abonn", "anmeld", "inscri", "suscr", "iscriv"];
const MAYBE_CONSENT = anyOf(CONSENT_STEMS);
const MAYBE_PROMPT = anyOf(PROMPT_STEMS);
/** Both cheap tests in one scan of the line, for the classifier that asks both of every line. */
const MAYBE_EITHER = anyOf([...CONSENT_STEMS, ...PROMPT_STEMS]);

/** A prompt or a consent notice: what opens and closes a widget box. */
export function isPromptOrConsent(text: string): boolean {
  // Prompts are short, so a long line (most of a page's bytes) needs only the smaller consent test.
  if (text.length > PROMPT_MAX_LENGTH) return isConsentNotice(text);
  return MAYBE_EITHER.test(text) && (isPrompt(text) || isConsentNotice(text));
}

/** A consent/cookie notice, whatever its length: two or more of its tell-tale phrases. */
export function isConsentNotice(text: string): boolean {
  // Notices run to a few sentences; a longer line is an article paragraph that mentions cookies.
  if (text.length > 800 || !MAYBE_CONSENT.test(text)) return false;
  return countMatches(CONSENT_WORDS, text) >= 2 || (text.length < 160 && countMatches(CONSENT_WORDS, text) >= 1 && /\b(?:we|our|you|your|wir|nous|vous|utilizamos|usamos)\b/.test(text));
}

/** A newsletter or sign-in prompt: short, and about subscribing rather than about the news. */
export function isPrompt(text: string): boolean {
  if (text.length > PROMPT_MAX_LENGTH || !MAYBE_PROMPT.test(text)) return false;
  const hits = countMatches(PROMPT_WORDS, text);
  return hits >= 2 || (hits === 1 && (text.length < 90 || /\b(?:your|you'll|you will|get|our)\b/.test(text)));
}

export function isFooterLine(text: string): boolean {
  return text.length <= 120 && FOOTER_LINE.test(text);
}

export function isSectionEnd(text: string): boolean {
  return text.length <= 60 && SECTION_END.test(text);
}
