// The writer's features over JSON-RPC: "Add source" on a claim and for the whole file (applied
// twice, the second time offers nothing), consistency notes in relatedInformation, the summary
// code lens and status, and completion of the official wording (with its source, on request).
import assert from 'node:assert/strict';
import {
  CodeActionRequest, CodeLensRequest, CompletionRequest, DiagnosticSeverity, ExecuteCommandRequest,
  type CodeAction, type CompletionItem, type CompletionList, type Diagnostic, type MarkupContent, type Range,
} from 'vscode-languageserver-protocol/node';
import { STATUS, type StatusParams } from '../../server/src/lsp/protocol';
import { TestClient } from './lsp-client';

const ADD_SOURCE = 'refactor.rewrite.addSource.agreementLens';
const ADD_SOURCES = 'source.addSources.agreementLens';
const OCT_2025_POST = 'https://blogs.microsoft.com/blog/2025/10/28/the-next-chapter-of-the-microsoft-openai-partnership/';

describe('protocol: for writers', () => {
  let client: TestClient;
  afterEach(async () => {
    await client?.stop();
  });

  /** Open a document and wait for its first check, so every request sees its findings. */
  async function open(uri: string, text: string, languageId = 'markdown'): Promise<Diagnostic[]> {
    await client.open(uri, text, languageId);
    return client.diagnostics(uri);
  }

  function rangeOf(uri: string, needle: string): Range {
    const text = client.text(uri);
    const at = text.indexOf(needle);
    assert.ok(at >= 0, `"${needle}" in the document`);
    const doc = client.docs.get(uri)!;
    return { start: doc.positionAt(at), end: doc.positionAt(at + needle.length) };
  }

  async function actions(uri: string, range: Range, only?: string[]): Promise<CodeAction[]> {
    const result = await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics: [], only } });
    return (result ?? []) as CodeAction[];
  }

  /** Apply an action's edit and wait until the server has checked the new version. */
  async function apply(uri: string, action: CodeAction): Promise<string> {
    const [text] = await client.applyEdit(action.edit!);
    const version = client.version(uri);
    await client.diagnostics(uri, (p) => p.version === version);
    return text;
  }

  describe('add source', () => {
    beforeEach(async () => {
      client = await TestClient.start();
    });

    it('inserts a footnote after the claim’s sentence and its definition at the end; a second time offers nothing', async () => {
      const uri = 'untitled:cite.md';
      await open(uri, '# Notes\n\nMicrosoft holds about 27% of OpenAI. More text.\n');
      const cite = (await actions(uri, rangeOf(uri, '27%'))).filter((a) => a.kind === ADD_SOURCE);
      assert.equal(cite.length, 1, 'one Add source action on the claim');
      assert.match(cite[0].title, /^Add source for "27%" \(Microsoft \(Official Microsoft Blog\), 2025-10-28\)$/);
      const text = await apply(uri, cite[0]);
      assert.match(text, /of OpenAI\.\[\^1\] More text\./);
      assert.ok(text.endsWith(`\n\n[^1]: Microsoft (Official Microsoft Blog), "The next chapter of the Microsoft–OpenAI partnership" (2025-10-28). ${OCT_2025_POST}\n`), text);
      const again = (await actions(uri, rangeOf(uri, '27%'))).filter((a) => a.kind?.startsWith('refactor.rewrite'));
      assert.deepEqual(again, [], 'an already cited claim offers no edit');
    });

    it('appends the source in brackets in plain text', async () => {
      const uri = 'untitled:cite.txt';
      await open(uri, 'Microsoft holds about 27% of OpenAI.\n', 'plaintext');
      const [cite] = (await actions(uri, rangeOf(uri, '27%'))).filter((a) => a.kind === ADD_SOURCE);
      const text = await apply(uri, cite);
      assert.equal(text, `Microsoft holds about 27% of OpenAI. [Source: Microsoft (Official Microsoft Blog), "The next chapter of the Microsoft–OpenAI partnership" (2025-10-28). ${OCT_2025_POST}]\n`);
    });

    it('offers no source for a stale figure until it is fixed', async () => {
      const uri = 'untitled:stale.md';
      const [d] = await open(uri, 'Microsoft holds a 32.5% stake in OpenAI.\n');
      const before = await actions(uri, d.range);
      assert.ok(!before.some((a) => a.kind === ADD_SOURCE));
      await apply(uri, before.find((a) => a.isPreferred)!);
      assert.equal((await actions(uri, rangeOf(uri, '27%'))).filter((a) => a.kind === ADD_SOURCE).length, 1);
    });

    it('cites every claim in the file from the source action, which saving (source.fixAll) never runs', async () => {
      const uri = 'untitled:all.md';
      await open(uri, 'Microsoft holds about 27% of OpenAI.\n\nOpenAI has contracted to purchase an incremental $250 billion of Azure services.\n');
      const whole = { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } };
      assert.deepEqual((await actions(uri, whole, ['source.fixAll'])).map((a) => a.kind), [], 'not a fix-all kind');
      const all = await actions(uri, whole, ['source']);
      assert.deepEqual(all.map((a) => [a.kind, a.title]), [[ADD_SOURCES, 'Add sources to all claims in file']]);
      const text = await apply(uri, all[0]);
      // Two claims, two primary sources (Microsoft's post and OpenAI's), numbered in order.
      assert.match(text, /^Microsoft holds about 27% of OpenAI\.\[\^1\]\n\nOpenAI has contracted .* Azure services\.\[\^2\]\n\n\[\^1\]: Microsoft .*\n\[\^2\]: OpenAI, .*\n$/);
      assert.deepEqual(await actions(uri, whole, [ADD_SOURCES]), [], 'nothing left to cite');
    });
  });

  describe('consistency', () => {
    beforeEach(async () => {
      client = await TestClient.start();
    });

    it('points a stale figure at the other value the document states', async () => {
      const uri = 'untitled:table.md';
      const text = 'Microsoft holds about 27% of OpenAI.\n\n| Term | Value |\n|---|---|\n| Microsoft stake | 32.5% |\n';
      const ds = await open(uri, text);
      assert.equal(ds.length, 1, JSON.stringify(ds));
      const [d] = ds;
      assert.deepEqual(d.range, rangeOf(uri, '32.5%'));
      assert.equal(d.severity, DiagnosticSeverity.Warning, 'the stale finding keeps its severity');
      const related = d.relatedInformation ?? [];
      assert.equal(related.length, 1, 'one note per place');
      assert.equal(related[0].location.uri, uri);
      assert.deepEqual(related[0].location.range, rangeOf(uri, '27%'));
    });

    it('is one information note when the two values belong to different periods', async () => {
      const uri = 'untitled:periods.md';
      const ds = await open(uri, 'Microsoft previously held 32.5% of the for-profit. Today Microsoft holds about 27% of OpenAI.\n');
      assert.equal(ds.length, 1, JSON.stringify(ds));
      const [d] = ds;
      assert.equal(d.code, 'consistency');
      assert.equal(d.severity, DiagnosticSeverity.Information);
      assert.deepEqual(d.range, rangeOf(uri, '27%'));
      assert.match(d.message, /elsewhere this document states 32\.5%/);
      assert.deepEqual(d.relatedInformation?.map((r) => r.location.range), [rangeOf(uri, '32.5%')]);
    });

    it('sends no related information to a client that does not take it, and keeps the message', async () => {
      await client.stop();
      client = await TestClient.start({ relatedInformation: false });
      const uri = 'untitled:plain-client.md';
      const ds = await open(uri, 'Microsoft previously held 32.5% of the for-profit. Today Microsoft holds about 27% of OpenAI.\n');
      assert.equal(ds.length, 1, JSON.stringify(ds));
      assert.equal(ds[0].relatedInformation, undefined);
      assert.match(ds[0].message, /elsewhere this document states 32\.5%/);
    });

    it('can be turned off like a rule', async () => {
      await client.stop();
      client = await TestClient.start({ settings: { severity: { consistency: 'off' } } });
      assert.deepEqual(await open('untitled:quiet.md', 'Microsoft previously held 32.5% of the for-profit. Today Microsoft holds about 27% of OpenAI.\n'), []);
    });
  });

  describe('summary', () => {
    const DOC = 'Microsoft holds about 27% of OpenAI. It has a right of first refusal. A deal valued at $135 billion.\n';
    const lenses = (uri: string) => client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } });

    it('puts where the document stands on its first line, at the as-of setting or the front matter’s date', async () => {
      client = await TestClient.start();
      await open('untitled:lens.md', `# Notes\n\n${DOC}`);
      const [lens, ...rest] = (await lenses('untitled:lens.md')) ?? [];
      assert.equal(rest.length, 0);
      assert.deepEqual(lens.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
      assert.equal(lens.command?.title, 'Checked against the terms of 2026-04-29: 1 current · 1 stale · 1 wrong');
      assert.equal(lens.command?.command, 'workbench.actions.view.problems');

      await open('untitled:dated.md', `---\nas-of: 2025-11-01\n---\nMicrosoft holds about 27% of OpenAI.\n`);
      const [dated] = (await lenses('untitled:dated.md')) ?? [];
      assert.equal(dated.command?.title, 'Checked against the terms of 2025-10-29: 1 current · 0 stale · 0 wrong');
    });

    it('shows no lens in plain text or when agreementLens.codeLens is false', async () => {
      client = await TestClient.start({ settings: { codeLens: false } });
      await open('untitled:off.md', DOC);
      assert.deepEqual(await lenses('untitled:off.md'), []);
      await client.configure({});
      await open('untitled:plain.txt', DOC, 'plaintext');
      assert.deepEqual(await lenses('untitled:plain.txt'), []);
      assert.equal((await lenses('untitled:off.md'))?.length, 1, 'the setting applies live');
    });

    it('sends the same summary with the status', async () => {
      client = await TestClient.start({ initializationOptions: { status: true } });
      const uri = 'untitled:status.md';
      await open(uri, DOC);
      await client.waitFor('a status with a summary', () => client.notifications.some((n) => n.method === STATUS && (n.params as StatusParams).uri === uri));
      const status = client.notifications.find((n) => n.method === STATUS)!.params as StatusParams;
      assert.equal(status.summary, 'Checked against the terms of 2026-04-29: 1 current · 1 stale · 1 wrong');
    });
  });

  describe('completion', () => {
    beforeEach(async () => {
      client = await TestClient.start();
    });

    async function complete(uri: string, line: number, character: number): Promise<CompletionItem[]> {
      const result = await client.connection.sendRequest(CompletionRequest.type, {
        textDocument: { uri }, position: { line, character }, context: { triggerKind: 2, triggerCharacter: ' ' },
      });
      return Array.isArray(result) ? result : (result as CompletionList | null)?.items ?? [];
    }

    it('offers the 27% wording after "Microsoft’s stake ", with its date and source', async () => {
      const uri = 'untitled:complete.md';
      const line = 'Microsoft’s stake ';
      await open(uri, `# Notes\n\n${line}\n`);
      const items = await complete(uri, 2, line.length);
      const item = items.find((i) => i.label === '27%' && !i.command);
      assert.ok(item, items.map((i) => i.label).join(' | '));
      assert.equal(item.kind, 12, 'CompletionItemKind.Value');
      assert.equal(item.detail, "Microsoft's stake in OpenAI · since 2025-10-28");
      const doc = item.documentation as MarkupContent;
      assert.equal(doc.kind, 'markdown');
      assert.ok(doc.value.includes(`(${OCT_2025_POST})`), doc.value);
      assert.deepEqual(item.textEdit, { range: { start: { line: 2, character: line.length }, end: { line: 2, character: line.length } }, newText: '27%' });
      assert.ok(!items.some((i) => /26%/.test(i.label)), 'not the Foundation’s stake');
    });

    it('offers nothing after ordinary words', async () => {
      const uri = 'untitled:plain.md';
      await open(uri, 'The weather today \n');
      assert.deepEqual(await complete(uri, 0, 'The weather today '.length), []);
    });

    it('inserts the wording and, for the "with source" item, its citation', async () => {
      const uri = 'untitled:cited.md';
      const line = 'Microsoft’s stake';
      await open(uri, `${line}\n`);
      const items = await complete(uri, 0, line.length);
      const item = items.find((i) => i.label === '27%' && i.command);
      assert.ok(item?.command, 'a "with source" variant');
      assert.equal(item.labelDetails?.description, 'with source');
      const edit = item.textEdit as { range: Range; newText: string };
      assert.equal(edit.newText, ' 27%', 'its own space after a word');
      await client.edit(uri, [edit]);
      // The server answers the command once the client has applied the edit it asked for.
      await client.connection.sendRequest(ExecuteCommandRequest.type, { command: item.command.command, arguments: item.command.arguments });
      assert.ok(client.serverRequests.includes('workspace/applyEdit'));
      assert.equal(client.text(uri), `Microsoft’s stake 27%[^1]\n\n[^1]: Microsoft (Official Microsoft Blog), "The next chapter of the Microsoft–OpenAI partnership" (2025-10-28). ${OCT_2025_POST}\n`);
    });
  });
});
