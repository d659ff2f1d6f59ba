import assert from 'node:assert/strict';
import { applyEdits, citeEdits } from '../../server/src/engine/cite';
import { compileModel } from '../../server/src/engine/compile';
import { completions, triggerPhrases } from '../../server/src/engine/completion';
import { inconsistencies } from '../../server/src/engine/consistency';
import { summarize } from '../../server/src/engine/summary';
import { builtinModel } from '../../server/src/terms/model';
import { checkAll, TODAY } from './helpers';

function cite(text: string, languageId = 'markdown'): string {
  const findings = checkAll(text, { languageId });
  return applyEdits(text, citeEdits(text, findings, languageId));
}

describe('writers: add source', () => {
  it('adds a footnote reference after the sentence and the definition at the end', () => {
    const out = cite('# Note\n\nMicrosoft holds about 27% of OpenAI. More text.\n');
    assert.match(out, /of OpenAI\.\[\^1\] More text\./);
    assert.match(out, /\n\n\[\^1\]: Microsoft \(Official Microsoft Blog\), "The next chapter of the Microsoft–OpenAI partnership" \(2025-10-28\)\. https:\/\/blogs\.microsoft\.com\/blog\/2025\/10\/28\/the-next-chapter-of-the-microsoft-openai-partnership\/\n$/);
  });

  it('changes nothing when applied twice', () => {
    const once = cite('Microsoft holds about 27% of OpenAI. OpenAI has contracted to purchase an incremental $250 billion of Azure services.\n');
    assert.equal(cite(once), once);
  });

  it('reuses a footnote that already cites the source and numbers new ones after the existing ones', () => {
    const text = 'Intro.[^7]\n\nMicrosoft holds about 27% of OpenAI.\n\n[^7]: Microsoft, https://blogs.microsoft.com/blog/2025/10/28/the-next-chapter-of-the-microsoft-openai-partnership/\n';
    const out = cite(text);
    assert.match(out, /of OpenAI\.\[\^7\]/);
    assert.equal((out.match(/^\[\^/gm) ?? []).length, 1, 'no new definition');
    const other = cite('Intro.[^3]\n\nOpenAI can release open-weight models.\n\n[^3]: Something else, https://example.com/\n');
    assert.match(other, /open-weight models\.\[\^4\]/);
    assert.match(other, /\[\^3\]: Something else, https:\/\/example\.com\/\n\[\^4\]: /);
  });

  it('cites every uncited claim at once, one reference per sentence and source', () => {
    const out = cite('Microsoft holds about 27% of OpenAI, worth about $135 billion. Microsoft no longer has a right of first refusal.\n');
    assert.equal((out.match(/\[\^1\]/g) ?? []).length, 3, 'two references and one definition');
    assert.ok(!out.includes('[^2]'), 'both sentences cite the same primary source');
  });

  it('appends the source in brackets in plain text, once', () => {
    const once = cite('Microsoft holds about 27% of OpenAI.\n', 'plaintext');
    assert.match(once, /of OpenAI\. \[Source: Microsoft \(Official Microsoft Blog\), "The next chapter/);
    assert.equal(cite(once, 'plaintext'), once);
  });

  it('cites a plain-text sentence with two sources once, however often it is applied', () => {
    const once = cite('Microsoft holds an investment in OpenAI Group PBC valued at approximately $135 billion.\n', 'plaintext');
    assert.equal((once.match(/\[Source: /g) ?? []).length, 2, once);
    assert.equal(cite(once, 'plaintext'), once);
  });

  it('keeps CRLF line endings', () => {
    const out = cite('Microsoft holds about 27% of OpenAI.\r\n');
    assert.ok(!/[^\r]\n/.test(out), 'every newline is CRLF');
  });
});

describe('writers: consistency', () => {
  it('points a stale figure at the current one stated elsewhere', () => {
    const text = 'Microsoft holds about 27% of OpenAI.\n\n| Term | Value |\n|---|---|\n| Microsoft stake | 32.5% |\n';
    const findings = checkAll(text);
    const [c] = inconsistencies(findings);
    const target = findings[c.index];
    assert.equal(target.text, '32.5%');
    assert.equal(c.severity, 'warning');
    assert.equal(text.slice(c.related[0].start, c.related[0].end), '27%');
  });
  it('makes two dates for the same rights a warning on the stale one', () => {
    const findings = checkAll('Microsoft’s IP rights run through 2032. Elsewhere: Microsoft can use OpenAI’s models until 2030.');
    const [c] = inconsistencies(findings);
    assert.equal(findings[c.index].text, '2030');
    assert.equal(c.severity, 'warning');
  });
  it('is information only when the values belong to different periods', () => {
    const findings = checkAll('Microsoft previously held 32.5% of the for-profit. Today Microsoft holds about 27% of OpenAI.');
    const [c] = inconsistencies(findings);
    assert.equal(c.severity, 'information');
  });
  it('says nothing about a range inside one sentence', () => {
    assert.deepEqual(inconsistencies(checkAll('Its stake fell from 32.5% to 27%.')), []);
  });
});

describe('writers: summary', () => {
  it('counts a document’s claims against the latest terms', () => {
    const s = summarize(builtinModel, checkAll('Microsoft holds about 27% of OpenAI. It has a right of first refusal. A deal valued at $135 billion.'), TODAY);
    assert.equal(s.termsOf, '2026-04-29');
    assert.equal(s.text, 'Checked against the terms of 2026-04-29: 1 current · 1 stale · 1 wrong');
    assert.equal(summarize(builtinModel, [], '2025-11-01').termsOf, '2025-10-29');
  });
});

describe('writers: completion of official wording', () => {
  const cm = compileModel(builtinModel);
  const triggers = triggerPhrases(cm);
  const complete = (prefix: string, asOf = TODAY) => completions(cm, triggers, prefix, asOf);
  it('offers the current wording of the stake after "Microsoft’s stake"', () => {
    const items = complete('Microsoft’s stake ');
    assert.ok(items.length > 0);
    assert.equal(items[0].termId, 'equity.microsoft-stake');
    assert.ok(!items.some((i) => i.termId === 'equity.foundation-stake'), 'not another party’s stake');
    assert.match(items[0].label, /27%/);
    assert.match(items[0].detail, /since 2025-10-28/);
    assert.match(items[0].documentation, /\(https:\/\/blogs\.microsoft\.com\//);
  });
  it('offers the Foundation’s stake after "The Foundation holds"', () => {
    const ids = new Set(complete('The Foundation holds ').map((i) => i.termId));
    assert.ok(ids.has('equity.foundation-stake'));
    assert.ok(!ids.has('equity.microsoft-stake'));
  });
  it('offers the wording in force on the as-of date', () => {
    const [now] = complete('Azure API exclusivity', TODAY);
    const [then] = complete('Azure API exclusivity', '2025-11-01');
    assert.notEqual(now.label, then.label);
  });
  it('offers nothing after ordinary words or a party name alone', () => {
    assert.deepEqual(complete('The weather today '), []);
    assert.deepEqual(complete('Microsoft '), []);
  });
});
