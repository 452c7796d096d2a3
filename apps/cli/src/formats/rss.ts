import type { RssChannel } from "@dateline/rss";
import { DatelineError, isDatelineError } from "@dateline/schema/errors";
import { nameFlags } from "./_flags.js";
import type { BuildSettings, Format } from "./_format.js";

export const rss: Format = {
  name: "rss",
  description: "an RSS 2.0 feed of all articles (feed.xml)",
  async render(articles, settings) {
    const { toRss } = await import("@dateline/rss");
    return [{ name: "feed.xml", data: withChannelFlags(() => toRss(articles, settingsToChannel(settings))) }];
  },
};

/** Run `render`, rewriting the hint of a channel error to name the flag. */
export function withChannelFlags<T>(render: () => T): T {
  try {
    return render();
  } catch (error) {
    if (!isDatelineError(error) || error.code !== "INVALID_OPTION" || !error.hint) throw error;
    throw new DatelineError(error.code, error.message, {
      cause: error,
      ...(error.source ? { source: error.source } : {}),
      problems: error.problems,
      hint: nameFlags(error.hint),
    });
  }
}

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
