#!/usr/bin/env node
// npm run bench: prints where Agreement Lens stands against the peer a user would otherwise
// pick (textlint + textlint-rule-prh with an equivalent dictionary), against the floor (reading
// the files and running one precompiled regular expression over them), and against the targets
// of DESIGN §8. It prints a table and asserts nothing; it is not part of npm test.
//
//   node scripts/bench.mjs [--runs N] [--edits N] [--quick]
//
// Corpus: ../shared/bench/gen-corpus.mjs when ../shared is there (a 10 KB file, a 1 MB file and a
// folder of 2,000 files ≈ 20 MB, fixed seed), else a generator of its own with a fixed seed.
// Each case runs ours and the peer alternately in the same run; times are medians of wall time.
// Peak RSS comes from /usr/bin/time -v when present. The machine is what it is: run it when
// nothing else is busy, and read medians, not single runs.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = resolve(ROOT, '../shared');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : dflt; };
const QUICK = args.includes('--quick');
const RUNS = opt('--runs', QUICK ? 2 : 5);
const EDITS = opt('--edits', QUICK ? 50 : 200);
const AS_OF = '2026-11-21';
const WORK = join(tmpdir(), 'agreement-lens-bench');
mkdirSync(WORK, { recursive: true });

const log = (s = '') => process.stdout.write(`${s}\n`);
const median = (a) => { const s = [...a].sort((x, y) => x - y); return s.length ? (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2 : NaN; };
const pct = (a, p) => { const s = [...a].sort((x, y) => x - y); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };
const ms = (x) => (Number.isFinite(x) ? (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2)) : 'n/a');
const mbps = (bytes, t) => (Number.isFinite(t) && t > 0 ? (bytes / 1e6 / (t / 1000)).toFixed(1) : 'n/a');
const mb = (kb) => (Number.isFinite(kb) ? `${(kb / 1024).toFixed(0)} MB` : 'n/a');

function table(head, rows) {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (r) => `| ${r.map((c, i) => (i === 0 ? String(c).padEnd(w[i]) : String(c).padStart(w[i]))).join(' | ')} |`;
  log(line(head));
  log(`|${w.map((n, i) => (i === 0 ? `${'-'.repeat(n + 1)}-` : `${'-'.repeat(n + 1)}:`)).join('|')}|`);
  for (const r of rows) log(line(r));
}

// ---------------------------------------------------------------------------------- corpus

function corpus() {
  const out = join(WORK, 'corpus');
  if (!existsSync(join(out, 'manifest.json'))) {
    const gen = join(SHARED, 'bench/gen-corpus.mjs');
    if (existsSync(gen)) spawnSync(process.execPath, [gen, out], { stdio: 'ignore' });
    else ownCorpus(out);
  }
  const filesOf = (dir) => readdirSync(dir, { recursive: true }).map((f) => join(dir, f)).filter((f) => f.endsWith('.md')).sort();
  return ['small', 'medium', 'large'].map((name) => {
    const dir = join(out, name);
    const files = filesOf(dir);
    return { name, dir, files, bytes: files.reduce((n, f) => n + statSync(f).size, 0) };
  });
}

