/**
 * What the chrome of a news page says, in the languages Dateline reads.
 * Every test here takes the line in lower case (classify lower-cases each
 * line once), so the patterns need no case-insensitive matching.
 * Each pattern describes a kind of line found on many sites, never one page's
 * wording; the fixture that needed it is named beside it.
 */
import { JOIN_CALL } from "./call-to-action-words.js";
import { MIN_TEASER_TITLE_WORDS, READ_ON_PROMPTS, RELATED_HEADS, RELATED_HEADS_CJK } from "./related-words.js";
import { ASCII_CASE_BIT, ASCII_LOWER_FIRST, ASCII_LOWER_LAST } from "./letter-case.js";
import { OPENS_WITH_QUOTATION, QUOTATION_MARK } from "./quotation.js";
import { holdsQuestionMark } from "./sentence.js";
import { spacePieceCount } from "./word-count.js";
import { escapeRegExp, NOT_AFTER_WORD, NOT_BEFORE_WORD, WORD_CHAR, wholeWords } from "./word-edges.js";

/**
 * The labels of a share bar or a box of the site's social accounts ("Share this article", "Follow us", "Folgen Sie
 * uns", "Síguenos", "分享到"), in the languages Dateline reads. Alone on a line they are controls (`CONTROL_LINES`);
 * ending in a colon they label the networks' names and links packed under them, never points of the story
 * (`isSocialLabel`).
 */
const SOCIAL_LABELS = [
  "share",
  "share this",
  "share this article",
  "share this story",
  "share this page",
  "share this post",
  "share on",
  "share via",
  "follow",
  "follow us",
  "follow us on",
  "connect with us",
  "find us on",
  "teilen",
  "artikel teilen",
  "beitrag teilen",
  "folgen sie uns",
  "folgen sie uns auf",
  "folge uns",
  "partager",
  "partager l'article",
  "partager cet article",
  "partagez",
  "suivez-nous",
  "suivez-nous sur",
  "suivez nous",
  "compartir",
  "compartir en",
  "compartir este artículo",
  "comparte",
  "comparte este artículo",
  "síguenos",
  "síguenos en",
  "siguenos",
  "condividi",
  "condividi su",
  "condividi l'articolo",
  "condividi l’articolo",
  "condividi questo articolo",
  "seguici",
  "seguici su",
  "compartilhar",
  "compartilhar este artigo",
  "compartilhe",
  "compartilhe este artigo",
  "partilhar",
  "partilhar este artigo",
  "partilhe este artigo",
  "siga-nos",
  "delen",
  "deel dit artikel",
  "volg ons",
  "volg ons op",
  "поделиться",
  "поделитесь",
  "поділитися",
  "udostępnij",
  "podziel się",
  "sdílet",
  "paylaş",
  "dela",
  "dela artikeln",
  "שתפו",
  "שתפו את הכתבה",
  "शेयर करें",
  "この記事をシェアする",
  "シェア",
  "分享",
  "分享到",
  "关注我们",
  "공유",
  "공유하기",
  "مشاركة",
  "شارك",
  "شارك الخبر",
  "شارك المقال",
  "تابعونا",
];
const SOCIAL_LABEL_SET = new Set(SOCIAL_LABELS);
/** Longer than the longest label and its colon: a longer line is never looked up. */
const MAX_SOCIAL_LABEL_LENGTH = 40;
/** A label's colon, ASCII or full-width, and the space French sets before it ("Partager :"). */
export const LABEL_COLON = /\s*[:：]$/u;

/**
 * Whether a line (lower case) is a share bar's or a social box's label (see `SOCIAL_LABELS`), with or without its
 * colon: what it announces are the networks' links, not the story's points.
 */
export function isSocialLabel(lower: string): boolean {
  return lower.length <= MAX_SOCIAL_LABEL_LENGTH && SOCIAL_LABEL_SET.has(lower.replace(LABEL_COLON, ""));
}

/**
 * The ad label a page sets alone where an ad breaks the story ("Advertisement", "Anzeige", "Reklama", "広告"), in the
 * languages and scripts Dateline reads: it heads nothing, and the story goes on under it.
 */
export const AD_LABELS: readonly string[] = [
  "advertisement",
  "advertising",
  "ad",
  "ads",
  "anzeige",
  "werbung",
  "publicidad",
  "publicité",
  "pubblicità",
  "reklama",
  "advertentie",
  "publicidade",
  "reklam",
  "annons",
  "annonse",
  "реклама",
  "διαφήμιση",
  "פרסומת",
  "إعلان",
  "تبلیغات",
  "quảng cáo",
  "โฆษณา",
  "विज्ञापन",
  "광고",
  "広告",
  "广告",
  "廣告",
];

/**
 * A link's note in brackets after its words, which a page sets for screen readers only or beside an icon ("the report
 * (opens in a new window)", "der Plan (öffnet in neuem Tab)", "la mairie (s'ouvre dans un nouvel onglet)", "(se abre
 * en una nueva ventana)", "(si apre in una nuova finestra)", "(abre em uma nova aba)", "(opent in een nieuw venster)",
 * "(external link)", "(externer Link)"): a copy keeps it inside the sentence, where no reader of the page saw it. Only
 * the whole note in its brackets: "opens in a new window" in a sentence of a how-to is its text. Only after a link's
 * words too (a letter, a digit, a closing quote or bracket, or a space after a word) and before a space, a sentence's
 * mark or the line's end: a note quoted or in code is the story's subject ("the words “(opens in a new window)”",
 * "`(opens in a new tab)`", '<span class="sr-only">(opens in a new window)</span>', '"Report (opens in a new tab)");').
 */
const LINK_NOTE_WORDS = [
  "(?:link )?opens (?:in (?:a )?|a )new (?:tab|window)|external link|link is external",
  "|öffnet (?:sich )?in (?:einem neuen|neuem) (?:tab|fenster)|öffnet neues fenster|externer link",
  "|s['’]ouvre dans (?:un nouvel onglet|une nouvelle fenêtre)|lien externe",
  // The bare nouns only in lower case (see `withoutLinkNotes`).
  "|(?<noun>neues fenster|nouvel onglet|nouvelle fenêtre)",
  "|(?:se )?abre en (?:una )?nueva (?:ventana|pestaña)|enlace externo",
  "|(?:si )?apre in una nuova (?:finestra|scheda)|link esterno",
  "|abre (?:em|numa) (?:uma )?nova (?:aba|janela|guia)|link externo",
  "|opent in (?:een )?nieuwe? (?:venster|tabblad)|externe link",
].join("");
const LINK_NOTE = new RegExp(String.raw`(?:(?<=\S)\s|(?<=[\p{L}\p{N}”»)\]]))\((?:${LINK_NOTE_WORDS})\)(?=$|[\s.,;:!?)\]–—])`, "giu");
/**
 * A note in its brackets wherever it stands: asked first, as a pattern opening with its bracket is scanned for quickly,
 * where `LINK_NOTE`'s opening look-behinds are tried at every character of every line holding a bracket.
 */
const LINK_NOTE_ANYWHERE = new RegExp(String.raw`\((?:${LINK_NOTE_WORDS})\)`, "iu");

/** A capital letter opening a text. */
const CAPITAL_START = /^\p{Lu}/u;

/**
 * A line without its links' notes (see `LINK_NOTE`). Only a line holding an opening bracket is searched, and a note
 * that is the whole line stays: what would be left is no line. A bare noun for a new window or tab opening with a
 * capital is a work's title in brackets ("son premier disque (Nouvelle fenêtre)", "ihr Kurzfilm (Neues Fenster)").
 */
export function withoutLinkNotes(text: string): string {
  if (!text.includes("(") || !LINK_NOTE_ANYWHERE.test(text)) return text;
  const bare = text.replace(LINK_NOTE, (note, ...rest) => {
    const noun = (rest.at(-1) as { noun?: string }).noun;
    return noun !== undefined && CAPITAL_START.test(noun) ? note : "";
  });
  return bare === "" || bare === text ? text : bare.trim();
}

/**
 * Controls a page sets among a story's parts, under a picture, a table, a folded text or a slideshow, in the languages
 * Dateline reads: a gesture's hint and a slideshow's or a video player's buttons, whose labels a copy keeps when only
 * screen readers are shown them. Between two of the story's paragraphs they part nothing (see `isInStoryControl`).
 */
const IN_STORY_CONTROLS: readonly string[] = [
  // A gesture's hint under a picture, a table or a folded text on a phone or a desktop ("Tap to expand", "Zum
  // Vergrößern klicken", "Appuyez pour agrandir", "点击展开全文"): a control, never the story's text, in the languages
  // Dateline reads. Only the whole hint: a verb alone ("Expand") is listed above where it is a button.
  ...["tap", "click", "touch"].flatMap((verb) => [`${verb} to expand`, `${verb} to enlarge`, `${verb} to zoom`]),
  ...["swipe for more", "swipe to see more", "scroll for more"],
  ...["zum aufklappen tippen", "zum aufklappen klicken", "zum vergrößern tippen", "zum vergrößern klicken"],
  ...["zum vergrößern anklicken", "tippen zum vergrößern", "klicken zum vergrößern"],
  ...["appuyez pour agrandir", "cliquez pour agrandir", "touchez pour agrandir", "cliquez pour déplier", "appuyez pour déplier"],
  ...["toca para ampliar", "pulsa para ampliar", "haz clic para ampliar", "clic para ampliar", "toca para expandir"],
  ...["tocca per ingrandire", "clicca per ingrandire", "tocca per espandere", "clicca per espandere"],
  ...["toque para ampliar", "clique para ampliar", "toque para expandir", "clique para expandir"],
  ...["tik om te vergroten", "klik om te vergroten", "tik om uit te klappen", "klik om uit te klappen"],
  ...["нажмите, чтобы развернуть", "нажмите, чтобы увеличить", "нажмите для увеличения", "нажмите, чтобы открыть"],
  ...["タップして拡大", "タップで拡大", "クリックして拡大", "クリックで拡大"],
  ...["点击展开全文", "展开全文", "點擊展開全文", "展開全文", "点击查看大图", "点击放大", "點擊放大"],
  ...["탭하여 확대", "클릭하여 확대", "눌러서 확대", "클릭하면 확대됩니다"],
  // A slideshow's and a video player's buttons, whose labels a copy keeps when only screen readers are shown them
  // ("Previous slide", "Vorherige Folie", "Diapositive suivante", "Play video", "Video abspielen").
  ...["previous slide", "next slide", "previous image", "next image", "play video", "pause video"],
  ...["vorherige folie", "nächste folie", "vorheriges bild", "nächstes bild", "video abspielen", "video starten"],
  ...["diapositive précédente", "diapositive suivante", "image précédente", "image suivante", "lire la vidéo"],
  ...["diapositiva anterior", "diapositiva siguiente", "imagen anterior", "imagen siguiente", "reproducir vídeo", "reproducir video"],
  ...["diapositiva precedente", "diapositiva successiva", "immagine precedente", "immagine successiva", "riproduci video"],
  ...["slide anterior", "próximo slide", "imagem anterior", "próxima imagem", "reproduzir vídeo", "reproduzir video"],
  ...["vorige dia", "volgende dia", "vorige afbeelding", "volgende afbeelding", "video afspelen", "speel video af"],
  ...["предыдущий слайд", "следующий слайд", "воспроизвести видео"],
  // The notice a social network's embedded post prints over it where its script has not run ("View this post on
  // Instagram"), whole lines only: the post sits between the story's paragraphs, which go on under it.
  ...["view this post on instagram", "view more on instagram", "diesen beitrag auf instagram ansehen"],
  ...["voir cette publication sur instagram", "ver esta publicación en instagram", "visualizza questo post su instagram"],
  ...["ver esta publicação no instagram", "ver essa publicação no instagram", "dit bericht op instagram bekijken"],
  "wyświetl ten post na instagramie",
];
/** The in-story controls, looked up whole. */
const IN_STORY_CONTROL_SET: ReadonlySet<string> = new Set(IN_STORY_CONTROLS);

/** Whether a line in lower case is a gesture's hint or a slideshow's or a player's button (see `IN_STORY_CONTROLS`). */
export function isInStoryControl(lower: string): boolean {
  return IN_STORY_CONTROL_SET.has(lower);
}

/**
 * Labels as typed with a straight apostrophe ("l'article continue …") and, for each holding one, again with the curly
 * apostrophe many sites print instead: a line is looked up whole, so each spelling needs its own entry.
 */
function withCurlyApostrophes(labels: readonly string[]): string[] {
  return labels.flatMap((label) => (label.includes("'") ? [label, label.replace("'", "’")] : [label]));
}

/**
 * The note where an ad breaks the story that the story goes on under it ("Story continues below", "Weiterlesen nach der
 * Anzeige"), whole lines only: a sentence that opens with the words reads on.
 */
const READ_ON_NOTES: readonly string[] = [
  "story continues below",
  "story continues below advertisement",
  "continue reading",
  "continue reading below",
  "scroll to continue",
  "scroll to continue reading",
  "scroll to continue with content",
  "article continues below",
  // In English's other wordings and the other languages Dateline reads (both apostrophes).
  ...withCurlyApostrophes([
    "story continues after advertisement",
    "article continues after advertisement",
    "article continues below advertisement",
    "continue reading below advertisement",
    "continue reading after the ad",
    "weiterlesen nach der anzeige",
    "lesen sie nach der anzeige weiter",
    "nach der anzeige weiterlesen",
    "artikel wird nach der anzeige fortgesetzt",
    "fortsetzung nach der anzeige",
    "l'article continue sous cette publicité",
    "l'article continue après la publicité",
    "l'article se poursuit après la publicité",
    "la suite après la publicité",
    "la suite après cette publicité",
    "suite de l'article après la publicité",
    "la noticia continúa tras la publicidad",
    "la noticia continúa después de la publicidad",
    "el artículo continúa tras la publicidad",
    "el artículo continúa después de la publicidad",
    "sigue leyendo tras la publicidad",
    "sigue leyendo después de la publicidad",
    "continúa después de la publicidad",
    "l'articolo continua dopo la pubblicità",
    "l'articolo continua sotto la pubblicità",
    "continua a leggere dopo la pubblicità",
    "continua após a publicidade",
    "continua depois da publicidade",
    "o artigo continua após a publicidade",
    "continue a ler após a publicidade",
    "het artikel gaat verder onder de advertentie",
    "tekst gaat verder onder de advertentie",
    "tekst gaat verder na de advertentie",
    "lees verder onder de advertentie",
    "lees verder na de advertentie",
    "dalsza część artykułu pod reklamą",
    "dalsza część tekstu pod reklamą",
    "dalszy ciąg artykułu pod reklamą",
    "artykuł kontynuowany pod reklamą",
  ]),
];
/** The notes to read on, looked up whole (see `isAdWithReadOnNote`). */
const READ_ON_NOTE_SET: ReadonlySet<string> = new Set(READ_ON_NOTES);
/** The ad labels, looked up whole (see `AD_LABELS`). */
export const AD_LABEL_SET: ReadonlySet<string> = new Set(AD_LABELS);

/**
 * A read-aloud player's button in Japanese, Korean and Chinese, which `READ_ALOUD_BUTTON`'s word lists leave out: a
 * control line alone and, with its running time, a counted one (`COUNTED_CONTROL_LINE`).
 */
const CJK_READ_ALOUD_BUTTONS: readonly string[] = ["記事を聞く", "音声で聞く", "기사 듣기", "음성으로 듣기", "收听本文", "朗读本文"];
/**
 * A share row's copy-link button, lower case, in the languages and scripts Dateline reads ("Copy link", "Copiar
 * enlace", "Скопировать ссылку", "링크 복사", "リンクをコピー", "复制链接"): alone on a line a control (`CONTROL_LINES`),
 * in a row one of a share bar's buttons (`SHARE_BAR`: "Facebook WhatsApp Copiar enlace"). Whole lines or whole buttons
 * only: a story's sentence telling readers to copy a link runs on.
 */
const COPY_LINK_BUTTONS: readonly string[] = [
  "copy link",
  "link kopieren",
  "copier le lien",
  "copiar enlace",
  "copiar el enlace",
  "copiar link",
  "copiar o link",
  "copia link",
  "copia il link",
  "link kopiëren",
  "kopiuj link",
  "kopiera länk",
  "kopier lenke",
  "kopiér link",
  "linki kopyala",
  "salin tautan",
  "копировать ссылку",
  "скопировать ссылку",
  "скопіювати посилання",
  "نسخ الرابط",
  "העתקת קישור",
  "लिंक कॉपी करें",
  "リンクをコピー",
  "urlをコピー",
  "复制链接",
  "複製連結",
  "링크 복사",
  "링크복사",
  "url 복사",
  "url복사",
];
/**
 * The print and e-mail buttons among `CONTROL_LINES`: with `BAR_ONLY_CONTROLS`, the parts that make a bar of controls
 * an article's tools (`isToolBar`).
 */
const PRINT_AND_EMAIL_CONTROLS = ["email", "e-mail", "print", "print article", "print this article", "print this page"];
/**
 * Short lines that are controls, not content: share bars, ad labels, menus'
 * own words. Looked up whole, which is cheaper than a pattern of them all.
 */
const CONTROL_LINES = new Set([
  ...SOCIAL_LABELS,
  "skip to content",
  "skip to main content",
  "skip to navigation",
  "skip to footer",
  // The same skip links in the other languages the stop-word lists cover: a page's first line, which with no title
  // above the body was taken for the headline.
  "zum inhalt springen",
  "zum hauptinhalt springen",
  "direkt zum inhalt",
  "zur navigation springen",
  "aller au contenu",
  "aller au contenu principal",
  "passer au contenu",
  "passer au contenu principal",
  "ir al contenido",
  "ir al contenido principal",
  "saltar al contenido",
  "saltar al contenido principal",
  "vai al contenuto",
  "vai al contenuto principale",
  "salta al contenuto",
  "passa al contenuto principale",
  "naar de inhoud",
  "ga naar de inhoud",
  "direct naar de inhoud",
  "ir para o conteúdo",
  "pular para o conteúdo",
  "saltar para o conteúdo",
  ...["content", "navigation", "search"].flatMap((first) => [
    `jump to ${first}`,
    `jump to ${first} jump to navigation`,
    `jump to ${first} jump to search`,
  ]),
  "menu",
  "close",
  "search",
  "home",
  "rate this article",
  // A recipe card's buttons, which food blogs set over the post and over the card, in the languages Dateline reads.
  ...["jump to", "print", "pin", "save", "rate this"].map((action) => `${action} recipe`),
  "zum rezept springen",
  "rezept drucken",
  "aller à la recette",
  "imprimer la recette",
  "ir a la receta",
  "imprimir receta",
  "vai alla ricetta",
  "stampa ricetta",
  "ir para a receita",
  "imprimir receita",
  "was this helpful?",
  // A feedback widget's question under a help page, an expert's answer or a guide, in the languages Dateline reads.
  ...["article", "page", "answer", "post", "guide", "information"].flatMap((what) => [
    `was this ${what} helpful?`,
    `was this ${what} useful?`,
    `did you find this ${what} helpful?`,
    `is this ${what} useful?`,
  ]),
  "war dieser artikel hilfreich?",
  "war diese seite hilfreich?",
  "war diese antwort hilfreich?",
  "cet article vous a-t-il été utile ?",
  "cette page vous a-t-elle été utile ?",
  "cette réponse vous a-t-elle été utile ?",
  "¿te ha resultado útil este artículo?",
  "¿te resultó útil este artículo?",
  "¿le resultó útil este artículo?",
  "¿fue útil esta página?",
  "este artigo foi útil?",
  "esta página foi útil?",
  "esta resposta foi útil?",
  "questo articolo ti è stato utile?",
  "questa pagina ti è stata utile?",
  "was dit artikel nuttig?",
  "was deze pagina nuttig?",
  "was dit antwoord nuttig?",
  "czy ten artykuł był pomocny?",
  "czy ta strona była pomocna?",
  "была ли эта статья полезной?",
  "была ли эта информация полезной?",
  // Chinese, Japanese and Korean pages end the question with a full-width or a plain question mark.
  ...[
    "这篇文章对您有帮助吗",
    "这篇文章有帮助吗",
    "本文对您有帮助吗",
    "この記事は役に立ちましたか",
    "このページは役に立ちましたか",
    "このページの情報は役に立ちましたか",
    "이 글이 도움이 되었나요",
    "이 문서가 도움이 되었나요",
    "이 정보가 도움이 되었습니까",
  ].flatMap((question) => [`${question}？`, `${question}?`]),
  "post a comment",
  "advertiser disclosure",
  "tweet",
  ...PRINT_AND_EMAIL_CONTROLS,
  // The print button and the text-size control in other scripts, in the forms only a button takes: the bare verb or noun
  // ("Drucken", "印刷", "Печать", "인쇄") also heads a how-to's or a story's section on printing.
  ...["打印本页", "打印本文", "列印本頁", "인쇄하기"],
  ...["字号", "字號", "文字サイズ", "글자크기", "글자 크기", "글씨크기"],
  // A paywalled story's button to send it free to a friend.
  "gift article",
  "gift this article",
  "gift this story",
  "resize text",
  "more options",
  ...COPY_LINK_BUTTONS,
  "link copied",
  "permalink",
  "go to permalink",
  "facebook",
  "twitter",
  "x",
  "whatsapp",
  "linkedin",
  "reddit",
  "pinterest",
  "telegram",
  "messenger",
  "flipboard",
  "save",
  "saved",
  "bookmark",
  "following",
  "subscribe",
  "sign in",
  "sign up",
  "log in",
  "login",
  "register",
  "my account",
  ...AD_LABELS,
  "sponsored",
  "sponsored content",
  // The same badge in the other languages Dateline reads, over a paid story's header.
  "gesponserter inhalt",
  "contenu sponsorisé",
  "contenido patrocinado",
  "conteúdo patrocinado",
  "contenuto sponsorizzato",
  "gesponsorde inhoud",
  // The badge's other standard wordings: a paid post, a partner's or an advertiser's content, an advertorial, in English,
  // French, German, Spanish, Italian, Portuguese, Dutch and Polish. Only phrases naming paid or sponsored content: no
  // heading of a story is one of them.
  "paid post",
  "paid content",
  "paid partnership",
  "partner content",
  "advertiser content",
  "sponsored post",
  "sponsored article",
  "branded content",
  "advertorial",
  "publireportage",
  "contenu partenaire",
  "article sponsorisé",
  "gesponserter beitrag",
  "bezahlte partnerschaft",
  "publirreportaje",
  "contenido de marca",
  "contenido pagado",
  "contenuto a pagamento",
  "publiredazionale",
  "conteúdo de marca",
  "publieditorial",
  "gesponsord",
  "gesponsord artikel",
  "artykuł sponsorowany",
  "materiał sponsorowany",
  "materiał partnera",
  "treść sponsorowana",
  // A paywall's badge over a story kept for subscribers, in the languages Dateline reads; not the bare "For subscribers",
  // a section's heading in a story on prices.
  "subscriber exclusive",
  "article réservé aux abonnés",
  "nur für abonnenten",
  "exklusiv für abonnenten",
  "exclusivo para suscriptores",
  "contenido exclusivo para suscriptores",
  "solo para suscriptores",
  "riservato agli abbonati",
  "contenuto riservato agli abbonati",
  "exclusivo para assinantes",
  "conteúdo exclusivo para assinantes",
  "alleen voor abonnees",
  ...READ_ON_NOTES,
  "listen",
  ...CJK_READ_ALOUD_BUTTONS,
  // A podcast player's buttons over an episode's notes, in the languages Dateline reads.
  "play episode",
  "play now",
  "listen now",
  "listen to this episode",
  "download episode",
  "folge anhören",
  "jetzt anhören",
  "écouter l'épisode",
  "écouter l’épisode",
  "escuchar episodio",
  "ascolta l'episodio",
  "ascolta l’episodio",
  "ouvir episódio",
  "play",
  "pause",
  "comment",
  "comments",
  "view comments",
  "show comments",
  "reply",
  "report",
  "like this",
  "enlarge",
  "expand",
  "toggle caption",
  "hide caption",
  "image",
  "photo",
  "video",
  "gallery",
  "next",
  "previous",
  "back to top",
  "top",
  "more",
  "see more",
  "load more",
  "read more",
  "show more",
  "loading",
  ...IN_STORY_CONTROLS,
]);
/**
 * The networks a share bar names ("Facebook", "WhatsApp", "E-Mail"), as a pattern's source: with the messengers and
 * networks pages elsewhere offer in Latin letters ("Viber", "QQ", "WeChat", "Weibo") and the mail's word in Swedish
 * and Norwegian ("E-post") and French ("Courriel").
 */
