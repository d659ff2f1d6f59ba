// Claims: the statements of the terms model found in one sentence, each with what a
// reader takes from its context — affirmed or negated, about now or about the past,
// which party it is about, and whether a figure is the old or the new end of a range.

import type { Term, Value } from '../terms/types';
import type { CompiledModel, CompiledRule } from './compile';
import {
  CHANGE_EVENTS, CLAUSE_BREAKS, HYPOTHETICAL_VERBS, PARTNERSHIP_PARTIES, CONTRAST_BEFORE, MONTHS, NEGATOR_PHRASES, NEGATORS, NOW_MARKERS,
  COUNTERFACTUAL_CUES, DISTANCING_VERBS, NEAR_NEGATOR_PHRASES, PAST_MARKERS, PAST_WITH_OBJECT, SUBORDINATORS, PAST_VERBS, POST_NEGATORS, PRESENT_VERBS, REPORTING_VERBS,
} from './lexicon';
import { matchAt, type PatternMatch } from './patterns';
import { ruleLive } from './trigger';
import type { Token } from './tokens';

export type Frame = 'present' | 'past';
/** A figure's role in a range or contrast: "from 32.5% to 27%". */
export type Role = 'old' | 'new' | undefined;

export interface Claim {
  rule: CompiledRule;
  term: Term;
  /** The value the wording asserts, before polarity. */
  value: Value;
  negated: boolean;
  frame: Frame;
  /** ISO date (or year) an explicit time expression puts the claim at. */
  frameDate?: string;
  /** The sentence names one year only, as a point in time, in the claim's clause (soleDateFor). */
  soleDate: boolean;
  role: Role;
  subject?: string;
  /** Where the subject party is named, so a misattribution can be fixed there. */
  subjectStart?: number;
  subjectEnd?: number;
  approx: boolean;
  /** The sentence speaks of plans, proposals or reports ("planned to cut", "reportedly"), not of what was agreed. */
  hedged: boolean;
  /** False when the claim is asked about, supposed or reported from a distance (its frame is then past). */
  asserted: boolean;
  /**
   * Told as a live plan, expectation or report, undated and not in the past ("plans to cut the
   * share to 8% by 2030", "is negotiating for one-third"): a proposal told so is stale once the
   * term was settled without it.
   */
  planned: boolean;
  /** Token range of the whole match and of the part the finding points at. */
  match: PatternMatch;
  focusStart: number;
  focusEnd: number;
  figure?: Token;
}

interface Party { party: string; start: number; end: number; object: boolean; }

const PRINCIPALS = new Set(['microsoft', 'openai', 'foundation', 'employees-investors']);
const SUBJECT_REACH = 10;
const SUBJECT_BREAKS = new Set([';', 'but', 'while', 'whereas', 'although', 'though', 'however', 'which', 'who', 'where', 'when', 'because']);
const OBJECT_PREPOSITIONS = new Set(['of', 'in', 'to', 'from', 'with', 'for', 'by', 'at', 'than', 'into', 'on', 'over', 'between']);

function findParties(model: CompiledModel, tokens: Token[]): Party[] {
  const out: Party[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const aliases = model.parties.get(tokens[i].w);
    if (!aliases) continue;
    let best: { party: string; n: number } | undefined;
    for (const { party, words } of aliases) {
      if (words.length > tokens.length - i) continue;
      let ok = true;
      for (let k = 1; k < words.length && ok; k++) ok = tokens[i + k].w === words[k];
      if (ok && (!best || words.length > best.n)) best = { party, n: words.length };
    }
    if (best) {
      const prev = tokens[i - 1]?.w;
      out.push({ party: best.party, start: i, end: i + best.n, object: prev !== undefined && OBJECT_PREPOSITIONS.has(prev) });
      i += best.n - 1;
    }
  }
  return out;
}

/** The party the clause before token `at` is about: the nearest non-object mention. */
function subjectBefore(parties: Party[], at: number, tokens: Token[]): Party | undefined {
  let possessive: Party | undefined;
  for (let k = parties.length - 1; k >= 0; k--) {
    const p = parties[k];
    if (p.end > at) continue;
    if (p.object) continue;
    // "Microsoft, not OpenAI, is the one receiving …": the party set against the subject.
    if (tokens[p.start - 1]?.w === 'not' && tokens[p.start - 2]?.w === ',') continue;
    // A subject from another clause ("OpenAI has contracted …, and [it] no longer has …")
    // is no evidence of who this claim is about.
    for (let j = p.end; j < at; j++) if (SUBJECT_BREAKS.has(tokens[j].w) || (tokens[j].w === 'and' && tokens[j - 1]?.w === ',')) return possessive;
    // A party named far back in a long sentence is too weak to tell who the claim is about.
    // (A possessive after it still only names an owner: who the claim is about is then unknown.)
    if (at - p.end > SUBJECT_REACH) return possessive && possessive.start > p.end ? undefined : possessive;
    // "Microsoft is no longer OpenAI's provider and lost …": a possessive names an owner of
    // a noun, so a plain subject before it wins; alone ("OpenAI's right …") it is the subject.
    const last = tokens[p.end - 1];
    if (last.end - last.start > last.w.length) { possessive ??= p; continue; }
    return p;
  }
  return possessive;
}

function isBreak(t: Token): boolean {
  return CLAUSE_BREAKS.has(t.w) || t.w === ',';
}

function phraseEndsAt(tokens: Token[], i: number, phrase: string[]): boolean {
  const s = i - phrase.length + 1;
  if (s < 0) return false;
  for (let k = 0; k < phrase.length; k++) if (tokens[s + k].w !== phrase[k]) return false;
  return true;
}

