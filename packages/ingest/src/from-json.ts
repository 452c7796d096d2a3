import { type Article, DatelineError, jsonSyntaxProblem, parseArticle } from "@dateline/schema";
import { decode, type DecodeOptions } from "./steps/decode.js";

/** An article already in Dateline's JSON form: decoded, parsed and validated. */
export function fromJson(input: string | Uint8Array, options: DecodeOptions = {}): Article {
  const text = decode(input, options);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new DatelineError("INVALID_JSON", "not valid JSON", {
      ...(options.source ? { source: options.source } : {}),
      cause,
      problems: [jsonSyntaxProblem(text, cause)],
      hint: "check the file with a JSON linter, or pass the page as plain text instead",
    });
  }
  return parseArticle(data, options.source ? { source: options.source } : {});
}
