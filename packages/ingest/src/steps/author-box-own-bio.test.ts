import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";

// Round by103: an author box under the story whose bio is its person's own account, not a writer's job. Every page
// here is invented.
const TOP = "Valley Courier\nNews\nCulture\nOpinion\n\nLibrary to stay open late on weekdays\nMarch 12, 2026";
// The story's four paragraphs, one sentence each.
const STORY = `The county library will stay open until nine on weekday evenings from next month, after a trial drew many readers.
Librarians said students used the late hours most, filling the reading room with laptops until the lights dimmed.
The council will pay for the extra shifts from its culture budget, which was raised slightly after a campaign.
A review of the longer hours is planned for the autumn, when visitor counts will be compared with last year's.`.split("\n");
const FOOT = "Share this article\nContact us";

const read = (box: string[], story = STORY) => fromText([TOP, "", ...story.join("\n\n").split("\n"), "", ...box, "", FOOT].join("\n"));
const names = (box: string[], story = STORY) => read(box, story).authors?.map((author) => author.name) ?? [];
const bodyHas = (box: string[], text: string) => read(box).body.some((block) => "text" in block && block.text === text);

describe("round by103: a person's own bio under the story", () => {
  it("signs a first-person bio under the name and leaves it out of the story", () => {
    const bio = "I'm a freelance writer, and I write about village libraries and the people who run them.";
    expect(names(["Delphine Marsh", bio])).toEqual(["Delphine Marsh"]);
    expect(bodyHas(["Delphine Marsh", bio], bio)).toBe(false);
    expect(names(["Solène Garnier", "Je suis bibliothécaire et j'écris sur la lecture publique depuis dix ans."])).toEqual([
      "Solène Garnier",
    ]);
  });

  it("signs a bio naming the person again under a job title or a writer's label", () => {
    const bio = "Tamsin joined the paper in 2019 and spends her weekends restoring an old canal boat.";
    expect(names(["Tamsin Okafor", "Senior Reporter", "", bio])).toEqual(["Tamsin Okafor"]);
    const label = "With fifteen years in publishing behind her, Imogen's passion is helping small libraries find readers.";
    expect(names(["Written by", "Imogen Varga", label])).toEqual(["Imogen Varga"]);
    expect(names(["Insights from", "Imogen Varga", "Imogen writes about small libraries. She lives by the sea."])).toEqual([
      "Imogen Varga",
    ]);
  });

  it("signs no box that a reader's line, a title over the name or a section's heading makes another's", () => {
    expect(names(["What our readers say", "Florian Decker", "I come every Tuesday after work. The quiet is the best part."])).toEqual([]);
    expect(names(["Book of the month", "Helen Marsh", "Helen wrote this novel on night shifts. She lives by the sea."])).toEqual([]);
    expect(names(["About Me", "I'm a nurse and a mother of two, and I read on every night shift."])).toEqual([]);
    // A title-case heading over the story's last paragraph that names its first word again.
    const closing = "The longer hours cost little and the library says they have paid for themselves. His worship agrees.";
    expect(names([], [...STORY, "The Bottom Line", closing])).toEqual([]);
    // A third-person bio under a bare name with no box's head and a given name no list holds: a section's title's shape.
    expect(names(["Final Thoughts", "Final figures come in the autumn. She who waits gets the quiet desk."])).toEqual([]);
  });

  it("signs neither of two people's boxes, nor a box of someone the story names", () => {
    const two = ["Ottoline Brewer", "Senior Editor", "Ottoline edits the news pages. She joined in 2012."];
    expect(names([...two, "Florian Decker", "Arts Reporter", "Florian covers the arts. He joined in 2019."])).toEqual([]);
    const quoted = [...STORY.slice(0, 2), "Head librarian Ottoline Brewer said the trial surprised everyone.", ...STORY.slice(2)];
    expect(names(two, quoted)).toEqual([]);
  });

  it("reads a reviewer's label over the name only in the box's head, not in the story's closing prose", () => {
    const story = [...STORY.slice(0, 3), "Progress will be reviewed every month by the library board and the council."];
    const box = ["Delphine Marsh", "I'm a freelance writer, and I write about village libraries and the people who run them."];
    expect(names(box, story)).toEqual(["Delphine Marsh"]);
    expect(names(["Reviewed by", ...box])).toEqual([]);
  });
});

// Review rv-by103: a name over a person's own words closing the story is as often a reader's, a subject's or a thing's
// as a writer's box; only a writer's work in the bio, or a writer's head over it, tells the box.
describe("review rv-by103: a person's own words under the story that are no writer's box", () => {
  const stays = (box: string[]) => {
    expect(names(box)).toEqual([]);
    expect(bodyHas(box, box.at(-1)!)).toBe(true);
  };

  it("keeps a reader's or a subject's first-person words under a name in the story", () => {
    stays(["Priya Nair", "I'm a nurse and I came because the library is the only one open late in the valley."]);
    stays(["Tom Hughes", "I am a retired fisherman, and the late hours let me read the papers after my walk."]);
    // A founder's or a letter writer's words are a reader's too: only a writer's job or what one writes about tells.
    stays(["Priya Nair", "I'm the founder of the valley food bank, and we need twice as many volunteers this winter."]);
    stays(["Tom Hughes", "I am a pensioner. I write to the council every week and nobody ever answers me."]);
  });

  it("keeps an obituary's last lines and a place named after a person in the story", () => {
    stays(["Margaret Ellis", "Margaret is survived by her husband, Tom, and her two daughters."]);
    stays(["Marie Curie", "Marie Curie est un hôpital de la région. Il accueille chaque année dix mille patients."]);
    // A past job or a past book is a subject's, not the writer's own (a job's word ends the story above it on main too).
    expect(names(["Margaret Ellis", "Margaret worked as a reporter for thirty years. She is survived by two daughters."])).toEqual([]);
    stays(["Helen Marsh", "Helen's new novel is set in the library. She wrote it on night shifts."]);
  });

  it("signs no picture credit's box nor a box under a label of another work", () => {
    expect(names(["Jonas Weber", "Photographer", "Jonas has shot the valley for ten years. His prints hang in the hall."])).toEqual([]);
    expect(names(["Recipe by", "Marco Bellini", "Marco is the valley's baker. He has run the bakery since 1986."])).toEqual([]);
  });
});