/** Without ../shared: a corpus of the same shape from sentences of our own, fixed seed. */
function ownCorpus(out) {
  let a = 20251028;
  const rnd = () => { a = (a + 0x6d2b79f5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const sentences = [
    'Microsoft holds a 32.5% stake in OpenAI.', 'Microsoft now holds about 27% of OpenAI Group PBC on an as-converted diluted basis.',
    'Azure is the exclusive cloud provider for OpenAI.', 'Microsoft has a right of first refusal on new compute.',
    'OpenAI contracted to purchase an incremental $250 billion of Azure services.', 'The revenue share runs until the expert panel verifies AGI.',
    'Microsoft keeps its IP rights to models and products through 2032.', 'The deal is valued at $135 billion.',
    'Analysts expect the partnership to evolve.', 'The companies announced the agreement on October 28, 2025.',
    'Enterprise customers will see few changes in the short term.', 'Open-weight models may be released if they meet safety criteria.',
  ];
  const paragraph = () => Array.from({ length: 2 + Math.floor(rnd() * 4) }, () => pick(sentences)).join(' ');
  const doc = (bytes) => { let s = `# Notes\n\n`; while (s.length < bytes) s += `${rnd() < 0.1 ? '## Section\n\n' : ''}${rnd() < 0.2 ? `- ${pick(sentences)}\n\n` : `${paragraph()}\n\n`}`; return s; };
  const put = (p, text) => { mkdirSync(dirname(p), { recursive: true }); writeFileSync(p, text); };
  put(join(out, 'small/doc-10k.md'), doc(10 * 1024));
  put(join(out, 'medium/doc-1m.md'), doc(1024 * 1024));
  for (let i = 0; i < 2000; i++) put(join(out, `large/d${String(i % 20).padStart(2, '0')}/f${String(i).padStart(4, '0')}.md`), doc(4 * 1024 + rnd() * 12 * 1024));
  writeFileSync(join(out, 'manifest.json'), JSON.stringify({ generator: 'scripts/bench.mjs', seed: 20251028 }));
}

// ---------------------------------------------------------------------------------- processes

const TIME = existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-v', 'true']).status === 0 ? '/usr/bin/time' : undefined;

/** Wall time (ms) and peak RSS (KB) of a command, its output discarded. */
function measure(cmd, argv, cwd = ROOT) {
  const t0 = process.hrtime.bigint();
  const r = TIME
    ? spawnSync(TIME, ['-v', cmd, ...argv], { cwd, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 << 20 })
    : spawnSync(cmd, argv, { cwd, stdio: 'ignore' });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  const rss = TIME ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr?.toString() ?? '')?.[1]) : NaN;
  return { wall, rss, status: r.status };
}

function build() {
  if (!existsSync(join(ROOT, 'dist/cli.js')) || !existsSync(join(ROOT, 'dist/server.js'))) {
    log('(building: node esbuild.mjs)');
    spawnSync(process.execPath, [join(ROOT, 'esbuild.mjs')], { cwd: ROOT, stdio: 'inherit' });
  }
}

function textlintSetup() {
  const bin = join(ROOT, 'node_modules/.bin/textlint');
  if (!existsSync(bin) || !existsSync(join(ROOT, 'node_modules/textlint-rule-prh'))) return undefined;
  let dict = join(SHARED, 'bench/prh.yml');
  if (!existsSync(dict)) {
    dict = join(WORK, 'prh.yml');
    writeFileSync(dict, `version: 1\nrules:\n  - expected: 27%\n    pattern: /32\\.5 ?%/\n  - expected: Azure API exclusivity\n    pattern: exclusive cloud provider\n  - expected: no right of first refusal\n    pattern: right of first refusal\n`);
  }
  const rc = join(WORK, '.textlintrc.json');
  writeFileSync(rc, JSON.stringify({ rules: { prh: { rulePaths: [dict] } } }));
  return { bin, rc, dict };
}

// ---------------------------------------------------------------------------------- the floor

/** Read the files and run one precompiled regular expression (the prh dictionary's patterns as one) over them. */
function floor(files) {
  const re = /32\.5 ?%|32\.5[- ]percent|49 ?% of (?:the )?profits|exclusive cloud (?:provider|partner)|sole cloud provider|right of first refusal|first right of refusal|\bROFR\b|(?:through|until) 2030|OpenAI (?:LP|Global,? LLC)|capped[- ]profit/g;
  const times = [];
  let hits = 0;
  for (let r = 0; r < Math.max(3, RUNS); r++) {
    const t0 = process.hrtime.bigint();
    hits = 0;
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      re.lastIndex = 0;
      while (re.exec(text)) hits++;
    }
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return { time: median(times), hits };
}

// ---------------------------------------------------------------------------------- the CLI against the peer

