// Judge: a claim against the term's value at the time the claim speaks of.
// current    — the asserted value holds then;
// historical — a past value, framed as past;
// stale      — a past value (or a proposal that never took effect) stated as present;
// wrong      — a value the term never had, a misattributed party, a known misreading,
//              or a value stated before it took effect;
// unconfirmed — the value holds but a later event neither restated nor revoked it.

import type { Period, Proposal, Term, TermsModel, Value } from '../terms/types';
import { periodAt } from '../terms/model';
import { formatValue } from '../terms/render';
import type { Claim } from './claims';
import type { CompiledModel } from './compile';
import type { Kind, SourceRef } from './types';

export interface Verdict {
  kind: Kind;
  /** A range other than the claim's own: the party a misattributed claim names. */
  start?: number;
  end?: number;
  message: string;
  replacement?: string;
  asserted: string;
  expected: string;
  since?: string;
  sources: SourceRef[];
}

function close(a: number, b: number, type: Term['valueType'], approx: boolean): boolean {
  if (type === 'percent') return Math.abs(a - b) < (approx ? 1 : 0.05);
  if (type === 'usd') return Math.abs(a - b) <= Math.abs(b) * (approx ? 0.05 : 0.005);
  return a === b;
}

function same(term: Term, a: Value, b: Value, approx: boolean): boolean {
  if (typeof a === 'number' && typeof b === 'number') return close(a, b, term.valueType, approx);
  return a === b;
}

function periodHas(term: Term, p: Period, v: Value, approx: boolean): boolean {
  return same(term, v, p.value, approx) || (p.alternatives ?? []).some((a) => same(term, v, a.value, approx));
}

function labelFor(term: Term, p: Period | undefined, v: Value): string {
  // A statement that the term exists at all ("receives a revenue share"): its title.
  if (v === '*') return term.title;
  if (p) {
    if (same(term, v, p.value, true)) return p.label;
    const alt = p.alternatives?.find((a) => same(term, v, a.value, true));
    if (alt) return alt.label;
  }
  if (typeof v === 'string' && term.choices?.[v]) return term.choices[v];
  if (typeof v === 'boolean') return v ? term.title : `not: ${term.title}`;
  return formatValue(term, v);
}

/** Write the current figure the way the text wrote the stale one ("32.5 percent" → "27 percent"). */
function mechanicalFigure(term: Term, text: string, v: number): string | undefined {
  const t = text.trim();
  if (term.valueType === 'percent') {
    const n = +v.toFixed(2);
    if (/per[\s\u00a0-]cent$/i.test(t)) return `${n} per cent`;
    if (/percent$/i.test(t)) return `${n} percent`;
    if (/pct$/i.test(t)) return `${n} pct`;
    return `${n}%`;
  }
  if (term.valueType === 'usd') {
    const b = +(v / 1e9).toFixed(2);
    const prefix = /^US ?\$/i.test(t) ? t.slice(0, t.indexOf('$') + 1) : /^USD/i.test(t) ? 'USD ' : '$';
    if (/billion/i.test(t)) return /dollars|USD$/i.test(t) && !t.startsWith('$') ? `${b} billion ${/USD$/.test(t) ? 'USD' : 'dollars'}` : `${prefix}${b} billion`;
    if (/bn$/i.test(t)) return `${prefix}${b}bn`;
    if (/B$/.test(t)) return `${prefix}${b}B`;
    if (/b$/.test(t)) return `${prefix}${b}b`;
    return undefined;
  }
  if (term.valueType === 'year') return String(v);
  return undefined;
}

/**
 * The sources of a list of ids, made once per list and model: every finding of a period shares
 * one array (the CLI and the server then print each list once, too). Never changed once made.
 */
const sourceLists = new WeakMap<TermsModel, WeakMap<string[], SourceRef[]>>();

function sourcesOf(model: TermsModel, ids: string[]): SourceRef[] {
  let byIds = sourceLists.get(model);
  if (!byIds) sourceLists.set(model, (byIds = new WeakMap()));
  let out = byIds.get(ids);
  if (!out) byIds.set(ids, (out = makeSources(model, ids)));
  return out;
}