/** Negation read just before the match (within its clause) and just after it. */
function negation(tokens: Token[], m: PatternMatch): boolean {
  let neg = false;
  // "replace it with 'primary cloud partner'": what comes after "with" is the replacement, affirmed.
  let withSeen = false;
  for (let i = m.start - 1, n = 0; i >= 0 && n < 7; i--, n++) {
    const t = tokens[i];
    // "no longer has the exclusive cloud or unilateral AGI terms": a negator governs
    // every item of an "or" list.
    if (t.w === 'or' || t.w === 'nor') continue;
    if (isBreak(t) && t.w !== ',') break;
    // "The OpenAI Foundation, not Microsoft, controls …": a contrast set off by commas denies its party only.
    if (t.w === 'not' && tokens[i - 1]?.w === ',' && hasWord(tokens, i + 1, Math.min(m.start, i + 5), ',')) continue;
    // "Microsoft stops paying OpenAI …": "stop" before a gerund ends it ("payments stop when …" does not).
    if (STOP_VERBS.has(t.w) && tokens[i + 1]?.w.endsWith('ing')) { neg = !neg; continue; }
    // "Neither AGI nor Amazon changes Microsoft's exclusive licence", "did not alter the ROFR":
    // a negator before such a verb denies the change, and so affirms the claim.
    if (CHANGE_VERBS.has(t.w)) break;
    // "walked away from the talks with its exclusive licence intact": the claim is the object
    // of "with … intact", which a negator before it does not reach ("no longer has to live
    // with Azure API exclusivity" is another matter).
    if (t.w === 'with' && onlyDeterminers(tokens, i + 1, m.start) && keptAfter(tokens, m.end)) break;
    if (t.w === 'with') withSeen = true;
    // ("has been replaced by OpenAI Group PBC": the replacement too.)
    if ((withSeen || tokens[i + 1]?.w === 'by') && REPLACING.has(t.w)) continue;
    if (t.w === ',' && n > 1) break;
    // "Provided that AGI has not been verified, Microsoft's exclusive licence …": the comma
    // closing a leading subordinate clause.
    if (t.w === ',' && SUBORDINATORS.has(tokens[0].w) && firstComma(tokens) === i) break;
    // "Rather than scrapping the revenue share, …": what was not ended.
    if ((NEGATORS.has(t.w) || CHANGE_VERBS.has(t.w)) && ((tokens[i - 2]?.w === 'rather' && tokens[i - 1]?.w === 'than') || (tokens[i - 2]?.w === 'instead' && tokens[i - 1]?.w === 'of'))) { i -= 2; n += 2; continue; }
    const phrase = NEGATOR_PHRASES.find((p) => phraseEndsAt(tokens, i, p));
    if (phrase) { neg = !neg; i -= phrase.length - 1; continue; }
    // "the loss of exclusivity", "rather than paying": a noun-phrase negator only right before the claim.
    if (n <= 2 && NEAR_NEGATOR_PHRASES.some((p) => phraseEndsAt(tokens, i, p))) { neg = !neg; i -= 1; continue; }
    // "non-" negates only the word it is joined to: "a non-exclusive IP licence through 2032".
    if (t.w === 'non' && n > 0) continue;
    // "ended up with about 27 percent": arriving at it, not ending it.
    if (tokens[i + 1]?.w === 'up' && (t.w === 'end' || t.w === 'ends' || t.w === 'ended' || t.w === 'ending')) continue;
    // "will drop to 10% by 2030", "dropped from 32.5% to 27%": a change of a figure, not its end.
    if (m.figure !== undefined && (tokens[i + 1]?.w === 'to' || tokens[i + 1]?.w === 'from')) continue;
    // "end of" counts only right before the claim (NEAR_NEGATOR_PHRASES): "at the end of the day, …" denies nothing.
    if ((NEGATORS.has(t.w) || t.w.endsWith("n't")) && !NOT_NEGATING_NEXT.has(tokens[i + 1]?.w ?? '') && !(t.w === 'end' && tokens[i + 1]?.w === 'of')) { neg = !neg; }
  }
  // "Instead of Microsoft holding exclusive access …, Microsoft now has …": a leading phrase
  // names what was replaced ("Rather than paying …" is denied once, right before the claim).
  if (!neg && ((tokens[0]?.w === 'instead' && tokens[1]?.w === 'of') || (tokens[0]?.w === 'rather' && tokens[1]?.w === 'than')) && firstComma(tokens) >= m.end
    && !tokens.slice(2, m.start).some((t) => NEGATORS.has(t.w))) neg = true;
  // "Nothing in the April terms ties the revenue share to an AGI trigger": a sentence that opens
  // with "Nothing" or "Nobody" denies its clause, however far the claim is.
  if (m.start > 0 && (tokens[0].w === 'nothing' || tokens[0].w === 'nobody')) {
    let reach = true;
    // "Nobody disputes that …", "Nobody should be surprised that …" affirm what follows.
    for (let i = 1; i < m.start && reach; i++) {
      const w = tokens[i].w;
      if ((isBreak(tokens[i]) && w !== ',') || CHANGE_VERBS.has(w) || w === 'that' || w === 'whether' || w === 'if') reach = false;
    }
    if (reach) neg = !neg;
  }
  // "OpenAI can no longer unilaterally declare AGI": free words inside the match count too.
  for (const g of m.gaps ?? []) {
    const t = tokens[g];
    if (t.w === 'no' && tokens[g + 1]?.w === 'longer') neg = !neg;
    else if (m.figure !== undefined && (tokens[g + 1]?.w === 'to' || tokens[g + 1]?.w === 'from')) continue;
    else if (t.w !== 'non' && (NEGATORS.has(t.w) || t.w.endsWith("n't"))) neg = !neg;
  }
  // "Reports that Microsoft stopped paying … are false": the writer disputes the whole claim,
  // its own negation included.
  for (let i = m.end, n = 0; i < tokens.length && n < 10; i++, n++) {
    const w = tokens[i].w;
    if (DISPUTE_STOPS.has(w) || (w === 'and' && tokens[i - 1]?.w === ',')) break;
    if (disputedAt(tokens, m.end, i)) return !neg;
  }
  // "won't have … anymore" is one negation: a negator after the claim only counts alone.
  if (neg) return neg;
  // A figure inside a relative clause ("the licence, which runs through 2032, is no longer
  // exclusive"): the comma that closes it ends the claim's reach, what follows belongs to the
  // main clause. Without a figure the claim is its head noun, which the main clause is about
  // ("the AGI clause, which let OpenAI cut off access, no longer applies").
  const relative = m.figure !== undefined && inRelativeClause(tokens, m.figure + 1);
  for (let i = m.end, n = 0; i < tokens.length && n < 7; i++, n++) {
    const t = tokens[i];
    if (t.w === ';' || t.w === 'but' || t.w === 'while' || t.w === 'though' || t.w === 'although' || t.w === 'whereas' || t.w === 'yet') break;
    // "and" ends the claim's reach after a few words, or at once when a new predicate follows
    // ("runs through 2032 and is no longer exclusive").
    if (t.w === 'and' && (n > 2 || tokens[i - 1].w === ',' || PRESENT_VERBS.has(tokens[i + 1]?.w ?? '') || PAST_VERBS.has(tokens[i + 1]?.w ?? ''))) break;
    // "… non-exclusive, Microsoft will no longer pay …", "… and it no longer paying …": a clause with its own subject.
    if ((t.w === 'and' || t.w === ',') && CLAUSE_SUBJECTS.has(tokens[i + 1]?.w ?? '')) break;
    // "…, meaning Azure is no longer the exclusive avenue": a consequence of its own.
    if (t.w === ',' && (tokens[i + 1]?.w === 'meaning' || tokens[i + 1]?.w === 'so')) break;
    // "ordinary equity whose returns are no longer capped": the denial is of what the claim owns.
    if (t.w === 'whose') break;
    if (relative && (t.w === ',' || t.w === '\u2014' || t.w === ')')) break;
    // "… verified by an expert panel, after which Microsoft will no longer receive …": a clause of its own.
    if (t.w === ',' && CLAUSE_OPENERS.has(tokens[i + 1]?.w ?? '')) break;
    if (t.w === 'no' && tokens[i + 1]?.w === 'longer') {
      // "… is no longer its only edge": the claim stands, it is just not alone any more.
      if (DETERMINERS.has(tokens[i + 2]?.w ?? '') && ONLY_WORDS.has(tokens[i + 3]?.w ?? '')) continue;
      return !neg;
    }
    // "| API exclusivity | None |": a cell or a colon answering the claim.
    // "- ROFR on compute: removed (Oct 2025)": a label answered by its removal.
    if ((n === 0 && t.w === 'none') || (n <= 3 && t.w === ':' && LABEL_DENIALS.has(tokens[i + 1]?.w ?? ''))) return !neg;
    // "| ROFR | Removed October 2025 |", "ROFR removed": a table row or a headline that opens with the term.
    if (n <= 3 && m.start === 0 && LABEL_DENIALS.has(t.w) && t.w !== 'no' && noVerb(tokens, m.end, i)) return !neg;
    // "a right of first refusal, which this deal now removes": a relative clause right after the
    // claim, with its own subject, whose verb ends it ("27%, which replaced …" is not one).
    if (ENDING_VERBS.has(t.w) && tokens[m.end]?.w === ',' && tokens[m.end + 1]?.w === 'which' && i > m.end + 2) return !neg;
    if (t.w === 'no' && tokens[i + 1]?.w === 'more' && tokens[i + 2]?.w !== 'than') { return !neg; }
    if (POST_NEGATORS.has(t.w) && n > 0 && (t.w !== 'over' || clauseEndsAfter(tokens, i)) && !futureEnd(tokens, i)) {
      // "is over", "is now history", "is officially over".
      if (COPULAS_AND_HAVE.has(tokens[i - 1]?.w ?? '') || t.w === 'anymore' || (ADVERBS_BEFORE_END.has(tokens[i - 1]?.w ?? '') && COPULAS_AND_HAVE.has(tokens[i - 2]?.w ?? ''))) return !neg;
    }
  }
  // "This marks the end of nearly seven years of Azure being the only cloud provider …".
  for (let i = m.start - 3, n = 0; i >= 1 && n < 10; i--, n++) {
    if (isBreak(tokens[i + 2]) || tokens[i + 2].w === 'and') break;
    if (tokens[i].w === 'the' && tokens[i + 1].w === 'end' && tokens[i + 2].w === 'of' && END_MARKERS.has(tokens[i - 1].w)) return !neg;
  }
  // "Azure's API exclusivity, which ran until April 2026, is over", "the AGI clause that would
  // have changed … has been removed": past a relative clause on the claim, the main clause's
  // predicate may still deny it.
  // (Or past an appositive: "The AGI clause, long a sore point for Microsoft, no longer applies".)
  let appositive = false;
  if (tokens[m.end]?.w === ',' && tokens[m.end + 1]?.kind === 'word' && tokens[m.end + 1].w !== 'and' && tokens[m.end + 1].w !== 'but') {
    for (let i = m.end + 2; i < tokens.length && i < m.end + 10; i++) {
      if (isBreak(tokens[i]) && tokens[i].w !== ',') break;
      if (tokens[i].w === ',') { appositive = i > m.end + 2 && noVerb(tokens, m.end + 1, i); break; }
    }
  }
  // (Or past an aside between dashes: "The AGI clause — the provision that … — has been removed".)
  let dashes = false;
  if (tokens[m.end]?.w === '\u2014' || tokens[m.end]?.w === '\u2013') {
    for (let i = m.end + 2; i < tokens.length && i < m.end + 26; i++) if (tokens[i].w === tokens[m.end].w) { dashes = true; break; }
  }
  const relativeOpens = (tokens[m.end]?.w === ',' && tokens[m.end + 1]?.w === 'which') || tokens[m.end]?.w === 'that' || appositive || dashes;
  if (relativeOpens) {
    let close = -1;
    const closer = dashes ? tokens[m.end].w : ',';
    for (let i = m.end + 2; i < tokens.length && i < m.end + 30; i++) {
      const w = tokens[i].w;
      if (w === ';' || w === '.') break;
      if (w === closer) { close = i; break; }
      // Without commas, the relative clause ends where the main clause's "has been …" starts.
      if (tokens[m.end].w === 'that' && (w === 'has' || w === 'have') && tokens[i + 1]?.w === 'been') { close = i - 1; break; }
    }
    for (let i = close + 1, n = 0; close > 0 && i < tokens.length && n < 4; i++, n++) {
      const w = tokens[i].w;
      if (isBreak(tokens[i])) break;
      if (w === 'no' && tokens[i + 1]?.w === 'longer') return !neg;
      if (POST_NEGATORS.has(w) && n > 0 && (w !== 'over' || clauseEndsAfter(tokens, i)) && !futureEnd(tokens, i)
        && (COPULAS_AND_HAVE.has(tokens[i - 1].w) || (ADVERBS_BEFORE_END.has(tokens[i - 1].w) && COPULAS_AND_HAVE.has(tokens[i - 2]?.w ?? '')))) return !neg;
    }
  }
  return neg;
}

/** Verbs that end what the gerund after them names: "stops paying", "will cease paying". */
const STOP_VERBS = new Set(['stop', 'stops', 'stopping', 'cease', 'ceases', 'ceasing', 'quit', 'quits']);

/**
 * "… is over", "is over for good" (not "is over-hyped", "is over 20%", "over the years"): "over"
 * ends the claim unless a figure, a determiner or a participle follows it.
 */
function clauseEndsAfter(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next === undefined) return true;
  if (next.kind !== 'word' && next.kind !== 'punct') return false;
  return !(DETERMINERS.has(next.w) || next.w.endsWith('ed'));
}

/** "will be history only once …", "would be over": a future or supposed end, not a denial now. */
function futureEnd(tokens: Token[], i: number): boolean {
  return tokens[i - 1]?.w === 'be' && MODALS.has(tokens[i - 2]?.w ?? '');
}
const MODALS = new Set(['will', 'would', 'could', 'might', 'may', 'should', 'shall']);

/** "marks the end of", "signals the end of": the end of what follows. */
const END_MARKERS = new Set(['marks', 'marked', 'signals', 'signaled', 'signalled', 'spells', 'spelled', 'brings', 'brought', 'means', 'meant']);
const ADVERBS_BEFORE_END = new Set(['now', 'officially', 'effectively', 'finally', 'largely', 'essentially']);
const COPULAS_AND_HAVE = new Set(['is', 'are', 'was', 'were', 'been', 'be', 'being', 'has', 'have', 'had']);

/** A list label answered by these denies it: "ROFR on compute: removed", "API exclusivity: none". */
const LABEL_DENIALS = new Set(['none', 'no', 'removed', 'ended', 'dropped', 'scrapped', 'eliminated', 'gone', 'terminated', 'abolished', 'lifted', 'waived', 'revoked', 'expired', 'lapsed']);
const ONLY_WORDS = new Set(['only', 'sole', 'single']);
const DISPUTE_WORDS = new Set(['false', 'untrue', 'incorrect', 'inaccurate', 'wrong', 'myth', 'misconception', 'error', 'errors', 'falsehood', 'fiction', 'misinformation', 'outdated', 'obsolete']);
const TRUTH_WORDS = new Set(['true', 'correct', 'accurate', 'right']);
const COPULAS = new Set(['is', 'was', 'are', 'were', 'remains', 'been']);

/**
 * Does token i, after a claim that ends at `from`, say the claim is false? A dispute word
 * after a copula that follows the claim ("… is a myth", "…, which is false"), or a truth word
 * denied ("… is not true"). The copula must come after the claim: "the false claim that …"
 * is read before it, and "is wrong about …" names something else.
 */
function disputedAt(tokens: Token[], from: number, i: number): boolean {
  const w = tokens[i].w;
  const truth = TRUTH_WORDS.has(w) && (tokens[i - 1]?.w === 'not' || tokens[i - 1]?.w === 'longer' || tokens[i - 1]?.w === "isn't");
  const outOfDate = w === 'date' && tokens[i - 1]?.w === 'of' && tokens[i - 2]?.w === 'out';
  if (!truth && !outOfDate && !DISPUTE_WORDS.has(w)) return false;
  if (tokens[i + 1]?.w === 'about' || tokens[i + 1]?.w === 'to') return false;
  // "…, which was not true in 2019": a denial of another time.
  for (let k = i + 1; k < Math.min(tokens.length, i + 4); k++) if (tokens[k].kind === 'year') return false;
  // The claim itself must be the subject: no other noun phrase starts between it and the copula
  // ("…, so the old briefing note is wrong" disputes the note).
  for (let k = from; k < i; k++) {
    if (COPULAS.has(tokens[k].w)) return true;
    if (SUBJECT_STARTS.has(tokens[k].w)) return false;
  }
  return false;
}
const DISPUTE_STOPS = new Set([';', ':', '\u2014', 'but', 'while', 'whereas', 'although', 'though', 'so', 'because', 'since']);
const SUBJECT_STARTS = new Set(['the', 'this', 'these', 'those', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'analysts', 'critics', 'reports', 'rumours', 'rumors', 'who']);

const REPLACING = new Set(['replace', 'replaces', 'replaced', 'replacing']);

const CHANGE_VERBS = new Set([
  'change', 'changes', 'changed', 'changing', 'alter', 'alters', 'altered', 'altering', 'affect', 'affects', 'affected', 'affecting',
  'touch', 'touches', 'touched', 'threaten', 'threatens', 'threatened', 'undermine', 'undermines', 'undermined', 'disturb', 'disturbs', 'disturbed',
]);
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'this', 'that']);
/** Documents that a month before them dates ("The February joint statement …"). */
const DATED_DOCUMENTS = new Set(['statement', 'post', 'announcement', 'blog', 'update', 'filing', 'release', 'letter', 'report']);

/** What a document does with what it says: it reports it, the writer does not assert it. */
const DOCUMENT_VERBS = new Set(['reiterates', 'reiterated', 'reaffirms', 'reaffirmed', 'references', 'referenced', 'restates', 'restated', 'confirms', 'confirmed', 'notes', 'noted', 'lists', 'listed']);

/** Past verbs that end what the gerund after them names ("stopped paying"). */
const ENDING_PAST = new Set(['stopped', 'ceased', 'quit', 'ended', 'halted', 'suspended', 'discontinued']);

