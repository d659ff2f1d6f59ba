// Hover on every recognised reference, current ones too: what the term is, the value in force
// and since when, what it replaced, its qualifiers and its sources as links.
import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Kind } from '../engine/types';
import type { Period, TermsModel } from '../terms/types';
import { toRange } from './convert';
import type { Checked } from './outcome';

const VERDICT: Record<Kind, [icon: string, label: string]> = {
  current: ['✓', 'Current'],
  historical: ['↺', 'Historical (described as past)'],
  stale: ['⚠', 'Stale'],
  wrong: ['✗', 'Wrong'],
  unconfirmed: ['ℹ', 'Unconfirmed'],
};

export function hover(doc: TextDocument, outcome: Checked, offset: number): Hover | null {
  // A cursor right after the last character of a claim still points at it (`27%|`).
  const hits = outcome.findings.filter((f) => f.start <= offset && offset <= f.end);
  if (hits.length === 0) return null;
  const start = Math.min(...hits.map((f) => f.start));
  const end = Math.max(...hits.map((f) => f.end));
  return {
    contents: { kind: MarkupKind.Markdown, value: hits.map((f) => describe(f, outcome.model, outcome.asOf)).join('\n\n---\n\n') },
    range: toRange(doc, start, end),
  };
}

function describe(f: Finding, model: TermsModel, asOf: string): string {
  const term = model.terms.find((t) => t.id === f.termId);
  const [icon, label] = VERDICT[f.kind];
  // Engine messages usually open with the verdict already; do not say it twice.
  const verdict = f.message.toLowerCase().startsWith(f.kind) ? f.message : `${label}: ${f.message}`;
  const lines = [`**${escape(term?.title ?? f.termId)}** · \`${f.ruleId}\``, '', `${icon} ${escape(verdict)}`, ''];
  const since = f.since ? ` (since ${f.since})` : '';
  lines.push(`**In force as of ${asOf}:** ${escape(f.expected)}${since}`);
  if (term?.qualifiers?.length) lines.push('', `*${term.qualifiers.map(escape).join('; ')}*`);
  if (term && term.timeline.length > 1) {
    lines.push('', '**Timeline**', '', ...term.timeline.map((p) => `- ${period(p)}: ${escape(p.label)}${eventName(model, p)}`));
  }
  if (f.explanation) lines.push('', escape(f.explanation));
  if (f.sources.length) {
    lines.push('', '**Sources**', '', ...f.sources.map((s) =>
      `- [${escape(s.title)}](${s.url.replace(/[()\s]/g, encodeURIComponent)}) — ${escape(s.publisher)}, ${s.date}${s.official ? ' (official)' : ' (reported)'}`));
  }
  return lines.join('\n');
}

function period(p: Period): string {
  if (p.from && p.to) return `${p.from} → ${p.to}`;
  if (p.from) return `since ${p.from}`;
  if (p.to) return `until ${p.to}`;
  return 'undated';
}

function eventName(model: TermsModel, p: Period): string {
  const event = p.event ? model.events.find((e) => e.id === p.event) : undefined;
  return event ? ` (${escape(event.name)})` : '';
}

/** Text from the model and the document is shown as text, never as Markdown or HTML. */
function escape(s: string): string {
  return s.replace(/[\\`*_{}[\]<>#|]/g, '\\$&');
}