function makeSources(model: TermsModel, ids: string[]): SourceRef[] {
  const out: SourceRef[] = [];
  for (const id of ids) {
    const s = model.sources[id];
    if (s && !out.some((o) => o.id === id)) out.push({ id, title: s.title, publisher: s.publisher, date: s.date, url: s.url, official: s.official });
  }
  // Official sources first: they are what a writer should cite.
  return out.sort((a, b) => Number(b.official) - Number(a.official));
}

function cite(src: SourceRef[]): string {
  const s = src[0];
  return s ? ` Source: ${s.publisher}, "${s.title}" (${s.date}).` : '';
}

function eventName(cm: CompiledModel, id?: string): string {
  return id ? cm.events.get(id)?.name ?? id : '';
}

/** The last day a date of a year, a month or a day covers: "2025" → "2025-12-31", "2025-10" → "2025-10-31". */
function endOfSpan(d: string): string {
  if (d.length === 4) return `${d}-12-31`;
  if (d.length === 7) return `${d}-31`;
  return d;
}

/** The date a claim is judged at: its explicit date when past-framed, else the as-of date. */
function claimDate(claim: Claim, asOf: string): string {
  const d = claim.frame === 'past' ? claim.frameDate : undefined;
  if (!d || d === 'past') return asOf;
  // A year or a month stands for its middle: the claim is about that time, not its first day.
  const iso = d.length === 4 ? `${d}-07-01` : d.length === 7 ? `${d}-15` : d;
  return iso < asOf ? iso : asOf;
}

