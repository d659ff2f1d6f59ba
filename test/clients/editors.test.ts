// The README's editor snippets, taken literally from README.md and run in the editors Debian
// ships: Neovim's built-in client, Emacs with eglot, Vim with ALE (in tmux, as Vim needs a
// terminal). Each must start `agreement-lens-ls --stdio` from PATH and show the stale-stake
// diagnostic. An editor that is not installed is reported as skipped with its install command.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { accessSync, chmodSync, constants, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { promisify } from 'node:util';

const ROOT = resolve(__dirname, '../..');
const SERVER = join(ROOT, 'dist/server.js');
const STALE = 'Microsoft holds a 32.5% stake in OpenAI.\n';
const EXPECTED = /Stale: "32\.5%"/;
const ELPA = '/usr/share/emacs/site-lisp/elpa';
const run = promisify(execFile);

/** The first fenced block of `language` after the heading `heading` in README.md. */
function snippet(heading: string, language: string): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const at = readme.indexOf(`\n${heading}\n`);
  assert.ok(at >= 0, `README.md has no "${heading}" section`);
  const block = new RegExp('```' + language + '\\n([\\s\\S]*?)\\n```').exec(readme.slice(at));
  assert.ok(block, `README.md has no ${language} block under "${heading}"`);
  return block[1];
}