/** Participles that give a name ("the so-called", "often called …"), not an action. */
const NAMING = new Set(['called', 'dubbed', 'named', 'termed', 'labelled', 'labeled', 'nicknamed', 'billed']);

/** Subjects that open a new clause after "and" or a comma. */
const CLAUSE_SUBJECTS = new Set(['it', 'they', 'he', 'she', 'we', 'microsoft', 'openai']);

/** Words that open a clause of time after a comma ("…, after which …", "…, when …"). */
const CLAUSE_OPENERS = new Set(['after', 'before', 'when', 'once', 'until', 'whereupon', 'whereby']);

function noVerb(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (PRESENT_VERBS.has(tokens[k].w) || PAST_VERBS.has(tokens[k].w)) return false;
  return true;
}

/** "… intact", "… unchanged" right after the claim (a word or two of it may come between). */
function keptAfter(tokens: Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + 3); k++) if (KEPT_WORDS.has(tokens[k].w)) return true;
  return false;
}
const KEPT_WORDS = new Set(['intact', 'unchanged', 'untouched', 'unscathed', 'preserved', 'undiminished']);

function onlyDeterminers(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!DETERMINERS.has(tokens[k].w)) return false;
  return true;
}

/**
 * "Once AGI is achieved, …", "loses access once the panel confirms AGI": "once" at i opens a
 * clause (when), it does not mean formerly ("Once the exclusive provider, …").
 */
function onceOpensClause(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + 6; k++) {
    if (isBreak(tokens[k]) || tokens[k].w === 'that' || tokens[k].w === 'which' || tokens[k].w === 'who') return false;
    if (ONCE_CLAUSE_VERBS.has(tokens[k].w)) return true;
  }
  return false;
}
const ONCE_CLAUSE_VERBS = new Set(['is', 'are', 'has', 'have', 'does', 'do', 'achieves', 'reaches', 'declares', 'confirms', 'verifies', 'arrives', 'happens', 'comes', 'hits']);

/** "Earlier this week", "earlier today", "As previously announced": a past marker that does not date the claim. */
function recentOrReported(lead: Token[], k: number): boolean {
  const next = lead[k + 1]?.w ?? '';
  return next === 'this' || next === 'today' || REPORTING_VERBS.has(next);
}

/** A past reporting verb (or a report) within a few words before token i, in the same clause. */
function pastReportBefore(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    if (isBreak(tokens[k])) return false;
    if (PAST_REPORTS.has(tokens[k].w)) return true;
  }
  return false;
}
const PAST_REPORTS = new Set(['said', 'announced', 'stated', 'wrote', 'noted', 'reported', 'explained', 'added', 'told', 'indicated', 'confirmed', 'reports', 'report', 'promised', 'pledged', 'agreed']);

function hasWord(tokens: Token[], from: number, to: number, w: string): boolean {
  for (let k = from; k < to; k++) if (tokens[k].w === w) return true;
  return false;
}

function changeEventWithin(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, tokens.length); k++) if (CHANGE_EVENTS.has(tokens[k].w)) return true;
  return false;
}

/** Index of the sentence's first comma, or -1. */
function firstComma(tokens: Token[]): number {
  for (let k = 0; k < tokens.length; k++) if (tokens[k].w === ',') return k;
  return -1;
}

/** Does a ", which" or ", who" clause open before token `at` (the end of a claim), with no break in between? */
function inRelativeClause(tokens: Token[], at: number): boolean {
  for (let i = at - 1, n = 0; i > 0 && n < 16; i--, n++) {
    const w = tokens[i].w;
    if ((w === 'which' || w === 'who') && (tokens[i - 1].w === ',' || tokens[i - 1].w === '\u2014' || tokens[i - 1].w === '(')) return true;
    if (w === ',' || w === ';' || w === '\u2014') return false;
  }
  return false;
}

/** Words of plans, proposals and reports: a figure near them may be one that was only proposed. */
const HEDGES = new Set([
  'reportedly', 'reported', 'report', 'reports', 'plan', 'plans', 'planned', 'planning', 'propose', 'proposes', 'proposed',
  'proposal', 'considering', 'considered', 'sought', 'seeks', 'talks', 'negotiating', 'negotiations', 'would', 'could', 'might',
]);

/** A negator followed by one of these is an idiom, not a denial: "not only", "no wonder", "no one disputes", "never tire", "stopped short", "the end of the day". */
const NOT_NEGATING_NEXT = new Set(['only', 'just', 'wonder', 'doubt', 'one', 'tire', 'tires', 'short']);
/** "has claimed a right", "the long-rumored amendment": a distancing word used otherwise. */
const NOT_DISTANCING_BEFORE = new Set(['has', 'have', 'had', 'a', 'an', 'the', 'long', 'much']);
/** Labels of a line that quotes a claim to check it: "Claim: …", "Misleading: …", "Viral claim: …". */
const CHECKED_LABELS = new Set(['claim', 'myth', 'rumor', 'rumour', 'misleading', 'false', 'fake', 'debunked', 'untrue']);
const BE_FORMS = new Set(['is', 'are', 'am', 'was', 'were', 'be', 'been', 'being', 'get', 'gets', 'got']);

/** "On Monday, July 22, 2019": a weekday before the date. */
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** "in early 2023", "in late 2024", "in mid-2025": a part of the year between "in" and the year, read as a month. */
const PART_MONTH: Record<string, number> = { early: 3, mid: 7, late: 11 };
const PART_OF_YEAR = new Set(Object.keys(PART_MONTH));

const ARTICLES = new Set(['a', 'an', 'the']);
/** Before a possessive and a date: "In Microsoft's January 21, 2025 update", "per OpenAI's October 2025 post". */
const POSSESSIVE_DATE_LEADS = new Set(['in', 'on', 'per', 'under', 'as']);
const DASHES = new Set(['\u2014', '\u2013', '-']);
const TIME_AFTER_EARLIER = new Set(['in', 'this', 'that', 'on', 'last']);
/** Before a participle that marks a figure as earlier: "previously disclosed 32.5%". */
const EARLIER_ADVERBS = new Set(['previously', 'formerly', 'originally', 'earlier', 'once']);
/** Words that may stand between "from" and the old figure: "from a reported 49%", "from the previous 32.5%". */
const OLD_FIGURE_WORDS = new Set(['reported', 'estimated', 'previous', 'prior', 'original', 'old', 'earlier', 'former', 'initial']);

/** What others say or believe, asked about in a question. */
const BELIEF_VERBS = new Set(['claim', 'claims', 'say', 'says', 'think', 'thinks', 'believe', 'believes', 'assume', 'assumes', 'insist', 'insists', 'suggest', 'suggests', 'write', 'writes']);

/** Verbs that end what they govern: "…, which the deal removes". */
const ENDING_VERBS = new Set([
  'removes', 'removed', 'ends', 'ended', 'eliminates', 'eliminated', 'scraps', 'scrapped', 'drops', 'dropped', 'abolishes',
  'abolished', 'terminates', 'terminated', 'replaces', 'replaced', 'revokes', 'revoked', 'strikes', 'struck',
]);

/** "could once", "was once": "once" meaning formerly, after these. */
const ONCE_AFTER = new Set(['could', 'would', 'was', 'were', 'had', 'did', 'might']);

const QUESTION_OPENERS = new Set([
  'is', 'are', 'was', 'were', 'does', 'do', 'did', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'shall',
  'may', 'might', 'must', "isn't", "aren't", "doesn't", "don't", "didn't", "hasn't", "haven't", "won't", "can't", "wouldn't",
]);

/** A word of a date before its year: a comma, a day, a month, a weekday, "early"/"late". */
function datePart(t: Token | undefined): boolean {
  return t !== undefined && (t.w === ',' || /^\d{1,2}$/.test(t.w) || MONTHS.has(t.w) || PART_OF_YEAR.has(t.w) || WEEKDAYS.has(t.w));
}

function explicitDate(tokens: Token[], from: number, to: number, asOfYear: number): string | undefined {
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1]?.w;
    if (t.kind === 'year' && t.value! <= asOfYear) {
      // "in 2019", "in January 2023", "On Monday, January 23, 2023", "as of January 2025", "in early 2023"
      let k = i - 1;
      while (k >= from && datePart(tokens[k])) k--;
      const lead = tokens[k]?.w;
      const next = tokens[i + 1]?.w;
      // ("… across several rounds starting in 2019": where a span began, not when the claim held.)
      if (lead === 'in' && SPAN_STARTS.has(tokens[k - 1]?.w ?? '')) continue;
      if (lead === 'in' || lead === 'on' || lead === 'during' || (lead === 'of' && tokens[k - 1]?.w === 'as')) return isoOf(tokens, k + 1, i);
      // "funded through September 2025", "by March 2026": an amount as of a month.
      if ((lead === 'through' || lead === 'by') && k === i - 2 && MONTHS.has(tokens[k + 1].w) && tokens[k + 1].w !== 'may') return isoOf(tokens, k + 1, i);
      // "In Microsoft's January 21, 2025 update": a dated noun after a possessive.
      const owner = tokens[k];
      const before = tokens[k - 1]?.w ?? '';
      // (A plural possessive, "the companies' February 27, 2026 statement": the apostrophe is in no token.)
      const plural = owner !== undefined && owner.w.endsWith('s') && tokens[k + 1] !== undefined && tokens[k + 1].start - owner.end === 2;
      if (owner && k < i - 1 && (plural || owner.end - owner.start > owner.w.length) && (POSSESSIVE_DATE_LEADS.has(before) || (before === 'to' && tokens[k - 2]?.w === 'according') || (before === 'the' && tokens[k - 2]?.w === 'to' && tokens[k - 3]?.w === 'according')) && MONTHS.has(tokens[k + 1].w)) return isoOf(tokens, k + 1, i);
      // "a December 2024 report", "the October 2025 terms", "the original July 2019 deal": a noun dated by a month.
      if (k < i - 1 && (lead === 'a' || lead === 'an' || lead === 'the' || lead === 'original') && MONTHS.has(tokens[k + 1].w)) return isoOf(tokens, k + 1, i);
      // "the $157 billion valuation of October 2024": a dated noun.
      if (lead === 'of' && MONTHS.has(tokens[k + 1]?.w ?? '')) return isoOf(tokens, k + 1, i);
      // "the 2019 agreement", "Microsoft's 2023 deal": a dated arrangement.
      if (next && CHANGE_EVENTS.has(next) && tokens[i - 1]?.kind === 'word') return String(t.value);
      if (next === 'and' && tokens[i + 2]?.kind === 'year') return String(t.value);
    }
    // "On September 22," with no year still dates the sentence in the past.
    if (MONTHS.has(t.w) && t.w !== 'may' && (prev === 'on' || prev === 'in') && tokens[i + 1]?.kind !== 'year') {
      if (prev === 'on' && /^\d{1,2}$/.test(tokens[i + 1]?.w ?? '')) return 'past';
    }
  }
  return undefined;
}

const SPAN_STARTS = new Set(['starting', 'beginning', 'commencing']);
const AGREEING = new Set(['agree', 'agreed', 'agreeing']);

