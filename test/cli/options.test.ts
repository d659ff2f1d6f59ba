// --as-of, --all and configuration files: what they change in the report and the exit status.
import assert from 'node:assert/strict';
import { AS_OF, checkJson, cleanUp, CURRENT, findingsOf, requireBuild, run, STALE, tempTree } from './helpers';

describe('agreement-lens check: --as-of, --all, --config', () => {
  before(requireBuild);
  after(cleanUp);

  it('--as-of judges against the terms in force that day', () => {
    const dir = tempTree({ 'a.md': `${STALE}\n` });
    const before = run(['check', '--as-of', '2025-10-01', '--format', 'json', 'a.md'], { cwd: dir });
    assert.equal(before.status, 0, before.stdout);
    const report = JSON.parse(before.stdout);
    assert.equal(report.asOf, '2025-10-01');
    assert.deepEqual(report.files[0].findings, []);
    assert.equal(checkJson(['a.md'], dir).status, 1);
  });

  it('front matter as-of wins over --as-of', () => {
    const dir = tempTree({ 'a.md': `---\nas-of: 2025-10-01\n---\n\n${STALE}\n` });
    const { status, report } = checkJson(['a.md'], dir);
    assert.equal(status, 0);
    assert.deepEqual(findingsOf(report, 'a.md'), []);
  });

  it('--all adds current references as hints; without it they are not reported', () => {
    const dir = tempTree({ 'a.md': `${CURRENT}\n` });
    assert.deepEqual(findingsOf(checkJson(['a.md'], dir).report, 'a.md'), []);
    const { status, report } = checkJson(['--all', 'a.md'], dir);
    assert.equal(status, 0);
    const [f] = findingsOf(report, 'a.md');
    assert.equal(f.kind, 'current');
    assert.equal(f.severity, 'hint');
  });

  it('a config found upward turns a rule off', () => {
    const dir = tempTree({
      '.agreement-lens.json': JSON.stringify({ rules: { 'equity.microsoft-stake': 'off' } }),
      'docs/deep/a.md': `${STALE}\n`,
    });
    const { status, report } = checkJson(['docs'], dir);
    assert.equal(status, 0);
    assert.deepEqual(findingsOf(report, 'docs/deep/a.md'), []);
  });

  it('a config changes the severity of a kind', () => {
    const dir = tempTree({ 'cfg/strict.json': JSON.stringify({ rules: { stale: 'error' } }), 'a.md': `${STALE}\n` });
    const { status, report } = checkJson(['--config', 'cfg/strict.json', 'a.md'], dir);
    assert.equal(status, 1);
    assert.equal(findingsOf(report, 'a.md')[0].severity, 'error');
  });

  it('a config asOf applies to the files it governs, and --as-of wins over it', () => {
    const dir = tempTree({ '.agreement-lens.json': '{ "asOf": "2025-10-01" }', 'a.md': `${STALE}\n` });
    const r = run(['check', '--format', 'json', 'a.md'], { cwd: dir });
    assert.equal(r.status, 0, r.stdout);
    assert.equal(checkJson(['a.md'], dir).status, 1);
  });

  it('config ignore globs exclude files relative to the config folder', () => {
    const dir = tempTree({
      'site/.agreement-lens.json': JSON.stringify({ ignore: ['drafts/**', '*.txt'] }),
      'site/drafts/a.md': `${STALE}\n`,
      'site/notes.txt': `${STALE}\n`,
      'site/post.md': `${STALE}\n`,
    });
    const { report } = checkJson(['site'], dir);
    assert.deepEqual(report.files.map((f) => f.path), ['site/post.md']);
  });

  it('a broken config: exit 2, path:line:column on stderr, files still checked with defaults', () => {
    const dir = tempTree({
      '.agreement-lens.json': '{\n  "rules": {\n    "stale": "off",\n  }\n}\n',
      'a.md': `${STALE}\n`,
    });
    const { status, report, stderr } = checkJson(['a.md'], dir);
    assert.equal(status, 2);
    assert.match(stderr, /^\.agreement-lens\.json:3:19: trailing comma is not allowed in JSON$/m);
    assert.equal(stderr.trim().split('\n').length, 1);
    assert.equal(findingsOf(report, 'a.md')[0].kind, 'stale', 'the built-in rules still apply');
    assert.deepEqual(report.errors.map((e) => [e.path, e.line, e.column]), [['.agreement-lens.json', 3, 19]]);
  });

  it('a config with a bad value names its line and column', () => {
    const dir = tempTree({ '.agreement-lens.json': '{\n  "asOf": "21/11/2026",\n  "rules": { "wrong": "loud" }\n}\n', 'a.md': 'Nothing here.\n' });
    const r = run(['check', '--as-of', AS_OF, 'a.md'], { cwd: dir });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^\.agreement-lens\.json:2:11: "asOf" must be a date written YYYY-MM-DD/m);
    assert.match(r.stderr, /^\.agreement-lens\.json:3:23: rules\["wrong"\] must be one of error, warning, information, hint, off/m);
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  });

  it('a missing --config file is an error, and the files are still checked', () => {
    const dir = tempTree({ 'a.md': `${STALE}\n` });
    const { status, report, stderr } = checkJson(['--config', 'nope.json', 'a.md'], dir);
    assert.equal(status, 2);
    assert.match(stderr, /nope\.json.*no such file/);
    assert.equal(findingsOf(report, 'a.md').length, 1);
  });

  it('a config adds a term of its own, citing a source of its own', () => {
    const config = {
      sources: { memo: { title: 'Board memo', publisher: 'Example', date: '2024-07-10', url: 'https://example.com/memo' } },
      terms: [{
        id: 'governance.board-observer',
        title: 'Microsoft holds a board observer seat at OpenAI',
        valueType: 'boolean',
        sources: ['memo'],
        cues: ['board observer'],
        statements: [{ pattern: 'observer seat', value: true }],
        timeline: [
          { from: '2023-11-29', to: '2024-07-10', value: true, label: 'a non-voting observer seat' },
          { from: '2024-07-10', value: false, label: 'no observer seat' },
        ],
      }],
    };
    const dir = tempTree({ '.agreement-lens.json': JSON.stringify(config, null, 2), 'a.md': 'Microsoft holds a board observer seat at OpenAI.\n' });
    const { status, report } = checkJson(['a.md'], dir);
    assert.equal(status, 1);
    const [f] = findingsOf(report, 'a.md');
    assert.equal(f.ruleId, 'governance.board-observer');
    assert.equal(f.kind, 'stale');
    assert.deepEqual(f.sources, [{ title: 'Board memo', url: 'https://example.com/memo', date: '2024-07-10' }]);
  });
});
