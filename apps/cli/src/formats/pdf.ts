import type { Format } from "./_format.js";

export const pdf: Format = {
  name: "pdf",
  description: "one printable briefing of all articles (briefing.pdf)",
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
