// Markdown views of the model: the whole document and one term. Fixed dates only.
import assert from 'node:assert/strict';
import { builtinModel } from '../../server/src/terms/model';
import { explainTerm, formatValue, renderModelMarkdown } from '../../server/src/terms/render';

describe('terms model: renderModelMarkdown', () => {
  const md = renderModelMarkdown(builtinModel, '2026-11-21');

  it('includes every term id, event and source URL', () => {
    for (const t of builtinModel.terms) assert.ok(md.includes(`\`${t.id}\``), t.id);
    for (const e of builtinModel.events) assert.ok(md.includes(e.name), e.id);
    for (const s of Object.values(builtinModel.sources)) assert.ok(md.includes(`](${s.url})`), s.url);
  });

  it('states values as of the date given', () => {
    assert.match(md, /\*\*On 2026-11-21:\*\* about 27% of OpenAI Group PBC \(as-converted diluted basis\) \(official, since 2025-10-28\)/);
    const before = renderModelMarkdown(builtinModel, '2025-06-01');
    assert.match(before, /\*\*On 2025-06-01:\*\* 32\.5% of the OpenAI for-profit/);
  });

  it('shows timelines as tables with the qualifiers and keeps every row on one line', () => {
    assert.match(md, /\| period \| value \| status \| started by \| ended by \| sources \|/);
    assert.match(md, /\| until 2025-10-28 \| 32\.5% of the OpenAI for-profit/);
    assert.match(md, /Qualifiers: as-converted diluted basis/);
    for (const line of md.split('\n').filter((l) => l.startsWith('|'))) {
      assert.ok(line.endsWith('|'), line);
    }
  });

  it('says when a term was not restated', () => {
    assert.match(md, /Not restated since 2026-04-27/);
    assert.doesNotMatch(renderModelMarkdown(builtinModel, '2025-11-01'), /Not restated since/);
  });
});

describe('terms model: explainTerm', () => {
  it('explains a term by id: value, since, what it replaced, sources with URLs', () => {
    const text = explainTerm(builtinModel, 'equity.microsoft-stake', '2026-11-21')!;
    assert.ok(text);
    assert.match(text, /equity\.microsoft-stake/);
    assert.match(text, /On 2026-11-21: about 27% of OpenAI Group PBC.*since 2025-10-28/);
    assert.match(text, /until 2025-10-28: 32\.5%/);
    assert.match(text, /49%/);
    assert.match(text, /one-third of the restructured OpenAI/);
    assert.match(text, /as-converted diluted basis/);
    assert.match(text, /https:\/\/blogs\.microsoft\.com\/blog\/2025\/10\/28\/the-next-chapter-of-the-microsoft-openai-partnership\//);
  });

  it('gives the value in force on an earlier date', () => {
    const text = explainTerm(builtinModel, 'equity.microsoft-stake', '2025-06-01')!;
    assert.match(text, /On 2025-06-01: 32\.5% of the OpenAI for-profit/);
  });

  it('finds the term from a figure writers use', () => {
    const text = explainTerm(builtinModel, '32.5%', '2026-11-21')!;
    assert.match(text, /`equity\.microsoft-stake`/);
    assert.match(text, /27%/);
    assert.match(text, /https:\/\/www\.sec\.gov\//);
  });

  it('finds the right of first refusal from its name', () => {
    const text = explainTerm(builtinModel, 'right of first refusal', '2026-11-21')!;
    assert.match(text, /`cloud\.rofr`/);
    assert.match(text, /On 2026-11-21: no: Microsoft no longer has a right of first refusal/);
    assert.match(text, /2025-01-21 to 2025-10-28: yes/);
    assert.match(text, /https:\/\/blogs\.microsoft\.com\/blog\/2025\/01\/21\//);
    assert.match(explainTerm(builtinModel, 'ROFR', '2026-11-21')!, /`cloud\.rofr`/);
    assert.match(explainTerm(builtinModel, 'first dibs', '2026-11-21')!, /`cloud\.rofr`/);
  });

  it('finds a term from a sentence that contains one of its forms', () => {
    const text = explainTerm(builtinModel, 'The deal gives Microsoft a right of first refusal on compute.', '2026-11-21')!;
    assert.match(text, /`cloud\.rofr`/);
  });

  it('explains every term that models a fact id', () => {
    const text = explainTerm(builtinModel, 'foundation-stake', '2026-11-21')!;
    assert.match(text, /`equity\.foundation-stake`/);
    assert.match(text, /`equity\.employees-investors-stake`/);
    assert.match(text, /`structure\.openai-entity`/);
  });

  it('says why there is no value before a term began', () => {
    const text = explainTerm(builtinModel, 'cloud.rofr', '2024-06-01')!;
    assert.match(text, /On 2024-06-01: no value on record \(the next period starts 2025-01-21\)\. Before 2025-01-21 Azure was/);
  });

  it('returns undefined when nothing matches', () => {
    assert.equal(explainTerm(builtinModel, 'banana bread recipe', '2026-11-21'), undefined);
    assert.equal(explainTerm(builtinModel, '   ', '2026-11-21'), undefined);
  });

  it('formats values by type', () => {
    const stake = builtinModel.terms.find((t) => t.id === 'valuation.microsoft-stake-value')!;
    assert.equal(formatValue(stake, 135e9), '$135 billion');
    assert.equal(formatValue(stake, 11.6e9), '$11.6 billion');
    assert.equal(formatValue(stake, 27, 'percent'), '27%');
    assert.equal(formatValue(stake, false, 'boolean'), 'no');
  });
});