function cliCases(sets, peer) {
  log(`\n## CLI: agreement-lens check against textlint + textlint-rule-prh (${peer ? peer.dict.replace(`${resolve(ROOT, '..')}/`, '../') : 'not installed'})`);
  log(`Same files, same run, alternating; median wall time of ${RUNS} runs (the largest case: ${Math.max(2, Math.ceil(RUNS / 2))}); --jobs = ${bundle().defaultJobs(availableParallelism())} (the default on ${availableParallelism()} cores).\n`);
  const rows = [];
  for (const s of sets) {
    const target = s.name === 'large' ? s.dir : s.files[0];
    const runs = s.name === 'large' ? Math.max(2, Math.ceil(RUNS / 2)) : RUNS;
    const ours = [];
    const theirs = [];
    for (let r = 0; r < runs; r++) {
      ours.push(measure(process.execPath, [join(ROOT, 'dist/cli.js'), 'check', '--as-of', AS_OF, target]));
      if (peer) theirs.push(measure(peer.bin, ['--config', peer.rc, '--rules-base-directory', join(ROOT, 'node_modules'), s.name === 'large' ? `${s.dir}/**/*.md` : target]));
    }
    const fl = floor(s.files);
    const o = median(ours.map((x) => x.wall));
    const p = median(theirs.map((x) => x.wall));
    const name = `${s.name}: ${s.files.length} file${s.files.length > 1 ? 's' : ''}, ${(s.bytes / 1e6).toFixed(s.bytes < 1e6 ? 3 : 1)} MB`;
    rows.push([
      name, ms(o), mbps(s.bytes, o), mb(Math.max(...ours.map((x) => x.rss))),
      ms(p), mbps(s.bytes, p), mb(Math.max(...theirs.map((x) => x.rss))),
      peer ? `${(p / o).toFixed(1)}×` : 'n/a',
      `${mbps(s.bytes, fl.time)}`,
    ]);
    if (s.name === 'large' && availableParallelism() > 1) {
      // The same folder on the other setting: one thread per core, or one thread when the
      // default already uses workers — what the worker threads bring on this machine.
      const jobs = bundle().defaultJobs(availableParallelism()) > 1 ? 1 : availableParallelism();
      const other = [];
      for (let r = 0; r < runs; r++) other.push(measure(process.execPath, [join(ROOT, 'dist/cli.js'), 'check', '--as-of', AS_OF, '--jobs', String(jobs), target]));
      const t = median(other.map((x) => x.wall));
      rows.push([`${name}, --jobs ${jobs}`, ms(t), mbps(s.bytes, t), mb(Math.max(...other.map((x) => x.rss))), ms(p), mbps(s.bytes, p), '', peer ? `${(p / t).toFixed(1)}×` : 'n/a', '']);
    }
  }
  table(['corpus', 'ours ms', 'ours MB/s', 'ours RSS', 'peer ms', 'peer MB/s', 'peer RSS', 'peer/ours', 'floor MB/s'], rows);
  log('\nfloor: the same files read in this process and one precompiled regular expression (the dictionary\'s patterns as one alternation) run over them; no process start-up.');
  return rows;
}

// ---------------------------------------------------------------------------------- the engine in process

async function engineCases(medium) {
  log('\n## Engine, in process (server side: what the language server runs per check)\n');
  const { createChecker } = await loadEngine();
  const text = readFileSync(medium.files[0], 'utf8');
  const options = { asOf: AS_OF, all: true };
  // Untimed runs first: the timings are of compiled code, not of the JIT warming up. (Forcing a
  // collection between runs was tried and measured slower: V8 then shrinks the young generation
  // and the next run pays to grow it again.)
  for (let r = 0; r < 5; r++) createChecker(builtinModel).check(text, options);
  const cold = [];
  const warm = [];
  let checker;
  for (let r = 0; r < Math.max(20, RUNS * 4); r++) {
    checker = createChecker(builtinModel);
    let t0 = performance.now();
    checker.check(text, options);
    cold.push(performance.now() - t0);
    t0 = performance.now();
    checker.check(text, options);
    warm.push(performance.now() - t0);
  }
  // One-character edits spread through the document, each checked with the document's session.
  const session = checker.createSession();
  checker.check(text, options, session);
  let doc = text;
  const edits = [];
  for (let k = 0; k < EDITS; k++) {
    const at = Math.floor(((k * 7919) % EDITS + 0.5) / EDITS * doc.length);
    doc = `${doc.slice(0, at)}x${doc.slice(at)}`;
    const t0 = performance.now();
    checker.check(doc, options, session);
    edits.push(performance.now() - t0);
  }
  table(['1 MB document', 'median ms', 'p95 ms', 'target'], [
    ['full check, new checker (nothing memoised)', ms(median(cold)), ms(pct(cold, 0.95)), '≤ 30 ms'],
    ['full check again, same checker (sentences memoised)', ms(median(warm)), ms(pct(warm, 0.95)), ''],
    [`re-check after a one-character edit (${EDITS} edits, session)`, ms(median(edits)), ms(pct(edits, 0.95)), '≤ 3 ms median'],
  ]);
  return { cold: median(cold), edit: median(edits), editP95: pct(edits, 0.95) };
}