/** An attribution with a date: "… a spokesperson said in 2024", or before a claim "Back in 2019 OpenAI wrote that …". */
function datedAttribution(tokens: Token[], claimStart: number): boolean {
  // "…, according to the companies' February 27, 2026 statement": a dated source named after the claim.
  for (let i = claimStart; i < tokens.length - 1; i++) {
    if (tokens[i].w !== 'according' || tokens[i + 1].w !== 'to') continue;
    for (let k = i + 2; k < Math.min(tokens.length, i + 10) && tokens[k].w !== ';'; k++) if (tokens[k].kind === 'year') return true;
  }
  for (let i = 0; i < tokens.length; i++) {
    // ("came to agree in 2023 that …": an agreement reports what it settled.)
    if (!REPORTING_VERBS.has(tokens[i].w) && !(AGREEING.has(tokens[i].w) && i < claimStart)) continue;
    // "Microsoft, which announced the deal in 2019, is …": the relative clause's date is its own.
    if (tokens[i - 1]?.w === 'which' || tokens[i - 1]?.w === 'who') continue;
    // "Back in 2019 OpenAI wrote that …": the date before a reporter that introduces the claim.
    for (let k = i - 1; i < claimStart && k >= Math.max(1, i - 5) && !isBreak(tokens[k]); k--) {
      if (tokens[k].kind === 'year' && (tokens[k - 1].w === 'in' || MONTHS.has(tokens[k - 1].w) || PART_OF_YEAR.has(tokens[k - 1].w))) return true;
    }
    // "…, the October 2025 agreement said": a dated source after the claim.
    if (i > claimStart) {
      let k = i - 1;
      while (k > i - 5 && k > 0 && !isBreak(tokens[k])) k--;
      if (tokens[k]?.w === ',' && k > claimStart) for (let j = k + 2; j < i; j++) if (tokens[j].kind === 'year' && MONTHS.has(tokens[j - 1].w)) return true;
    }
    // ("said in a joint statement on February 27 that …": a few words may come between.)
    for (let k = i + 1; k < Math.min(tokens.length, i + 9); k++) {
      if (isBreak(tokens[k]) || tokens[k].w === 'that') break;
      if (tokens[k].kind === 'year' && (tokens[k - 1].w === 'in' || MONTHS.has(tokens[k - 1].w) || PART_OF_YEAR.has(tokens[k - 1].w) || tokens[k - 1].w === ',')) return true;
      // "said in a joint statement on February 27 that …": a day without its year is past too.
      if (MONTHS.has(tokens[k].w) && tokens[k].w !== 'may' && tokens[k - 1].w === 'on' && /^\d{1,2}$/.test(tokens[k + 1]?.w ?? '')) return true;
    }
  }
  return false;
}

const MONTH_NUMBER: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

/** "October 28, 2025" → 2025-10-28, "January 2025" → 2025-01, "2019" → 2019 (tokens [from, yearIndex]). */
function isoOf(tokens: Token[], from: number, year: number): string {
  let month: number | undefined;
  let day: number | undefined;
  for (let k = from; k < year; k++) {
    const w = tokens[k].w;
    if (MONTH_NUMBER[w]) month = MONTH_NUMBER[w];
    else if (PART_MONTH[w]) month = PART_MONTH[w];
    else if (/^\d{1,2}$/.test(w)) day = +w;
  }
  const y = String(tokens[year].value);
  const pad = (n: number) => String(n).padStart(2, '0');
  if (month && day && day <= 31) return `${y}-${pad(month)}-${pad(day)}`;
  return month ? `${y}-${pad(month)}` : y;
}

/** What frames every claim of a sentence alike, found once per sentence. */
interface SentenceFacts {
  /** The sentence is a yes/no question (perhaps after a label and a colon). */
  asks: boolean;
  /** Where the question starts: after a label and a colon, or 0. Claims before it are not asked about. */
  askFrom: number;
  /** A leading condition ("If …,") ends before this token; -1 when none. */
  conditionEnd: number;
  /** The sentence holds a counterfactual cue ("had", "if", "were", …). */
  counterfactual: boolean;
  /** The sentence speaks of plans, proposals or reports (HEDGES). */
  hedged: boolean;
  /** The sentence ends with a question mark. */
  question: boolean;
  /**
   * Claims before this token are quoted to be corrected or checked, not asserted: "An earlier
   * version of this article said …; in fact …", "Claim: … ". -1 when none.
   */
  quotedEnd: number;
}

function sentenceFacts(tokens: Token[], question: boolean): SentenceFacts {
  // A label may come first: "Q: does …", "Quick question for the forum: does …".
  let q = 0;
  for (let k = 0; k < Math.min(8, tokens.length); k++) if (tokens[k].w === ':') { q = k + 1; break; }
  // "Did you know that …?", "Is it any wonder that …?" assert what follows.
  const rhetorical = (tokens[1]?.w === 'you' && tokens[2]?.w === 'know') || tokens[3]?.w === 'wonder' || tokens[2]?.w === 'wonder';
  const asks = question && !rhetorical && (QUESTION_OPENERS.has(tokens[0].w) || QUESTION_OPENERS.has(tokens[q]?.w ?? ''));
  let conditionEnd = -1;
  if (tokens[0].w === 'if' || tokens[0].w === 'unless' || tokens[0].w === 'whether' || tokens[0].w === 'were' || tokens[0].w === 'had') {
    conditionEnd = tokens.findIndex((t) => t.w === ',');
  }
  const askFrom = asks && !QUESTION_OPENERS.has(tokens[0].w) ? q : 0;
  let counterfactual = false;
  let hedged = false;
  for (const t of tokens) {
    if (COUNTERFACTUAL_CUES.has(t.w)) counterfactual = true;
    if (HEDGES.has(t.w)) hedged = true;
  }
  return { asks, askFrom, conditionEnd, counterfactual, hedged, question, quotedEnd: quotedEnd(tokens) };
}

/**
 * Is there a hedge (HEDGES) in the clause of match m? "OpenAI's revenue share to Microsoft is now
 * 8 percent, and that could hurt Azure margins": the "could" of the next clause hedges nothing.
 */
function hedgedClause(tokens: Token[], m: PatternMatch): boolean {
  const ends = (i: number) => HEDGE_BOUNDS.has(tokens[i].w) || (tokens[i].w === 'and' && tokens[i - 1]?.w === ',');
  let from = m.start;
  while (from > 0 && !ends(from - 1)) from--;
  let to = m.end;
  while (to < tokens.length && !ends(to)) to++;
  for (let i = from; i < to; i++) if (HEDGES.has(tokens[i].w)) return true;
  return false;
}
const HEDGE_BOUNDS = new Set([';', 'but', 'while', 'whereas', 'although']);

/** See SentenceFacts.quotedEnd. */
function quotedEnd(tokens: Token[]): number {
  // "Claim: Microsoft still pays OpenAI …": a fact-check's claim line, the whole sentence.
  const label = tokens[1]?.w === ':' ? tokens[0].w : tokens[2]?.w === ':' ? tokens[1].w : '';
  if (CHECKED_LABELS.has(label)) return tokens.length;
  // A correction quotes what was said before ";" or "in fact".
  let cue = false;
  for (let k = 0; k < tokens.length; k++) {
    const w = tokens[k].w;
    if ((w === 'correction' && (k === 0 || tokens[k + 1]?.w === ':')) || (w === 'version' && tokens[k - 1]?.w === 'earlier') || (w === 'reported' && tokens[k - 1]?.w === 'previously') || (w === 'said' && tokens[k - 1]?.w === 'previously')) cue = true;
    if (!cue) continue;
    if (w === ';' || (w === 'fact' && tokens[k - 1]?.w === 'in') || w === 'actually') return k;
  }
  return -1;
}

/** A claim that is asked about, supposed or reported from a distance: read like the past, and never as a statement of what was done. */
const UNASSERTED = { frame: 'past', unasserted: true } as const;

