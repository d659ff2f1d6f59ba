// The config parser: the messages a user sees for a broken .agreement-lens.json.
import assert from 'node:assert/strict';
import { parseConfig } from '../../server/src/config/config';
import { compileGlob } from '../../server/src/cli/glob';

const only = (text: string) => {
  const { config, errors } = parseConfig(text, '.agreement-lens.json');
  assert.equal(config, undefined, 'a broken config governs nothing');
  assert.equal(errors.length, 1, JSON.stringify(errors));
  return errors[0];
};

describe('config: .agreement-lens.json', () => {
  it('accepts a full, valid file', () => {
    const { config, errors } = parseConfig(JSON.stringify({
      asOf: '2026-01-31',
      rules: { stale: 'error', 'cloud.rofr': 'off' },
      ignore: ['drafts/**'],
      sources: { 'my-memo': { title: 'Board memo', publisher: 'Us', date: '2026-01', url: 'https://example.com/memo' } },
      terms: [{
        id: 'custom.board-seats', title: 'Microsoft board seats', valueType: 'boolean', sources: ['my-memo'],
        cues: ['board (seat|seats)'], statements: [{ pattern: 'Microsoft … board seat', value: true }],
        timeline: [{ from: '2024-07-10', value: false, label: 'no board seat', sources: ['my-memo'] }],
      }],
    }), 'x');
    assert.deepEqual(errors, []);
    assert.equal(config!.rules!.stale, 'error');
    assert.equal(config!.terms![0].category, 'custom', 'omitted fields get defaults');
    assert.equal(config!.terms![0].timeline[0].to, null);
  });

  it('an empty file is an empty config', () => {
    assert.deepEqual(parseConfig('  \n', 'x'), { config: {}, errors: [] });
  });

  it('syntax errors name the line and column, with clear words for trailing commas and comments', () => {
    assert.deepEqual(only('{\n  "ignore": ["a",]\n}'), { message: 'trailing comma is not allowed in JSON', line: 2, column: 17 });
    assert.deepEqual(only('{\n  // why\n  "asOf": "2026-01-01"\n}'), { message: 'comments are not allowed in JSON', line: 2, column: 3 });
    assert.deepEqual(only("{ 'asOf': 1 }"), { message: 'property names must use double quotes', line: 1, column: 3 });
    assert.equal(only('{\n  "asOf": "2026-01-01"').line, 2);
    assert.match(only('{\n  "asOf": "2026-01-01"').message, /end of file/);
  });

  it('a BOM does not shift columns', () => {
    assert.deepEqual(only('\uFEFF{ "asOf": 5 }'), { message: '"asOf" must be a date written YYYY-MM-DD, not 5', line: 1, column: 11 });
  });

  it('structural errors point at the offending value', () => {
    assert.deepEqual(only('{\n  "rules": { "stale": "loud" }\n}'), { message: 'rules["stale"] must be one of error, warning, information, hint, off, not "loud"', line: 2, column: 23 });
    assert.match(only('{ "ignore": "drafts" }').message, /"ignore" must be an array/);
    assert.match(only('{ "rulez": {} }').message, /unknown property "rulez"/);
    assert.match(only('{ "terms": [{ "id": "x.y", "title": "T", "sources": ["msft-2025-10-28"] }] }').message, /needs "timeline"/);
  });

  it('user patterns are phrases: a regular expression is refused', () => {
    const e = only(JSON.stringify({ terms: [{ id: 'x.y', title: 'T', sources: ['msft-2025-10-28'], valueType: 'boolean', cues: ['(a+)+\\d'], timeline: [{ from: null, value: true, label: 'yes' }] }] }));
    assert.match(e.message, /"cues" must be an array of phrases .* not regular expressions/);
  });

  it('user patterns are phrases: nested parentheses are refused', () => {
    const e = only(JSON.stringify({ terms: [{ id: 'x.y', title: 'T', sources: ['msft-2025-10-28'], valueType: 'boolean', cues: ['paid (by microsoft (to|with) openai|to openai)'], timeline: [{ from: null, value: true, label: 'yes' }] }] }));
    assert.match(e.message, /"cues" must be an array of phrases \(words, \(a\|b\) in unnested parentheses/);
  });

  it("the model's own rules apply to user terms (unknown source, value of the wrong type)", () => {
    const term = { id: 'x.y', title: 'T', valueType: 'percent', sources: ['nowhere'], timeline: [{ from: null, value: 'lots', label: 'lots' }] };
    const { errors } = parseConfig(JSON.stringify({ terms: [term] }, null, 2), 'x');
    assert.ok(errors.some((e) => /unknown source "nowhere"/.test(e.message)), JSON.stringify(errors));
    assert.ok(errors.some((e) => /not a valid percent/.test(e.message)), JSON.stringify(errors));
    assert.ok(errors.every((e) => e.line > 1));
  });
});

describe('glob matching (config ignore and command-line globs)', () => {
  it('matches like a shell, with ** across folders', () => {
    assert.ok(compileGlob('docs/**/*.md')('docs/a/b/c.md'));
    assert.ok(compileGlob('docs/**/*.md')('docs/c.md'));
    assert.ok(!compileGlob('*.txt')('sub/a.txt'));
    assert.ok(compileGlob('*.{md,txt}')('a.txt'));
    assert.ok(!compileGlob('*.md')('.hidden.md'));
  });

  it('ignore globs without a slash match at any depth; a folder excludes what is under it', () => {
    assert.ok(compileGlob('*.txt', { ignoreStyle: true })('a/b/c.txt'));
    assert.ok(compileGlob('drafts', { ignoreStyle: true })('x/drafts/a.md'));
    assert.ok(!compileGlob('/drafts', { ignoreStyle: true })('x/drafts/a.md'));
  });

  it('stays fast on a hostile pattern', () => {
    const t = Date.now();
    assert.ok(!compileGlob(`${'*a'.repeat(20)}b`)('a'.repeat(20_000)));
    assert.ok(Date.now() - t < 2000);
  });
});
