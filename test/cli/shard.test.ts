// --shard K/N and merge-sarif: a big repository checked on N machines, one upload.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inShard, parseShard, shardOf } from '../../server/src/cli/shard';
import { AS_OF, checkJson, cleanUp, CURRENT, requireBuild, run, STALE, tempTree } from './helpers';

/** A folder of `n` files in a few sub-folders, half of them with a stale claim. */
function repo(n: number, extra: Record<string, string> = {}): string {
  const files: Record<string, string> = { ...extra };
  for (let i = 0; i < n; i++) files[`docs/${['a', 'b b', 'c-é'][i % 3]}/${String(i).padStart(3, '0')}.md`] = `# File ${i}\n\n${i % 2 ? STALE : CURRENT}\n`;
  return tempTree(files);
}

const pathsOf = (dir: string, args: string[]) => checkJson(['--all', ...args, 'docs'], dir).report.files.map((f) => f.path);

describe('agreement-lens check --shard', () => {
  before(requireBuild);
  after(cleanUp);

  it('splits the files into disjoint parts that together hold every file, in the usual order', () => {
    const dir = repo(60);
    const all = pathsOf(dir, []);
    assert.equal(all.length, 60);
    const parts = [1, 2, 3, 4].map((k) => pathsOf(dir, ['--shard', `${k}/4`]));
    const union = parts.flat();
    assert.equal(new Set(union).size, union.length, 'no file is in two parts');
    assert.deepEqual([...union].sort(), [...all].sort(), 'every file is in a part');
    for (const p of parts) {
      assert.ok(p.length > 0, 'no part is empty with 60 files');
      assert.deepEqual(p, all.filter((f) => p.includes(f)), 'each part keeps the walk order');
    }
    assert.deepEqual(pathsOf(dir, ['--shard', '1/1']), all);
  });

  it('is stable: the same split on every run, and adding a file moves no other file', () => {
    const dir = repo(40);
    const before = [1, 2, 3].map((k) => pathsOf(dir, ['--shard', `${k}/3`]));
    assert.deepEqual([1, 2, 3].map((k) => pathsOf(dir, ['--shard', `${k}/3`])), before);
    const grown = repo(40, { 'docs/a/new.md': `${STALE}\n` });
    const after = [1, 2, 3].map((k) => pathsOf(grown, ['--shard', `${k}/3`]));
    for (let k = 0; k < 3; k++) assert.deepEqual(after[k].filter((f) => !f.endsWith('new.md')), before[k]);
  });

  it('moves few files when the number of parts grows (rendezvous hashing)', () => {
    const paths = Array.from({ length: 2000 }, (_, i) => `docs/d${i % 20}/f${i}.md`);
    const moved = paths.filter((p) => shardOf(p, 4) !== shardOf(p, 5) && shardOf(p, 5) !== 5).length;
    assert.equal(moved, 0, 'only files that go to the new part move');
    const sizes = [1, 2, 3, 4, 5].map((k) => paths.filter((p) => shardOf(p, 5) === k).length);
    for (const s of sizes) assert.ok(s > 300 && s < 500, `parts of similar size: ${sizes}`);
    assert.ok(paths.every((p) => [1, 2, 3].filter((k) => inShard(p, { index: k, count: 3 })).length === 1));
  });

  it('reads K/N and refuses anything else', () => {
    assert.deepEqual(parseShard('2/4'), { index: 2, count: 4 });
    for (const bad of ['0/4', '5/4', '1', '1/0', 'a/b', '-1/2', '1/2/3', '']) assert.equal(parseShard(bad), undefined, bad);
    const dir = repo(3);
    for (const bad of ['0/3', '4/3', 'x']) {
      const r = run(['check', '--shard', bad, 'docs'], { cwd: dir });
      assert.equal(r.status, 2);
      assert.match(r.stderr, /--shard must be K\/N/);
    }
  });

  it('checks standard input in the first part only', () => {
    const dir = repo(2);
    const first = checkJson(['--shard', '1/2', '-'], dir, `${STALE}\n`);
    const second = checkJson(['--shard', '2/2', '-'], dir, `${STALE}\n`);
    assert.deepEqual(first.report.files.map((f) => f.path), ['<stdin>']);
    assert.deepEqual(second.report.files, []);
  });
});

describe('agreement-lens merge-sarif', () => {
  before(requireBuild);
  after(cleanUp);

  it('merges the SARIF of the shards into the SARIF of the whole check', () => {
    const dir = repo(45);
    const sarif = (args: string[]) => run(['check', '--as-of', AS_OF, '--all', '--format', 'sarif', ...args, 'docs'], { cwd: dir }).stdout;
    const whole = JSON.parse(sarif([]));
    const parts = [1, 2, 3].map((k) => sarif(['--shard', `${k}/3`]));
    parts.forEach((text, k) => writeFileSync(join(dir, `shard-${k + 1}.sarif`), text));
    const merged = run(['merge-sarif', 'shard-1.sarif', 'shard-3.sarif', 'shard-2.sarif'], { cwd: dir });
    assert.equal(merged.status, 0, merged.stderr);
    assert.deepEqual(JSON.parse(merged.stdout), whole);
    assert.equal(whole.runs.length, 1);
    assert.ok(whole.runs[0].results.length >= 45);

    const toFile = run(['merge-sarif', '-o', 'all.sarif', 'shard-1.sarif', 'shard-2.sarif', 'shard-3.sarif'], { cwd: dir });
    assert.equal(toFile.status, 0);
    assert.equal(toFile.stdout, '');
    assert.deepEqual(JSON.parse(readFileSync(join(dir, 'all.sarif'), 'utf8')), whole);
  });

  it('keeps one run, every rule once, and a failure of any shard', () => {
    const dir = repo(6);
    const a = run(['check', '--as-of', AS_OF, '--format', 'sarif', '--shard', '1/2', 'docs', 'missing.md'], { cwd: dir });
    const b = run(['check', '--as-of', AS_OF, '--format', 'sarif', '--shard', '2/2', 'docs', 'missing.md'], { cwd: dir });
    writeFileSync(join(dir, 'a.sarif'), a.stdout);
    writeFileSync(join(dir, 'b.sarif'), b.stdout);
    const merged = JSON.parse(run(['merge-sarif', 'a.sarif', 'b.sarif'], { cwd: dir }).stdout);
    assert.equal(merged.runs.length, 1);
    const ids = merged.runs[0].tool.driver.rules.map((r: { id: string }) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const r of merged.runs[0].results) assert.equal(ids[r.ruleIndex], r.ruleId);
    const inv = merged.runs[0].invocations[0];
    assert.equal(inv.executionSuccessful, false);
    assert.equal(inv.toolExecutionNotifications.length, 1, 'the missing path, reported by both shards, once');
  });

  it('refuses what it cannot merge, with exit 2', () => {
    const dir = tempTree({ 'x.json': '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"other"}}}]}', 'bad.sarif': 'not json' });
    for (const [args, pattern] of [[['x.json'], /another tool/], [['bad.sarif'], /not JSON/], [['nope.sarif'], /no such file/], [[], /needs the SARIF files/]] as const) {
      const r = run(['merge-sarif', ...args], { cwd: dir });
      assert.equal(r.status, 2);
      assert.match(r.stderr, pattern);
    }
  });
});