/** Decide whether the claim at m speaks of the past, or is not asserted at all. */
function frameOf(tokens: Token[], m: PatternMatch, asOfYear: number, facts: SentenceFacts): { frame: Frame; date?: string; unasserted?: boolean } {
  // 0. A yes/no question asks and asserts nothing ("Does Microsoft still hold a right of first
  //    refusal?"): never a stale claim. A wh-question presupposes what it asks about ("Why is
  //    Azure still the exclusive provider?") and is read as stated. After a label and a colon,
  //    only what follows the colon is asked ("Microsoft owns 49%: does that still matter?").
  if (facts.asks && m.start >= facts.askFrom) return UNASSERTED;
  // "Why do explainers still claim Microsoft owns 49%?": a question about what others say.
  if (facts.question) {
    for (let i = m.start - 1, n = 0; i >= 0 && n < 8 && !isBreak(tokens[i]); i--, n++) if (BELIEF_VERBS.has(tokens[i].w)) return UNASSERTED;
  }
  // "2019: Microsoft invests $1 billion …": a timeline entry is of its year, whatever its tense.
  // "2019: …", "2019-07-22 — …", "| 2019 | Exclusive cloud provider |": a line that opens with a past year is a
  // timeline entry of that year (or day), whatever its tense.
  if (tokens[0].kind === 'year' && tokens[0].value! <= asOfYear) {
    const day = /^\d{1,2}$/.test(tokens[1]?.w ?? '') && /^\d{1,2}$/.test(tokens[2]?.w ?? '') && tokens[0].end + 1 === tokens[1].start;
    // A day of the as-of year may still be ahead; only suppresses then (historical is no warning).
    if (day || tokens[0].value! < asOfYear) {
      return { frame: 'past', date: day ? `${tokens[0].value}-${tokens[1].w.padStart(2, '0')}-${tokens[2].w.padStart(2, '0')}` : String(tokens[0].value) };
    }
  }
  // "January 2025: …", "April 27, 2026: …": a timeline entry under a month or a day.
  if (MONTHS.has(tokens[0].w)) {
    let k = 1;
    while (k < 4 && datePart(tokens[k])) k++;
    if (tokens[k]?.kind === 'year' && tokens[k].value! <= asOfYear && (tokens[k + 1]?.w === ':' || ((tokens[k + 1]?.w === ',' || DASHES.has(tokens[k + 1]?.w ?? '')) && /^\d/.test(tokens[1]?.w ?? '')))) {
      return { frame: 'past', date: isoOf(tokens, 0, k) };
    }
  }
  // "The February joint statement reiterates …", "The October 2025 blog post says …": what a dated document says.
  if (tokens[0].w === 'the' && MONTHS.has(tokens[1]?.w ?? '') && tokens[1].w !== 'may') {
    for (let k = 2; k < 6 && k < m.start; k++) {
      if (!DATED_DOCUMENTS.has(tokens[k].w)) continue;
      // (Told by it — "reiterates", "says" — not judged by the writer: "… is the latest word: …".)
      for (let j = k + 1; j < m.start && j < k + 5; j++) if (REPORTING_VERBS.has(tokens[j].w) || DOCUMENT_VERBS.has(tokens[j].w)) return { frame: 'past' };
      break;
    }
  }
  // 0b. Inside a leading condition ("If OpenAI converts into a public benefit corporation, …"):
  //     supposed, not asserted.
  if (facts.conditionEnd >= m.end) return UNASSERTED;
  if (facts.quotedEnd >= m.end) return UNASSERTED;
  // 1. A leading adverbial ("Previously, …", "Prior to this change, …", "In 2019, …").
  let comma = -1;
  for (let i = 0; i < Math.min(tokens.length, 14) && i < m.start; i++) if (tokens[i].w === ',') { comma = i; break; }
  // "On October 28, 2025, …": the year after the day's comma belongs to the adverbial.
  if (comma > 0 && tokens[comma + 1]?.kind === 'year' && tokens[comma + 2]?.w === ',' && comma + 2 < m.start) comma += 2;
  if (comma > 0) {
    const lead = tokens.slice(0, comma);
    const date = explicitDate(tokens, 0, comma, asOfYear);
    const marker = lead.some((t, k) => (PAST_MARKERS.has(t.w) && !recentOrReported(lead, k) && !(t.w === 'once' && onceOpensClause(lead, k))) || (t.w === 'before' && lead.slice(k + 1).some((u) => CHANGE_EVENTS.has(u.w))) || (t.w === 'years' && lead[k - 1]?.w === 'for')
      || (t.w === 'time' && lead[k - 1]?.w === 'the' && lead[k - 2]?.w === 'at' && !NOW_TIMES.has(lead[k + 2]?.w ?? '')) || (t.w === 'then' && lead[k - 1]?.w === 'back'));
    let now = false;
    for (let i = comma + 1; i < m.start; i++) if (NOW_MARKERS.has(tokens[i].w)) now = true;
    // A leading date ("Established in 2015, OpenAI is …") dates the adverbial, not a main
    // clause in the present tense; a leading marker ("Previously, …") frames the sentence.
    if (marker && !now) return { frame: 'past', date };
    // "Until now, OpenAI would decide …", "Up until recently, …": how things were before a change.
    if (!now && comma <= 3 && (lead[0]?.w === 'until' || lead[0]?.w === 'till' || lead[0]?.w === 'up') && (lead[comma - 1]?.w === 'now' || lead[comma - 1]?.w === 'recently')) return { frame: 'past' };
    // "Before April 2026, …", "Until October 2025, …": the time before a date now past.
    if (!now && (lead[0]?.w === 'before' || lead[0]?.w === 'until' || lead[0]?.w === 'till')
      && lead.some((t, k) => t.kind === 'year' && (t.value! < asOfYear || (t.value === asOfYear && MONTHS.has(lead[k - 1]?.w ?? ''))))) return { frame: 'past' };
    if (date && !now && !presentMain(tokens, m)) return { frame: 'past', date };
    // "On July 22, 2019, Microsoft announced that it 'will become …'": a dated report.
    if (date && !now) for (let i = comma + 1; i < m.start; i++) if (REPORTING_VERBS.has(tokens[i].w) && tokens[i].w !== 'reportedly' && tokens[i].w.endsWith('ed')) return { frame: 'past', date };
  }
  // "its shift to a capped-profit model was necessary": what a change led to, told as an event.
  {
    let k = m.start - 1;
    if (ARTICLES.has(tokens[k]?.w ?? '')) k--;
    // "its transformation from a nonprofit to a capped-profit entity": the change names where it began.
    let from = k - 1;
    if (tokens[k]?.w === 'to' || tokens[k]?.w === 'into') for (let j = k - 1; j >= Math.max(0, k - 5) && !isBreak(tokens[j]); j--) if (tokens[j].w === 'from') { from = j - 1; break; }
    if ((tokens[k]?.w === 'to' || tokens[k]?.w === 'into') && (SHIFT_NOUNS.has(tokens[k - 1]?.w ?? '') || SHIFT_NOUNS.has(tokens[from]?.w ?? '')) && !tokens.some((t) => t.w === 'now' || t.w === 'still' || t.w === 'today')) return { frame: 'past' };
  }
  // "the transition of OpenAI's capped-profit subsidiary into a PBC": what the change started from.
  {
    let k = m.start - 1;
    while (k > 0 && (ARTICLES.has(tokens[k].w) || tokens[k].w === 'its' || tokens[k].w === 'their' || possessive(tokens[k]))) k--;
    if (tokens[k]?.w === 'of' && SHIFT_NOUNS.has(tokens[k - 1]?.w ?? '') && (tokens[m.end]?.w === 'into' || tokens[m.end]?.w === 'to')) return { frame: 'past' };
  }
  // "its evolution from an exclusive cloud deal to a right of first refusal", "moved from … to …": the old end of a change.
  {
    let k = m.start - 1;
    if (ARTICLES.has(tokens[k]?.w ?? '') || tokens[k]?.w === 'its' || tokens[k]?.w === 'their') k--;
    if (tokens[k]?.w === 'from' && (SHIFT_NOUNS.has(tokens[k - 1]?.w ?? '') || MOVED.has(tokens[k - 1]?.w ?? ''))) {
      for (let i = m.end; i < tokens.length && i < m.end + 8 && !isBreak(tokens[i]); i++) if (tokens[i].w === 'to' || tokens[i].w === 'into') return { frame: 'past' };
    }
  }
  // "Having served as OpenAI's exclusive cloud provider from 2019 to January 2025, …": a perfect participle.
  // ("Having been its exclusive provider since 2019, …" runs on to now.)
  const lead0 = firstComma(tokens);
  if (tokens[0].w === 'having' && lead0 >= m.end && !hasWord(tokens, 0, lead0, 'since')
    && !tokens.some((t) => t.w === 'still' || t.w === 'today')) return { frame: 'past' };
  // 2. A marker right before the claim: "former right of first refusal", "earlier 32.5% stake",
  //    or right before its figure ("its stake, once 32.5%").
  const from = m.figure !== undefined && m.figure > m.start ? m.figure : m.start;
  for (let i = from - 1, n = 0; i >= 0 && n < 6; i--, n++) {
    const t = tokens[i];
    if (t.w === ';' || t.w === 'but' || t.w === 'while') break;
    if (NOW_MARKERS.has(t.w)) break;
    if (PAST_MARKERS.has(t.w) && t.w !== 'once' && !recentOrReported(tokens, i)) return { frame: 'past' };
    // "27% (was 32.5%)": a past copula right before the figure.
    if (n <= 1 && from !== m.start && (t.w === 'was' || t.w === 'were')) return { frame: 'past' };
    // "once" as "formerly" ("its stake, once 32.5%"), not the conjunction ("Once AGI is declared, …").
    if (t.w === 'once' && tokens[i + 1]?.w !== 'again' && tokens[i + 1]?.w !== 'more' && !onceOpensClause(tokens, i)
      && (n === 0 || i === 0 || tokens[i - 1].kind === 'word' || tokens[i - 1].w === ',')) return { frame: 'past' };
    if (t.w === 'to' && tokens[i - 1]?.w === 'prior') return { frame: 'past' };
    // "… since investing $1 billion in 2019", "after investing $1 billion": what began it.
    if (n <= 2 && t.w.endsWith('ing') && (tokens[i - 1]?.w === 'since' || tokens[i - 1]?.w === 'after') && (n === 0 || tokens[i + 1]?.kind === 'word')) return { frame: 'past' };
    if (t.w === 'recently' && tokens[i - 1]?.w === 'until') return { frame: 'past' };
  }
  // "The CMA had previously stated that …": a report in the past perfect.
  for (let i = 1; i < m.start; i++) {
    if (!REPORTING_VERBS.has(tokens[i].w) || !tokens[i].w.endsWith('ed')) continue;
    if (tokens[i - 1].w === 'had' || (tokens[i - 1].w === 'previously' && tokens[i - 2]?.w === 'had')) return { frame: 'past' };
  }
  // "OpenAI said Microsoft would become its exclusive cloud provider": what a past report said
  // would be, not what is.
  for (let i = m.start - 1, n = 0; i > 0 && n < 10; i--, n++) {
    if (tokens[i].w === ';' || tokens[i].w === 'but') break;
    if (tokens[i].w === 'would' && pastReportBefore(tokens, i)) return { frame: 'past' };
  }
  // "used to hold a profit interest (reportedly 49% …)": a past habit, in the claim's clause.
  for (let i = m.start - 1, n = 0; i > 0 && n < 8; i--, n++) {
    if (isBreak(tokens[i]) && tokens[i].w !== '(' && tokens[i].w !== ')') break;
    // ("are used to" is being accustomed, not the past.)
    if (tokens[i].w === 'to' && tokens[i - 1].w === 'used' && !BE_FORMS.has(tokens[i - 2]?.w ?? '')) return { frame: 'past' };
  }
  // 2b. A marker among the words a pattern let pass: "OpenAI could once declare AGI on its own".
  for (const g of m.gaps ?? []) {
    const w = tokens[g].w;
    if (w === 'previously' || w === 'formerly' || w === 'originally') return { frame: 'past' };
    if (w === 'once' && (ONCE_AFTER.has(tokens[g - 1]?.w ?? '') || tokens[g - 1]?.w === ',' || PAST_VERBS.has(tokens[g + 1]?.w ?? '')) && tokens[g + 1]?.w !== 'again') return { frame: 'past' };
  }
  // 3. A marker right after: "32.5% previously", "32.5% before the restructuring" — unless the
  //    clause says it still holds ("still holds the 32.5% stake it had before the recapitalization").
  let still = false;
  for (let i = m.start - 1, n = 0; i >= 0 && n < 6 && !isBreak(tokens[i]); i--, n++) if (NOW_MARKERS.has(tokens[i].w) && !pastStill(tokens, i)) still = true;
  for (let i = m.end, n = 0; i < tokens.length && n < 4 && !still; i++, n++) {
    const t = tokens[i];
    if (t.w === ';' || t.w === ',' || t.w === 'but') break;
    if (t.w === 'previously' || t.w === 'earlier' || t.w === 'formerly' || t.w === 'initially' || t.w === 'originally') return { frame: 'past' };
    if ((t.w === 'before' || t.w === 'prior') && changeEventWithin(tokens, i + 1, i + 5)) return { frame: 'past' };
    // "… could not escape Azure API exclusivity until April 2026": it held until a date now past.
    // (Only suppresses: with the as-of date earlier in that same year, a historical reading is
    // still no warning.)
    if (t.w === 'until' || t.w === 'till') {
      let k = i + 1;
      const month = MONTHS.has(tokens[k]?.w ?? '');
      while (k < i + 4 && datePart(tokens[k])) k++;
      const y = tokens[k]?.kind === 'year' ? tokens[k] : undefined;
      if (y && (y.value! < asOfYear || (y.value === asOfYear && month))) return { frame: 'past' };
    }
    // "the $157 billion valuation of October 2024": the claim's own date.
    if (n === 0 && t.w === 'of' && MONTHS.has(tokens[i + 1]?.w ?? '') && tokens[i + 2]?.kind === 'year') {
      return { frame: 'past', date: isoOf(tokens, i + 1, i + 2) };
    }
  }
  // "the $1 billion investment that anchored OpenAI six years earlier": a span back from now.
  for (let i = m.end, n = 0; i < tokens.length && n < 12 && !still; i++, n++) {
    if (tokens[i].w === ';' || tokens[i].w === 'but') break;
    if ((tokens[i].w === 'years' || tokens[i].w === 'year' || tokens[i].w === 'decade') && (tokens[i + 1]?.w === 'earlier' || tokens[i + 1]?.w === 'ago') && tokens[i - 1]?.kind === 'word') return { frame: 'past' };
  }
  // "an 'AGI clause' buried in the firms' prior contract", "the exclusivity under the original
  // 2019 deal": the claim is placed in an earlier agreement.
  for (let i = m.end, n = 0; i < tokens.length && n < 8 && !still; i++, n++) {
    const w = tokens[i].w;
    if (w === ';' || w === ',' || w === 'but' || w === 'while') break;
    if (w !== 'in' && w !== 'under' && w !== 'of' && w !== 'from') continue;
    for (let k = i + 1; k < Math.min(tokens.length, i + 5); k++) {
      if (EARLIER_DEAL.has(tokens[k].w) && DEAL_NOUNS.has(tokens[k + 1]?.w ?? '') || (EARLIER_DEAL.has(tokens[k].w) && tokens[k + 1]?.kind === 'year' && DEAL_NOUNS.has(tokens[k + 2]?.w ?? ''))) return { frame: 'past' };
    }
  }
  // 3b. Expectation, intent or negotiation ("had expected Microsoft to keep its 32.5% stake",
  //     "is negotiating for a stake of one-third"): not asserted, never a stale claim.
  for (let i = m.start - 1, n = 0; i >= 0 && n < 8; i--, n++) {
    const w = tokens[i].w;
    if (w === ';' || w === 'but' || w === 'while') break;
    // "… to keep", "… for a stake", "floated cutting …".
    if (HYPOTHETICAL_VERBS.has(w) && (hasWord(tokens, i + 1, m.start, 'to') || hasWord(tokens, i + 1, m.start, 'for') || tokens[i + 1]?.w.endsWith('ing'))) return UNASSERTED;
  }
  // 3c. A claim reported through a verb that keeps a distance ("a post claimed …"), or a
  //     counterfactual ("would own 32.5% had OpenAI not raised money"): nothing is asserted.
  for (let i = m.start - 1, n = 0; i >= 0 && n < 8; i--, n++) {
    if (isBreak(tokens[i]) && tokens[i].w !== ',') break;
    if (DISTANCING_VERBS.has(tokens[i].w) && !NOT_DISTANCING_BEFORE.has(tokens[i - 1]?.w ?? '')) return UNASSERTED;
  }
  if (facts.counterfactual) {
    for (let i = Math.max(0, m.start - 4); i <= m.start; i++) {
      const w = tokens[i].w;
      if (w === 'would' || w === 'could' || w === 'might') return UNASSERTED;
    }
  }
  // "OpenAI's valuation of around $500 billion at the time of the restructuring": dated by an event.
  for (let i = m.end; i < tokens.length && i <= m.end + 2; i++) {
    if (tokens[i].w === 'at' && tokens[i + 1]?.w === 'the' && tokens[i + 2]?.w === 'time' && !NOW_TIMES.has(tokens[i + 4]?.w ?? '')) return { frame: 'past' };
  }
  // "with $11.6 billion funded through September 2025": a date right after the claim dates it.
  for (let j = m.end; j < tokens.length && j <= m.end + 1; j++) {
    const w = tokens[j].w;
    // "a $1 billion investment in 2019": the claim's own year.
    if (w === 'in' && m.figure !== undefined && tokens[j + 1]?.kind === 'year' && tokens[j + 1].value! <= asOfYear && !hasWord(tokens, j, tokens.length, 'since')) return { frame: 'past', date: String(tokens[j + 1].value) };
    // "OpenAI's $500 billion valuation in October": a month of its own, the year left out.
    if (w === 'in' && MONTHS.has(tokens[j + 1]?.w ?? '') && tokens[j + 1].w !== 'may' && tokens[j + 2]?.kind !== 'year' && !hasWord(tokens, j, tokens.length, 'since')) return { frame: 'past' };
    if (w !== 'through' && w !== 'by' && w !== 'as') continue;
    const d = explicitDate(tokens, j, Math.min(tokens.length, j + 5), asOfYear);
    // "… through September 2025 and nothing since": the figure is still the latest.
    if (d && d !== 'past' && !hasWord(tokens, j, tokens.length, 'since')) return { frame: 'past', date: d };
  }
  // "has funded $11.6 billion of its $13 billion commitment as of 30 September 2025": "as of" a day or month dates the figure.
  if (m.figure !== undefined) {
    for (let j = m.end; j < tokens.length && j < m.end + 10 && !isBreak(tokens[j]); j++) {
      if (tokens[j].w !== 'as' || tokens[j + 1]?.w !== 'of') continue;
      const d = explicitDate(tokens, j, Math.min(tokens.length, j + 6), asOfYear);
      if (d && d !== 'past' && d.length > 4 && !hasWord(tokens, j, tokens.length, 'since')) return { frame: 'past', date: d };
    }
  }
  // 4. An explicit date anywhere in the sentence's clause.
  const date = explicitDate(tokens, 0, tokens.length, asOfYear);
  // An attribution with an explicit date ("…," a spokesperson said in 2024) dates what it
  // reports, unless the claim says it holds now ("…, Microsoft says it still owns 49%").
  // ("… said on February 27 that Azure remains …": a verb of the present, reported on a date, is not "still".)
  if (date && (!still || !hasStrongNow(tokens, m.start)) && datedAttribution(tokens, m.start)) return { frame: 'past', date };
  // 5. The tense of the verb that governs the claim.
  const tense = governingTense(tokens, m);
  // "OpenAI was valued at $500 billion in a recent share sale": undated, "recent" reads as now.
  if (tense === 'past' && !date && recentNow(tokens, m)) return { frame: 'present' };
  if (tense === 'past') return { frame: 'past', date };
  if (date && tense !== 'present') return { frame: 'past', date };
  return { frame: 'present' };
}

