import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Finding } from '../../server/src/engine';
import { checker, TODAY } from './helpers';

// Property tests over generated and mutated documents built from real sentences: the
// dev corpus and the seed articles when ../shared is there, a built-in handful otherwise.
// A fixed seed keeps every run the same.
const SEED = 20261121;
const RUNS = 1500;

function realSentences(): string[] {
  const out: string[] = [];
  const corpus = join(__dirname, '../../../shared/corpus/dev.jsonl');
  if (existsSync(corpus)) {
    for (const line of readFileSync(corpus, 'utf8').split('\n').filter(Boolean)) out.push(JSON.parse(line).text);
  }
  const seeds = join(__dirname, '../../../shared/seeds');
  if (existsSync(seeds)) {
    for (const f of readdirSync(seeds)) out.push(...readFileSync(join(seeds, f), 'utf8').split(/(?<=[.!?])\s+/));
  }
  return out.length ? out : [
    'Microsoft holds a 32.5% stake in OpenAI.', 'Its stake fell from 32.5% to 27%.',
    'Microsoft has a right of first refusal on new capacity.', 'It is a deal valued at $135 billion.',
    'Azure API exclusivity remains in place until AGI.', 'Microsoft owns 49% of OpenAI.',
  ];
}

const SENTENCES = realSentences();
const MARKUP = ['# ', '## ', '- ', '1. ', '> ', '**', '*', '_', '`', '```\n', '~~~\n', '| ', ' |', '[', '](https://example.com/x)', '![', '<!-- ', ' -->',
  '<!-- agreement-lens-disable-next-line -->\n', '---\n', '\n', '\r\n', '\n\n', '\u00a0', '\u2011', '📈', '🤝', '\uFEFF', '~', '$', '%', 'US$', ' per cent', '\t'];

const fragment = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...SENTENCES) },
  { weight: 3, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12, unit: 'binary' }) },
);
const doc = fc.array(fragment, { minLength: 1, maxLength: 30 }).map((parts) => parts.join(' '));
const mutated = fc.tuple(doc, fc.nat(), fc.nat(20), fc.string({ maxLength: 6, unit: 'binary' }))
  .map(([d, at, del, ins]) => { const i = d.length ? at % d.length : 0; return d.slice(0, i) + ins + d.slice(i + del); });
const anyDoc = fc.oneof(doc, mutated);
const language = fc.constantFrom('markdown', 'plaintext');

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

function run(text: string, languageId: string, asOf = TODAY): Finding[] {
  return checker.check(text, { asOf, languageId, all: true }).findings;
}

function applyAll(text: string, findings: Finding[]): { text: string; applied: number } {
  const fixes = findings.filter((f) => f.replacement !== undefined).sort((a, b) => b.start - a.start);
  let out = text;
  let applied = 0;
  let limit = Infinity;
  for (const f of fixes) {
    if (f.end > limit) continue; // overlapping fixes: keep the later one, as an editor would
    out = out.slice(0, f.start) + f.replacement + out.slice(f.end);
    limit = f.start;
    applied++;
  }
  return { text: out, applied };
}

describe('engine: properties over generated documents', function () {
  this.timeout(120_000);
  const params = { seed: SEED, numRuns: RUNS };

  it(`never throws, and every range lies inside the text on UTF-16 boundaries (${RUNS} documents)`, () => {
    fc.assert(fc.property(anyDoc, language, fc.constantFrom(TODAY, '2025-11-01', '2024-06-01'), (text, lang, asOf) => {
      for (const f of run(text, lang, asOf)) {
        assert.ok(f.start >= 0 && f.end <= text.length && f.start < f.end, `range ${f.start}-${f.end} of ${text.length}`);
        assert.equal(text.slice(f.start, f.end), f.text);
        assert.ok(!isLow(text.charCodeAt(f.start)) || !isHigh(text.charCodeAt(f.start - 1)), 'starts inside a surrogate pair');
        assert.ok(!isHigh(text.charCodeAt(f.end - 1)) || !isLow(text.charCodeAt(f.end)), 'ends inside a surrogate pair');
      }
    }), params);
  });

  it(`gives the same findings for the same input (${RUNS} documents)`, () => {
    fc.assert(fc.property(anyDoc, language, (text, lang) => {
      assert.deepEqual(run(text, lang), run(text, lang));
    }), params);
  });

  it(`applying every replacement removes those findings and creates no new stale one (${RUNS} documents)`, () => {
    fc.assert(fc.property(anyDoc, language, (text, lang) => {
      const before = run(text, lang);
      const { text: fixed, applied } = applyAll(text, before);
      if (!applied) return;
      const after = run(fixed, lang);
      assert.equal(after.filter((f) => f.replacement !== undefined).length, 0, `fixable findings left in:\n${fixed}`);
      const problems = (fs: Finding[]) => fs.filter((f) => f.kind === 'stale' || f.kind === 'wrong').length;
      assert.ok(problems(after) <= problems(before) - applied, `new problems after fixing:\n${fixed}`);
      assert.deepEqual(run(applyAll(fixed, after).text, lang), after, 'fixing twice changes nothing');
    }), params);
  });

  it(`checking after an edit with a warm session equals checking from scratch (${RUNS} edits)`, () => {
    fc.assert(fc.property(anyDoc, fc.nat(), fc.nat(12), fc.constantFrom(...SENTENCES, 'x', '\n\n', '32.5%', ' '), language, (text, at, del, ins, lang) => {
      const session = checker.createSession();
      checker.check(text, { asOf: TODAY, languageId: lang, all: true }, session);
      const i = text.length ? at % text.length : 0;
      const edited = text.slice(0, i) + ins + text.slice(i + del);
      const warm = checker.check(edited, { asOf: TODAY, languageId: lang, all: true }, session).findings;
      assert.deepEqual(warm, run(edited, lang));
    }), params);
  });
});
