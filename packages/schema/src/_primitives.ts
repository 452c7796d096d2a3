import { z } from "zod";

/**
 * An absolute http(s) URL. `z.url()` alone accepts `javascript:` and `data:`,
 * which would end up as live links in every exporter.
 */
export const HttpUrl = z
  .url({
    protocol: /^https?$/,
    hostname: z.regexes.domain,
    error: "must be an absolute http(s) URL such as https://example.com/news/story",
  })
  .meta({ description: "An absolute http or https URL.", examples: ["https://www.example.com/news/story"] });
export type HttpUrl = z.infer<typeof HttpUrl>;

/**
 * ISO 8601 date-time with an explicit offset ("2025-03-13T09:30:00+01:00" or "...Z"),
 * or a plain calendar date when the time is unknown. A date-time without an
 * offset is ambiguous across time zones, so it is refused.
 */
export const IsoDate = z
  .union([z.iso.datetime({ offset: true }), z.iso.date()], {
    error: "must be an ISO 8601 date-time with an offset (2025-03-13T09:30:00+00:00) or a plain date (2025-03-13)",
  })
  .meta({
    description: "ISO 8601 date-time with a timezone offset, or a plain date (YYYY-MM-DD) when the time is unknown.",
    examples: ["2025-03-13T09:30:00+00:00", "2025-03-13"],
  });
export type IsoDate = z.infer<typeof IsoDate>;

/** BCP 47 language tag, e.g. "en", "en-GB", "pt-BR", "zh-Hant". */
export const LanguageTag = z
  .string()
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-(?:[A-Za-z]{2}|\d{3}))?(-(?:[A-Za-z\d]{5,8}|\d[A-Za-z\d]{3}))*$/, {
    error: 'must be a BCP 47 language tag such as "en" or "en-GB"',
  })
  .meta({ description: "BCP 47 language tag.", examples: ["en", "en-GB", "fr"] });
export type LanguageTag = z.infer<typeof LanguageTag>;

/** Text that must say something: not empty and not only white space. */
export const NonEmptyText = z.string().regex(/\S/, { error: "must not be empty" });
