/**
 * Readable defaults that a reading system may still override: a serif text
 * face at the reader's chosen size, about 65 characters a line, generous
 * leading, and sizes in em so enlarging the text enlarges everything.
 */
export const STYLESHEET = `html {
  font-family: Georgia, "Noto Serif", "Times New Roman", serif;
  line-height: 1.5;
}
body {
  margin: 0 auto;
  max-width: 36em;
  padding: 0 1em;
}
p {
  margin: 0 0 0.8em;
  orphans: 2;
  widows: 2;
  -webkit-hyphens: auto;
  hyphens: auto;
}
h1, h2, h3, h4, h5, h6 {
  line-height: 1.2;
  margin: 1.4em 0 0.5em;
  page-break-after: avoid;
  break-after: avoid;
  -webkit-hyphens: manual;
  hyphens: manual;
}
h1 { font-size: 1.7em; margin-top: 0.8em; }
h2 { font-size: 1.3em; }
h3 { font-size: 1.1em; }
h4 { font-size: 1em; }
a { color: inherit; text-decoration: underline; }
header { margin-bottom: 1.5em; }
.standfirst { font-size: 1.15em; line-height: 1.45; }
.byline, figcaption, aside, .contents .byline {
  font-family: "Helvetica Neue", Arial, "Noto Sans", sans-serif;
}
.byline { font-size: 0.85em; color: #555; }
figure { margin: 1.5em 0; page-break-inside: avoid; break-inside: avoid; }
figure img { display: block; max-width: 100%; height: auto; margin: 0 auto 0.4em; }
figcaption { font-size: 0.85em; line-height: 1.4; color: #444; }
figcaption .credit { color: #666; font-style: italic; }
blockquote { margin: 1.2em 0 1.2em 1em; padding-left: 1em; border-left: 3px solid #999; font-style: italic; }
blockquote footer { font-style: normal; font-size: 0.9em; }
ul, ol { margin: 0 0 0.8em; padding-left: 1.5em; }
li { margin-bottom: 0.3em; }
table { border-collapse: collapse; margin: 1.2em 0; font-size: 0.9em; font-family: "Helvetica Neue", Arial, "Noto Sans", sans-serif; }
caption { caption-side: top; text-align: left; font-size: 0.95em; margin-bottom: 0.4em; }
th, td { border-bottom: 1px solid #ccc; padding: 0.25em 0.6em 0.25em 0; text-align: left; vertical-align: top; }
pre { margin: 1em 0; padding: 0.6em; background: #f4f4f0; white-space: pre-wrap; font-size: 0.85em; line-height: 1.35; }
code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; }
aside.related { margin: 2em 0 1em; padding: 0.5em 1em; border-top: 1px solid #999; border-bottom: 1px solid #999; font-size: 0.9em; }
aside.related h2 { font-size: 1em; margin-top: 0.5em; }
.cover { margin: 0; padding: 0; text-align: center; }
.cover img { max-width: 100%; max-height: 95vh; }
.title-page { margin-top: 25%; text-align: center; }
.title-page .title { font-size: 2em; }
.title-page .edition { font-style: italic; font-size: 1.2em; }
.title-page .count, .title-page .sources { margin-top: 2em; }
.title-page .colophon { margin-top: 4em; font-size: 0.8em; color: #555; }
.contents ol { list-style: none; padding: 0; }
.contents li { margin-bottom: 1.2em; }
.contents li > a { font-weight: bold; text-decoration: none; }
.contents .summary { margin: 0.2em 0 0.1em; }
.contents .byline { margin: 0; }
`;
