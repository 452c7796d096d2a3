import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";

// Round rg102: lines of figures set inside a story. Every page here is invented for these tests.
const blocksOf = (text: string, type: "paragraph" | "heading") =>
  fromText(text).body.flatMap((block) => (block.type === type ? [block.text] : []));

const ELECTION = `Valley Courier

Home\tNews\tSport\tBusiness

Independents hold the balance after Marshfield count

No party won a majority on the 45-seat council.

By Clara Boden

3 May 2025

No party has an overall majority on Marshfield Borough Council after a count that ran until dawn on Friday, leaving five independent councillors to decide who leads.

Labour remained the largest group but lost six seats to the Liberal Democrats in the northern wards around the old mill.

The result

Labour 17 (-6), Liberal Democrat 14 (+5), Conservative 9 (-1), Independent 5 (+2). Turnout 34.1% (-2.3).

Talks begin

Group leaders said they would meet on Monday, and that a formal coalition was unlikely before the annual meeting.

Most read

1. Bypass plan goes back to the drawing board

© 2025 Valley Courier. All rights reserved.
`;

const BILANCIO = `Corriere della Valle

Home\tCronaca\tSport\tEconomia

Il Comune approva il bilancio: più fondi per le scuole

Tagli alla cultura e ai lavori stradali.

di Sara Mancini

19 dicembre 2025

Il consiglio comunale ha approvato il bilancio di previsione per il prossimo anno, che aumenta i fondi per le scuole e riduce quelli per le strade.

L'opposizione ha votato contro e ha chiesto di rivedere i tagli alla cultura.

Le voci principali

Scuole 14,3 milioni di euro (+9%), servizi sociali 22,1 milioni (+4%), strade 5,8 milioni (-17%), cultura 1,9 milioni (-12%)

Le tasse

Le aliquote dell'addizionale comunale restano invariate, mentre aumenta di poco la tariffa dei rifiuti.

I più letti

1. La tangenziale torna in discussione
`;

// A short match report, its last paragraph followed by what is no part of it in the two pages below.
const HARBOUR_STORY = `Valley Courier

Harbour Town stay top after late winner

A stoppage-time header kept the leaders two points clear.

By Sam Oduya

12 October 2025

Harbour Town kept their two-point lead at the top of the table with a stoppage-time winner at Elmfield Park, where they had not won for nine years.

Manager Ian Pryde said the players had shown character after a poor first half in which they rarely kept the ball.
`;

// A markets strip right under the story's last paragraph, over one teaser's title and summary: no sub-heading over it.
const STRIP = `${HARBOUR_STORY}
FTSE 100 8,612.4 (-0.3%) · DAX 22,841 (-0.5%) · CAC 40 8,109 (-0.2%) · EUR/USD 1.0842 (+0.1%) · Brent $71.20 (+0.4%)

Bypass plan goes back to the drawing board

Council engineers have been asked to draw up a cheaper route after the first plan was rejected by the planning inspector last month.

1,204 readers · 36 comments · 12 shares
`;

// Teasers packed into one block, each with a line of counts under its title: the counts are a list's, not the story's.
const PACKED_TEASERS = `${HARBOUR_STORY}
Bypass plan goes back to the drawing board
Posted 12.03.2025 09:14 · 4 min · 1,204 views · 36 comments · 12 shares · ID 88412
Council engineers have been asked to draw up a cheaper route after the first plan was turned down.
School meals price to rise in September
Posted 11.03.2025 17:40 · 3 min · 982 views · 14 comments · 5 shares · ID 88397
The council blamed food costs.

© 2025 Valley Courier. All rights reserved.
`;

// A labelled markets strip after the story's last paragraph, over one teaser: laid out as a section would be, but its
// items are split by a widget's separators.
const LABELLED_STRIP = `${HARBOUR_STORY}
Markets

FTSE 100 8,604.1 (+0.2%) · Dow 42,310 (-0.1%) · Nikkei 38,920 (+0.6%) · GBP/USD 1.2714 (-0.2%) · Gold $2,641 (+0.3%)

Bypass plan goes back to the drawing board

Council engineers have been asked to draw up a cheaper route after the planning inspector rejected the first plan last month.

© 2025 Valley Courier. All rights reserved.
`;

describe("a line of figures inside a story", () => {
  it("keeps the section under a results line set between sub-headings", () => {
    expect(blocksOf(ELECTION, "paragraph").at(-1)).toMatch(/^Group leaders said/);
    expect(blocksOf(ELECTION, "paragraph")).toContain(
      "Labour 17 (-6), Liberal Democrat 14 (+5), Conservative 9 (-1), Independent 5 (+2). Turnout 34.1% (-2.3).",
    );
    expect(blocksOf(ELECTION, "heading")).toEqual(["The result", "Talks begin"]);
  });

  it("keeps an Italian budget's closing section under its figures", () => {
    expect(blocksOf(BILANCIO, "paragraph").at(-1)).toMatch(/^Le aliquote/);
    expect(blocksOf(BILANCIO, "heading")).toEqual(["Le voci principali", "Le tasse"]);
  });

  it("leaves a markets strip under the story's last paragraph, over one teaser, out of the story", () => {
    expect(blocksOf(STRIP, "paragraph").at(-1)).toMatch(/^Manager Ian Pryde said/);
  });

  it("leaves a line of counts packed among teasers out of the story", () => {
    expect(blocksOf(PACKED_TEASERS, "paragraph").at(-1)).toMatch(/^Manager Ian Pryde said/);
  });

  it("leaves a labelled strip split by a widget's separators, over one teaser, out of the story", () => {
    expect(blocksOf(LABELLED_STRIP, "paragraph").at(-1)).toMatch(/^Manager Ian Pryde said/);
    expect(blocksOf(LABELLED_STRIP, "heading")).toEqual([]);
  });
});
