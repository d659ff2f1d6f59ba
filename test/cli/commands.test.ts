// explain, terms, --help, --version and usage errors.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AS_OF, cleanUp, requireBuild, run, tempTree } from './helpers';

describe('agreement-lens: commands and usage', () => {
  before(requireBuild);
  after(cleanUp);
  let dir: string;
  before(() => {
    dir = tempTree({});
  });

  it('explain <rule-id> prints the term, its timeline and sources', () => {
    const r = run(['explain', '--as-of', AS_OF, 'equity.microsoft-stake'], { cwd: dir });
    assert.equal(r.status, 0);
    assert.match(r.stdout, /Microsoft's stake in OpenAI/);
    assert.match(r.stdout, /32\.5%/);
    assert.match(r.stdout, /27%/);
    assert.match(r.stdout, /https:\/\/blogs\.microsoft\.com\//);
  });

  it('explain <text> finds the term a phrase refers to; an unknown one is exit 2', () => {
    const r = run(['explain', '--as-of', AS_OF, 'right of first refusal'], { cwd: dir });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /cloud\.rofr|first refusal/i);
    const none = run(['explain', 'zzzz qqqq'], { cwd: dir });
    assert.equal(none.status, 2);
    assert.equal(none.stderr.trim().split('\n').length, 1);
  });

  it('terms prints the model as Markdown or as JSON', () => {
    const md = run(['terms', '--as-of', AS_OF], { cwd: dir });
    assert.equal(md.status, 0);
    assert.match(md.stdout, /^# /m);
    assert.match(md.stdout, /equity\.microsoft-stake/);
    const json = run(['terms', '--format', 'json'], { cwd: dir });
    assert.equal(json.status, 0);
    const model = JSON.parse(json.stdout);
    assert.ok(model.terms.some((t: { id: string }) => t.id === 'equity.microsoft-stake'));
  });

  it('--version prints the package version; --help lists the commands', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8'));
    assert.equal(run(['--version'], { cwd: dir }).stdout.trim(), pkg.version);
    const help = run(['--help'], { cwd: dir });
    assert.equal(help.status, 0);
    for (const word of ['check', 'explain', 'terms', '--format', '--as-of', '--fix', '--jobs']) assert.ok(help.stdout.includes(word), word);
  });

  it('usage errors: one line on stderr, exit 2, never a stack trace', () => {
    for (const args of [['check', '--frobnicate'], ['check', '--format', 'xml'], ['check', '--as-of', '2026-02-30'], ['check', '--jobs', '0'], ['frob'], ['explain'], ['check', '--format']]) {
      const r = run(args, { cwd: dir });
      assert.equal(r.status, 2, args.join(' '));
      assert.equal(r.stdout, '');
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.match(r.stderr, /^agreement-lens: /);
    }
    assert.match(run(['check', '--frobnicate'], { cwd: dir }).stderr, /unknown option '--frobnicate'/);
  });
});
