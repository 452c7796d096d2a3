import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { FontFile } from "./_font-file.js";
import { FontkitShaper, type Shaper } from "./_shaper.js";

export type Family = "serif" | "sans";
/** A text face as styles name it: family, then optional "-bold" and "-italic". */
export type TextFace = `${Family}${"" | "-bold"}${"" | "-italic"}`;
/** A script the text faces lack, with a Noto family of its own. */
export type FallbackScript = "cjk-sc" | "cjk-jp" | "cjk-kr" | "arabic" | "hebrew" | "devanagari" | "thai" | "symbols" | "emoji";
export type FallbackFace = `${FallbackScript}${"" | "-bold"}`;
/** A face as registered with pdfkit. */
export type Face = TextFace | FallbackFace;

const require = createRequire(import.meta.url);

/** Where a face's file is: a path inside a package that has no `exports` (Expo's), or a file beside a package's entry (EmbedPDF's, whose `exports` lists only its index). */
type FontSource = { path: string } | { beside: string; file: string };

/**
 * Which engine shapes a face: the table reader for scripts whose glyphs map
 * one to one (with ligatures and kerning), fontkit where letters join or
 * carry marks.
 */
type Engine = "tables" | "fontkit";

interface FaceFile {
  source: FontSource;
  engine: Engine;
}

const expo = (path: string): FaceFile => ({ source: { path: `@expo-google-fonts/${path}` }, engine: "tables" });
const embedpdf = (pkg: string, file: string, engine: Engine = "tables"): FaceFile => ({
  source: { beside: `@embedpdf/${pkg}`, file: `fonts/${file}` },
  engine,
});
const complex = (file: FaceFile): FaceFile => ({ ...file, engine: "fontkit" });

/** TTF/OTF files only: pdfkit cannot embed woff2, and the table reader reads plain sfnt files. */
const FILES: Record<Face, FaceFile> = {
  serif: expo("noto-serif/400Regular/NotoSerif_400Regular.ttf"),
  "serif-italic": expo("noto-serif/400Regular_Italic/NotoSerif_400Regular_Italic.ttf"),
  "serif-bold": expo("noto-serif/700Bold/NotoSerif_700Bold.ttf"),
  "serif-bold-italic": expo("noto-serif/700Bold_Italic/NotoSerif_700Bold_Italic.ttf"),
  sans: expo("noto-sans/400Regular/NotoSans_400Regular.ttf"),
  "sans-italic": expo("noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf"),
  "sans-bold": expo("noto-sans/700Bold/NotoSans_700Bold.ttf"),
  "sans-bold-italic": expo("noto-sans/700Bold_Italic/NotoSans_700Bold_Italic.ttf"),
  // Noto Sans CJK by region: Simplified Chinese also has kana and traditional forms, so it is the default; Japanese and Korean take their own.
  "cjk-sc": embedpdf("fonts-sc", "NotoSansHans-Regular.otf"),
  "cjk-sc-bold": embedpdf("fonts-sc", "NotoSansHans-Bold.otf"),
  "cjk-jp": embedpdf("fonts-jp", "NotoSansJP-Regular.otf"),
  "cjk-jp-bold": embedpdf("fonts-jp", "NotoSansJP-Bold.otf"),
  "cjk-kr": embedpdf("fonts-kr", "NotoSansKR-Regular.otf"),
  "cjk-kr-bold": embedpdf("fonts-kr", "NotoSansKR-Bold.otf"),
  arabic: embedpdf("fonts-arabic", "NotoNaskhArabic-Regular.ttf", "fontkit"),
  "arabic-bold": embedpdf("fonts-arabic", "NotoNaskhArabic-Bold.ttf", "fontkit"),
  hebrew: embedpdf("fonts-hebrew", "NotoSansHebrew-Regular.ttf", "fontkit"),
  "hebrew-bold": embedpdf("fonts-hebrew", "NotoSansHebrew-Bold.ttf", "fontkit"),
  devanagari: complex(expo("noto-sans-devanagari/400Regular/NotoSansDevanagari_400Regular.ttf")),
  "devanagari-bold": complex(expo("noto-sans-devanagari/700Bold/NotoSansDevanagari_700Bold.ttf")),
  thai: complex(expo("noto-sans-thai/400Regular/NotoSansThai_400Regular.ttf")),
  "thai-bold": complex(expo("noto-sans-thai/700Bold/NotoSansThai_700Bold.ttf")),
  symbols: expo("noto-sans-symbols/400Regular/NotoSansSymbols_400Regular.ttf"),
  "symbols-bold": expo("noto-sans-symbols/700Bold/NotoSansSymbols_700Bold.ttf"),
  emoji: expo("noto-emoji/400Regular/NotoEmoji_400Regular.ttf"),
  "emoji-bold": expo("noto-emoji/700Bold/NotoEmoji_700Bold.ttf"),
};