let builtinModel;
let engine;
async function loadEngine() {
  engine ??= bundle();
  builtinModel = engine.builtinModel;
  return engine;
}

/** The engine and the CLI's defaults are TypeScript: bundled once with esbuild (a dev dependency) into the work folder. */
function bundle() {
  if (engine) return engine;
  const out = join(WORK, 'engine.cjs');
  const esbuild = require(join(ROOT, 'node_modules/esbuild'));
  esbuild.buildSync({
    stdin: {
      contents: "export { createChecker } from './server/src/engine/index'; export { builtinModel } from './server/src/terms/model'; export { defaultJobs } from './server/src/cli/args';",
      resolveDir: ROOT, loader: 'ts',
    },
    bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'silent',
  });
  engine = require(out);
  return engine;
}

/** Linear time: the same adversarial inputs at 1× and 10× the size. */
async function scaling() {
  const { createChecker } = await loadEngine();
  log('\n## Linear time on adversarial input (engine, in process; a ratio near 10 is linear)\n');
  const cases = [
    ['digits and percent signs, one line', (n) => '1234567890%'.repeat(n / 11)],
    ['nested emphasis markers', (n) => `${'*'.repeat(n / 2)}x${'*'.repeat(n / 2)}`],
    ['"Microsoft" words', (n) => 'Microsoft '.repeat(n / 10)],
    ['unclosed brackets and "<!--"', (n) => '[<!--!['.repeat(n / 7)],
    ['backtick runs of growing length', (n) => { let s = ''; for (let i = 0; s.length < n; i++) s += `${'`'.repeat(i % 200 + 1)} x `; return s; }],
    ['one sentence full of claims', (n) => 'Microsoft holds a 32.5% stake in OpenAI and '.repeat(n / 44)],
    ['table rows', (n) => '| stake | 32.5% |\n'.repeat(n / 18)],
  ];
  const rows = [];
  for (const [name, make] of cases) {
    createChecker(builtinModel).check(make(200_000), { asOf: AS_OF, all: true }); // warm-up, untimed
    const time = (n) => {
      const text = make(n);
      const t = [];
      for (let r = 0; r < 3; r++) { const c = createChecker(builtinModel); const t0 = performance.now(); c.check(text, { asOf: AS_OF, all: true }); t.push(performance.now() - t0); }
      return median(t);
    };
    const a = time(200_000);
    const b = time(2_000_000);
    rows.push([name, ms(a), ms(b), (b / a).toFixed(1)]);
  }
  table(['input', '200 KB ms', '2 MB ms', 'ratio'], rows);
}

// ---------------------------------------------------------------------------------- the server over stdio

async function serverCases(medium) {
  log('\n## Language server over stdio (node dist/server.js --stdio), 1 MB document\n');
  const server = join(ROOT, 'dist/server.js');
  if (!existsSync(server)) { log('dist/server.js is missing: skipped (npm run build)'); return undefined; }
  const P = require(join(ROOT, 'node_modules/vscode-languageserver-protocol/node'));
  const { TextDocument } = require(join(ROOT, 'node_modules/vscode-languageserver-textdocument'));
  const text = readFileSync(medium.files[0], 'utf8');
  const uri = 'file:///bench/doc-1m.md';

  const t0 = performance.now();
  const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const conn = P.createProtocolConnection(new P.StreamMessageReader(child.stdout), new P.StreamMessageWriter(child.stdin));
  conn.onRequest((method, params) => {
    if (method === 'workspace/configuration') return params.items.map((i) => (i.section === 'agreementLens' ? { asOf: AS_OF } : null));
    return null;
  });
  conn.onNotification(() => undefined);
  conn.listen();
  await conn.sendRequest(P.InitializeRequest.type, {
    processId: process.pid, rootUri: null, workspaceFolders: null,
    capabilities: {
      workspace: { configuration: true },
      textDocument: {
        synchronization: {}, hover: { contentFormat: ['markdown'] }, diagnostic: { dynamicRegistration: false },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } } },
        // What VS Code declares: the server sends related information only to clients that take it.
        publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
      },
    },
  });
  const startup = performance.now() - t0;
  await conn.sendNotification(P.InitializedNotification.type, {});

  // Pull diagnostics (LSP 3.17): the time to fresh diagnostics without the push debounce.
  const pull = (previousResultId) => conn.sendRequest(P.DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId });
  let doc = TextDocument.create(uri, 'markdown', 1, text);
  let t = performance.now();
  await conn.sendNotification(P.DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  let report = await pull();
  const open = performance.now() - t;
  const diagnostics = report.items;
  const rss = rssOf(child.pid);

  const edits = [];
  for (let k = 0; k < EDITS; k++) {
    const at = Math.floor(((k * 7919) % EDITS + 0.5) / EDITS * doc.getText().length);
    const pos = doc.positionAt(at);
    const change = { range: { start: pos, end: pos }, text: 'x' };
    doc = TextDocument.update(doc, [change], doc.version + 1);
    t = performance.now();
    await conn.sendNotification(P.DidChangeTextDocumentNotification.type, { textDocument: { uri, version: doc.version }, contentChanges: [change] });
    report = await pull(report.resultId);
    edits.push(performance.now() - t);
  }
  const rssEdited = rssOf(child.pid);

  // Hover and code action on findings spread through the (edited) document.
  const targets = report.items ?? diagnostics;
  const hovers = [];
  const actions = [];
  for (let k = 0; k < Math.min(50, targets.length); k++) {
    const d = targets[Math.floor(k * targets.length / Math.min(50, targets.length))];
    t = performance.now();
    await conn.sendRequest(P.HoverRequest.type, { textDocument: { uri }, position: d.range.start });
    hovers.push(performance.now() - t);
    t = performance.now();
    await conn.sendRequest(P.CodeActionRequest.type, { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    actions.push(performance.now() - t);
  }
  await conn.sendRequest(P.ShutdownRequest.type);
  await conn.sendNotification(P.ExitNotification.type);
  child.kill();

  table(['server, 1 MB document', 'median ms', 'p95 ms', 'target'], [
    ['start-up to initialize response', ms(startup), '', ''],
    [`didOpen → diagnostics (pull; ${diagnostics.length} diagnostics)`, ms(open), '', '≤ 30 ms server side'],
    [`one-character didChange → fresh diagnostics (${EDITS} edits)`, ms(median(edits)), ms(pct(edits, 0.95)), '≤ 3 ms server side'],
    ['hover', ms(median(hovers)), ms(pct(hovers, 0.95)), '≤ 2 ms'],
    ['code action', ms(median(actions)), ms(pct(actions, 0.95)), '≤ 2 ms'],
    ['RSS after opening', mb(rss), '', '≤ 60 MB'],
    [`RSS after the ${EDITS} edits (garbage not yet collected included)`, mb(rssEdited), '', ''],
  ]);
  log('\nRound trips over JSON-RPC: they include sending every diagnostic of the document (thousands for this one)');
  log('to the client and parsing them there; the engine section above is the server-side re-check alone.');
  return { startup, open, edit: median(edits), rss };
}

function rssOf(pid) {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]);
  } catch {
    const r = spawnSync('ps', ['-o', 'rss=', '-p', String(pid)]);
    return Number(r.stdout?.toString().trim()) || NaN;
  }
}

