// The four output formats and the exit status, on real sentences.
import assert from 'node:assert/strict';
import { AS_OF, checkJson, cleanUp, CONTRAST, findingsOf, requireBuild, run, STALE, tempTree } from './helpers';

describe('agreement-lens check: output formats', () => {
  before(requireBuild);
  after(cleanUp);

  const doc = `# Notes\n\n${STALE}\n\n${CONTRAST}\n`;

  it('json: one object with the documented fields, positions and replacement', () => {
    const dir = tempTree({ 'docs/a.md': doc });
    const { status, report } = checkJson(['docs/a.md'], dir);
    assert.equal(status, 1);
    assert.equal(report.version, 1);
    assert.equal(report.asOf, AS_OF);
    assert.deepEqual(report.errors, []);
    assert.equal(report.files.length, 1);
    assert.equal(report.files[0].path, 'docs/a.md');
    const findings = findingsOf(report, 'docs/a.md');
    assert.equal(findings.length, 1, 'the contrast sentence gives no finding');
    const f = findings[0];
    assert.equal(f.ruleId, 'equity.microsoft-stake');
    assert.equal(f.kind, 'stale');
    assert.equal(f.severity, 'warning');
    assert.equal(f.replacement, '27%');
    assert.equal(doc.slice(f.start, f.end), f.text);
    assert.match(f.text, /32\.5/);
    const col = STALE.indexOf(f.text) + 1;
    assert.deepEqual([f.line, f.column, f.endLine, f.endColumn], [3, col, 3, col + f.text.length]);
    assert.ok(typeof f.message === 'string' && f.message.length > 0);
    assert.ok(f.sources.length > 0);
    for (const s of f.sources) assert.deepEqual(Object.keys(s).sort(), ['date', 'title', 'url']);
  });

  it('exit 0 and no findings when the document states the change correctly', () => {
    const dir = tempTree({ 'a.md': `${CONTRAST}\n` });
    const { status, report } = checkJson(['a.md'], dir);
    assert.equal(status, 0);
    assert.deepEqual(findingsOf(report, 'a.md'), []);
  });

  it('stylish: file header, aligned rows and a summary; a one-line summary when clean', () => {
    const dir = tempTree({ 'a.md': doc, 'b.md': `${CONTRAST}\n` });
    const r = run(['check', '--as-of', AS_OF, 'a.md', 'b.md'], { cwd: dir });
    assert.equal(r.status, 1);
    const lines = r.stdout.split('\n');
    assert.ok(lines.includes('a.md'), r.stdout);
    assert.ok(!lines.includes('b.md'), 'files without findings get no header');
    const row = lines.find((l) => /^\s+3:\d+\s+stale\s+/.test(l));
    assert.ok(row, r.stdout);
    assert.match(row!, /equity\.microsoft-stake$/);
    assert.match(r.stdout, /✖ 1 problem \(1 stale, 0 wrong\)/);
    assert.doesNotMatch(r.stdout, /\u001b\[/, 'no colour when stdout is not a terminal');

    const clean = run(['check', '--as-of', AS_OF, 'b.md'], { cwd: dir });
    assert.equal(clean.status, 0);
    assert.equal(clean.stdout.trim().split('\n').length, 1);
    assert.match(clean.stdout, /no stale or wrong claims/);
  });

  it('stylish: --color forces colour, NO_COLOR wins over a terminal default', () => {
    const dir = tempTree({ 'a.md': doc });
    assert.match(run(['check', '--as-of', AS_OF, '--color', 'a.md'], { cwd: dir }).stdout, /\u001b\[/);
    assert.doesNotMatch(run(['check', '--as-of', AS_OF, 'a.md'], { cwd: dir, env: { NO_COLOR: '1' } }).stdout, /\u001b\[/);
  });

  it('sarif: SARIF 2.1.0 with rules, results, regions and fixes', () => {
    const dir = tempTree({ 'docs/a.md': doc });
    const r = run(['check', '--as-of', AS_OF, '--format', 'sarif', 'docs'], { cwd: dir });
    assert.equal(r.status, 1);
    const log = JSON.parse(r.stdout);
    assert.equal(log.version, '2.1.0');
    assert.equal(log.runs.length, 1);
    const { driver } = log.runs[0].tool;
    assert.equal(driver.name, 'agreement-lens');
    assert.match(driver.version, /^\d+\.\d+\.\d+/);
    assert.match(driver.informationUri, /^https:\/\//);
    assert.equal(driver.rules.length, 1);
    assert.equal(driver.rules[0].id, 'equity.microsoft-stake');
    assert.ok(driver.rules[0].shortDescription.text);
    assert.match(driver.rules[0].helpUri, /^https?:\/\//);
    const [result] = log.runs[0].results;
    assert.equal(result.ruleId, 'equity.microsoft-stake');
    assert.equal(result.level, 'warning');
    assert.ok(result.message.text);
    const loc = result.locations[0].physicalLocation;
    assert.equal(loc.artifactLocation.uri, 'docs/a.md');
    assert.equal(loc.region.startLine, 3);
    assert.ok(loc.region.startColumn >= 1 && loc.region.endColumn > loc.region.startColumn);
    const rep = result.fixes[0].artifactChanges[0].replacements[0];
    assert.equal(rep.insertedContent.text, '27%');
    assert.deepEqual(rep.deletedRegion.startLine, 3);
  });

  it('github: one workflow command per finding, properties escaped', () => {
    const dir = tempTree({ 'docs/a,b:c.md': doc });
    const r = run(['check', '--as-of', AS_OF, '--format', 'github', 'docs'], { cwd: dir });
    assert.equal(r.status, 1);
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines.length, 1);
    assert.match(lines[0], /^::warning file=docs\/a%2Cb%3Ac\.md,line=3,col=\d+,endLine=3,endColumn=\d+,title=equity\.microsoft-stake::\S.*$/);
  });

  it('unconfirmed findings are information and do not fail the run', () => {
    // The expert panel of 2025-10-28: the 2026-04-27 amendment neither restated nor revoked it.
    const dir = tempTree({ 'a.md': 'Any AGI declaration by OpenAI will be verified by an independent expert panel.\n' });
    const { status, report } = checkJson(['a.md'], dir);
    const findings = findingsOf(report, 'a.md');
    assert.ok(findings.length > 0);
    assert.ok(findings.every((f) => f.kind === 'unconfirmed' && f.severity === 'information'), JSON.stringify(findings));
    assert.equal(status, 0);
  });
});
