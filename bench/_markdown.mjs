// The articles as pandoc Markdown, so pandoc and Chromium get the same content as Dateline in the side-by-side cases.
import { textRuns } from "@dateline/schema";

const escapeMarkdown = (text) => text.replace(/[\\`*_[\]#<>|]/g, "\\$&");

function inline(text, marks) {
  return textRuns(text, marks)
    .map((run) => {
      let md = escapeMarkdown(run.text);
      if (run.emphasis) md = `*${md}*`;
      if (run.strong) md = `**${md}**`;
      return run.href ? `[${md}](${run.href})` : md;
    })
    .join("");
}

function figure(figure) {
  return `*${escapeMarkdown(figure.caption)}*${figure.credit ? ` (${escapeMarkdown(figure.credit)})` : ""}`;
}

function block(block) {
  switch (block.type) {
    case "paragraph":
      return inline(block.text, block.marks);
    case "heading":
      return `${"#".repeat(block.level)} ${inline(block.text, block.marks)}`;
    case "quote":
      return `> ${inline(block.text, block.marks)}${block.attribution ? `\n>\n> — ${escapeMarkdown(block.attribution)}` : ""}`;
    case "list":
      return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : "-"} ${inline(item.text, item.marks)}`).join("\n");
    case "figure":
      return figure(block);
    case "related":
      return [
        `**${escapeMarkdown(block.title)}**`,
        "",
        ...block.items.map((item) => `- ${item.url ? `[${escapeMarkdown(item.title)}](${item.url})` : escapeMarkdown(item.title)}`),
      ].join("\n");
    case "table": {
      const row = (cells) => `| ${cells.map((cell) => inline(cell.text, cell.marks)).join(" | ")} |`;
      const [head = block.rows[0].map(() => ({ text: "" })), ...rest] = block.head ?? [];
      return [row(head), row(head.map(() => ({ text: "---" }))), ...[...rest, ...block.rows].map(row)].join("\n");
    }
    case "code":
      return `\`\`\`\n${block.text}\n\`\`\``;
  }
}

export function markdown(articles, title) {
  const parts = [`% ${title}`];
  for (const article of articles) {
    parts.push(`# ${escapeMarkdown(article.headline)}`);
    if (article.description) parts.push(`*${escapeMarkdown(article.description)}*`);
    if (article.image) parts.push(figure(article.image));
    parts.push(...article.body.map(block));
  }
  return `${parts.join("\n\n")}\n`;
}
