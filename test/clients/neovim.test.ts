// A real editor against the built server: headless Neovim's built-in LSP client starts
// `dist/server.js --stdio`, waits for the diagnostic, asks for a hover and a code action,
// applies the edit, and writes what it saw to a JSON file this test reads.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';

const SERVER = resolve(__dirname, '../../dist/server.js');
const INSTALL = 'apt-get install -y neovim';

interface Seen {
  error?: string;
  diagnostics?: { code?: string; source?: string; lnum: number; col: number }[];
  hover?: string;
  actions?: string[];
  lines?: string[];
  cleared?: boolean;
}

/** Looks for `nvim` on PATH without running it (running it would write a log under $HOME). */
function hasNvim(): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((d) => {
    try {
      accessSync(join(d, 'nvim'), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

function initLua(out: string): string {
  const lua = (s: string) => JSON.stringify(s);
  return `
local out = {}
local function finish()
  local f = io.open(${lua(out)}, 'w')
  f:write(vim.fn.json_encode(out))
  f:close()
  vim.cmd('qa!')
end
local function run()
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'markdown'
  local id = vim.lsp.start_client({
    cmd = { ${lua(process.execPath)}, ${lua(SERVER)}, '--stdio' },
    root_dir = vim.fn.getcwd(),
    settings = { agreementLens = { asOf = '2026-11-21' } },
  })
  vim.lsp.buf_attach_client(bufnr, id)
  if not vim.wait(10000, function() return #vim.diagnostic.get(bufnr) > 0 end, 20) then
    out.error = 'no diagnostics within 10 s'
    return
  end
  out.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = (d.user_data or {}).lsp or {}
    table.insert(out.diagnostics, { code = d.code or lsp.code, source = d.source, lnum = d.lnum, col = d.col })
  end
  local d = vim.diagnostic.get(bufnr)[1]
  local uri = vim.uri_from_bufnr(bufnr)
  local position = { line = d.lnum, character = d.col + 1 }
  local hover = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', { textDocument = { uri = uri }, position = position }, 5000)
  for _, r in pairs(hover or {}) do
    if r.result then out.hover = r.result.contents.value end
  end
  local range = { start = { line = d.lnum, character = d.col }, ['end'] = { line = d.end_lnum, character = d.end_col } }
  local context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(bufnr, d.lnum) }
  local actions = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', { textDocument = { uri = uri }, range = range, context = context }, 5000)
  out.actions = {}
  local preferred
  for _, r in pairs(actions or {}) do
    for _, a in ipairs(r.result or {}) do
      table.insert(out.actions, a.title)
      if a.isPreferred and not preferred then preferred = a end
    end
  end
  if not preferred then
    out.error = 'no preferred code action'
    return
  end
  vim.lsp.util.apply_workspace_edit(preferred.edit, 'utf-16')
  out.lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  out.cleared = vim.wait(10000, function() return #vim.diagnostic.get(bufnr) == 0 end, 20)
  vim.lsp.stop_client(id)
end
vim.api.nvim_create_autocmd('VimEnter', { callback = function()
  local ok, err = pcall(run)
  if not ok then out.error = tostring(err) end
  finish()
end })
`;
}

describe('real client: Neovim (headless, built-in LSP client)', function () {
  this.timeout(30000);
  let dir: string;

  before(function () {
    if (!hasNvim()) {
      console.log(`    SKIPPED: nvim is not on PATH; install it with \`${INSTALL}\` to run this test`);
      this.skip();
    }
    dir = mkdtempSync(join(tmpdir(), 'agreement-lens-nvim-'));
  });
  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows the diagnostic, hovers the term and applies the quick fix', async () => {
    const out = join(dir, 'seen.json');
    writeFileSync(join(dir, 'init.lua'), initLua(out));
    writeFileSync(join(dir, 'stake.md'), 'Microsoft holds a 32.5% stake in OpenAI.\n');
    // Nothing lands in the user's Neovim state: XDG folders point into the temporary folder.
    const env = { ...process.env, HOME: dir, XDG_CONFIG_HOME: dir, XDG_DATA_HOME: dir, XDG_STATE_HOME: dir, XDG_CACHE_HOME: dir };
    const child = spawn('nvim', ['--headless', '-i', 'NONE', '-u', 'init.lua', 'stake.md'], { cwd: dir, env, stdio: 'ignore', timeout: 25000 });
    const code = await new Promise<number | null>((done) => child.once('exit', (c) => done(c)));
    const seen = JSON.parse(readFileSync(out, 'utf8')) as Seen;
    assert.equal(seen.error, undefined, seen.error);
    assert.equal(code, 0);
    assert.deepEqual(seen.diagnostics?.map((d) => [d.code, d.source, d.lnum, d.col]), [['equity.microsoft-stake', 'agreement-lens', 0, 18]]);
    assert.match(seen.hover ?? '', /Microsoft's stake in OpenAI/);
    assert.ok(seen.actions?.some((t) => t.startsWith('Disable agreement-lens')), seen.actions?.join(', '));
    assert.match(seen.lines?.[0] ?? '', /27%/);
    assert.equal(seen.cleared, true, 'the re-check after the edit clears the diagnostic');
  });
});
