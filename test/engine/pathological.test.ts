import assert from 'node:assert/strict';
import { inconsistencies, MAX_RELATED } from '../../server/src/engine/consistency';
import { checker, TODAY } from './helpers';

// Inputs built to find super-linear work: each must simply finish. No time is asserted (the
// machines that run this vary); a quadratic step in segmentation, sentence splitting, code-span
// or delimiter matching, the trigger, the tokenizer or the claim analysis would run for minutes
// here and fail on mocha's timeout instead. `npm run bench` prints the timings and a 1×/10×
// scaling check of the same kind of input.

const CASES: [string, () => string][] = [
  ['a 5 MB line of digits and percent signs', () => '1234567890%'.repeat(500_000)],
  ['100,000 nested emphasis markers', () => `${'*'.repeat(100_000)}Microsoft holds a 32.5% stake${'*'.repeat(100_000)}`],
  ['100,000 nested underscores and strike-throughs', () => `${'_~'.repeat(100_000)}x${'~_'.repeat(100_000)}`],
  ['a million "Microsoft" words', () => 'Microsoft '.repeat(1_000_000)],
  ['a million backticks', () => '`'.repeat(1_000_000)],
  ['backtick runs of every length', () => Array.from({ length: 3000 }, (_, i) => `${'`'.repeat(i % 300 + 1)} x `).join('')],
  ['a million unclosed brackets', () => '['.repeat(1_000_000)],
  ['half a million unclosed images', () => '!['.repeat(500_000)],
  ['half a million unclosed link targets', () => '](x'.repeat(330_000)],
  ['a million "<"', () => '<'.repeat(1_000_000)],
  ['half a million unclosed tags', () => '<a'.repeat(500_000)],
  ['a quarter of a million "<!--"', () => '<!--'.repeat(250_000)],
  ['200,000 lines opening comments', () => '<!--\n'.repeat(200_000)],
  ['200,000 fence lines', () => '```\n'.repeat(200_000)],
  ['a 1 MB sentence full of claims', () => 'Microsoft holds a 32.5% stake in OpenAI and '.repeat(25_000)],
  ['a 1 MB sentence of figures', () => '$135 billion, 27%, 2032, one-third, US$ 1,000,000 '.repeat(22_000)],
  ['a 1 MB sentence of one pattern word', () => `${'exclusive '.repeat(100_000)}through 2032`],
  ['a 1 MB sentence of words a pattern may try again', () => `${'revenue share to until through '.repeat(33_000)}2030`],
  ['a million periods after letters', () => 'a.'.repeat(500_000)],
  ['a million spaces, then a letter', () => `text\n${' '.repeat(1_000_000)}x`],
  ['front matter with a long as-of line', () => `---\nas-of: a${' '.repeat(200_000)}b\n---\nMicrosoft holds 32.5%.`],
  ['200,000 URL schemes', () => 'https://'.repeat(200_000)],
  ['URLs among 200,000 false starts on one line', () => `${'http://a '.repeat(20_000)}${'xwww. :// '.repeat(200_000)}www.example.com`],
  ['100,000 table rows', () => '| stake | 32.5% |\n'.repeat(100_000)],
];

describe('engine: linear time on pathological input', function () {
  this.timeout(120_000);
  for (const [name, make] of CASES) {
    it(`finishes: ${name}`, () => {
      const text = make();
      for (const languageId of ['markdown', 'plaintext']) {
        const { findings } = checker.check(text, { asOf: TODAY, languageId, all: true });
        for (const f of findings) assert.ok(f.start >= 0 && f.end <= text.length && f.start < f.end);
      }
    });
  }

  it('finishes: consistency notes for a document that states one term 20,000 times in two values', () => {
    const text = Array.from({ length: 20_000 }, (_, i) => (i % 3 ? 'Microsoft holds a 27% stake.' : 'Microsoft holds a 32.5% stake.')).join('\n\n');
    const { findings } = checker.check(text, { asOf: TODAY, all: true });
    const notes = inconsistencies(findings);
    assert.ok(notes.length > 0 && notes.every((n) => n.related.length <= MAX_RELATED));
  });

  it('finishes: a session re-checking a 1 MB sentence after edits', () => {
    const text = 'Microsoft holds a 32.5% stake in OpenAI and '.repeat(25_000);
    const session = checker.createSession();
    checker.check(text, { asOf: TODAY, all: true }, session);
    for (const at of [0, text.length >> 1, text.length - 1]) {
      checker.check(`${text.slice(0, at)}x${text.slice(at)}`, { asOf: TODAY, all: true }, session);
    }
  });
});