// ---------------------------------------------------------------------------------- the extension

function extensionCases() {
  log('\n## Extension\n');
  // `npm run package` writes it to the root; the ship tests build one under .test-output/package.
  const vsix = [ROOT, join(ROOT, '.test-output/package')].filter((d) => existsSync(d))
    .flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.vsix')).map((f) => ({ f, size: statSync(join(d, f)).size })));
  table(['extension', 'value', 'target'], [
    ['.vsix size', vsix.length ? vsix.map((v) => `${v.f}: ${(v.size / 1024).toFixed(0)} KB`).join(', ') : 'no .vsix yet (npm run package makes one)', '≤ 1 MB'],
    ['activation time', 'see the code-server suite (test/clients)', '≤ 100 ms'],
  ]);
}

// ---------------------------------------------------------------------------------- main

log(`# Agreement Lens benchmark — ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${availableParallelism()} cores${QUICK ? ', --quick' : ''}`);
build();
const sets = corpus();
log(`corpus: ${sets.map((s) => `${s.name} ${s.files.length} file(s) ${(s.bytes / 1e6).toFixed(2)} MB`).join('; ')} (${existsSync(join(SHARED, 'bench/gen-corpus.mjs')) ? '../shared/bench/gen-corpus.mjs' : 'built-in generator'}, fixed seed)`);
const peer = textlintSetup();
cliCases(sets, peer);
await engineCases(sets[1]);
await serverCases(sets[1]);
await scaling();
extensionCases();
