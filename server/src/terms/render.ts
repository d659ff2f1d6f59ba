// The model as Markdown: the whole document (`agreement-lens terms --format markdown`, the
// editor's "Show Terms Model") and one term (`agreement-lens explain`, hovers). Pure.
import { periodAt } from './model';
import type { Period, Term, TermsModel, Value, ValueType } from './types';

/** Text safe inside a Markdown table cell or link text. */
function cell(s: string): string {
  return s.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

function linkText(s: string): string {
  return s.replace(/[[\]]/g, (c) => '\\' + c);
}

/** A value in words when no label is at hand: `27%`, `$135 billion`, `yes`, a choice's meaning. */
export function formatValue(term: Term, value: Value, type: ValueType = term.valueType): string {
  switch (type) {
    case 'percent':
      return `${+Number(value).toFixed(2)}%`;
    case 'usd': {
      const n = Number(value);
      if (n >= 1e9) return `$${+(n / 1e9).toFixed(2)} billion`;
      if (n >= 1e6) return `$${+(n / 1e6).toFixed(2)} million`;
      return `$${n}`;
    }
    case 'boolean':
      return value ? 'yes' : 'no';
    case 'choice':
      return term.choices?.[String(value)] ?? String(value);
    default:
      return String(value);
  }
}

function span(p: Period): string {
  if (p.from === null && p.to === null) return 'always';
  if (p.from === null) return `until ${p.to}`;
  if (p.to === null) return `since ${p.from}`;
  return `${p.from} to ${p.to}`;
}

const status = (official: boolean) => (official ? 'official' : 'reported');

/** The value on `asOf`, in one line: what holds and since when, or why nothing does. */
function valueLine(term: Term, asOf: string): string {
  const p = periodAt(term, asOf);
  if (p) {
    const since = p.from === null ? '' : `, since ${p.from}`;
    const unconfirmed =
      term.notRestatedSince && asOf >= term.notRestatedSince
        ? ` Not restated since ${term.notRestatedSince}: ${term.notRestatedNote ?? 'unconfirmed'}`
        : '';
    return `${p.label} (${status(p.official)}${since}).${unconfirmed}`;
  }
  const next = term.timeline.find((q) => q.from !== null && q.from > asOf);
  if (!next) return 'no value on record.';
  const why = next.gapBefore ? ` ${next.gapBefore}` : '';
  return `no value on record (the next period starts ${next.from}).${why}`;
}

function sourceLines(model: TermsModel, keys: readonly string[]): string[] {
  return keys.map((k) => {
    const s = model.sources[k];
    if (!s) return `- ${k} (unknown source)`;
    return `- [${linkText(s.title)}](${s.url}) — ${s.publisher}, ${s.date} (${status(s.official)})`;
  });
}

/** The timeline as a table, then the notes and gap explanations that would crowd it. */
function timelineTable(model: TermsModel, term: Term): string[] {
  const eventName = (id?: string) => (id ? model.events.find((e) => e.id === id)?.name ?? id : '');
  const rows = ['| period | value | status | started by | ended by | sources |', '| --- | --- | --- | --- | --- | --- |'];
  const notes: string[] = [];
  for (const p of term.timeline) {
    let value = p.label;
    for (const a of p.alternatives ?? []) value += `; also described as: ${a.label} (${status(a.official)})`;
    rows.push(`| ${span(p)} | ${cell(value)} | ${status(p.official)} | ${cell(eventName(p.event))} | ${cell(eventName(p.endedBy))} | ${p.sources.join(', ')} |`);
    if (p.gapBefore) notes.push(`- Before ${p.from ?? 'this'}: ${p.gapBefore}`);
    if (p.note) notes.push(`- ${span(p)}: ${p.note}`);
  }
  return notes.length ? [...rows, '', ...notes] : rows;
}

function termSection(model: TermsModel, term: Term, asOf: string): string[] {
  const out = [`### ${term.title}`, '', `Rule id \`${term.id}\` · ${term.category} · facts: ${term.factIds.join(', ')}`, ''];
  out.push(`**On ${asOf}:** ${valueLine(term, asOf)}`, '', term.explanation, '');
  if (term.qualifiers?.length) out.push(`Qualifiers: ${term.qualifiers.join('; ')}.`, '');
  out.push(...timelineTable(model, term), '');
  for (const p of term.proposals ?? [])
    out.push(`- Never took effect: ${p.label} (${status(p.official)} ${p.reportedOn})${p.note ? `. ${p.note}` : ''}`);
  if (term.proposals?.length) out.push('');
  out.push('Sources:', '', ...sourceLines(model, term.sources), '');
  return out;
}

/** The whole model as one Markdown document, values as of `asOf`. */
export function renderModelMarkdown(model: TermsModel, asOf: string): string {
  const out = [
    '# Microsoft–OpenAI partnership: terms model',
    '',
    `Values as of ${asOf}. Model compiled ${model.compiled}; ${model.terms.length} terms, ${model.events.length} events, ${Object.keys(model.sources).length} sources.`,
    '',
    '| rule id | term | on ' + asOf + ' |',
    '| --- | --- | --- |',
    ...model.terms.map((t) => `| \`${t.id}\` | ${cell(t.title)} | ${cell(periodAt(t, asOf)?.label ?? 'no value on record')} |`),
    '',
  ];
  const categories = [...new Set(model.terms.map((t) => t.category))];
  for (const c of categories) {
    out.push(`## ${c.charAt(0).toUpperCase()}${c.slice(1)}`, '');
    for (const t of model.terms.filter((t) => t.category === c)) out.push(...termSection(model, t, asOf));
  }
  out.push('## Events', '', '| date | event | what changed | sources |', '| --- | --- | --- | --- |');
  for (const e of model.events) out.push(`| ${e.date} | ${cell(e.name)} | ${cell(e.summary)} | ${e.sources.join(', ')} |`);
  out.push('', '## Sources', '', '| key | source | publisher | date | status |', '| --- | --- | --- | --- | --- |');
  for (const [k, s] of Object.entries(model.sources))
    out.push(`| ${k} | [${cell(linkText(s.title))}](${s.url}) | ${cell(s.publisher)} | ${s.date} | ${status(s.official)} |`);
  return out.join('\n') + '\n';
}

// Quotes, dashes and hyphens vary between writers; matching should not care.
function normalize(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\u2018\u2019`\u00b4]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2010-\u2014-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** How well `query` names `term`: higher is better, 0 is no match. */
function score(term: Term, query: string): number {
  const q = normalize(query);
  if (q.length === 0) return 0;
  const candidates = [
    term.title,
    ...Object.values(term.surfaceForms).flat(),
    ...term.timeline.flatMap((p) => [p.label, ...(p.alternatives ?? []).map((a) => a.label)]),
    ...(term.proposals ?? []).map((p) => p.label),
  ].map(normalize);
  // A query that matches a misstatement ("model weights ... until 2030") names the term it
  // misstates less surely than one matching a correct form of another term.
  const wrong = new Set((term.surfaceForms.wrong ?? []).map(normalize));
  let best = 0;
  for (const c of candidates) {
    const penalty = wrong.has(c) ? 500 : 0;
    // Surface forms use "..." for "some words here"; match each side on its own.
    const parts = c.split(/\s*(?:\.\.\.|\u2026)\s*/).filter(Boolean);
    if (c === q) best = Math.max(best, 4000 + c.length);
    else if (q.length >= 3 && c.includes(q)) best = Math.max(best, 3000 - c.length - penalty);
    else if (parts.every((p) => p.length >= 3 && q.includes(p))) best = Math.max(best, 2000 + c.length - penalty);
  }
  return best;
}

/** Plain-text Markdown for one term: title, value on asOf, timeline, qualifiers, sources. */
function explainOne(model: TermsModel, term: Term, asOf: string): string {
  const current = periodAt(term, asOf);
  const out = [`**${term.title}** (\`${term.id}\`)`, '', `On ${asOf}: ${valueLine(term, asOf)}`];
  if (current?.note) out.push('', current.note);
  out.push('', term.explanation, '');
  if (term.qualifiers?.length) out.push(`Qualifiers: ${term.qualifiers.join('; ')}.`, '');
  out.push('Timeline:');
  for (const p of term.timeline) {
    const also = (p.alternatives ?? []).map((a) => `; also described as ${a.label} (${status(a.official)})`).join('');
    out.push(`- ${span(p)}: ${p.label} (${status(p.official)})${also}`);
  }
  for (const p of term.proposals ?? []) out.push(`- never took effect: ${p.label} (${status(p.official)} ${p.reportedOn})`);
  out.push('', 'Sources:');
  for (const k of term.sources) {
    const s = model.sources[k];
    if (s) out.push(`- ${s.title} — ${s.publisher}, ${s.date} (${status(s.official)}): ${s.url}`);
  }
  return out.join('\n') + '\n';
}

/**
 * Explains the term `query` names: a term id, a fact id (every term modelling it), or free
 * text matched against titles, surface forms and value labels (the best match). Undefined
 * when nothing matches.
 */
export function explainTerm(model: TermsModel, query: string, asOf: string): string | undefined {
  const q = query.trim();
  let terms = model.terms.filter((t) => t.id === q);
  if (terms.length === 0) terms = model.terms.filter((t) => t.factIds.includes(q));
  if (terms.length === 0) {
    let best = 0;
    for (const t of model.terms) {
      const s = score(t, q);
      if (s > best) [best, terms] = [s, [t]];
    }
  }
  if (terms.length === 0) return undefined;
  return terms.map((t) => explainOne(model, t, asOf)).join('\n---\n\n');
}