const SHARE_NETWORKS =
  "(?:facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|telegram|bluesky|threads|messenger|flipboard|viber|qq|wechat|weibo|email|e-mail|e-post|courriel|mail|correo|print)";
/**
 * The networks as pages in other scripts name them, and the networks of their countries: Cyrillic ("ВКонтакте",
 * "Одноклассники"), Arabic, Devanagari, Hangul ("카카오톡", "카카오스토리"), Chinese and Japanese ("微信",
 * "QQ空间", "はてなブックマーク"). Only a share bar's line reads them (`SHARE_BAR`), where every word must be one. No
 * name in Latin letters: "Line" or "VK" alone is a word of an English heading too ("Line 4", "Print Line").
 */
const SHARE_NETWORKS_OTHER_SCRIPTS =
  "(?:вконтакте|одноклассники|фейсбук|твиттер|телеграм|" +
  // Arabic and Hindi spell X out ("إكس", "एक्स"); Hebrew names the networks in its own letters ("פייסבוק", "וואטסאפ").
  "فيسبوك|فيس بوك|تويتر|إكس|واتساب|تيليجرام|تلغرام|لينكد إن|" +
  "פייסבוק|טוויטר|וואטסאפ|ווטסאפ|טלגרם|מייל|אימייל|" +
  "फेसबुक|ट्विटर|एक्स|व्हाट्सऐप|व्हाट्सएप|टेलीग्राम|ईमेल|" +
  "페이스북|트위터|카카오톡|카카오스토리|밴드|微信|朋友圈|微博|新浪微博|qq空间|豆瓣|はてなブックマーク|はてブ|はてな)";
/**
 * Networks whose names are words of an English heading too ("Line", "VK": "Line 4", "VK Mail"): a button only in a bar
 * of three buttons or more (`SHARE_BAR`), as Japanese pages set "X Facebook LINE はてな".
 */
const SHARE_NETWORKS_ALSO_WORDS = "(?:line|vk)";
/**
 * The networks a "Follow us" box's row names besides the share bar's ("Facebook Instagram X YouTube", under a label in
 * any language or none): a button only in a bar of three buttons or more (`SHARE_BAR`), as two of them are a story's
 * heading or list line about the networks ("TikTok, Instagram", "Facebook / Instagram", "Teilen auf Instagram").
 */
const FOLLOW_ONLY_NETWORKS = "(?:instagram|youtube|tiktok)";
/**
 * Verbs of a read-aloud player's button, lower case, in the languages the stop-word lists cover best: English, German,
 * French, Spanish, Italian, Portuguese, Dutch, Polish, Russian, Swedish, Norwegian, Danish, Finnish, Turkish and
 * Indonesian. Alone on a line they head a section as often ("Escuchar", "Ascolta"): only beside what they play or a
 * running time are they a button's (`READ_ALOUD_BUTTON`).
 */
const LISTEN_VERBS =
  "listen(?: to)?|hear|anhören|vorlesen(?: lassen)?|écouter|escuchar|ascolta(?:re)?|ouvir|ouça|luister(?: naar)?|beluister(?:en)?|luisteren|posłuchaj|odsłuchaj|слушать|прослушать|послушать|lyssna(?: på)?|lytt(?: til)?|lyt(?: til)?|kuuntele|dinle|dengarkan";
/**
 * What such a button reads aloud, maybe after an article or "this": the story, the article, the news ("this article",
 * "l'article", "la noticia", "новость", "artykułu", "makaleyi", Danish "artiklen", Finnish "artikkeli", Turkish "bu
 * haberi"). Portuguese "o" and "a" go with Portuguese nouns only ("Ouvir a notícia"): before the others they are
 * English "a", and "Hear a story." is a story's own brief sentence. Indonesian puts its "this" after the noun
 * ("artikel ini").
 */
const READ_ALOUD_THING =
  "(?:(?:(?:this|the|den|diesen|cet|l'|l’|la|le|este|esta|el|questo|questa|il|dit|deze|het|de|эту|этот|denna|denne|tämä|bu) ?)?(?:article|story|artikel|artikeln|artiklen|artikelen|beitrag|artículo|noticia|articolo|notizia|artigo|notícia|verhaal|artykuł|artykułu|статью|новость|материал|artikkel|artikkelen|artikkeli|artikkelin|makaleyi|haberi|berita)|[oa] (?:artigo|notícia)|(?:artikel|berita) ini)";
/**
 * A player's running time beside its button, after a mark or not ("· 4:32", "(3 min)", "4 Min.", "4 dk", "4 menit",
 * "4 minuty", "4分钟"): its seconds, or its unit in the languages of `LISTEN_VERBS` and in Chinese, Japanese and Korean.
 */
const RUNNING_TIME =
  "\\d{1,3}(?::\\d{2}| ?(?:min|mins|minute|minutes|minuten|minutos|minuti|minut|minuty|minuter|minutter|minuuttia|menit|dakika|dk|мин|минут[аы]?|分钟|分鐘|分|분)\\.?)";
/** A running time after its button, in brackets or after a mark or a space ("· 4:32", "(3 min)", " 4 dk"). */
const AFTER_BUTTON_RUNNING_TIME = `(?: ?[(·|•–-]? ?${RUNNING_TIME}\\)?)`;
/**
 * A read-aloud player's button, the whole line in lower case: a verb of listening with what it reads aloud on either
 * side ("Listen to this article", "Artikel anhören", "Écouter l'article", "Слушать новость", "Posłuchaj artykułu"),
 * maybe with its running time ("Artikel anhören · 4:32"), or the bare verb with its running time ("Listen (4 min)",
 * "Écouter · 5:12"). A bare figure after the verb is a track's or an episode's number ("Listen 4", "Ascolta 100").
 * The one home of these buttons: the control lines and the furniture words of a brief line (classify.ts) both ask it.
 */
export const READ_ALOUD_BUTTON = `(?:(?:${LISTEN_VERBS}) ${READ_ALOUD_THING}|${READ_ALOUD_THING} (?:${LISTEN_VERBS}))${AFTER_BUTTON_RUNNING_TIME}?|(?:${LISTEN_VERBS})${AFTER_BUTTON_RUNNING_TIME}`;
/** A share button's verb and preposition in the other languages of `SOCIAL_LABELS` ("Teilen auf", "Partager par"). */
const SHARE_VERB_ELSEWHERE =
  "(?:teilen (?:auf|per|über)|partager (?:sur|par)|compartir (?:en|por)|condividi (?:su|via)|compartilhar (?:no|na|em|por)|partilhar (?:no|na|em|por)|delen (?:op|via))";
/**
 * Control lines that hold a number or a name: "12 comments", "View all 8 photos", "4 min read", "Share on Bluesky",
 * "Share via Email", a read-aloud button with or without its running time (`READ_ALOUD_BUTTON`; in CJK scripts only
 * with it, as alone those are `CONTROL_LINES`': "收听本文 · 4分钟"), and a share button naming its network in the other
 * languages of `SOCIAL_LABELS` ("Condividi su Facebook", "Partager par e-mail", "Delen op LinkedIn"; the network named,
 * as "Compartir en familia" is a heading).
 */
const COUNTED_CONTROL_LINE = new RegExp(
  `^(?:${READ_ALOUD_BUTTON}|(?:${CJK_READ_ALOUD_BUTTONS.join("|")})${AFTER_BUTTON_RUNNING_TIME}|\\d+ comments?|(?:view|see) all \\d+ (?:photos|images|pictures)|\\d+ min(?:ute)? read|\\d+ mins? read|lesezeit:? \\d+ min(?:uten)?\\.?|share (?:on|to|via) \\w+(?: \\w+)?|${SHARE_VERB_ELSEWHERE} ${SHARE_NETWORKS})[.:!]?$`,
);
/**
 * A share button's opening, its verb and the preposition before the network or the way ("Share on Ferrybook (new
 * window)", "Share by post", "Teilen per E-Mail", "Partager sur …"), whatever name follows: a heading seldom opens so.
 */
const SHARE_BUTTON_OPENING = new RegExp(`^(?:share (?:on|to|via|by|with)|${SHARE_VERB_ELSEWHERE}) `);

/** Whether a line (lower case) opens as a share button does (`SHARE_BUTTON_OPENING`), whichever network it names. */
export function opensAsShareButton(lower: string): boolean {
  return SHARE_BUTTON_OPENING.test(lower);
}
/**
 * A story's reading time however a page words it ("3 min. read", "Reading time: 11 minutes", "Temps de lecture : 4
 * min", "Lecture : 3 min", "5 Minuten Lesezeit", "Lectura de 6 minutos", "Tempo di lettura: 4 minuti", "Tempo de
 * leitura: 4 min", "Leestijd 4 minuten", "4 min de leitura"): page furniture, as is a form's step counter ("Step 1 of
 * 2", `FORM_STEP`). Italian "Lettura" and Portuguese "Leitura" alone before the minutes are no label here: they also
 * name reading as a lesson's or a day's activity ("Lettura: 20 minuti" in a timetable), part of the story. The same
 * in Romanian, Russian, Polish, Turkish, Arabic, Hebrew, Chinese, Japanese and Korean ("3 min de citit", "Время чтения:
 * 6 минут", "7 dk okuma", "5 دقائق قراءة", "זמן קריאה 8 דקות", "阅读约9分钟", "2分で読めます", "읽는 데 3분"), whose
 * label or tail is glued to the figure in the unspaced scripts; "约", "約" and "약" say "about" before the figure, and
 * Chinese "需" or "需要" that it takes ("阅读需5分钟", "读完需要5分钟"). Chinese "阅读" alone labels the figure only before
 * "约" or "需": it is reading as a day's activity too ("阅读 30分钟" in a pupil's timetable), as Italian "Lettura" is.
 * Indonesian and Malay ("Waktu baca 3 menit", "4 menit baca"), Swedish ("Lästid: 5 min", "5 minuters läsning"), Greek
 * ("4 λεπτά ανάγνωσης"), Vietnamese ("4 phút đọc"), Czech ("4 min čtení") and Hungarian ("4 perc olvasás") as well; Japanese may
 * open with "this article" ("この記事は約4分で読めます") and Korean close with "it takes" ("읽는 데 3분 걸립니다").
 */
const READING_TIME_LABELS =
  "(?:estimated )?reading time|read time|temps de lecture|lecture|lesezeit|lesedauer|tiempo de lectura|lectura de|" +
  "tempo di lettura|tempo de leitura|leestijd|timp de citire|время чтения|czas czytania|okuma süresi|مدة القراءة|" +
  "وقت القراءة|זמן קריאה|阅读时间|閱讀時間|预计阅读时间|預計閱讀時間|(?:阅读|读完)(?=\\s*(?:约|需))|(?:閱讀|讀完)(?=\\s*(?:約|需))|" +
  "読了時間|読了目安|읽는 시간|읽는 데|예상 읽기 시간|waktu baca|waktu membaca|lästid";
const READING_TIME_UNITS =
  "min(?:ute|uto|uti)?s?\\.?|minuten|minuters|minut[ey]?|menit|минут[аы]?|мин\\.?|dk|dakika|λεπτά|λεπτό|phút|perc|دقائق|دقيقة|دقيقتان|דקות|דקה|分钟|分鐘|分|분";
const READING_TIME_TAILS =
  "read|reading|de lecture|lesezeit|de lectura|di lettura|de leitura|leestijd|de citit|de lectură|чтения|czytania|" +
  "okuma|läsning|ανάγνωσης|đọc|baca|čtení|olvasás|قراءة|للقراءة|קריאה|阅读|閱讀|で読めます|で読める";
const ABOUT_BEFORE_FIGURE = "(?:约|約|약|需要?)?\\s*";
/** Japanese "this article (is)" before a reading time's figure ("この記事は約4分で読めます"). */
const READING_TIME_SUBJECTS = "この記事は|本記事は";
/** Korean "it takes" after a labelled reading time ("읽는 데 3분 걸립니다", "… 걸려요"). */
const READING_TIME_CLOSERS = "걸립니다|걸려요";
/** Between the figure and its unit: spaces, none, or an English compound's hyphen ("5-minute read", "10-min read"). */
const FIGURE_TO_UNIT = "(?:\\s*|-)";
const READING_TIME_FORM =
  `(?:${READING_TIME_LABELS})\\s?[:：]?\\s*${ABOUT_BEFORE_FIGURE}\\d+${FIGURE_TO_UNIT}(?:${READING_TIME_UNITS})(?:\\s*(?:${READING_TIME_CLOSERS}))?|` +
  `(?:${READING_TIME_SUBJECTS})?${ABOUT_BEFORE_FIGURE}\\d+${FIGURE_TO_UNIT}(?:${READING_TIME_UNITS})\\s*(?:${READING_TIME_TAILS})`;
const READING_TIME = new RegExp(`^(?:${READING_TIME_FORM})$`, "u");
/**
 * A figure and its unit of time ("4 min", "5-minute", "3分"), which both forms of a reading time hold: a line without
 * one holds none, told in one scan. Any script's digits, as a reader that turns them into 0 to 9 first sees them.
 */
const READING_TIME_FIGURE = new RegExp(`\\p{Nd}${FIGURE_TO_UNIT}(?:${READING_TIME_UNITS})`, "u");
/**
 * Whether a line (lower case) may hold a story's reading time anywhere in it (see `READING_TIME_FIGURE`): false means
 * none of its parts is one, so a caller may skip reading its parts.
 */
export function mayHoldReadingTime(lower: string): boolean {
  return READING_TIME_FIGURE.test(lower);
}
/** A reading time closing a line after a space ("记者 王伟 2026年3月12日 阅读约4分钟"), a field a mark would part elsewhere. */
const READING_TIME_TAIL = new RegExp(`\\s(?:${READING_TIME_FORM})$`, "u");
/**
 * Where a reading time closing a line (lower case) after a space opens (see `READING_TIME_TAIL`), or undefined: pages
 * in Chinese, Japanese and Korean part a byline's fields with spaces alone.
 */
export function readingTimeTailStart(lower: string): number | undefined {
  const tail = READING_TIME_TAIL.exec(lower);
  return tail ? tail.index + 1 : undefined;
}
const FORM_STEP = /^(?:step|schritt|étape|paso) \d+ (?:of|von|sur|de) \d+$/;
/** Whether a line (lower case) is a story's reading time or a form's step counter: furniture of the byline block. */
export function isReadingTime(lower: string): boolean {
  return READING_TIME.test(lower) || FORM_STEP.test(lower);
}
/** Whether a line (lower case) is a story's reading time, not a form's step: a field of the byline block under a name. */
export function isStoryReadingTime(lower: string): boolean {
  return READING_TIME.test(lower);
}
/** The labels of a story's tags ("Tags", "Schlagwörter", "Mots-clés", "Tagi"), lower-cased, as a pattern's alternation. */
export const TAG_LABELS = "tags|tagged|tagged with|schlagwörter|stichwörter|étiquettes|mots-clés|etiquetas|temas|tagi";
/**
 * Words that label a story's tags as well ("Topics: ferries, harbour", "Themen: Fähre, Inseln") but are common words
 * that open the story's own lines as often: a sentence after them ("Themen: Hafen, Fähre und Schule.", "Topics: What
 * the board decided"), or a label alone over a list the story sets out. They label tags only over two or more items
 * parted by commas, with no mark ending a sentence at the line's end (a tag may hold one: "U.S. news"); never alone.
 */
const TOPIC_LABELS = "topics|themen|sujets|argomenti|tópicos|onderwerpen";
/**
 * A story's tags after their label ("Tags: Harbour, Ferries", "Topics: ferries, harbour"): links to topic pages, never
 * text of the story. The comma is looked for ahead, once, and the last character checked after one run to the end:
 * no run is tried from two places.
 */
const TAGS_LINE = new RegExp(`^(?:(?:${TAG_LABELS})\\s?:\\s*\\S|(?:${TOPIC_LABELS})\\s?:(?=[^,]*,).*[^.!?]$)`);
/** Whether a line (lower case) lists a story's tags after their label (see `TAGS_LINE`): links, never a heading. */
export function isTagsLine(lower: string): boolean {
  return TAGS_LINE.test(lower);
}
/** A tags' label alone on its line, over the tags ("Tags:", "Mots-clés :"). */
const TAGS_LABEL_ALONE = new RegExp(`^(?:${TAG_LABELS})\\s?[:：]$`);
/** Whether a line (lower case) is a tags' label alone (see `TAGS_LABEL_ALONE`), over links to topic pages. */
export function isTagsLabel(lower: string): boolean {
  return TAGS_LABEL_ALONE.test(lower);
}
/**
 * What a header counts beside its story in a spaced script, lower-cased, as a pattern's alternation: its views or reads,
 * English aside ("Aufrufe", "vues", "просмотров", "مشاهدة", "צפיות").
 */
const SPACED_COUNT_WORDS =
  "aufrufe|vues|lectures|visitas|lecturas|visualizzazioni|letture|visualizações|leituras|weergaven|wyświetlenia|wyświetleń|" +
  "просмотры|просмотров|просмотра|перегляди|переглядів|مشاهدة|مشاهدات|قراءة|צפיות|görüntülenme|okunma|προβολές|बार देखा गया";
/**
 * The same counts in the scripts set without spaces, and in Korean ("阅读", "浏览次数", "閲覧数", "조회수", "เข้าชม"),
 * whose label stands before its figure with or without a colon ("阅读 3.2万").
 */
const UNSPACED_COUNT_WORDS =
  "การเข้าชม|เข้าชม|阅读|閱讀|阅读量|閱讀量|阅读数|閱讀數|浏览|瀏覽|浏览量|瀏覽量|浏览次数|瀏覽次數|点击|點擊|点击量|點擊量|閲覧数|閲覧|조회|조회수";
/** A count's figure, its thousands perhaps spaced or shortened ("1,280", "1 280", "3.2k", "3.2万"), with the unit some languages set after it ("次", "회"). */
const HEADER_COUNT_FIGURE = "\\d[\\d,.]*(?:[ \\u00a0\\u202f]\\d{3})*\\s?[km万萬千]?\\+?(?:\\s?(?:次|회|ครั้ง|раз|times))?";
/** A category's label ("Category", "Kategorie", "Рубрика", "التصنيف", "分類", "カテゴリー", "카테고리"), lower-cased. */
const CATEGORY_LABELS =
  "category|categories|filed under|kategorie|rubrik|ressort|catégorie|rubrique|categoría|sección|categoria|sezione|" +
  "seção|secção|categorie|rubriek|kategoria|dział|категория|рубрика|категорія|التصنيف|القسم|קטגוריה|מדור|kategori|κατηγορία|" +
  "श्रेणी|หมวดหมู่|分类|分類|栏目|欄目|カテゴリー|カテゴリ|카테고리|분류";
/**
 * A text-size control's label ("Font size", "Schriftgröße", "Размер шрифта", "字号", "文字サイズ"), lower-cased; its
 * buttons after it are a letter or a sign each ("A A A", "A- A+", "大 中 小").
 */
const TEXT_SIZE_LABELS =
  "font size|text size|schriftgröße|textgröße|taille du texte|taille de la police|tamaño de letra|tamaño del texto|" +
  "dimensione testo|dimensione del testo|tamanho da letra|tamanho do texto|tamanho da fonte|lettergrootte|размер шрифта|" +
  "розмір шрифту|حجم الخط|גודל גופן|yazı boyutu|μέγεθος γραμματοσειράς|字号|字號|字体大小|文字サイズ|文字の大きさ|글자크기|글자 크기|글씨크기";
/** Most buttons a text-size control prints after its label ("A A A", "A- A A+"). */
const MAX_TEXT_SIZE_BUTTONS = 4;
/**
 * One field a header prints apart from its date and byline: a count of views, either way round ("3.2k views", "Views:
 * 1,280", "阅读 3.2万", "1280次阅读"); a category after its label and colon, a short name ("Category: Travel",
 * "分類：旅行"); a text-size control and its buttons ("Font size: A A A"). Each needs its label, and a spaced script's
 * label before its figure its colon: a word with a number ("View 1", "Day 1", "Chapter 3", "Top 100") heads a story's
 * part as often. A figure before a word counts views only, not reads, hits or clicks ("40 hits" heads a chart's story),
 * and the size control's buttons are letters or signs, not a size ("Text size: 12 pt").
 */
const HEADER_FIELD = new RegExp(
  `^(?:(?:views|reads|hits|clicks|${SPACED_COUNT_WORDS})\\s?[:：]\\s?${HEADER_COUNT_FIGURE}|` +
    `(?:${UNSPACED_COUNT_WORDS})\\s?[:：]?\\s?${HEADER_COUNT_FIGURE}|` +
    `${HEADER_COUNT_FIGURE}\\s?(?:views?|${SPACED_COUNT_WORDS}|${UNSPACED_COUNT_WORDS})|` +
    `(?:${CATEGORY_LABELS})\\s?[:：]\\s?[^\\s:：]+(?:\\s[^\\s:：]+){0,2}|` +
    `(?:${TEXT_SIZE_LABELS})\\s?[:：]?(?:\\s?[^\\s:：\\d]{1,2}){1,${MAX_TEXT_SIZE_BUTTONS}})$`,
);
/** Longest line of such fields: a few of them, never a sentence. */
const MAX_HEADER_FIELDS_LENGTH = 80;
/** What parts a header's fields on one line ("阅读 1234 · 分类：科技", "Views: 1,280 | Category: Travel"). */
const HEADER_FIELD_SEPARATOR = /[|·•\u3000]/u;

/**
 * Whether a line (lower case) holds only a header's fields of `HEADER_FIELD`: furniture standing under a title or a
 * date, never the story's first paragraph. The caller asks of header lines only: further down the same words head a
 * listicle's entries ("Category: Best overall") or a table's rows.
 */
export function isHeaderFieldLine(lower: string): boolean {
  if (lower.length > MAX_HEADER_FIELDS_LENGTH) return false;
  return lower.split(HEADER_FIELD_SEPARATOR).every((part) => HEADER_FIELD.test(part.trim()));
}

/** What follows a share bar's button: an icon's suffix ("Facebook-f"), then a separator or the line's end. */
const AFTER_SHARE_BUTTON = "(?:-[a-z]{1,2})?(?:[\\s·|,/]+|$)";
/** The copy-link buttons as a pattern's alternation (`COPY_LINK_BUTTONS`). */
const COPY_LINK_SOURCE = COPY_LINK_BUTTONS.map(escapeRegExp).join("|");
/** One network's button of a share bar, or its copy-link button, with the separator after it. */
const SHARE_BAR_BUTTON = `(?:${SHARE_NETWORKS}|${SHARE_NETWORKS_OTHER_SCRIPTS}|${COPY_LINK_SOURCE})${AFTER_SHARE_BUTTON}`;
/**
 * One button of a bar of three or more, where a network named with a word (`SHARE_NETWORKS_ALSO_WORDS`) or a follow
 * box's network (`FOLLOW_ONLY_NETWORKS`) counts too.
 */
const LONG_SHARE_BAR_BUTTON = `(?:${SHARE_NETWORKS}|${SHARE_NETWORKS_OTHER_SCRIPTS}|${COPY_LINK_SOURCE}|${SHARE_NETWORKS_ALSO_WORDS}|${FOLLOW_ONLY_NETWORKS})${AFTER_SHARE_BUTTON}`;
/** The social labels as a pattern's alternation, their few special characters escaped. */
const SOCIAL_LABEL_SOURCE = SOCIAL_LABELS.map(escapeRegExp).join("|");
/**
 * A share bar's buttons copied as one line: the networks' names only ("Facebook Twitter LinkedIn", "Facebook-f X",
 * "페이스북 트위터 카카오톡"), or after a social label and its colon, which vouches for one name too ("Share: Facebook",
 * "Поделиться: ВКонтакте Telegram", "شارك: فيسبوك تويتر"); three names or more may hold a network named with a word
 * ("X Facebook LINE はてな"), but not the follow box's networks alone (`FOLLOW_ONLY_NETWORKS`: "Instagram, TikTok,
 * YouTube" heads a story's section about them).
 */
