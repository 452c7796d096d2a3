import { isDatelineError } from "@dateline/schema";
import { describe, expect, it } from "vitest";
import { decode } from "./decode.js";

const TEXT = "Harbour ferry returns — café reopens.\nSecond line, with “quotes”.\n";

function utf16(text: string, order: "le" | "be"): Uint8Array {
  const little = Buffer.from(`\uFEFF${text}`, "utf16le");
  return order === "le" ? little : little.swap16();
}

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return isDatelineError(error) ? error.code : "not a DatelineError";
  }
  return undefined;
}

describe("decode", () => {
  it("reads UTF-16 text with a byte order mark, little- and big-endian", () => {
    expect(decode(utf16(TEXT, "le"))).toBe(TEXT);
    expect(decode(utf16(TEXT, "be"))).toBe(TEXT);
  });

  it("refuses bytes that really are binary", () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    expect(codeOf(() => decode(png))).toBe("BINARY_INPUT");
    // A UTF-16 mark followed by an unpaired surrogate is not text either.
    expect(codeOf(() => decode(Uint8Array.from([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00])))).toBe("BINARY_INPUT");
    // UTF-16 without its mark is not guessed at.
    expect(codeOf(() => decode(Buffer.from(TEXT, "utf16le")))).toBe("BINARY_INPUT");
  });

  it("reads a page whole after refusing one cut off inside a character: the decoders are shared by all pages", () => {
    const cut = utf16(TEXT, "le").subarray(0, 5);
    expect(codeOf(() => decode(cut))).toBe("BINARY_INPUT");
    expect(decode(utf16(TEXT, "le"))).toBe(TEXT);
    expect(codeOf(() => decode(Uint8Array.from([0x41, 0xe2, 0x82])))).toBe("BINARY_INPUT");
    expect(decode(Buffer.from(TEXT))).toBe(TEXT);
  });

  it("makes no-break, narrow no-break and figure spaces plain, whether the page comes as text, UTF-8 or UTF-16", () => {
    const spaced = "Ferry at 7\u00A0am.\nFare 12\u202F€, route 1\u2007204.\n";
    const plain = "Ferry at 7 am.\nFare 12 €, route 1 204.\n";
    expect(decode(spaced)).toBe(plain);
    expect(decode(Buffer.from(spaced))).toBe(plain);
    // Bytes in a plain array, and a view into a larger buffer, whose other bytes are not the page's.
    expect(decode(Uint8Array.from(Buffer.from(spaced)))).toBe(plain);
    const page = Buffer.from("“Ferry” at 7\u2007");
    const padded = Buffer.concat([Buffer.from("padding"), page]);
    expect(decode(padded.subarray(padded.length - page.length))).toBe("“Ferry” at 7 ");
    expect(decode(utf16(spaced, "le"))).toBe(plain);
    // One space of each kind alone, in a page of two bytes a character (its curly quotes).
    for (const space of ["\u00A0", "\u202F", "\u2007"]) {
      expect(decode(Buffer.from(`“A”${space}b`))).toBe("“A” b");
    }
    expect(decode(Buffer.from("“A” b"))).toBe("“A” b");
  });
});