/** "still", "now", "currently", "today" within a few words before the claim (not "remains", "continues"). */
function hasStrongNow(tokens: Token[], at: number): boolean {
  // "As the companies said on February 27, Azure remains …": the writer's own claim.
  if (tokens[0]?.w === 'as') return true;
  for (let i = at - 1, n = 0; i >= 0 && n < 6 && !isBreak(tokens[i]); i--, n++) {
    const w = tokens[i].w;
    if ((w === 'still' || w === 'now' || w === 'currently' || w === 'today') && !pastStill(tokens, i)) return true;
  }
  // "…, which is still true today".
  for (let i = at; i < tokens.length; i++) if (tokens[i].w === 'still' || tokens[i].w === 'today') return true;
  return false;
}

/** A simple past at j: a verb of the list, an irregular past, or a word in -ed after a subject (not after "be" or "have"). */
function simplePast(tokens: Token[], j: number): boolean {
  const w = tokens[j].w;
  if (IRREGULAR_PAST.has(w)) return true;
  if (!w.endsWith('ed') || w.length < 5 || tokens[j].kind !== 'word') return false;
  const prev = tokens[j - 1]?.w ?? '';
  return !COPULAS_AND_HAVE.has(prev) && !DETERMINERS.has(prev);
}
const IRREGULAR_PAST = new Set(['chose', 'went', 'took', 'came', 'won', 'struck', 'sought', 'bought', 'brought', 'grew', 'stepped']);

/** The time of the clause that ends at the comma at `comma`: '' for a simple past, else unknown. */
function clauseBefore(tokens: Token[], comma: number): string | undefined {
  for (let j = comma - 1, n = 0; j >= 0 && n < 10 && !isBreak(tokens[j]); j--, n++) {
    if (PRESENT_VERBS.has(tokens[j].w)) return tokens[j].w;
    if (PAST_VERBS.has(tokens[j].w) || simplePast(tokens, j) || (REPORTING_VERBS.has(tokens[j].w) && tokens[j].w.endsWith('ed'))) return '';
  }
  return undefined;
}

/**
 * The main clause's verb in the `limit` words from `from` (up to a clause break): a present form,
 * '' for a past one, 'has' for a perfect; undefined when there is none.
 */
function verbAfter(tokens: Token[], from: number, limit: number): string | undefined {
  for (let j = from; j < tokens.length && j < from + limit && !isBreak(tokens[j]); j++) {
    if (PRESENT_VERBS.has(tokens[j].w)) return tokens[j].w;
    if (PAST_VERBS.has(tokens[j].w)) return perfect(tokens, j) ? 'has' : '';
    if (simplePast(tokens, j)) return '';
  }
  return undefined;
}

/** "OpenAI's": the token's word drops the possessive (tokens.ts), so its text is two characters longer. */
function possessive(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && t.end - t.start === t.w.length + 2;
}

const EARLIER_DEAL = new Set(['prior', 'previous', 'original', 'old', 'earlier', 'former', 'first', 'initial']);
const DEAL_NOUNS = new Set(['contract', 'contracts', 'agreement', 'agreements', 'deal', 'deals', 'terms', 'arrangement', 'pact']);

/** Words that may come before a claim that opens its sentence ("The so-called AGI clause gave …"). */
const LEAD_MODIFIERS = new Set(['so', 'called', 'controversial', 'famous', 'infamous', 'much', 'debated', 'contentious', 'original', 'key']);

/** Past verbs of a change made to their object (see governingVerb). */
const REMADE = new Set([
  'converted', 'transformed', 'restructured', 'reorganized', 'reorganised', 'recapitalized', 'recapitalised', 'turned', 'dissolved', 'unwound',
]);

/** Verbs of a change that name where it began with "from". */
const MOVED = new Set(['moved', 'moves', 'shifted', 'shifts', 'went', 'goes', 'changed', 'evolved', 'evolves', 'transitioned', 'transitions', 'switched', 'converted', 'converts', 'pivoted']);

/** Nouns of a change: "its shift to …", "the switch to …". */
const SHIFT_NOUNS = new Set(['shift', 'switch', 'move', 'transition', 'conversion', 'change', 'pivot', 'transformation', 'evolution']);
const PAST_PLANS = new Set(['planned', 'proposed', 'floated', 'sought', 'considered', 'discussed', 'aimed', 'intended', 'wanted', 'hoped', 'negotiated', 'lobbied', 'pushed', 'asked', 'demanded', 'suggested', 'expected', 'angled', 'mulled', 'weighed']);
const BE_PRESENT = new Set(['is', 'are', 'being']);
const PLAN_ADVERBS = new Set(['now', 'still', 'also', 'widely', 'reportedly', 'currently', 'reported']);

/** See Claim.planned: not asked, supposed, quoted to be corrected, dated or told in the past. */
function livePlan(tokens: Token[], m: PatternMatch, asOfYear: number, facts: SentenceFacts): boolean {
  if ((facts.asks && m.start >= facts.askFrom) || facts.conditionEnd >= m.end || facts.quotedEnd >= m.end) return false;
  if (explicitDate(tokens, 0, tokens.length, asOfYear) !== undefined) return false;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i].w;
    // "would have handed": a past counterfactual; "a proposal that never took effect".
    if ((w === 'would' || w === 'could' || w === 'might') && tokens[i + 1]?.w === 'have') return false;
    if (PAST_MARKERS.has(w) || w === 'never') return false;
    // "planned to cut", "floated cutting" (not "is expected to"): a plan told in the past.
    // ("is now expected to", "is widely expected to": an adverb may come between.)
    const be = PLAN_ADVERBS.has(tokens[i - 1]?.w ?? '') ? tokens[i - 2]?.w : tokens[i - 1]?.w;
    if (i < m.start && PAST_PLANS.has(w) && !BE_PRESENT.has(be ?? '')) return false;
  }
  return governingTense(tokens, m) !== 'past';
}

/**
 * "recently" (not "until recently"), "in a recent share sale", "at the latest round": a time
 * that reads as now. Not "excluding OpenAI's recent funding rounds", which names other events.
 */
function recentNow(tokens: Token[], m: PatternMatch): boolean {
  // "…, now a public benefit corporation", "a figure since overtaken": the clause tells what came after.
  let from = m.start;
  while (from > 0 && !isBreak(tokens[from - 1])) from--;
  let to = m.end;
  while (to < tokens.length && !isBreak(tokens[to])) to++;
  if (to < tokens.length && tokens[to].w === ',') { to++; while (to < tokens.length && !isBreak(tokens[to])) to++; }
  for (let i = from; i < to; i++) { const w = tokens[i].w; if (w === 'now' || w === 'since' || w === 'until' || w === 'till') return false; }
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i].w;
    // "was recently a capped-profit company": a former state, not a recent report.
    if (w === 'recently' && !RECENT_BOUNDS.has(tokens[i - 1]?.w ?? '') && !ARTICLES.has(tokens[i + 1]?.w ?? '')) return true;
    // "Last year Microsoft made an investment …", "said on Monday": relative times read as now.
    if (w === 'last' && RELATIVE_SPANS.has(tokens[i + 1]?.w ?? '')) return true;
    if (WEEKDAYS.has(w) && tokens[i - 1]?.w === 'on') return true;
    // "in a recent share sale", and "A recent share sale valued …" opening the sentence.
    // "following OpenAI's latest funding round, which valued …".
    if ((w === 'recent' || w === 'latest') && (ARTICLES.has(tokens[i - 1]?.w ?? '') || tokens[i - 1]?.w === 'its' || possessive(tokens[i - 1]))
      && (i === 1 || RECENT_ADJUNCTS.has(tokens[i - 2]?.w ?? ''))) return true;
  }
  return false;
}
/** "at the time of writing": now. */
const NOW_TIMES = new Set(['writing', 'publication', 'press', 'print', 'posting']);
const RELATIVE_SPANS = new Set(['year', 'month', 'week', 'quarter', 'spring', 'summer', 'fall', 'autumn', 'winter']);
const RECENT_BOUNDS = new Set(['until', 'till', 'before', 'than', 'most', 'as']);
const RECENT_ADJUNCTS = new Set(['in', 'at', 'by', 'per', 'after', 'during', 'with', 'from', 'following']);

/** The claim's clause is in the present ("OpenAI is a non-profit …"), not a future-in-the-past ("would begin"). */
function presentMain(tokens: Token[], m: PatternMatch): boolean {
  const verb = governingVerb(tokens, m);
  return verb !== undefined && PRESENT_VERBS.has(verb) && verb !== 'would' && verb !== 'could' && verb !== 'might';
}

function governingTense(tokens: Token[], m: PatternMatch): Frame | undefined {
  const verb = governingVerb(tokens, m);
  if (verb === undefined) return undefined;
  return verb === '' ? 'past' : PRESENT_VERBS.has(verb) ? 'present' : 'past';
}