/** Looks for a program on PATH without running it. */
function onPath(name: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((d) => {
    try {
      accessSync(join(d, name), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

function skipUnless(ctx: Mocha.Context, ok: boolean, install: string): void {
  if (ok) return;
  console.log(`    SKIPPED: not installed; install with \`${install}\``);
  ctx.skip();
}

/** Polls for `file` (the editor writes it when it saw a diagnostic) until `ms` have passed. */
async function waitForFile(file: string, ms: number): Promise<string | undefined> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) {
    if (existsSync(file)) {
      await new Promise((r) => setTimeout(r, 50));
      return readFileSync(file, 'utf8');
    }
  }
  return undefined;
}

describe('real clients: the README snippets for Neovim, Emacs and Vim', function () {
  this.timeout(60000);
  let dir = '';
  let env: NodeJS.ProcessEnv = {};

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'agreement-lens-editors-'));
    // What `npm install --global .` gives a user: `agreement-lens-ls` on PATH.
    const bin = join(dir, 'bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'agreement-lens-ls'), `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(SERVER)} "$@"\n`);
    chmodSync(join(bin, 'agreement-lens-ls'), 0o755);
    env = {
      ...process.env, PATH: `${bin}${delimiter}${process.env.PATH}`, HOME: dir,
      XDG_CONFIG_HOME: join(dir, 'config'), XDG_DATA_HOME: join(dir, 'data'), XDG_STATE_HOME: join(dir, 'state'), XDG_CACHE_HOME: join(dir, 'cache'),
    };
  });
  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('Neovim: the init.lua snippet attaches the server to a Markdown buffer', async function () {
    skipUnless(this, onPath('nvim'), 'apt-get install -y neovim');
    const work = join(dir, 'nvim');
    mkdirSync(work);
    writeFileSync(join(work, 'note.md'), STALE);
    const out = join(work, 'out.txt');
    writeFileSync(join(work, 'init.lua'), `${snippet('### Neovim', 'lua')}
vim.defer_fn(function()
  vim.wait(15000, function() return #vim.diagnostic.get(0) > 0 end, 50)
  local lines = {}
  for _, d in ipairs(vim.diagnostic.get(0)) do table.insert(lines, (d.lnum + 1) .. ':' .. (d.col + 1) .. ' ' .. (d.source or '') .. ' ' .. d.message) end
  vim.fn.writefile(lines, ${JSON.stringify(out)})
  vim.cmd('qa!')
end, 0)
`);
    await run('nvim', ['--headless', '-i', 'NONE', '-u', join(work, 'init.lua'), join(work, 'note.md')], { cwd: work, env, timeout: 30000 });
    const seen = readFileSync(out, 'utf8');
    assert.match(seen, /^1:19 agreement-lens /);
    assert.match(seen, EXPECTED);
  });

  it('Emacs: the eglot snippet connects the server to a text-mode buffer', async function () {
    skipUnless(this, onPath('emacs') && existsSync(ELPA) && readdirSync(ELPA).some((d) => d.startsWith('eglot-')), 'apt-get install -y emacs-nox elpa-eglot');
    const work = join(dir, 'emacs');
    mkdirSync(work);
    writeFileSync(join(work, 'note.txt'), STALE);
    writeFileSync(join(work, 'snippet.el'), snippet('### Emacs (eglot)', 'elisp'));
    writeFileSync(join(work, 'run.el'), `
(require 'eglot)
(load ${JSON.stringify(join(work, 'snippet.el'))})
(find-file ${JSON.stringify(join(work, 'note.txt'))})
;; eglot-ensure connects from post-command-hook, which batch mode never runs.
(run-hooks 'post-command-hook)
(let ((deadline (+ (float-time) 15)))
  (while (and (< (float-time) deadline) (null (flymake-diagnostics)))
    (accept-process-output nil 0.05)))
(dolist (d (flymake-diagnostics))
  (princ (format "%s %s\\n" (flymake-diagnostic-beg d) (flymake-diagnostic-text d))))
(kill-emacs 0)
`);
    // -Q leaves Debian's ELPA folder off the load path: add its packages by hand.
    const load = readdirSync(ELPA).flatMap((d) => ['-L', join(ELPA, d)]);
    const { stdout } = await run('emacs', ['-Q', '--batch', ...load, '-l', join(work, 'run.el')], { cwd: work, env, timeout: 30000 });
    // Flymake positions are 1-based buffer offsets: column 19 of line 1 is 19.
    assert.match(stdout, /^19 agreement-lens \[equity\.microsoft-stake\]: /m);
    assert.match(stdout, EXPECTED);
  });

  it('Vim: the ALE linter definition lints a Markdown buffer', async function () {
    skipUnless(this, onPath('vim') && onPath('tmux') && existsSync('/usr/share/vim-ale'), 'apt-get install -y vim vim-ale tmux');
    const work = join(dir, 'vim');
    mkdirSync(work);
    writeFileSync(join(work, 'note.md'), STALE);
    const out = join(work, 'out.txt');
    writeFileSync(join(work, 'snippet.vim'), snippet('### Vim (ALE)', 'vim'));
    writeFileSync(join(work, 'vimrc'), `set nocompatible
filetype plugin on
packadd! ale
let g:ale_linters = {'markdown': ['agreement-lens']}
source ${join(work, 'snippet.vim')}
function! Check(timer) abort
  let l:list = ale#engine#GetLoclist(bufnr(''))
  if !empty(l:list)
    call writefile(map(copy(l:list), {_, v -> v.lnum . ':' . v.col . ' ' . v.linter_name . ' ' . v.text}), ${JSON.stringify(out)})
    qa!
  endif
endfunction
call timer_start(50, 'Check', {'repeat': -1})
`);
    // A private tmux server; tmux runs the command through a login shell, which may reset PATH,
    // so the environment is set on the command itself.
    const socket = join(work, 'tmux.sock');
    const command = `env PATH=${JSON.stringify(env.PATH)} HOME=${JSON.stringify(dir)} vim -u ${JSON.stringify(join(work, 'vimrc'))} -i NONE ${JSON.stringify(join(work, 'note.md'))}`;
    await run('tmux', ['-S', socket, 'new-session', '-d', '-x', '120', '-y', '30', command], { cwd: work, env, timeout: 10000 });
    try {
      const seen = await waitForFile(out, 20000);
      assert.ok(seen, 'Vim showed no agreement-lens diagnostic within 20 s');
      assert.match(seen, /^1:19 agreement-lens /);
      assert.match(seen, EXPECTED);
    } finally {
      await run('tmux', ['-S', socket, 'kill-server'], { env }).catch(() => undefined);
    }
  });
});
