import type { Format } from "./_format.js";

export const epub: Format = {
  name: "epub",
  description: "one EPUB 3 book of all articles (briefing.epub)",
  async render(articles, settings) {
    const { toEpub } = await import("@dateline/epub");
    const data = await toEpub(articles, {
      ...(settings.title ? { title: settings.title } : {}),
      ...(settings.edition ? { edition: settings.edition } : {}),
      ...(settings.pictures ? { images: settings.pictures.embeddable } : {}),
      onWarning: settings.onWarning,
    });
    return [{ name: "briefing.epub", data }];
  },
};
