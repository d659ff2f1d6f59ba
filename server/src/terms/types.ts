// Shape of the terms model (terms.json, validated by terms.schema.json).
// Every term is a value over time: a timeline of periods, each with the value that held,
// the event that started and ended it and its sources. What differs between terms lives
// here as data; the engine has no term-specific code paths.

export type ValueType = 'percent' | 'usd' | 'year' | 'boolean' | 'choice' | 'statement';
export type Value = number | boolean | string;
export type SurfaceFormKind = 'current' | 'currentOct2025' | 'stale' | 'historical' | 'wrong' | 'unofficial';

export interface ModelSource {
  title: string;
  publisher: string;
  /** ISO date, or a partial date (YYYY-MM) when that is all that is known. */
  date: string;
  url: string;
  official: boolean;
  /** How the text was read when the page itself could not be (a mirror, quotes). */
  readVia?: string;
  /** What the bare date or URL cannot say (an approximate date, a second address). */
  note?: string;
}

export interface ModelEvent {
  id: string;
  date: string;
  name: string;
  summary: string;
  sources: string[];
}

/** Another way the same state was described (a reported figure beside the official one). */
export interface Alternative {
  value: Value;
  /** Set when the alternative is stated in another unit than the term (a stake as a dollar value). */
  valueType?: ValueType;
  label: string;
  official: boolean;
  note?: string;
  sources?: string[];
}

export interface Period {
  /** ISO date the value took effect; null when the start is not known. */
  from: string | null;
  /** ISO date the value stopped holding (exclusive); null while it holds. */
  to: string | null;
  value: Value;
  /** The value in words, as a message or hover shows it. */
  label: string;
  official: boolean;
  /** Event id that started this period / ended it. */
  event?: string;
  endedBy?: string;
  alternatives?: Alternative[];
  sources: string[];
  note?: string;
  /** Why the timeline has no period between the previous one's end and this one's start. */
  gapBefore?: string;
  /** The value did not hold at any time before this period (not merely unrecorded). */
  absentBefore?: boolean;
}

export interface Proposal extends Alternative {
  /** Reported but never in force: stating it as the present term is stale. */
  reportedOn: string;
  /**
   * The event that settled the term without the proposal: from then on, a proposal told as a
   * live plan ("plans to cut the share to 8% by 2030") is stale too.
   */
  settledBy?: string;
}

/**
 * A phrase pattern: words separated by spaces; `(a|b c)` is a choice of phrases, `(a|b)?` an
 * optional one (not first);
 * `…` (or `...`) lets up to 4 words pass, `…8` up to 8; a trailing `*` on a word matches
 * any ending (`exclusiv*`). Matching ignores case, quotes, hyphens and Markdown emphasis.
 * Patterns are not regular expressions: they compile to bounded token matching.
 */
export type PhrasePattern = string;

export interface Statement {
  /** The pattern whose presence asserts `value` (before polarity and time are applied). */
  pattern: PhrasePattern;
  /**
   * The value asserted. Left out when the pattern holds a figure slot (`<year>`): the figure
   * is the value. For a choice term, `*` asserts that the arrangement exists at all.
   */
  value?: Value;
  /**
   * Where the finding's range goes: the whole match (default) or the sub-phrase that
   * carries the value.
   */
  focus?: PhrasePattern;
  /** Replacement text for the focused range when the claim is stale, if mechanical. */
  replacement?: string;
  /** The statement does not apply in a sentence where one of these phrases occurs. */
  unless?: PhrasePattern[];
  /**
   * The party the claim must be about. When the sentence makes another of the principal
   * parties its subject ("OpenAI lost its right of first refusal"), the claim is wrong.
   */
  subject?: string;
}

export interface Misreading {
  pattern: PhrasePattern;
  focus?: PhrasePattern;
  /** Why the wording misstates the term. */
  message: string;
  replacement?: string;
  /** Phrases that, anywhere in the sentence, keep the misreading from applying. */
  unless?: PhrasePattern[];
}

export interface Term {
  /** Stable dotted, kebab-cased id: `equity.microsoft-stake`. The rule id of its findings. */
  id: string;
  /** Ids in ../shared/facts/terms-facts.json this term models. */
  factIds: string[];
  category: string;
  title: string;
  /** A few sentences: what the term is and what changed. */
  explanation: string;
  qualifiers?: string[];
  valueType: ValueType;
  /** The party the value belongs to (`microsoft`, `openai`, `foundation`, …). */
  holder?: string;
  /** For choice terms: the meaning of each value key. */
  choices?: Record<string, string>;
  timeline: Period[];
  proposals?: Proposal[];
  /** A date after which events neither restated nor revoked the term (reported as unconfirmed). */
  notRestatedSince?: string;
  notRestatedNote?: string;
  /**
   * Surface forms writers use, as collected with the facts (documentation and tests).
   * `currentOct2025`: current under the 2025-10-28 agreement, not confirmed since;
   * `unofficial`: press figures that agree with the official value or are the only data.
   */
  surfaceForms: Partial<Record<SurfaceFormKind, string[]>>;
  sources: string[];
  /** Recognition data used by the engine. */
  cues?: PhrasePattern[];
  statements?: Statement[];
  misreadings?: Misreading[];
}

export interface TermsModel {
  $schema?: string;
  version: number;
  /** Date the model was last compiled from its sources. */
  compiled: string;
  sources: Record<string, ModelSource>;
  events: ModelEvent[];
  terms: Term[];
}