export function judge(cm: CompiledModel, claim: Claim, asOf: string, text: string, documentText = ''): Verdict | undefined {
  const { term } = claim;
  const model = cm.model;
  const now = periodAt(term, asOf);
  // A claim wrapped over two lines is quoted on one: messages are read in one-line lists.
  const quoted = `"${text.replace(/\s+/g, ' ')}"`;

  if (claim.rule.misreading) {
    const src = sourcesOf(model, now?.sources ?? term.sources);
    return {
      kind: 'wrong', message: `Wrong: ${quoted} misstates ${inSentence(term.title)}: ${claim.rule.misreading.message}${cite(src)}`,
      replacement: claim.rule.misreading.replacement, asserted: text, expected: now ? words(now.label) : term.title, since: now?.from ?? undefined, sources: src,
    };
  }

  const st = claim.rule.statement!;
  if (st.subject && claim.subject && claim.subject !== st.subject && ['microsoft', 'openai', 'foundation'].includes(claim.subject)) {
    const src = sourcesOf(model, now?.sources ?? term.sources);
    const named = claim.subjectStart !== undefined ? documentText.slice(claim.subjectStart, claim.subjectEnd) : '';
    // The fix names the right party, keeping a possessive ("OpenAI's" → "Microsoft's").
    const possessive = /['\u2019]s$/.exec(named)?.[0] ?? '';
    return {
      kind: 'wrong', message: `Wrong party: ${quoted} puts ${inSentence(term.title)} on ${partyName(claim.subject)}; the term concerns ${partyName(st.subject)}.${cite(src)}`,
      start: claim.subjectStart, end: claim.subjectEnd, replacement: named ? `${partyName(st.subject, true)}${possessive}` : undefined,
      asserted: text, expected: now ? words(now.label) : term.title, since: now?.from ?? undefined, sources: src,
    };
  }

  const v = claim.value;
  // "non-Research IP" names another thing; it does not deny a term described in words.
  if (term.valueType === 'statement' && claim.negated) return undefined;
  const numeric = typeof v === 'number';
  const exists = v === '*';
  /** Does the claim, with its polarity, hold in period p? */
  const holdsIn = (p: Period): boolean => {
    if (exists) return !claim.negated;
    if (typeof v === 'boolean' && typeof p.value === 'boolean') return (claim.negated ? !v : v) === p.value;
    const has = periodHas(term, p, v, claim.approx);
    return claim.negated ? !has : has;
  };
  const date = claimDate(claim, asOf);
  const at = periodAt(term, date);
  const timeline = term.timeline;
  // A denied yes/no term asserts the other answer: named by the period that gave it, if any.
  const denied = typeof v === 'boolean' && claim.negated
    ? term.timeline.find((p) => p.value === !v)?.label.replace(/^(yes|no):\s*/i, '') ?? `not: ${term.title}`
    : undefined;
  const asserted = denied ?? (claim.negated ? `not ${labelFor(term, at, v)}` : labelFor(term, at, v));

  // A figure named as the old end of a range ("from 32.5% to 27%", "down from 32.5%").
  if (claim.role === 'old' && numeric && !claim.negated) {
    // Only an undated range runs the wrong way: "rose from $157 billion in October 2024 to …" and
    // "to $730 billion in February 2026" name the old value at a time of their own.
    if (claim.frameDate === undefined && at && periodHas(term, at, v, claim.approx) && timeline.some((p) => p.to && p.to <= date && p !== at)) {
      const src = sourcesOf(model, at.sources);
      const earlier = timeline.filter((p) => p.to && p.to <= date);
      return {
        kind: 'wrong', message: `Wrong: ${quoted} is given as the earlier figure, but ${at.label} is the value in force since ${at.from}; before that it was ${earlier.map((p) => p.label).join('; ')}.${cite(src)}`,
        asserted, expected: words(at.label), since: at.from ?? undefined, sources: src,
      };
    }
    const past = timeline.find((p) => p !== at && p.to && p.to <= date && periodHas(term, p, v, claim.approx));
    if (past) return historical(cm, claim, past, asserted, quoted);
    return undefined;
  }

  // "OpenAI plans to cut the share to 8% by 2030": a proposal told as a live plan after the
  // term was settled without it.
  if (claim.planned && numeric && !claim.negated && term.proposals && now && !holdsIn(now)) {
    const proposal = term.proposals.find((p) => p.settledBy && same(term, v, p.value, claim.approx));
    const settled = proposal?.settledBy ? cm.events.get(proposal.settledBy) : undefined;
    if (proposal && settled && settled.date <= asOf) {
      const src = sourcesOf(model, now.sources);
      return {
        kind: 'stale',
        message: `Stale: ${quoted} — ${proposal.label} was a reported proposal that never took effect; ${settled.name} (${settled.date}) settled the term without it. ${capital(term.title)}: ${words(now.label)}.${cite(src)}`,
        asserted, expected: words(now.label), since: now.from ?? undefined, sources: src,
      };
    }
  }

  if (claim.frame === 'past') {
    const past = timeline.find((p) => (p.from ?? '') <= date && holdsIn(p) && (p.to === null || p.to > (claim.frameDate ? date : '0000')));
    // "In 2023, Microsoft's investment gave it a 27% stake": the sentence dates the claim, and
    // no period of the year (month, day) it names held the value, which only began in a later
    // year. Only where the sentence names one year (several dates may belong to other clauses),
    // and a year on: a period's start is when a figure was announced or filed, which may come
    // weeks after the date it is "as of". Before the first period, only where the model says
    // the value did not hold (absentBefore).
    if (!past && claim.soleDate && claim.frameDate !== undefined && claim.frameDate !== 'past' && claim.asserted && !claim.negated && !claim.hedged && !exists) {
      const end = endOfSpan(claim.frameDate);
      const during = timeline.filter((p) => (p.from ?? '') <= end && (p.to === null || p.to > claim.frameDate!));
      const later = timeline.find((p) => p.from !== null && p.from.slice(0, 4) > end.slice(0, 4) && holdsIn(p));
      const then = during[during.length - 1];
      if (later && !during.some(holdsIn) && (then || (later === timeline[0] && later.absentBefore))) {
        const src = sourcesOf(model, (then ?? later).sources);
        return {
          kind: 'wrong', message: `Wrong for ${claim.frameDate}: ${quoted} states ${asserted}, which only took effect on ${later.from}${later.event ? ` (${eventName(cm, later.event)})` : ''}${then ? `; then it was ${words(then.label)}` : ''}.${cite(src)}`,
          asserted, expected: then ? words(then.label) : `not yet in effect (from ${later.from})`, since: (then ?? later).from ?? undefined, sources: src,
        };
      }
    }
    const anyPast = past ?? timeline.find((p) => (p.from ?? '') < asOf && holdsIn(p));
    if (anyPast) {
      // A past-tense report of a term still in force ("signed on 28 Oct 2025, extending … through 2032").
      if (anyPast === now) return current(cm, claim, now, asserted, quoted, asOf);
      return historical(cm, claim, anyPast, asserted, quoted);
    }
    // "The April 2026 amendment cut the share to 8%": a proposal stated as what was done.
    const proposal = claim.asserted && !claim.negated && !claim.hedged && term.proposals?.find((p) => same(term, v, p.value, claim.approx || term.valueType === 'percent'));
    const then = at ?? now;
    if (proposal && then) {
      const src = sourcesOf(model, then.sources);
      return {
        kind: 'wrong', message: `Wrong: ${quoted} — ${proposal.label} was a reported proposal that never took effect. ${capital(term.title)}${at ? ` then` : ''}: ${words(then.label)}.${cite(src)}`,
        asserted, expected: words(then.label), since: then.from ?? undefined, sources: src,
      };
    }
    return undefined;
  }

  if (!now) {
    // Before the term's first period ("a $250 billion Azure commitment" in a 2023 document): a
    // value that only began later had not taken effect. Only where the model says the value did
    // not hold before its period (absentBefore), or records no gap before the first period: an
    // explained gap means what held then is unknown or only reported. A plan or a report of
    // one ("will reportedly commit $250 billion") is not a statement that it took effect.
    if (claim.negated || exists || claim.hedged) return undefined;
    const later = timeline.find((p) => holdsIn(p));
    if (!later || !later.from || later.from <= asOf) return undefined;
    // In a gap between periods, or before a first period with an explained gap, what held is unknown.
    const inGap = timeline[0].from !== null && timeline[0].from <= asOf;
    if (!later.absentBefore && (timeline[0].gapBefore || inGap)) return undefined;
    const src = sourcesOf(model, later.sources);
    return {
      kind: 'wrong', message: `Wrong as of ${asOf}: ${quoted} states ${asserted}, which only took effect on ${later.from}${later.event ? ` (${eventName(cm, later.event)})` : ''}.${cite(src)}`,
      asserted, expected: `not yet in effect on ${asOf} (from ${later.from})`, since: later.from ?? undefined, sources: src,
    };
  }
  if (holdsIn(now)) return current(cm, claim, now, asserted, quoted, asOf);

  const srcNow = sourcesOf(model, now.sources);
  const since = now.from ?? undefined;
  const instead = `${words(now.label)} (since ${since ?? 'its start'}${now.event ? `, ${eventName(cm, now.event)}` : ''})`;
  // The last period that held the value: the one that ended it, when it held in several.
  let earlier: Period | undefined;
  for (let k = timeline.length - 1; k >= 0 && !earlier; k--) {
    const p = timeline[k];
    if (p.to && p.to <= asOf && holdsIn(p)) earlier = p;
  }
  // A denied figure that is the one in force ("… ended up with 27%" reads as a denial too):
  // nothing to report, rather than a stale verdict naming the same figure twice.
  if (claim.negated && numeric && periodHas(term, now, v, claim.approx)) return undefined;
  // A proposal stated as agreed; not one reported as a proposal ("is negotiating for a third").
  const proposal = !claim.negated && !claim.hedged && term.proposals?.find((p) => same(term, v, p.value, claim.approx || term.valueType === 'percent'));
  const replacement = numeric && typeof now.value === 'number' && !claim.negated
    ? mechanicalFigure(term, text, now.value) : st.replacement;
  if (earlier || proposal) {
    const endedBy = earlier ? eventName(cm, earlier.endedBy) : '';
    // "… — Microsoft's stake in OpenAI: 32.5% until 2025-10-28 (…); since then: about 27% …"
    // A hedged figure ("nearly one-third") is named by the value that actually held (32.5%).
    const held = earlier && numeric
      ? formatValue(term, [earlier.value, ...(earlier.alternatives ?? []).map((a) => a.value)].find((x) => same(term, v, x, claim.approx)) ?? v)
      : words(asserted);
    const was = term.valueType === 'boolean'
      ? `"${held}" held only until ${earlier?.to}`
      : `${term.title}: ${held} until ${earlier?.to}`;
    const message = earlier
      ? `Stale: ${quoted} — ${was}${endedBy ? ` (${endedBy})` : ''}; since then: ${words(now.label)}.${cite(srcNow)}`
      : `Stale: ${quoted} — ${(proposal as Proposal).label} was a reported proposal that never took effect. ${capital(term.title)}: ${instead}.${cite(srcNow)}`;
    return {
      kind: 'stale', message,
      replacement, asserted, expected: words(now.label), since, sources: srcNow,
    };
  }
  // "has not disclosed the amount": no value is on record in a gap of the timeline.
  const gap = exists && claim.negated && now.gapBefore ? now : undefined;
  if (gap) {
    return {
      kind: 'stale', message: `Stale: ${quoted} says there is no ${term.title.toLowerCase()}; none was on record until ${gap.from}, and since then it is ${instead}.${cite(srcNow)}`,
      asserted, expected: words(now.label), since, sources: srcNow,
    };
  }
  const later = timeline.find((p) => p.from && p.from > asOf && holdsIn(p));
  if (later) {
    return {
      kind: 'wrong', message: `Wrong as of ${asOf}: ${quoted} states ${asserted}, which only took effect on ${later.from}. ${capital(term.title)} on ${asOf}: ${now.label}.${cite(srcNow)}`,
      asserted, expected: words(now.label), since, sources: srcNow,
    };
  }
  if (!numeric) {
    // A denied yes/no term that holds ("OpenAI is not allowed to release open-weight models").
    const denied = claim.negated && term.valueType === 'boolean' && now.value === true;
    return {
      kind: 'wrong',
      message: denied
        ? `Wrong: the sentence denies ${quoted}, but ${words(now.label)} (since ${since ?? 'its start'}${now.event ? `, ${eventName(cm, now.event)}` : ''}).${cite(srcNow)}`
        : `Wrong: ${quoted} states ${asserted}; ${inSentence(term.title)} has never been so. It is ${instead}.${cite(srcNow)}`,
      replacement, asserted, expected: words(now.label), since, sources: srcNow,
    };
  }
  return undefined;
}

function current(cm: CompiledModel, claim: Claim, p: Period, asserted: string, quoted: string, asOf: string): Verdict {
  const { term } = claim;
  const src = sourcesOf(cm.model, p.sources);
  if (term.notRestatedSince && term.notRestatedSince <= asOf) {
    return {
      kind: 'unconfirmed',
      message: `Unconfirmed: ${quoted} (${p.label}) was set on ${p.from}; not restated since ${term.notRestatedSince}${term.notRestatedNote ? ` — ${term.notRestatedNote.replace(/\.$/, '')}` : ''}.${cite(src)}`,
      asserted, expected: words(p.label), since: p.from ?? undefined, sources: src,
    };
  }
  return {
    kind: 'current', message: `Current: ${quoted} — ${term.title}: ${p.label}, since ${p.from ?? 'the start'}.${cite(src)}`,
    asserted, expected: words(p.label), since: p.from ?? undefined, sources: src,
  };
}

function historical(cm: CompiledModel, claim: Claim, p: Period, asserted: string, quoted: string): Verdict {
  const src = sourcesOf(cm.model, p.sources);
  // The value the sentence names, when the period held several ("75% of profits" as well as 32.5%);
  // a denied value is not what held, so the period's own label is.
  const label = typeof claim.value === 'boolean' || claim.negated ? p.label : labelFor(claim.term, p, claim.value);
  const held = `${p.from ? `from ${p.from} ` : ''}until ${p.to ?? 'now'}`;
  return {
    kind: 'historical', message: `Historical: ${quoted} — ${words(label)}; held ${held}${p.endedBy ? ` (${eventName(cm, p.endedBy)})` : ''}.${cite(src)}`,
    asserted, expected: words(label), since: p.from ?? undefined, sources: src,
  };
}

function capital(s: string): string { return s.charAt(0).toUpperCase() + s.slice(1); }

/** A title inside a sentence: "the value of …", but "Microsoft's stake …" keeps its capital. */
function inSentence(title: string): string {
  return /^(Microsoft|OpenAI|Azure|AGI|Stargate|GPT|US)\b/.test(title) ? title : title.charAt(0).toLowerCase() + title.slice(1);
}

/** A value label as prose: the model's "yes: …" / "no: …" prefixes are for tables, not sentences. */
function words(label: string): string {
  return label.replace(/^(yes|no):\s*/i, '');
}

function partyName(p: string, capitalised = false): string {
  const name = ({ microsoft: 'Microsoft', openai: 'OpenAI', foundation: 'the OpenAI Foundation' } as Record<string, string>)[p] ?? p;
  return capitalised ? capital(name) : name;
}
