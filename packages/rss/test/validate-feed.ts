import { requireTool, runTool } from "@dateline/test-kit";
import { checkFeedRules } from "./feed-rules.js";

/** What Debian's feedparser makes of a feed. */
export interface FeedparserReport {
  bozo: number;
  bozoException: string | null;
  version: string;
  entries: number;
  titles: string[];
  guids: string[];
}

// Reads the feed from stdin and prints one JSON line; runs with Debian's
// python3 because that is where python3-feedparser is installed.
const FEEDPARSER_SCRIPT = `
import json, sys
try:
    import feedparser
except ImportError:
    print(json.dumps({"missing": "feedparser"}))
    sys.exit(0)
feed = feedparser.parse(sys.stdin.buffer.read())
print(json.dumps({
    "bozo": int(bool(feed.bozo)),
    "bozoException": str(feed.get("bozo_exception")) if feed.bozo else None,
    "version": feed.version,
    "entries": len(feed.entries),
    "titles": [entry.get("title", "") for entry in feed.entries],
    "guids": [entry.get("id", "") for entry in feed.entries],
}))
`;

const PYTHON = "/usr/bin/python3";

export function feedparserReport(xml: string): FeedparserReport {
  requireTool(PYTHON, "python3 python3-feedparser");
  const result = runTool(PYTHON, ["-c", FEEDPARSER_SCRIPT], { input: xml });
  if (result.status !== 0) throw new Error(`feedparser run failed: ${result.stderr}`);
  const report = JSON.parse(result.stdout) as FeedparserReport & { missing?: string };
  if (report.missing)
    throw new Error(`${PYTHON} has no feedparser module, so this check cannot run. Install it with: apt-get install -y python3-feedparser`);
  return report;
}

/** xmllint's complaints about well-formedness (empty when clean). */
export function xmllintComplaints(xml: string): string[] {
  requireTool("xmllint", "libxml2-utils");
  const result = runTool("xmllint", ["--noout", "-"], { input: xml });
  return result.status === 0 ? [] : [`xmllint: ${result.stderr.trim() || `exit ${result.status}`}`];
}

/**
 * Every check a feed must pass: well-formed XML, a clean parse by
 * feedparser with one entry per item, and no finding from the W3C rules.
 */
export function validateFeed(xml: string, label = "feed"): string[] {
  const complaints = xmllintComplaints(xml);
  const parsed = feedparserReport(xml);
  if (parsed.bozo !== 0) complaints.push(`${label}: feedparser bozo=1: ${parsed.bozoException}`);
  if (parsed.version !== "rss20") complaints.push(`${label}: feedparser reads version "${parsed.version}", expected rss20`);
  const items = xml.split("<item>").length - 1;
  if (parsed.entries !== items) complaints.push(`${label}: feedparser found ${parsed.entries} entries for ${items} items`);
  for (const finding of checkFeedRules(xml)) complaints.push(`${label}: ${finding.id} at ${finding.where}: ${finding.message}`);
  return complaints;
}
