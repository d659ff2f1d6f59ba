// Inlay hints (off by default): a short verdict after each claim, `✓ Oct 2025` when it states
// the term in force (with the month it took effect), `⚠ superseded` when it states an old one.
import { InlayHint, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../engine/types';
import { toOffset, toPosition } from './convert';
import { touching, type Checked } from './outcome';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function inlayHints(doc: TextDocument, outcome: Checked, range: Range): InlayHint[] {
  const found = touching(outcome.findings, toOffset(doc, range.start), toOffset(doc, range.end));
  const hints: InlayHint[] = [];
  for (const f of found) {
    const label = labelOf(f);
    if (!label) continue;
    const hint = InlayHint.create(toPosition(doc, f.end), label);
    hint.paddingLeft = true;
    hint.tooltip = f.message;
    hints.push(hint);
  }
  return hints;
}

function labelOf(f: Finding): string | undefined {
  if (f.kind === 'current') return `✓ ${monthYear(f.since) ?? 'current'}`;
  if (f.kind === 'stale') return '⚠ superseded';
  return undefined;
}

function monthYear(date: string | undefined): string | undefined {
  const m = date ? /^(\d{4})-(\d{2})/.exec(date) : null;
  return m ? `${MONTHS[+m[2] - 1] ?? ''} ${m[1]}`.trim() : undefined;
}