/** The finite verb that governs the claim; '' for a past form, undefined when none is found. */
function governingVerb(tokens: Token[], m: PatternMatch): string | undefined {
  // Verbs inside the match count too ("retained the right …"), from the start.
  for (let i = m.start; i < Math.min(m.end, m.start + 2); i++) {
    const w = tokens[i].w;
    if (PRESENT_VERBS.has(w)) return w;
    if (PAST_VERBS.has(w) || pastWithObject(tokens, i)) return passive(tokens, i) ?? (perfect(tokens, i) ? 'has' : '');
  }
  // A form of "be" the pattern lets pass: "Consumer hardware was covered by …", "API … is exclusive".
  for (const g of m.gaps ?? []) {
    const w = tokens[g].w;
    // ("API products … still had to run on Azure": an obligation in the past.)
    if (w === 'was' || w === 'were' || (w === 'had' && tokens[g + 1]?.w === 'to')) return perfect(tokens, g) ? 'has' : '';
    if (w === 'is' || w === 'are') return 'is';
  }
  // A participle after a comma ("…in 2019, becoming its exclusive cloud provider") takes the time
  // of the clause it hangs on: look on to that clause's verb (or, without one, its date).
  let participle: string | undefined;
  let participleComma = -1;
  for (let i = m.start - 1, n = 0; i >= 0 && n < (participle ? 20 : 10); i--, n++) {
    const t = tokens[i];
    if (t.w === ';' || t.w === 'but' || t.w === 'while' || t.w === 'which' || t.w === 'who' || t.w === '\u2014') break;
    // "had reportedly prevented": an adverb of report, not a verb that reports.
    // ("a reported valuation": an adjective.)
    if (REPORTING_VERBS.has(t.w) && t.w !== 'reportedly' && !DETERMINERS.has(tokens[i - 1]?.w ?? '')) break;
    if (pastStill(tokens, i)) return '';
    if (t.w === 'to' && i + 1 < tokens.length && (tokens[i + 1].w === 'become' || tokens[i + 1].w === 'be')) {
      // "secured exclusive rights to be OpenAI's sole cloud provider", "chose Microsoft in 2019 to
      // become …", "went on to become …": the verb before decides.
      for (let j = i - 1; j >= 0 && j > i - 8 && !isBreak(tokens[j]); j--) {
        if (PAST_VERBS.has(tokens[j].w)) return passive(tokens, j) ?? (perfect(tokens, j) ? 'has' : '');
        if (PRESENT_VERBS.has(tokens[j].w)) break;
        if (simplePast(tokens, j)) return '';
      }
      // "…, pledging to become …": a participle takes the time of the clause before its comma.
      if (tokens[i - 1]?.w.endsWith('ing') && tokens[i - 2]?.w === ',') return clauseBefore(tokens, i - 2);
      return 'become';
    }
    // "OpenAI converted its capped-profit arm into a PBC", "has restructured its for-profit LLC":
    // what a change was made to is what was before it, in the perfect too.
    if (REMADE.has(t.w) && m.start - i <= 3 && tokens.slice(i + 1, m.start).every((u) => DETERMINERS.has(u.w) || possessive(u))) return '';
    if (!participle && t.w.endsWith('ing') && t.w.length > 4 && t.kind === 'word' && t.w !== 'according' && tokens[i - 1]?.w === ',') { participle = t.w; participleComma = i - 1; continue; }
    // "to become …": read at "to", with the verb before it.
    if ((t.w === 'become' || t.w === 'be') && tokens[i - 1]?.w === 'to') continue;
    if (PRESENT_VERBS.has(t.w)) return t.w;
    if (PAST_VERBS.has(t.w) || pastWithObject(tokens, i)) return passive(tokens, i) ?? (perfect(tokens, i) ? 'has' : '');
    // "it risked losing access …": a simple past with the claim's gerund ("stopped paying" ends it).
    if (n === 0 && simplePast(tokens, i) && tokens[m.start].w.endsWith('ing') && !NEGATORS.has(t.w) && !ENDING_PAST.has(t.w) && tokens[i - 1]?.kind === 'word') return '';
    // "Microsoft attained the rights …": a simple past whose object is the claim.
    // (Not a name given to it: "often called the AGI clause".)
    if (n >= 1 && n <= 2 && simplePast(tokens, i) && !NAMING.has(t.w) && tokens[i - 1]?.kind === 'word'
      && tokens.slice(i + 1, m.start).every((u) => (DETERMINERS.has(u.w) && u.w !== 'that' && u.w !== 'this') || possessive(u))) return '';
  }
  // Nothing in the list before it: a simple past of the clause it hangs on ("Microsoft extended its
  // investment, making Azure …"), or else the date decides.
  if (participle) return clauseBefore(tokens, participleComma);
  // "Under the capped-profit model, returns were capped": a claim in a leading "Under …," takes
  // the time of the main clause.
  if (tokens[0]?.w === 'under' || tokens[0]?.w === 'given') {
    const comma = firstComma(tokens);
    if (comma >= m.end) {
      const verb = verbAfter(tokens, comma + 1, 8);
      if (verb !== undefined) return verb;
    }
  }
  // "When Bill Gates cautioned that the $1 billion investment could …, …": a leading clause told in the past.
  if (tokens[0]?.w === 'when' && firstComma(tokens) >= m.end) {
    for (let i = 1; i < m.start; i++) if (PAST_VERBS.has(tokens[i].w) || simplePast(tokens, i)) return '';
  }
  // "The provision, often dubbed the AGI clause, was written …": a name given in an appositive
  // takes the time of the main clause after it.
  for (let i = m.start - 1; i >= Math.max(0, m.start - 3); i--) {
    if (!NAMING.has(tokens[i].w)) continue;
    if (tokens[i - 1]?.w !== ',' && !(tokens[i - 2]?.w === ',' && tokens[i - 1].kind === 'word')) break;
    let close = m.end;
    while (close < tokens.length && close < m.end + 4 && tokens[close].w !== ',') close++;
    if (tokens[close]?.w !== ',') break;
    const verb = verbAfter(tokens, close + 1, 4);
    if (verb !== undefined) return verb;
    break;
  }
  // "The AGI clause, which had for years been …, stipulated …": past the relative clause.
  if (m.start <= 2 && tokens[m.end]?.w === ',' && (tokens[m.end + 1]?.w === 'which' || tokens[m.end + 1]?.w === 'who')) {
    let close = m.end + 2;
    while (close < tokens.length && close < m.end + 24 && tokens[close].w !== ',' && tokens[close].w !== ';') close++;
    const verb = tokens[close]?.w === ',' ? verbAfter(tokens, close + 1, 3) : undefined;
    if (verb !== undefined) return verb;
  }
  // A claim that opens its sentence takes the verb that follows it:
  // "The exclusive cloud provider for the JEDI contract was Microsoft."
  if (m.start <= 2 || (m.start <= 5 && tokens.slice(0, m.start).every((t) => DETERMINERS.has(t.w) || possessive(t) || LEAD_MODIFIERS.has(t.w)))) {
    for (let i = m.end, n = 0; i < tokens.length && n < 6; i++, n++) {
      const w = tokens[i].w;
      if (w === ',' || w === ';' || w === 'which' || w === 'that' || w === '\u2014') break;
      if (PRESENT_VERBS.has(w)) return w;
      if (PAST_VERBS.has(w)) return perfect(tokens, i) ? 'has' : '';
    }
  }
  return undefined;
}

/**
 * "As of March 31, 2026, Azure was still …": what still held then, in the past — in a sentence
 * that names a year. Without one, "was still" is often reported speech about now ("sources
 * told us this week that Microsoft was still paying …").
 */
function pastStill(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1]?.w;
  if (tokens[i].w !== 'still' || (prev !== 'was' && prev !== 'were')) return false;
  for (const t of tokens) if (t.kind === 'year') return true;
  return false;
}

function pastWithObject(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return PAST_WITH_OBJECT.has(tokens[i].w) && next !== undefined && next.kind === 'word' && next.w !== 'at' && next.w !== 'by';
}

/**
 * "is allowed", "are not required": a participle after a present form of "be" is a passive in
 * the present, not a past tense. Returns that form, or undefined.
 */
function passive(tokens: Token[], i: number): string | undefined {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const w = tokens[k].w;
    // ("remains barred", "stays locked": a state that holds now.)
    if (w === 'is' || w === 'are' || w === 'am' || w === "isn't" || w === "aren't" || w === 'remains' || w === 'remain' || w === 'stays' || w === 'stay') return 'is';
    // "is 49% owned by Microsoft": a share before the participle, like an adverb.
    if (!PASSIVE_ADVERBS.has(w) && tokens[k].kind !== 'percent') return undefined;
  }
  return undefined;
}
const PASSIVE_ADVERBS = new Set([
  'not', 'no', 'longer', 'still', 'now', 'also', 'currently', 'only', 'contractually', 'legally', 'explicitly', 'expressly',
  'partly', 'partially', 'jointly', 'wholly', 'majority', 'minority',
]);

/** "has been", "have had": the present perfect speaks of a state that still holds. */
function perfect(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const w = tokens[k].w;
    // "would have kept" is a past counterfactual, not a present perfect.
    if (w === 'have' && (tokens[k - 1]?.w === 'would' || tokens[k - 1]?.w === 'could' || tokens[k - 1]?.w === 'might')) return false;
    if (w === 'has' || w === 'have' || w === 'having') return true;
    if (w === 'had' || w === 'would') return false;
  }
  return false;
}

/** "from 32.5% to 27%", "down from 32.5%", "instead of 32.5%", "27% (from 32.5%)". */
function roleOf(tokens: Token[], fig: number): Role {
  const prev = tokens[fig - 1]?.w;
  const prev2 = tokens[fig - 2]?.w;
  const isApprox = prev && ['about', 'roughly', 'approximately', 'nearly', 'around', '~'].includes(prev);
  const before = isApprox ? prev2 : prev;
  // "compares with a 32.5 percent holding", "went from a reported 49%": an article and a word
  // that qualifies the old figure may come between.
  let lead = fig - 1 - (isApprox ? 1 : 0);
  if (OLD_FIGURE_WORDS.has(tokens[lead]?.w ?? '')) lead--;
  if (ARTICLES.has(tokens[lead]?.w ?? '')) lead--;
  if (before === 'from' || tokens[lead]?.w === 'from') return 'old';
  // "Microsoft's previously disclosed 32.5% stake": a participle marked as earlier.
  // (Not a verb: "Microsoft originally invested $13 billion" says how, not which figure came first.)
  if (tokens[lead]?.w.endsWith('ed') && EARLIER_ADVERBS.has(tokens[lead - 1]?.w ?? '') && (DETERMINERS.has(tokens[lead - 2]?.w ?? '') || possessive(tokens[lead - 2]))) return 'old';
  if (CONTRAST_BEFORE.some((p) => phraseEndsAt(tokens, lead, p))) return 'old';
  const next = tokens[fig + 1]?.w;
  // "valued at $730 billion before the new money" is the pre-money value, not an earlier one.
  if (next === 'before' && tokens.slice(fig + 2, fig + 5).some((t) => t.w === 'money')) return undefined;
  // "32.5% earlier" (not "invested $13 billion earlier in the partnership").
  if (next === 'previously' || next === 'before' || (next === 'earlier' && !(tokens[fig].kind === 'usd' && TIME_AFTER_EARLIER.has(tokens[fig + 2]?.w ?? '')))) return 'old';
  if (before === 'to') {
    for (let i = fig - 2, n = 0; i >= 0 && n < 8; i--, n++) {
      if (tokens[i].w === 'from' && tokens[i + 1] && tokens[i + 1].kind === tokens[fig].kind) return 'new';
      if (tokens[i].w === ';') break;
    }
    for (let i = fig + 1, n = 0; i < tokens.length && n < 6; i++, n++) {
      if (tokens[i].w === 'from' && tokens[i + 1]?.kind === tokens[fig].kind) return 'new';
    }
  }
  return undefined;
}

