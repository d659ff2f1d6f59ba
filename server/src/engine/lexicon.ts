// The words of English that decide how a claim is meant: who it is about, whether it is
// affirmed or negated, and whether it speaks of now or of the past. These are language,
// not terms of the agreement: the terms and their wording live in the terms model.

export const PARTIES: Record<string, string[]> = {
  microsoft: ['microsoft', 'msft', 'ms', 'redmond', 'the tech giant', 'the software giant', 'the software maker', 'the windows maker', 'nadella'],
  openai: ['openai', 'the chatgpt maker', 'chatgpt maker', 'the ai startup', 'the startup', 'altman', 'openai group pbc', 'the pbc', 'the ai firm', 'the company s board', 'openai board'],
  foundation: ['openai foundation', 'the foundation', 'the nonprofit', 'the non profit', 'nonprofit'],
  'employees-investors': ['employees', 'investors', 'employees and investors', 'other investors'],
  azure: ['azure', 'azure openai service', 'chatgpt', 'copilot'],
  softbank: ['softbank'],
  amazon: ['amazon', 'aws'],
  oracle: ['oracle'],
  others: ['anthropic', 'google', 'alphabet', 'nvidia', 'meta', 'xai', 'apple', 'ibm', 'coreweave', 'pentagon', 'mistral', 'deepmind', 'gemini', 'claude'],
};

/** The parties of this partnership: a sentence that names none of them but names others is about something else. */
export const PARTNERSHIP_PARTIES = new Set(['microsoft', 'openai', 'foundation', 'employees-investors', 'azure']);

/** Negators read before a claim (within a short window of its clause). */
export const NEGATORS = new Set([
  'not', 'no', 'never', 'neither', 'gone', 'without', 'cannot', 'nor', 'non', 'lose', 'loses', 'lost', 'losing',
  'relinquish', 'relinquishes', 'relinquished', 'relinquishing', 'surrender', 'surrenders', 'surrendered',
  'surrendering', 'forfeit', 'forfeits', 'forfeited', 'remove', 'removes', 'removed', 'removing',
  'revoke', 'revokes', 'revoked', 'eliminate', 'eliminates', 'eliminated', 'eliminating', 'end', 'ends',
  'ended', 'ending', 'scrap', 'scraps', 'scrapped', 'scrapping', 'drop', 'drops', 'dropped', 'dropping', 'waive',
  'waives', 'waived', 'abandon', 'abandons', 'abandoned', 'kill', 'kills', 'killed', 'killing', 'axe', 'axes', 'axed',
  'ditch', 'nix', 'nixes', 'nixed', 'lacks', 'lack', 'loosen', 'loosens', 'loosened', 'relax', 'relaxes', 'relaxed', 'relaxing',
  'barred', 'bars', 'prohibited', 'prohibits', 'prevented', 'prevents', 'forbidden', 'forbids', 'banned', 'blocked',
  'replace', 'replaces', 'replaced', 'replacing', 'escape', 'escapes', 'escaped', 'escaping', 'terminate', 'terminates', 'terminated', 'terminating', 'strips', 'stripped', 'anymore', 'sheds', 'shed', 'ditches', 'ditched',
  // The writer disputes what follows: "it is a myth that …", "analysts wrongly believe …".
  'myth', 'misconception', 'wrongly', 'mistakenly', 'falsely', 'erroneously', 'incorrectly', 'untrue', 'misstated', 'misreported',
  // Past forms only: "stopped paying OpenAI" ends it, "payments stop when AGI is verified" does not.
  'ceased', 'stopped', 'discontinued', 'halted',
]);

/** Past reporting verbs that keep a distance: "a post claimed Microsoft owns 49%" reports, it does not assert. */
export const DISTANCING_VERBS = new Set(['claimed', 'alleged', 'asserted', 'purported', 'rumored', 'rumoured', 'quoting']);

/** A modal claim with one of these in its sentence is a counterfactual: "would own 32.5% had OpenAI not raised money". */
export const COUNTERFACTUAL_CUES = new Set(['if', 'had', 'unless', 'were', 'otherwise']);

/** Phrasal negators: "gave up", "no longer". */
export const NEGATOR_PHRASES = [
  ['gave', 'up'], ['give', 'up'], ['gives', 'up'], ['giving', 'up'], ['given', 'up'], ['no', 'longer'], ['walked', 'away'], ['walks', 'away'],
  // "It would be wrong to say Microsoft isn't …": the writer denies what follows.
  ['wrong', 'to', 'say'], ['false', 'to', 'say'], ['untrue', 'to', 'say'], ['wrong', 'to', 'claim'], ['false', 'to', 'claim'],
];

/**
 * Negators that count only right before the claim (within two words): "rather than paying
 * OpenAI a revenue share", "the loss of exclusivity". Further off they govern something else
 * ("a loss of $4 billion on its 27% stake", "Microsoft, rather than OpenAI, holds …").
 */
export const NEAR_NEGATOR_PHRASES = [
  ['rather', 'than'], ['loss', 'of'], ['removal', 'of'], ['elimination', 'of'], ['termination', 'of'], ['abolition', 'of'],
  ['demise', 'of'], ['death', 'of'], ['end', 'of'], ['freed', 'from'], ['free', 'from'],
];

/** Words that open a leading subordinate clause: the sentence's first comma closes it and ends a negator's reach. */
export const SUBORDINATORS = new Set([
  'if', 'provided', 'unless', 'although', 'though', 'while', 'when', 'whenever', 'because', 'since', 'given', 'as',
  'once', 'after', 'before', 'until', 'whereas', 'whether',
]);

