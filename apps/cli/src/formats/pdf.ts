import { setFlagsFromString } from "node:v8";
import type { Format } from "./_format.js";

/**
 * V8 doubles its young generation each time enough objects have survived it,
 * up to 16 MiB a half; reading 100 articles takes it to 8 MiB and the PDF's
 * two layout passes to 16. Kept from before the sources are read at the size
 * start-up gives it, the 100-article PDF peaks about 6 MiB lower than when
 * frozen just before rendering (149 → 143 MiB), for a few % more CPU time on
 * that run and none measurable on one article (STARTUP.md).
 * Only the process's memory use changes, never the bytes written.
 */
const KEEP_YOUNG_GENERATION = "--semi-space-growth-factor=1";

export const pdf: Format = {
  name: "pdf",
  description: "one printable briefing of all articles (briefing.pdf)",
  beforeReading() {
    setFlagsFromString(KEEP_YOUNG_GENERATION);
  },
  async render(articles, settings) {
    const { toPdf } = await import("@dateline/pdf");
    const data = await toPdf(articles, {
      ...(settings.title ? { title: settings.title } : {}),
      ...(settings.edition ? { edition: settings.edition } : {}),
      ...(settings.language ? { language: settings.language } : {}),
      ...(settings.pageSize ? { pageSize: settings.pageSize } : {}),
      ...(settings.pictures ? { images: settings.pictures.embeddable } : {}),
      contents: settings.contents,
      onWarning: settings.onWarning,
    });
    return [{ name: "briefing.pdf", data }];
  },
};
