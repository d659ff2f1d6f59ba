import assert from 'node:assert/strict';
import { check, checkAll, checker, problems, kinds, OCT_2025 } from './helpers';

describe('engine: the claims every user meets first', () => {
  it('flags a stale stake and offers the current figure', () => {
    const text = 'Microsoft holds a 32.5% stake in OpenAI.';
    const [f, ...rest] = problems(text);
    assert.equal(rest.length, 0);
    assert.equal(f.ruleId, 'equity.microsoft-stake');
    assert.equal(f.kind, 'stale');
    assert.equal(f.text, '32.5%');
    assert.equal(text.slice(f.start, f.end), '32.5%');
    assert.equal(f.replacement, '27%');
    assert.match(f.message, /27%/);
    assert.match(f.message, /2025-10-28/);
    assert.ok(f.sources.length > 0 && f.sources[0].url.startsWith('https://'));
    assert.ok(f.sources[0].official, 'the first source cited is an official one');
  });

  it('accepts a range from the old figure to the new one', () => {
    assert.deepEqual(problems('Its stake fell from 32.5% to 27%.'), []);
    assert.deepEqual(kinds('Its stake fell from 32.5% to 27%.'), [
      'historical equity.microsoft-stake 32.5%', 'current equity.microsoft-stake 27%',
    ]);
  });

  it('reads "previously held 32.5 percent" as historical', () => {
    assert.deepEqual(kinds('Microsoft previously held 32.5 percent of the for-profit.'), ['historical equity.microsoft-stake 32.5 percent']);
  });

  it('reads "no longer has a right of first refusal" as current and the affirmed right as stale', () => {
    assert.deepEqual(kinds('Microsoft no longer has a right of first refusal.'), ['current cloud.rofr right of first refusal']);
    const [f] = problems('Microsoft has a right of first refusal on new capacity.');
    assert.equal(f.kind, 'stale');
    assert.equal(f.ruleId, 'cloud.rofr');
    assert.equal(f.replacement, undefined, 'no mechanical fix for a removed right: the message explains');
  });

  it('calls the deal "valued at $135 billion" wrong: $135B is the stake', () => {
    const [f] = problems('What began as an investment has evolved into a deal valued at approximately $135 billion.');
    assert.equal(f.kind, 'wrong');
    assert.equal(f.ruleId, 'valuation.microsoft-stake-value');
    assert.match(f.message, /value of Microsoft's stake/);
    assert.deepEqual(problems('Microsoft holds a stake valued at about $135 billion.'), []);
  });

  it('calls the reported 49% stale', () => {
    const [f] = problems('Microsoft owns 49% of OpenAI.');
    assert.equal(f.kind, 'stale');
    assert.equal(f.replacement, '27%');
  });

  it('judges Azure API exclusivity as of the date asked', () => {
    const text = 'Azure API exclusivity remains in place until AGI.';
    assert.deepEqual(problems(text, { asOf: OCT_2025 }), []);
    assert.deepEqual(kinds(text, { asOf: OCT_2025 }), ['current cloud.api-exclusivity Azure API exclusivity']);
    const [f] = problems(text);
    assert.equal(f.kind, 'stale');
    assert.match(f.message, /2026-04-27/);
  });

  it('takes the front matter as-of date over the option', () => {
    const text = '---\ntitle: Note\nas-of: 2025-11-01\n---\n\nAzure API exclusivity remains in place until AGI.\n';
    const r = check(text);
    assert.deepEqual(r, []);
    assert.deepEqual(problems(text.replace('2025-11-01', '2026-06-01')).map((f) => f.kind), ['stale']);
  });

  it('reports an as-of front matter value that is not a date, and goes on', () => {
    const r = checker.check('---\nas-of: last week\n---\nMicrosoft holds a 32.5% stake.', { asOf: '2026-11-21' });
    assert.equal(r.asOf, '2026-11-21');
    assert.equal(r.notices.length, 1);
    assert.match(r.notices[0].message, /not a date/);
    assert.equal(r.findings.length, 1);
  });

  it('ignores claims in code fences, inline code, link targets, images and front matter', () => {
    const text = [
      '---', 'summary: Microsoft holds a 32.5% stake', '---', '',
      '```', 'Microsoft holds a 32.5% stake', '```', '',
      '~~~md', 'Microsoft has a right of first refusal', '~~~', '',
      'The string `Microsoft holds a 32.5% stake` is a test fixture.', '',
      'See [the note](https://example.com/microsoft-holds-32.5%-stake "Microsoft holds a 32.5% stake").', '',
      '![Microsoft holds a 32.5% stake](chart.png)', '',
      '    Microsoft holds a 32.5% stake (indented code)', '',
      '<!-- Microsoft holds a 32.5% stake -->', '',
      '[ref]: https://example.com/ "Microsoft has a right of first refusal"',
    ].join('\n');
    assert.deepEqual(checkAll(text), []);
  });

  it('keeps exact UTF-16 offsets through CRLF, a BOM, emoji and non-breaking spaces', () => {
    const text = '\uFEFF# Note 📈\r\n\r\nIntro 🤝 text.\r\n\r\nMicrosoft\u00a0holds a 32.5%\u00a0stake in OpenAI 🚀.\r\n';
    const [f] = problems(text);
    assert.equal(text.slice(f.start, f.end), '32.5%');
    assert.equal(f.start, text.indexOf('32.5%'));
    const nbsp = 'Microsoft holds a 32.5\u00a0percent stake.';
    const [g] = problems(nbsp);
    assert.equal(nbsp.slice(g.start, g.end), '32.5\u00a0percent');
    assert.equal(g.replacement, '27 percent');
  });

  it('reads claims through Markdown emphasis and links', () => {
    const text = 'Microsoft holds a **32.5%** stake, see [its filing](https://www.sec.gov/).';
    const [f] = problems(text);
    assert.equal(f.text, '32.5%');
    assert.equal(text.slice(f.start, f.end), '32.5%');
    assert.deepEqual(problems('Microsoft now holds [27%](https://example.com) of OpenAI Group PBC.'), []);
  });

  it('is deterministic: the same input gives the same findings', () => {
    const text = 'Microsoft holds a 32.5% stake. It has a right of first refusal. A deal valued at $135 billion.';
    assert.deepEqual(checkAll(text), checkAll(text));
  });
});
