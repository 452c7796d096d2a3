import type { Format } from "./_format.js";

export const epub: Format = {
  name: "epub",
  description: "one EPUB 3 book of all articles (briefing.epub)",
  async render(articles, settings) {
    const { toEpub } = await import("@dateline/epub");
    const data = await toEpub(articles, {
      ...(settings.title ? { title: settings.title } : {}),
      ...(settings.edition ? { edition: settings.edition } : {}),
      ...(settings.language ? { language: settings.language } : {}),
      ...(settings.pictures ? { images: settings.pictures.embeddable } : {}),
      // EPUB must state when it was modified: a book nothing else dates (no article date, no SOURCE_DATE_EPOCH) records when it was built.
      buildTime: new Date(),
      onWarning: settings.onWarning,
    });
    return [{ name: "briefing.epub", data }];
  },
};