export const FAMILY_NAMES: Record<Family, string> = { serif: "Noto Serif", sans: "Noto Sans" };

export interface LoadedFace {
  bytes: Buffer;
  shaper: Shaper;
}

/**
 * Each face's shaper, made once per process and only for the faces a
 * briefing uses. What must not be shared is pdfkit's fontkit font, whose
 * glyph cache, once a subset had been written, left later documents without
 * some characters in their ToUnicode map; each document embeds its own.
 */
const loaded = new Map<Face, LoadedFace>();

function pathOf(source: FontSource): string {
  return "path" in source ? require.resolve(source.path) : join(dirname(require.resolve(source.beside)), "..", source.file);
}

export function loadFace(face: Face): LoadedFace {
  let entry = loaded.get(face);
  if (!entry) {
    const { source, engine } = FILES[face];
    const bytes = readFileSync(pathOf(source));
    entry = { bytes, shaper: engine === "fontkit" ? new FontkitShaper(bytes) : new FontFile(bytes) };
    loaded.set(face, entry);
  }
  return entry;
}

export function faceOf(family: Family, bold: boolean, italic: boolean): TextFace {
  return `${family}${bold ? "-bold" : ""}${italic ? "-italic" : ""}` as TextFace;
}

/** By script extensions, so punctuation a script shares (the Arabic comma, the Devanagari danda) goes with its letters. */
const SCRIPT_FACES: [RegExp, FallbackScript[]][] = [
  [/\p{Script_Extensions=Arabic}/u, ["arabic"]],
  [/\p{Script_Extensions=Hebrew}/u, ["hebrew"]],
  [/\p{Script_Extensions=Devanagari}/u, ["devanagari"]],
  [/\p{Script_Extensions=Thai}/u, ["thai"]],
  [/\p{Script_Extensions=Hangul}/u, ["cjk-kr"]],
];

/**
 * Scripts set in their own face even where a text face has the letters
 * (Noto Sans has Devanagari): they need fontkit's shaping, which only the
 * script faces get.
 */
const SHAPED_SCRIPTS = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Thai}]/u;

/** Hebrew, the first of those scripts in code point order, starts here: nothing below needs a test. */
const FIRST_SHAPED = 0x0590;

export function needsOwnFace(codePoint: number): boolean {
  return codePoint >= FIRST_SHAPED && SHAPED_SCRIPTS.test(String.fromCodePoint(codePoint));
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}\u3000-\u303F\uFF00-\uFFEF]/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;

/** The CJK faces in the order an article's language prefers them (its glyph forms first). */
function cjkOrder(language: string | undefined): FallbackScript[] {
  const primary = language?.toLowerCase().split("-")[0];
  if (primary === "ja") return ["cjk-jp", "cjk-sc", "cjk-kr"];
  if (primary === "ko") return ["cjk-kr", "cjk-sc", "cjk-jp"];
  return ["cjk-sc", "cjk-jp", "cjk-kr"];
}

/** The fallback faces to try, in order, for a character the text faces lack. */
export function fallbacksFor(codePoint: number, language: string | undefined, bold: boolean): FallbackFace[] {
  const char = String.fromCodePoint(codePoint);
  let scripts: FallbackScript[] | undefined;
  for (const [pattern, faces] of SCRIPT_FACES) {
    if (pattern.test(char)) {
      scripts = faces;
      break;
    }
  }
  if (!scripts) {
    if (CJK.test(char)) scripts = cjkOrder(language);
    else if (PICTOGRAPHIC.test(char)) scripts = ["emoji", "symbols", ...cjkOrder(language)];
    // Arrows, stars, check marks…: the symbol and emoji families, then the CJK faces, which carry many symbols.
    else scripts = ["symbols", "emoji", ...cjkOrder(language)];
  }
  return scripts.map((script) => (bold ? `${script}-bold` : script) as FallbackFace);
}