/** Negators read after a claim: "… has been revoked", "… is over". */
export const POST_NEGATORS = new Set(['revoked', 'removed', 'eliminated', 'scrapped', 'ended', 'over', 'gone', 'dropped', 'waived', 'terminated', 'abolished', 'lifted', 'anymore', 'relinquished', 'dissolved', 'dead', 'deceased', 'lapsed', 'expired', 'killed', 'axed', 'ditched', 'nixed', 'history', 'replaced', 'superseded']);

/** Words that end the reach of a negator or a tense marker inside a sentence. */
export const CLAUSE_BREAKS = new Set([';', ':', '(', ')', '\u2014', 'but', 'while', 'whereas', 'although', 'though', 'however', 'which', 'who', 'and', 'or', 'yet', 'meaning', 'instead']);

/** Markers that place what follows (or the whole sentence, when leading) in the past. */
export const PAST_MARKERS = new Set(['previously', 'formerly', 'former', 'earlier', 'original', 'originally', 'old', 'prior', 'previous', 'historically', 'initially', 'once']);

/** Verbs whose past form frames a claim as past. */
export const PAST_VERBS = new Set([
  'was', 'were', 'had', 'held', 'owned', 'gave', 'granted', 'stood', 'enjoyed', 'retained', 'got', 'received',
  'became', 'named', 'introduced', 'included', 'kept', 'made', 'allowed', 'required', 'gained', 'secured',
  'obtained', 'acquired', 'controlled', 'used', 'set', 'established', 'began', 'started', 'paid', 'provided',
  'supplied', 'served', 'ran', 'maintained', 'agreed', 'signed', 'committed', 'invested', 'determined', 'did',
  'lasted', 'remained', 'persisted', 'designated', 'reinforced', 'cemented', 'solidified', 'appointed', 'led',
  'guaranteed', 'ensured', 'locked', 'licensed', 'created', 'formed', 'founded', 'barred',
]);

/** Past forms that are also participles: a past tense only with an object ("a sale valued OpenAI at …"), not before "at" ("OpenAI, now valued at …"). */
export const PAST_WITH_OBJECT = new Set(['valued', 'priced', 'pegged']);

/** Finite present and future forms: a claim governed by one of these speaks of now. */
export const PRESENT_VERBS = new Set([
  'is', 'are', 'has', 'have', 'holds', 'hold', 'owns', 'own', 'remains', 'remain', 'retains', 'retain', 'keeps',
  'keep', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should', 'continues', 'continue',
  'maintains', 'maintain', 'gets', 'get', 'gives', 'give', 'grants', 'grant', 'includes', 'include',
  'preserves', 'preserve', 'extends', 'extend', 'involves', 'becomes', 'become', 'becoming', 'making', 'now',
  'currently', 'today', 'still', 'stays', 'stay', 'requires', 'allows', 'lets', 'enjoys', 'controls', 'serves',
  'runs', 'pays', 'implies', 'represents', 'means', 'provides', 'means', 'gains', 'secures', 'obtains',
]);

/** Verbs that report speech: the claim they introduce is judged on its own tense. */
export const REPORTING_VERBS = new Set([
  'said', 'says', 'announced', 'announces', 'disclosed', 'discloses', 'reported', 'reports', 'noted', 'notes',
  'stated', 'states', 'confirmed', 'confirms', 'told', 'added', 'wrote', 'explained', 'according', 'reportedly',
  'claimed', 'claims', 'argued', 'revealed', 'showed', 'shows', 'put', 'described', 'describes',
]);

/** Verbs of expectation and intent: "expected Microsoft to keep its 32.5% stake" asserts nothing. */
export const HYPOTHETICAL_VERBS = new Set([
  'expect', 'expects', 'expected', 'hope', 'hopes', 'hoped', 'want', 'wants', 'wanted', 'seek', 'seeks', 'sought',
  'aim', 'aims', 'aimed', 'intend', 'intends', 'intended', 'try', 'tries', 'tried', 'propose', 'proposes', 'proposed',
  'ask', 'asks', 'asked', 'demand', 'demands', 'demanded', 'push', 'pushed', 'pushes', 'urge', 'urged', 'urges',
  'negotiate', 'negotiates', 'negotiated', 'negotiating', 'bargaining', 'lobbying', 'lobbied', 'floated', 'angled',
]);

/** Markers that hold a claim in the present even after a past marker: "now", "today". */
export const NOW_MARKERS = new Set(['now', 'currently', 'today', 'still', 'remains', 'remain', 'continues', 'anymore']);

/** Nouns of the event that ended old terms: "before the recapitalization". */
export const CHANGE_EVENTS = new Set(['terms', 'arrangement', 'framework', 'recapitalization', 'recapitalisation', 'restructuring', 'restructure', 'reorganization', 'reorganisation', 'change', 'changes', 'deal', 'agreement', 'amendment', 'conversion', 'overhaul', 'transition', 'round', 'rounds']);

export const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/** Words that say a figure was the old value in a contrast: "down from 32.5%", "instead of 32.5%". */
export const FROM_WORDS = new Set(['from']);
export const CONTRAST_BEFORE = [['instead', 'of'], ['compared', 'with'], ['compared', 'to'], ['compares', 'with'], ['compare', 'with'], ['rather', 'than'], ['versus'], ['vs'], ['replacing'], ['replaces'], ['replaced']];
