// Disable comments, in the form markdownlint and ESLint users know:
//   <!-- agreement-lens-disable-next-line [rule …] -->    the next line
//   <!-- agreement-lens-disable-line [rule …] -->         this line
//   <!-- agreement-lens-disable [rule …] --> … <!-- agreement-lens-enable [rule …] -->
//   <!-- agreement-lens-disable-file -->
// In plain text the same words on a line of their own. A rule is a rule id, a kind
// (`stale`) or an id prefix (`cloud` covers `cloud.rofr`); none means every rule.

import type { Comment } from './segment';
import type { Finding } from './types';

interface Span { from: number; to: number; rules: string[]; }

/** Line numbers of offsets. Built on first use: most documents have no disable comment. */
export class LineIndex {
  private built?: number[];
  constructor(private readonly text: string) {}
  private get starts(): number[] {
    if (!this.built) {
      const starts = [0];
      for (let nl = this.text.indexOf('\n'); nl >= 0; nl = this.text.indexOf('\n', nl + 1)) starts.push(nl + 1);
      this.built = starts;
    }
    return this.built;
  }
  lineOf(offset: number): number {
    const starts = this.starts;
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return lo;
  }
  get count(): number { return this.starts.length; }
}

const DIRECTIVE = /agreement-lens-(disable-next-line|disable-line|disable-file|disable|enable)\b([^>]*)/;

function matches(rules: string[], f: Finding): boolean {
  return !rules.length || rules.some((r) => r === f.ruleId || r === f.kind || f.ruleId.startsWith(`${r}.`));
}

export function suppressions(comments: Comment[], lines: LineIndex): (f: Finding) => boolean {
  const spans: Span[] = [];
  let fileRules: string[] | undefined;
  const open: { from: number; rules: string[] }[] = [];
  for (const c of comments) {
    const m = DIRECTIVE.exec(c.body);
    if (!m) continue;
    const rules = m[2].replace(/-->/g, '').split(/[\s,]+/).filter(Boolean);
    const line = lines.lineOf(c.start);
    const endLine = lines.lineOf(c.end);
    switch (m[1]) {
      case 'disable-next-line': spans.push({ from: endLine + 1, to: endLine + 1, rules }); break;
      case 'disable-line': spans.push({ from: line, to: endLine, rules }); break;
      case 'disable-file': fileRules = rules; break;
      case 'disable': open.push({ from: line, rules }); break;
      case 'enable': {
        // An enable closes the disables it names (all of them when it names none).
        for (let k = open.length - 1; k >= 0; k--) {
          if (!rules.length || open[k].rules.some((r) => rules.includes(r))) {
            spans.push({ from: open[k].from, to: line, rules: open[k].rules });
            open.splice(k, 1);
          }
        }
      }
    }
  }
  for (const o of open) spans.push({ from: o.from, to: Number.MAX_SAFE_INTEGER, rules: o.rules });
  if (!spans.length && !fileRules) return () => true;
  return (f) => {
    if (fileRules && matches(fileRules, f)) return false;
    const line = lines.lineOf(f.start);
    return !spans.some((s) => line >= s.from && line <= s.to && matches(s.rules, f));
  };
}
