import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { createChecker, type Finding } from '../../server/src/engine';
import { findClaims } from '../../server/src/engine/claims';
import { compileModel } from '../../server/src/engine/compile';
import { SentenceMemo } from '../../server/src/engine/memo';
import { moved } from '../../server/src/engine/moved';
import { segment } from '../../server/src/engine/segment';
import { MAX_SENTENCE, splitSentences } from '../../server/src/engine/sentences';
import { tokenize } from '../../server/src/engine/tokens';
import { mayClaim, scanAll } from '../../server/src/engine/trigger';
import { builtinModel, mergeModel } from '../../server/src/terms/model';
import { checkAll, TODAY } from './helpers';

// The shortcuts that make checking fast must never change a result: the trigger only skips
// sentences that hold no claim, and a moved finding is the same finding at another place.

function realSentences(): string[] {
  const out: string[] = [];
  const corpus = join(__dirname, '../../../shared/corpus/dev.jsonl');
  if (existsSync(corpus)) for (const line of readFileSync(corpus, 'utf8').split('\n').filter(Boolean)) out.push(JSON.parse(line).text);
  const seeds = join(__dirname, '../../../shared/seeds');
  if (existsSync(seeds)) for (const f of readdirSync(seeds)) out.push(...readFileSync(join(seeds, f), 'utf8').split(/(?<=[.!?])\s+/));
  return out.length ? out : ['Microsoft holds a 32.5% stake in OpenAI.', 'Its stake fell from 32.5% to 27%.', 'US$135bn, one-third, 2032.'];
}

/**
 * Every sentence the trigger skips must give no claim, and in a sentence it lets through, the
 * rules its full scan rules out must match nothing: the claims are the same without them.
 */
function assertTriggerSound(cm: ReturnType<typeof compileModel>, text: string): void {
  const seg = segment(text);
  for (const b of seg.blocks) {
    for (const s of splitSentences(seg.masked, b.start, b.end)) {
      const tokens = tokenize(seg.masked, s.start, s.end);
      const claims = findClaims(cm, tokens, 2026);
      const may = mayClaim(cm.trigger, seg.masked, s.start, s.end);
      assert.equal(scanAll(cm.trigger, seg.masked, s.start, s.end), may);
      if (!may) {
        assert.equal(claims.length, 0, `skipped a sentence with a claim: ${seg.masked.slice(s.start, s.end)}`);
        continue;
      }
      assert.deepStrictEqual(findClaims(cm, tokens, 2026, false, true), claims, `a rule ruled out by the scan matched: ${seg.masked.slice(s.start, s.end)}`);
    }
  }
}

/**
 * Checks the paragraphs in one document and each alone with a fresh checker (nothing memoised
 * from the others), asserts the findings are the same at the same places, and returns them.
 */
function togetherAndAlone(paragraphs: string[]): { text: string; together: Finding[] } {
  const text = paragraphs.join('\n\n');
  const together = checkAll(text, { asOf: TODAY });
  let at = 0;
  const alone: Finding[] = [];
  for (const p of paragraphs) {
    for (const f of createChecker(builtinModel).check(p, { asOf: TODAY, all: true }).findings) alone.push(moved(f, at));
    at += p.length + 2;
  }
  assert.deepStrictEqual(together, alone);
  return { text, together };
}

