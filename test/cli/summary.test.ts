// --summary: where each file stands, as one stylish line per file after the findings and as an
// added `summary` object per file in JSON (the documented fields keep their shape).
import assert from 'node:assert/strict';
import { AS_OF, checkJson, cleanUp, findingsOf, requireBuild, run, tempTree } from './helpers';

const DOC = 'Microsoft holds about 27% of OpenAI. It has a right of first refusal. A deal valued at $135 billion.\n';
const LINE = 'Checked against the terms of 2026-04-29: 1 current · 1 stale · 1 wrong';

describe('agreement-lens check --summary', () => {
  before(requireBuild);
  after(cleanUp);

  it('stylish: one line per file after the findings, counting current claims too', () => {
    const dir = tempTree({ 'a.md': DOC, 'b.md': 'Nothing about the partnership here.\n' });
    const r = run(['check', '--as-of', AS_OF, '--summary', 'a.md', 'b.md'], { cwd: dir });
    assert.equal(r.status, 1);
    const lines = r.stdout.split('\n');
    const a = lines.indexOf(`a.md: ${LINE}`);
    const b = lines.indexOf('b.md: Checked against the terms of 2026-04-29: 0 current · 0 stale · 0 wrong');
    assert.ok(a > 0 && b === a + 1, r.stdout);
    assert.ok(lines.findIndex((l) => /\s+stale\s+/.test(l)) < a, 'after the findings');
    assert.ok(lines.findIndex((l) => /^✖ /.test(l)) > b, 'before the totals');
    assert.ok(!lines.some((l) => /^\s+\d+:\d+\s+current\s/.test(l)), 'current claims are counted, not listed, without --all');
  });

  it('stylish: a front matter as-of date sets the terms a file is judged against', () => {
    const dir = tempTree({ 'old.md': '---\nas-of: 2025-11-01\n---\nMicrosoft holds about 27% of OpenAI.\n' });
    const r = run(['check', '--as-of', AS_OF, '--summary', 'old.md'], { cwd: dir });
    assert.equal(r.status, 0);
    assert.ok(r.stdout.split('\n').includes('old.md: Checked against the terms of 2025-10-29: 1 current · 0 stale · 0 wrong'), r.stdout);
  });

  it('json: an added summary object per file; without --summary the file objects are unchanged', () => {
    const dir = tempTree({ 'a.md': DOC });
    const { report } = checkJson(['--summary', 'a.md'], dir);
    const file = report.files[0] as (typeof report.files)[number] & { summary?: Record<string, unknown> };
    assert.deepEqual(file.summary, {
      asOf: AS_OF, termsOf: '2026-04-29', counts: { current: 1, stale: 1, wrong: 1, unconfirmed: 0, historical: 0 }, text: LINE,
    });
    assert.deepEqual(findingsOf(report, 'a.md').map((f) => f.kind), ['stale', 'wrong'], 'findings as without --summary');
    const plain = checkJson(['a.md'], dir).report;
    assert.deepEqual(Object.keys(plain.files[0]), ['path', 'findings']);
    assert.deepEqual(plain.files[0].findings, report.files[0].findings);
  });
});