function unlessHit(rule: CompiledRule, tokens: Token[]): boolean {
  for (const u of rule.unless) {
    for (let i = 0; i < tokens.length; i++) if (matchAt(u, tokens, i, tokens.length)) return true;
  }
  return false;
}

function focusRange(rule: CompiledRule, tokens: Token[], m: PatternMatch): [number, number] {
  if (rule.focus) {
    for (let i = m.start; i < m.end; i++) {
      const f = matchAt(rule.focus, tokens, i, m.end);
      if (f) return [f.start, f.end];
    }
  }
  if (m.figure !== undefined && rule.statement?.value === undefined) return [m.figure, m.figure + 1];
  return [m.start, m.end];
}

/** All claims of one sentence's tokens; `question`: the sentence ends with a question mark. */
export function findClaims(model: CompiledModel, tokens: Token[], asOfYear: number, question = false, scanned = false): Claim[] {
  const candidates: { rule: CompiledRule; m: PatternMatch }[] = [];
  const tryRules = (rules: CompiledRule[] | undefined, i: number) => {
    if (!rules) return;
    for (const rule of rules) {
      // After scanAll on this sentence, a rule whose anchors it lacks cannot match here.
      if (scanned && !ruleLive(model.trigger, rule)) continue;
      const m = matchAt(rule.pattern, tokens, i, tokens.length);
      if (m) candidates.push({ rule, m });
    }
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    tryRules(model.byFirst.get(t.w), i);
    if (t.kind === 'word') {
      for (const p of model.byPrefix) if (t.w.startsWith(p.prefix)) tryRules([p.rule], i);
    } else if (t.kind !== 'punct') {
      tryRules(model.byFirst.get(`<${t.kind}>`), i);
    }
  }
  for (let f = 0; f < tokens.length; f++) {
    const rules = model.cues.get(tokens[f].kind);
    if (rules) for (const rule of rules) { const m = cueNear(rule, tokens, f); if (m) candidates.push({ rule, m }); }
  }
  if (!candidates.length) return [];
  const parties = findParties(model, tokens);
  // "AWS is Anthropic's exclusive cloud provider": other companies, none of this partnership.
  if (parties.length && !parties.some((p) => PARTNERSHIP_PARTIES.has(p.party))) return [];
  const claims: Claim[] = [];
  const facts = sentenceFacts(tokens, question);
  let years = 0;
  let year = -1;
  for (let i = 0; i < tokens.length; i++) if (tokens[i].kind === 'year') { years++; year = i; }
  for (const { rule, m } of candidates) {
    if (rule.unless.length && unlessHit(rule, tokens)) continue;
    const negated = negation(tokens, m);
    // "a non-exclusive licence through 2032" is not the misreading "exclusive through 2032".
    if (rule.misreading && negated) continue;
    // A yes/no question asks about a misreading, a correction quotes one; neither makes it.
    if (rule.misreading && ((facts.asks && m.start >= facts.askFrom) || facts.quotedEnd >= m.end)) continue;
    const [fs, fe] = focusRange(rule, tokens, m);
    const figure = m.figure !== undefined ? tokens[m.figure] : undefined;
    const statedValue = rule.statement?.value;
    const value: Value = statedValue !== undefined ? statedValue : figure?.value ?? true;
    // "… for the Pentagon's JEDI contract", "a 14% stake in Anthropic": the claim is about another deal.
    if (aboutOtherParty(parties, m, tokens)) continue;
    const who = passiveAgent(parties, m, tokens) ?? (governedPassive(tokens, m) ? undefined : subjectBefore(parties, m.start, tokens)) ?? subjectWithin(parties, m);
    const subject = who?.party;
    // A figure of another party's holding is not this term's ("the Foundation holds 26%").
    if (rule.cue && rule.term.holder && subject && subject !== rule.term.holder && PRINCIPALS.has(subject) && !adjunctFigure(tokens, m)) continue;
    const { frame, date, unasserted } = frameOf(tokens, m, asOfYear, facts);
    const hedged = facts.hedged && hedgedClause(tokens, m);
    claims.push({
      rule, term: rule.term, value, negated: rule.misreading ? false : negated, frame, frameDate: date, soleDate: years === 1 && soleDateFor(tokens, year, m),
      role: figure && m.figure !== undefined ? roleOf(tokens, m.figure) : undefined,
      subject, subjectStart: who ? tokens[who.start].start : undefined, subjectEnd: who ? tokens[who.end - 1].end : undefined,
      approx: figure?.approx ?? false, hedged, asserted: !unasserted, planned: (unasserted === true || hedged) && livePlan(tokens, m, asOfYear, facts), match: m, focusStart: tokens[fs].start, focusEnd: tokens[fe - 1].end, figure,
    });
  }
  return claims;
}

const CUE_BEFORE = 7;
const CUE_AFTER = 5;
const CUE_STOPS = new Set([';', 'but', 'while', 'whereas', 'although']);

/** The nearest cue of a figure term around figure token f, as a match spanning both. */
function cueNear(rule: CompiledRule, tokens: Token[], f: number): PatternMatch | undefined {
  for (let d = 1; d <= CUE_BEFORE || d <= CUE_AFTER; d++) {
    if (d <= CUE_AFTER && f + d < tokens.length) {
      if (CUE_STOPS.has(tokens[f + d - 1].w) && d > 1) { /* stop looking right */ } else {
        const m = matchAt(rule.pattern, tokens, f + d, Math.min(tokens.length, f + CUE_AFTER + 3));
        if (m && !crosses(tokens, f, m.start)) return { start: f, end: m.end, figure: f, gaps: between(f + 1, m.start) };
      }
    }
    if (d <= CUE_BEFORE && f - d >= 0) {
      const m = matchAt(rule.pattern, tokens, f - d, f);
      // The words between cue and figure are free text of the match: "stake is no longer 32.5%".
      if (m && !crosses(tokens, m.end, f)) return { start: f - d, end: f + 1, figure: f, gaps: between(m.end, f) };
    }
  }
  return undefined;
}

function between(from: number, to: number): number[] | undefined {
  if (to <= from) return undefined;
  const out: number[] = [];
  for (let k = from; k < to; k++) out.push(k);
  return out;
}

function crosses(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (CUE_STOPS.has(tokens[i].w)) return true;
  return false;
}

const OBJECT_LINKS = new Set(['for', 'of', 'in', 'to', 'with', 'at']);

function aboutOtherParty(parties: Party[], m: PatternMatch, tokens: Token[]): boolean {
  for (const p of parties) {
    if (PARTNERSHIP_PARTIES.has(p.party) || p.start < m.end || p.start > m.end + 3) continue;
    for (let k = m.end; k < p.start; k++) if (OBJECT_LINKS.has(tokens[k].w)) return true;
  }
  return false;
}

/** A party that opens the match ("OpenAI alone decides …") is its subject; one inside it is an object ("paying Microsoft"). */
/**
 * Does the sentence open with its one year as a point in time that dates match m ("In 2023,
 * Microsoft's investment gave it a 27% stake", "On July 22, 2019, …", "As of March 31, 2026, …")?
 * Only a leading adverbial, and only when nothing between it and the claim could start another
 * clause or move the time on (a relative clause, "and", "later", "eventually", a second comma):
 * a year elsewhere may date a participle ("Founded in 2015, …"), a relative clause or a
 * comparison, and a date read into the wrong clause would be a false alarm.
 */
function soleDateFor(tokens: Token[], year: number, m: PatternMatch): boolean {
  let k = 0;
  if (tokens[0]?.w === 'as' && tokens[1]?.w === 'of') k = 2;
  else if (tokens[0]?.w === 'in' || tokens[0]?.w === 'on' || tokens[0]?.w === 'during') k = 1;
  else return trailingDateFor(tokens, year, m);
  // The adverbial: month, day, weekday, "early"/"late" and commas up to the year.
  while (k < year && datePart(tokens[k])) k++;
  if (k !== year) return false;
  let i = year + 1;
  if (tokens[i]?.w === ',') i++;
  for (; i < m.end; i++) if (!sameClauseWord(tokens[i])) return false;
  return true;
}

/**
 * "Microsoft owned roughly 27% of OpenAI in 2024.": a sentence of one clause (no comma) that
 * ends with "in" and its year, with nothing between the claim and the date that could start
 * another clause or move the time on.
 */
function trailingDateFor(tokens: Token[], year: number, m: PatternMatch): boolean {
  if (year !== tokens.length - 1 || year < m.end) return false;
  let k = year - 1;
  while (k >= m.end && datePart(tokens[k])) k--;
  if (k < m.end || (tokens[k].w !== 'in' && tokens[k].w !== 'during')) return false;
  for (const t of tokens) if (t.w === ',' || t.w === ';' || t.w === ':') return false;
  // Before the claim, no second clause; between it and the date, nothing that moves the time on.
  for (let i = 0; i < m.start; i++) {
    const w = tokens[i].w;
    if (isBreak(tokens[i]) || w === 'that' || w === 'when' || w === 'where' || w === 'and') return false;
  }
  for (let i = m.end; i < k; i++) if (!sameClauseWord(tokens[i])) return false;
  return true;
}

/** Words that keep a leading date's clause going: not a clause break, a relative, "and" or a word that moves time on. */
function sameClauseWord(t: Token): boolean {
  return !(isBreak(t) || t.w === 'that' || t.w === 'when' || t.w === 'where' || t.w === 'and' || DATE_MOVERS.has(t.w));
}
const DATE_MOVERS = new Set(['later', 'eventually', 'ultimately', 'subsequently', 'then', 'afterwards', 'after', 'since', 'until', 'before', 'by', 'now', 'today', 'ago']);

/**
 * "OpenAI is 49% owned by Microsoft": in a passive, the party after "by" is who the claim is
 * about, not the subject before it. Only right after the match ("owned by", "held by").
 */
function passiveAgent(parties: Party[], m: PatternMatch, tokens: Token[]): Party | undefined {
  const last = tokens[m.end - 1]?.w;
  if ((last !== 'owned' && last !== 'held') || tokens[m.end]?.w !== 'by') return undefined;
  return parties.find((p) => p.start === m.end + 1);
}

/**
 * "OpenAI's compute is no longer covered by a right of first refusal", "… is subject to Microsoft's
 * ROFR": the claim is the agent of a passive, so the subject before it is what the term acts on,
 * not who holds it.
 */
function governedPassive(tokens: Token[], m: PatternMatch): boolean {
  let k = m.start - 1;
  // "by a right …", "by Microsoft's right …".
  if (ARTICLES.has(tokens[k]?.w ?? '') || (tokens[k] && tokens[k].end - tokens[k].start > tokens[k].w.length)) k--;
  const w = tokens[k]?.w;
  const verb = tokens[k - 1]?.w ?? '';
  return (w === 'by' && /(?:ed|en)$/.test(verb) && verb !== 'owned' && verb !== 'held') || (w === 'to' && verb === 'subject');
}

/**
 * "Microsoft owns 27% of OpenAI at the current $500 billion valuation": a figure named by the
 * cue right after it, in a phrase of its own after "at", is not the subject's.
 */
function adjunctFigure(tokens: Token[], m: PatternMatch): boolean {
  const f = m.figure;
  // ("at a $500 billion OpenAI valuation": the company's name may come between.)
  if (f === undefined || !(m.end === f + 2 || (m.end === f + 3 && tokens[f + 1].w === 'openai'))) return false;
  for (let i = f - 1; i >= 0 && i >= f - 3; i--) {
    const w = tokens[i].w;
    if (w === 'at' || (w === 'of' && tokens[i - 1]?.w === 'out')) return true;
    if (!ARTICLES.has(w) && w !== 'current' && w !== 'latest' && w !== 'recent' && w !== 'reported') return false;
  }
  return false;
}

function subjectWithin(parties: Party[], m: PatternMatch): Party | undefined {
  for (const p of parties) if (p.start === m.start && p.end <= m.end) return p;
  return undefined;
}
