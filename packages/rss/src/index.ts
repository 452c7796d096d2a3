export { toRss } from "./to-rss.js";
export { addToFeed, type AddToFeedOptions } from "./add-to-feed.js";
export type { RssChannel } from "./_channel.js";
