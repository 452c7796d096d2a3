import { DatelineError } from "@dateline/schema/errors";
import { readJsonFile } from "./_io.js";

/** The channel settings a feed config file may hold: the same names as `RssChannel` in @dateline/rss. */
const CHANNEL_KEYS = ["title", "link", "description", "feedUrl", "language", "image", "generator"] as const;
export type FeedConfig = Partial<Record<(typeof CHANNEL_KEYS)[number], string>>;

/** Read a feed config file (JSON), so a site keeps its channel settings beside its feed instead of in flags. */
export async function loadFeedConfig(path: string): Promise<FeedConfig> {
  const data = await readJsonFile(path, "INVALID_OPTION", "feed config");
  const hint = `a feed config is a JSON object with any of: ${CHANNEL_KEYS.join(", ")}`;
  if (typeof data !== "object" || data === null || Array.isArray(data))
    throw new DatelineError("INVALID_OPTION", "a feed config must be a JSON object", { source: path, hint });
  const problems = Object.entries(data).flatMap(([key, value]) =>
    !(CHANNEL_KEYS as readonly string[]).includes(key)
      ? [{ path: key, message: "unknown setting" }]
      : typeof value !== "string"
        ? [{ path: key, message: "must be a string" }]
        : [],
  );
  if (problems.length > 0) throw new DatelineError("INVALID_OPTION", "feed config is not valid", { source: path, problems, hint });
  return data as FeedConfig;
}