const SHARE_BAR = new RegExp(
  `^(?:(?:(?:${SOCIAL_LABEL_SOURCE})\\s*[:：]\\s*${SHARE_BAR_BUTTON}|${SHARE_BAR_BUTTON}${SHARE_BAR_BUTTON})(?:${SHARE_BAR_BUTTON})*|(?!(?:${FOLLOW_ONLY_NETWORKS}${AFTER_SHARE_BUTTON})+$)(?:${LONG_SHARE_BAR_BUTTON}){3,})$`,
);

/**
 * A share button's label as blogging platforms print it, perhaps with its count glued on either side: "Click to share
 * on Facebook (Opens in new window)", "61Click to share on X", "Click to email a link to a friend", "Click to print".
 */
const SHARE_BUTTON =
  /^\d*click to (?:share on [\w.+-]+(?: [\w.+-]+)?|email (?:this|a link) to a friend|print)(?: \(opens in (?:a )?new (?:window|tab)\))?\d*$/;

/**
 * Tell-tale phrases of consent, cookie and embedded-player notices (seed: "We
 * need your consent to load this rte-player content…"), longer forms first.
 */
const CONSENT_PHRASES = [
  "cookies",
  "cookie",
  "consent",
  "manage preferences",
  "manage settings",
  "manage cookies",
  "accept all",
  "accept",
  "reject all",
  "privacy policy",
  "privacy settings",
  "privacy notice",
  "personal data",
  "third-party",
  "third party",
  "third-parties",
  "third parties",
  "tracking technologies",
  "datenschutz",
  "einwilligung",
  "zustimmen",
  "consentement",
  "consentimiento",
  "rgpd",
  "gdpr",
  // The cookie's own noun where the languages of thin stop-word lists do not borrow it ("Bu sitede çerezler
  // kullanılmaktadır", "Käytämme evästeitä"); Russian, Polish and Czech say "cookie(s)" and meet the entries above.
  "çerezler",
  "çerez",
  "evästeitä",
  "evästeet",
  "evästeiden",
];

/**
 * The site's own app in a call to get it, in the languages of thin stop-word lists ("Mobil uygulamamızı ücretsiz
 * indirin", "Lataa sovelluksemme", "Скачайте наше приложение", "Pobierz aplikację", "Stáhněte si naši aplikaci"):
 * the possessive or the order with its object, as a story's line names an app without either ("yeni bir uygulama").
 * A prompt only in a line the site states (`SPOKEN_MARKS`): an official says "our app" and a scam's message orders it.
 */
const APP_CALL_PHRASES = [
  "uygulamamızı",
  "sovelluksemme",
  "lataa sovellus",
  "скачайте приложение",
  "скачайте наше",
  "pobierz aplikację",
  "pobierz naszą",
  "stáhněte si aplikaci",
  "stáhněte si naši",
];

/**
 * Hindi "newsletter" as pages spell it: "ज़" with its dot joined (U+095B) or as a letter and a combining nukta, or with
 * no dot at all ("न्यूजलेटर").
 */
const HINDI_NEWSLETTER_SPELLINGS = ["न्यू\u095Bलेटर", "न्यूज\u093Cलेटर", "न्यूजलेटर"];

/** Calls to subscribe, sign up or sign in: newsletter prompts and paywall nags. */
const PROMPT_PHRASES = [
  "newsletters",
  "newsletter",
  "sign up",
  "signup",
  "subscribe",
  "subscription",
  "subscriber",
  "sign in",
  "log in",
  "create an account",
  "create a free account",
  "inbox",
  "register now",
  "already a member",
  "unlock",
  "free trial",
  "download the app",
  "download our app",
  "follow us",
  "abonnieren",
  "anmelden",
  "inscrivez",
  "s'inscrire",
  "s’inscrire",
  "suscríbete",
  "suscribete",
  "iscriviti",
  // Dutch, Portuguese and Polish calls to subscribe ("Schrijf je in voor onze nieuwsbrief", "Subscreva a nossa
  // newsletter", "Inscreva-se", "Subskrybuj").
  "nieuwsbrief",
  "nieuwsbrieven",
  "inschrijven",
  "subscreva",
  "subscrever",
  "inscreva-se",
  "subskrybuj",
  // The box's button under its field ("Je m'inscris", "Suscribirme", "Zapisz się"); the French one from its verb, as
  // the word scan would look at every line holding "je" for it, and a button only (`BUTTON_ONLY_PHRASES`).
  "m'inscris",
  "m’inscris",
  "suscribirme",
  "suscribirse",
  "zapisz się",
  // Arabic, Hebrew and Hindi: the site's own mailed newsletter ("نشرتنا البريدية"; "نشرتنا" alone is a broadcaster's
  // "our bulletin", and "the mailing list" a story's word for anyone's), the newsletter as Hebrew and Hindi borrow it,
  // in Hebrew with its joined article or preposition ("לניוזלטר"), and the calls to sign up ("הירשמו", "सब्सक्राइब
  // करें": a prompt only as a button or, after "अभी" (now), where a prompt sets it, see `NEWS_WORD_PHRASES`). Not
  // Arabic "اشترك", which is "took part" as often as "subscribe", even before "our bulletin" ("اشترك في نشرتنا ثلاثة ضيوف").
  "نشرتنا البريدية",
  "ניוזלטר",
  "הניוזלטר",
  "לניוזלטר",
  "בניוזלטר",
  "הירשמו",
  ...HINDI_NEWSLETTER_SPELLINGS,
  "सब्सक्राइब करें",
  ...APP_CALL_PHRASES,
];

/**
 * The nouns of a reader's mailbox, in the languages Dateline reads ("inbox", "Postfach", "boîte mail", "bandeja de
 * entrada", "casella di posta", "caixa de correio", "mailbox", "correo", "e-mail"): words that raise `OFFER_SIGNAL`
 * without counting as a prompt's phrase (`PROMPT_PHRASES`), so that a prompt saying only where its mail lands is asked
 * of (`MAILBOX_OF_READER`) and a story's line naming a mailbox once and a newsletter once counts one phrase, as before.
 */
const MAILBOX_WORDS = [
  "postfach",
  "posteingang",
  "boîte",
  "messagerie",
  "bandeja",
  "buzón",
  "correo",
  "casella",
  "caixa",
  "mailbox",
  "mail",
  "email",
];
/**
 * The words of a call to subscribe or to join that `PROMPT_PHRASES` leaves out ("Abonnez-vous", "Abbonati", "Assine",
 * "Abonneer je", "Werden Sie Mitglied", "Hazte socio", "Devenez membre", "Word lid", "Become a member"): they raise
 * `OFFER_SIGNAL` without counting as a phrase, and make a prompt only opening the line with an offer joined to them
 * (`CALL_AND_OFFER`), as a story's verb or noun elsewhere ("Le maire s'abonne", "um Mitglied zu werden").
 */
const CALL_WORDS = [
  "abonnez",
  "abonne",
  "abbonati",
  "abbonatevi",
  "assine",
  "abonneer",
  "mitglied",
  "socio",
  "membre",
  "membro",
  "member",
  "lid",
];

/** Words of an affiliate disclosure saying the site is paid, in the languages Dateline reads (see `isAffiliateDisclosure`). */
const PAID_PHRASES = [
  "affiliate",
  "affiliates",
  "affiliated",
  "affiliation",
  "commission",
  "commissions",
  "compensated",
  "compensation",
  "provision",
  "provisionen",
  "affilié",
  "affiliés",
  "comisión",
  "comisiones",
  "comision",
  "afiliado",
  "afiliados",
  "afiliada",
  "afiliadas",
];

/**
 * Words a support box's appeal for the reader's money holds, in the languages Dateline reads (see `isSupportAppeal`):
 * the verb to support or to donate, or the gift's noun ("support", "donation", "Spende", "soutenez", "apóyanos",
 * "sostienici", "apoie", "steun", "bijdrage").
 */
const SUPPORT_PHRASES = [
  "support",
  "supporting",
  "donate",
  "donating",
  "donation",
  "contribution",
  "unterstützen",
  "unterstütze",
  "spende",
  "spenden",
  "soutenez",
  "soutiens",
  "fais",
  "apóyanos",
  "apoya",
  "apóyenos",
  "apoye",
  "donación",
  "aportación",
  "sostienici",
  "sostieni",
  "sostenga",
  "contributo",
  "donazione",
  "apoie",
  "apoia",
  "contribuição",
  "donativo",
  "doação",
  "steun",
  "steunt",
  "bijdrage",
  "donatie",
  "doneer",
];

/** Bits of `WordReading.signals`: the line holds the first word of a consent, a prompt, a paid-link or a support phrase. */
export const CONSENT_SIGNAL = 2;
export const PROMPT_SIGNAL = 4;
export const PAID_SIGNAL = 8;
export const SUPPORT_SIGNAL = 16;
/** The bit of a mailbox's or a call's word that `PROMPT_PHRASES` leaves out (`MAILBOX_WORDS`, `CALL_WORDS`). */
export const OFFER_SIGNAL = 32;
/** The phrases whose first words the word scan looks out for, with the signal each raises. */
export const SIGNAL_PHRASES: ReadonlyArray<[phrase: string, signal: number]> = [
  ...CONSENT_PHRASES.map((phrase): [string, number] => [phrase, CONSENT_SIGNAL]),
  ...PROMPT_PHRASES.map((phrase): [string, number] => [phrase, PROMPT_SIGNAL]),
  ...MAILBOX_WORDS.map((phrase): [string, number] => [phrase, OFFER_SIGNAL]),
  ...CALL_WORDS.map((phrase): [string, number] => [phrase, OFFER_SIGNAL]),
  ...PAID_PHRASES.map((phrase): [string, number] => [phrase, PAID_SIGNAL]),
  ...SUPPORT_PHRASES.map((phrase): [string, number] => [phrase, SUPPORT_SIGNAL]),
];

/** Any of the phrases as whole words; they hold only letters, spaces, hyphens and apostrophes. */
function anyPhrase(phrases: readonly string[]): RegExp {
  return wholeWords(phrases.join("|"), "g");
}
const CONSENT_WORDS = anyPhrase(CONSENT_PHRASES);
const PROMPT_WORDS = anyPhrase(PROMPT_PHRASES);

/** Legal and site-furniture lines of footers. */
const FOOTER_LINE =
  /^(?:©|copyright\b|(?:about us|contact us|contact|privacy(?: policy)?|terms(?: of (?:use|service))?(?: and conditions)?|cookie (?:policy|settings)|accessibility|careers|advertise(?: with us)?|site ?map|help|faq|imprint|impressum|mentions légales|aviso legal|rss(?: feeds?)?)$|our standards\b)/;
/**
 * Where a notice in the scripts below stands as a clause of its own, not as words of a story's sentence: after the
 * line's start, a mark, a year, a stop, a dash or a bracket ("© 2026 جميع الحقوق محفوظة", "【…】本文…") — not after a
 * colon or a comma, where a story quotes a speaker ("وقال المحافظ: كل الحقوق محفوظة للمستأجرين") — or before a stop, a
 * separator, a bracket or the line's end ("港口晚报版权所有，…", "…재배포 금지>"), not a colon, where a headline goes on
 * ("Чи всі права захищені: …"). Chinese and Japanese set no space between words, so there a space parts the notice
 * from a name ("版权所有 港口晚报"), and a colon after a label ("版权所有：…", "版权声明：本文…") is a separator.
 */
const NOTICE_OPENS = String.raw`(?<=^\s*|[©|·•–—\-.。!?！？()（）\[\]【】<>《》\d]\s*)`;
const NOTICE_CLOSES = String.raw`(?=\s*(?:[©|·•–—\-.。,，、;；()（）\[\]【】<>《》\d]|$))`;
const CJK_NOTICE_OPENS = String.raw`(?<=^|\s|[©|·•–—\-.。,，、!?！？()（）\[\]【】<>《》\d])`;
const CJK_NOTICE_CLOSES = String.raw`(?=\s|[©|·•–—\-.。,，、:：;；()（）\[\]【】<>《》\d]|$)`;
/**
 * Neither a closing quotation mark ahead with no opening one before it, the notice quoted in a story ("标有「版权所有」"),
 * nor a question mark after it, a headline asking ("جميع الحقوق محفوظة؟ …"): a notice states.
 */
const STATED = String.raw`(?![^“「『«]*[”」』»"]|\s*[?？؟])`;
/**
 * "All rights reserved" in the languages Dateline reads ("Alle Rechte vorbehalten", "Tous droits réservés", "Riproduzione
 * riservata", "Todos los derechos reservados", "Все права защищены", "כל הזכויות שמורות", Persian "all rights of this
 * site", …), found anywhere in a footer line; each entry is a pattern of an alternation. Chinese, Japanese and Korean
 * sites print a ban on copying in its place or beside it ("转载必究", "本文…不得转载", "無断転載を禁じます", "재배포
 * 금지"): the ban's own words, or the site naming its own text ("本文", this article) with a word of refusal, not
 * "reprint" alone, which a story on a copying case holds ("無断転載した疑い", "未经许可不得转载" as a rule's wording).
 * Those scripts' entries are read only as a clause of their own (`NOTICE_OPENS`, `NOTICE_CLOSES`) and stated
 * (`STATED`): a story's short lines and headlines hold the same words as news ("法院判决，歌曲的版权所有归原告",
 * "版权所有者", "وأكد الوزير أن جميع الحقوق محفوظة للعمال", "법원은 영상의 재배포 금지 명령을 내렸다", "無断転載を禁止する条例").
 * Arabic and Hebrew notices go on with the owner's name and a story's sentence can end in them, so they must open their
 * clause; the others must close it ("Усі права захищені законом" is a minister's sentence, "版权所有归谁" a headline).
 */
export const RIGHTS_RESERVED_PHRASES = [
  "all rights reserved",
  "alle rechte vorbehalten",
  "tous droits réservés",
  "todos los derechos reservados",
  "todos os direitos reservados",
  "tutti i diritti riservati",
  "riproduzione riservata",
  "alle rechten voorbehouden",
  "wszelkie prawa zastrzeżone",
  "všechna práva vyhrazena",
  "tüm hakları saklıdır",
  "kaikki oikeudet pidätetään",
  "hak cipta dilindungi undang-undang",
  "все права защищены",
  "alla rättigheter förbehållna",
  `(?:усі|всі) права захищен[іо]${NOTICE_CLOSES}`,
  `${NOTICE_OPENS}(?:جميع|كل) الحقوق محفوظة${STATED}`,
  `${NOTICE_OPENS}כל הזכויות שמורות${STATED}`,
  `${NOTICE_OPENS}(?:کلیه|تمامی|همه‌?ی?) حقوق (?:مادی و معنوی )?این (?:سایت|پایگاه|وب‌?سایت)${STATED}`,
  `版[权權]所有${CJK_NOTICE_CLOSES}${STATED}`,
  `(?:(?:${CJK_NOTICE_OPENS}|(?<=[:：]s*))本(?:文|站|网站|網站)[^。]{0,30}(?:(?:不得|禁止|严禁|嚴禁|请勿|請勿|谢绝|謝絕)[转轉][载載]|[转轉][载載][请請]注明|轉載請註明)|[转轉][载載]必究${CJK_NOTICE_CLOSES})${STATED}`,
  `無断転載(?:・複製)?(?:を禁じます|を禁止します|を禁ず|禁止)${CJK_NOTICE_CLOSES}${STATED}`,
  `재배포 ?(?:금지|를 금(?:지)?합니다)${NOTICE_CLOSES}${STATED}`,
];
const RIGHTS_RESERVED = wholeWords(RIGHTS_RESERVED_PHRASES.join("|"), "u");
/** Longest notice standing without the sign or the English words ("Tous droits réservés – Le Courrier du Port"). */
const MAX_BARE_RIGHTS_NOTICE_LENGTH = 60;
/**
 * Whether a footer's line may hold a rights notice (`RIGHTS_RESERVED`): the English words, the sign, or a line short
 * enough to be the notice alone. Most lines are prose of no such length, and these tests are far cheaper than the
 * pattern, which every line of the page meets.
 */
function mayHoldRightsNotice(text: string): boolean {
  return text.length <= MAX_BARE_RIGHTS_NOTICE_LENGTH || text.includes("©") || text.includes("all rights reserved");
}
/**
 * A footer's links set on one line, parted by bars or bullets, the copyright after two of them or more ("About us |
 * Contact | © 2025 …"), in any language: the copyright sign (or the word and a year) says so where the links' words
 * are not in the list above. One part before it is a caption's credit ("The workshop | © Ada Lee"), a bullet before it
 * a list's item, and the word alone a topic ("privacy · copyright · competition"). Looked for only where the sign or
 * the word occurs, on lines short enough for a footer, which bounds the pattern's retries.
 */
const COPYRIGHT_IN_BAR = /(?:[^|·•]+[|·•]\s*){2,}(?:©|copyright\s*(?:©|\d{4}))/;

/**
 * Headers of what follows an article on a page: reader comments, "most read"
 * boxes in several languages, perhaps naming their span ("Most read today", "Meistgelesen heute"),
 * recommendations. Content after one of them is never the article.
 * A lone "comment" without a count is a button or a table's column, not such a header; a button with a count
 * ("View comments (12)") opens the thread that follows, and so does a count after the word ("Comments 47") or with the
 * new ones beside it ("12 Comments / 12 New"), in English only: other languages' words take a count in brackets
 * (`COUNTED_COMMENTS`). A bare count has three figures at most: four are as often a year ("Comments 2023"). The
 * closed thread's notice ("Comments are closed", "… for this story") is read in the other languages Dateline reads too
 * ("Die Kommentarfunktion ist geschlossen",
 * "Les commentaires sont fermés"); their word for
 * comments alone names an opinion section in a menu as often, and counts as a header only with its count.
 */