describe('engine: fast paths change no result', () => {
  const sentences = realSentences();
  const cm = compileModel(builtinModel);

  it(`the trigger skips no sentence that holds a claim, nor a rule that matches (${sentences.length} real sentences)`, () => {
    for (const s of sentences) assertTriggerSound(cm, s);
  });

  it('the trigger skips no sentence that holds a claim, nor a rule that matches (generated sentences)', () => {
    const words = [...new Set(sentences.join(' ').split(/\s+/))].slice(0, 4000);
    const glue = ['$', 'US$', '%', ' percent', '-', '’s', "'", '5', '2032', '1,000', 'bn', 'x', ' ', ' ', ' '];
    const sentence = fc.array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(...glue)), { maxLength: 30 }).map((a) => a.join(' '));
    fc.assert(fc.property(sentence, (s) => assertTriggerSound(cm, s)), { seed: 20261122, numRuns: 3000 });
  });

  it('the trigger stays sound for a model extended with user terms (prefixes, figures, odd words)', () => {
    const base = builtinModel.terms.find((t) => t.valueType === 'percent')!;
    const extended = mergeModel(builtinModel, [{
      ...base, id: 'user.test-term', misreadings: [],
      cues: ['(widget|widgets) of'],
      statements: [{ pattern: "don't …3 (widget*|<percent>)" }, { pattern: 'gpt-3 …2 ($5b|2031)' }, { pattern: 'no-one (else)? owns' }],
    }]);
    const ecm = compileModel(extended);
    for (const s of ["We don't sell widgets.", "They don't own 5%.", 'GPT-3 costs $5 billion.', 'GPT-3 until 2031.', 'We do not.',
      'Widgets of 27% are made.', 'No-one else owns it.', '$5xwidgets of 2%']) assertTriggerSound(ecm, s);
  });

  it('a moved finding keeps every field, in order', () => {
    const text = [
      'Microsoft holds a 32.5% stake in OpenAI.', // replacement and since
      'OpenAI must run its API products exclusively on Azure.',
      'Microsoft held a 49% stake in 2019.', // historical
      'The deal is valued at $135 billion.',
    ].join('\n\n');
    const findings = checkAll(text, { asOf: TODAY });
    assert.ok(findings.length >= 3);
    for (const f of findings) {
      const g = moved(f, 0);
      assert.deepStrictEqual(g, f);
      assert.deepEqual(Object.keys(g), Object.keys(f));
      const h = moved(f, 7);
      assert.deepEqual([h.start, h.end, h.sentenceStart, h.sentenceEnd], [f.start + 7, f.end + 7, f.sentenceStart + 7, f.sentenceEnd + 7]);
    }
  });

  it('a sentence read again in other markup gets the findings of its own text, at its own offsets', () => {
    // The same words decorated four ways: their tokens are the same, so their claims are read
    // once; each finding must still quote and replace the sentence it is in.
    const variants = [
      'Microsoft holds a 32.5% stake in OpenAI, and Azure is its exclusive cloud provider.',
      'Microsoft holds a **32.5%** stake in [OpenAI](https://openai.com), and _Azure_ is its exclusive cloud provider.',
      'Microsoft holds a 32.5%  stake in OpenAI,\nand Azure is its *exclusive* cloud provider.',
      'Microsoft holds a `code` 32.5% stake in OpenAI, and Azure is its exclusive cloud provider.',
    ];
    const { text, together } = togetherAndAlone(variants);
    const stake = together.filter((f) => f.termId === 'equity.microsoft-stake');
    assert.equal(stake.length, 4);
    for (const f of together) assert.equal(f.text, text.slice(f.start, f.end));
  });

  it('sentences that differ in one character in the middle keep their own findings', () => {
    // Same length, same start and end: the memo's hash samples a sentence and may not see the
    // difference; its comparison must.
    const variants = Array.from({ length: 40 }, (_, k) =>
      `According to the quarterly filing, Microsoft holds ${10 + k}% of OpenAI Group PBC, as the note to the accounts says.`);
    const { together } = togetherAndAlone(variants);
    // 27% is the stake now; 33% and 34% read as the old third, 49% as the old profit share.
    assert.deepEqual(together.filter((f) => /^\d+%$/.test(f.text)).map((f) => `${f.kind} ${f.text}`), ['current 27%', 'stale 33%', 'stale 34%', 'stale 49%']);
  });

  it('remembers every row of a template whose rows differ where the memo\'s hash does not look', () => {
    // Same length, same first and last characters: one sampled hash for all forty rows.
    const rows = Array.from({ length: 40 }, (_, k) => `Row ${'x'.repeat(12)}: Microsoft held ${String.fromCharCode(48 + k)} of the for-profit company in that year.`);
    const memo = new SentenceMemo();
    const misses = () => rows.filter((r) => !memo.lookup(TODAY, r, r, 0, 0, r.length, 32) && (memo.remember(TODAY, []), true)).length;
    assert.equal(misses(), 40);
    assert.equal(misses(), 0, 'the second pass finds every row');
  });

  it(`cuts a "sentence" longer than ${MAX_SENTENCE} characters at spaces, and only such`, () => {
    const long = 'word '.repeat(3 * MAX_SENTENCE / 5);
    const spans = splitSentences(long, 0, long.length);
    assert.ok(spans.length >= 3 && spans.every((s) => s.end - s.start <= MAX_SENTENCE));
    assert.ok(spans.every((s) => long[s.start] !== ' ' && long[s.end - 1] !== ' '));
    for (const s of sentences) assert.ok(splitSentences(s, 0, s.length).every((x) => x.end - x.start < MAX_SENTENCE));
  });
});
