// The next occurrence of a fixed string at or after a position, remembered. Scanning a text
// left to right, each search resumes only once the scan has passed the occurrence found
// last, so all the searches for one string read the text once, whatever their bounds:
// a line full of unclosed "[" costs one scan for "]", not one per "[".

export class NextIndex {
  private from = Infinity;
  private at = -1;
  constructor(private readonly text: string, private readonly what: string) {}

  /** The first index at or after `from` where the string occurs, or -1. */
  get(from: number): number {
    if (from < this.from || (this.at >= 0 && from > this.at)) {
      this.from = from;
      this.at = this.text.indexOf(this.what, from);
    }
    return this.at;
  }
}
