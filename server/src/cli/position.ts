// UTF-16 offsets → 1-based line and column (column in UTF-16 code units, as SARIF's default
// columnKind and the LSP count). CRLF, LF and a lone CR each end a line, as editors do.
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (c === 0x0a) this.starts.push(k + 1);
      else if (c === 0x0d) {
        if (text.charCodeAt(k + 1) === 0x0a) k++;
        this.starts.push(k + 1);
      }
    }
  }

  position(offset: number): { line: number; column: number } {
    const at = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - this.starts[lo] + 1 };
  }
}