const SECTION_END =
  /^(?:(?:most (?:read|popular|viewed|shared|commented)(?: (?:stories|articles|posts|news))?|meistgelesen(?:e artikel)?|am meisten gelesen|lo más (?:leído|visto)|(?:les articles )?les plus lus|(?:las )?más leídas|(?:i )?più letti|(?:as )?mais lidas|(?:os )?mais lidos|meest gelezen)(?: (?:today|this week|right now|heute|der woche|aujourd['’]hui|de la semaine|hoy|de la semana|oggi|della settimana|hoje|da semana|vandaag|van de week))?|trending(?: now| stories)?|popular (?:now|stories|articles|posts)|(?:what to )?read next|top stories|latest (?:news|stories|headlines|articles?)|more (?:stories|news|top stories)|you (?:may|might) (?:also )?(?:like|enjoy)|recommended(?: for you| stories| reading)?|\d+ comments?(?: \(\d+\)| \/ \d+ new)?|comments(?: \(\d+\)| \d{1,3})?|(?:view|show|see|read) (?:all )?(?:\d+ comments?|comments \(\d+\))|(?:there (?:are|is) )?\d+ (?:comments?|responses?|replies|thoughts on .{1,80})|comments are (?:now )?closed(?: (?:for|on) this (?:story|article|post))?|(?:die )?kommentarfunktion ist (?:geschlossen|deaktiviert)|les commentaires sont fermés|los comentarios están cerrados|os comentários estão encerrados|i commenti sono chiusi|leave a (?:comment|reply)|join the (?:conversation|discussion)|add (?:a|your) comment|what do you think\??|nejčtenější|アクセスランキング|人気記事|热门文章|많이 본 (?:뉴스|기사)|related topics|topics|tags|(?:more (?:from|by)|mehr von) [^.!?]{1,40}|from around the web|around the web|promoted (?:stories|content))(?:[:.]|\.\.\.|…)?$/;

/**
 * What an embedded player prints where it cannot play: the fallback text of a video or audio element, or a
 * site's own notice (fixture player-notice-breadcrumb-glued-byline). Worded alike on many sites.
 */
const PLAYER_NOTICE =
  /^(?:media playback is (?:unsupported|not supported)|your browser does(?: not|n't) support (?:the )?(?:video|audio|html5)|this (?:video|audio|media) (?:is not available|cannot be played|is unavailable)|video (?:is )?unavailable|listen to this article)\b/;

/**
 * A newsletter's link to its copy on the web, which an issue archived on a site keeps over its text ("View this email in
 * your browser", "Having trouble viewing this email? View it in your browser", "Newsletter im Browser anzeigen", "Voir
 * cet e-mail dans votre navigateur", "Ver este correo en tu navegador"): only with the browser named, or "online" after
 * an email's noun, as "View online" alone may be a link to any page; "it" only after the trouble it answers, and no
 * "open", as a how-to's steps and headings say "Open it in your browser", "Im Browser öffnen".
 */
const WEB_VERSION_LINK =
  /^(?:having trouble viewing this e-?mail\? (?:view|read) it in (?:your|a|the) (?:web )?browser|(?:view|read) this (?:e-?mail|newsletter|message) (?:in (?:your|a|the) (?:web )?browser|online)|view in (?:your )?(?:web )?browser|(?:diese )?(?:e-mail|newsletter|nachricht) im (?:web)?browser (?:ansehen|anzeigen|öffnen|lesen)|im (?:web)?browser (?:ansehen|anzeigen)|(?:voir|afficher|consulter) (?:cet (?:e-?mail|e-mail)|cette (?:newsletter|lettre)|ce message) (?:dans (?:votre|le) navigateur|en ligne)|ver (?:este (?:correo|e-?mail|boletín)|el boletín) (?:en (?:tu|su|el) navegador|en línea))$/;
/** Fewest stars of a rating: a star or two may mark a line of text ("★ New", "★★ Editor's pick"). */
const MIN_RATING_STARS = 3;
/**
 * A recipe's or a review's rating as a card prints it over the post: a run of stars, then maybe the score and the count
 * of votes ("★★★★★ 4.9 from 212 reviews", "★★★★☆ (38)", "★★★★★ 5 von 5 – 12 Bewertungen"). Only figures and the
 * words of a rating follow the stars: a reader's quote after them ("★★★★★ Best bread I have made") is text. A figure
 * is needed: stars alone are a reviewed work's own rating in a roundup or under a verdict, part of the story.
 */
const STAR_RATING = new RegExp(
  String.raw`^[★☆⭐]{${MIN_RATING_STARS},}(?=.*\d)(?:[\s\d.,/()–-]|from|of|out|von|sur|de|su|reviews?|ratings?|votes?|bewertungen|avis|notes?|valoraciones|votos|recensioni|voti)*$`,
);

/** Most characters of a player's button written as a sentence (`MEDIA_CONTROL`): "Luister naar dit artikel" is 24. */
const MAX_MEDIA_CONTROL_LENGTH = 36;
/**
 * A player's button written as an order to the reader, the whole line, in the languages Dateline reads: a verb of
 * listening or watching, an article or "this", and what the player plays ("Listen to this story", "Watch the trailer",
 * "Video ansehen", "Hören Sie den Beitrag", "Voir la bande-annonce", "Écouter cet article", "Ver el tráiler", "Escuchar
 * esta noticia", "Guarda il video", "Ascolta questo articolo", "Ouvir este artigo", "Veja o vídeo", "Bekijk de
 * trailer", "Luister naar dit artikel"). The word lists hold some of them; a site words its own button as it likes. A
 * heading of a story names more than the player's thing ("Watch the skies over the bay", "Ver la luna llena"). Not a
 * podcast's or an episode's: "Listen to the podcast" labels a box of episodes, each a title that must not read as a
 * heading of the story (round sub66), as the label keeps it.
 */
const MEDIA_CONTROL = new RegExp(
  [
    "^(?:listen to|watch|play|hear) (?:this|the) (?:article|story|video|trailer|clip|interview)",
    "^(?:artikel|beitrag|video|trailer|interview) (?:anhören|ansehen|anschauen|abspielen)",
    "^(?:hören|sehen|schauen) sie (?:den|das|die|diesen|dieses) (?:artikel|beitrag|video|trailer|interview)(?: an)?",
    "^(?:écouter|écoutez|voir|regarder|regardez) (?:la |le |l'|l’|cet |cette |ce )(?:article|bande-annonce|vidéo|reportage|interview|entretien)",
    "^(?:escuchar|escucha|ver|mira|reproducir) (?:el|la|este|esta) (?:artículo|tráiler|trailer|vídeo|video|noticia|reportaje|entrevista)",
    "^(?:ascolta|ascoltare|guarda|guardare) (?:il |la |l'|l’|questo |questa )(?:articolo|trailer|video|notizia|servizio|intervista)",
    "^(?:ouvir|ouça|ver|veja|assistir|assista) (?:o|a|este|esta|ao) (?:artigo|trailer|vídeo|video|notícia|reportagem|entrevista)",
    "^(?:bekijk|beluister|luister naar) (?:de|het|dit|deze) (?:trailer|video|artikel|verhaal|reportage|interview)",
    "^(?:trailer|video|artikel) (?:bekijken|beluisteren)",
  ]
    .map((source) => `${source}$`)
    .join("|"),
  "u",
);

/**
 * The control-line patterns above as one alternation: each short line is tried once instead of six times, which
 * took half the time on the lines of the fixtures and dev-set pages (the same lines match). The joined pattern takes
 * no flag: READING_TIME's "u" is the only one among them, and its source needs none (no \p class, and every character
 * in the Basic Multilingual Plane).
 */
const CONTROL_PATTERN = new RegExp(
  [COUNTED_CONTROL_LINE, PLAYER_NOTICE, READING_TIME, FORM_STEP, SHARE_BAR, SHARE_BUTTON, TAGS_LINE, WEB_VERSION_LINK, STAR_RATING]
    .map((pattern) => `(?:${pattern.source})`)
    .join("|"),
);

/**
 * What parts the controls of one bar copied as one line ("Advertisement · Scroll to continue", "Print | Email"); a run of
 * spaces is tried from its start only, or a long run without a mark costs its square.
 */
const CONTROL_SEPARATOR = /(?<!\s)\s+[·•|]\s+/u;
/** The marks of `CONTROL_SEPARATOR`, as a class's source. */
const CONTROL_MARKS = "·•|";
const CONTROL_MARK = new RegExp(`[${CONTROL_MARKS}]`, "u");
/**
 * An ad's label run together with its note to read on after a spaced dash or a full stop ("Advertisement - Continue
 * reading below", "Anzeige. Weiterlesen nach der Anzeige"). Only that pair: other controls parted so are a slogan's
 * or a heading's words as often ("Save. Save. Save.", "Play. Pause. Play.", "Search. Save. Share."), and the same
 * label twice is a headline's ("Publicité - Publicité").
 */
const AD_LABEL_THEN_NOTE = /^(?<label>[^.\s–—-]+(?: [^.\s–—-]+)?)(?:\s+[–—-]|\.)\s+(?<note>.+)$/u;

/**
 * The marks `AD_LABEL_THEN_NOTE` parts the label from the note with: a line with none of them is let go on one scan of
 * a class, as most short lines hold none once their closing mark is dropped.
 */
const AD_NOTE_MARKS = ".–—-";
const AD_NOTE_MARK = new RegExp(`[${AD_NOTE_MARKS}]`, "u");
/**
 * The marks of both (the hyphen last, a class's literal): a line needs one to be an ad's label and note or a bar's
 * controls, and most short lines hold none, told for both in one scan.
 */
const AD_NOTE_OR_CONTROL_MARK = new RegExp(`[${CONTROL_MARKS}${AD_NOTE_MARKS}]`, "u");

/** Whether a short line in lower case is an ad's label run together with its note to read on (`AD_LABEL_THEN_NOTE`). */
function isAdWithReadOnNote(bare: string): boolean {
  if (!AD_NOTE_MARK.test(bare)) return false;
  const parts = AD_LABEL_THEN_NOTE.exec(bare)?.groups;
  return parts !== undefined && AD_LABEL_SET.has(parts.label!) && READ_ON_NOTE_SET.has(parts.note!);
}

/**
 * A breadcrumb trail's label, left alone on its line when the trail's links are dropped from the copy ("You are
 * here:"), in the languages the stop-word lists cover. Only with its colon: without one the words are a line of
 * dialogue ("Sie sind hier.", "Está aquí.") or a title ("You Are Here"), and a control line in the story can end it
 * there.
 */
const BREADCRUMB_LABELS = new Set([
  "you are here",
  "sie sind hier",
  "sie befinden sich hier",
  "du bist hier",
  "vous êtes ici",
  "usted está aquí",
  "está aquí",
  "estás aquí",
  "usted se encuentra en",
  "se encuentra en",
  "sei qui",
  "ti trovi qui",
  "ti trovi in",
  "você está aqui",
  "você está em",
  "u bent hier",
  "je bent hier",
]);

/** The marks a menu's one word may hold besides its letters, as `isAsciiLetterWord` reads them. */
const HYPHEN_CODE = 0x2d;
const FULL_STOP_CODE = 0x2e;
const APOSTROPHE_CODE = 0x27;

/**
 * Whether a line is one word in ASCII letters, perhaps with a hyphen, a full stop or an apostrophe ("newsletters",
 * "e-edition", "sport."): a menu's usual line. It holds no space, no figure, no colon, no bar's mark and no character
 * past ASCII, one of which every pattern of a control line needs past `CONTROL_LINES` (a space between words, or in
 * `CONTROL_PATTERN` a figure, a label's colon or a bar's mark: "4:32", "tags:x", "facebook,twitter"), so those
 * patterns are let go on one pass over its characters instead of four calls.
 */
function isAsciiLetterWord(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const lower = code | ASCII_CASE_BIT;
    if (
      (lower < ASCII_LOWER_FIRST || lower > ASCII_LOWER_LAST) &&
      code !== HYPHEN_CODE &&
      code !== FULL_STOP_CODE &&
      code !== APOSTROPHE_CODE
    )
      return false;
  }
  return text.length > 0;
}

/** The longest control line: a longer one is prose or a list. */
export const MAX_CONTROL_LINE_LENGTH = 60;

export function isControlLine(text: string): boolean {
  if (text.length > MAX_CONTROL_LINE_LENGTH) return false;
  // Any of them may end with a full stop, colon or exclamation mark, which French sets after a space ("vous êtes
  // ici :").
  const last = text[text.length - 1];
  const bare = last === "." || last === ":" || last === "!" ? text.slice(0, -1).trimEnd() : text;
  if (CONTROL_LINES.has(bare)) return true;
  // Each pattern below needs a space or a mark (`isAsciiLetterWord`).
  if (isAsciiLetterWord(text)) return false;
  if (CONTROL_PATTERN.test(text)) return true;
  if (last === ":" && BREADCRUMB_LABELS.has(bare)) return true;
  if (bare.length <= MAX_MEDIA_CONTROL_LENGTH && MEDIA_CONTROL.test(bare)) return true;
  if (!AD_NOTE_OR_CONTROL_MARK.test(bare)) return false;
  if (isAdWithReadOnNote(bare)) return true;
  // A bar's controls on one line; lines with an ad's mark alone are let go before a split.
  return isControlBar(bare);
}

/**
 * An article's tool buttons in the languages Dateline reads, counted as controls only beside another in a bar ("Print
 * | E-mail this story", "Drucken | Versenden", "Imprimer | Envoyer"): the bare verb alone also heads a story's section on
 * printing or on sending ("Drucken", "Enviar").
 */
const BAR_ONLY_CONTROLS: ReadonlySet<string> = new Set([
  ...["e-mail", "email"].flatMap((verb) => ["story", "article", "page"].map((what) => `${verb} this ${what}`)),
  "e-mail to a friend",
  "email to a friend",
  "send to a friend",
  "drucken",
  "versenden",
  "artikel drucken",
  "artikel versenden",
  "imprimer",
  "envoyer",
  "envoyer à un ami",
  "imprimir",
  "enviar",
  "enviar a un amigo",
  "stampa",
  "invia",
  "afdrukken",
  "versturen",
  "drukuj",
  "wyślij",
]);

/** The buttons that make a bar of controls an article's tools rather than a row of networks or a menu. */
const TOOL_BUTTONS: ReadonlySet<string> = new Set([...PRINT_AND_EMAIL_CONTROLS, ...BAR_ONLY_CONTROLS]);

/**
 * A line's parts when it is a bar of controls copied as one line ("print | email | share", "drucken · versenden"): two
 * parts or more, each a control (`CONTROL_LINES`) or a tool's button (`BAR_ONLY_CONTROLS`); the line in lower case.
 */
function controlBarParts(lower: string): string[] | undefined {
  if (lower.length > MAX_CONTROL_LINE_LENGTH || !CONTROL_MARK.test(lower)) return undefined;
  const parts = lower.split(CONTROL_SEPARATOR);
  return parts.length > 1 && parts.every((part) => CONTROL_LINES.has(part) || BAR_ONLY_CONTROLS.has(part)) ? parts : undefined;
}

/** Whether a line in lower case is a bar of controls (`controlBarParts`). */
function isControlBar(lower: string): boolean {
  return controlBarParts(lower) !== undefined;
}

/**
 * Whether a line in lower case is a bar of an article's tools: a bar of controls with a print, e-mail or send button
 * among them ("print | e-mail this story | share"). A bar of networks alone ("Telegram | Messenger | WhatsApp",
 * "Twitter · X") is as often a story's line on the apps themselves.
 */
export function isToolBar(lower: string): boolean {
  return controlBarParts(lower)?.some((part) => TOOL_BUTTONS.has(part)) === true;
}

/**
 * A newsletter box's address field, alone on its line, in the languages Dateline reads. Not a control wherever it
 * stands: an explainer on personal data heads a section with it ("Email address", "Correo electrónico") over its prose
 * (see `markEmailFields`).
 */
const EMAIL_FIELD_LABELS: ReadonlySet<string> = new Set([
  "email address",
  "your email",
  "your email address",
  "enter your email",
  "e-mail-adresse",
  "ihre e-mail-adresse",
  "adresse e-mail",
  "adresse mail",
  "votre adresse e-mail",
  "votre adresse mail",
  "correo electrónico",
  "tu correo electrónico",
  "tu dirección de correo",
  "indirizzo email",
  "indirizzo e-mail",
  "il tuo indirizzo email",
  "endereço de email",
  "endereço de e-mail",
  "o seu email",
  "o seu e-mail",
  "seu e-mail",
  "e-mailadres",
  "je e-mailadres",
  "uw e-mailadres",
  "adres e-mail",
  "twój adres e-mail",
]);

/** The longest of `EMAIL_FIELD_LABELS`: a longer text is none, and its length is asked before the set's look-up. */
const MAX_EMAIL_FIELD_LABEL_LENGTH = Math.max(...[...EMAIL_FIELD_LABELS].map((label) => label.length));

/** Whether a lower-cased line is a form's address field alone (see `EMAIL_FIELD_LABELS`), perhaps with a colon. */
export function isEmailFieldLabel(lower: string): boolean {
  // The look-up hashes the whole line (a view into the page, hashed anew on every page): a length test first.
  const field = lower.endsWith(":") ? lower.slice(0, -1).trimEnd() : lower;
  return field.length <= MAX_EMAIL_FIELD_LABEL_LENGTH && EMAIL_FIELD_LABELS.has(field);
}

function countMatches(pattern: RegExp, text: string): number {
  return (text.match(pattern) ?? []).length;
}

/** A newsletter or sign-in prompt is a line or two; longer lines are text that mentions subscribing. */
const PROMPT_MAX_LENGTH = 220;

/**
 * A prompt or a consent notice: what opens and closes a widget box. The
 * phrases are counted only in lines whose word scan met a phrase's first
 * word (`signals`), which rules out nearly every line for the price of a
 * flag test.
 */
export function isPromptOrConsent(text: string, signals: number): boolean {
  return (
    ((signals & PROMPT_SIGNAL) !== 0 && isPrompt(text)) ||
    ((signals & OFFER_SIGNAL) !== 0 && isOfferPrompt(text)) ||
    ((signals & CONSENT_SIGNAL) !== 0 && isConsentNotice(text)) ||
    ((signals & PAID_SIGNAL) !== 0 && isAffiliateDisclosure(text))
  );
}

/**
 * The site speaking of itself: first person plural, or "this site". Italian only in a notice's own words, "questo sito
 * (web) utilizza/usa" and "utilizziamo cookie" (the consent framework's "Noi e terze parti selezionate utilizziamo cookie
 * o tecnologie simili"): a story says "questo sito utilizzava…" of a site it reports on, and "utilizziamo i cookie…" or
 * "utilizziamo da anni…" in a quote or a recipe blog's voice, about cookies (in Italian the biscuit too).
 */
const SITE_VOICE =
  /\b(?:we|our|us|wir|unsere?|nous|utilizamos|usamos|nuestr[oa]s?|this (?:web)?site|questo sito (?:web )?(?:utilizza|usa)|utilizziamo cookie)\b/;

/**
 * A cookie banner's buttons in the languages whose banners the consent words above miss ("Wij gebruiken cookies …
 * Alles accepteren", "Usiamo i cookie … Accetta tutti", "Ce site utilise des cookies. Tout accepter", "… usa cookies
 * propias y de terceros. Aceptar todas"): the verb to accept or to refuse, counted only on a short line that names
 * cookies, as these verbs are everyday words of a story ("aceptar la oferta", "accepter le verdict").
 */
const COOKIE_BUTTON = new Set([
  "accepteren",
  "weigeren",
  "akzeptieren",
  "ablehnen",
  "accepter",
  "refuser",
  "aceptar",
  "rechazar",
  "aceitar",
  "rejeitar",
  "accetta",
  "accetto",
  "rifiuta",
]);
/** The word for all on a banner's button ("Alles accepteren", "Accetta tutti", "Tout accepter", "Aceitar todos"). */
const COOKIE_BUTTON_ALL = new Set(["alles", "alle", "tout", "tous", "toutes", "todas", "todos", "tutti", "tutto"]);
/** A banner's other buttons after the verbs, closing its row ("Alles accepteren Instellingen", "Accepter et fermer"). */
const COOKIE_BUTTON_CLOSING = new Set([
  "instellingen",
  "einstellungen",
  "paramétrer",
  "paramètres",
  "personnaliser",
  "fermer",
  "continuer",
  "configurar",
  "personalizar",
  "continuar",
  "personalizza",
  "impostazioni",
  "chiudi",
  "definições",
]);
/** A cookie's name in a notice (checked before `COOKIE_BUTTON`). */
const COOKIE_NAME = /\bcookies?\b/;
/** Most words of a banner's row of buttons ("Alle Cookies akzeptieren Nur notwendige"); more are a sentence. */
const MAX_BANNER_BUTTON_WORDS = 6;
/**
 * Whether a line naming cookies ends in a banner's row of buttons as a copy glues it after the notice's last sentence:
 * a few words with no stop of their own ("… cookies. Alles accepteren", "… des cookies. Tout accepter Tout refuser"),
 * opening and closing on a button's words (`COOKIE_BUTTON`, `COOKIE_BUTTON_ALL`, `COOKIE_BUTTON_CLOSING`: "Accepteren
 * of weigeren", "Accetta tutti", "Tout accepter Paramétrer"). A story's line or a title naming cookies sets the verbs in
 * its sentence ("Cookies ablehnen: So geht es …", "Refuser les cookies doit être aussi simple que les accepter", "Wie de
 * cookies niet wil accepteren, …"), ends its last sentence with a stop, or says more in a second one ("Schluss mit
 * Cookie-Bannern. Ablehnen wird einfacher", "… met cookies. Klanten weigeren").
 */
function endsInCookieButtons(text: string): boolean {
  const stop = Math.max(text.lastIndexOf(". "), text.lastIndexOf("! "));
  if (stop < 0) return false;
  const words = text.slice(stop + 2).split(" ");
  const first = words[0]!;
  const last = words[words.length - 1]!;
  return (
    words.length <= MAX_BANNER_BUTTON_WORDS &&
    (COOKIE_BUTTON.has(first) || COOKIE_BUTTON_ALL.has(first)) &&
    (COOKIE_BUTTON.has(last) || COOKIE_BUTTON_ALL.has(last) || COOKIE_BUTTON_CLOSING.has(last)) &&
    words.some((word) => COOKIE_BUTTON.has(word))
  );
}

/**
 * The site or its reader named in a short notice with one consent word ("We use cookies", "Nous utilisons des
 * cookies"), which a story's line on cookies seldom holds.
 */
const CONSENT_VOICE = wholeWords("we|our|you|your|wir|nous|vous|utilizamos|usamos");
/**
 * The same voice in the languages of thin stop-word lists, the site's "we use" or "this site" ("Sitemizde çerez
 * kullanıyoruz", "Bu sitede …", "Käytämme …", "Sivustolla käytetään …", "Мы используем …", "Сайт использует …", "Ta
 * strona używa …", "Używamy …", "Tento web používá …", "Používáme …"), read only in a line the site states
 * (`SPOKEN_MARKS`): a story quotes it or reports it ("„Używamy plików cookie tylko za zgodą” – mówi rzecznik", "Сайт
 * использует cookie, пояснили в мэрии"), and "this site" or "this side" opens a story's clause ("Bu sitede yaşayanlar,
 * …", "Ta strona sporu twierdzi, że …").
 */
const THIN_CONSENT_VOICE = wholeWords(
  [
    "sitemizde|bu sitede|kullanıyoruz|käytämme|sivustollamme|sivustolla käytetään",
    "мы|сайт использует|наш сайт|этот сайт|używamy|ta strona|nasz serwis|používáme|tento web|náš web",
  ].join("|"),
);
/**
 * What a story's line in the languages of thin stop-word lists holds where a site's short note does not: a quotation
 * mark, a dash or a colon setting off a speaker ("«Скачайте наше приложение», — говорилось в сообщении", "Oszuści
 * pisali: …"), or a comma before a reported speaker or the sentence's next clause ("…, kertoo toimitusjohtaja").
 * Apostrophes stay out: Turkish sets one before a name's suffix ("Google Play'den").
 */
const SPOKEN_MARKS = /[,:"“”„«»–—]|\s-\s/;

/** A consent/cookie notice, whatever its length: two or more of its tell-tale phrases. */
function isConsentNotice(text: string): boolean {
  // Notices run to a few sentences; a longer line is an article paragraph that mentions cookies.
  if (text.length > 800) return false;
  const hits = countMatches(CONSENT_WORDS, text);
  if (text.length < 160)
    return (
      hits >= 2 ||
      (hits >= 1 &&
        (CONSENT_VOICE.test(text) ||
          (THIN_CONSENT_VOICE.test(text) && !SPOKEN_MARKS.test(text)) ||
          (COOKIE_NAME.test(text) && endsInCookieButtons(text))))
    );
  // A longer notice still speaks for the site ("We use…", "This site uses…"); a paragraph about tracking does not.
  return hits >= 2 && SITE_VOICE.test(text);
}

/**
 * Lines shorter than this with no prompt phrase are prompts when they say the mail lands in the reader's mailbox: a
 * box's pitch is a sentence, a story's paragraph addressing its reader runs on.
 */
const MAILBOX_PROMPT_LENGTH = 160;
/** Lines shorter than this with one prompt phrase are prompts when the phrase stands where a prompt puts it. */
const SHORT_PROMPT_LENGTH = 90;
/** Words of a line that speaks to the reader or for the site ("your inbox", "get our newsletter", "Please log in"). */
const READER_ADDRESS = /\b(?:your|you'll|you will|get|our|please)\b/;

/** A reader's mailbox's noun, as a pattern's source (`MAILBOX_WORDS` in their phrases, and the mail's own word). */
const MAILBOX_NOUN =
  "(?:inbox|mailbox|e-?mail(?:-?postfach)?|postfach|posteingang|bo[îi]te (?:mail|e-?mail|de réception)|messagerie|correo(?: electrónico)?|bandeja de entrada|buzón|casella(?: di posta| e-?mail| mail)?|posta(?: elettronica)?|caixa de (?:correio|entrada|e-?mail)|mail)";
/**
 * The reader's own mailbox, where a prompt says its mail lands, after the preposition that takes it there and in a
 * second person no story's third person shares: "to your inbox", "in dein Postfach",
 * "dans votre boîte mail", "dans ta boîte de réception", "en tu correo", "nella tua casella di posta", "no teu e-mail",
 * "in je mailbox", "in uw inbox". The preposition keeps out Dutch "je" as the subject before the mail ("Wanneer ontvang
 * je e-mail van de gemeente, …"). German "Ihr", Spanish "su", Portuguese "seu"/"sua" and Italian "sua" are also a
 * third person's ("in ihr Postfach", her mailbox): see `SHARED_POSSESSIVE_MAILBOX`.
 */
const READERS_MAILBOX = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:in|into|to|dans|sur|en|a|nella|alla|sulla|no|na|naar|op) (?:your|dein(?:e[mn]?)?|eure?[mn]?|votre|vos|ta|tes|tu|tus|tua|teu|je|jouw|uw))\s+${MAILBOX_NOUN}(?![\p{L}-])`,
  "u",
);
/**
 * The same mailbox after a possessive that is also a third person's ("Ihr Postfach", "su correo", "seu e-mail", "sua
 * casella"), or after German "ins", which names no one's ("Die Stadtwerke schicken die Rechnung direkt ins Postfach").
 */
const SHARED_POSSESSIVE_MAILBOX = new RegExp(String.raw`(?<![\p{L}])(?:ihre?[mn]?|su|sua|seu|ins)\s+${MAILBOX_NOUN}(?![\p{L}-])`, "u");
/**
 * A prompt's call opening the line or a sentence, or joined to a first call by "and" ("Melden Sie sich an und erhalten
 * Sie …", "Receba …", "Suscríbase y reciba …", "Si iscriva e riceva …"): the order a story's third person never
 * gives, read where a possessive may be a third person's (`SHARED_POSSESSIVE_MAILBOX`).
 */
const READER_CALL =
  /(?:^|[.!?:] |(?<![\p{L}])(?:und|y|e|et|en|and) )(?:erhalten sie|melden sie sich|abonnieren sie|registrieren sie sich|bestellen sie|holen sie sich|reciba|suscríbase|regístrese|riceva|si iscriva|si abboni|receba|assine|inscreva-se|subscreva|cadastre-se|registe-se)(?![\p{L}])/u;
/**
 * The mail received or delivered, or sent "straight" there: what a prompt offers ("Recevez …", "… direkt in Ihr
 * Postfach", "delivered to your inbox", "Ontvang …"). A service story tells the reader what to do with a mailbox
 * ("Comment désencombrer votre boîte mail", "How to tidy your inbox", "So räumen Sie Ihr Postfach auf") and asks
 * ("Recevez-vous encore des arnaques dans votre boîte mail ?", which `addressesReadersMailbox` leaves for its "?").
 */
const MAIL_DELIVERED =
  /(?<![\p{L}])(?:recevez|reçois|recevoir|recibe|recibir|reciba|recibirás|ricevi|ricevere|riceva|riceverai|receba|recebe|receber|ontvang|ontvangt|ontvangen|erhalten|erhältst|bekommen|bekommst|get|receive|delivered|direkt|directement|directamente|direttamente|diretamente|rechtstreeks|straight)(?![\p{L}])/u;
/**
 * Whether a lower-cased line says the mail lands in the reader's own mailbox (`READERS_MAILBOX`), or in a mailbox after
 * a possessive a third person shares with a call to the reader on the line (`SHARED_POSSESSIVE_MAILBOX`, `READER_CALL`):
 * "Recevez chaque matin l'essentiel dans votre boîte mail", "Melden Sie sich an und erhalten Sie … in Ihr Postfach",
 * "Assine e receba … no seu e-mail". A story tells of someone's mailbox in the third person ("dans leur boîte mail",
 * "nella casella di posta", "in hun mailbox", "Die Mieter erhalten die Abrechnung in ihr Postfach").
 */
function addressesReadersMailbox(text: string): boolean {
  return (
    !text.includes("?") &&
    MAIL_DELIVERED.test(text) &&
    !TOLD_RECEIVES.test(text) &&
    !HOW_TO_STEP.test(text) &&
    !spokenByOther(text) &&
    (READERS_MAILBOX.test(text) || (SHARED_POSSESSIVE_MAILBOX.test(text) && READER_CALL.test(text)))
  );
}

/**
 * A call to subscribe, sign up or join opening the line, in the languages Dateline reads: "Abonnez-vous", "Inscrivez-vous",
 * "Abbonati", "Iscriviti", "Assine", "Subscreva", "Inscreva-se", "Abonneer je", "Meld je aan", "Schrijf je in", "Word
 * lid", "Abonnieren Sie", "Melden Sie sich", "Werden Sie Mitglied", "Devenez membre", "Hazte socio", "Suscríbete",
 * "Diventa socio", "Torne-se membro", "Become a member", "Subscribe", "Sign up", "Join".
 */
const CALL_OPENING =
  /^(?:abonnez-vous|abonne-toi|inscrivez-vous|abbonati|abbonatevi|iscriviti|assine|subscreva|inscreva-se|abonneer (?:je|u)|meld (?:je|u) (?:\p{L}+ )?aan|schrijf (?:je|u) (?:\p{L}+ )?in|word (?:nu )?lid|abonnieren sie|melden sie sich|werden sie mitglied|werde mitglied|devenez membre|deviens membre|hazte socio|hazte miembro|suscríbete|diventa socio|diventa membro|torne-se (?:membro|sócio|assinante)|become a (?:member|subscriber)|subscribe|sign up|join)(?![\p{L}])/u;
/**
 * The offer a call's second order makes, joined by "and" ("… und erhalten Sie …", "… et recevez …", "… y recibe …", "… e
 * ricevi …", "… e receba …", "… en ontvang …", "… and get …"): what the reader gets for subscribing.
 */
const CALL_AND_OFFER =
  /(?<![\p{L}])(?:and|und|et|y|e|en) (?:get(?! involved| ready| started| fit)|receive|enjoy|erhalten sie|erhalte|genießen sie|lesen sie|recevez|reçois|profitez|recibe|disfruta|ricevi|riceva|receba|ontvang|lees)(?![\p{L}])/u;
/**
 * A call to join that names the body joined after a preposition and its definite article ("Become a member of the
 * ferry users' group", "Werden Sie Mitglied im Fahrgastverband", "Hazte socio del club", "Devenez membre de
 * l'association", "Word lid van de vereniging"). A site's own pitch names the site so as well ("Become a member of the
 * Kellwick Courier and get unlimited access"), so the name alone tells no story: see `STORY_GOES_ON`.
 */
const JOINS_NAMED_BODY =
  /^(?:become a member of the|(?:werden sie|werde) mitglied (?:im|in der|beim|bei der)|(?:devenez|deviens) membre (?:du|de la|des)|hazte (?:socio|miembro) (?:del|de la|de los|de las)|diventa (?:socio|membro) (?:del|della|dei|degli|delle)|torne-se (?:membro|sócio) (?:do|da|dos|das)|word (?:nu )?lid (?:van|bij) (?:de|het)) |^(?:(?:devenez|deviens) membre de l|diventa (?:socio|membro) dell)['’]/u;
/**
 * A story's sentence going on past the call and its offer with a relative clause after a comma (", which the council
 * must respect", ", qui paraît deux fois par an", ", che vale anche …", ", dat vier keer per jaar verschijnt"). A
 * site's pitch mostly stops at its offer ("… and get unlimited access to every story."); one going on past it with a
 * dash's clause ("… – it takes two minutes") reads as a story's dash clause ("– so wirbt der Verband") does.
 */
const STORY_GOES_ON =
  /, (?:which|who|whose|where|der|die|das|deren|dessen|wo|qui|que|dont|où|quien|quienes|cuyo|cuya|donde|che|cui|dove|onde|cujo|cuja|dat|wat|waar)(?![\p{L}])/u;
/**
 * Whether a lower-cased call to join a named body is a story telling its reader how to join a club, a union or a
 * society: the sentence goes on as the story's (`STORY_GOES_ON`) and not in the site's voice ("…, which funds our
 * newsroom").
 */
function joinsNamedBodyInStory(text: string): boolean {
  return JOINS_NAMED_BODY.test(text) && STORY_GOES_ON.test(text) && !PROMPT_OWN_VOICE.test(text);
}
/**
 * Whether a lower-cased line opens with a call to subscribe or join and joins an offer to it (see `CALL_OPENING`); "get
 * involved", "get ready", "get started", "get fit" are the club's further calls, no offer ("Become a member and get
 * involved in the regatta").
 */
function callsWithOffer(text: string): boolean {
  return (
    CALL_OPENING.test(text) && CALL_AND_OFFER.test(text) && !text.includes(": ") && !spokenByOther(text) && !joinsNamedBodyInStory(text)
  );
}
/**
 * A how-to's numbered step or list item opening the line ("Étape 3 : recevez le code dans votre boîte mail", "Paso 3:",
 * "Stap 3:", "Step 3:", "3. Ricevi il codice …"): an order the story gives its reader, which a box's pitch never numbers.
 */
const HOW_TO_STEP = /^(?:(?:step|schritt|étape|paso|passo|stap)\s*\d{1,2}|\d{1,2}[.)]\s)/u;
/**
 * The reader told what will happen, a subject before the verb of receiving ("Vous recevez votre billet dans votre boîte
 * mail", "Je ontvangt het ticket in je mailbox", "Daarna ontvang je …", "You'll receive a confirmation …", "Recibirás",
 * "Riceverai"): a how-to's or a service story's sentence, where a prompt's offer is an order ("Recevez", "Ontvang",
 * "Receba") or names no verb.
 */
const TOLD_RECEIVES =
  /(?<![\p{L}])(?:(?:vous|tu|you(?:'ll| will)?|du|jij|je|u|usted|voc[êe]|lei) (?:\p{L}+ )?(?:recevez|recevrez|reçois|recevras|receive|get|erhältst|bekommst|recibes?|recibirás?|ricevi|riceverai|recebes?|receberá|ontvangt?|krijgt?)|(?:ontvang|ontvangt|krijg|krijgt) (?:je|jij|u)|recibirás|riceverai|receberás)(?![\p{L}])/u;
/**
 * A line the story gives as someone's words: opening with a quotation (`OPENS_WITH_QUOTATION`: "« Vous recevrez la
 * facture dans votre boîte mail », a assuré …"; a box quotes only its letter's name, inside the line, "Recevez « La
 * Marée » chaque matin"), before a speaker's colon (`SPOKEN_APPEAL`: "A operadora disse: receba …"), or with its
 * speaker after the last comma (`reportedAfterComma`: "…, zegt de voorzitter.", "…, explica la naviera en su web.",
 * "…, the club's poster says."). A box's pitch names no speaker.
 */
function spokenByOther(text: string): boolean {
  return OPENS_WITH_QUOTATION.test(text) || SPOKEN_APPEAL.test(text) || reportedAfterComma(text);
}

/** Whether a lower-cased line speaks to the reader or for the site, in English (see `READER_ADDRESS`). */
export function speaksToReader(lower: string): boolean {
  return READER_ADDRESS.test(lower);
}
/**
 * Prompt phrases a story also uses in the middle of its own sentences: a price or a service ("Streaming giant raises
 * subscription prices"), a verb of the news ("do I have to sign up?", "Police ask the maker to unlock the phone", "Der
 * Streit ums Anmelden", a quote's "अभी सब्सक्राइब करें" in Hindi), a tool's screen ("New signup/login button", an address's "/inbox"). Only these need
 * `PROMPT_PLACED`; the others ("newsletter", "subscribe", "subscriber", "free trial", "iscriviti") make a short line a
 * prompt wherever they stand ("Jetzt Newsletter bestellen", "Recibe nuestra newsletter cada mañana", "Already a
 * subscriber?", "To read the rest of this story subscribe to …").
 */
const NEWS_WORD_PHRASES = ["subscription", "sign up", "signup", "sign in", "log in", "unlock", "inbox", "anmelden", "अभी सब्सक्राइब करें"];
/**
 * Prompt phrases that are a prompt only as a button's whole line, perhaps with a word either side ("Inschrijven", "Nu
 * inschrijven", "Subscrever agora", "Je m'inscris"): an infinitive to enrol, to sign or to take out a service opens a
 * story's sentence as its subject ("Inschrijven kan tot en met vrijdag.", "Subscrever o passe custa dez euros.",
 * "Suscribirse al servicio cuesta dos euros.") and closes a Dutch one ("…, moet zich voor vrijdag inschrijven."); a
 * speaker's "Je m'inscris" sits in a quotation ("« Je m'inscris dès demain », a dit …"), and a Hindi story quotes a
 * channel's "सब्सक्राइब करें" after its speaker's words.
 */
const BUTTON_ONLY_PHRASES = ["inschrijven", "subscrever", "suscribirse", "m'inscris", "m’inscris", "सब्सक्राइब करें"];
const PROMPT_BUTTON = new RegExp(`^(?:\\S+ )?(?:${BUTTON_ONLY_PHRASES.join("|")})(?: \\S+)?!?$`, "u");
const PROMPT_ANYWHERE = wholeWords(
  PROMPT_PHRASES.filter(
    (phrase) => !NEWS_WORD_PHRASES.includes(phrase) && !BUTTON_ONLY_PHRASES.includes(phrase) && !APP_CALL_PHRASES.includes(phrase),
  ).join("|"),
);
/** A call to get the site's app (`APP_CALL_PHRASES`), a prompt only where the site states it (`SPOKEN_MARKS`). */
const APP_CALL = wholeWords(APP_CALL_PHRASES.join("|"));
/**
 * A news word's phrase where a prompt sets it: opening the line or one of its sentences ("Sign up for the Morning
 * Briefing", "Thanks for reading! Sign up for free"), or closing the line, perhaps with a "now" ("Already have an
 * account? Log in", "Request a demo Sign up now"). In the middle of a sentence it is the news's word ("Streaming giant
 * raises subscription prices").
 */
const PROMPT_PLACED = new RegExp(
  `(?:^|[.!?:]\\s+)(?:${NEWS_WORD_PHRASES.join("|")})${NOT_BEFORE_WORD}|${NOT_AFTER_WORD}(?:${NEWS_WORD_PHRASES.join("|")})(?: (?:now|today|here))?[.!:*।]?$`,
);

/** A speaker's verb that no prompt sets after a comma: a third person's ("says", "urges", "fordert", "affirme", "dice", "diz"). */
const SPEAKER_VERB =
  "says|said|urges|urged|warns|warned|tells|told|claims|insists|sagt|fordert|warnt|rät|dit|affirme|estime|prévient|exhorte|dice|afirma|advierte|diz|afferma|avverte|zegt|waarschuwt|roept";
/** A speaker's verb that is also an order ("say", "pide", "demande"): only after its speaker ("residents say"). */
const SPEAKERS_VERB =
  "say|urge|warn|sagen|fordern|warnen|disent|demande|demandent|dicen|pide|piden|dizem|pede|pedem|chiede|chiedono|dicono|zeggen|vraagt";
/**
 * A Romance verb of asking that is also an order, before its speaker's article ("pide el ayuntamiento", "chiede il
 * comune", "demande la mairie", "pede a câmara"), where the order takes a possessive or a noun ("pide tu descuento").
 */
const ASKED_BY = String.raw`(?:pide|piden|chiede|chiedono|demande|demandent|pede|pedem)\s+(?:el|la|los|las|il|lo|gli|i|le|les|o|a|os|as)`;
/**
 * A call to subscribe or sign up that the line reports, closing with its speaker and a speaker's verb after a comma or a
 * quote's close ("sign up for ferry alerts, council urges", "'subscribe to the flood warnings,' says mayor", "melden sie
 * sich für die warn-app an, fordert die gemeinde", "inscrivez-vous aux alertes, exhorte la mairie", "suscríbete a las
 * alertas, pide el ayuntamiento", "iscriviti agli avvisi, chiede il comune"): a headline's reported speech, where a
 * prompt speaks the call itself. Read from the lower-cased line; up to three words on either side of the verb.
 */
const REPORTED_CALL = new RegExp(
  String.raw`[,’'"»”]\s+(?:(?:[\p{L}'’-]+\s+){0,3}(?:${SPEAKER_VERB})|(?:[\p{L}'’-]+\s+){1,3}(?:${SPEAKERS_VERB})|${ASKED_BY})(?:\s+[\p{L}'’.-]+){0,3}$`,
  "u",
);

/**
 * The site's own voice in a call to sign up, a first person's "our", "we", "unser", "notre", "nuestro" ("Sign up for our
 * newsletter, readers say it's the best", "Abonnieren Sie unseren Newsletter, sagt die Redaktion"): a headline reporting
 * a call speaks of someone else's alerts or warnings; a prompt quoting praise for itself, or setting its editors after
 * the comma, still speaks for the site.
 */
const PROMPT_OWN_VOICE = wholeWords(`our|we|us|uns|unser[${WORD_CHAR}]*|notre|nos|nous|nuestr[oa]s?|nostr[oaie]|noss[oa]s?|onze|ons`);

/**
 * A writer's thanks for reading as a sentence of its own, then a call to subscribe opening the next ("Thanks for reading
 * Harbour Notes! Subscribe for free to receive new posts and support my work.", "Danke fürs Lesen! Abonnieren Sie …",
 * "Merci de votre lecture ! Inscrivez-vous …", "Gracias por leer X. Suscríbete …"): a newsletter's sign-off under the
 * post, its call in the writer's own voice ("my work"), which names no reader and may run past a short prompt's length
 * with the letter's name. The thanks end their sentence (or a dash parts them) within a few words (the letter's name)
 * and the call opens the next one: a story's closing line that thanks its reader runs on ("Thanks for reading this far: our subscribers paid
 * for …"), a quoted thanks runs into its speaker ("Thanks for reading, said the clerk, before … sign up …"), and a
 * reader's letter tells of its writer after the thanks ("Thanks for reading my letter. I have been a subscriber …").
 */
const READING_THANKS =
  /^(?:thanks?(?: you)? (?:so much )?for reading|danke (?:fürs|für das|für's|für ihr(?:e|en)?) lesen|vielen dank (?:fürs|für das|für's) lesen|merci (?:de votre lecture|de (?:m'|m’)?avoir lu|d'avoir lu|d’avoir lu)|gracias por leer|grazie per (?:aver|la) lett|obrigad[oa] por (?:ler|ter lido)|bedankt voor het lezen|dank(?:je|u)wel voor het lezen)[^.!?:;,—–]{0,60}(?:[.!]|\s[—–])\s+(?:subscribe|sign up|join|abonnieren|melden sie sich|inscrivez|abonnez|suscr[íi]bete|iscriviti|abbonati|subscreva|assine|inscreva|abonneer|schrijf je|neem)/;

/**
 * A newsletter a third person's possessive or genitive names, lower-cased ("the mayor's newsletter", "her newsletter",
 * "seinen Newsletter", "sa newsletter", "leur newsletter", "haar nieuwsbrief", "hun nieuwsbrief"): the story tells of
 * someone's newsletter, where a prompt offers the site's own ("our newsletter", "unseren Newsletter"). Not German
 * "ihr", Spanish "su" nor Portuguese and Italian "sua": each is also the reader's "your" in a formal prompt.
 */
const OTHERS_NEWSLETTER =
  /(?:['’]s|(?<![\p{L}\p{N}])(?:his|her|their|its|seine[nmrs]?|sein|son|sa|ses|leurs?|zijn|haar|hun))\s+(?:[\p{L}-]+\s+)?(?:newsletters?|nieuwsbrie(?:f|ven))(?![\p{L}\p{N}])/u;
/**
 * A line opening with a quotation whose speaker follows it ("“Subscribe to our newsletter and you will hear it first,”
 * the harbour master joked."): the story quoting a call, not the site making it.
 */
const QUOTED_SPEAKER = /^(["“„«‘][^"“”„«»‘’]{1,200}[,.!?]?\s*["”«»’])\s*,?\s+\p{L}+\s+\p{L}+/u;

/**
 * Whether a line quotes a speaker's call (`QUOTED_SPEAKER`) and makes none of its own after the quotation: a prompt
 * may open on a quoted reader's praise and then call ("“The best newsletter in town,” says Tom Reed. Sign up now").
 */
function quotesCallOnly(text: string): boolean {
  const quoted = QUOTED_SPEAKER.exec(text);
  return quoted !== null && countMatches(PROMPT_WORDS, text.slice(quoted[1]!.length)) === 0;
}

/** "n", the first letter of a series label `NEWSLETTER_ISSUE` reads: the cheap test before it. */
const NEWSLETTER_INITIAL = 0x6e;
/**
 * A newsletter's issue as its own page prints its title: the series label and a colon opening a line of four words
 * more ("Newsletter: The harbour week in five stories", "Newsletter : la semaine du port en cinq histoires",
 * "Nieuwsbrief: de haven deze week in vijf verhalen"), the label its one prompt phrase.
 */
const NEWSLETTER_ISSUE = /^(?:newsletter|nieuwsbrief) ?: \S+(?: \S+){3}/u;
/**
 * What a box calling to sign up says after the label and an issue's title does not: a call, the site's own voice, an
 * offer ("Newsletter: Get our best stories every Friday", "Newsletter : recevez nos articles", "Newsletter: jetzt
 * kostenlos bestellen", "Nieuwsbrief: ontvang elke week het nieuws"), or where it lands ("… direkt ins Postfach", "… dans
 * votre boîte mail", "… nella tua casella di posta", "… in je mailbox").
 */
const ISSUE_CALL = wholeWords(
  `get|join|stay|receive|delivered|don't miss|never miss|free|please|e-?mails?|erhalten|bestellen|jetzt|kostenlos|recevez|recevoir|gratuit[${WORD_CHAR}]*|recibe|recibir|gratis|ricevi|ricevere|receba|receber|grátis|ontvang|ontvangen|schrijf|postfach|boîte mail|apúntate|apuntate|no te pierdas|tu correo|casella di posta|inscreva|caixa de correio|meld je aan|mailbox`,
);

/**
 * Whether a lower-cased line, read as a prompt for its series label, may be a newsletter's issue as its own page titles
 * it (`NEWSLETTER_ISSUE`, with no call after the label: `ISSUE_CALL`, the site's own voice). The header search asks it
 * of a prompt right over the header's byline or date only: a box calling to sign up stands over no byline.
 */
export function mayTitleNewsletterIssue(lower: string): boolean {
  return (
    lower.charCodeAt(0) === NEWSLETTER_INITIAL &&
    NEWSLETTER_ISSUE.test(lower) &&
    countMatches(PROMPT_WORDS, lower) === 1 &&
    !ISSUE_CALL.test(lower) &&
    !PROMPT_OWN_VOICE.test(lower)
  );
}

/**
 * A newsletter or sign-in prompt: short, and about subscribing rather than about the news. One phrase makes a prompt
 * of a line that speaks to the reader, or of a short line that sets the phrase where a prompt does.
 */
function isPrompt(text: string): boolean {
  if (text.length > PROMPT_MAX_LENGTH) return false;
  const hits = countMatches(PROMPT_WORDS, text);
  // A line with no phrase is none (`isOfferPrompt` reads one saying where the mail lands): the reported-call pattern
  // (run to the line's end) is asked only of the rest.
  if (hits === 0 || (REPORTED_CALL.test(text) && !PROMPT_OWN_VOICE.test(text))) return false;
  // A speaker quoted calling to subscribe: the story's sentence, not the site's prompt.
  if (quotesCallOnly(text)) return false;
  if (hits !== 1) return true;
  // A story's sentence about someone else's newsletter; a line opening with a call to join it is a columnist's prompt
  // ("Abonnez-vous à sa newsletter").
  if (OTHERS_NEWSLETTER.test(text) && !JOIN_CALL.test(text)) return false;
  if (READER_ADDRESS.test(text) || READING_THANKS.test(text) || addressesReadersMailbox(text) || callsWithOffer(text)) return true;
  return (
    text.length < SHORT_PROMPT_LENGTH &&
    (PROMPT_ANYWHERE.test(text) ||
      PROMPT_PLACED.test(text) ||
      PROMPT_BUTTON.test(text) ||
      (APP_CALL.test(text) && !SPOKEN_MARKS.test(text)))
  );
}

/**
 * A prompt with none of `PROMPT_PHRASES` that says the mail lands in the reader's mailbox or opens with a call joined to
 * an offer ("Recevez chaque matin l'essentiel dans votre boîte mail", "Werden Sie Mitglied und erhalten Sie …"): asked
 * of a line whose word scan met a mailbox's or a call's word (`OFFER_SIGNAL`), short as a box's pitch is, and not a
 * headline's reported call. A line holding a prompt's phrase as well is `isPrompt`'s, which asks the same of it.
 */
function isOfferPrompt(text: string): boolean {
  return (
    text.length < MAILBOX_PROMPT_LENGTH &&
    (callsWithOffer(text) || addressesReadersMailbox(text)) &&
    countMatches(PROMPT_WORDS, text) === 0 &&
    !REPORTED_CALL.test(text)
  );
}

/**
 * An affiliate disclosure: the site, speaking of itself, says it may be paid for the links or purchases on the page
 * ("We may earn a commission when you buy through links on this page"). A sentence or two, set over or under the story.
 */
const MAX_DISCLOSURE_LENGTH = 320;
const PAID_WORDS = wholeWords(
  `affiliate|commissions?|compensat[${WORD_CHAR}]*|provisions?|affiliation|affiliés?|comisi[oó]n(?:es)?|afiliad[oa]s?`,
);
const PURCHASE_WORDS = wholeWords(`links?|purchases?|buy|shop|products?|partners?|kauf[${WORD_CHAR}]*|liens?|achats?|enlaces?|compras?`);

/**
 * A post naming itself as it opens its disclosure ("This post may contain affiliate links", "Dieser Beitrag enthält
 * Affiliate-Links", "Cet article contient des liens affiliés", "Este artículo contiene enlaces de afiliado"): a blog of
 * one writer says "I", not "we", so the post's own words stand for the site's voice. Only where they open the line: a
 * field of a byline's line may say the same ("Published: 4 March 2025 by Ada Lee · This post may contain affiliate
 * links"), and that line is the byline's, not furniture. Only with the links named right after the verb: a story's
 * first line may open so about anything ("This article contains new details of how the shop paid commission on
 * affiliate links").
 */
const POST_VOICE_OPENING =
  /^(?:this (?:post|article|page|review)|(?:dieser|der) (?:beitrag|artikel|post)|cet article|ce billet|este (?:artículo|post)) (?:may )?(?:contains?|enthält|contient|contiene) (?:(?:some|sogenannte|des|quelques|unos|algunos) )?(?:affiliate|partner|werbe|provisions|liens? (?:affiliés?|d'affiliation|partenaires?|sponsorisés?)|enlaces? (?:de )?afiliad)/;

/**
 * A support box's appeal is a sentence or three; a longer paragraph that asks for support is the story's (a charity's
 * own report of its year).
 */
const MAX_APPEAL_LENGTH = 400;
/**
 * The site's own work named within two words ("journalism", "local news", "award-winning reporting"), as a pattern's
 * source: what a support appeal asks the reader to back (`SUPPORT_APPEAL`), where a town's call backs something else
 * (`COMMUNITY_SUPPORT`). One list for both, so that the two cannot drift apart.
 */
const SITE_WORK_NAMED = String.raw`(?:[\p{L}-]+ ){0,2}(?:journalism|news|newsroom|reporting|work|coverage|mission|media|publication)\b`;
/**
 * The site's own work named within two words after "our" in the other languages Dateline reads ("nuestro periodismo",
 * "unseren unabhängigen Journalismus", "notre rédaction", "il nostro giornalismo", "o nosso jornalismo", "onze
 * journalistiek"; its journalists, "nuestra labor", "nuestro medio", "unser Magazin", and in de and nl a compound
 * ending in the newsroom's word, "unseren Lokaljournalismus", "onze nieuwsredactie"; its reporters and the work called
 * journalistic, "o nosso projeto jornalístico", "unsere Reporterinnen", "onze verslaggeving"; its mission, as in
 * English), as `SITE_WORK_NAMED` is in English: "apoye nuestra huelga", "unterstütze unsere Mannschaft",
 * "soutiens notre équipe", "sostenga il nostro candidato", "apoia o nosso clube", "steunt u onze plannen" back a
 * strike, a team, a candidate, which a story reports and no site asks for.
 */
const OWN_WORK_ABROAD = String.raw`(?:[\p{L}-]+ ){0,2}(?:\p{L}*(?:journalismus|redaktion|zeitung|journalistiek|redactie|krant)|periodismo|periodistas|información|redacción|trabajo|labor|diario|periódico|medios?|journalismus|journalisten|arbeit|redaktion|zeitung|magazin|journalisme|journalistes|information|rédaction|travail|médias?|journal|giornalismo|giornalisti|informazione|redazione|lavoro|giornale|jornalismo|jornalistas|informação|redação|redacção|trabalho|jornal|journalistiek|werk|redactie|krant|periodístic[oa]s?|journalistiques?|giornalistic[oaei]|jornalístic[oa]s?|journalistieke|journalistisch\p{L}*|reporter\p{L}*|reporteros|repórteres|verslaggev\p{L}*|misión|mission|missione|missão|missie)(?![\p{L}])`;
/**
 * A gift or the site's work in an appeal's own sentence ("Apóyenos con una donación", "Steunt u ons met een
 * bijdrage?"): the order with "us" as its object alone is as often a third person's (pt "A câmara é uma aliada.
 * Apoia-nos desde 2019") or a question an interviewer puts ("Steunt u ons?").
 */
const GIFT_NAMED = `(?:donación|donativo|aportación|suscripción|spende|beitrag|abonnement|don|donazione|contributo|abbonamento|doação|contribuição|assinatura|bijdrage|donatie|gift|lidmaatschap|periodismo|journalismus|journalisme|giornalismo|jornalismo|journalistiek)`;
/**
 * A support appeal's order in the form of address `SUPPORT_APPEAL`'s own forms leave out, as a pattern's source read
 * at a sentence's opening: es formal "apoye nuestro periodismo", "apóyenos"; de informal "unterstütze
 * unseren Journalismus"; fr informal "soutiens-nous", "fais un don"; it formal "ci sostenga", "sostenga il nostro
 * giornalismo"; pt informal "apoia-nos", "apoia o nosso jornalismo"; nl formal "steunt u ons". "Our" names the site's
 * work (`OWN_WORK_ABROAD`); "us" alone ends the sentence ("Apóyenos.", "Soutiens-nous !") or its sentence names a gift
 * (`GIFT_NAMED`).
 */
const OTHER_ADDRESS_APPEAL = String.raw`(?:(?:por favor,? |bitte |per favore,? )?(?:(?:apóyenos|soutiens[- ]nous|ci sostenga|apoia-nos|steunt u ons)(?: ?[.!]|(?![\p{L}])[^.!?]*?(?<![\p{L}])${GIFT_NAMED}(?![\p{L}]))|(?:apoye|unterstütze|soutiens|sostenga|apoia|steunt u) (?:(?:nuestr[oa]s?|unser\p{L}*|notre|nos|il nostro|la nostra|o nosso|a nossa|onze) ${OWN_WORK_ABROAD}|el periodismo|la información|den journalismus|unabhängigen journalismus|le journalisme|l['’]information|il giornalismo|l['’]informazione|o jornalismo)|fais un don\b))`;
/**
 * After "our" in `SUPPORT_APPEAL`'s older forms, the site's work named (`OWN_WORK_ABROAD`) or, later in the same
 * sentence, a subscription or the order to take one: a site's appeal may name its work with a word of its own
 * ("Soutenez notre indépendance : abonnez-vous dès 1 €", "Sostieni la nostra testata: abbonati ora", "Apoya nuestro
 * proyecto con una suscripción"). A subscription, not a gift or membership: a story's charity asks for a gift ("Sostieni
 * la nostra mensa con una donazione") and its club for members; a club or a theatre sells a season's subscription
 * ("Soutenez notre club : prenez votre abonnement pour la saison"), no site.
 */
const OWN_WORK_OR_SUBSCRIPTION_AFTER = String.raw`(?:${OWN_WORK_ABROAD}|(?![^.!?]*?(?<![\p{L}])(?:saison|temporada|stagione|seizoen|spielzeit|dauerkarte))[^.!?]*?(?<![\p{L}])(?:abonnez-vous|abonne-toi|abonnement|abo|abonnieren sie|suscríbete|suscríbase|suscripción|abbonati|abbonatevi|abbonamento|assine|assinatura|word (?:\p{L}+ ){0,2}abonnee)(?![\p{L}]))`;
/**
 * The reader asked to fund the site, read from the lower-cased line, in the languages Dateline reads: "please consider
 * supporting", "consider making a donation", "support our journalism" opening a sentence (the site's work named: "support
 * our local shops" is a town's call), "your contribution", "Unterstützen Sie
 * uns", "Ihre Spende", "soutenez-nous", "faites un don", "apóyanos", "tu aportación", "sostienici", "il tuo contributo",
 * "apoie-nos", "a sua contribuição", "steun ons", "uw bijdrage", "doneer nu". A story reports such a call in the third
 * person ("The trust asks residents to support the appeal"), which none of these is. After "our" the site's work is
 * named within two words (`OWN_WORK_ABROAD`), as in `OTHER_ADDRESS_APPEAL`: "Unterstützen Sie unsere
 * Mannschaft", "Soutenez notre équipe", "Apoya nuestra huelga", "Sostieni il nostro candidato", "Apoie o nosso clube",
 * "Steun onze boeren" back a team, a strike, a candidate, a club, farmers, which a story reports and no site asks for.
 */
const SUPPORT_APPEAL = new RegExp(
  [
    String.raw`\b(?:please|consider) (?:consider )?(?:support(?:ing)?|donat(?:e|ing)|contribut(?:e|ing)|mak(?:e|ing) a (?:donation|contribution|gift))\b`,
    String.raw`(?:^|[.!?] )(?:please )?(?:support|donate to) (?:us\b|(?:our|independent|local) ${SITE_WORK_NAMED})`,
    String.raw`\byour (?:donation|contribution|support|gift)\b`,
    String.raw`\bunterstütze uns\b|\b(?:ihre|deine) spende\b|\bjetzt spenden\b`,
    String.raw`\b(?:faites|faisant) un don\b`,
    String.raw`apóyanos|\b(?:tu|su) (?:donación|aportación|apoyo)\b`,
    String.raw`\bsostienici\b|\bil tuo (?:contributo|sostegno)\b|\bla tua donazione\b`,
    String.raw`\b(?:a sua|o seu|sua|seu) (?:contribuição|donativo|doação|apoio)\b`,
    String.raw`\b(?:uw|je|jouw) (?:bijdrage|donatie|gift|steun)\b|\bdoneer (?:nu|vandaag)\b`,
  ].join("|"),
  "u",
);
/**
 * `SUPPORT_APPEAL`'s forms that name the site's work or a subscription after the order (`OWN_WORK_OR_SUBSCRIPTION_AFTER`),
 * each its own pattern behind the words that open it, which every match holds: compiled in one pattern with the rest,
 * they made its first test in a process take 75–680 ms (many `(?<![\p{L}])` and `\p{L}*` under `u`), a one-page read
 * ten times longer than the read after it. Apart, a pattern is compiled only when a line holds its opening, and `test`
 * of the forms one by one answers as `test` of their alternation (none global, no back reference).
 */
const OWN_WORK_APPEALS: readonly { opening: string; pattern: RegExp }[] = [
  {
    opening: "unterstützen sie ",
    pattern: new RegExp(
      String.raw`\bunterstützen sie (?:uns(?!\p{L})|unser\p{L}* ${OWN_WORK_OR_SUBSCRIPTION_AFTER}|unabhängig|den journalismus)`,
      "u",
    ),
  },
  {
    opening: "soutenez",
    pattern: new RegExp(
      String.raw`\bsoutenez(?:-nous| nous| (?:notre|nos) ${OWN_WORK_OR_SUBSCRIPTION_AFTER}| le journalisme| l['’]information)`,
      "u",
    ),
  },
  {
    opening: "apoya ",
    pattern: new RegExp(String.raw`\bapoya (?:nuestr[oa]s? ${OWN_WORK_OR_SUBSCRIPTION_AFTER}|el periodismo|la información)`, "u"),
  },
  {
    opening: "sostieni ",
    pattern: new RegExp(
      String.raw`\bsostieni (?:(?:il nostro|la nostra) ${OWN_WORK_OR_SUBSCRIPTION_AFTER}|il giornalismo|l['’]informazione)`,
      "u",
    ),
  },
  {
    opening: "apoie",
    pattern: new RegExp(String.raw`\bapoie(?:-nos| (?:o nosso|a nossa) ${OWN_WORK_OR_SUBSCRIPTION_AFTER}| o jornalismo)`, "u"),
  },
  { opening: "steun ", pattern: new RegExp(String.raw`\bsteun (?:ons\b|onze ${OWN_WORK_OR_SUBSCRIPTION_AFTER}|onafhankelijke\b)`, "u") },
];
/**
 * The same appeals in the other form of address (formal "apoye", "apóyenos", "ci sostenga", "steunt u"; informal
 * "unterstütze unseren", "soutiens-nous", "fais un don", "apoia-nos"): opening a sentence, as an order does, where the
 * same word inside one is a first person's or a third's ("ich unterstütze unseren Verein", "je soutiens notre club", "la
 * junta apoia-nos", "pedimos que el ayuntamiento apoye nuestra idea"). Its own pattern, as `OWN_WORK_APPEALS`, behind
 * `OTHER_ADDRESS_ORDER`.
 */
const OTHER_ADDRESS_SUPPORT_APPEAL = new RegExp(`(?:^|[.!?] )${OTHER_ADDRESS_APPEAL}`, "u");
/** A word every match of `OTHER_ADDRESS_APPEAL` holds ("ci sostenga" holds "sostenga", "apoia-nos" "apoia"). */
const OTHER_ADDRESS_ORDER = /apóyenos|soutiens|sostenga|apoia|steunt u|apoye|unterstütze|fais un don/;

/**
 * Whether a lower-cased text holds a support appeal's words: `SUPPORT_APPEAL`, `OWN_WORK_APPEALS` or the other
 * address's.
 */
function holdsSupportAppeal(text: string): boolean {
  return (
    SUPPORT_APPEAL.test(text) ||
    OWN_WORK_APPEALS.some(({ opening, pattern }) => text.includes(opening) && pattern.test(text)) ||
    (OTHER_ADDRESS_ORDER.test(text) && OTHER_ADDRESS_SUPPORT_APPEAL.test(text))
  );
}
/**
 * The site's own voice in an appeal: "we", "us", "our" as a prompt's (`PROMPT_OWN_VOICE`), or an imperative with the
 * site as its object ("apóyanos", "sostienici", "apoie-nos", "soutenez-nous", "aidez-nous", "ayúdanos", "aiutaci").
 */
const APPEAL_OWN_VOICE = /apóyanos|apóyenos|ayúdanos|sostienici|aiutaci|\bci sostenga\b|-nos\b|-nous\b/u;
/**
 * An appeal the story reports with its speaker after a comma, the line's last clause: a speaker's verb within five
 * words of the comma, in the languages of `SPEAKER_VERB`, or a verb of writing ("…, the shelter says on its website.",
 * "…, sagt die Leiterin der Tafel.", "…, écrit l'association.", "…, dice la directora del albergue.", "…, zegt de
 * directeur van de opvang."); five, for a speaker named with a title and no article ("…, its leader Jon Hale said.",
 * "…, group leader Mara Quill told the meeting."). A site's own appeal names no speaker. Read from the line's last
 * comma on, once.
 */
const REPORTED_APPEAL = new RegExp(
  String.raw`^,\s+(?:[\p{L}'’-]+\s+){0,5}(?:${SPEAKER_VERB}|${SPEAKERS_VERB}|writes|wrote|schreibt|écrit|escribe|scrive|escreve|schrijft|asks|asked|pleads|pleaded|bittet|appelliert)(?![\p{L}])[^.!?]{0,80}[.!?]?$`,
  "u",
);
/**
 * The speaker after the comma whatever the verb: a last clause of a few words naming a third party with its article
 * or a third person's possessive ("…, its chair added."; not "ihre", "su", "sua", which address the reader too), no
 * conjunction opening it ("…, the manager added.", "…, bitten die Helfer.", "…, heißt es in einem Aufruf der
 * Tafel.", "…, lance la directrice.", "…, pidió la directora.", "…, aggiunge la responsabile.", "…, acrescentou a
 * diretora.", "…, aldus de coördinator."). A site's appeal ends on the reader or itself ("…, every gift counts.", "…, please
 * consider a donation to our newsroom."), or lists what a gift buys ("…, a bed, a hot meal and breakfast.").
 */
const REPORTED_APPEAL_SPEAKER =
  /^,\s+(?!(?:so|or|but|because|which|that|oder|denn|weil|damit|mais|pour|afin|car|pero|para|porque|ma|perché|affinché|mas|maar|want|zodat|om)\s)(?![^.!?]*\s(?:and|und|et|y|e|en)\s)(?:[\p{L}'’-]+\s+){0,3}(?:(?:the|der|die|das|dem|den|einem|einer|le|la|les|el|los|las|il|lo|gli|o|a|os|as|de|het|its|his|her|their|sein|seine|son|sa|ses|leur|zijn|haar|hun)\s+|l['’])\p{L}[^.!?,;:]{0,60}[.!?]$/u;
/**
 * The end of an appeal's sentence: a box's title pleads too ("Why we need your support", "Unterstützen Sie uns"), but
 * a section of a story about a campaign may carry the same title; the title's box is told by the appeal under it.
 */
function endsAppeal(text: string): boolean {
  // The last character that is not white space, read without a pattern: `/[.!?…]\s*$/` tried its tail at each mark of
  // the line. `trimEnd` drops what `\s` matches, white space and line ends alike.
  const end = text.trimEnd();
  const last = end[end.length - 1];
  return last === "." || last === "!" || last === "?" || last === "…";
}
/**
 * An appeal the story gives as its speaker's words with no quotation mark: an interview's answer under its label ("A:
 * Please consider supporting us…", "Antwort:", "R :") or a speaker's verb right before a colon ("she said: please
 * support our little bakery", "Der Betriebsleiter sagte: Bitte unterstützen Sie uns"). A site's own appeal has neither.
 */
const SPOKEN_APPEAL = new RegExp(
  String.raw`^(?:a|r|antwort|antwoord|réponse|respuesta|risposta|resposta)\s?:\s|(?<![\p{L}])(?:${SPEAKER_VERB}|${SPEAKERS_VERB}|sagte|schrieb|erklärte|wrote|writes|a déclaré|a écrit|dijo|escribió|ha detto|ha scritto|disse|escreveu|zei|schreef)\s?:`,
  "u",
);
/**
 * A gift of the body, not money ("please donate blood at our sessions", "faites un don du sang", "dona sangre"): a
 * health service's call that a story reports, which no site makes for itself.
 */
const BODY_GIFT = /(?<![\p{L}])(?:blood|plasma|organs?|bone marrow|blut|sang|sangre|sangue|bloed)(?![\p{L}])/u;
/**
 * Thanks for support already given ("your support meant more than we can say"): a letter's or a story's, where a
 * box asks for what is to come.
 */
const THANKS_FOR_SUPPORT = /\byour (?:donation|contribution|support|gift)s? (?:meant|means) (?:more|so much|a lot|the world|everything)\b/u;

/**
 * A call to back something of the town's ("please support our local shops", "support our library by donating books"):
 * "our" there is the community's, not the site's, which names its own work within two words ("support our journalism",
 * "consider supporting our award-winning journalism"). Read out of the
 * line before the appeal's words and voice are sought.
 */
const COMMUNITY_SUPPORT = new RegExp(String.raw`\bsupport(?:ing)? our (?!${SITE_WORK_NAMED})[\p{L}-]+`, "gu");

/**
 * The informal order in Spanish and Portuguese is the third person's present ("apoya", "apoia"): "La fundación es una
 * socia antigua. Apoya nuestro trabajo desde 2015", "A fundação é uma parceira. Apoia o nosso trabalho desde 2015",
 * "Apoia-nos há dez anos" report a third party's backing (the subject in the sentence before, dropped as these
 * languages drop it). Said of how long the backing has lasted (since a year, since the start, for some years), the
 * sentence is that report: an appeal asks for support to come ("desde 1 € al mes" is a price, no year). Read from the
 * order to its sentence's end.
 */
const BACKING_SINCE =
  /(?:^|[.!?] )(?:apoya|apoia)(?:-nos)?(?![\p{L}])[^.!?]*?(?<![\p{L}])(?:desde (?:(?:19|20)\d\d(?!\d)|hace|há|sempre|siempre|(?:o|a|el|la) (?:início|inicio|fundação|fundación|primeiro|primer|começo|comienzo))|(?:há|hace) (?:\d+|muit[oa]s|much[oa]s|vári[oa]s|vari[oa]s|alguns|algumas|algun[oa]s|dois|duas|dos|três|tres|quatro|cuatro|cinco|seis|sete|siete|oito|ocho|nove|nueve|dez|diez|vinte|veinte) (?:anos|años|meses|semanas|décadas))/u;

/** Whether the clause after an appeal's last comma names its speaker (`REPORTED_APPEAL_SPEAKER`) rather than going on with the appeal. */
function reportedWithSpeaker(tail: string): boolean {
  return REPORTED_APPEAL_SPEAKER.test(tail) && !holdsSupportAppeal(tail) && !PROMPT_OWN_VOICE.test(tail) && !APPEAL_OWN_VOICE.test(tail);
}

/**
 * A support box's appeal: the reader asked to fund the site, in its own voice, neither quoted nor reported with its
 * speaker after a comma ("Your donation helps us reach more families, the shelter says on its website.") or before a
 * colon, nor a call for blood or thanks for support given. Asked only
 * of lines whose word scan met a support word (`SUPPORT_SIGNAL`), which rules out nearly every line for free. Furniture,
 * but no prompt: a prompt pairs with the menu's "Sign in" to mark all between them a box (`markWidgets`), and an appeal
 * set between a story's paragraphs would take the story's opening with it on a page copied as one packed block.
 */
export function isSupportAppeal(line: string, signals: number): boolean {
  if ((signals & SUPPORT_SIGNAL) === 0 || line.length > MAX_APPEAL_LENGTH) return false;
  // The call to back the town's own needs "support", which most lines asked lack.
  const text = line.includes("support") ? line.replace(COMMUNITY_SUPPORT, " ") : line;
  // Each test is a pure pattern's (none global), so their order changes no answer: the site's voice, a short pattern,
  // is asked before the appeal's long one, which a story's sentence with a support word but no "we" or "our" in it
  // then never reaches (it took a twentieth of the seed page's read).
  return (
    endsAppeal(text) &&
    !QUOTATION_MARK.test(text) &&
    (PROMPT_OWN_VOICE.test(text) || APPEAL_OWN_VOICE.test(text)) &&
    holdsSupportAppeal(text) &&
    !SPOKEN_APPEAL.test(text) &&
    !BODY_GIFT.test(text) &&
    !THANKS_FOR_SUPPORT.test(text) &&
    !reportedAfterComma(text) &&
    !BACKING_SINCE.test(text)
  );
}

/**
 * Whether an appeal's last clause, or the one before it, names its speaker (`REPORTED_APPEAL`, `reportedWithSpeaker`):
 * a speaker's name set apart by a comma of its own ends the line after the clause with the verb ("…, said the chair,
 * Mara Quill.").
 */
function reportedAfterComma(text: string): boolean {
  const last = text.lastIndexOf(",");
  if (last < 0) return false;
  const tail = text.slice(last);
  if (OWN_SPEAKER.test(tail)) return false;
  const secondLast = text.lastIndexOf(",", last - 1);
  if (REPORTED_APPEAL.test(tail) || reportedWithSpeaker(tail)) return !ownSpeakerSetOff(text, secondLast, last);
  // The clause before holds a comma, which `reportedWithSpeaker`'s clause never does: only a speaker's verb tells it.
  if (secondLast < 0) return false;
  const clauses = text.slice(secondLast);
  return REPORTED_APPEAL.test(clauses) && !OWN_SPEAKER.test(clauses);
}

/** Most words of a speaker's name set off by commas between the job title and the verb ("…, our editor, Jo Bright, writes."). */
const MAX_SET_OFF_NAME_WORDS = 4;

/**
 * Whether the speaker before the verb's clause (from the line's `last` comma) is the site's own, named by a job title
 * with the first person's possessive and then a name set off by commas of their own ("…, our editor, Jo Bright,
 * writes.", "…, nuestra directora, Ana Ruiz, escribe."): the clause of the name holds a few words and no more commas.
 */
function ownSpeakerSetOff(text: string, secondLast: number, last: number): boolean {
  if (secondLast < 0) return false;
  const name = text.slice(secondLast + 1, last).trim();
  if (name === "" || spacePieceCount(name) > MAX_SET_OFF_NAME_WORDS) return false;
  const thirdLast = text.lastIndexOf(",", secondLast - 1);
  return thirdLast >= 0 && OWN_SPEAKER.test(text.slice(thirdLast, secondLast + 1));
}

/**
 * A speaker the site names as its own, right after the comma or after the verb ("…, said our editor, Jo Bright.",
 * "…, says our editor Jo Bright.", "…, schreibt unsere Chefredakteurin, …", "…, écrit notre rédactrice en chef, …",
 * "…, escribe nuestra directora, …"): the site's appeal signed by its staff, not one the story reports. A town's
 * "our" further on ("…, asked the leader of our town's food bank, Lorna Bell.") names a third party.
 */
const OWN_SPEAKER =
  /^,\s+(?:[\p{L}'’-]+\s+)?(?:our|unser|unsere|unserer|notre|nos|nuestro|nuestra|nuestros|nuestras|il nostro|la nostra|nostro|nostra|o nosso|a nossa|nosso|nossa|onze|ons)\s/iu;

/** Asked only of lines whose word scan met a paid word (`PAID_SIGNAL`), which rules out nearly every line for free. */
function isAffiliateDisclosure(text: string): boolean {
  return (
    text.length <= MAX_DISCLOSURE_LENGTH &&
    PAID_WORDS.test(text) &&
    (SITE_VOICE.test(text) || POST_VOICE_OPENING.test(text)) &&
    PURCHASE_WORDS.test(text)
  );
}

/** Most characters a note sets between its verb and the participle ("wurde am Dienstagabend … aktualisiert"). */
const MAX_NOTE_GAP = 80;
/**
 * The words between a note's verb and its participle as a pattern source: a time or a source of the change, never a
 * second verb joined by one of `conjunctions` ("Dieser Artikel wurde 1994 ins Gesetz aufgenommen und nie aktualisiert",
 * a law's article; "Dieser Text wurde unterzeichnet und in zwölf Sprachen übersetzt", a treaty's) nor past a comma.
 */
function noteGap(conjunctions: string): string {
  return `(?:(?:(?! (?:${conjunctions}) )[^,.]){0,${MAX_NOTE_GAP}}? )?`;
}
/**
 * The openings of a sponsor's line over or under a story ("Sponsored by …", "In partnership with …", "Präsentiert von …",
 * "En partenariat avec …", "Patrocinado por …"), as a pattern's source over lower-cased text. Phrases a headline
 * seldom opens with; "Powered by", "Funded by" and "Supported by" open news headlines too ("Funded by the county, the
 * new pier …").
 */
export const SPONSOR_OPENINGS =
  "(?:sponsored|presented|brought to you|paid for|underwritten)\\s+by|in\\s+(?:partnership|association)\\s+with|(?:gesponsert|präsentiert)\\s+von|in\\s+(?:partnerschaft|zusammenarbeit|kooperation)\\s+mit|(?:sponsoris|présent)ée?\\s+par|en\\s+partenariat\\s+avec|(?:patrocinad|presentad)[oa]\\s+por|con\\s+el\\s+patrocinio\\s+de";
/**
 * More openings of a sponsor's label, in Italian, Portuguese, Dutch and Polish ("In collaborazione con …", "Em parceria
 * com …", "In samenwerking met …", "We współpracy z …"): read only as a label alone on its line, as they open news
 * headlines and sentences too.
 */
const SPONSOR_LABEL_OPENINGS =
  "in\\s+collaborazione\\s+con|sponsorizzato\\s+da|em\\s+parceria\\s+com|in\\s+samenwerking\\s+met|gesponsord\\s+door|we\\s+współpracy\\s+z|sponsorem\\s+(?:jest|materiału\\s+jest)";
/**
 * A sponsor's label on a line of its own: the opening, then the sponsor's name, no mark of a sentence or a clause after
 * it ("In partnership with Northwind Cloud"). A sentence opening so goes on past a comma ("In partnership with the
 * council, volunteers planted …") and is the story's.
 */
/** Longest sponsor's name after its label's opening. */
const MAX_SPONSOR_NAME_LENGTH = 60;
const SPONSOR_LABEL_LINE = `(?:${SPONSOR_OPENINGS}|${SPONSOR_LABEL_OPENINGS})\\s[^.,;:!?。]{1,${MAX_SPONSOR_NAME_LENGTH}}$`;
const SPONSOR_LABEL_OPENING = new RegExp(`^(?:${SPONSOR_OPENINGS}|${SPONSOR_LABEL_OPENINGS})\\s+`, "iu");
/**
 * A sponsor's name to the line's end, in its case: capitalised words, perhaps after an article, with the short words
 * that join a firm's name ("Northwind Cloud", "the Coastal Trust for Island Communities", "Banca del Nord", "Bankiem
 * Północnym"). A headline or deck opening so goes on in lower case ("In partnership with Nasa students launch a weather
 * balloon", "In samenwerking met buurtbewoners legt gemeente nieuw park aan").
 */
const SPONSOR_NAME =
  /^(?:(?:the|la|le|les|el|los|die|der|das|il|lo|gli|i|a|o|os|as|de|het|een) |l['’])?\p{Lu}[\p{L}\p{N}&'’.-]*(?: (?:(?:and|of|for|the|et|de|du|des|la|le|y|del|el|los|und|für|von|di|della|dei|delle|da|do|dos|das|e|en|van|der|den|het|i|z|ze|oraz|&) )*\p{Lu}[\p{L}\p{N}&'’.-]*)*$/u;

/**
 * Whether a line, in its case, is a sponsor's label alone (an opening of `SPONSOR_LABEL_LINE` and `SPONSOR_NAME`):
 * header, never the story's deck, first paragraph or headline.
 */
export function isSponsorLabel(text: string): boolean {
  const opening = SPONSOR_LABEL_OPENING.exec(text);
  if (opening === null) return false;
  const name = text.slice(opening[0].length);
  return name.length <= MAX_SPONSOR_NAME_LENGTH && SPONSOR_NAME.test(name);
}

/**
 * Labels of the desk's credits Chinese, Japanese and Korean pages print under the story: editor, editor in charge,
 * proofreader, reviewer, producer, source ("责任编辑", "责编", "校对", "审核", "监制", "来源", "編集", "편집", "교열").
 */
const DESK_CREDIT_LABELS =
  "责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|审校|審校|终审|終審|监制|監製|本文来源|文章来源|来源|來源|編集担当|編集|편집|교열|데스크";
/** One name or source after such a label: a short run of letters with no sentence's mark or other label's colon. */
const DESK_CREDIT_VALUE = "[^\\s:：=＝／/｜|。！？，,()（）【】\\[\\]]{1,16}";
/** One credit: the label, a colon, a slash, a bar, an equals sign (Korean) or a space, then the names, a "、" between. */
const DESK_CREDIT = `(?:${DESK_CREDIT_LABELS})\\s*(?:[:：=＝／/｜|]\\s*|\\s)${DESK_CREDIT_VALUE}(?:[、，,]${DESK_CREDIT_VALUE})*`;
/**
 * The desk's credits closing a Chinese, Japanese or Korean story, a line of their own, maybe in brackets ("责任编辑：刘洋",
 * "（责任编辑：刘洋）", "编辑：王芳 校对：李明", "【编辑 刘洋】", "편집=김철수"), or the desk's name alone in brackets
 * ("（编辑部）", "【編集部】"): who edited or supplied the page, not a paragraph of the story. The writer's own credit is
 * left to the byline readers.
 */
const DESK_CREDIT_LINE = `[（(【\\[]?(?:${DESK_CREDIT}(?:\\s+${DESK_CREDIT})*|编辑部|編輯部|編集部|편집부)[）)】\\]]?$`;

/**
 * A transcript's note on how it was made, under the last words spoken ("This transcript was produced by …",
 * "Transcripts may contain errors", "This is a rush transcript", "Dieses Transkript wurde automatisch erstellt", "Cette
 * transcription a été générée …", "Esta transcripción fue generada …"): the service's, not the speakers'.
 */
const TRANSCRIPT_NOTE_OPENINGS = [
  // The note's verb goes straight on to its maker or its end ("… was produced by Otter", "… has been edited for
  // clarity."); "This transcript was provided to reporters by the defence" is news of a leak.
  "this transcript (?:was|has been|is|may have been) (?:produced|generated|created|prepared|provided|edited|machine-generated|automatically generated|computer-generated)(?= by | using | with | for | automatically|[.,]|$)",
  "(?:this )?transcripts? (?:may|might|can|could) contain (?:errors|mistakes|inaccuracies)(?:[.!]|$| and )",
  "this is a rush transcript",
  // The service's own singular ("Transcript provided by …") or plural with its verb ("Transcripts are produced by …"):
  // "Transcripts provided by the White House show …" is a sentence.
  "(?:transcript (?:is )?|transcripts are )(?:provided|produced|generated|created) (?:by|using|with) ",
  // In German, French and Spanish the note says the machine made it: "Das Transkript wurde von der Staatsanwaltschaft
  // erstellt", "Cette transcription a été réalisée par les enquêteurs …" are news.
  "(?:dieses|das) transkript (?:wurde|ist) (?:automatisch|maschinell) (?:erstellt|erzeugt)|(?:dieses|das) transkript kann fehler enthalten",
  "cette transcription (?:a été|est) (?:générée|réalisée|produite|effectuée) (?:automatiquement|par (?:un logiciel|un outil|un service|une intelligence artificielle|une ia|l['’]ia))",
  "(?:la |cette )?transcription (?:peut|pourrait) contenir des erreurs(?:[.!]|$| et )",
  "esta transcripción (?:fue|ha sido|es) (?:generada|realizada|producida) (?:automáticamente|por (?:un programa|un software|una herramienta|un servicio|una inteligencia artificial|una ia|la ia))|esta transcripción es automática",
  "(?:la |esta )?transcripción (?:puede|podría) contener errores(?:[.!]|$| y )",
];

/**
 * A paid story's note under its last paragraph on who paid for it or made it with the newsroom ("This content was paid
 * for by …", "This article was produced in partnership with …", "Dieser Beitrag wurde von … gesponsert", "Ce contenu a été
 * réalisé en partenariat avec …", "Este contenido fue patrocinado por …", "Questo contenuto è stato realizzato in
 * collaborazione con …", "Este conteúdo foi patrocinado por …", "Dit artikel is gesponsord door …", "Artykuł powstał we
 * współpracy z …"), or a sponsor's label alone there (`SPONSOR_LABEL_LINE`). Only "this" content or article: "The
 * festival was sponsored by a brewery" is news.
 */
const SPONSOR_NOTE_OPENINGS = [
  "this (?:content|article|story|supplement) (?:was|is|has been|were) (?:paid for|sponsored|funded|commissioned|underwritten|(?:produced|created|written|brought to you)(?: [^.]{1,40})? (?:in partnership with|in association with|on behalf of|for|by))",
  // A series, a podcast, an episode, a feature, a page or a post is also what the news is about ("This series was
  // commissioned by Netflix after …", "This podcast was created by two students …"): only a payer's or partner's words.
  "this (?:series|podcast|episode|feature|page|post) (?:was|is|has been) (?:(?:paid for|sponsored|funded|underwritten|brought to you) by|(?:produced|created|made) in (?:partnership|association) with)",
  "(?:dieser|diese[rs]?) (?:beitrag|artikel|inhalt|text) (?:wurde|ist|entstand) (?:[^.]{1,40} )?(?:gesponsert|bezahlt|in (?:zusammenarbeit|kooperation) mit)",
  "(?:ce contenu|cet article) (?:a été|est) (?:sponsorisé|financé|(?:réalisé|produit|proposé)(?: [^.]{1,40})? (?:en partenariat avec|par|pour))",
  "este (?:contenido|artículo) (?:fue|ha sido|es) (?:patrocinado|pagado|financiado|(?:elaborado|producido|ofrecido)(?: [^.]{1,40})? (?:en colaboración con|por|para))",
  "questo (?:contenuto|articolo) (?:è stato |è )?(?:sponsorizzato|offerto da|realizzato in collaborazione con)",
  "este (?:conteúdo|artigo) (?:foi|é) (?:patrocinado|financiado|oferecido por|produzido em parceria com)",
  "(?:deze (?:content|inhoud)|dit artikel) (?:is|werd|wordt|kwam) (?:gesponsord|betaald|mogelijk gemaakt door|tot stand in samenwerking met)",
  "(?:ten )?(?:artykuł|materiał|tekst) (?:powstał|został przygotowany|jest sponsorowany) (?:we współpracy z|na zlecenie|przez)",
  SPONSOR_LABEL_LINE,
];

/**
 * Notes a newsroom sets under its story, read from the lower-cased line, in the languages Dateline reads; each opens
 * the line, as such a note does, and is worded so no sentence of a story opens:
 * - where the story ran in print: "A version of this article appears in print on …", "Dieser Artikel erschien in der
 *   Printausgabe …", "Cet article est paru dans l'édition du …", "Este artículo se publicó en la edición impresa …";
 * - how the story changed or will: "This story has been updated with …", "This is a developing story …", "Dieser Artikel
 *   wurde aktualisiert …", "Cet article a été mis à jour …", "Esta noticia se actualizará …", "Este artículo fue
 *   actualizado …", "Questo articolo è stato aggiornato …", "Este artigo foi atualizado …", "Dit artikel is
 *   bijgewerkt …"; and who put it into this language: "This article was translated from …", "Dieser Text wurde aus dem
 *   … übersetzt", "Cet article a été traduit de …", "Este artículo fue traducido del …". Only "this" article or story:
 *   "Der Artikel wurde …", "El artículo fue …" open a story on a law's article as often, and "This report was updated
 *   …" one on an agency's report;
 * - a call for letters: "Do you have an opinion on the issues raised in this article?", "Schreiben Sie uns einen
 *   Leserbrief", "Écrivez au courrier des lecteurs", "Escribe una carta al director";
 * - who paid for a reporting trip: "This trip was provided by …", "The writer was a guest of …", "Die Reise wurde
 *   unterstützt von …", "Ce voyage a été réalisé à l'invitation de …", "Este viaje fue financiado por …". Only "this
 *   trip" or the writer: "The trip was paid for by parents", "Le voyage a été organisé par l'association", "El viaje
 *   fue pagado por los padres" are sentences of a story on a school outing, and an official visit or a band's tour is
 *   arranged or sponsored in the news ("This visit was arranged by the foreign ministry"). The writer was a guest
 *   right after "was" ("The writer was a guest of …"): "The journalist was in Tehran at the invitation of the
 *   ministry when he was arrested" is news. German keeps "die Reise" only in the stock "wurde unterstützt von";
 * - a transcript's note on how it was made (`TRANSCRIPT_NOTE_OPENINGS`), a paid story's note on who paid for it or its
 *   sponsor's label (`SPONSOR_NOTE_OPENINGS`), the desk's credits closing a Chinese, Japanese or Korean story
 *   (`DESK_CREDIT_LINE`), and a correction or editor's note under its label (`CORRECTION_NOTE_OPENING`).
 * The story may open a sentence the same way, so a note is furniture only at the story's foot, under its last
 * paragraph (`endBeforeStoryNotes`), never as a line class that would drop such a sentence higher up; under the
 * headline such a note is no deck (`deckOverDatelineLead` in find-header.ts).
 * Wire credits ("Reporting by …; Editing by …") and the reporter's closing bio are left out: the story keeps them
 * (fixtures wire-byline-and-dateline and us-metro-slashed-dates-credit-below).
 */
/**
 * The labels of a newsroom's correction or editor's note, lower-cased: "Correction", "Clarification", "Editor's note",
 * "Korrektur", "Anmerkung der Redaktion", "Rectificatif", "Note de la rédaction", "Corrección", "Nota del editor",
 * "Rettifica", "Nota della redazione", "Correção", "Nota do editor", "Correctie", "Noot van de redactie",
 * "Sprostowanie", "Od redakcji", "Виправлення", "Исправление", "Примечание редакции", "תיקון", "تصحيح". A story's own
 * sentence opens with such a word too ("Correction officers said …", "Korrekturen am Geländer …"), never with it as a
 * label before a colon.
 */
const CORRECTION_LABELS =
  "corrections?|clarifications?|editor['’]?s['’]? note|note from the editors?|" +
  "korrektur(?:hinweis)?|richtigstellung|berichtigung|(?:anmerkung|hinweis) der redaktion|" +
  "rectificatif|correctif|erratum|note de la rédaction|" +
  "corrección|fe de (?:erratas|errores)|aclaración|nota del editor|nota de la redacción|" +
  "rettifica|correzione|errata corrige|nota della redazione|" +
  "correção|errata|esclarecimento|nota do editor|nota da redação|nota da redacção|" +
  "correctie|rectificatie|noot van de redactie|" +
  "sprostowanie|korekta|od redakcji|nota redakcji|" +
  "виправлення|уточнення|примітка редакції|від редакції|исправление|уточнение|примечание редакции|от редакции|" +
  "תיקון|הבהרה|تصحيح|توضيح|ملاحظة المحرر";
/** Most characters of the day or the time a label carries before its colon ("Correction, 15 March 2025:"). */
const MAX_CORRECTION_STAMP = 40;
/**
 * A newsroom's note on how the story was put right or changed, as it opens, lower-cased: its label, perhaps with the
 * day after a comma or in brackets, then a colon or a dash and the note ("Correction: An earlier version …", "Editor's
 * note — This story …", "Correction, 13 March 2025: …", "Rectificatif : …"). The stamp holds a figure, and a dash
 * closes no aside: "Corrections, the harbour master admits: …" and "Clarification — not confrontation — is …" are the
 * story's sentences. The label marks the line as the
 * newsroom's: an unlabelled note ("An earlier version of this article misstated …") stays the story's, as the dev
 * sets' annotators keep such notes on the article with its text (round bd99, find-region.test.ts).
 */
const CORRECTION_NOTE_OPENING =
  String.raw`(?:${CORRECTION_LABELS})(?:,\s*(?=[^:：]{0,${MAX_CORRECTION_STAMP}}\d)[^:：]{1,${MAX_CORRECTION_STAMP}}?|\s*\((?=[^)]*\d)[^)]{1,${MAX_CORRECTION_STAMP}}\))?` +
  String.raw`\s*(?:[:：]\s*\S|\s[–—-]\s*(?![^–—]*\s[–—](?:\s|$))\S)`;
const CORRECTION_NOTE = new RegExp(`^${CORRECTION_NOTE_OPENING}`, "u");
/** A correction's label anywhere in a line, as a word: a headline naming one heads a page about corrections. */
const CORRECTION_LABEL_WORD = new RegExp(`(?<!\\p{L})(?:${CORRECTION_LABELS})(?!\\p{L})`, "u");

const STORY_NOTE_OPENINGS = [
  "(?:a )?version of this (?:article|story|review|essay|column) (?:appears|appeared) in print",
  "this (?:article|story) (?:appears|appeared) in (?:the )?print edition",
  "this (?:article|story|post) (?:has been|was|will be|is being) (?:updated|translated)",
  "this is a (?:developing|breaking) (?:news )?story",
  `(?:dieser (?:artikel|beitrag|text)|diese meldung) (?:wurde|wird) ${noteGap("und|oder|aber|sowie")}(?:aktualisiert|übersetzt)`,
  `cet article (?:a été|sera|est) ${noteGap("et|mais|puis")}(?:mis à jour|traduit)`,
  `este (?:artículo|texto) (?:ha sido|fue|será) ${noteGap("y|e|pero")}(?:actualizado|traducido)`,
  "esta (?:noticia|información) (?:se actualizará|será actualizada|está en desarrollo|ha sido actualizada)",
  `questo (?:articolo|testo) (?:è stato|sarà|viene) ${noteGap("e|ma|poi")}(?:aggiornato|tradotto)`,
  `este (?:artigo|texto) (?:foi|será|está sendo|tem sido) ${noteGap("e|mas")}(?:atualizado|traduzido)`,
  `dit (?:artikel|bericht) (?:is|wordt|werd) ${noteGap("en|maar|of")}(?:bijgewerkt|geactualiseerd|vertaald)`,
  "dieser (?:artikel|beitrag|text) (?:ist )?(?:erschien|erschienen)[^.]{0,80}(?:printausgabe|print-ausgabe|gedruckten ausgabe)",
  "cet article (?:est paru|a paru|a été publié)[^.]{0,80}(?:édition du|édition papier|édition imprimée|version papier)",
  "este (?:artículo|texto) (?:se publicó|fue publicado|apareció)[^.]{0,80}(?:edición impresa|versión impresa|edición en papel)",
  "do you have an opinion on (?:the issues raised in )?this (?:article|story)",
  "(?:would you like to )?(?:write|submit) a letter (?:to the editor )?(?:about|on|in response to) this (?:article|story)",
  "schreiben sie (?:uns )?einen leserbrief",
  "écrivez au courrier des lecteurs",
  "escribe (?:una carta al director|a cartas al director)(?=\\s*(?:[:.]|$))",
  "this (?:trip|travel|stay|journey|holiday|cruise|reporting trip) (?:was|were) (?:provided|paid for|funded|sponsored|arranged|hosted|supported|subsidi[sz]ed)(?: in part)? by",
  "the (?:writer|author|reporter|journalist) (?:(?:travelled|traveled|stayed)(?: [^.]{1,60})?|was|were) (?:as (?:a |the )?guests? of|courtesy of|hosted by|at the invitation of)",
  "(?:die (?:reise|recherchereise|pressereise) wurde unterstützt von|(?:diese|die) (?:recherchereise|pressereise) wurde (?:ermöglicht|finanziert|bezahlt) (?:von|durch)|diese reise wurde (?:unterstützt|ermöglicht|finanziert|bezahlt) (?:von|durch))",
  "ce voyage a été (?:(?:réalisé|organisé)[^.]{0,40}à l['’]invitation|(?:financé|pris en charge)(?: en partie)? par)",
  "este viaje (?:fue|ha sido) (?:financiado|pagado|organizado|cortesía) (?:por|de)",
  ...TRANSCRIPT_NOTE_OPENINGS,
  ...SPONSOR_NOTE_OPENINGS,
  DESK_CREDIT_LINE,
  CORRECTION_NOTE_OPENING,
];
const STORY_NOTE = new RegExp(`^(?:${STORY_NOTE_OPENINGS.join("|")})`, "u");
/** Longest such note: a print note naming its page and headline, a call for letters with its terms. */
const MAX_STORY_NOTE_LENGTH = 320;

/**
 * Whether a lower-cased line is a newsroom's correction or editor's note (`CORRECTION_NOTE`): about the story, not of
 * it, under the story (`isStoryNote`) or over it (find-header.ts).
 */
export function isCorrectionNote(text: string): boolean {
  return text.length <= MAX_STORY_NOTE_LENGTH && CORRECTION_NOTE.test(text);
}

/** Whether a lower-cased headline names a correction ("Corrections and clarifications", "Sprostowanie do artykułu …"). */
export function namesCorrection(text: string): boolean {
  return CORRECTION_LABEL_WORD.test(text);
}

/**
 * A line ending on the comments as the place to write ("… in the comments below.", "… in den Kommentaren.", "… dans les
 * commentaires ci-dessous.", "… en los comentarios.", "… nei commenti qui sotto.", "… nos comentários.", "… in de
 * reacties.", "… στα σχόλια."), lower-cased.
 */
const IN_THE_COMMENTS =
  /(?:^|\s)(?:in|im|dans|en|nei|nos|in de|στα)\s(?:the\s|den\s|les\s|los\s)?(?:comments|comment section|comments section|kommentaren|kommentarbereich|commentaires|comentarios|commenti|comentários|reacties|σχόλια)(?:\s(?:below|unten|ci-dessous|de abajo|abajo|qui sotto|abaixo|hieronder|παρακάτω))?\s?[.!]?$/u;
/**
 * What makes such a line the site's call to the reader rather than the story's report of what readers wrote ("Several
 * readers argued about the plan in the comments."): it opens, or its last sentence does, with a call to write, say or join ("Tell us", "Let us
 * know", "Share your views", "Sagen Sie", "Diskutieren Sie mit", "Dites-nous", "Donnez-nous", "Déjanos", "Cuéntanos",
 * "Diteci", "Lasciateci", "Deixe", "Conte-nos", "Laat je", "Γράψτε μας", "Πείτε μας"; a Greek call may follow the
 * question's semicolon), or it speaks to the reader (`YOU_OR_US_WORD`). A call that is
 * also a third person's verb opens a report as often ("Cuenta una lectora que …", "Conta um leitor que …", "Add to that
 * …", "Deel van de lezers …"), so it counts only over the reader's "your", "-nos" or the place ("Cuenta tu historia",
 * "Conta-nos", "Opina en los comentarios", "Add your voice", "Deel je mening").
 */
const CALLS_TO_COMMENT =
  /(?:^|[.?!]\s)(?:(?:tell|let|share|join|leave|post|give|have)\s|add\s(?:your|a)\s|\p{L}{1,20}en sie(?!\p{L})|(?:dites|donnez|partagez|laissez|écrivez|réagissez)(?!\p{L})|\p{L}{0,12}[áéíóú]\p{L}{0,12}nos(?!\p{L})|(?:dinos|danos)(?!\p{L})|(?:deja|cuenta|comparte|escribe|opina|deixa|conta)(?:-nos|\s(?:tu|tus|tua|teu|tuas|teus|a tua|o teu|as tuas|os teus|en los|nos))(?!\p{L})|\p{L}{1,16}teci(?!\p{L})|(?:lascia|scrivi|dicci|condividi)(?!\p{L})|(?:deixe|conte|partilhe|compartilhe|diga|escreva|comente)(?!\p{L})|(?:laat|schrijf|geef|vertel)(?!\p{L})|deel\s(?:je|jouw|uw)(?!\p{L}))|(?:^|[.?!;\u037e]\s)(?:γράψτε|πείτε|αφήστε|μοιραστείτε|σχολιάστε)(?!\p{L})/u;
/**
 * The words of "you" and "us". A story's report of what readers wrote there holds them as often ("Readers told us …",
 * "Many of you shared …", "Plusieurs lecteurs nous ont écrit …", "Veel van jullie deelden …"), so they make a call only
 * in a line that asks the reader a question ("What do you think? … in the comments.") or opens on "your" with no verb
 * of its own ("Your thoughts in the comments below.", `OPENS_ON_YOUR`). Not Greek's "μας", which is "our" as often
 * ("Γιατί; Οι αναγνώστες μας απάντησαν στα σχόλια."); a call to write to us names its verb
 * (`CALLS_TO_COMMENT`: "Πείτε μας").
 */
const YOU_OR_US_WORD =
  /(?:^|\s)(?:you|your|us|uns|nous|vous|votre|vos|tu|tú|voi|vostra|vostro|você|vocês|jij|jullie|ons|εσείς|σας|εσύ)(?!\p{L})/u;
/** A line opening on the reader's "your" ("Your views in the comments.", "Vos avis dans les commentaires."), lower-cased. */
const OPENS_ON_YOUR = /^(?:your|votre|vos|tu|vostra|vostro)\s/u;

/**
 * The writer asking in their own voice ("Let me know what you think in the comments!", "Dites-moi en commentaire …",
 * "Schreibt mir …"): a blogger's sign-off, part of the post as written, not the site's call.
 */
const WRITER_ASKS = /(?:^|[\s-])(?:me|my|i['’](?:d|m|ll)|mir|mich|moi|mi|eu|mij|ik)(?!\p{L})/u;

/**
 * A call to the reader to have a say in the comments under the story ("Tell us what you think in the comments below.",
 * "Sagen Sie uns Ihre Meinung in den Kommentaren.", "Donnez-nous votre avis dans les commentaires.", "Déjanos tu
 * opinión en los comentarios.", "Laat je mening achter in de reacties.", "Τι πιστεύετε; Γράψτε μας στα σχόλια."), as
 * sites set one under every story, spaced apart as a closing sentence or packed under the last paragraph. The cheap
 * test first: the word for comments.
 */
function isCommentCall(text: string): boolean {
  return (
    (text.includes("omment") ||
      text.includes("coment") ||
      text.includes("kommentar") ||
      text.includes("reacties") ||
      text.includes("σχόλια")) &&
    // A sentence ended by a full stop before the call ("The board decides in May. Tell us … in the comments.") is the
    // story's: the line is its last paragraph with the call run on, and cutting it would lose that sentence. A question
    // to the reader before the call goes with it ("Have you swum there? Let us know …").
    !text.includes(". ") &&
    IN_THE_COMMENTS.test(text) &&
    (CALLS_TO_COMMENT.test(text) || OPENS_ON_YOUR.test(text) || (holdsQuestionMark(text) && YOU_OR_US_WORD.test(text))) &&
    !WRITER_ASKS.test(text)
  );
}

/**
 * A call to keep or pass on the page itself, or to show the site what the reader made of it, as a blog or a magazine
 * sets one under every post ("Pin it for later!", "Enjoyed this? Share it with a friend.", "Did you make this recipe?
 * Tag us on Instagram!", "Teilen Sie ihn mit Freunden!", "Jetzt merken und später lesen!", "Partagez-le avec vos amis
 * !", "Épinglez-le pour plus tard !", "¡Compártelo con tus amigos!", "Guárdalo para más tarde."), lower-cased: the verb
 * opens the line or its last sentence, with the page ("it", "this story", "ihn", "diesen Artikel", "-le", "cet
 * article", "-lo", "este artículo") or the site ("us", "-nous", "-nos") as its object. The call stands alone on the
 * line, or runs on only to a place a reader keeps or shares a page in (`SHARING_TARGETS`): a story's line opening so
 * goes on to tell who said it or where to ("Share it with a friend, the librarian told the children.", "Save it for the
 * final.", "Forward it to the council."), or is its answer to a question ("The answer? Share it."), and "jetzt teilen"
 * opens a German sentence as often ("Jetzt teilen sich drei Familien …").
 */
const SHARING_VERBS =
  String.raw`(?:pin|save|bookmark|share|send|forward)\s(?:it|this(?:\s(?:story|article|newsletter|post|piece))?)|pass\sit\son|` +
  String.raw`(?:tag|follow|mention)\sus|` +
  String.raw`(?:teilen|merken|speichern|pinnen)\s(?:sie\s)?(?:ihn|es|ihm)|(?:teile|merke|speichere|pinne)\s(?:ihn|es)|` +
  String.raw`jetzt\s(?:teilen|merken|speichern|pinnen)|` +
  String.raw`(?:(?:teilen|leiten|schicken|senden)\ssie|teile|leite|schicke|sende)\s(?:diesen|den)\s(?:artikel|newsletter|beitrag)|` +
  "(?:partagez|partage|épinglez|épingle|enregistrez|enregistre|sauvegardez|sauvegarde)-l[ea]|" +
  "(?:partagez|partage|transférez|transfère|envoyez|envoie) (?:cet article|cette newsletter|ce billet)|" +
  "(?:identifiez|mentionnez|suivez|taguez)-nous|" +
  "(?:compárte|guárda|pinéa|envía)l[oa]|(?:etiquéta|menciona|sígue)nos|" +
  "(?:comparte|reenvía|envía) (?:este artículo|esta newsletter|este boletín)";
/**
 * A person a sharing call sends the page to, perhaps told by what they are like ("someone who works nights", "a friend
 * who'd enjoy it", "a gardening friend", "eine Freundin", "un proche", "alguien que la necesite"): a reader's friend or
 * colleague, never an office ("Forward this to the mayor.", "Envía esta carta al alcalde.").
 */
const SHARING_PERSON =
  String.raw`(?:with|to)\s(?:someone|somebody|anyone|a(?:\s\p{L}+)?\s(?:friend|colleague)|a loved one)(?:\swho(?:['’]d)?(?:\s[\p{L}'’]+){1,4})?|` +
  String.raw`their way|(?:an|mit)\s(?:eine[nmr]?|einem)\s(?:freund(?:in)?|kolleg(?:en|in))(?:\sweiter)?|` +
  String.raw`(?:à|avec)\s(?:un|une)\s(?:proche|ami|amie|collègue)|(?:a|con)\s(?:alguien|un amigo|una amiga|un colega)(?:\sque(?:\s\p{L}+){1,4})?`;
/** Where a sharing call sends the page: for later, to friends, to a social network or a board (en, de, fr, es). */
const SHARING_TARGETS =
  "for later|with (?:a friend|friends|your friends|your family)|to a friend|to your (?:board|list)|" +
  "on (?:instagram|pinterest|facebook|tiktok|twitter|x|threads|social media)|" +
  "mit (?:freunden|ihren freunden|deinen freunden)|für später|und später lesen|" +
  "avec (?:vos|tes) amis|pour plus tard|sur (?:instagram|pinterest|facebook|les réseaux(?: sociaux)?)|" +
  "con tus amigos|para más tarde|en (?:instagram|pinterest|facebook|redes(?: sociales)?)";
/** The reader's liking that may open a call to pass the page on, its one comma ("If you enjoyed this, "). */
const IF_YOU_LIKED = String.raw`^if you (?:enjoyed|liked|loved) (?:this|it),\s`;
/**
 * A bare "it" opening the line or following a question, before a person is named: it may be anything the story named
 * ("Got spare timber? Send it to someone who is rebuilding.", "A question for the candidates? Send it their way.").
 */
const BARE_IT_BEFORE = String.raw`(?<!(?:^|[?!]\s)¡?\p{L}+\sit(?:\son)?\s)`;
const SHARING_CALL = new RegExp(
  String.raw`^¡?(?:${SHARING_VERBS})\s?[.!]?$|(?:^|[?!]\s|${IF_YOU_LIKED})¡?(?:${SHARING_VERBS})\s` +
    String.raw`(?:${SHARING_TARGETS}|${BARE_IT_BEFORE}(?:${SHARING_PERSON}))\s?[.!]?$`,
  "u",
);
/** Longest line holding such a call, with a short question before it ("Did you make this recipe?"). */
const MAX_SHARING_CALL_LENGTH = 100;

/** Whether a lower-cased line is a call to keep, pass on or tag the page (`SHARING_CALL`), cut only at the foot. */
function isSharingCall(text: string): boolean {
  return text.length <= MAX_SHARING_CALL_LENGTH && !text.includes(". ") && SHARING_CALL.test(text);
}

/**
 * A page is put into one language at a time ("translated from Spanish", "into English", "into several languages by our
 * team", "in anderen Sprachen"): a text counted in tens of languages ("translated into forty languages", "traducido a
 * treinta idiomas", "in mehr als 30 Sprachen übersetzt", "tradotto in quaranta lingue", "in vijfendertig talen") is a
 * book's or a treaty's, told by the story.
 */
const TENS_OF_LANGUAGES = new RegExp(
  String.raw`(?:^|\s)(?:\d{2,}|(?:\p{L}+und)?(?:zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig|hundert)|` +
    "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|vingt|trente|quarante|cinquante|soixante|" +
    "veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|venti|trenta|quaranta|cinquanta|" +
    "sessanta|settanta|ottanta|novanta|cento|vinte|trinta|quarenta|cinquenta|sessenta|oitenta|cem|" +
    String.raw`(?:\p{L}+en)?(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)|honderd)(?:-\p{L}+)?)\s` +
    String.raw`(?:languages|sprachen|langues|idiomas|lenguas|lingue|línguas|talen)(?!\p{L})`,
  "u",
);
/**
 * A note that tells of a change to come ("This story will be updated", "Dieser Artikel wird … aktualisiert", "Cet
 * article sera mis à jour", "Esta información se actualizará"), lower-cased: only a correction, told in the past, names
 * the amount it put right.
 */
const NOTE_OF_CHANGE_TO_COME = /^(?:this \p{L}+ will be|diese[rs]? \p{L}+ wird|cet article sera|est[ae] \p{L}+ (?:será|se actualizará))\s/u;
/**
 * An amount the line sets ("auf zwölf Euro", "forty dollars a month", "um drei Prozent"): a fee or a rate that will
 * change, which no note of an update to come names.
 */
const AMOUNT_WORD = wholeWords(
  "euros?|dollars?|pounds?|franken|francs?|pesos?|reais|prozent|percent|per cent|pour cent|por ciento|per cento|%|€|\\$|£",
  "u",
);
/**
 * Verbs of a statement reported after a comma, past the third person's `SPEAKER_VERB`: an announcement or a promise
 * ("…, teilte die Kasse mit", "…, a promis la ministre", "…, anunció el ministro", "…, officials promised").
 */
const ANNOUNCING_VERB =
  "sagte|sagten|teilte|teilten|erklärte|kündigte|versprach|promis|annoncé|assuré|déclaré|précisé|promised|announced|anunció|prometió|aseguró|declaró|dijo|informó|annunciato|promesso|detto|anunciou|prometeu|disse|afirmou|zei|meldde|beloofde|kondigde";
/**
 * Words that make a clause the note's own account of why the page changed, not the speaker of a statement: a relative
 * pronoun ("…, which said it would appeal"), a subordinator or a preposition ("…, to include what the mayor said", "…,
 * after the district said …", "…, après que le ministère a précisé …", "…, including what parents told the board", "…,
 * dopo che il comune ha detto …", "…, nadat de gemeente meldde …").
 */
const ACCOUNT_WORD =
  "which|who|what|that|to|after|before|when|once|since|as|because|following|including|with|qui|que|quand|lorsque|après|avant|pour|depuis|avec|die|der|das|welche|dass|was|nachdem|als|bevor|weil|seit|um|mit|tras|después|antes|cuando|para|desde|con|" +
  "che|cui|ciò|dopo|prima|quando|perché|per|includendo|depois|após|porque|com|incluindo|dat|wat|nadat|toen|voordat|omdat|om|met|sinds";
/**
 * The line's last clause reporting who said it: after a comma, up to five words and a verb of saying or announcing,
 * none of the words an `ACCOUNT_WORD`.
 */
const REPORTED_STATEMENT = new RegExp(
  String.raw`,\s+(?:(?!(?:${ACCOUNT_WORD})\s)[\p{L}'’-]+\s+){0,5}(?:${SPEAKER_VERB}|${SPEAKERS_VERB}|${ANNOUNCING_VERB})(?!\p{L})[^,]{0,80}$`,
  "u",
);

/**
 * Whether a line worded as a newsroom's note is the story's own sentence: it reports a statement, counts tens of
 * languages or sets an amount to come ("Dieser Beitrag wird … auf zwölf Euro aktualisiert, teilte die Kasse mit",
 * "This story was translated into forty languages", "This post will be updated to forty dollars a month"). Not an
 * agent: a note names who updated or translated the page ("by the Associated Press", "par le service Société", "by
 * the author"), and a past correction the amount it put right ("updated to reflect new figures of 12 %").
 */
function notesSomethingElse(text: string): boolean {
  return REPORTED_STATEMENT.test(text) || TENS_OF_LANGUAGES.test(text) || (NOTE_OF_CHANGE_TO_COME.test(text) && AMOUNT_WORD.test(text));
}

/**
 * Whether a lower-cased line reads as a newsroom's note (`STORY_NOTE`, not the story's sentence worded alike,
 * `notesSomethingElse`) or a call to comment (`isCommentCall`); cut only at the story's foot (`endBeforeStoryNotes`),
 * and no deck under the headline.
 */
export function isStoryNote(text: string): boolean {
  return (
    text.length <= MAX_STORY_NOTE_LENGTH &&
    ((STORY_NOTE.test(text) && !notesSomethingElse(text)) || isCommentCall(text) || isSharingCall(text))
  );
}

/**
 * The label over a press release's notes under its story, in the languages Dateline reads: "Notes to editors", "Note
 * for editors", "Hinweis für Redaktionen", "Note aux rédactions", "Nota para los editores", "Nota per le redazioni",
 * "Notas aos editores", "Noot voor de redactie", "Informacja dla redakcji", "Справка для СМИ", "Довідка для редакцій",
 * "ملاحظات للمحررين". Only the whole line, perhaps with a colon or a bracket after it ("(not for publication)"): a
 * story's heading that opens alike names something else ("Notes from the editor's desk").
 */
const PRESS_NOTES_LABEL = new RegExp(
  "^(?:notes? (?:to|for) (?:the )?editors?|hinweise? (?:für|an) (?:die )?(?:redaktion(?:en)?|redakteure)|" +
    "notes? (?:aux|pour les) (?:rédactions|rédacteurs)|notas? (?:para|a) (?:los )?(?:editores|redactores)|notas? para la redacción|" +
    "not[ae] per (?:i redattori|la redazione|le redazioni)|notas? (?:aos|para os) (?:editores|redatores)|" +
    "noot voor de redactie|informacj[ae] dla (?:redakcji|mediów)|(?:справка|информация) для (?:редакций|сми)|" +
    "(?:довідка|інформація) для (?:редакцій|змі)|ملاحظات (?:للمحررين|إلى المحررين))" +
    "(?:\\s*\\([^)]{1,40}\\))?\\s*[:：]?$",
  "u",
);

/**
 * Whether a lower-cased line is the label over a press release's notes (`PRESS_NOTES_LABEL`): what stands under it, the
 * group's "about" paragraph and its contacts, is no part of the story however much it reads as prose.
 */
export function isPressNotesLabel(lower: string): boolean {
  return PRESS_NOTES_LABEL.test(lower);
}

/** Longest line of a footer: a copyright, a row of links. */
const MAX_FOOTER_LINE_LENGTH = 120;
/**
 * Longest notice of a wire's rights under its story, which runs on past the copyright ("Copyright 2025 The Associated
 * Press. All rights reserved. This material may not be copied or passed on without the agency's leave.").
 */
const MAX_RIGHTS_NOTICE_LENGTH = 300;

/**
 * The opening of a wire's notice, lower-cased: the sign, or the word with the sign or a year ("copyright 2026 …",
 * "copyright (c) 2017 …"). The word alone opens a paragraph of a story on copyright as often ("Copyright lawyers say
 * the phrase 'all rights reserved' …").
 */
const RIGHTS_NOTICE_OPENING = /^(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4}))/;

export function isFooterLine(text: string): boolean {
  if (text.length > MAX_FOOTER_LINE_LENGTH)
    return text.length <= MAX_RIGHTS_NOTICE_LENGTH && RIGHTS_NOTICE_OPENING.test(text) && RIGHTS_RESERVED.test(text);
  return (
    FOOTER_LINE.test(text) ||
    (mayHoldRightsNotice(text) && RIGHTS_RESERVED.test(text)) ||
    ((text.includes("©") || text.includes("copyright")) && COPYRIGHT_IN_BAR.test(text))
  );
}

/**
 * The header of a comment thread that names the story it is under ("12 thoughts on “…”"), or that a newsletter
 * platform sets over its thread ("Discussion about this post"). The story's title makes the first longer than the
 * other headers. "3 comments on “…”" is left out: a blog of the first dev set keeps its comments in the truth.
 */
const THREAD_HEADER = /^(?:\d+ thoughts? on ["“«„'‘].{1,200}["”“»'’]|discussion about this (?:post|article|story))$/;

/** A thread header is a count and a title; a longer line is a sentence that mentions comments. */
const MAX_THREAD_HEADER_LENGTH = 240;

/** A thread header opens with its count or with "discussion": looked at before the pattern, which nearly every line reaches. */
function opensLikeThreadHeader(text: string): boolean {
  const code = text.charCodeAt(0);
  return (code >= 48 && code <= 57) || code === 100;
}

/**
 * The word for a thread of reader comments in other languages than English, which SECTION_END reads: German, French,
 * Spanish, Portuguese, Italian, Dutch, Polish, Czech, Indonesian, Russian, Ukrainian, Turkish, Greek, Hebrew, Arabic,
 * Persian, Vietnamese, Thai, Hindi, Korean, Japanese, Chinese.
 */
const COMMENT_WORDS =
  "kommentare|commentaires|comentarios|comentários|commenti|reacties|komentarze|komentáře|komentar|комментарии|коментарі|yorumlar|σχόλια|תגובות|التعليقات|تعليقات|دیدگاه‌ها|نظرات|bình luận|ความคิดเห็น|टिप्पणियाँ|टिप्पणियां|댓글|コメント|评论|評論|留言";
/**
 * Words for "list" that Chinese, Japanese and Korean pages may set after the thread's word ("评论列表", "コメント一覧",
 * "댓글 목록"): the same header.
 */
const LIST_WORDS = "列表|一覧|목록";
/** Brackets a count may stand in, with their full-width and CJK forms: "(3)", "[3]", "（3）", "［3］", "【3】" (as classes' sources). */
const COUNT_OPENERS = "(\\[（［【";
const COUNT_CLOSERS = ")\\]）］】";
/**
 * Counters that follow a count in Chinese, Japanese and Korean ("3件", "3条", "3개": items of a kind), which say the
 * figure counts comments.
 */
const COUNTERS = "件条개";
/**
 * A thread's header with its count, in any digits: "Kommentare (3)", "دیدگاه‌ها (۳)", "コメント（3件）", "댓글 3개". Only with the
 * count: alone, several of these words also name a site's opinion section ("ความคิดเห็น", "دیدگاه‌ها") in its menu. The count
 * stands in brackets, as English's "Comments (12)", or before a counter: a bare figure after the word is as often a year
 * ("Kommentare 2023", a heading of the story).
 */
const COUNTED_COMMENTS = new RegExp(
  `^(?:${COMMENT_WORDS})(?:\\s*(?:${LIST_WORDS}))?\\s*(?:[${COUNT_OPENERS}]\\p{Nd}{1,6}\\s*[${COUNTERS}]?[${COUNT_CLOSERS}]|\\p{Nd}{1,6}\\s*[${COUNTERS}])$`,
  "u",
);
/** Longest such header: a word and a count. */
const MAX_COUNTED_COMMENTS_LENGTH = 24;
/**
 * The code units a counted header may end on: `COUNT_CLOSERS` (its class's escape dropped) and `COUNTERS`, each one
 * code unit, so the line's last one is compared with them (a one-character cut and a pattern cost more, asked of every
 * line of up to 24 characters).
 */
const COUNT_END_CODES = new Set([...`${COUNT_CLOSERS.replace("\\", "")}${COUNTERS}`].map((mark) => mark.charCodeAt(0)));

/** Whether a line ends with a closing bracket or a counter, as a counted header does: asked before the words, as most short lines do not. */
function endsWithCount(text: string): boolean {
  return COUNT_END_CODES.has(text.charCodeAt(text.length - 1));
}

export function isSectionEnd(text: string): boolean {
  return (
    (text.length <= 60 && SECTION_END.test(text)) ||
    (text.length <= MAX_COUNTED_COMMENTS_LENGTH && endsWithCount(text) && COUNTED_COMMENTS.test(text)) ||
    (text.length <= MAX_THREAD_HEADER_LENGTH && opensLikeThreadHeader(text) && THREAD_HEADER.test(text))
  );
}

/** Labels that introduce a list of links to other stories, in the languages Dateline reads. */
const RELATED_LABELS = `${READ_ON_PROMPTS}|${RELATED_HEADS}`;
export const RELATED_LABEL = new RegExp(`^(${RELATED_LABELS})\\s*[:：]?$`, "iu");
/**
 * A form's field marked as required, read from the lower-cased line: "Email *", "Name (Required)", "Nom *",
 * "E-Mail (erforderlich)". A form in a story is furniture, and two close together near its end are a comment form.
 */
export const REQUIRED_FIELD = /(?:\s\*|\((?:required|erforderlich|obligatoire|obligatorio|obrigatório|obbligatorio)\))$/u;
/**
 * A related-story link set in a line of its own after its label ("See also: The Other Story", "延伸阅读：…"). The heads
 * of Chinese, Japanese and Korean lists count here, with a title after the colon on the same line: alone on their line
 * they head teasers that `RELATED_LABEL` leaves in the body (see `RELATED_HEADS_CJK`).
 */
export const RELATED_LINK = new RegExp(`^(?:${RELATED_LABELS}|${RELATED_HEADS_CJK})\\s*[:：]\\s*\\S`, "iu");

/** A read-on prompt opening a line, parted from what follows by spaces alone (see `unmarkedRelatedLink`). */
const READ_ON_OPENING = new RegExp(`^(?:${READ_ON_PROMPTS})\\s+`, "iu");
/** A title's first word after a prompt: a capital, perhaps after a quote, then a lower-case letter, in the word or after a one-letter word. */
const TEASER_TITLE_OPENING = /^["“«„‘']?\p{Lu}(?:\S*\p{Ll}| \p{Ll})/u;
/** A word opening in lower case. */
const LOWER_CASE_WORD = /^\p{Ll}/u;

/** A related-story link whose label the copy glued to its title with no colon (see `unmarkedRelatedLink`). */
export interface UnmarkedRelatedLink {
  /** The linked story's title, after the label. */
  title: string;
  /** The label is set in capitals ("READ MORE"), not in a phrase's case ("Read next"), which a headline may open with. */
  labelInCapitals: boolean;
}

/**
 * A related-story link whose label the copy glued to its title with no colon ("READ MORE Lifeboat crew rescues two
 * kayakers", "Lire aussi La criée déménage …", "LEES OOK Vismarkt verhuist …"): a prompt to read on (`READ_ON_PROMPTS`)
 * set apart from the title by its case, in capitals or in a phrase's case (a later word in lower case), before a
 * title of `MIN_TEASER_TITLE_WORDS` or more opening with a capital. A headline opening with the prompt's words runs on
 * in lower case ("Read more books, says …") or sets every word with a capital ("Read More Into the Budget …").
 */
export function unmarkedRelatedLink(text: string): UnmarkedRelatedLink | undefined {
  const prompt = READ_ON_OPENING.exec(text);
  if (!prompt) return undefined;
  const title = text.slice(prompt[0].length);
  if (!TEASER_TITLE_OPENING.test(title) || spacePieceCount(title) < MIN_TEASER_TITLE_WORDS) return undefined;
  const label = prompt[0].trim();
  const labelInCapitals = !/\p{Ll}/u.test(label);
  const phraseCase = label
    .split(" ")
    .slice(1)
    .some((word) => LOWER_CASE_WORD.test(word));
  return labelInCapitals || phraseCase ? { title, labelInCapitals } : undefined;
}

/** A label such as "Read more:" that introduces a list of related stories. */
export function isRelatedLabel(text: string): boolean {
  return RELATED_LABEL.test(text);
}

/** A prompt to read on ("Read more", "Lesen Sie auch"): pages set it over links inside the story too. */
const READ_ON_PROMPT = new RegExp(`^(?:${READ_ON_PROMPTS})\\s*[:：]?$`, "iu");

/** Whether a related label is a prompt to read on rather than the head of a list that follows the story. */
export function isReadOnPrompt(text: string): boolean {
  return READ_ON_PROMPT.test(text);
}

/**
 * The line an embedded post prints under its notice, naming who shared it with their handle in brackets ("A post shared
 * by Harbour Ferries (@harbourferries)"), in the languages Dateline reads.
 */
const EMBEDDED_POST_SHARER =
  /^(?:a (?:post|photo|video) shared by|ein beitrag geteilt von|une publication partagée par|una publicación compartida por|un post condiviso da|uma publicação (?:partilhada|compartilhada) por|een bericht gedeeld door|post udostępniony przez) [^()]{1,80}\(@[\w.]{1,40}\)$/iu;

/** Whether a line names who shared an embedded post (see `EMBEDDED_POST_SHARER`); a handle in brackets ends it. */
export function isEmbeddedPostSharer(text: string): boolean {
  return text.endsWith(")") && text.includes("(@") && EMBEDDED_POST_SHARER.test(text);
}

/**
 * A summary box's label, whole ("Key takeaways", "Das Wichtigste in Kürze", "L'essentiel", "Puntos clave", "In
 * sintesi", "Pontos-chave", "Belangrijkste punten"), with an optional colon. Words a news-in-brief list of other stories also
 * takes ("In brief", "En bref", "Kurz und knapp", "In het kort"), and the labels of a product's or a place's card ("At a glance", "Auf einen Blick", "Key
 * facts"), are left out.
 */
const SUMMARY_BOX_LABEL =
  /^(?:key (?:takeaways|points)|takeaways|the essentials|tl;?dr|das wichtigste(?: in kürze| auf einen blick)?|l['’]essentiel|(?:ce qu['’]il faut )?(?:à|a) retenir|les points clés|lo (?:esencial|más importante|que (?:debes|hay que) saber)|claves|puntos clave|in sintesi|punti chiave|(?:le )?cose da sapere|pontos[- ]chave|principais pontos|o essencial|em resumo|belangrijkste punten|kort samengevat)\s*:?$/u;
/** Whether a line is a summary box's label alone (see `SUMMARY_BOX_LABEL`): a cheap length test before the pattern. */
export function isSummaryBoxLabel(line: { readonly text: string; readonly lower: string } | undefined): boolean {
  return line !== undefined && line.text.length <= 40 && SUMMARY_BOX_LABEL.test(line.lower);
}
