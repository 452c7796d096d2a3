import type { Format } from "./_format.js";

/**
 * V8 doubles its young generation each time enough objects have survived it,
 * up to 16 MiB a half; the PDF's two layout passes take it there. Frozen at the
 * size start-up and reading have given it (8 MiB a half for 100 articles), the
 * 100-article PDF peaks about 13 MiB lower for the same CPU time (STARTUP.md).
 * Only the process's memory use changes, never the bytes written.
 */
const KEEP_YOUNG_GENERATION = "--semi-space-growth-factor=1";

export const pdf: Format = {
  name: "pdf",
  description: "one printable briefing of all articles (briefing.pdf)",
  async render(articles, settings) {
    const { toPdf } = await import("@dateline/pdf");
    const { setFlagsFromString } = await import("node:v8");
    setFlagsFromString(KEEP_YOUNG_GENERATION);
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
