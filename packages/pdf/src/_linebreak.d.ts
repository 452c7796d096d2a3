/** The parts of linebreak 1.1 (UAX #14, no types of its own) this package uses. */
declare module "linebreak" {
  interface Break {
    /** The break opportunity is before this index. */
    position: number;
    /** A mandatory break (after a newline). */
    required: boolean;
  }
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): Break | null;
  }
}
