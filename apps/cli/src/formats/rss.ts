import type { RssChannel } from "@dateline/rss";
import type { BuildSettings, Format } from "./_format.js";

export const rss: Format = {
  name: "rss",
  description: "an RSS 2.0 feed of all articles (feed.xml)",
  async render(articles, settings) {
    const { toRss } = await import("@dateline/rss");
    return [{ name: "feed.xml", data: toRss(articles, settingsToChannel(settings)) }];
  },
};

/** The `dateline build` flags that set up a feed's channel. */
export function settingsToChannel(settings: BuildSettings): RssChannel {
  return {
    ...settings.feedConfig,
    ...(settings.feedTitle ? { title: settings.feedTitle } : {}),
    ...(settings.siteUrl ? { link: settings.siteUrl } : {}),
    ...(settings.feedUrl ? { feedUrl: settings.feedUrl } : {}),
    ...(settings.feedDescription ? { description: settings.feedDescription } : {}),
    ...(settings.pictures ? { images: settings.pictures.asServed } : {}),
    onWarning: settings.onWarning,
  };
}
