import assert from 'node:assert/strict';
import { OCT_2025, problems } from './helpers';

// Claims in context. Each case is a real sentence from published coverage of the
// partnership (marked "corpus") or one written for the pattern, with the problems a
// reader should be shown: [] means "nothing to warn about".
type Case = [text: string, expected: string[], asOf?: string];

function run(cases: Case[]): void {
  for (const [text, expected, asOf] of cases) {
    it(`${asOf ? `[as of ${asOf}] ` : ''}${text}`, () => {
      const got = problems(text, asOf ? { asOf } : {}).map((f) => `${f.kind} ${f.ruleId}`);
      assert.deepEqual(got, expected);
    });
  }
}

const STAKE_STALE = 'stale equity.microsoft-stake';

describe('context: time — present, future and perfect vs past', () => {
  run([
    ['Microsoft currently owns 32.5% of OpenAI.', [STAKE_STALE]],
    ['Microsoft has held a 32.5% stake since the restructuring.', [STAKE_STALE]],
    ['Microsoft will keep its 32.5% stake.', [STAKE_STALE]],
    ['Microsoft held 32.5% of OpenAI.', []],
    ['Before the recapitalization, Microsoft owned 32.5% of the for-profit.', []],
    ['Prior to this change, Microsoft held a 32.5 percent stake on an as-converted basis in the for-profit entity.', []], // corpus
    ['Under the old agreement Microsoft held roughly 32.5 percent.', []],
    ['Its equity stake previously stood at 32.5% before the latest funding rounds in OpenAI.', []], // corpus
    ['In 2024 Microsoft was the exclusive cloud provider for OpenAI.', []],
    ['As of January 2025, Azure was OpenAI’s exclusive cloud provider.', []],
    ['Azure was once OpenAI’s exclusive cloud provider.', []],
    ['Microsoft’s former right of first refusal to provide compute resources has been revoked.', []], // corpus
    ['Since 2019, Microsoft has maintained an exclusive arrangement to build computing infrastructure for OpenAI.', ['stale cloud.exclusive-provider']], // corpus
    ['Last year, Microsoft has invested $1 billion USD in OpenAI, making it the AI company’s exclusive cloud partner.', ['stale investment.microsoft-commitment', 'stale cloud.exclusive-provider']], // corpus
    ['A recent CNBC report put OpenAI’s valuation at around $500 billion.', ['stale valuation.openai']], // corpus
    ['Established in 2015, OpenAI is a non-profit artificial intelligence research company.', ['stale structure.openai-entity']], // corpus
    ['On September 22, Microsoft announced that it would begin exclusively licensing GPT-3.', []], // corpus
  ]);
});

describe('context: ranges and contrasts', () => {
  run([
    ['Its stake fell from 32.5% to 27%.', []],
    ['The stake dropped to 27% from 32.5%.', []],
    ['Microsoft now holds a 27% stake, down from 32.5% in previous funding rounds.', []], // corpus
    ['After the restructuring, Microsoft will hold 27% of the shares, equivalent to 135 billion USD, instead of 32.5% previously.', []], // corpus
    ['Its stake went from 27% to 32.5% after the deal.', ['wrong equity.microsoft-stake', STAKE_STALE]],
  ]);
});

describe('context: polarity', () => {
  run([
    ['Microsoft no longer has a right of first refusal.', []],
    ['Microsoft loses its exclusive right of first refusal as the compute provider.', []], // corpus
    ['Microsoft relinquished its prior right of first refusal to serve as OpenAI’s compute provider.', []], // corpus
    ['Microsoft gave up its right of first refusal in October 2025.', []],
    ['Microsoft won’t have exclusive rights to host OpenAI anymore.', []], // corpus
    ['OpenAI can no longer unilaterally declare AGI.', []],
    ['Microsoft no longer has the exclusive cloud or unilateral AGI terms it started with.', []], // corpus
    ['Microsoft is barred from pursuing AGI on its own.', ['stale agi.microsoft-may-pursue']],
    ['Microsoft keeps first dibs on new OpenAI compute.', ['stale cloud.rofr']],
    ['Microsoft’s licence is no longer exclusive.', []],
    ['Microsoft’s exclusive license to OpenAI’s technology—which was set to run through 2032—is no longer exclusive.', []], // corpus
  ]);
});

describe('context: who holds what', () => {
  run([
    ['OpenAI lost its right of first refusal.', ['wrong cloud.rofr']],
    ['The OpenAI Foundation holds about 26% of OpenAI Group PBC.', []],
    ['The foundation holds a 26% stake itself, with the remaining 47% split between employees and other investors.', []], // corpus
    ['Microsoft will no longer receive revenue-sharing payments from OpenAI after the current agreement ends.', ['wrong revenue.openai-to-microsoft']], // corpus
    ['Microsoft will no longer pay a revenue share to OpenAI.', []],
    ['Microsoft continues to pay OpenAI a share of Azure OpenAI revenue.', ['stale revenue.microsoft-to-openai']],
    ['Microsoft committed $250 billion to Azure for OpenAI.', ['wrong cloud.azure-commitment']],
    ['OpenAI agreed to purchase an incremental $250 billion of Azure services.', []],
  ]);
});

describe('context: a misattributed party is fixed where it is named', () => {
  it('replaces the party, keeping the possessive', () => {
    const [f] = problems('OpenAI lost its right of first refusal.');
    assert.equal(f.text, 'OpenAI');
    assert.equal(f.replacement, 'Microsoft');
    const [g] = problems('OpenAI’s right of first refusal remains in force.');
    assert.equal(g.text, 'OpenAI’s');
    assert.equal(g.replacement, 'Microsoft’s');
  });
});

describe('context: fixes that stay right (found by the property tests)', () => {
  it('does not take the subject of another clause as the party of a claim', () => {
    // Before, "OpenAI" was taken as the subject and the sentence was called a wrong party.
    assert.deepEqual(problems('OpenAI has contracted to purchase $250 billion of Azure services, and Microsoft\'s team no longer has a right of first refusal.'), []);
    assert.deepEqual(problems('OpenAI has contracted to purchase $250 billion of Azure services, and the right of first refusal is gone.'), []);
  });
  it('fixing a year in a list does not make the list\'s exclusivity claim read as running to that year', () => {
    const text = 'Microsoft retains exclusive rights to OpenAI\'s API, secure revenue-sharing agreements, and access to OpenAI\'s intellectual property through 2030.';
    const year = problems(text).find((f) => f.ruleId === 'ip.models-products-term')!;
    assert.equal(year.replacement, '2032');
    const fixed = text.slice(0, year.start) + year.replacement + text.slice(year.end);
    assert.ok(!problems(fixed).some((f) => f.kind === 'wrong'));
  });
  it('replaces only the year of a misdated event', () => {
    const [f] = problems('In the 2026 restructuring, OpenAI became a public benefit corporation.');
    assert.equal(f.text, '2026');
    assert.equal(f.replacement, '2025');
  });
});

describe('context: what a figure is', () => {
  run([
    ['Microsoft’s stake is worth about $135 billion.', []],
    ['The $135 billion agreement reshapes the partnership.', ['wrong valuation.microsoft-stake-value']],
    ['Microsoft secures a $135 billion investment in OpenAI.', ['wrong valuation.microsoft-stake-value']],
    ['OpenAI is now valued at $500 billion.', ['stale valuation.openai']],
    ['OpenAI raised $110 billion at a $730 billion pre-money valuation.', []],
    ['Stargate, a $500 billion venture, counts Microsoft as a technology partner.', []],
    ['Microsoft holds an exclusive license to OpenAI’s models through 2032.', ['wrong ip.models-products-licence']],
    ['The agreement extends the exclusive partnership through 2032.', ['wrong ip.models-products-licence']],
    ['Microsoft can use OpenAI’s models until 2030.', ['stale ip.models-products-term']],
    ['Microsoft’s IP rights run until 2032.', []],
    ['Microsoft gets IP rights to model weights, architecture and inference code until AGI or 2030, whichever comes first.', ['wrong ip.research-scope']],
    ['Microsoft’s models must surpass current compute thresholds before AGI.', ['wrong agi.compute-thresholds']],
  ]);
});

describe('context: a pattern word that comes too early', () => {
  run([
    // "to" right after "share" is not the "to" before the year.
    ['OpenAI’s revenue share to Microsoft runs through 2030.', ['stale revenue.openai-to-microsoft'], OCT_2025],
    ['OpenAI’s revenue share to Microsoft runs through 2030.', []],
  ]);
});

describe('context: questions ask, they do not assert', () => {
  run([
    ['Is Azure still OpenAI’s exclusive cloud provider?', []],
    ['Does Microsoft still own 32.5% of OpenAI?', []],
    ['Why is Azure still OpenAI’s exclusive cloud provider?', ['stale cloud.exclusive-provider']],
    ['Microsoft still owns 32.5% of OpenAI, doesn’t it?', [STAKE_STALE]],
  ]);
});

describe('context: reported speech and quotes', () => {
  run([
    ['According to Reuters, Microsoft still holds a 32.5% stake.', [STAKE_STALE]],
    ['"We hold a 32.5% stake," a Microsoft spokesperson said in 2024.', []],
    ['The company said it held a 32.5% stake in the for-profit on an as-converted basis, excluding OpenAI’s recent funding rounds.', []], // corpus
    ['“The key elements of our partnership remain in place for the duration of our contract through 2030, with our exclusivity on OpenAI’s APIs all continuing forward," Microsoft said in a statement.', ['stale contract.end-date', 'stale cloud.api-exclusivity']], // corpus, abridged
  ]);
});

describe('context: hedges and approximations', () => {
  run([
    ['Microsoft has a roughly one-third stake in OpenAI.', [STAKE_STALE]],
    ['Microsoft retains preferred partner status and keeps its nearly one-third ownership stake.', [STAKE_STALE]], // corpus
    ['Microsoft owns ~27% of OpenAI.', []],
    ['Microsoft owns 27 per cent of OpenAI.', []],
    ['Microsoft has invested roughly $13 billion in OpenAI.', []],
    ['Microsoft has invested $13.8 billion into OpenAI over the years.', []], // corpus
  ]);
});

describe('context: frames', () => {
  run([
    ['The OpenAI API is exclusive to Azure.', ['stale cloud.api-exclusivity']],
    ['The OpenAI API is exclusive to Azure.', [], OCT_2025],
    ['API products developed with third parties will be exclusive to Azure.', [], OCT_2025], // corpus
    ['Microsoft holds a 32.5% stake in OpenAI.', [], '2025-06-01'],
    ['Microsoft remains the exclusive cloud provider for all stateless OpenAI APIs.', [], '2026-03-01'], // corpus
    ['Microsoft remains the exclusive cloud provider for all stateless OpenAI APIs.', ['stale cloud.api-exclusivity']],
    ['The AGI clause, then, is no more.', []], // corpus
    ['The AGI clause, then, is no more.', ['wrong agi.clause'], OCT_2025],
  ]);
  it('reports a term no later event restated as information, not a warning', () => {
    const all = problems('Any AGI declaration will be reviewed by an independent expert panel.');
    assert.deepEqual(all, []);
    const { check } = require('./helpers') as typeof import('./helpers');
    const [f] = check('Any AGI declaration will be reviewed by an independent expert panel.');
    assert.equal(f.kind, 'unconfirmed');
    assert.equal(f.severity, 'information');
    assert.match(f.message, /not restated since 2026-04-27/);
  });
});

describe('context: surface forms', () => {
  run([
    ['Microsoft is still OpenAI’s sole cloud provider.', ['stale cloud.exclusive-provider']],
    ['Microsoft holds a 32.5\u00a0% stake, per the filing.', [STAKE_STALE]],
    ['Microsoft\u2019s 32.5% stake makes it the largest outside shareholder.', [STAKE_STALE]],
    ['Microsoft\u00a0holds a non\u2011exclusive licence to OpenAI\u2019s models through 2032.', []],
    ['OpenAI remains a capped-profit company.', ['stale structure.openai-entity']],
    ['Microsoft has funded $11.6 billion so far.', ['stale investment.microsoft-funded']],
  ]);
  it('finds claims in lists, tables and headings', () => {
    const text = '# Microsoft keeps its 32.5% stake\n\n- Microsoft has a right of first refusal\n\n| Term | Value |\n|---|---|\n| Microsoft stake | 32.5% |\n';
    assert.deepEqual(problems(text).map((f) => `${f.ruleId} ${f.text}`), [
      'equity.microsoft-stake 32.5%', 'cloud.rofr right of first refusal', 'equity.microsoft-stake 32.5%',
    ]);
  });
});

// Sentences written in the style of coverage, not taken from any corpus: a check that the
// patterns carry over to wording the checker has not seen.
const WRITTEN: [string, 'ok' | 'flag', string?][] = [
  ['Microsoft, which owns roughly 27 percent of OpenAI Group PBC, reported quarterly earnings on Wednesday.', 'ok'],
  ['Shares of Microsoft rose 2% after the company said its OpenAI stake was worth about $135 billion.', 'ok'],
  ['Microsoft shares fell 3% on Thursday.', 'ok'],
  ['OpenAI’s revenue grew 50% last year.', 'ok'],
  ['The Redmond company retains a 32.5% interest in the ChatGPT maker, analysts said.', 'flag'],
  ['Analysts note that Microsoft’s stake, once 32.5%, now sits near 27%.', 'ok'],
  ['Microsoft’s stake was diluted to 27% in the recapitalization.', 'ok'],
  ['Microsoft is OpenAI’s exclusive cloud partner, powering ChatGPT.', 'flag'],
  ['Azure is no longer OpenAI’s exclusive cloud provider.', 'ok'],
  ['Azure lost its status as OpenAI’s exclusive cloud provider in January 2025.', 'ok'],
  ['OpenAI must still run its API on Azure.', 'flag'],
  ['OpenAI’s API remains exclusive to Azure until AGI is verified.', 'flag'],
  ['Microsoft’s right of first refusal on compute ended in October 2025.', 'ok'],
  ['Microsoft still has a right of first refusal on OpenAI’s new data-center capacity.', 'flag'],
  ['The pact gives Microsoft a right of first refusal over new capacity.', 'flag'],
  ['The revenue share ends once an expert panel verifies AGI.', 'flag'],
  ['OpenAI will keep paying Microsoft a share of revenue until 2030, subject to a cap.', 'ok'],
  ['Microsoft and OpenAI share revenue in both directions.', 'flag'], // Microsoft stopped paying OpenAI on 2026-04-27
  ['OpenAI is valued at roughly $300 billion after its latest round.', 'flag'],
  ['SoftBank led a $40 billion round that valued OpenAI at $300 billion in March 2025.', 'ok'],
  ['OpenAI’s $730 billion valuation makes it one of the most valuable private companies.', 'ok'],
  ['Microsoft poured $13 billion into OpenAI over six years.', 'ok'],
  ['Microsoft invested $10 billion in OpenAI in January 2023.', 'ok'],
  ['The nonprofit OpenAI Foundation controls the PBC and owns about 26%.', 'ok'],
  ['Microsoft controls 26% of OpenAI.', 'ok'],
  ['OpenAI Group PBC is a public benefit corporation.', 'ok'],
  ['OpenAI operates under a capped-profit structure.', 'flag'],
  ['Microsoft’s licence to OpenAI’s IP runs through 2032 and is non-exclusive.', 'ok'],
  ['Microsoft keeps exclusive rights to OpenAI’s models.', 'flag'],
  ['Microsoft no longer enjoys exclusive access to OpenAI’s models.', 'ok'],
  ['Microsoft’s exclusivity over OpenAI’s models ended in April 2026.', 'ok'],
  ['Under the 2019 deal, Microsoft became OpenAI’s exclusive cloud provider.', 'ok'],
  ['Microsoft became OpenAI’s exclusive cloud provider in 2019.', 'ok'],
  ['If AGI is declared, Microsoft loses access to OpenAI’s technology.', 'flag'],
  ['Microsoft keeps its IP rights even after AGI is declared.', 'ok'],
  ['An independent panel of experts now verifies any AGI declaration.', 'ok'],
  ['OpenAI can release open-weight models that meet capability criteria.', 'ok'],
  ['OpenAI can serve US national security customers on any cloud.', 'ok'],
  ['OpenAI committed to an incremental $250 billion in Azure purchases.', 'ok'],
  ['Microsoft will receive $250 billion in Azure revenue from OpenAI.', 'ok'],
  ['The Stargate project, backed by SoftBank and Oracle, plans up to $500 billion of investment.', 'ok'],
  ['Microsoft has a 49% stake in OpenAI’s for-profit arm.', 'flag'],
  ['Microsoft once held the right to 49% of OpenAI’s profits.', 'ok'],
  ['Microsoft hasn’t disclosed how much it has invested.', 'ok'],
  ['Microsoft’s stake is 27%.', 'ok'],
  ['Microsoft’s stake is 27%.', 'flag', '2025-06-01'],
  ['OpenAI can serve all its products on any cloud.', 'flag', '2025-11-01'],
  ['The licence is now non-exclusive.', 'flag', '2025-11-01'],
  ['Microsoft holds exclusive IP rights until AGI.', 'ok', '2025-11-01'],
  ['Microsoft holds exclusive IP rights until AGI.', 'flag'],
  // Other companies' deals and other traps.
  ['AWS is Anthropic’s exclusive cloud provider.', 'ok'],
  ['Amazon holds a right of first refusal on Anthropic’s compute.', 'ok'],
  ['Google owns a 14% stake in Anthropic.', 'ok'],
  ['Anthropic was valued at $183 billion.', 'ok'],
  ['Oracle signed a $300 billion cloud contract with OpenAI.', 'ok'],
  ['SoftBank’s stake in OpenAI is about 11%.', 'ok'],
  ['Nvidia invested $30 billion in OpenAI’s round.', 'ok'],
  ['Amazon invested $50 billion in OpenAI in February 2026.', 'ok'],
  ['Microsoft’s cloud revenue grew 40% this quarter.', 'ok'],
  ['Azure revenue grew 39%, and Microsoft holds about 27% of OpenAI.', 'ok'],
  ['The exclusive cloud provider for the Pentagon’s JEDI contract was Microsoft.', 'ok'],
  ['OpenAI’s API is available exclusively through Azure OpenAI Service for enterprise customers of Microsoft.', 'flag'],
  ['Microsoft is OpenAI’s largest shareholder after the foundation.', 'ok'],
  ['The foundation’s stake is worth about $130 billion.', 'ok'],
  ['The company will hold 27% of OpenAI Group PBC.', 'ok'],
  ['Microsoft’s 27% stake is worth far more after the $730 billion round.', 'ok'],
  ['Through 2030, OpenAI pays Microsoft 20% of its revenue.', 'ok'],
  ['In its 2023 annual report, Microsoft called OpenAI its exclusive cloud customer.', 'ok'],
  ['Microsoft’s Azure is the only cloud that can run OpenAI’s API.', 'flag'],
  ['OpenAI may only sell its API through Azure.', 'flag'],
  ['Before 2025, Microsoft was OpenAI’s exclusive cloud provider.', 'ok'],
  ['Until January 2025, Azure was OpenAI’s exclusive cloud.', 'ok'],
  ['The right of first refusal that replaced exclusivity in January 2025 ended in October 2025.', 'ok'],
  ['It still holds a right of first refusal.', 'flag'],
  ['Microsoft has no right of first refusal anymore.', 'ok'],
  ['Neither company has a right of first refusal now.', 'ok'],
  ['Microsoft could soon lose its exclusive license.', 'ok'],
  // Figures in lists, reversed parties, other spellings.
  ['Microsoft’s roughly 27% holding in OpenAI Group PBC was worth about $135 billion at the recapitalization.', 'ok'],
  ['The software giant owns about 27 percent of the ChatGPT maker.', 'ok'],
  ['The software giant owns about 32.5 percent of the ChatGPT maker.', 'flag'],
  ['Redmond still has first dibs on OpenAI’s compute needs.', 'flag'],
  ['OpenAI is no longer bound to Azure: it can sell its models through AWS and Google Cloud.', 'ok'],
  ['OpenAI is still bound to Azure for its API.', 'flag'],
  ['Azure retains API exclusivity.', 'flag'],
  ['Azure retains API exclusivity.', 'ok', '2026-01-10'],
  ['Microsoft gave up API exclusivity in April 2026.', 'ok'],
  ['The new terms end Microsoft’s exclusive license to OpenAI’s IP.', 'ok'],
  ['Microsoft keeps an exclusive license to OpenAI’s IP through 2032.', 'flag'],
  ['Microsoft’s IP rights now run through 2032, up from 2030.', 'ok'],
  ['Microsoft’s IP rights now run through 2030.', 'flag'],
  ['OpenAI will share 20% of its revenue with Microsoft until 2030.', 'ok'],
  ['Microsoft shares 20% of Azure OpenAI revenue with OpenAI.', 'flag'],
  ['Microsoft used to share a portion of Azure OpenAI revenue with OpenAI.', 'ok'],
  ['An expert panel must verify any AGI declaration.', 'ok'],
  ['OpenAI alone can declare AGI and cut off Microsoft.', 'flag'],
  ['OpenAI could once declare AGI on its own.', 'ok'],
  ['OpenAI’s nonprofit parent, the OpenAI Foundation, holds roughly 26% of the PBC.', 'ok'],
  ['OpenAI’s valuation stands at $500 billion.', 'flag'],
  ['OpenAI’s valuation stood at $500 billion in October 2025.', 'ok'],
  ['The $250 billion Azure commitment runs over several years.', 'ok'],
  ['Microsoft will buy $250 billion of services from OpenAI.', 'flag'],
  ['Microsoft has funded $11.8 billion of its $13 billion commitment.', 'ok'],
  ['Stargate is a $100 billion project.', 'flag'],
  ['Microsoft is a technology partner in Stargate but holds no equity.', 'ok'],
  ['OpenAI can release open-weight models under the deal.', 'ok'],
  ['Microsoft can develop AGI with other partners now.', 'ok'],
  ['The Oct. 28 deal gave Microsoft a 27% stake.', 'ok'],
  ['Per the U.S. filing, Microsoft holds approx. 27% of OpenAI.', 'ok'],
  ['Microsoft (MSFT) holds 32.5% of OpenAI, the filing says.', 'flag'],
  ['- Microsoft stake: 32.5%', 'flag'],
  ['- Microsoft stake: 27% (was 32.5%)', 'ok'],
  ['Microsoft’s stake: ~27% (previously 32.5%).', 'ok'],
  ['Microsoft no longer pays OpenAI anything from Azure sales.', 'ok'],
  ['OpenAI no longer pays Microsoft a revenue share.', 'flag'],
  // Long sentences that state old and new terms correctly.
  ['Under the 2019 deal Microsoft was OpenAI’s exclusive cloud provider; that exclusivity gave way to a right of first refusal in January 2025, which itself ended in October 2025.', 'ok'],
  ['The old arrangement, in which OpenAI’s board alone could declare AGI, has been replaced by expert-panel verification.', 'ok'],
  ['Gone is the right of first refusal Microsoft won in January 2025.', 'ok'],
  ['Microsoft, which once owned 49% of OpenAI’s profits, now holds about 27% of the company.', 'ok'],
  ['Analysts had expected Microsoft to keep its 32.5% stake, but the recapitalization cut it to roughly 27%.', 'ok'],
  ['The amendment ended Azure’s API exclusivity, though OpenAI’s products still ship first on Azure.', 'ok'],
  ['After the amendment, OpenAI is free to run its API on any cloud.', 'ok'],
  ['While Microsoft used to pay OpenAI a share of Azure OpenAI revenue, it stopped doing so in April 2026.', 'ok'],
  ['The deal values OpenAI at about $500 billion, the company said in October 2025.', 'ok'],
  ['The 2023 agreement reportedly gave Microsoft 75% of OpenAI’s profits until it recouped its investment.', 'ok'],
  ['Microsoft’s exclusive cloud deal with OpenAI, signed in 2019, was loosened in 2025.', 'ok'],
  ['Exclusive IP rights until AGI were part of the October 2025 agreement; the April 2026 amendment made the licence non-exclusive.', 'ok'],
  ['Microsoft has IP rights to OpenAI’s models and products through 2032, on a non-exclusive basis.', 'ok'],
  ['OpenAI continues to pay Microsoft about 20% of its revenue, with a cap, until 2030.', 'ok'],
  ['Before 2026, OpenAI’s API was exclusive to Azure.', 'ok'],
  ['OpenAI’s API was exclusive to Azure until April 2026.', 'ok'],
  ['OpenAI’s API is exclusive to Azure until AGI is verified.', 'flag'],
  ['Microsoft is no longer OpenAI’s exclusive compute provider and lost its first refusal too.', 'ok'],
  ['The partnership, first struck in 2019, now runs on non-exclusive terms.', 'ok'],
  ['Microsoft currently has a right of first refusal on OpenAI’s new capacity, according to a 2025 report.', 'flag'],
  ['Azure will remain the exclusive cloud for OpenAI’s API products built with partners.', 'flag'],
  ['Microsoft’s 27% stake is worth roughly $135 billion, the company said.', 'ok'],
  ['Microsoft’s $13 billion investment is now worth about $135 billion.', 'ok'],
  ['Microsoft invested $13 billion for what is now a 27% stake.', 'ok'],
  // A sixth batch: questions, passives, relative clauses, pre-money values, verb-first wording.
  ['Redmond’s roughly 32.5% slice of OpenAI makes it the largest single investor.', 'flag'],
  ['Microsoft remains OpenAI’s biggest backer with a 32.5% holding.', 'flag'],
  ['Microsoft’s holding shrank to about 27% once the recapitalization closed.', 'ok'],
  ['Had the stake stayed at 32.5%, Microsoft’s position would be worth more today.', 'ok'],
  ['Microsoft’s stake, reported at 32.5% before the October deal, is now roughly 27%.', 'ok'],
  ['Investors often forget that Microsoft owns just 27% of OpenAI Group PBC.', 'ok'],
  ['Microsoft owns 49% of OpenAI, making it the dominant shareholder.', 'flag'],
  ['Microsoft is entitled to 49% of OpenAI’s profits under the current deal.', 'flag'],
  ['Back in 2023, Microsoft secured a 49% share of profits once it had recouped its investment.', 'ok'],
  ['OpenAI, now valued at $500 billion, is weighing an IPO.', 'flag'],
  ['OpenAI was valued at $500 billion in an October 2025 share sale.', 'ok'],
  ['The February round valued OpenAI at $730 billion before the new money.', 'ok'],
  ['Microsoft’s stake in OpenAI is worth about $135 billion, based on the recapitalization.', 'ok'],
  ['The $135 billion agreement reshapes the partnership.', 'flag'],
  ['All of OpenAI’s workloads must run on Azure under its exclusive cloud deal with Microsoft.', 'flag'],
  ['OpenAI still relies on Azure as its sole cloud provider.', 'flag'],
  ['OpenAI now buys compute from Oracle, CoreWeave and Amazon as well as Azure.', 'ok'],
  ['Microsoft is OpenAI’s primary cloud partner, not its only one.', 'ok'],
  ['OpenAI has committed to buy an additional $250 billion of Azure services.', 'ok'],
  ['Azure retains a right of first refusal on any new OpenAI capacity.', 'flag'],
  ['The right of first refusal that Microsoft held on compute was scrapped last October.', 'ok'],
  ['Does Microsoft still hold a right of first refusal? No: that right ended in October 2025.', 'ok'],
  ['OpenAI’s API remains an Azure exclusive.', 'flag'],
  ['Developers can only reach OpenAI’s API through Azure.', 'flag'],
  ['OpenAI can now sell its API through other clouds, though products ship first on Azure.', 'ok'],
  ['Since April 2026, OpenAI’s models have been available to customers on any cloud.', 'ok'],
  ['Microsoft holds exclusive rights to OpenAI’s models until 2032.', 'flag'],
  ['Microsoft keeps an exclusive license to OpenAI’s IP, the companies said.', 'flag'],
  ['Microsoft’s license to OpenAI’s models and products, which runs through 2032, is no longer exclusive.', 'ok'],
  ['Microsoft’s access to OpenAI models ends in 2030.', 'flag'],
  ['Microsoft’s rights to OpenAI’s research IP last until 2030 or until AGI is verified, whichever comes first.', 'ok'],
  ['OpenAI’s consumer hardware is excluded from Microsoft’s IP rights.', 'ok'],
  ['Microsoft’s IP rights cover OpenAI’s consumer devices too.', 'flag'],
  ['OpenAI’s board alone gets to declare when AGI has been achieved.', 'flag'],
  ['Once OpenAI declares AGI, Microsoft loses access to its technology.', 'flag'],
  ['Microsoft is free to pursue AGI on its own or with other partners.', 'ok'],
  ['Microsoft is contractually barred from pursuing AGI independently.', 'flag'],
  ['In 2024, reports said the contract defined AGI as systems able to generate $100 billion in profits.', 'ok'],
  ['Microsoft still pays OpenAI a 20% cut of Azure OpenAI revenue.', 'flag'],
  ['OpenAI will keep sharing revenue with Microsoft until an expert panel verifies AGI.', 'flag'],
  ['Revenue-share payments from OpenAI to Microsoft continue through 2030 and are now capped.', 'ok'],
  ['Microsoft no longer pays a revenue share to OpenAI.', 'ok'],
  ['OpenAI can release open-weight models that meet capability criteria.', 'ok'],
  ['OpenAI is not allowed to release open-weight models under its Microsoft deal.', 'flag'],
  ['OpenAI may provide API access to US national security customers on any cloud.', 'ok'],
  ['Microsoft has committed $13 billion in total to OpenAI.', 'ok'],
  ['Microsoft invested $10 billion in OpenAI in 2023, according to reports.', 'ok'],
  ['Stargate plans to invest up to $500 billion over four years.', 'ok'],
  ['Stargate is a $100 billion project.', 'flag'],
  ['The Microsoft–OpenAI contract runs through 2030.', 'flag'],
  ['Amazon invested $50 billion in OpenAI’s February round.', 'ok'],
  ['Anthropic counts Amazon and Google as its main cloud providers.', 'ok'],
  ['Google owns a 14% stake in Anthropic.', 'ok'],
  ['Microsoft’s cloud revenue rose 40% in the quarter.', 'ok'],
  ['Microsoft’s gaming division grew 32.5% year on year.', 'ok'],
  // A seventh batch: current facts in new wording, historical statements, unrelated figures, Microsoft's own Azure OpenAI Service.
  ['The October agreement left Microsoft with roughly 27% of the newly formed public benefit corporation.', 'ok'],
  ['At about 27%, Microsoft’s holding is worth around $135 billion.', 'ok'],
  ['Microsoft will hold approximately 27 percent on an as-converted diluted basis.', 'ok'],
  ['The OpenAI Foundation holds about 26% of the for-profit.', 'ok'],
  ['Employees and investors own the remaining 47% or so.', 'ok'],
  ['OpenAI agreed to buy another $250 billion of Azure capacity.', 'ok'],
  ['Microsoft lost its right of first refusal to supply OpenAI’s compute.', 'ok'],
  ['Microsoft is no longer entitled to first refusal on new OpenAI compute.', 'ok'],
  ['The expert panel requirement was introduced in October 2025.', 'ok'],
  ['Microsoft’s license to OpenAI IP is non-exclusive and lasts through 2032.', 'ok'],
  ['Microsoft can use OpenAI’s models and products through 2032.', 'ok'],
  ['OpenAI’s products ship first on Azure unless Microsoft cannot support them.', 'ok'],
  ['OpenAI may now serve its products on Google Cloud and AWS.', 'ok'],
  ['Revenue sharing from OpenAI to Microsoft now runs through 2030, regardless of AGI.', 'ok'],
  ['Microsoft stopped paying OpenAI a share of Azure OpenAI revenue in April 2026.', 'ok'],
  ['Microsoft has said it will account for its $13 billion commitment under the equity method.', 'ok'],
  ['By March 2026 Microsoft had funded $11.8 billion of that commitment.', 'ok'],
  ['OpenAI raised $110 billion in February 2026 at a $730 billion pre-money valuation.', 'ok'],
  ['The round valued OpenAI at roughly $840 billion on a fully diluted basis.', 'ok'],
  ['Microsoft’s research IP rights run until 2030 or AGI verification, whichever is sooner.', 'ok'],
  ['Research IP excludes model weights and inference code.', 'ok'],
  ['In 2019 Microsoft put $1 billion into OpenAI and became its exclusive cloud provider.', 'ok'],
  ['When GPT-3 launched, Microsoft obtained an exclusive license to it.', 'ok'],
  ['The 2023 deal reportedly valued OpenAI at $29 billion.', 'ok'],
  ['In October 2024 OpenAI was valued at $157 billion.', 'ok'],
  ['Under the January 2025 terms, Microsoft had a right of first refusal on new capacity.', 'ok'],
  ['Until the restructuring, Microsoft held about 32.5% of the for-profit arm.', 'ok'],
  ['For years the arrangement gave Microsoft 49% of OpenAI’s profits up to a cap.', 'ok'],
  ['The old contract ran through 2030.', 'ok'],
  ['To this day, Azure is the only cloud OpenAI may use.', 'flag'],
  ['Microsoft continues to enjoy exclusivity over OpenAI’s cloud workloads.', 'flag'],
  ['OpenAI still needs Microsoft’s blessing before it buys compute from a rival cloud.', 'ok'],
  ['Microsoft, OpenAI’s exclusive cloud provider, reported strong Azure growth.', 'flag'],
  ['OpenAI is currently valued at $157 billion.', 'flag'],
  ['OpenAI, a nonprofit with a capped-profit arm, is led by Sam Altman.', 'flag'],
  ['Microsoft’s exclusive IP license runs through 2032.', 'flag'],
  ['OpenAI pays Microsoft 20% of its revenue until AGI is declared.', 'flag'],
  ['Microsoft receives 75% of OpenAI’s profits until it recoups its investment.', 'flag'],
  ['The deal is worth $135 billion to OpenAI.', 'flag'],
  ['Microsoft’s roughly one-third stake in OpenAI gives it significant influence.', 'flag'],
  ['Microsoft holds a 32.5 percent interest in OpenAI Group PBC.', 'flag'],
  ['Microsoft retains its right of first refusal over OpenAI’s future compute contracts.', 'flag'],
  ['Azure has the first right of refusal on OpenAI’s new data centers.', 'flag'],
  ['OpenAI’s API can only be hosted on Azure.', 'flag'],
  ['Microsoft’s share price has risen 27% this year.', 'ok'],
  ['Azure revenue grew 32.5% in constant currency.', 'ok'],
  ['OpenAI hired 250 engineers in 2030-focused research.', 'ok'],
  ['Microsoft plans to spend $80 billion on data centers this fiscal year.', 'ok'],
  ['Amazon’s deal with Anthropic gives AWS exclusive cloud provider status.', 'ok'],
  ['Oracle signed a $300 billion compute contract with OpenAI.', 'ok'],
  ['The Azure OpenAI Service API is only available through Azure.', 'ok'],
  ['Azure OpenAI Service gives customers API access to OpenAI models exclusively on Azure.', 'ok'],
  // An eighth batch: judged as of the October 2025 agreement, and as of 2024 and early 2025.
  ['Microsoft now owns about 27% of OpenAI Group PBC.', 'ok', '2025-11-01'],
  ['Microsoft still holds 32.5% of OpenAI’s for-profit.', 'flag', '2025-11-01'],
  ['OpenAI’s API remains exclusive to Azure until AGI is declared and verified by an expert panel.', 'ok', '2025-11-01'],
  ['Microsoft’s IP rights are exclusive until AGI and run through 2032.', 'ok', '2025-11-01'],
  ['Microsoft’s license to OpenAI IP is now non-exclusive.', 'flag', '2025-11-01'],
  ['OpenAI is valued at about $500 billion.', 'ok', '2025-11-01'],
  ['OpenAI is valued at $730 billion.', 'flag', '2025-11-01'],
  ['Microsoft keeps a right of first refusal on OpenAI compute.', 'flag', '2025-11-01'],
  ['Microsoft no longer has a right of first refusal on compute.', 'ok', '2025-11-01'],
  ['An independent expert panel will verify any AGI declaration.', 'ok', '2025-11-01'],
  ['OpenAI’s board can declare AGI on its own.', 'flag', '2025-11-01'],
  ['The revenue share continues until the expert panel verifies AGI.', 'ok', '2025-11-01'],
  ['OpenAI has committed to purchase an incremental $250 billion of Azure services.', 'ok', '2025-11-01'],
  ['OpenAI can release open-weight models meeting capability criteria.', 'ok', '2025-11-01'],
  ['OpenAI can now serve all of its products on any cloud provider.', 'flag', '2025-11-01'],
  ['Microsoft is OpenAI’s exclusive cloud provider.', 'flag', '2025-11-01'],
  ['Microsoft can pursue AGI independently.', 'ok', '2025-11-01'],
  ['Microsoft’s research IP rights last until AGI is verified or 2030, whichever comes first.', 'ok', '2025-11-01'],
  ['Microsoft is OpenAI’s exclusive cloud provider.', 'ok', '2024-06-01'],
  ['Microsoft is entitled to 49% of OpenAI’s profits.', 'ok', '2024-06-01'],
  ['OpenAI is valued at $157 billion.', 'ok', '2024-11-01'],
  ['Microsoft owns 27% of OpenAI.', 'flag', '2024-06-01'],
  ['An expert panel verifies AGI declarations.', 'flag', '2024-06-01'],
  ['Microsoft has a right of first refusal on new OpenAI capacity.', 'ok', '2025-03-01'],
  ['Microsoft is OpenAI’s exclusive cloud provider.', 'flag', '2025-03-01'],
  // A ninth batch: headlines, counterfactuals, mixed sentences, disputed and distanced claims, lists, other investors.
  ['Microsoft’s 32.5% OpenAI stake: what it means for investors', 'flag'],
  ['Microsoft stake in OpenAI cut to 27% in restructuring', 'ok'],
  ['Azure exclusivity ends as OpenAI signs with rival clouds', 'ok'],
  ['OpenAI valued at $500B as Microsoft deal closes', 'flag'],
  ['Stake: about 27% (as-converted, diluted)', 'ok'],
  ['Stake: 32.5%', 'flag'],
  ['If Microsoft still had a right of first refusal, Oracle could not have won the contract.', 'ok'],
  ['Were Azure still the exclusive provider, OpenAI would face capacity limits.', 'ok'],
  ['Without the amendment, Microsoft’s license would have stayed exclusive until AGI.', 'ok'],
  ['Microsoft would own 32.5% had OpenAI not raised new money.', 'ok'],
  ['Microsoft owns 27% of OpenAI and remains its exclusive cloud provider.', 'flag'],
  ['Microsoft owns 27% of OpenAI and is its primary cloud partner.', 'ok'],
  ['While Microsoft once held 32.5%, it now owns about 27%.', 'ok'],
  ['Microsoft owns about 27%, and Azure keeps its right of first refusal.', 'flag'],
  ['Microsoft reportedly still owns 32.5% of OpenAI.', 'flag'],
  ['Some analysts wrongly believe Microsoft still owns 32.5% of OpenAI.', 'ok'],
  ['It is a myth that Azure is still OpenAI’s exclusive cloud provider.', 'ok'],
  ['Contrary to some reports, Microsoft no longer holds a right of first refusal.', 'ok'],
  ['A widely shared post claimed Microsoft owns 49% of OpenAI; that figure is outdated.', 'ok'],
  ['Microsoft owns more than a quarter of OpenAI.', 'ok'],
  ['Microsoft owns nearly a third of OpenAI.', 'flag'],
  ['Microsoft’s stake is larger than the Foundation’s 26%.', 'ok'],
  ['OpenAI is worth more than $800 billion after the February round.', 'ok'],
  ['Key terms: a 27% stake, IP rights through 2032, and a $250 billion Azure commitment.', 'ok'],
  ['Key terms: a 32.5% stake, exclusive cloud access, and IP rights through 2030.', 'flag'],
  ['The deal covers equity (27%), IP (through 2032) and compute ($250 billion of Azure).', 'ok'],
  ['SoftBank holds an 11% stake in OpenAI.', 'ok'],
  ['Nvidia invested $30 billion in OpenAI’s latest round.', 'ok'],
  ['Amazon is now one of OpenAI’s cloud providers.', 'ok'],
  ['Google Cloud became a supplier of compute to OpenAI in 2025.', 'ok'],
  // A tenth batch: the Foundation, investment amounts, structure, national security, GPT-3, Stargate, the AGI clause.
  ['The OpenAI Foundation owns roughly 26% of OpenAI Group PBC.', 'ok'],
  ['The nonprofit controls the for-profit and holds a stake worth about $130 billion.', 'ok'],
  ['Employees and other investors hold about 47% of OpenAI.', 'ok'],
  ['Microsoft has poured $13 billion into OpenAI.', 'ok'],
  ['Microsoft has invested a total of $1 billion in OpenAI.', 'flag'],
  ['Microsoft had funded $11.6 billion of its commitment by September 2025.', 'ok'],
  ['OpenAI is organized as a capped-profit company controlled by a nonprofit.', 'flag'],
  ['OpenAI converted its for-profit arm into a public benefit corporation in October 2025.', 'ok'],
  ['OpenAI LP remains the entity that employs most of the company’s staff.', 'flag'],
  ['Microsoft’s own AGI models face compute thresholds far above today’s leading systems if built on OpenAI IP.', 'ok'],
  ['OpenAI may sell API access to US national security customers on any cloud.', 'ok'],
  ['OpenAI is barred from serving national security customers outside Azure.', 'flag'],
  ['OpenAI remains Microsoft’s frontier model partner.', 'ok'],
  ['Microsoft holds an exclusive license to GPT-3’s underlying model.', 'ok', '2021-01-01'],
  ['Stargate, the $500 billion joint venture with SoftBank and Oracle, broke ground in Texas.', 'ok'],
  ['The partnership agreement expires in 2030.', 'flag'],
  ['Microsoft’s model and product rights now run through 2032.', 'ok'],
  ['Microsoft gets 20% of OpenAI’s revenue through 2030, subject to a cap.', 'ok'],
  ['OpenAI shares 8% of its revenue with Microsoft.', 'flag'],
  ['The AGI clause lets OpenAI cut Microsoft off once it reaches AGI.', 'flag'],
  ['The so-called AGI clause, which let OpenAI cut off Microsoft’s access, no longer applies.', 'ok'],
  ['Microsoft’s license covers models released after AGI, with safety guardrails.', 'ok'],
  ['Microsoft loses all rights to OpenAI technology once AGI is achieved.', 'flag'],
  // An eleventh batch, written from the facts file without reference to the checker's patterns; each reason cites the fact.
  ['Microsoft, which owns 32.5% of OpenAI’s for-profit arm, stands to gain the most from the start-up’s next funding round.', 'flag'], // equity-stake: 27% since 2025-10-28; 32.5% is the pre-recap figure
  ['According to one Wall Street analyst, Microsoft currently controls a 49% stake in OpenAI.', 'flag'], // equity-stake: 49% profit interest replaced by ~27% equity on 2025-10-28
  ['As of this quarter, Microsoft’s position in OpenAI stands at 32.5 percent on an as-converted basis.', 'flag'], // equity-stake: ~27% as-converted diluted since 2025-10-28
  ['Microsoft now owns roughly one-third of the restructured OpenAI entity, the memo notes.', 'flag'], // equity-stake: one-third was a 2025 proposal that never took effect; ~27%
  ['Under the profit-sharing arrangement, Microsoft gets 75% of OpenAI’s profits until it recoups its investment.', 'flag'], // equity-stake: 75%/49% profit interest superseded 2025-10-28 by ~27% equity
  ['Today Microsoft’s holding in the public benefit corporation amounts to about 27 percent, counted on an as-converted diluted basis.', 'ok'], // equity-stake: ~27% since 2025-10-28
  ['After the October 2025 recapitalization, Microsoft’s stake slipped from 32.5% to about 27%.', 'ok'], // equity-stake: historical contrast 32.5% -> 27%
  ['Before the restructuring, Microsoft held a 32.5 percent stake in the for-profit, excluding the impact of recent funding rounds.', 'ok'], // equity-stake: 32.5% correctly framed as pre-recap
  ['In its 10-Q for the quarter ended March 31, 2026, Microsoft said it owned approximately 27 percent of OpenAI on an as-converted basis.', 'ok'], // equity-stake: 10-Q filed 2026-04-29 says ~27%
  ['Reports in early 2023 said Microsoft would receive 75% of OpenAI’s profits until it recouped its money, and 49% thereafter.', 'ok'], // equity-stake: reported 2023 terms, framed as past
  ['That 49% profit interest no longer exists; it was replaced by a conventional equity stake of roughly 27%.', 'ok'], // equity-stake: correctly negated
  ['Will Microsoft’s 27% holding be diluted as OpenAI keeps raising capital? Analysts are split.', 'ok'], // equity-stake: question, 27% current
  ['Microsoft remains a major shareholder in OpenAI, the companies stressed in April.', 'ok'], // equity-stake: major shareholder per 2026-04-27
  ['HEADLINE: Microsoft and OpenAI Seal $135 Billion Partnership Overhaul', 'flag'], // stake-value: $135B is the value of Microsoft’s stake, not the deal
  ['The Redmond giant has poured $135 billion into OpenAI, the largest corporate AI bet on record.', 'flag'], // stake-value: $135B is stake value, not money invested; commitment is $13B
  ['The agreement, valued at approximately $135 billion, reshapes the balance of power in AI.', 'flag'], // stake-value: not the value of the agreement
  ['At the recapitalization, Microsoft’s investment in OpenAI Group PBC was valued at approximately $135 billion.', 'ok'], // stake-value: ~$135B at 2025-10-28
  ['The $135 billion figure describes what Microsoft’s stake was worth, not the size of the deal.', 'ok'], // stake-value: correctly framed
  ['Microsoft has $13 billion of total funding commitments to OpenAI, of which $11.8 billion had been funded by March 31, 2026.', 'ok'], // ms-investment-amount: $13B committed, $11.8B funded
  ['Microsoft did not write a $135 billion cheque; its total funding commitments come to $13 billion.', 'ok'], // ms-investment-amount + stake-value: correctly negated
  ['In 2019, Microsoft invested $1 billion and OpenAI named it its exclusive cloud provider.', 'ok'], // ms-investment-amount + cloud-compute: 2019, historical
  ['Microsoft’s total investment in OpenAI amounts to just $1 billion, the blog post claims.', 'flag'], // ms-investment-amount: $1B was 2019 only; $13B total commitments
  ['As of September 30, 2025, Microsoft had funded $11.6 billion of that commitment.', 'ok'], // ms-investment-amount: dated historical figure
  ['OpenAI, now valued at roughly $500 billion, is quietly weighing a public listing.', 'flag'], // openai-valuation: $730B pre-money since 2026-02-27
  ['With OpenAI valued at $300 billion, Microsoft’s holding looks like a bargain.', 'flag'], // openai-valuation: $300B superseded; $730B pre-money
  ['OpenAI’s latest private valuation of $157 billion makes it one of the most valuable start-ups in the world.', 'flag'], // openai-valuation: $157B was Oct 2024; now $730B pre-money
  ['OpenAI closed a $110 billion round at a $500 billion valuation, investors said.', 'flag'], // openai-valuation: Feb-2026 round was at $730B pre-money
  ['OpenAI raised $110 billion in February 2026 at a $730 billion pre-money valuation.', 'ok'], // openai-valuation: current
  ['On a fully diluted basis, Verdict put OpenAI’s valuation at roughly $840 billion.', 'ok'], // openai-valuation: ~$840B fully diluted
  ['An October 2025 secondary share sale valued OpenAI at about $500 billion.', 'ok'], // openai-valuation: $500B framed as Oct-2025
  ['OpenAI’s valuation has climbed from $157 billion in 2024 to $730 billion pre-money in the February 2026 round.', 'ok'], // openai-valuation: historical contrast
  ['Amazon committed $50 billion to the round — $15 billion upfront and $35 billion subject to conditions.', 'ok'], // openai-valuation/timeline 2026-02-27: Amazon $15B + $35B
  ['Nvidia and SoftBank each put $30 billion into OpenAI’s $110 billion raise.', 'ok'], // timeline 2026-02-27: Nvidia $30B, SoftBank $30B
  ['OpenAI is a capped-profit company controlled by its nonprofit parent.', 'flag'], // foundation-stake: capped-profit replaced by OpenAI Group PBC on 2025-10-28
  ['The nonprofit, renamed the OpenAI Foundation, holds about 26% of OpenAI Group PBC, a stake worth roughly $130 billion at the recapitalization.', 'ok'], // foundation-stake: ~26%, ~$130B
  ['OpenAI is no longer a capped-profit company; its for-profit arm became a public benefit corporation in October 2025.', 'ok'], // foundation-stake: correctly negated
  ['In September 2025, the two companies signed a non-binding memorandum of understanding ahead of a definitive agreement.', 'ok'], // timeline 2025-09-11: MOU, historical
  ['Azure remains the exclusive cloud provider for all of OpenAI’s workloads, the company said in its investor update.', 'flag'], // cloud-compute: primary (not exclusive) cloud partner
  ['Microsoft retains a right of first refusal whenever OpenAI shops for new compute capacity.', 'flag'], // cloud-compute: ROFR removed 2025-10-28
  ['Microsoft is OpenAI’s sole cloud provider, a status it has held since 2019.', 'flag'], // cloud-compute: exclusivity ended 2025-01-21; now primary partner
  ['Per the agreement, Microsoft gets first dibs on any new OpenAI data-center capacity.', 'flag'], // cloud-compute: ROFR removed 2025-10-28
  ['Since 2023, Azure has served as OpenAI’s exclusive cloud provider across research, products and API services.', 'flag'], // cloud-compute: 2023 exclusivity ended 2025-01-21
  ['Microsoft remains OpenAI’s primary cloud partner, though it is no longer the exclusive one.', 'ok'], // cloud-compute: primary cloud partner
  ['Microsoft no longer has a right of first refusal to be OpenAI’s compute provider.', 'ok'], // cloud-compute: ROFR removed, correctly negated
  ['Azure was once OpenAI’s exclusive cloud, but in January 2025 that exclusivity was swapped for a right of first refusal.', 'ok'], // cloud-compute: historical 2023 -> 2025-01-21
  ['The right of first refusal introduced in January 2025 was itself dropped in the October 2025 agreement.', 'ok'], // cloud-compute: ROFR history
  ['On top of its earlier spending, OpenAI agreed to buy another $250bn worth of Azure capacity from Microsoft.', 'ok'], // azure-commitment: $250B by OpenAI
  ['As part of the October agreement, Microsoft committed an additional $250 billion to OpenAI.', 'flag'], // azure-commitment: $250B is OpenAI buying Azure, not Microsoft investing
  ['Is Azure still OpenAI’s exclusive cloud? Not since the April 2026 amendment.', 'ok'], // cloud-compute/api-exclusivity: question, correctly answered
  ['OpenAI’s API is still available only through Azure, so enterprises on AWS have to route calls to Microsoft’s cloud.', 'flag'], // api-exclusivity: any cloud since 2026-04-27
  ['Azure is the exclusive cloud provider for OpenAI’s stateless APIs, including those offered through third-party collaborations such as Amazon.', 'flag'], // api-exclusivity: Feb-2026 term superseded 2026-04-27
  ['Any API product OpenAI builds with Amazon must still run on Azure.', 'flag'], // third-party-products: any cloud since 2026-04-27
  ['OpenAI can’t sell its products on Google Cloud because Microsoft’s Azure exclusivity is still in force.', 'flag'], // api-exclusivity: OpenAI can serve all products on any cloud
  ['Worth remembering: every OpenAI model you call in production is served exclusively from Azure. That’s the deal. #AI #Cloud', 'flag'], // api-exclusivity: no API exclusivity since 2026-04-27
  ['OpenAI can now serve all of its products to customers on any cloud provider, the company said in April.', 'ok'], // api-exclusivity: current since 2026-04-27
  ['New OpenAI products ship first on Azure unless Microsoft cannot, and chooses not to, support the required capabilities.', 'ok'], // api-exclusivity: ship-first-on-Azure rule
  ['In February 2026, the companies said Azure remained the exclusive cloud for OpenAI’s stateless APIs; that changed two months later.', 'ok'], // api-exclusivity: Feb-2026 term framed as past
  ['OpenAI’s API is not exclusive to Azure anymore; customers can reach it through other clouds.', 'ok'], // api-exclusivity: correctly negated
  ['OpenAI no longer needs to run API products developed with third parties on Azure.', 'ok'], // third-party-products: correctly negated
  ['OpenAI may provide API access to US government national-security customers regardless of the cloud provider.', 'ok'], // national-security: current
  ['Under the current terms, Microsoft enjoys an exclusive licence to OpenAI’s models and products through 2032.', 'flag'], // ip-models-products: non-exclusive since 2026-04-27
  ['Microsoft’s exclusive IP rights last until AGI is achieved.', 'flag'], // ip-models-products: now non-exclusive, fixed through 2032
  ['Microsoft’s licence to OpenAI IP is exclusive — a point both companies reaffirmed in February.', 'flag'], // ip-models-products: non-exclusive since 2026-04-27
  ['Microsoft’s exclusive rights to OpenAI models run until 2032 or until AGI arrives, whichever comes first.', 'flag'], // ip-models-products: wrong; non-exclusive license through 2032
  ['The partnership, which runs through 2030, gives Microsoft access to OpenAI’s models for Copilot.', 'flag'], // contract-term: model/product license now through 2032
  ['Microsoft’s rights to OpenAI’s research IP extend through 2032.', 'flag'], // ip-research: research IP until AGI verification or 2030, never 2032
  ['Microsoft loses access to OpenAI’s technology the moment AGI is declared.', 'flag'], // ip-models-products: license runs to fixed 2032 incl. post-AGI models
  ['Microsoft’s license to OpenAI’s models and products runs through 2032 and is no longer exclusive.', 'ok'], // ip-models-products: current since 2026-04-27
  ['Until April 2026, Microsoft held an exclusive license to OpenAI IP.', 'ok'], // ip-models-products: exclusivity framed as past
  ['The October 2025 deal extended Microsoft’s model and product IP rights from 2030 to 2032.', 'ok'], // ip-models-products/contract-term: historical, correct
  ['As set out in October 2025, Microsoft’s IP rights exclude OpenAI’s consumer hardware.', 'ok'], // consumer-hardware: dated Oct-2025 term
  ['Back in September 2020, Microsoft announced an exclusive license to GPT-3.', 'ok'], // ip-models-products: 2020 GPT-3 license, historical
  ['OpenAI is now able to release open-weight models that meet requisite capability criteria.', 'ok'], // open-weights: current
  ['OpenAI will keep paying Microsoft a revenue share until an independent panel verifies AGI.', 'flag'], // revenue-share: through 2030, independent of technology progress
  ['Revenue sharing between the two companies flows both ways, with Microsoft also paying OpenAI a cut of Azure OpenAI sales.', 'flag'], // revenue-share: Microsoft no longer pays since 2026-04-27
  ['Investors should note that the AGI clause still determines how long Microsoft collects a share of OpenAI’s revenue.', 'flag'], // revenue-share: through 2030 independent of technology progress
  ['Under the new deal, OpenAI’s revenue share to Microsoft falls to about 8% by 2030.', 'flag'], // revenue-share: 8% never took effect; same percentage, capped
  ['Since the April 2026 amendment, Microsoft no longer pays OpenAI a share of its revenue.', 'ok'], // revenue-share: current
  ['OpenAI’s payments to Microsoft continue through 2030 at the same percentage, subject to a total cap.', 'ok'], // revenue-share: current
  ['The revenue share — reportedly around 20% — is now capped and no longer tied to OpenAI’s technology progress.', 'ok'], // revenue-share: reported 20%, capped, independent of progress
  ['Until April 2026, Microsoft reportedly passed about 20% of Azure OpenAI revenue back to OpenAI.', 'ok'], // revenue-share: two-way flow framed as past
  ['Microsoft is contractually barred from pursuing AGI on its own.', 'flag'], // ms-pursue-agi: may pursue AGI independently since 2025-10-28
  ['Microsoft can independently pursue AGI, either alone or with third parties.', 'ok'], // ms-pursue-agi: current
  ['The Information reported in late 2024 that the contract defined AGI as systems able to generate about $100 billion in profits.', 'ok'], // agi-governance: reported 2024 definition, framed as past
  ['The Stargate Project is a $100 billion infrastructure buildout in total.', 'flag'], // stargate: up to $500B over four years
  ['Stargate, unveiled in January 2025 by OpenAI, SoftBank, Oracle and MGX, plans to invest up to $500 billion over four years.', 'ok'], // stargate: current
  ['Microsoft is a technology partner in Stargate but not an investor.', 'ok'], // stargate: current
  ['Google has invested in Anthropic, which also runs workloads on Amazon’s cloud.', 'ok'], // other company: not about the Microsoft-OpenAI terms
  ['Microsoft shares rose 1.8% on Tuesday after the company reported Azure revenue growth of nearly 40%.', 'ok'], // unrelated figures
  // A twelfth batch in the registers of contracts, filings, research notes and Markdown tables, written from the facts file.
  ['Pursuant to the Agreement, Microsoft holds an exclusive, worldwide license to OpenAI’s models and products through 2032.', 'flag'], // ip-models-products: license non-exclusive since 2026-04-27; "exclusive through 2032" wrong
  ['Pursuant to the amendment executed on 27 April 2026, Microsoft’s license to OpenAI IP for models and products continues through 2032, but on a non-exclusive basis.', 'ok'], // ip-models-products current
  ['Following the April 2026 amendment, the Company’s license to OpenAI IP remains exclusive through 2032, subject to customary safety guardrails.', 'flag'], // ip-models-products: amendment made license non-exclusive
  ['Provided that AGI has not been verified, Microsoft’s exclusive license to OpenAI IP remains in full force and effect.', 'flag'], // ip-models-products: exclusive-until-AGI superseded 2026-04-27
  ['Under the October 2025 terms (since amended), Azure API exclusivity was to last until AGI was verified by an independent expert panel.', 'ok'], // api-exclusivity: correctly framed as superseded Oct-2025 term
  ['The joint statement of 27 February 2026 reaffirmed the October 2025 terms; those terms were subsequently amended on 27 April 2026.', 'ok'], // timeline: ev-2026-02-27 then ev-2026-04-27
  ['Section 4.2 of the Agreement, as currently in effect, requires OpenAI to run all workloads (research, products and API services) exclusively on Microsoft Azure.', 'flag'], // cloud-compute: Azure exclusivity ended 2025-01-21; now primary cloud partner
  ['Until January 2025, Azure served as the exclusive cloud provider powering all OpenAI workloads across research, products and API services.', 'ok'], // cloud-compute historical
  ['Microsoft retains a right of first refusal on any new compute capacity that OpenAI seeks to procure from third-party providers.', 'flag'], // cloud-compute: ROFR removed 2025-10-28
  ['The Company relinquished its right of first refusal to be OpenAI’s compute provider under the definitive agreement of October 2025.', 'ok'], // cloud-compute: ROFR removed
  ['In January 2025 Microsoft approved OpenAI’s building of additional capacity, primarily for research and training, and exclusivity on new capacity was replaced by a ROFR, which was itself removed in October 2025.', 'ok'], // cloud-compute historical sequence
  ['Risk Factors — The Company’s Azure revenue from OpenAI is protected by Azure’s status as the exclusive cloud provider for OpenAI’s API, a position the parties reaffirmed in February 2026.', 'flag'], // api-exclusivity: exclusivity ended 2026-04-27
  ['Risk Factors — Because OpenAI may now serve all of its products to customers across any cloud provider, Azure consumption attributable to OpenAI could decline over time.', 'ok'], // api-exclusivity current (hedged risk)
  ['API products that OpenAI co-develops with third parties must still run on Azure, while non-API products may be hosted on any cloud.', 'flag'], // third-party-products: Oct-2025 rule replaced 2026-04-27
  ['OpenAI may jointly develop products with third parties and serve them on any cloud, subject only to the rule that OpenAI products ship first on Azure.', 'ok'], // third-party-products current
  ['OpenAI products ship first on Azure unless Microsoft cannot and chooses not to support the necessary capabilities.', 'ok'], // api-exclusivity current
  ['If Microsoft were unable, and chose not, to support a capability OpenAI requires, OpenAI could launch that product on another provider first.', 'ok'], // api-exclusivity: hypothetical consistent with ship-first exception
  ['OpenAI may offer its API on non-Azure clouds only to US government national security customers; all other API traffic must be served from Azure.', 'flag'], // api-exclusivity: OpenAI can serve all products on any cloud since 2026-04-27
  ['OpenAI may provide API access to US government national security customers regardless of the cloud provider (a carve-out that has been largely overtaken by the April 2026 any-cloud terms).', 'ok'], // national-security current
  ['Microsoft’s IP rights under the Agreement exclude OpenAI’s consumer hardware.', 'ok'], // consumer-hardware current
  ['The Company’s license extends to all OpenAI IP, including the consumer hardware devices OpenAI is developing.', 'flag'], // consumer-hardware: excluded since 2025-10-28
  ['Research IP, as defined, does not include model architecture, model weights, inference code or finetuning code; Microsoft retains those non-Research IP rights.', 'ok'], // ip-research-scope current
  ['Microsoft’s IP rights to OpenAI research run through 2032, coextensive with the models-and-products license.', 'flag'], // ip-research: research IP until AGI verification or 2030; "research until 2032" wrong
  ['Microsoft is contractually barred from developing its own AGI for the term of the OpenAI agreement.', 'flag'], // ms-pursue-agi: Microsoft may pursue AGI independently since 2025-10-28
  ['Microsoft may independently pursue AGI, whether alone or in partnership with third parties.', 'ok'], // ms-pursue-agi current
  ['OpenAI’s nonprofit board retains sole authority to determine when AGI has been achieved, at which point Microsoft’s commercial rights cease.', 'flag'], // agi-governance: board-alone rule superseded 2025-10-28
  ['Prior to 28 October 2025, OpenAI’s board alone determined whether AGI had been achieved.', 'ok'], // agi-governance historical
  ['OpenAI is not permitted to release open-weight models under the terms of its agreement with Microsoft.', 'flag'], // open-weights: allowed since 2025-10-28
  ['OpenAI may release open-weight models that meet requisite capability criteria.', 'ok'], // open-weights current
  ['The partnership agreement extends until 2030, after which Microsoft’s rights to OpenAI’s models and products lapse.', 'flag'], // contract-term: model/product license through 2032
  ['The amended Agreement runs the OpenAI-to-Microsoft revenue share through 2030 and the models-and-products license through 2032, two distinct dates that should not be conflated.', 'ok'], // contract-term current
  ['In September 2025 the parties signed a non-binding memorandum of understanding, which was superseded by the definitive agreement of 28 October 2025.', 'ok'], // timeline ev-2025-09-11
  ['In September 2020 Microsoft announced an exclusive license to GPT-3, while OpenAI continued to offer the model through its own API.', 'ok'], // ip-models-products historical
  ['Anthropic’s commercial arrangements with Amazon Web Services and Google Cloud are outside the scope of this memorandum.', 'ok'], // other companies; no partnership claim
  ['Under the revenue-sharing arrangement, which flows both ways, Microsoft remits a portion of Azure OpenAI Service revenue to OpenAI.', 'flag'], // revenue-share: Microsoft no longer pays OpenAI since 2026-04-27
  ['Effective upon the April 2026 amendment, the Company ceased paying any revenue share to OpenAI, so that payments now flow in one direction only.', 'ok'], // revenue-share current
  ['The revenue share payable by OpenAI to Microsoft continues until an independent expert panel verifies that AGI has been achieved.', 'flag'], // revenue-share: now through 2030, independent of technology progress
  ['Revenue share payments from OpenAI to Microsoft continue through 2030, at the same percentage but subject to a total cap, independent of OpenAI’s technology progress.', 'ok'], // revenue-share current
  ['The April 2026 amendment cut OpenAI’s revenue share to Microsoft to approximately 8% by 2030.', 'flag'], // revenue-share: same percentage retained; 8% never took effect
  ['Until 27 April 2026, Microsoft reportedly paid OpenAI c. 20% of Azure OpenAI revenue; that obligation has since ended.', 'ok'], // revenue-share historical
  ['Revenue share: ~20% of OpenAI revenue to Microsoft (reported; official text says only “the same percentage, subject to a total cap”), through 2030.', 'ok'], // revenue-share current with reported figure attributed
  ['Microsoft currently owns approximately 32.5% of OpenAI’s for-profit entity on an as-converted basis.', 'flag'], // equity-stake: ~27% since 2025-10-28
  ['Prior to the Recapitalization, Microsoft held a 32.5% stake on an as-converted basis in the OpenAI for-profit, excluding the impact of then-recent funding rounds.', 'ok'], // equity-stake historical
  ['Microsoft holds approximately 27% of OpenAI Group PBC on an as-converted diluted basis, per its Form 10-Q for the quarter ended 31 March 2026.', 'ok'], // equity-stake current
  ['Note 7 — As of March 31, 2026, the Company held an interest of approximately 27 percent in OpenAI on an as-converted basis, accounted for under the equity method.', 'ok'], // equity-stake / ms-investment-amount current
  ['Stake: ~49% of OpenAI Global LLC (profit interest)', 'flag'], // equity-stake: 49% profit interest replaced by ~27% equity
  ['Contrary to some press reports, Microsoft does not own 49% of OpenAI; its holding is roughly 27% on an as-converted diluted basis.', 'ok'], // equity-stake: correct negation
  ['Under the 2023 arrangement, as reported by Semafor, Microsoft was to receive 75% of OpenAI’s profits until it recouped its investment and 49% thereafter.', 'ok'], // equity-stake historical (reported)
  ['Microsoft holds roughly one-third of the restructured OpenAI entity.', 'flag'], // equity-stake: one-third proposal never took effect
  ['### Microsoft’s ~27% stake (as-converted, diluted)', 'ok'], // equity-stake current (heading)
  ['Microsoft owns about 27% of OpenAI.¹ (¹ Source: Microsoft Form 10-Q, quarter ended 31 March 2026.)', 'ok'], // equity-stake current
  ['At the October 2025 recapitalization, Microsoft’s stake was valued at approximately $135 billion.', 'ok'], // stake-value current/historical
  ['Microsoft’s ~$135 billion investment in OpenAI is among the largest corporate AI commitments on record.', 'flag'], // stake-value: $135B is stake value, not money invested
  ['The $135 billion agreement signed in October 2025 restructured the partnership and paved the way for OpenAI’s recapitalization.', 'flag'], // stake-value: $135B is not the size of the deal
  ['The $135 billion figure does not represent new capital; it is the recapitalization-date value of the Company’s existing stake.', 'ok'], // stake-value: correct negation
  ['Microsoft’s mark on the stake has not been officially restated since the recapitalization, although the $730bn pre-money round implies a higher figure.', 'ok'], // stake-value note
  ['OpenAI is valued at approximately $500 billion, making Microsoft’s c. 27% position worth roughly $135 billion.', 'flag'], // openai-valuation: $500B superseded by $730B pre-money (Feb 2026)
  ['OpenAI raised $110 billion in February 2026 at a $730 billion pre-money valuation (c. $840 billion fully diluted).', 'ok'], // openai-valuation current
  ['Amazon committed $50 billion to that round, of which $15 billion was funded upfront and $35 billion is subject to conditions; Nvidia and SoftBank committed $30 billion each.', 'ok'], // ev-2026-02-27
  ['In March 2025 OpenAI was valued at $300 billion following a $40 billion SoftBank-led round, well below the $730 billion pre-money price of February 2026.', 'ok'], // openai-valuation historical comparison
  ['Microsoft has invested a total of $1 billion in OpenAI, per the Company’s disclosures.', 'flag'], // ms-investment-amount: $13B total commitments
  ['Microsoft’s total funding commitment to OpenAI is $13 billion, of which approximately $11.8 billion had been funded as of 31 March 2026.', 'ok'], // ms-investment-amount current
  ['Microsoft’s funded investment in OpenAI currently stands at $11.6 billion of its $13 billion commitment.', 'flag'], // ms-investment-amount: $11.8B funded as of 2026-03-31
  ['In July 2019 Microsoft invested $1 billion in OpenAI and became its exclusive cloud provider.', 'ok'], // ms-investment-amount/cloud-compute historical
  ['The Company’s 27% effective tax rate assumption for fiscal 2027 is unchanged from the prior quarter.', 'ok'], // unrelated figure
  ['OpenAI remains a capped-profit company controlled by its nonprofit parent, OpenAI Inc.', 'flag'], // foundation-stake: recapitalized as PBC 2025-10-28
  ['OpenAI is no longer a capped-profit company; its for-profit arm was recapitalized as OpenAI Group PBC, a public benefit corporation, in October 2025.', 'ok'], // foundation-stake current
  ['The OpenAI Foundation controls OpenAI Group PBC and holds roughly 26% of it, with additional ownership if the PBC reaches a valuation milestone.', 'ok'], // foundation-stake current
  ['The OpenAI Foundation holds approximately 47% of OpenAI Group PBC, with Microsoft at 27% and employees and investors holding the balance.', 'flag'], // foundation-stake: Foundation ~26%; ~47% is employees + investors
  ['At the recapitalization, the Foundation’s equity was valued at approximately $130 billion.', 'ok'], // foundation-stake current
  ['Microsoft is OpenAI’s exclusive cloud partner and will remain so for the life of the Agreement.', 'flag'], // cloud-compute: primary (not exclusive) cloud partner
  ['| Cloud | Primary partner; Azure-first launch, any-cloud serving permitted |', 'ok'], // cloud-compute/api-exclusivity current
  ['- **Exclusivity:** Azure exclusive for the OpenAI API until AGI is declared', 'flag'], // api-exclusivity: removed 2026-04-27
  ['OpenAI’s API is no longer exclusive to Azure.', 'ok'], // api-exclusivity: correct negation
  ['OpenAI has contracted to purchase an incremental $250 billion of Azure services.', 'ok'], // azure-commitment current
  ['Under the October 2025 agreement, Microsoft committed $250 billion to fund OpenAI’s compute build-out.', 'flag'], // azure-commitment: OpenAI buys $250B of Azure; Microsoft did not commit it
  ['Stargate: OpenAI, SoftBank, Oracle and MGX; up to $500B over four years; Microsoft participates as a technology partner without equity.', 'ok'], // stargate current
  ['The Stargate Project, a $100 billion infrastructure venture in which Microsoft is an equity investor, underpins OpenAI’s capacity expansion.', 'flag'], // stargate: up to $500B; Microsoft has no equity
  ['Key terms currently in force: (i) a non-exclusive license through 2032; (ii) a capped revenue share from OpenAI through 2030; and (iii) Azure exclusivity for OpenAI’s stateless APIs.', 'flag'], // api-exclusivity: clause (iii) stale since 2026-04-27
  ['Key terms currently in force: (i) a non-exclusive license to OpenAI models and products through 2032; (ii) a capped revenue share from OpenAI through 2030; and (iii) Microsoft as primary cloud partner with ship-first rights on Azure.', 'ok'], // ip-models-products/revenue-share/cloud-compute current
  ['Q: Does Microsoft still hold a right of first refusal over OpenAI compute? A: No; that right was removed in October 2025.', 'ok'], // cloud-compute: question with correct answer
  ['## Does Azure API exclusivity survive the April 2026 amendment?', 'ok'], // question heading
  ['Were the parties to reinstate Azure API exclusivity, OpenAI’s multi-cloud distribution strategy would be materially constrained.', 'ok'], // hypothetical; consistent with api-exclusivity
  ['Microsoft remains a major shareholder in OpenAI, notwithstanding the loss of exclusivity over OpenAI’s IP and API.', 'ok'], // equity-stake / ip-models-products current
  // A thirteenth batch of documents judged as of dates from 2023 to 2026, written from the facts file.
  ['Under the deal signed in January, Microsoft now owns a 27% stake in OpenAI.', 'flag', '2023-06-01'], // equity-stake: 27% only from 2025-10-28; in 2023 Microsoft held a profit interest
  ['As part of the expanded tie-up, OpenAI has agreed to buy an incremental $250 billion of Azure services.', 'flag', '2023-06-01'], // azure-commitment: $250B only from 2025-10-28
  ['Microsoft’s rights to OpenAI’s models and products now run through 2032 and even cover post-AGI systems.', 'flag', '2023-06-01'], // ip-models-products: 2032 incl. post-AGI only from 2025-10-28; in 2023 rights covered pre-AGI tech
  ['Any claim by OpenAI that it has reached AGI must first be verified by an independent expert panel.', 'flag', '2023-06-01'], // agi-governance: expert panel only from 2025-10-28; in 2023 OpenAI board decided
  ['Microsoft holds only a right of first refusal on OpenAI’s new compute capacity, leaving the lab free to build elsewhere.', 'flag', '2023-06-01'], // cloud-compute: ROFR only from 2025-01-21; 2023-01-23 to 2025-01-21 Azure was exclusive
  ['OpenAI, now a public benefit corporation controlled by the OpenAI Foundation, still answers to its nonprofit parent.', 'flag', '2023-06-01'], // foundation-stake: PBC/Foundation only from 2025-10-28; capped-profit structure in 2023
  ['Azure will be OpenAI’s exclusive cloud provider, powering all of its workloads across research, products and API services.', 'ok', '2023-06-01'], // cloud-compute: exclusive cloud provider 2023-01-23 to 2025-01-21
  ['Microsoft first backed OpenAI in July 2019 with a $1 billion investment.', 'ok', '2023-06-01'], // ms-investment-amount: $1B in 2019, framed as past
  ['OpenAI remains a capped-profit company whose for-profit arm is controlled by its nonprofit board.', 'ok', '2023-06-01'], // foundation-stake: capped-profit structure 2019-03 to 2025-10-28
  ['Under OpenAI’s charter, its board decides when AGI has been achieved, and Microsoft’s commercial rights cover only pre-AGI technology.', 'ok', '2023-06-01'], // agi-governance: board decides AGI, pre-AGI rights 2019-07-22 to 2025-10-28
  ['Microsoft is OpenAI’s preferred partner for commercializing its new AI technologies.', 'ok', '2023-06-01'], // ip-models-products: preferred commercialization partner 2019-07-22 to 2025-10-28
  ['Back in 2020, Microsoft secured an exclusive license to GPT-3, though OpenAI kept offering the model through its own API.', 'ok', '2023-06-01'], // ip-models-products: GPT-3 exclusive license ev-2020-09-22, framed as past
  ['Could Microsoft eventually end up owning a conventional equity stake of around a quarter of OpenAI? Analysts are divided.', 'ok', '2023-06-01'], // equity-stake: question/hypothetical, not asserted
  ['OpenAI’s latest funding round values the company at $300 billion.', 'flag', '2024-10-15'], // openai-valuation: $300B only from 2025-03-31; $157B in force 2024-10
  ['OpenAI is still valued at around $29 billion, the price attached to Microsoft’s January 2023 investment.', 'flag', '2024-10-15'], // openai-valuation: ~$29B (2023) superseded by $157B in 2024-10
  ['Microsoft’s stake in OpenAI is currently worth roughly $135 billion.', 'flag', '2024-10-15'], // stake-value: $135B only from 2025-10-28
  ['Microsoft no longer enjoys cloud exclusivity and instead holds a right of first refusal on new OpenAI capacity.', 'flag', '2024-10-15'], // cloud-compute: ROFR only from 2025-01-21; exclusive in 2024
  ['Microsoft is free to pursue AGI on its own or with third parties, the companies confirmed.', 'flag', '2024-10-15'], // ms-pursue-agi: only from 2025-10-28
  ['OpenAI can already offer its API to US government national security customers on any cloud provider.', 'flag', '2024-10-15'], // national-security: only from 2025-10-28; API exclusive to Azure in 2024
  ['OpenAI’s funding round this month values the company at $157 billion.', 'ok', '2024-10-15'], // openai-valuation: $157B 2024-10 to 2025-03-31
  ['Azure remains the exclusive cloud provider for OpenAI’s workloads, including the API that developers call.', 'ok', '2024-10-15'], // cloud-compute/api-exclusivity: Azure exclusive 2023-01-23 to 2025-01-21
  ['OpenAI’s nonprofit board retains the authority to determine when the company has achieved AGI.', 'ok', '2024-10-15'], // agi-governance: board decides AGI 2019-07-22 to 2025-10-28
  ['Despite talk of a restructuring, OpenAI still operates under its capped-profit structure, with the nonprofit in control.', 'ok', '2024-10-15'], // foundation-stake: capped-profit until 2025-10-28
  ['Microsoft extended the partnership in January 2023 with a multiyear, multibillion-dollar investment.', 'ok', '2024-10-15'], // ms-investment-amount: ev-2023-01-23, framed as past
  ['If OpenAI converts into a public benefit corporation, Microsoft’s profit interest could be swapped for conventional equity.', 'ok', '2024-10-15'], // equity-stake: hypothetical
  ['Google, meanwhile, has poured billions of its own into Anthropic.', 'ok', '2024-10-15'], // unrelated: another company
  ['Azure remains OpenAI’s exclusive cloud provider for all of its workloads, including model training.', 'flag', '2025-03-01'], // cloud-compute: exclusivity replaced by ROFR on 2025-01-21
  ['Microsoft’s access to OpenAI’s models and products is now guaranteed through 2032.', 'flag', '2025-03-01'], // ip-models-products: 2032 only from 2025-10-28; contract through 2030 in force
  ['Microsoft, which owns roughly 27% of OpenAI, is watching the restructuring talks closely.', 'flag', '2025-03-01'], // equity-stake: 27% only from 2025-10-28
  ['OpenAI has committed to purchase an additional $250 billion of Azure services.', 'flag', '2025-03-01'], // azure-commitment: $250B only from 2025-10-28; 2025-01-21 commitment undisclosed
  ['OpenAI now carries a $500 billion valuation.', 'flag', '2025-03-01'], // openai-valuation: ~$500B only from 2025-10; $157B in force
  ['Microsoft gave up exclusivity over new OpenAI capacity in January but holds a right of first refusal.', 'ok', '2025-03-01'], // cloud-compute: ROFR 2025-01-21 to 2025-10-28
  ['The OpenAI API remains exclusive to Azure.', 'ok', '2025-03-01'], // api-exclusivity: Azure API exclusivity 2023-01-23 to 2025-10-28 (restated 2025-01-21)
  ['Key elements of the partnership stay in place for the contract through 2030, including Microsoft’s rights to OpenAI IP and two-way revenue sharing.', 'ok', '2025-03-01'], // contract-term/revenue-share: through 2030, two-way sharing restated 2025-01-21, until 2025-10-28
  ['The Stargate Project plans to invest up to $500 billion over four years, with Microsoft as a technology partner.', 'ok', '2025-03-01'], // stargate: since 2025-01-21
  ['OpenAI was last valued at $157 billion in its October funding round.', 'ok', '2025-03-01'], // openai-valuation: $157B 2024-10 to 2025-03-31
  ['OpenAI made a new, large Azure commitment in January, though the amount was not disclosed.', 'ok', '2025-03-01'], // azure-commitment: undisclosed commitment 2025-01-21 to 2025-10-28
  ['Until January, Azure had been OpenAI’s exclusive cloud provider.', 'ok', '2025-03-01'], // cloud-compute: exclusivity framed as past (ended 2025-01-21)
  ['Microsoft retains a right of first refusal to be OpenAI’s compute provider.', 'flag', '2025-11-15'], // cloud-compute: ROFR removed 2025-10-28
  ['Microsoft still holds a 32.5% stake in OpenAI’s for-profit arm.', 'flag', '2025-11-15'], // equity-stake: 32.5% superseded by ~27% on 2025-10-28
  ['OpenAI’s nonprofit board alone decides when AGI has been achieved.', 'flag', '2025-11-15'], // agi-governance: replaced by expert-panel verification 2025-10-28
  ['Microsoft’s licence to OpenAI’s models is non-exclusive, and OpenAI can serve all its products on any cloud.', 'flag', '2025-11-15'], // ip-models-products/api-exclusivity: non-exclusive + any cloud only from 2026-04-27
  ['Microsoft secured a $135 billion deal to restructure its partnership with OpenAI.', 'flag', '2025-11-15'], // stake-value: $135B is the value of the stake, not the deal (wrong)
  ['Microsoft is entitled to 49% of OpenAI’s profits once it recoups its investment.', 'flag', '2025-11-15'], // equity-stake: profit interest replaced by ~27% equity on 2025-10-28
  ['Microsoft now holds about 27% of OpenAI Group PBC on an as-converted diluted basis, a stake valued at roughly $135 billion.', 'ok', '2025-11-15'], // equity-stake/stake-value: since 2025-10-28
  ['In the recapitalization, Microsoft’s stake fell from 32.5% to 27%.', 'ok', '2025-11-15'], // equity-stake: 32.5% framed as past
  ['Any AGI declaration by OpenAI will now be verified by an independent expert panel.', 'ok', '2025-11-15'], // agi-governance: expert panel 2025-10-28 to 2026-04-27
  ['OpenAI has contracted to purchase an incremental $250 billion of Azure services.', 'ok', '2025-11-15'], // azure-commitment: since 2025-10-28
  ['Microsoft’s IP rights to models and products extend through 2032 and include post-AGI models, but exclude OpenAI’s consumer hardware.', 'ok', '2025-11-15'], // ip-models-products/consumer-hardware: since 2025-10-28
  ['Microsoft no longer has a right of first refusal to be OpenAI’s compute provider.', 'ok', '2025-11-15'], // cloud-compute: ROFR removed 2025-10-28 (negated)
  ['The OpenAI Foundation holds about 26% of the for-profit, a stake worth roughly $130 billion.', 'ok', '2025-11-15'], // foundation-stake: since 2025-10-28
  ['OpenAI’s most recent valuation is $500 billion, set in last year’s secondary share sale.', 'flag', '2026-03-15'], // openai-valuation: ~$500B superseded by $730B pre-money on 2026-02-27
  ['Microsoft’s licence to OpenAI’s IP is now non-exclusive.', 'flag', '2026-03-15'], // ip-models-products: exclusive (reaffirmed 2026-02-27) until 2026-04-27
  ['Microsoft no longer pays OpenAI any share of its revenue.', 'flag', '2026-03-15'], // revenue-share: only from 2026-04-27
  ['Even after Amazon’s investment, Microsoft keeps its first right of refusal on OpenAI’s compute needs.', 'flag', '2026-03-15'], // cloud-compute: ROFR removed 2025-10-28
  ['Microsoft’s partnership with OpenAI runs until 2030, after which its access to OpenAI technology ends.', 'flag', '2026-03-15'], // contract-term: through-2030 contract superseded 2025-10-28 (model/product IP through 2032)
  ['OpenAI raised $110 billion at a $730 billion pre-money valuation, with Amazon committing $50 billion.', 'ok', '2026-03-15'], // openai-valuation: since 2026-02-27
  ['Microsoft and OpenAI said the new funding changes nothing in the October 2025 terms, including Microsoft’s exclusive IP licence.', 'ok', '2026-03-15'], // ip-models-products: exclusive licence reaffirmed 2026-02-27, until 2026-04-27
  ['Azure remains the exclusive cloud provider for OpenAI’s stateless APIs, including those built with third parties such as Amazon.', 'ok', '2026-03-15'], // api-exclusivity: 2026-02-27 statement, until 2026-04-27
  ['Microsoft holds roughly 27% of OpenAI on an as-converted basis.', 'ok', '2026-03-15'], // equity-stake: ~27% since 2025-10-28
  ['Revenue share payments to Microsoft continue until an expert panel verifies AGI, and they cover OpenAI’s third-party collaborations.', 'ok', '2026-03-15'], // revenue-share: Oct-2025 terms reaffirmed 2026-02-27, until 2026-04-27
  ['Microsoft gave up its right of first refusal on OpenAI compute back in October.', 'ok', '2026-03-15'], // cloud-compute: ROFR removal 2025-10-28, framed as past
  ['Nvidia and SoftBank each put $30 billion into OpenAI’s latest round.', 'ok', '2026-03-15'], // openai-valuation: ev-2026-02-27 round composition
  ['Would OpenAI’s tie-up with Amazon breach Azure exclusivity? Microsoft and OpenAI insist it does not.', 'ok', '2026-03-15'], // api-exclusivity: question
  ['Microsoft holds an exclusive license to OpenAI’s models and products through 2032.', 'flag', '2026-11-21'], // ip-models-products: non-exclusive since 2026-04-27
  ['The OpenAI API remains exclusive to Azure.', 'flag', '2026-11-21'], // api-exclusivity: removed 2026-04-27, any cloud
  ['Microsoft still pays OpenAI a share of Azure OpenAI revenue, so revenue sharing flows both ways.', 'flag', '2026-11-21'], // revenue-share: Microsoft stopped paying on 2026-04-27
  ['At its current $500 billion valuation, OpenAI is the most valuable private AI company.', 'flag', '2026-11-21'], // openai-valuation: ~$500B superseded 2026-02-27 ($730B pre-money)
  ['Microsoft owns 49% of OpenAI.', 'flag', '2026-11-21'], // equity-stake: 49% profit interest (reported) replaced by ~27% on 2025-10-28
  ['API products that OpenAI develops with third parties must still run on Azure.', 'flag', '2026-11-21'], // third-party-products: Azure-only rule 2025-10-28 to 2026-04-27; now any cloud
  ['Azure remains OpenAI’s exclusive cloud provider.', 'flag', '2026-11-21'], // cloud-compute: exclusivity ended 2025-01-21; primary cloud partner since 2026-04-27
  ['Microsoft remains OpenAI’s primary cloud partner, and OpenAI products ship first on Azure.', 'ok', '2026-11-21'], // cloud-compute/api-exclusivity: since 2026-04-27
  ['OpenAI can now serve all its products to customers across any cloud provider.', 'ok', '2026-11-21'], // api-exclusivity/third-party-products: since 2026-04-27
  ['Microsoft keeps a non-exclusive licence to OpenAI IP for models and products through 2032.', 'ok', '2026-11-21'], // ip-models-products: since 2026-04-27
  ['OpenAI’s revenue share payments to Microsoft continue through 2030 at the same percentage, subject to a total cap.', 'ok', '2026-11-21'], // revenue-share: since 2026-04-27
  ['Microsoft’s licence had been exclusive until the April 2026 amendment.', 'ok', '2026-11-21'], // ip-models-products: exclusivity framed as past (ended 2026-04-27)
  ['OpenAI’s February round valued the company at $730 billion pre-money.', 'ok', '2026-11-21'], // openai-valuation: $730B pre-money since 2026-02-27
  ['Microsoft has $13 billion in total funding commitments to OpenAI, of which $11.8 billion had been funded by March 31, 2026.', 'ok', '2026-11-21'], // ms-investment-amount: 10-Q filed 2026-04-29
  // A fourteenth batch of messy text: posts, translated news, typos, number formats, Markdown inside sentences.
  ['hot take: MSFT still has the **exclusive** license to OpenAI\'s models, so every GPT upgrade is locked to Copilot + Azure and nobody else can resell it 🤷', 'flag', '2026-11-21'], // ip-models-products: license non-exclusive since 2026-04-27
  ['Reminder for the newsletter crowd — the OpenAI API is _exclusive to Azure_, so if your stack lives on AWS you\'re out of luck.', 'flag', '2026-11-21'], // api-exclusivity: OpenAI can serve all products on any cloud since 2026-04-27
  ['Microsoft hold still the first-refusal right on every new compute capacity of OpenAI, according to analyst of brokerage.', 'flag', '2026-11-21'], // cloud-compute: ROFR removed 2025-10-28
  ['Azure remains OpenAI\'s sole cloud provider, which is why the GPU crunch hits both companies at once.', 'flag', '2026-11-21'], // cloud-compute: primary, not sole/exclusive cloud partner
  ['MSFT owns ~32.5% of OpenAI (as-converted) and that\'s the number your DCF should use, full stop.', 'flag', '2026-11-21'], // equity-stake: ~27% since 2025-10-28; 32.5% is pre-recap
  ['Microsoft is entitled to 49 per cent of OpenAI profits, said the report of local business newspaper on Monday.', 'flag', '2026-11-21'], // equity-stake: 49% profit interest replaced by ~27% equity at 2025-10-28 recap
  ['Roughly a third of OpenAI belongs to Redmond these days, per my back-of-envelope math.', 'flag', '2026-11-21'], // equity-stake: ~27%; one-third never took effect
  ['At a $500 billion valuation OpenAI is now worth more than most S&P 500 constituents (yes, really).', 'flag', '2026-11-21'], // openai-valuation: $730B pre-money since Feb-2026 round
  ['The revenue-sharing still flows both ways: OpenAI pays Microsoft, and Microsoft pays OpenAI a cut of Azure OpenAI sales.', 'flag', '2026-11-21'], // revenue-share: Microsoft no longer pays OpenAI a revenue share since 2026-04-27
  ['Revenue-share payments to Microsoft run only until AGI is declared and verified, after which they simply stop.', 'flag', '2026-11-21'], // revenue-share: now through 2030, independent of technology progress
  ['Microsoft\'s $135 billion OpenAI agreement is the biggest AI partnership ever signed, says the deck on slide 4.', 'flag', '2026-11-21'], // stake-value: $135B is the value of Microsoft\'s stake, not the deal
  ['Microsoft committed US$250bn to OpenAI for compute — absolutely insane capex!!', 'flag', '2026-11-21'], // azure-commitment: OpenAI contracted to buy $250B of Azure, not Microsoft committing it
  ['Microsoft has *exclusive* rights to OpenAI\'s IP until 2032, so don\'t expect OpenAI models on other clouds.', 'flag', '2026-11-21'], // ip-models-products: license through 2032 is non-exclusive; api-exclusivity: any cloud
  ['MSFT is contractually barred from building its own AGI for as long as the OpenAI pact runs.', 'flag', '2026-11-21'], // ms-pursue-agi: Microsoft can independently pursue AGI since 2025-10-28
  ['OpenAI\'s board alone gets to decide when AGI arrives, and at that point Microsoft loses access to new models.', 'flag', '2026-11-21'], // agi-governance/ip-models-products: board-alone rule stale; license runs fixed through 2032
  ['Of the $13B, Microsoft has funded $11.6 billion so far, per its latest 10-Q.', 'flag', '2026-11-21'], // ms-investment-amount: $11.8B funded as of 2026-03-31; $11.6B is stale
  ['OpenAI is still a capped-profit company controlled by a nonprofit board, so equity math doesn\'t really apply.', 'flag', '2026-11-21'], // foundation-stake: recapitalized into OpenAI Group PBC on 2025-10-28
  ['The partnership extends until 2030, at which point Microsoft\'s access to OpenAI models lapses.', 'flag', '2026-11-21'], // contract-term/ip-models-products: model/product license through 2032
  ['Stargate, the $100 billion infrastructure buildout, is co-funded by Microsoft and SoftBank.', 'flag', '2026-11-21'], // stargate: up to $500B over four years; Microsoft a technology partner, not investor
  ['**Fun fact:** Microsoft still pays OpenAI a revenue share on every Azure OpenAI call[^2].', 'flag', '2026-11-21'], // revenue-share: Microsoft no longer pays a revenue share since 2026-04-27
  ['`// TODO` aside, the ROFR means Azure gets first dibs on any new OpenAI datacenter.', 'flag', '2026-11-21'], // cloud-compute: ROFR removed 2025-10-28 (stale claim is in prose, not code)
  ['Microsoft\'s licence remains exclusive — the Feb 2026 joint statement confirmed it and nothing has changed since.', 'flag', '2026-11-21'], // ip-models-products: made non-exclusive by 2026-04-27 amendment
  ['OpenAI can\'t sell its models through Google Cloud because Azure holds API exclusivity until AGI.', 'flag', '2026-11-21'], // api-exclusivity: any cloud since 2026-04-27
  ['Microsoft owns 27pct of OpenAI, which it got for a fresh $135 bln investment in October.', 'flag', '2026-11-21'], // stake-value: $135B is the stake\'s value, not new money
  ['Microsoft company have exclusive right of cloud for OpenAI API, the agreement is say, and also for Amazon products.', 'flag', '2026-11-21'], // api-exclusivity: Azure exclusivity for stateless APIs ended 2026-04-27
  ['Microsoft owns ~27% of OpenAI Group PBC on an as-converted diluted basis[^1], per its own filings.', 'ok', '2026-11-21'], // equity-stake: ~27% (10-Q 2026-04-29)
  ['MSFT stake: twenty-seven percent, down from 32.5% before the recap.', 'ok', '2026-11-21'], // equity-stake: current 27%, 32.5% framed as past
  ['Redmond\'s stake was valued at approximately US$135bn at the October 2025 recapitalisation (a mark, not new money).', 'ok', '2026-11-21'], // stake-value: ~$135B at recap
  ['Microsoft\'s total funding commitment to OpenAI is $13,000,000,000, of which $11.8 billion had been funded as of March 31, 2026.', 'ok', '2026-11-21'], // ms-investment-amount: $13B committed, $11.8B funded
  ['13 bln USD committed, 11.8 bln funded — Microsoft accounts it under the equity method, per the 10-Q.', 'ok', '2026-11-21'], // ms-investment-amount
  ['OpenAI raised $110B in February at a $730bn pre-money valuation (about $840bn fully diluted).', 'ok', '2026-11-21'], // openai-valuation: $730B pre-money since 2026-02-27
  ['Since the April rewrite, Microsoft\'s license to OpenAI models and products runs through 2032 but is _non exclusive_.', 'ok', '2026-11-21'], // ip-models-products: non-exclusive through 2032
  ['OpenAI can now serve all its products on any cloud provider, though new stuff ships first on Azure unless Microsoft can\'t and chooses not to support it.', 'ok', '2026-11-21'], // api-exclusivity: any cloud, ship-first-on-Azure rule
  ['Microsoft is OpenAI\'s **primary** cloud partner — not its exclusive one.', 'ok', '2026-11-21'], // cloud-compute: primary cloud partner
  ['Microsoft gave up its right of first refusal on OpenAI compute back in Oct 2025.', 'ok', '2026-11-21'], // cloud-compute: ROFR removed, framed as past
  ['Microsoft no longer pays a revenue share to OpenAI; the money now only flows one way.', 'ok', '2026-11-21'], // revenue-share: since 2026-04-27
  ['OpenAI keeps paying Microsoft the same percentage of revenue through 2030, subject to a total cap, regardless of tech progress.', 'ok', '2026-11-21'], // revenue-share: current terms
  ['The reported ~20 per cent revenue share (per CNBC) still runs to 2030, now with a cap on the total.', 'ok', '2026-11-21'], // revenue-share: 20% framed as reported; cap and 2030 official
  ['OpenAI has contracted to buy an incremental $250B of Azure services — that\'s OpenAI\'s commitment, not Microsoft\'s.', 'ok', '2026-11-21'], // azure-commitment
  ['Microsoft can now pursue AGI on its own or together with third parties.', 'ok', '2026-11-21'], // ms-pursue-agi
  ['OpenAI is able to release open- weight models that meet requisite capability criteria.', 'ok', '2026-11-21'], // open-weights
  ['Microsoft\'s IP rights exclude OpenAI\'s consumer hardware, so whatever gadget OpenAI ships sits outside the license.', 'ok', '2026-11-21'], // consumer-hardware (presumed unchanged)
  ['The OpenAI Foundation holds roughly 26% of the PBC (worth ~$130B at the recap), plus more equity if a valuation milestone is hit.', 'ok', '2026-11-21'], // foundation-stake
  ['Back in 2019 OpenAI wrote that "Microsoft will become our exclusive cloud provider" — that hasn\'t been true for years.', 'ok', '2026-11-21'], // cloud-compute: historical quote, framed as past
  ['Is Azure still the exclusive cloud for OpenAI\'s API? No — since April 2026 OpenAI can sell on any cloud.', 'ok', '2026-11-21'], // api-exclusivity: question + correct answer
  ['Quick q for the forum: does Microsoft still hold a ROFR on OpenAI compute, or did that go away?', 'ok', '2026-11-21'], // cloud-compute: question
  ['If the license were still exclusive, other clouds couldn\'t sell OpenAI products at all — but it isn\'t, so they can.', 'ok', '2026-11-21'], // ip-models-products: hypothetical, then correct
  ['Our legacy schema still has `azure_api_exclusive: true` in it; ignore that field.', 'ok', '2026-11-21'], // api-exclusivity: stale phrase only inside inline code
  ['grep the wiki for `right of first refusal` and replace it with \'primary cloud partner\'.', 'ok', '2026-11-21'], // cloud-compute: stale phrase only in code; replacement is current
  ['Anthropic\'s Claude models are sold on AWS, Google Cloud and Azure, a multi-cloud setup OpenAI is now free to copy.', 'ok', '2026-11-21'], // other company; api-exclusivity current
  ['Nvidia put in $30 billion and SoftBank another $30B in OpenAI\'s February round, with Amazon at $50B ($15B upfront, $35B on conditions).', 'ok', '2026-11-21'], // openai-valuation: Feb-2026 round details
  ['Unrelated, but Azure revenue grew 39% y/y last quarter and the stock ticked up 2 per cent on the print.', 'ok', '2026-11-21'], // unrelated numbers
  ['Stargate (OpenAI, SoftBank, Oracle and MGX) aims to invest up to $500 billion over four years; Microsoft is a tech partner, not an equity holder.', 'ok', '2026-11-21'], // stargate
  ['Under the 2023 deal Azure was the exclusive cloud provider for all OpenAI workloads; that became a ROFR in Jan 2025 and was dropped entirely that October.', 'ok', '2026-11-21'], // cloud-compute: historical
  ['Microsoft used to hold a profit interest (reportedly 49% after recouping its money) before the 2025 recap turned it into ordinary equity.', 'ok', '2026-11-21'], // equity-stake: 49% framed as past/reported
  ['In February 2026 both firms said Azure stayed the exclusive cloud for stateless APIs; two months later that was gone.', 'ok', '2026-11-21'], // api-exclusivity: Feb-2026 framed as past
  ['Translation: Microsoft is no more exclusive licensee; licence to OpenAI IP is non-exclusive until 2032 year.', 'ok', '2026-11-21'], // ip-models-products: machine-translated, correct
  ['[OpenAI](https://example.com/openai) ships new products first on Azure, except when Microsoft cannot and chooses not to support the required capabilities.', 'ok', '2026-11-21'], // api-exclusivity: ship-first rule
  ['Microsoft holds a bit more than a quarter of OpenAI — call it 27% — and that\'s the figure in the 10-Q.', 'ok', '2026-11-21'], // equity-stake: ~27%
  ['Under the new deal Microsoft keeps its right of first refusal on OpenAI\'s future compute capacity.', 'flag', '2025-11-01'], // cloud-compute: ROFR removed in 2025-10-28 agreement
  ['Microsoft now holds 32.5 per cent of the newly formed OpenAI Group PBC.', 'flag', '2025-11-01'], // equity-stake: ~27% after recap; 32.5% pre-recap
  ['OpenAI can now run ALL of its products — API included — on AWS or Google Cloud, per this week\'s agreement.', 'flag', '2025-11-01'], // api-exclusivity: Oct-2025 kept Azure API exclusivity until AGI; any-cloud only from 2026-04-27
  ['Big change: Microsoft\'s license to OpenAI IP is now **non-exclusive** through 2032.', 'flag', '2025-11-01'], // ip-models-products: exclusive until AGI in Oct-2025 terms; non-exclusive only from 2026-04-27
  ['Per the new terms, Microsoft no longer pays OpenAI any revenue share at all.', 'flag', '2025-11-01'], // revenue-share: Microsoft stopped paying only from 2026-04-27
  ['OpenAI\'s revenue share to Microsoft is now capped and runs through 2030 regardless of AGI.', 'flag', '2025-11-01'], // revenue-share: Oct-2025 share lasts until panel verifies AGI; cap/2030 only from 2026-04-27
  ['OpenAI\'s board still has sole authority to declare AGI, which would cut Microsoft off overnight.', 'flag', '2025-11-01'], // agi-governance: expert-panel verification since 2025-10-28
  ['With OpenAI at a $730 billion valuation, Microsoft\'s slice is worth far more than reported.', 'flag', '2025-11-01'], // openai-valuation: $730B only from Feb-2026 round; ~$500B in Oct-2025
  ['Microsoft committed another $250 billion to OpenAI this week, on top of the $13bn.', 'flag', '2025-11-01'], // azure-commitment: OpenAI buys $250B of Azure, not Microsoft investing
  ['Microsoft\'s $135bn partnership overhaul with OpenAI was signed on Tuesday.', 'flag', '2025-11-01'], // stake-value: $135B is the stake value, not the deal
  ['Microsoft\'s IP rights to OpenAI research now last until 2032.', 'flag', '2025-11-01'], // ip-research: research IP until AGI verification or 2030, whichever first
  ['Azure remains OpenAI\'s exclusive cloud provider for everything — research, training and products.', 'flag', '2025-11-01'], // cloud-compute: exclusivity replaced by ROFR 2025-01-21, ROFR removed 2025-10-28
  ['Microsoft still can not build AGI on its own, contract forbid it, explain the ministry official.', 'flag', '2025-11-01'], // ms-pursue-agi: Microsoft may pursue AGI since 2025-10-28
  ['Microsoft now owns around 27% of OpenAI Group PBC, a stake valued at roughly $135 billion.', 'ok', '2025-11-01'], // equity-stake, stake-value
  ['Azure API exclusivity stays in place until AGI, which now has to be verified by an independent expert panel.', 'ok', '2025-11-01'], // api-exclusivity, agi-governance (Oct-2025 frame)
  ['Microsoft\'s rights to models and products extend through 2032 and now include post-AGI models, with safety guardrails.', 'ok', '2025-11-01'], // ip-models-products (Oct-2025 frame)
  ['MSFT research-IP access: ends at 2030 or earlier, if the expert panel signs off on AGI before then.', 'ok', '2025-11-01'], // ip-research
  ['Microsoft no longer has a right of first refusal to be OpenAI\'s compute provider — a big concession.', 'ok', '2025-11-01'], // cloud-compute: ROFR removed 2025-10-28
  ['OpenAI contracted to buy an incremental US$250 bn of Azure services as part of the deal.', 'ok', '2025-11-01'], // azure-commitment
  ['Non-API products OpenAI builds with third parties can run on any cloud, but API products stay exclusive to Azure.', 'ok', '2025-11-01'], // third-party-products (Oct-2025 frame)
  ['Carve-out nobody talks about: US natsec agencies can buy OpenAI API on whatever cloud they like, Azure or not.', 'ok', '2025-11-01'], // national-security
  ['Open weight models that meet "requisite capability criteria" are fair game for OpenAI now.', 'ok', '2025-11-01'], // open-weights
  ['The revenue share continues until the panel verifies AGI, though payments are stretched over a longer period.', 'ok', '2025-11-01'], // revenue-share (Oct-2025 frame)
  ['Per the blog post, OpenAI remains Microsoft\'s frontier model partner.', 'ok', '2025-11-01'], // frontier-model-partner (Oct-2025)
  ['Of its US$13bn commitment, Microsoft had funded $11.6bn by Sept 30, per the 10-Q filed this week.', 'ok', '2025-11-01'], // ms-investment-amount: $11.6B as of 2025-09-30
  ['The nonprofit — renamed OpenAI Foundation — keeps control and holds ~26%, worth about $130 billion.', 'ok', '2025-11-01'], // foundation-stake
  ['Microsoft\'s stake was 32.5% before the recapitalization, excluding the recent funding rounds.', 'ok', '2025-11-01'], // equity-stake: 32.5% framed as past
  ['Under the old deal OpenAI\'s board alone decided on AGI; now an expert panel verifies any declaration.', 'ok', '2025-11-01'], // agi-governance: past framing + Oct-2025 rule
  ['Research IP doesn\'t cover model weights, architecture, inference code or finetuning code — Microsoft keeps those non-Research IP rights.', 'ok', '2025-11-01'], // ip-research-scope
  ['The `rofr: true` flag in our old tracker is dead since Tuesday\'s announcement.', 'ok', '2025-11-01'], // cloud-compute: stale phrase only in code; ROFR removed
  // A fifteenth batch of traps: old figures framed as history, negations, other companies and unrelated numbers, each next to a stale twin.
  ['Microsoft committed $250 billion to build Azure capacity for OpenAI.', 'flag'], // azure-commitment: OpenAI buys $250B of Azure, not Microsoft
  ['The holding, which was 32.5% before the recapitalization, was diluted to about 27% when OpenAI became a public benefit corporation in October 2025.', 'ok'], // equity-stake: historical 32.5%, current 27%
  ['OpenAI has contracted to buy an incremental $250 billion of Azure services.', 'ok'], // azure-commitment: current
  ['Amazon has committed up to $8 billion to Anthropic, and AWS is Anthropic\'s primary cloud and training partner.', 'ok'], // other company: Amazon-Anthropic, not cloud-compute
  ['Windows 10 support ended in October 2025, the same month Microsoft and OpenAI signed their definitive agreement.', 'ok'], // unrelated \'ended\' near Microsoft/OpenAI
  ['Critics who say Microsoft "owns half of OpenAI" are relying on a 2023 profit-sharing report that the recapitalization made obsolete.', 'ok'], // equity-stake: stale claim quoted and rebutted
  ['Microsoft is contractually barred from pursuing AGI on its own.', 'flag'], // ms-pursue-agi: may pursue AGI independently
  ['Microsoft had held first dibs on OpenAI\'s new capacity until October 2025.', 'ok'], // cloud-compute: ROFR framed as ended Oct 2025
  ['Microsoft gets 75% of OpenAI\'s profits until it recoups its investment, after which its share drops to 49%.', 'flag'], // equity-stake: reported 2023 terms stated as current
  ['The OpenAI Foundation controls the PBC and holds about 26% of it.', 'ok'], // foundation-stake: current
  ['Will OpenAI keep paying Microsoft after 2030?', 'ok'], // revenue-share: question about the future
  ['Were Azure still the exclusive cloud, OpenAI could not sell its products on AWS or Google Cloud.', 'ok'], // api-exclusivity/cloud-compute: counterfactual
  ['Microsoft\'s total investment in OpenAI amounts to $1 billion.', 'flag'], // ms-investment-amount: $13B commitment
  ['If SoftBank ended up with 32.5% of a Stargate site venture, that would be SoftBank\'s stake, not Microsoft\'s.', 'ok'], // hypothetical, other company: 32.5% not equity-stake
  ['Under today\'s contract, every OpenAI product must run exclusively on Azure.', 'flag'], // api-exclusivity: any cloud since 2026-04-27
  ['Microsoft\'s rights to OpenAI\'s models end as soon as AGI is achieved.', 'flag'], // ip-models-products: license fixed through 2032
  ['The $157 billion valuation of October 2024 now looks modest next to OpenAI\'s $730 billion pre-money price.', 'ok'], // openai-valuation: $157B historical
  ['Microsoft holds an exclusive license to OpenAI\'s models and products through 2032.', 'flag'], // ip-models-products: license non-exclusive since 2026-04-27
  ['Until October 2025, Microsoft\'s rights were limited to pre-AGI technology and OpenAI\'s board alone would have decided when AGI arrived.', 'ok'], // agi-governance / ip-models-products: pre-Oct-2025 terms framed as history
  ['OpenAI is valued at $500 billion, the price set in its most recent funding.', 'flag'], // openai-valuation: now $730B pre-money (Feb 2026)
  ['OpenAI launches land on Azure first unless Microsoft cannot, and chooses not to, support the capabilities they need.', 'ok'], // api-exclusivity: ship-first-on-Azure rule reworded
  ['Azure is OpenAI\'s exclusive cloud provider.', 'flag'], // cloud-compute: now primary cloud partner, no exclusivity
  ['Microsoft\'s January 2025 blog said the core terms held "for the duration of our contract through 2030," wording later superseded by the 2032 license.', 'ok'], // contract-term: 2025-01-21 quotation framed as superseded
  ['Microsoft\'s license to OpenAI\'s models and products lasts until 2032 and is shared rather than exclusive.', 'ok'], // ip-models-products: non-exclusive through 2032
  ['Back then Azure was OpenAI\'s exclusive cloud provider; today Microsoft is described as its primary cloud partner.', 'ok'], // cloud-compute: exclusivity historical, primary cloud partner current
  ['Microsoft shares slipped about 3% after earnings even as Azure revenue grew 39%.', 'ok'], // unrelated numbers near Microsoft/Azure
  ['The OpenAI API remains exclusive to Azure.', 'flag'], // api-exclusivity: any cloud since 2026-04-27
  ['The ROFR was scrapped in the definitive agreement signed on October 28, 2025.', 'ok'], // cloud-compute: ROFR removed 2025-10-28
  ['If Microsoft still held 32.5%, its stake would be worth considerably more at the latest valuation.', 'ok'], // equity-stake: counterfactual
  ['Microsoft\'s effective tax rate of roughly 19% has nothing to do with its OpenAI stake.', 'ok'], // unrelated number near stake
  ['Roughly 27 of every 100 OpenAI shares, counted on an as-converted diluted basis, belong to Microsoft.', 'ok'], // equity-stake: ~27% in unusual words
  ['CoreWeave\'s contracts with OpenAI, reportedly worth up to $22.4 billion, sit outside Azure entirely.', 'ok'], // other company: CoreWeave contracts, consistent with cloud-compute (no exclusivity)
  ['Meta\'s plan to spend up to $135 billion on capital projects in 2026 has no connection to the value of Microsoft\'s OpenAI stake.', 'ok'], // other company: $135B is Meta capex, not stake-value
  ['SoftBank\'s part in the $500 billion Stargate plan is an infrastructure commitment over four years, not a valuation of OpenAI.', 'ok'], // stargate: $500B over four years, not openai-valuation
  ['Microsoft is no longer barred from developing its own AGI.', 'ok'], // ms-pursue-agi: correctly negated
  ['OpenAI\'s payments to Microsoft stop once AGI is declared.', 'flag'], // revenue-share: through 2030, independent of technology progress
  ['Redmond\'s slice of the ChatGPT maker is a little over a quarter of the company on an as-converted basis.', 'ok'], // equity-stake: ~27% in unusual words
  ['At the time, reports said Microsoft would collect 75% of OpenAI\'s profits until it had earned back its money.', 'ok'], // equity-stake: 2023 reported terms framed as past
  ['As previously disclosed, we account for our $13 billion of total funding commitments to OpenAI under the equity method.', 'ok'], // ms-investment-amount: IR wording, current
  ['Microsoft continues to pay OpenAI roughly 20% of its Azure OpenAI revenue.', 'flag'], // revenue-share: Microsoft no longer pays a revenue share
  ['A Microsoft bond maturing in 2032 would be priced on credit risk, not on when the OpenAI license expires.', 'ok'], // 2032 refers to a bond maturity
  ['Azure is OpenAI\'s main cloud, not its only one.', 'ok'], // cloud-compute: primary cloud partner, no exclusivity
  ['Microsoft has held 32.5% of OpenAI ever since the October 2025 recapitalization.', 'flag'], // equity-stake: post-recap stake is ~27%
  ['Microsoft still has a right of first refusal on any new compute capacity OpenAI needs.', 'flag'], // cloud-compute: ROFR removed 2025-10-28
  ['Is the OpenAI API still exclusive to Azure? Not anymore: since April 2026 it can be served from any cloud.', 'ok'], // api-exclusivity: question plus correct negation
  ['The money now flows in one direction: OpenAI pays Microsoft a revenue share, and Microsoft no longer pays OpenAI.', 'ok'], // revenue-share: current one-way share
  ['If OpenAI ever goes public, Microsoft\'s 27% could be worth well over $135 billion.', 'ok'], // equity-stake, stake-value: conditional prediction
  ['Azure holds roughly 20% of the cloud infrastructure market, second to AWS.', 'ok'], // unrelated number: market share, not revenue-share 20%
  ['Azure no longer has exclusive rights to OpenAI\'s API, although OpenAI products still ship there first.', 'ok'], // api-exclusivity: correctly negated, ship-first current
  ['Microsoft still has first dibs on OpenAI\'s new data center capacity.', 'flag'], // cloud-compute: ROFR removed 2025-10-28
  ['A 27% one-day jump in a neocloud\'s shares says nothing about Microsoft\'s OpenAI holding.', 'ok'], // unrelated number: share move, not equity-stake
  ['Microsoft had about 228,000 employees as of June 30, 2025.', 'ok'], // unrelated number: headcount
  ['Google reportedly owns about 14% of Anthropic and agreed in 2025 to supply it with up to one million TPUs.', 'ok'], // other company: Google-Anthropic stake
  ['The exclusive license is gone: Microsoft keeps rights to OpenAI models and products through 2032, but on a non-exclusive basis.', 'ok'], // ip-models-products: non-exclusive through 2032
  ['Microsoft\'s stake is 32.5%, according to the latest filings.', 'flag'], // equity-stake: 32.5% stated as current; now ~27%
  ['The April 2026 amendment dropped the rule that API products built with partners had to run only on Azure.', 'ok'], // third-party-products: Azure-only rule superseded 2026-04-27
  ['Microsoft\'s IP rights last until 2032 or until AGI arrives, whichever comes first.', 'flag'], // ip-models-products: wrong form; fixed 2032
  ['Microsoft\'s stake may one day be worth more than $500 billion if OpenAI keeps growing at its current pace.', 'ok'], // stake-value: prediction, $500B not a valuation claim
  ['In the original 2019 agreement, Microsoft invested $1 billion and OpenAI said Microsoft would become its exclusive cloud provider.', 'ok'], // ms-investment-amount, cloud-compute: 2019 terms framed as history
  ['OpenAI Group PBC replaced the capped-profit structure that had been in place since 2019.', 'ok'], // foundation-stake: capped-profit framed as past
  ['Microsoft still holds the 32.5% stake it had before the recapitalization.', 'flag'], // equity-stake: stale 32.5% asserted as current
  ['Microsoft\'s license to OpenAI\'s models and products expires in 2030.', 'flag'], // ip-models-products / contract-term: through 2032
  ['The April 2026 amendment ended Microsoft\'s payments to OpenAI but left OpenAI\'s payments to Microsoft in place through 2030.', 'ok'], // revenue-share: current
  ['Microsoft\'s stake, 32.5% before the recapitalization, is now about 27%.', 'ok'], // equity-stake: 32.5% framed as pre-recap history, ~27% current
  ['Prior to the Amendment, the license granted to Microsoft was exclusive; following the Amendment, it is non-exclusive and continues through 2032.', 'ok'], // ip-models-products: legal style, exclusivity historical
  ['Microsoft stopped paying OpenAI a revenue share when the companies amended their agreement on April 27, 2026.', 'ok'], // revenue-share: Microsoft no longer pays since 2026-04-27
  ['Microsoft\'s pledge to be carbon negative by 2030 is a sustainability target, not a contract date with OpenAI.', 'ok'], // 2030 refers to climate target
  ['API exclusivity ended in April 2026, and OpenAI can now sell all of its products through any cloud provider.', 'ok'], // api-exclusivity: any cloud since 2026-04-27
  ['Under the old contract, revenue sharing flowed both ways; since April 2026 only OpenAI pays.', 'ok'], // revenue-share: two-way sharing historical, one-way current
  ['OpenAI still operates as a capped-profit company controlled by its nonprofit.', 'flag'], // foundation-stake: capped-profit replaced by PBC
  ['Why do so many explainers still claim Microsoft owns 49% of OpenAI?', 'ok'], // equity-stake: question implying 49% is stale
  ['OpenAI will keep handing Microsoft the same percentage of its revenue until 2030, though the total is now capped.', 'ok'], // revenue-share: current terms reworded
  ['Oracle\'s reported $300 billion compute contract with OpenAI was widely linked to Oracle\'s September 2025 share surge.', 'ok'], // other company: $300B is an Oracle contract, not openai-valuation
  ['Had the right of first refusal survived, Microsoft could have matched rival bids for OpenAI\'s new capacity.', 'ok'], // cloud-compute: counterfactual, ROFR removed
  ['Microsoft is free to chase AGI on its own or with other partners.', 'ok'], // ms-pursue-agi: current
  ['Microsoft now owns roughly 27% of OpenAI Group PBC, down from 32.5%.', 'ok'], // equity-stake: current 27%, 32.5% historical
  ['Microsoft\'s $135 billion deal with OpenAI gives it a 27% stake.', 'flag'], // stake-value: $135B is the stake\'s value, not the deal size
  ['Under the current deal, Microsoft receives 49% of OpenAI\'s profits.', 'flag'], // equity-stake: 49% profit interest superseded 2025-10-28
  ['Microsoft gave up its right of first refusal over OpenAI compute in the October 2025 deal.', 'ok'], // cloud-compute: ROFR relinquished 2025-10-28
  ['OpenAI\'s February 2026 round, with Amazon, Nvidia and SoftBank, raised $110 billion at a $730 billion pre-money valuation.', 'ok'], // openai-valuation: current
  ['Does Microsoft still own 32.5% of OpenAI?', 'ok'], // equity-stake: question, no assertion
  ['Microsoft owns about one-third of the restructured OpenAI.', 'flag'], // equity-stake: one-third never took effect; ~27%
  ['OpenAI was valued at around $500 billion in an October 2025 share sale, before the February 2026 round set a $730 billion pre-money valuation.', 'ok'], // openai-valuation: $500B historical, $730B current
  ['As the October 2025 terms put it at the time, Azure API exclusivity was to last until AGI; the April 2026 amendment removed that exclusivity altogether.', 'ok'], // api-exclusivity: Oct-2025 term framed as past
  ['Microsoft lost its Azure API exclusivity in the April 2026 amendment.', 'ok'], // api-exclusivity: ended 2026-04-27
  ['OpenAI now operates without the Azure API exclusivity that bound it until April 2026.', 'ok'], // api-exclusivity: correctly framed as ended
  ['Microsoft previously held a right of first refusal on new OpenAI compute, but the October 2025 agreement removed it.', 'ok'], // cloud-compute: ROFR historical, removed 2025-10-28
  ['Stargate is a $100 billion infrastructure buildout by OpenAI, SoftBank and Oracle.', 'flag'], // stargate: up to $500B over four years
  ['Of its $13 billion funding commitment, Microsoft had funded $11.8 billion as of March 31, 2026.', 'ok'], // ms-investment-amount: official 10-Q figures, dated
  ['Microsoft\'s stake was valued at approximately $135 billion at the recapitalization, and later funding rounds imply a higher figure.', 'ok'], // stake-value: $135B framed as recap value
  ['The 2023 deal reportedly gave Microsoft 49% of profits after it recouped its investment, a profit interest that was swapped for ordinary equity in the 2025 recapitalization.', 'ok'], // equity-stake: 49% reported and framed as superseded
  ['The revenue share, reportedly 20%, continues through 2030 at the same percentage, subject to a total cap.', 'ok'], // revenue-share: 20% framed as reported
  ['The partnership runs until 2030, after which Microsoft loses access to OpenAI\'s models.', 'flag'], // contract-term / ip-models-products: license runs through 2032
  ['Microsoft\'s stake, which stands at 32.5% on an as-converted basis, is worth about $135 billion.', 'flag'], // equity-stake: 32.5% stated as current
  ['API products that OpenAI develops with third parties such as Amazon must still run on Azure.', 'flag'], // third-party-products: any cloud since 2026-04-27
  ['In 2019 OpenAI wrote that "Microsoft will become our exclusive cloud provider," language that no longer describes the relationship.', 'ok'], // cloud-compute: 2019 quotation framed as past
  ['Microsoft remains OpenAI\'s sole cloud provider.', 'flag'], // cloud-compute: primary, not sole
  ['Meta paid roughly $14 billion for a 49% stake in Scale AI, a deal unrelated to Microsoft\'s position in OpenAI.', 'ok'], // other company: 49% is Meta/Scale, not equity-stake
  ['Revenue sharing between Microsoft and OpenAI still flows both ways.', 'flag'], // revenue-share: Microsoft no longer pays since 2026-04-27
  // A sixteenth batch in the style of the coverage of 28 October 2025, judged today and as of 1 November 2025.
  ['Microsoft will hold roughly 27% of OpenAI Group PBC on an as-converted diluted basis, a stake valued at about $135 billion.', 'ok'], // equity-stake + stake-value: current ~27%, ~$135B
  ['Microsoft will hold roughly 27% of OpenAI Group PBC on an as-converted diluted basis, a stake valued at about $135 billion.', 'ok', '2025-11-01'], // equity-stake + stake-value: current ~27%, ~$135B
  ['Microsoft now owns a 32.5% stake in the restructured OpenAI, according to people familiar with the matter.', 'flag'], // equity-stake: 32.5% is the pre-recap figure, now ~27%
  ['Microsoft now owns a 32.5% stake in the restructured OpenAI, according to people familiar with the matter.', 'flag', '2025-11-01'], // equity-stake: 32.5% is the pre-recap figure, now ~27%
  ['Microsoft\'s stake fell from 32.5% to about 27% once the impact of OpenAI\'s recent funding rounds was included.', 'ok'], // equity-stake: 32.5% framed as historical
  ['Microsoft\'s stake fell from 32.5% to about 27% once the impact of OpenAI\'s recent funding rounds was included.', 'ok', '2025-11-01'], // equity-stake: 32.5% framed as historical
  ['The $135 billion deal gives Microsoft a long runway of access to OpenAI\'s models.', 'flag'], // stake-value: $135B is the stake value, not the deal size
  ['The $135 billion deal gives Microsoft a long runway of access to OpenAI\'s models.', 'flag', '2025-11-01'], // stake-value: $135B is the stake value, not the deal size
  ['Microsoft invested $135 billion in OpenAI as part of the restructuring, the biggest single bet of its history.', 'flag'], // stake-value: $135B is not new money; ms-investment-amount is $13B
  ['Microsoft invested $135 billion in OpenAI as part of the restructuring, the biggest single bet of its history.', 'flag', '2025-11-01'], // stake-value: $135B is not new money; ms-investment-amount is $13B
  ['The OpenAI Foundation, as the nonprofit is now called, holds about 26% of the new for-profit, worth roughly $130 billion.', 'ok'], // foundation-stake: ~26%, ~$130B
  ['The OpenAI Foundation, as the nonprofit is now called, holds about 26% of the new for-profit, worth roughly $130 billion.', 'ok', '2025-11-01'], // foundation-stake: ~26%, ~$130B
  ['Under the new structure the OpenAI Foundation owns 47% of OpenAI Group PBC, with Microsoft holding 27%.', 'flag'], // foundation-stake: Foundation ~26%; 47% is employees+investors
  ['Under the new structure the OpenAI Foundation owns 47% of OpenAI Group PBC, with Microsoft holding 27%.', 'flag', '2025-11-01'], // foundation-stake: Foundation ~26%; 47% is employees+investors
  ['Employees and other investors hold the remaining 47% or so of the company.', 'ok'], // foundation-stake: employees + investors ~47%
  ['Employees and other investors hold the remaining 47% or so of the company.', 'ok', '2025-11-01'], // foundation-stake: employees + investors ~47%
  ['The Foundation also gets additional ownership if the for-profit reaches a valuation milestone.', 'ok'], // foundation-stake: valuation-milestone equity
  ['The Foundation also gets additional ownership if the for-profit reaches a valuation milestone.', 'ok', '2025-11-01'], // foundation-stake: valuation-milestone equity
  ['OpenAI remains a capped-profit company controlled by its nonprofit board.', 'flag'], // foundation-stake: capped-profit structure replaced 2025-10-28 by PBC
  ['OpenAI remains a capped-profit company controlled by its nonprofit board.', 'flag', '2025-11-01'], // foundation-stake: capped-profit structure replaced 2025-10-28 by PBC
  ['Once OpenAI declares AGI, that declaration will now have to be verified by an independent expert panel.', 'ok', '2025-11-01'], // agi-governance: Oct-2025 panel rule; unclear after 2026-04-27
  ['OpenAI\'s board alone still gets to decide when AGI has been reached, which would end Microsoft\'s rights to its technology.', 'flag'], // agi-governance: board-alone rule superseded 2025-10-28; ip-models-products runs through 2032
  ['OpenAI\'s board alone still gets to decide when AGI has been reached, which would end Microsoft\'s rights to its technology.', 'flag', '2025-11-01'], // agi-governance: board-alone rule superseded 2025-10-28; ip-models-products runs through 2032
  ['Who sits on the expert panel, and what criteria it will apply, has not been disclosed.', 'ok', '2025-11-01'], // agi-governance: panel details undisclosed; panel status unclear after 2026-04-27
  ['Microsoft\'s IP rights for models and products are extended through 2032 and now include post-AGI models, with appropriate safety guardrails.', 'ok'], // ip-models-products: license through 2032 (non-exclusive today, not claimed exclusive)
  ['Microsoft\'s IP rights for models and products are extended through 2032 and now include post-AGI models, with appropriate safety guardrails.', 'ok', '2025-11-01'], // ip-models-products: license through 2032 (non-exclusive today, not claimed exclusive)
  ['Microsoft now has exclusive rights to OpenAI\'s models through 2032.', 'flag'], // ip-models-products: exclusivity was only until AGI; never exclusive through 2032
  ['Microsoft now has exclusive rights to OpenAI\'s models through 2032.', 'flag', '2025-11-01'], // ip-models-products: exclusivity was only until AGI; never exclusive through 2032
  ['The partnership is exclusive through 2032, locking OpenAI into Azure for seven more years.', 'flag'], // ip-models-products/api-exclusivity: \'exclusive through 2032\' never true
  ['The partnership is exclusive through 2032, locking OpenAI into Azure for seven more years.', 'flag', '2025-11-01'], // ip-models-products/api-exclusivity: \'exclusive through 2032\' never true
  ['Microsoft retains exclusive rights to OpenAI\'s IP until AGI is achieved.', 'flag'], // ip-models-products: exclusive until AGI in Oct-2025; non-exclusive since 2026-04-27
  ['Microsoft retains exclusive rights to OpenAI\'s IP until AGI is achieved.', 'ok', '2025-11-01'], // ip-models-products: exclusive until AGI in Oct-2025; non-exclusive since 2026-04-27
  ['Microsoft\'s rights to OpenAI research, meaning the confidential methods used to develop models and systems, last until the expert panel verifies AGI or through 2030, whichever comes first.', 'ok', '2025-11-01'], // ip-research: Oct-2025 term; research-IP dates unclear after 2026-04-27
  ['Microsoft keeps access to OpenAI\'s research IP through 2032.', 'flag', '2025-11-01'], // ip-research: research IP only until AGI verification or 2030; today unclear
  ['Research IP does not cover model architecture, model weights, inference code or finetuning code, which Microsoft keeps under its broader license.', 'ok'], // ip-research-scope: non-Research IP retained
  ['Research IP does not cover model architecture, model weights, inference code or finetuning code, which Microsoft keeps under its broader license.', 'ok', '2025-11-01'], // ip-research-scope: non-Research IP retained
  ['Microsoft\'s IP rights to model weights run only until 2030 or AGI, whichever comes first.', 'flag'], // ip-research-scope: weights are non-Research IP, covered through 2032
  ['Microsoft\'s IP rights to model weights run only until 2030 or AGI, whichever comes first.', 'flag', '2025-11-01'], // ip-research-scope: weights are non-Research IP, covered through 2032
  ['Microsoft\'s IP rights now exclude OpenAI\'s consumer hardware, clearing the way for the devices OpenAI is planning.', 'ok'], // consumer-hardware: excluded
  ['Microsoft\'s IP rights now exclude OpenAI\'s consumer hardware, clearing the way for the devices OpenAI is planning.', 'ok', '2025-11-01'], // consumer-hardware: excluded
  ['Microsoft will also get rights to any consumer hardware OpenAI develops.', 'flag'], // consumer-hardware: excluded from Microsoft\'s IP rights
  ['Microsoft will also get rights to any consumer hardware OpenAI develops.', 'flag', '2025-11-01'], // consumer-hardware: excluded from Microsoft\'s IP rights
  ['The OpenAI API remains exclusive to Azure until AGI is declared and verified.', 'flag'], // api-exclusivity: Azure API exclusivity until AGI ended 2026-04-27
  ['The OpenAI API remains exclusive to Azure until AGI is declared and verified.', 'ok', '2025-11-01'], // api-exclusivity: Azure API exclusivity until AGI ended 2026-04-27
  ['OpenAI can now sell its API through any cloud provider, including AWS and Google Cloud.', 'ok'], // api-exclusivity: any cloud only since 2026-04-27; Oct-2025 API exclusive to Azure
  ['OpenAI can now sell its API through any cloud provider, including AWS and Google Cloud.', 'flag', '2025-11-01'], // api-exclusivity: any cloud only since 2026-04-27; Oct-2025 API exclusive to Azure
  ['API products that OpenAI builds jointly with third parties will be exclusive to Azure, while non-API products can run on any cloud.', 'flag'], // third-party-products: Oct-2025 rule, replaced 2026-04-27
  ['API products that OpenAI builds jointly with third parties will be exclusive to Azure, while non-API products can run on any cloud.', 'ok', '2025-11-01'], // third-party-products: Oct-2025 rule, replaced 2026-04-27
  ['Under the October agreement, API products built with partners still had to run on Azure.', 'ok'], // third-party-products: framed as the October terms
  ['Under the October agreement, API products built with partners still had to run on Azure.', 'ok', '2025-11-01'], // third-party-products: framed as the October terms
  ['OpenAI can now provide API access to US government national security customers regardless of the cloud provider.', 'ok'], // national-security: any cloud
  ['OpenAI can now provide API access to US government national security customers regardless of the cloud provider.', 'ok', '2025-11-01'], // national-security: any cloud
  ['OpenAI remains barred from releasing open-weight models under its Microsoft deal.', 'flag'], // open-weights: OpenAI may release open-weight models meeting capability criteria
  ['OpenAI remains barred from releasing open-weight models under its Microsoft deal.', 'flag', '2025-11-01'], // open-weights: OpenAI may release open-weight models meeting capability criteria
  ['OpenAI is now able to release open-weight models that meet requisite capability criteria.', 'ok'], // open-weights
  ['OpenAI is now able to release open-weight models that meet requisite capability criteria.', 'ok', '2025-11-01'], // open-weights
  ['Microsoft can now independently pursue AGI, alone or with third parties.', 'ok'], // ms-pursue-agi
  ['Microsoft can now independently pursue AGI, alone or with third parties.', 'ok', '2025-11-01'], // ms-pursue-agi
  ['The contract still prohibits Microsoft from developing its own AGI.', 'flag'], // ms-pursue-agi: Microsoft may pursue AGI since 2025-10-28
  ['The contract still prohibits Microsoft from developing its own AGI.', 'flag', '2025-11-01'], // ms-pursue-agi: Microsoft may pursue AGI since 2025-10-28
  ['If Microsoft uses OpenAI\'s IP to develop AGI before it is declared, those models will be subject to compute thresholds far above today\'s leading training runs.', 'ok', '2025-11-01'], // agi-compute-thresholds: Oct-2025 term; unclear after 2026-04-27
  ['Microsoft gives up the right of first refusal it held over OpenAI\'s future compute purchases.', 'ok'], // cloud-compute: ROFR removed
  ['Microsoft gives up the right of first refusal it held over OpenAI\'s future compute purchases.', 'ok', '2025-11-01'], // cloud-compute: ROFR removed
  ['Microsoft still holds a right of first refusal on OpenAI\'s new compute capacity.', 'flag'], // cloud-compute: ROFR removed 2025-10-28
  ['Microsoft still holds a right of first refusal on OpenAI\'s new compute capacity.', 'flag', '2025-11-01'], // cloud-compute: ROFR removed 2025-10-28
  ['As part of the pact, OpenAI signed up to buy another $250 billion worth of Azure cloud services.', 'ok'], // azure-commitment
  ['As part of the pact, OpenAI signed up to buy another $250 billion worth of Azure cloud services.', 'ok', '2025-11-01'], // azure-commitment
  ['Microsoft committed $250 billion to OpenAI as part of the agreement.', 'flag'], // azure-commitment: OpenAI buys $250B of Azure, not Microsoft committing
  ['Microsoft committed $250 billion to OpenAI as part of the agreement.', 'flag', '2025-11-01'], // azure-commitment: OpenAI buys $250B of Azure, not Microsoft committing
  ['The revenue share continues until the expert panel verifies AGI, though payments will be spread over a longer period.', 'flag'], // revenue-share: since 2026-04-27 through 2030, independent of AGI, capped
  ['The revenue share continues until the expert panel verifies AGI, though payments will be spread over a longer period.', 'ok', '2025-11-01'], // revenue-share: since 2026-04-27 through 2030, independent of AGI, capped
  ['Revenue-sharing payments between the two companies end once AGI is verified.', 'flag'], // revenue-share: tied to AGI in Oct-2025; now through 2030 independent of tech progress
  ['Revenue-sharing payments between the two companies end once AGI is verified.', 'ok', '2025-11-01'], // revenue-share: tied to AGI in Oct-2025; now through 2030 independent of tech progress
  ['Azure remains OpenAI\'s exclusive cloud provider for all of its workloads.', 'flag'], // cloud-compute: exclusivity ended 2025-01-21
  ['Azure remains OpenAI\'s exclusive cloud provider for all of its workloads.', 'flag', '2025-11-01'], // cloud-compute: exclusivity ended 2025-01-21
  ['Microsoft stopped being OpenAI\'s exclusive cloud provider in January, when it moved to a right of first refusal, which this deal now removes.', 'ok'], // cloud-compute: historical framing, ROFR removed
  ['Microsoft stopped being OpenAI\'s exclusive cloud provider in January, when it moved to a right of first refusal, which this deal now removes.', 'ok', '2025-11-01'], // cloud-compute: historical framing, ROFR removed
  ['Microsoft has committed about $13 billion to OpenAI since 2019.', 'ok'], // ms-investment-amount: $13B total funding commitments
  ['Microsoft has committed about $13 billion to OpenAI since 2019.', 'ok', '2025-11-01'], // ms-investment-amount: $13B total funding commitments
  ['Microsoft has funded $11.6 billion of its $13 billion commitment so far, according to its latest quarterly filing.', 'flag'], // ms-investment-amount: $11.6B as of 2025-09-30; latest 10-Q says $11.8B
  ['Microsoft has funded $11.6 billion of its $13 billion commitment so far, according to its latest quarterly filing.', 'ok', '2025-11-01'], // ms-investment-amount: $11.6B as of 2025-09-30; latest 10-Q says $11.8B
  ['The recapitalization valued OpenAI at roughly $500 billion, implied by Microsoft\'s 27% being worth $135 billion.', 'ok'], // openai-valuation: $500B framed as the Oct-2025 value
  ['The recapitalization valued OpenAI at roughly $500 billion, implied by Microsoft\'s 27% being worth $135 billion.', 'ok', '2025-11-01'], // openai-valuation: $500B framed as the Oct-2025 value
  ['OpenAI, currently valued at about $500 billion, says the new structure will make it easier to raise capital.', 'flag'], // openai-valuation: $730B pre-money since 2026-02-27
  ['OpenAI, currently valued at about $500 billion, says the new structure will make it easier to raise capital.', 'ok', '2025-11-01'], // openai-valuation: $730B pre-money since 2026-02-27
  ['Microsoft still gets 49% of OpenAI\'s profits under the deal.', 'flag'], // equity-stake: 49% profit interest replaced by ~27% equity
  ['Microsoft still gets 49% of OpenAI\'s profits under the deal.', 'flag', '2025-11-01'], // equity-stake: 49% profit interest replaced by ~27% equity
  ['Microsoft was previously entitled to 49% of profits from OpenAI\'s capped-profit arm, according to reports; that has been swapped for conventional equity.', 'ok'], // equity-stake: 49% framed as historical
  ['Microsoft was previously entitled to 49% of profits from OpenAI\'s capped-profit arm, according to reports; that has been swapped for conventional equity.', 'ok', '2025-11-01'], // equity-stake: 49% framed as historical
  ['OpenAI remains Microsoft\'s frontier model partner, the companies said.', 'ok', '2025-11-01'], // frontier-model-partner: Oct-2025 wording; unclear after 2026-04-27
  ['Microsoft also retains its license to OpenAI\'s models through 2030, as under the January terms.', 'flag'], // ip-models-products: extended to 2032 on 2025-10-28
  ['Microsoft also retains its license to OpenAI\'s models through 2030, as under the January terms.', 'flag', '2025-11-01'], // ip-models-products: extended to 2032 on 2025-10-28
  ['The partnership contract expires in 2030.', 'flag'], // contract-term: 2030 contract replaced; model/product license through 2032
  ['The partnership contract expires in 2030.', 'flag', '2025-11-01'], // contract-term: 2030 contract replaced; model/product license through 2032
  ['Will Microsoft\'s 27% stake be diluted further as OpenAI raises more money?', 'ok'], // equity-stake: question
  ['Will Microsoft\'s 27% stake be diluted further as OpenAI raises more money?', 'ok', '2025-11-01'], // equity-stake: question
  ['Stargate, the up-to-$500 billion infrastructure venture with SoftBank and Oracle, is separate from the Azure commitment.', 'ok'], // stargate
  ['Stargate, the up-to-$500 billion infrastructure venture with SoftBank and Oracle, is separate from the Azure commitment.', 'ok', '2025-11-01'], // stargate
  ['Microsoft is also an equity partner in the Stargate venture.', 'flag'], // stargate: Microsoft a technology partner without equity
  ['Microsoft is also an equity partner in the Stargate venture.', 'flag', '2025-11-01'], // stargate: Microsoft a technology partner without equity
  ['Analysts said the $250 billion Azure commitment should help underpin Microsoft\'s cloud backlog.', 'ok'], // azure-commitment
  ['Analysts said the $250 billion Azure commitment should help underpin Microsoft\'s cloud backlog.', 'ok', '2025-11-01'], // azure-commitment
  ['The for-profit arm, renamed OpenAI Group PBC, is a public benefit corporation that remains under the control of the OpenAI Foundation.', 'ok'], // foundation-stake
  ['The for-profit arm, renamed OpenAI Group PBC, is a public benefit corporation that remains under the control of the OpenAI Foundation.', 'ok', '2025-11-01'], // foundation-stake
  ['According to the agreement, the American giant will henceforth hold approximately 27 percent of the capital of the new entity, a participation estimated at 135 billion dollars.', 'ok'], // equity-stake + stake-value
  ['According to the agreement, the American giant will henceforth hold approximately 27 percent of the capital of the new entity, a participation estimated at 135 billion dollars.', 'ok', '2025-11-01'], // equity-stake + stake-value
  ['The Redmond group thus secures a 135 billion dollar investment in the creator of ChatGPT.', 'flag'], // stake-value: \'secures a $135 billion investment\' is wrong
  ['The Redmond group thus secures a 135 billion dollar investment in the creator of ChatGPT.', 'flag', '2025-11-01'], // stake-value: \'secures a $135 billion investment\' is wrong
  ['Microsoft keeps the exclusivity of OpenAI\'s programming interfaces on its Azure cloud until the arrival of general artificial intelligence.', 'flag'], // api-exclusivity: ended 2026-04-27
  ['Microsoft keeps the exclusivity of OpenAI\'s programming interfaces on its Azure cloud until the arrival of general artificial intelligence.', 'ok', '2025-11-01'], // api-exclusivity: ended 2026-04-27
  ['For enterprise buyers, the practical upshot is that stateless OpenAI APIs are still only available through Azure.', 'flag'], // api-exclusivity: any cloud since 2026-04-27
  ['For enterprise buyers, the practical upshot is that stateless OpenAI APIs are still only available through Azure.', 'ok', '2025-11-01'], // api-exclusivity: any cloud since 2026-04-27
  ['Microsoft\'s license to OpenAI\'s models is now non-exclusive.', 'ok'], // ip-models-products: non-exclusive only since 2026-04-27
  ['Microsoft\'s license to OpenAI\'s models is now non-exclusive.', 'flag', '2025-11-01'], // ip-models-products: non-exclusive only since 2026-04-27
  ['OpenAI products will ship first on Azure, but OpenAI can serve them to customers on any cloud.', 'ok'], // api-exclusivity: 2026-04-27 rule; not the Oct-2025 terms
  ['OpenAI products will ship first on Azure, but OpenAI can serve them to customers on any cloud.', 'flag', '2025-11-01'], // api-exclusivity: 2026-04-27 rule; not the Oct-2025 terms
  ['Redmond has stopped paying OpenAI any share of its revenue.', 'ok'], // revenue-share: Microsoft stopped paying on 2026-04-27
  ['Redmond has stopped paying OpenAI any share of its revenue.', 'flag', '2025-11-01'], // revenue-share: Microsoft stopped paying on 2026-04-27
  ['OpenAI\'s revenue-share payments to Microsoft now run through 2030 and are subject to a total cap.', 'ok'], // revenue-share: 2026-04-27 terms; Oct-2025 share ran until AGI verification
  ['OpenAI\'s revenue-share payments to Microsoft now run through 2030 and are subject to a total cap.', 'flag', '2025-11-01'], // revenue-share: 2026-04-27 terms; Oct-2025 share ran until AGI verification
  ['Microsoft\'s cut of OpenAI revenue has been reported at about 20%.', 'ok'], // revenue-share: unofficial 20%, framed as reported
  ['Microsoft\'s cut of OpenAI revenue has been reported at about 20%.', 'ok', '2025-11-01'], // revenue-share: unofficial 20%, framed as reported
  ['The AGI clause that once let OpenAI\'s board cut Microsoft off now runs through an expert panel instead.', 'ok', '2025-11-01'], // agi-governance: panel rule; unclear after 2026-04-27
  ['Previously, OpenAI alone could decide when AGI had arrived.', 'ok'], // agi-governance: historical framing
  ['Previously, OpenAI alone could decide when AGI had arrived.', 'ok', '2025-11-01'], // agi-governance: historical framing
  ['Under the new terms, Microsoft loses access to OpenAI\'s models the moment AGI is declared.', 'flag'], // ip-models-products: rights run through 2032 incl. post-AGI models
  ['Under the new terms, Microsoft loses access to OpenAI\'s models the moment AGI is declared.', 'flag', '2025-11-01'], // ip-models-products: rights run through 2032 incl. post-AGI models
  ['Microsoft\'s access to OpenAI\'s models and products now survives an AGI declaration, running to 2032.', 'ok'], // ip-models-products: through 2032
  ['Microsoft\'s access to OpenAI\'s models and products now survives an AGI declaration, running to 2032.', 'ok', '2025-11-01'], // ip-models-products: through 2032
  ['Microsoft shares rose in early trading after the announcement.', 'ok'], // unrelated to terms
  ['Microsoft shares rose in early trading after the announcement.', 'ok', '2025-11-01'], // unrelated to terms
  ['At about 27%, Microsoft\'s holding is slightly larger than the Foundation\'s roughly 26%.', 'ok'], // equity-stake + foundation-stake
  ['At about 27%, Microsoft\'s holding is slightly larger than the Foundation\'s roughly 26%.', 'ok', '2025-11-01'], // equity-stake + foundation-stake
  ['Microsoft gets about one-third of the restructured OpenAI under the deal.', 'flag'], // equity-stake: one-third was a proposal that never took effect
  ['Microsoft gets about one-third of the restructured OpenAI under the deal.', 'flag', '2025-11-01'], // equity-stake: one-third was a proposal that never took effect
  ['OpenAI will be able to jointly develop some products with third parties.', 'ok'], // third-party-products
  ['OpenAI will be able to jointly develop some products with third parties.', 'ok', '2025-11-01'], // third-party-products
  ['Microsoft\'s research IP access ends in 2030 at the latest, earlier if the panel verifies AGI.', 'ok', '2025-11-01'], // ip-research: research-IP dates unclear after 2026-04-27
  ['Microsoft\'s rights to OpenAI\'s research will last through 2032, the same as its model rights.', 'flag', '2025-11-01'], // ip-research: research IP until AGI verification or 2030; today unclear
  ['OpenAI is still obliged to give Microsoft first dibs on any new compute deals.', 'flag'], // cloud-compute: ROFR removed 2025-10-28
  ['OpenAI is still obliged to give Microsoft first dibs on any new compute deals.', 'flag', '2025-11-01'], // cloud-compute: ROFR removed 2025-10-28
  ['The new agreement keeps Azure as the exclusive home of OpenAI\'s API, though OpenAI can now take non-API products to rival clouds.', 'flag'], // api-exclusivity/third-party-products: Oct-2025 rule, ended 2026-04-27
  ['The new agreement keeps Azure as the exclusive home of OpenAI\'s API, though OpenAI can now take non-API products to rival clouds.', 'ok', '2025-11-01'], // api-exclusivity/third-party-products: Oct-2025 rule, ended 2026-04-27
  ['Thanks to the national-security carve-out, OpenAI can serve US defense and intelligence agencies through its API on whichever cloud they use.', 'ok'], // national-security
  ['Thanks to the national-security carve-out, OpenAI can serve US defense and intelligence agencies through its API on whichever cloud they use.', 'ok', '2025-11-01'], // national-security
  ['OpenAI must run its US national-security API business exclusively on Azure.', 'flag'], // national-security: any cloud since 2025-10-28
  ['OpenAI must run its US national-security API business exclusively on Azure.', 'flag', '2025-11-01'], // national-security: any cloud since 2025-10-28
  ['Microsoft can pursue AGI with OpenAI\'s IP only within compute thresholds significantly larger than today\'s leading models.', 'ok', '2025-11-01'], // agi-compute-thresholds: unclear after 2026-04-27
  ['OpenAI can now release open-weight models of any capability level without restriction.', 'flag'], // open-weights: only models meeting requisite capability criteria
  ['OpenAI can now release open-weight models of any capability level without restriction.', 'flag', '2025-11-01'], // open-weights: only models meeting requisite capability criteria
  // A seventeenth batch of long sentences with several claims, lists, contrasts and table rows.
  ['In 2019 Microsoft put $1 billion into OpenAI and became its exclusive cloud provider, in 2023 it added a multiyear, multibillion-dollar commitment, and since October 2025 it has held roughly 27% of OpenAI Group PBC on an as-converted diluted basis.', 'ok'], // all correctly framed: history + equity-stake current
  ['The amended contract changes three things for Microsoft: its license to OpenAI\'s models and products becomes non-exclusive, it stops paying OpenAI any revenue share, and it keeps its right of first refusal over new OpenAI compute capacity.', 'flag'], // cloud-compute: ROFR removed 2025-10-28
  ['Whereas Microsoft was once the sole cloud provider for every OpenAI workload, today it is described as the primary cloud partner, and OpenAI products generally ship first on Azure unless Microsoft cannot and chooses not to support the needed capabilities.', 'ok'], // cloud-compute/api-exclusivity: past framed, current values
  ['OpenAI still pays Microsoft a share of its revenue through 2030 at an unchanged percentage (subject to an overall cap), while Microsoft continues to hand OpenAI roughly a fifth of Azure OpenAI revenue in return.', 'flag'], // revenue-share: Microsoft no longer pays OpenAI since 2026-04-27
  ['| Microsoft ownership position | ~27% (as-converted, diluted) |', 'ok'], // equity-stake current
  ['| Microsoft holding in the OpenAI for-profit | 32.5% as-converted |', 'flag'], // equity-stake: 32.5% superseded by ~27%
  ['- Licence term: Microsoft retains access to OpenAI model and product IP until 2032, but on a non-exclusive basis since the April 2026 amendment.', 'ok'], // ip-models-products current
  ['- IP rights: Microsoft holds exclusive rights to OpenAI\'s models and products through 2032, post-AGI systems included.', 'flag'], // ip-models-products: licence non-exclusive since 2026-04-27
  ['Unlike the 2023 arrangement, under which Microsoft was reported to receive 75% of OpenAI\'s profits until it recouped its investment, the recapitalization gave it conventional equity of about 27 percent, valued at roughly $135 billion at the time.', 'ok'], // equity-stake: reported history framed as past; current value
  ['Microsoft, which is entitled to 49% of OpenAI\'s profits once it recoups its outlay, had funded $11.8 billion of its $13 billion commitment as of 31 March 2026.', 'flag'], // equity-stake: 49% profit interest replaced by ~27% equity
  ['OpenAI\'s latest primary round valued it at $730 billion pre-money (about $840 billion fully diluted), so a naive calculation that ignores any dilution from that round would put Microsoft\'s 27% holding well above the $135 billion mark recorded at the October 2025 recapitalization.', 'ok'], // openai-valuation/stake-value current; hypothetical calculation
  ['With OpenAI valued at $500 billion and Microsoft owning about 27 percent, the software giant\'s position is worth roughly $135 billion today.', 'flag'], // openai-valuation: $500B superseded by $730B pre-money (Feb 2026)
  ['The February 2026 round raised $110 billion, with Amazon committing $50 billion ($15 billion upfront and $35 billion subject to conditions), Nvidia $30 billion and SoftBank $30 billion.', 'ok'], // all current ($110B round)
  ['Because the OpenAI API remains exclusive to Azure, Amazon\'s $50 billion investment cannot translate into AWS hosting of OpenAI\'s stateless APIs, although OpenAI\'s consumer products may run elsewhere.', 'flag'], // api-exclusivity: no API exclusivity since 2026-04-27
  ['In February 2026 the two companies insisted that nothing in OpenAI\'s $110 billion raise altered their October 2025 terms, Azure\'s exclusivity over stateless APIs included, but two months later they rewrote those very terms and let OpenAI serve all of its products on any cloud.', 'ok'], // api-exclusivity: Feb-2026 framed as past; current any cloud
  ['Microsoft is free to pursue AGI on its own or with third parties, OpenAI may release open-weight models that meet the requisite capability criteria, and OpenAI\'s consumer hardware sits outside Microsoft\'s IP rights.', 'ok'], // ms-pursue-agi, open-weights, consumer-hardware current
  ['Microsoft remains contractually barred from building its own AGI, although it keeps a non-exclusive licence to OpenAI model IP through 2032 and a roughly 27% shareholding.', 'flag'], // ms-pursue-agi: Microsoft may pursue AGI since 2025-10-28
  ['OpenAI contracted in October 2025 to buy an incremental $250 billion of Azure services, a figure that sits alongside, rather than replacing, Microsoft\'s status as its primary cloud partner.', 'ok'], // azure-commitment, cloud-compute current
  ['Microsoft committed $250 billion to build out Azure capacity for OpenAI as part of the October 2025 deal, in which it also settled on a stake of roughly 27%.', 'flag'], // azure-commitment: it is OpenAI that contracted to buy $250B of Azure
  ['The Stargate Project, a venture of OpenAI, SoftBank, Oracle and MGX announced in January 2025 with plans to invest up to $500 billion over four years, counts Microsoft as a technology partner rather than an equity investor.', 'ok'], // stargate current
  ['Stargate, the $100 billion infrastructure buildout backed by OpenAI, SoftBank and Oracle, was unveiled on the same January 2025 day that Microsoft swapped its cloud exclusivity for a right of first refusal.', 'flag'], // stargate: up to $500B over four years, not $100B
  ['Three things survived the April 2026 rewrite: Microsoft\'s status as a major shareholder, its licence to OpenAI models and products through 2032 (now non-exclusive), and OpenAI\'s revenue-share payments to Microsoft through 2030.', 'ok'], // all current
  ['Revenue-share payments from OpenAI to Microsoft now continue through 2030 regardless of OpenAI\'s technology progress, whereas under the October 2025 text they were to last until an expert panel verified AGI, albeit paid out over a longer period.', 'ok'], // revenue-share current; Oct-2025 term framed as past
  ['OpenAI\'s revenue share to Microsoft will end as soon as an independent expert panel verifies that AGI has been reached, which is why investors watch the panel so closely.', 'flag'], // revenue-share: now through 2030, independent of technology progress
  ['Is Microsoft still OpenAI\'s exclusive cloud provider? No: it lost exclusivity in January 2025, gave up its right of first refusal in October 2025, and is now described as the primary cloud partner.', 'ok'], // cloud-compute: question + correct history
  ['OpenAI Group PBC is controlled by the OpenAI Foundation, which held about 26% (worth roughly $130 billion) at the recapitalization, while Microsoft owned around 27% and employees and other investors the remaining 47% or so.', 'ok'], // foundation-stake, equity-stake current
  ['OpenAI remains a capped-profit company controlled by its nonprofit parent, and Microsoft owns a 27% stake in it valued at about $135 billion.', 'flag'], // foundation-stake: capped-profit structure replaced by PBC 2025-10-28
  ['In 2020 Microsoft obtained an exclusive license to GPT-3 while OpenAI kept offering the model through its own API; six years on, Microsoft\'s license to OpenAI IP is explicitly non-exclusive.', 'ok'], // ip-models-products: history + current
  ['Microsoft\'s exclusive license to OpenAI\'s models, which the two companies reaffirmed in their February 2026 joint statement, runs through 2032 and covers post-AGI models with safety guardrails.', 'flag'], // ip-models-products: exclusive licence ended 2026-04-27
  ['Microsoft has committed a total of $13 billion to OpenAI, of which $11.6 billion is funded so far, according to its filings.', 'flag'], // ms-investment-amount: $11.6B (Sep 2025) superseded by $11.8B (Mar 2026)
  ['As of 31 March 2026, Microsoft had funded $11.8 billion of its $13 billion total commitment to OpenAI and accounted for its approximately 27 percent interest under the equity method.', 'ok'], // ms-investment-amount, equity-stake current
  ['Microsoft\'s $135 billion investment in OpenAI, agreed in October 2025, secured it about 27 percent of the newly formed public benefit corporation.', 'flag'], // stake-value: $135B is the value of the stake, not money invested
  ['The October 2025 definitive agreement followed a non-binding memorandum of understanding signed that September, and it was itself amended in April 2026 to make Microsoft\'s IP licence non-exclusive and to end Microsoft\'s payments to OpenAI.', 'ok'], // all correctly framed
  ['OpenAI\'s nonprofit board retains sole authority to declare AGI, at which point Microsoft loses access to any technology developed afterwards.', 'flag'], // agi-governance: board-only AGI call and loss of access superseded
  ['Before October 2025, OpenAI\'s board alone could determine when AGI had been achieved and Microsoft\'s rights covered only pre-AGI technology; the April 2026 amendment, by contrast, ties Microsoft\'s model and product licence to a fixed 2032 end date.', 'ok'], // agi-governance history; ip-models-products current
  ['The partnership contract runs through 2030, after which Microsoft\'s access to OpenAI models and products expires.', 'flag'], // contract-term/ip-models-products: model/product licence runs through 2032
  ['OpenAI can now serve any of its products, APIs included, to customers on any cloud, though new products are expected to ship first on Azure unless Microsoft cannot, and chooses not to, support the capabilities they require.', 'ok'], // api-exclusivity current
  ['API products that OpenAI develops jointly with third parties must still run on Azure, while its non-API products may be hosted on any cloud.', 'flag'], // third-party-products: any cloud since 2026-04-27
  ['Under the October 2025 agreement, API products built with third parties had to stay on Azure and only non-API products could go elsewhere; since April 2026 that distinction no longer applies.', 'ok'], // third-party-products: past framed, current
  ['Even before the 2026 amendment OpenAI could provide API access to US government national-security customers regardless of cloud provider, and today it can serve all of its products across any cloud.', 'ok'], // national-security, api-exclusivity current
  ['OpenAI may release open-weight models that meet capability criteria, may offer its API to US national-security customers on any cloud, and may not host its API anywhere but Azure for commercial customers.', 'flag'], // api-exclusivity: Azure API exclusivity ended 2026-04-27
  ['Microsoft\'s equity in OpenAI, about 27 percent today, compares with a 32.5 percent as-converted holding that Microsoft reported before accounting for OpenAI\'s recent funding rounds and the recapitalization.', 'ok'], // equity-stake: 32.5% framed as past
  ['Microsoft still holds a nearly one-third ownership stake in OpenAI\'s for-profit arm, even after the nonprofit was renamed the OpenAI Foundation.', 'flag'], // equity-stake: ~27%, one-third never took effect
  ['Rather than paying OpenAI a revenue share, Microsoft now only receives one: OpenAI\'s payments run through 2030 at the same percentage as before, capped in total, and no longer hinge on whether AGI arrives.', 'ok'], // revenue-share current
  ['The Information and Reuters have reported OpenAI\'s revenue share to Microsoft at about 20%, and the April 2026 amendment kept that percentage unchanged while adding an overall cap.', 'ok'], // revenue-share: 20% framed as reported; same percentage + cap
  ['At the recapitalization Microsoft\'s stake was valued at about $135 billion, the Foundation\'s at about $130 billion and OpenAI as a whole at roughly $500 billion; the February 2026 round has since lifted the headline valuation to $730 billion pre-money.', 'ok'], // openai-valuation: $500B framed as past
  ['OpenAI, currently valued at $300 billion after its SoftBank-led round, pays Microsoft a capped revenue share through 2030.', 'flag'], // openai-valuation: $300B superseded (now $730B pre-money)
  ['- Cloud: Microsoft is OpenAI\'s primary, but no longer exclusive, cloud partner, and it holds no right of first refusal on new compute.', 'ok'], // cloud-compute current
  ['- Cloud: Azure remains the exclusive cloud provider for all OpenAI research, product and API workloads.', 'flag'], // cloud-compute: exclusivity ended 2025-01-21; now primary cloud partner
  ['In October 2025 OpenAI\'s for-profit became OpenAI Group PBC, Microsoft\'s profit-participation interest gave way to roughly 27% equity, and the nonprofit, renamed the OpenAI Foundation, kept control.', 'ok'], // equity-stake, foundation-stake current
  ['Microsoft\'s licence covers OpenAI models and products through 2032 but excludes OpenAI\'s consumer hardware, and the company may independently pursue AGI with or without partners.', 'ok'], // ip-models-products, consumer-hardware, ms-pursue-agi current
  ['In the 2019 announcement OpenAI named Microsoft its preferred partner for commercializing pre-AGI technologies, a role Microsoft still plays today through a licence that lapses at AGI.', 'flag'], // ip-models-products: pre-AGI limit superseded; licence through 2032
  ['Microsoft\'s rights to OpenAI\'s models run until 2032 or until AGI arrives, whichever comes first, and OpenAI has contracted to buy an incremental $250 billion of Azure services.', 'flag'], // ip-models-products: fixed 2032, not AGI-or-2032
  ['Would Microsoft ever regain exclusive rights to OpenAI\'s models, given that the April 2026 amendment made its licence non-exclusive through 2032?', 'ok'], // question; ip-models-products current
  ['Microsoft also continues to pay OpenAI about 20% of the revenue it earns from the Azure OpenAI Service, according to people familiar with the matter.', 'flag'], // revenue-share: Microsoft no longer pays OpenAI
  ['Microsoft reportedly paid OpenAI around 20% of Azure OpenAI revenue until the April 2026 amendment ended its payments altogether, while OpenAI keeps paying Microsoft through 2030.', 'ok'], // revenue-share: reported history framed as past
  ['OpenAI, now a public benefit corporation whose nonprofit parent holds equity worth about $130 billion, has also cleared the way for Microsoft to build its own AGI, either alone or with other partners.', 'ok'], // foundation-stake, ms-pursue-agi current
  ['In July 2019 OpenAI named Microsoft its exclusive cloud provider, in January 2023 Azure was confirmed as the exclusive provider for all OpenAI workloads, in January 2025 exclusivity on new capacity gave way to a right of first refusal, and in October 2025 the ROFR itself was dropped.', 'ok'], // cloud-compute: all history correctly framed
  ['OpenAI\'s $110 billion raise in February 2026 came at a $730 billion pre-money valuation, yet Microsoft\'s 10-Q filed in April 2026 still reported its interest at approximately 27 percent on an as-converted basis.', 'ok'], // openai-valuation, equity-stake current
  ['| Revenue share (OpenAI to Microsoft) | Through 2030; same percentage; total cap |', 'ok'], // revenue-share current
  ['| Revenue sharing | Two-way; ends when the expert panel verifies AGI |', 'flag'], // revenue-share: one-way through 2030 since 2026-04-27
  ['| API exclusivity | None; any cloud, ship first on Azure |', 'ok'], // api-exclusivity current
  ['| ROFR on new OpenAI compute | Microsoft |', 'flag'], // cloud-compute: ROFR removed 2025-10-28
  ['| Azure commitment | Incremental $250bn contracted by OpenAI (Oct 2025) |', 'ok'], // azure-commitment current
  ['Microsoft, whose $1 billion cheque in 2019 was followed by further investments reported at about $2 billion in 2021 and $10 billion in 2023, now lists $13 billion of total funding commitments to OpenAI.', 'ok'], // ms-investment-amount current; reported figures framed as reported
  ['OpenAI, valued at roughly $157 billion, has agreed to buy an incremental $250 billion of Azure services from Microsoft, which remains its primary cloud partner.', 'flag'], // openai-valuation: $157B (Oct 2024) superseded
  ['OpenAI LP, the capped-profit vehicle created in 2019, no longer exists in that form: the for-profit is now OpenAI Group PBC, with the OpenAI Foundation on top holding roughly a quarter of the equity.', 'ok'], // foundation-stake: history framed as past
  ['Microsoft holds its 27% stake through OpenAI LP, the capped-profit subsidiary of OpenAI\'s nonprofit, into which it has committed $13 billion.', 'flag'], // foundation-stake: OpenAI LP/capped-profit replaced by OpenAI Group PBC
  ['Unlike Amazon, whose $50 billion commitment in the February 2026 round comprised $15 billion upfront and $35 billion subject to conditions, Microsoft\'s contractual funding commitment stands at $13 billion, of which $11.8 billion had been funded by the end of March 2026.', 'ok'], // ms-investment-amount current
  ['Neither company\'s April 2026 post even mentions AGI, so the older claim that Microsoft loses access to OpenAI technology once AGI is achieved describes a term that the fixed 2032 licence date has overtaken.', 'ok'], // agi-governance stale claim correctly negated
  ['The February 2026 joint statement reaffirmed that Microsoft held an exclusive IP license and that Azure was the exclusive cloud for stateless OpenAI APIs; the April 2026 amendment undid both, although Azure kept its ship-first position.', 'ok'], // all correctly framed
  ['Sell-side notes highlight Microsoft\'s 27% equity, its non-exclusive model licence to 2032 and its primary-cloud-partner status, but argue that its right of first refusal over OpenAI\'s future compute is what matters most for Azure growth.', 'flag'], // cloud-compute: ROFR removed 2025-10-28
  ['Microsoft relinquished its right of first refusal on OpenAI compute in October 2025, and six months later OpenAI won the right to serve every product, APIs included, on any cloud.', 'ok'], // cloud-compute, api-exclusivity correctly dated
  ['OpenAI Group PBC, in which Microsoft has an ownership position of about 27 percent, may jointly develop products with third parties and offer them on any cloud, and it may release open-weight models that meet the requisite capability criteria.', 'ok'], // third-party-products, open-weights, equity-stake current
  ['Whereas OpenAI once had to port its services to run on Azure, today it can place workloads with any cloud provider, though Microsoft remains its primary cloud partner and receives capped revenue-share payments through 2030.', 'ok'], // cloud-compute, revenue-share current
  ['The deal lets OpenAI serve all its products on any cloud, ends Microsoft\'s payments to OpenAI, and keeps Microsoft\'s license exclusive until 2032.', 'flag'], // ip-models-products: licence non-exclusive
  ['Microsoft\'s holding (about 27%), OpenAI\'s headline valuation ($730bn pre-money) and OpenAI\'s Azure purchase commitment (an extra US$250bn) are the three numbers most often cited in coverage of the partnership.', 'ok'], // equity-stake, openai-valuation, azure-commitment current
  ['The headline percentages are easy to confuse: 27% is Microsoft\'s equity, roughly 26% is the Foundation\'s, and 20% is a reported, not officially confirmed, rate for the revenue share OpenAI pays Microsoft.', 'ok'], // equity-stake, foundation-stake current; 20% framed as reported
  ['Microsoft\'s non-exclusive licence lasts through 2032, OpenAI\'s payments to Microsoft run through 2030, and OpenAI products must ship exclusively on Azure.', 'flag'], // api-exclusivity: ship first on Azure, any cloud allowed
  ['OpenAI may serve US government national-security customers only through Azure, even though its commercial products can now run on any cloud.', 'flag'], // national-security: national-security API allowed on any cloud
  ['Microsoft\'s IP rights extend to OpenAI\'s consumer hardware, and its licence to OpenAI models and products runs through 2032 on a non-exclusive basis.', 'flag'], // consumer-hardware: excluded from Microsoft\'s IP rights
  ['Under its agreement with Microsoft, OpenAI is not allowed to publish open-weight models, though it may now jointly develop products with third parties on any cloud.', 'flag'], // open-weights: OpenAI may release open-weight models meeting capability criteria
  ['Microsoft, a major equity investor in the Stargate joint venture alongside SoftBank and Oracle, also holds about 27% of OpenAI.', 'flag'], // stargate: Microsoft a technology partner, not an investor
  ['When Microsoft made its 2023 commitment OpenAI was reportedly valued at about $29 billion; after the February 2026 round it is valued at $730 billion pre-money, or roughly $840 billion fully diluted.', 'ok'], // openai-valuation: reported history framed as past; current
  ['Microsoft no longer has first dibs on OpenAI\'s compute; instead, OpenAI has contracted for an incremental US$250 billion of Azure services, and Azure gets new products first.', 'ok'], // cloud-compute, azure-commitment, api-exclusivity current
  // Rules kept in their place: a negator, a question, a report or a date reaches only the claim it governs.
  ["Microsoft's IP rights run through 2032, which ended years of uncertainty.", 'ok'],
  ["OpenAI's revenue share payments to Microsoft stop when AGI is verified by an expert panel.", 'flag'],
  ["The expiry of Microsoft's IP rights through 2032 is far away.", 'ok'],
  ["Did the amendment cut OpenAI's revenue share to Microsoft to 8%?", 'ok'],
  ["If OpenAI's revenue share to Microsoft falls to 8%, Microsoft loses billions.", 'ok'],
  ["Why does the report list Microsoft's 49% stake in OpenAI?", 'flag'],
  ['Microsoft now holds about 27% of OpenAI, which replaced its earlier profit interest.', 'ok'],
  ['Nothing can stop Microsoft from holding roughly 27% of OpenAI.', 'ok'],
  ['Microsoft stops short of control with its 49% stake.', 'flag'],
  ['Microsoft booked a loss of $4 billion on its 27% stake in OpenAI.', 'ok'],
  ['Microsoft, rather than OpenAI, holds IP rights through 2032.', 'ok'],
  ['Revenue sharing ends when AGI is declared.', 'ok', '2023-06-01'],
  ['OpenAI plans to commit $250 billion to Azure.', 'ok', '2023-06-01'],
  ['OpenAI will reportedly commit $250 billion to Azure.', 'ok', '2023-06-01'],
  ['Microsoft owns 49% of OpenAI: does that still matter?', 'flag'],
  ['Analysts used to doubt it, yet Microsoft owns 49% of OpenAI.', 'flag'],
  ['A post claimed otherwise, but Microsoft still owns 49% of OpenAI.', 'flag'],
  ['Microsoft insisted on keeping its 49% stake.', 'flag'],
  ['After investing in 2019, Microsoft says it still owns 49% of OpenAI.', 'flag'],
  ['OpenAI, valued by investors at $157 billion, is growing fast.', 'flag'],
  ['In late 2025, the stake fell from 32.5% to 27%.', 'ok'],
  // An eighteenth batch from many kinds of writer: transcripts, filings, FAQs, corrections, fact-checks, slides, chats.
  ['HOST: So where does the money flow now? GUEST: One direction only. Since April, Microsoft has stopped paying OpenAI any revenue share, while OpenAI keeps paying Microsoft through 2030.', 'ok'], // revenue-share: Apr-2026 amendment
  ['GUEST: And remember, Azure is still the only cloud where you can call the OpenAI API; that part has not changed.', 'flag'], // api-exclusivity: Azure API exclusivity ended 2026-04-27
  ['HOST: People forget the GPT-3 deal: back in September 2020 Microsoft got an exclusive licence to GPT-3 while OpenAI kept offering the model through its own API.', 'ok'], // ip-models-products: GPT-3 licence, correctly framed as history
  ['GUEST: The weights, the architecture, the inference code are not research IP under the deal; Microsoft keeps those rights under its model licence.', 'ok'], // ip-research-scope: non-Research IP retained
  ['We model Microsoft\'s roughly 27% as-converted stake in OpenAI Group PBC under the equity method, consistent with its latest 10-Q.', 'ok'], // equity-stake: ~27%
  ['Reiterate Overweight: the incremental $250B Azure contract OpenAI signed in October 2025 underpins backlog visibility.', 'ok'], // azure-commitment: $250B incremental
  ['We value OpenAI at its last mark of $500bn, which is where the company is priced today.', 'flag'], // openai-valuation: now $730B pre-money (Feb 2026)
  ['Any API product OpenAI co-develops with a third party must still run on Azure, which protects Microsoft\'s share of that traffic.', 'flag'], // third-party-products: rule dropped 2026-04-27
  ['OpenAI\'s revenue share to Microsoft, reported at 20%, continues through 2030 but is now subject to a total cap.', 'ok'], // revenue-share: reported 20%, capped, through 2030
  ['OpenAI consists of the nonprofit OpenAI Foundation and the for-profit OpenAI Group PBC, which the Foundation controls.', 'ok'], // foundation-stake: Foundation controls PBC
  ['OpenAI operates as a capped-profit limited partnership, OpenAI LP, governed by the nonprofit OpenAI Inc.', 'flag'], // foundation-stake: capped-profit LP replaced by PBC 2025-10-28
  ['In January 2023 Microsoft announced a multiyear, multibillion-dollar investment in OpenAI, reported at the time to be about $10 billion.', 'ok'], // ms-investment-amount: 2023 tranche framed as reported
  ['Microsoft holds an exclusive license to OpenAI\'s models and products through 2032.', 'flag'], // ip-models-products: non-exclusive since 2026-04-27
  ['In February 2026, after OpenAI\'s $110 billion round, the two companies said the October 2025 terms still governed; those terms were amended in April 2026.', 'ok'], // timeline 2026-02-27 and 2026-04-27
  ['OpenAI\'s valuation rose from a reported $29 billion in early 2023 to $157 billion in October 2024 and $300 billion in March 2025.', 'ok'], // openai-valuation: historical values correctly dated
  ['Background (stipulated): Microsoft currently holds a right of first refusal over any new compute capacity OpenAI procures.', 'flag'], // cloud-compute: ROFR removed 2025-10-28
  ['The stipulated timeline notes that a January 2025 right of first refusal replaced Azure exclusivity for new capacity and was itself removed in the October 2025 agreement.', 'ok'], // cloud-compute: history
  ['Defendant OpenAI Group PBC is a public benefit corporation in which Microsoft holds roughly 27 percent on an as-converted diluted basis.', 'ok'], // equity-stake
  ['Microsoft\'s Form 10-Q for the quarter ended March 31, 2026 reports approximately 27 percent ownership and $13 billion of total funding commitments, of which $11.8 billion had been funded.', 'ok'], // ms-investment-amount / equity-stake
  ['Team: OpenAI can now serve all of its products on any cloud, including ours, though launches ship first on Azure unless Microsoft cannot and chooses not to support them.', 'ok'], // api-exclusivity: Apr-2026
  ['Reminder to sales: we still cannot resell OpenAI API access because Azure holds API exclusivity until AGI.', 'flag'], // api-exclusivity: ended 2026-04-27
  ['Our Q4 all-hands is on December 4 at 10 a.m.; we expect about 1,200 attendees across 14 offices.', 'ok'], // unrelated numbers
  ['Federal team: OpenAI may provide API access to US government national-security customers regardless of cloud provider, so the GovCloud pitch can include it.', 'ok'], // national-security
  ['1/ Hot take: Microsoft owns 49% of OpenAI, so every ChatGPT dollar is half a Microsoft dollar.', 'flag'], // equity-stake: 49% was a reported profit interest; now ~27%
  ['2/ Ok, correction from the replies: the 49% was a reported profit share from the 2023 deal; since the Oct 2025 recap Microsoft holds about 27% equity.', 'ok'], // equity-stake: historical framing
  ['3/ Also wild that OpenAI is allowed to ship open-weight models that meet capability criteria. That was spelled out in the Oct 2025 deal.', 'ok'], // open-weights
  ['Under the amended deal, Microsoft remains OpenAI\'s primary cloud partner but is no longer its exclusive one.', 'ok'], // cloud-compute
  ['The $135 billion partnership overhaul gives Microsoft a 27% stake in the new OpenAI.', 'flag'], // stake-value: $135B is the stake value, not the deal
  ['Stargate, the $100 billion infrastructure venture, is led by OpenAI, SoftBank and Oracle.', 'flag'], // stargate: up to $500B over four years
  ['Products OpenAI builds with partners such as Amazon can run on any cloud; the rule keeping their API versions on Azure was dropped in April 2026.', 'ok'], // third-party-products
  ['Reports in 2025 suggested OpenAI\'s revenue share might fall to 8% by 2030, but the April 2026 amendment kept the same percentage, subject to a total cap.', 'ok'], // revenue-share: 8% framed as unrealised report
  ['Q: Does Microsoft still get first dibs on OpenAI\'s compute? A: No, the right of first refusal was dropped in the October 2025 agreement.', 'ok'], // cloud-compute
  ['Q: Who controls OpenAI Group PBC? A: The nonprofit OpenAI Foundation, which holds about 26%.', 'ok'], // foundation-stake
  ['Q: How much did OpenAI commit to spend on Azure? A: An incremental $250 billion of Azure services, agreed in October 2025.', 'ok'], // azure-commitment
  ['Q: How much of OpenAI Group PBC do employees and investors hold? A: Roughly 47%.', 'ok'], // foundation-stake: employees+investors ~47%
  ['Because Microsoft\'s licence is no longer exclusive, regulators should examine OpenAI\'s multi-cloud distribution rather than single-vendor lock-in.', 'ok'], // ip-models-products / api-exclusivity
  ['Policymakers should note that OpenAI remains contractually barred from releasing open-weight models under its Microsoft agreement.', 'flag'], // open-weights: allowed since 2025-10-28
  ['The contract between the two firms expires in 2030, at which point Microsoft loses access to OpenAI\'s models.', 'flag'], // contract-term / ip-models-products: licence through 2032
  ['If OpenAI declares AGI, Microsoft\'s access to new OpenAI models ends immediately.', 'flag'], // agi-governance / ip-models-products: licence fixed through 2032
  ['According to a December 2024 report by The Information, the earlier contract defined AGI as systems able to generate about $100 billion in profits.', 'ok'], // agi-governance: reported, historical
  ['- Valuation: OpenAI\'s February round priced it at $730bn pre-money, about $840bn fully diluted.', 'ok'], // openai-valuation
  ['- Per the February joint statement, Azure remains the exclusive cloud for stateless OpenAI APIs; nothing has changed since.', 'flag'], // api-exclusivity: changed 2026-04-27
  ['- Earlier this year, in April, Microsoft and OpenAI amended their agreement and made Microsoft\'s IP licence non-exclusive.', 'ok'], // ip-models-products: 2026-04-27
  ['When Microsoft invested $1 billion in July 2019, OpenAI called it its exclusive cloud provider and preferred partner for commercializing some pre-AGI technologies.', 'ok'], // cloud-compute / ip: 2019 history
  ['By late October 2025 OpenAI had converted its for-profit arm into a public benefit corporation, ending the capped-profit era.', 'ok'], // foundation-stake
  ['Students should note that Microsoft\'s stake went from 32.5%, excluding recent funding rounds, to about 27% after the recapitalization.', 'ok'], // equity-stake: historical 32.5%
  ['In the case as it stands today, Microsoft owns 32.5% of OpenAI.', 'flag'], // equity-stake: now ~27%
  ['The October 2025 agreement set Microsoft\'s research IP rights to last until an expert panel verified AGI or through 2030, whichever came first.', 'ok'], // ip-research: described as what Oct-2025 set
  ['An earlier version of this article said Microsoft holds a 49% stake in OpenAI; in fact it holds roughly 27% of OpenAI Group PBC.', 'ok'], // equity-stake: correction
  ['An earlier version of this article said OpenAI\'s API was exclusive to Azure; in fact, since April 2026 OpenAI can serve its products on any cloud.', 'ok'], // api-exclusivity: correction
  ['Correction: an earlier version put the Stargate budget at $100 billion; the venture plans to invest up to $500 billion over four years.', 'ok'], // stargate: correction
  ['Correction: we previously reported that Microsoft committed $250 billion to OpenAI; it is OpenAI that contracted to buy an incremental $250 billion of Azure services.', 'ok'], // azure-commitment: correction
  ['Azure-first, not Azure-only: OpenAI\'s 2026 distribution model', 'ok'], // api-exclusivity
  ['Microsoft at ~27%: Sizing the OpenAI Group PBC stake', 'ok'], // equity-stake
  ['OpenAI at $300B: Why the Valuation Matters for MSFT', 'flag'], // openai-valuation: $730B pre-money now
  ['heads up, msft stopped paying us the rev share in april, so take that line out of the forecast', 'ok'], // revenue-share
  ['nah openai the nonprofit is the foundation now, it controls the PBC and owns ~26%', 'ok'], // foundation-stake
  ['amazon committed $50B to openai in feb, $15B upfront and $35B on conditions', 'ok'], // timeline 2026-02-27 (other company)
  ['reminder: AGI in the msft contract = $100B in profits, thats still the trigger', 'flag'], // agi-governance: reported definition superseded
  ['マイクロソフトは現在もOpenAIの計算資源に対する優先交渉権（ROFR）を保持している。', 'flag'], // cloud-compute: ROFR removed 2025-10-28
  ['2026年4月の改定により、マイクロソフトのOpenAI知的財産ライセンスは2032年まで続くが、非独占となった。', 'ok'], // ip-models-products
  ['OpenAIはマイクロソフトに対し、2030年まで同じ比率で、ただし総額の上限付きで収益分配を支払い続ける。', 'ok'], // revenue-share
  ['Claim: Microsoft still pays OpenAI 20% of Azure OpenAI revenue. Verdict: False; Microsoft stopped paying OpenAI a revenue share under the April 2026 amendment.', 'ok'], // revenue-share
  ['Claim: Microsoft is barred from developing AGI. Verdict: Outdated; since October 2025 Microsoft may pursue AGI alone or with partners.', 'ok'], // ms-pursue-agi
  ['Claim: Microsoft owns a majority of OpenAI. Verdict: False; Microsoft holds roughly 27%, the OpenAI Foundation about 26%, and employees and investors about 47%.', 'ok'], // equity-stake / foundation-stake
  ['The OpenAI Foundation owns a majority of OpenAI Group PBC\'s equity.', 'flag'], // foundation-stake: ~26%
  ['Microsoft ended up with roughly one-third of the restructured OpenAI.', 'flag'], // equity-stake: one-third never took effect; ~27%
  ['Bloomberg has put Microsoft\'s total investment at about $13.75 billion, while Microsoft\'s filings cite $13 billion of funding commitments.', 'ok'], // ms-investment-amount: press figure framed as reported
  ['Stargate, announced in January 2025 by OpenAI, SoftBank, Oracle and MGX, plans to invest up to $500 billion over four years, with Microsoft as a technology partner.', 'ok'], // stargate
  ['Nvidia and SoftBank each committed $30 billion to OpenAI\'s February 2026 round.', 'ok'], // timeline 2026-02-27 (other companies)
  ['Microsoft did not give up its right of first refusal in 2025; it still gets first call on OpenAI capacity.', 'flag'], // cloud-compute: ROFR removed
  ['Contrary to some reports, Microsoft no longer has exclusive rights to OpenAI\'s IP.', 'ok'], // ip-models-products
  ['With OpenAI at about $840bn fully diluted after February, the $135 billion figure reflects Microsoft\'s stake at the October 2025 recapitalization, not a fresh investment.', 'ok'], // stake-value
  ['The OpenAI Foundation gets additional ownership as the PBC reaches a valuation milestone, reportedly a warrant tied to a more than tenfold rise over 15 years.', 'ok'], // foundation-stake: warrant framed as reported
  ['Since the April 2026 amendment, the revenue share OpenAI pays Microsoft no longer depends on OpenAI\'s technology progress.', 'ok'], // revenue-share
  // A nineteenth batch in the style of the 2026 coverage: the February round and statement, the April amendment, the 10-Q.
  ['On February 27, 2026, Microsoft and OpenAI issued a joint statement saying OpenAI\'s $110 billion raise left the terms of their October 2025 agreement unchanged.', 'ok'], // joint-2026-02-27 reported historically
  ['OpenAI\'s round priced the company at $730 billion before the new money came in, or about $840 billion on a fully diluted basis.', 'ok'], // openai-valuation
  ['Amazon\'s $50 billion pledge was split into $15 billion at signing and $35 billion contingent on conditions being met.', 'ok'], // joint-2026-02-27 / openai-valuation (Amazon $15B + $35B conditional)
  ['Nvidia and SoftBank each put up $30 billion in the February round.', 'ok'], // joint-2026-02-27 round composition
  ['At the time, the joint statement said Azure would stay the exclusive cloud provider for OpenAI\'s stateless APIs, even for work with Amazon; that language was overtaken by the April amendment.', 'ok'], // api-exclusivity: Feb statement framed historically, superseded 2026-04-27
  ['The February assurance that Microsoft\'s exclusive licence was unchanged held for exactly two months.', 'ok'], // ip-models-products: exclusive reaffirmed 02-27, made non-exclusive 04-27
  ['In February the companies also insisted that the revenue share extended to OpenAI\'s third-party collaborations, Amazon included.', 'ok'], // joint-2026-02-27 framed as past statement
  ['As the two companies reaffirmed this year, Azure remains the exclusive cloud provider for OpenAI\'s stateless APIs, including anything built with Amazon.', 'flag'], // api-exclusivity: exclusivity ended 2026-04-27
  ['OpenAI still has to route all API traffic through Azure, as the February statement made clear.', 'flag'], // api-exclusivity: any cloud since 2026-04-27
  ['Microsoft keeps an exclusive licence to OpenAI\'s models, something the partners confirmed in February and have not revisited since.', 'flag'], // ip-models-products: licence non-exclusive since 2026-04-27
  ['Under the April 27 amendment, Microsoft keeps a licence to OpenAI\'s IP for models and products through 2032, but it is no longer exclusive.', 'ok'], // ip-models-products
  ['OpenAI is now free to serve every one of its products to customers on any cloud provider.', 'ok'], // api-exclusivity / third-party-products
  ['New OpenAI products still ship first on Azure unless Microsoft cannot and chooses not to support the capabilities they need.', 'ok'], // api-exclusivity
  ['Microsoft no longer pays OpenAI any share of its revenue.', 'ok'], // revenue-share
  ['OpenAI\'s payments to Microsoft continue through 2030 at the same percentage as before, but with a ceiling on the total.', 'ok'], // revenue-share
  ['Those payments are now independent of OpenAI\'s technology progress.', 'ok'], // revenue-share
  ['Microsoft remains OpenAI\'s primary cloud partner, though not its exclusive one.', 'ok'], // cloud-compute
  ['Microsoft is still a major OpenAI shareholder after the rewrite.', 'ok'], // equity-stake / 2026-04-27 \'remains a major shareholder\'
  ['The model licence runs to 2032, while OpenAI\'s revenue-share payments stop after 2030.', 'ok'], // contract-term
  ['Under the October 2025 deal, API products OpenAI built with partners had to live on Azure; since April, OpenAI can serve all of its products on any cloud.', 'ok'], // third-party-products: history correctly framed
  ['Customers on AWS or Google Cloud can now buy OpenAI products there, something the February statement had ruled out for stateless APIs.', 'ok'], // api-exclusivity: any cloud since 2026-04-27; Feb framed historically
  ['Neither company\'s April 27 post mentioned AGI or an expert panel.', 'ok'], // agi-governance
  ['Many outlets read the April posts as the death of the AGI clause; Simon Willison\'s write-up called it \'now-deceased\'.', 'ok'], // agi-governance: press interpretation framed as such
  ['Reports put the revenue share at roughly 20%, a percentage neither company has disclosed.', 'ok'], // revenue-share: 20% framed as reported
  ['CNBC and others reported after the amendment that OpenAI would keep paying about 20% through 2030, now capped.', 'ok'], // revenue-share: reported figure framed as reported
  ['Nothing in the April terms ties the revenue share to an AGI trigger: payments run through 2030 regardless.', 'ok'], // revenue-share: independent of technology progress
  ['For anyone still quoting February\'s joint statement, its Azure-exclusivity language was superseded on April 27.', 'ok'], // api-exclusivity
  ['Microsoft still passes OpenAI a cut of Azure OpenAI revenue, while OpenAI pays Microsoft roughly 20% in return.', 'flag'], // revenue-share: Microsoft stopped paying 2026-04-27
  ['Revenue sharing between the two companies still flows in both directions.', 'flag'], // revenue-share: one-way since 2026-04-27
  ['OpenAI\'s revenue-share payments to Microsoft last until an independent panel verifies AGI.', 'flag'], // revenue-share: now through 2030, independent of technology progress
  ['Microsoft\'s licence to OpenAI\'s models and products is exclusive through 2032.', 'flag'], // ip-models-products: licence non-exclusive
  ['Microsoft can use OpenAI\'s models until 2032 or until AGI arrives, whichever comes first.', 'flag'], // ip-models-products: fixed 2032 term, no AGI cutoff
  ['Even after April, Microsoft holds exclusive IP rights until AGI.', 'flag'], // ip-models-products: non-exclusive since 2026-04-27
  ['Azure is still OpenAI\'s exclusive cloud provider.', 'flag'], // cloud-compute: primary, not exclusive
  ['The partnership runs until 2030, giving Microsoft access to OpenAI\'s models for Copilot through the end of the decade.', 'flag'], // contract-term: model/product licence through 2032
  ['OpenAI\'s board alone decides when AGI has arrived, and Microsoft loses access to new models the moment it does.', 'flag'], // agi-governance: board-alone rule superseded; ip-models-products fixed 2032 term
  ['Microsoft\'s 10-Q for the quarter ended March 31, 2026, put its holding at approximately 27% of OpenAI on an as-converted basis.', 'ok'], // equity-stake / msft-10q-2026-03-31
  ['The same filing showed $11.8 billion funded against a $13 billion total commitment.', 'ok'], // ms-investment-amount
  ['Microsoft accounts for its $13 billion of funding commitments to OpenAI under the equity method.', 'ok'], // ms-investment-amount
  ['The 27% figure dates from the October 2025 recapitalization; Microsoft\'s March-quarter 10-Q still used it, though February\'s round may have diluted it since.', 'ok'], // equity-stake note
  ['When OpenAI recapitalized in October 2025, Microsoft\'s stake was valued at about $135 billion.', 'ok'], // stake-value
  ['Excluding OpenAI\'s recent funding rounds, Microsoft held 32.5% on an as-converted basis before the recapitalization.', 'ok'], // equity-stake: historical framing
  ['Microsoft\'s investment sits in OpenAI Group PBC, the public benefit corporation created in October 2025.', 'ok'], // foundation-stake
  ['The OpenAI Foundation, as the nonprofit is now called, controls OpenAI Group PBC and held about 26% at the recapitalization.', 'ok'], // foundation-stake
  ['The Foundation also gets additional ownership if the for-profit reaches a valuation milestone.', 'ok'], // foundation-stake
  ['Microsoft owns 49% of OpenAI, which gives it leverage over the startup\'s cloud choices.', 'flag'], // equity-stake: 49% profit interest replaced by ~27% equity
  ['Microsoft, which holds 32.5% of OpenAI on an as-converted basis, reports the position under the equity method.', 'flag'], // equity-stake: ~27% since 2025-10-28
  ['Microsoft holds roughly one-third of the restructured OpenAI.', 'flag'], // equity-stake: one-third was a proposal that never took effect
  ['Microsoft has invested $135 billion in OpenAI.', 'flag'], // stake-value: $135B is the stake\'s value; ms-investment-amount is $13B committed
  ['The $135 billion agreement signed in October 2025 still governs the relationship today.', 'flag'], // stake-value: not a deal size; terms amended 2026-04-27
  ['OpenAI remains a capped-profit company controlled by its nonprofit parent.', 'flag'], // foundation-stake: recapitalized as a PBC in Oct 2025
  ['OpenAI, valued at $500 billion, is still Microsoft\'s largest single AI investment.', 'flag'], // openai-valuation: $730B pre-money since Feb 2026
  ['OpenAI\'s valuation climbed from $300 billion in March 2025 to $730 billion pre-money in February 2026.', 'ok'], // openai-valuation history
  ['Microsoft still holds a right of first refusal on new OpenAI compute, which is why the Amazon and Oracle contracts needed its blessing.', 'flag'], // cloud-compute: ROFR removed 2025-10-28
  ['OpenAI can take products to Google Cloud only after Microsoft passes on them under its right of first refusal.', 'flag'], // cloud-compute: no ROFR; any cloud since 2026-04-27
  ['Microsoft no longer has a right of first refusal to be OpenAI\'s compute provider.', 'ok'], // cloud-compute
  ['In January 2025 Microsoft swapped its cloud exclusivity for a right of first refusal, and it gave that up entirely in October 2025.', 'ok'], // cloud-compute history
  ['OpenAI\'s October 2025 pledge to buy an incremental $250 billion of Azure services is one reason analysts expect Azure to stay central even without exclusivity.', 'ok'], // azure-commitment
  ['Microsoft committed $250 billion to build out Azure capacity for OpenAI.', 'flag'], // azure-commitment: OpenAI is the buyer of $250B of Azure services
  ['Stargate, announced in January 2025 with SoftBank, Oracle and MGX, aims to invest up to $500 billion over four years; Microsoft is a technology partner, not an investor.', 'ok'], // stargate
  ['Stargate is a $100 billion joint venture in which Microsoft holds equity.', 'flag'], // stargate: up to $500B; Microsoft has no equity
  ['SoftBank\'s $30 billion in February comes on top of its role as a Stargate partner.', 'ok'], // stargate / joint-2026-02-27
  ['Nvidia\'s $30 billion went to OpenAI, not to Microsoft.', 'ok'], // joint-2026-02-27 trap
  ['In 2019 Microsoft invested $1 billion and OpenAI said Microsoft would become its exclusive cloud provider.', 'ok'], // cloud-compute / ms-investment-amount history
  ['Microsoft announced an exclusive GPT-3 licence in 2020, while OpenAI kept offering the model through its own API.', 'ok'], // ip-models-products history
  ['Microsoft called its 2023 investment \'multiyear, multibillion dollar\'; the widely quoted $10 billion figure came from press reports.', 'ok'], // ms-investment-amount
  ['Semafor reported in 2023 that Microsoft would get 75% of OpenAI\'s profits until it recouped its investment, then 49%; that structure ended with the recapitalization.', 'ok'], // equity-stake history, reported
  ['The Information reported in December 2024 that the contract once defined AGI as systems able to generate about $100 billion in profits.', 'ok'], // agi-governance history, reported
  ['The 2025 reports that Microsoft would take a third of OpenAI, or accept a revenue share cut to 8%, described negotiating positions that never took effect.', 'ok'], // equity-stake / revenue-share: never took effect
  ['In September 2025 the companies signed a non-binding memorandum of understanding that led to the October definitive agreement.', 'ok'], // openai-mou-2025-09-11
  ['The 2032 end date is not new: it first appeared in the October 2025 agreement and survived the April amendment.', 'ok'], // ip-models-products
  ['Microsoft can pursue AGI on its own or with other partners, a right it gained in October 2025.', 'ok'], // ms-pursue-agi
  ['Microsoft is contractually barred from building its own AGI.', 'flag'], // ms-pursue-agi: may pursue AGI independently since 2025-10-28
  ['OpenAI may release open-weight models that meet requisite capability criteria.', 'ok'], // open-weights
  ['OpenAI can give US national security customers API access regardless of cloud provider.', 'ok'], // national-security
  // A twentieth batch in the style of the 2019–2025 coverage, judged today and on its day of publication.
  ['Microsoft is investing $1 billion in OpenAI, and Azure will become the lab\'s exclusive cloud provider.', 'flag'], // cloud-compute: exclusivity ended 2025-01-21 (ROFR), ROFR removed 2025-10-28
  ['Microsoft is investing $1 billion in OpenAI, and Azure will become the lab\'s exclusive cloud provider.', 'ok', '2019-07-22'], // cloud-compute: exclusivity ended 2025-01-21 (ROFR), ROFR removed 2025-10-28
  ['Microsoft will be OpenAI\'s preferred partner for commercializing new AI technologies before AGI.', 'flag'], // ip-models-products: pre-AGI preferred-partner term superseded 2025-10-28, now non-exclusive licence to 2032
  ['Microsoft will be OpenAI\'s preferred partner for commercializing new AI technologies before AGI.', 'ok', '2019-07-22'], // ip-models-products: pre-AGI preferred-partner term superseded 2025-10-28, now non-exclusive licence to 2032
  ['OpenAI\'s nonprofit board will decide when AGI has been reached, and technology it deems AGI will fall outside Microsoft\'s commercial licence.', 'ok', '2019-07-23'], // agi-governance: board-decides rule superseded 2025-10-28 (panel) and 2026-04-27
  ['OpenAI LP, the capped-profit company that takes Microsoft\'s money, is controlled by the board of the OpenAI nonprofit.', 'flag'], // foundation-stake: capped-profit OpenAI LP replaced by OpenAI Group PBC 2025-10-28
  ['OpenAI LP, the capped-profit company that takes Microsoft\'s money, is controlled by the board of the OpenAI nonprofit.', 'ok', '2019-07-22'], // foundation-stake: capped-profit OpenAI LP replaced by OpenAI Group PBC 2025-10-28
  ['Microsoft now holds an exclusive licence to GPT-3, OpenAI\'s largest language model.', 'flag'], // ip-models-products: exclusive GPT-3 licence subsumed; licence non-exclusive since 2026-04-27
  ['Microsoft now holds an exclusive licence to GPT-3, OpenAI\'s largest language model.', 'ok', '2020-09-23'], // ip-models-products: exclusive GPT-3 licence subsumed; licence non-exclusive since 2026-04-27
  ['Microsoft\'s total investment in OpenAI stands at $1 billion.', 'flag'], // ms-investment-amount: $1B total until 2021; now $13B commitments
  ['Microsoft\'s total investment in OpenAI stands at $1 billion.', 'ok', '2020-09-23'], // ms-investment-amount: $1B total until 2021; now $13B commitments
  ['Azure remains the exclusive cloud provider for OpenAI\'s research and products.', 'flag'], // cloud-compute: exclusivity replaced 2025-01-21
  ['Azure remains the exclusive cloud provider for OpenAI\'s research and products.', 'ok', '2022-11-30'], // cloud-compute: exclusivity replaced 2025-01-21
  ['Azure will be OpenAI\'s exclusive cloud provider, powering all of its workloads across research, products and API services.', 'flag'], // cloud-compute: 2023 exclusivity ended 2025-01-21; now primary cloud partner
  ['Azure will be OpenAI\'s exclusive cloud provider, powering all of its workloads across research, products and API services.', 'ok', '2023-01-23'], // cloud-compute: 2023 exclusivity ended 2025-01-21; now primary cloud partner
  ['Microsoft gets 75% of OpenAI\'s profits until it recoups its investment, after which its share falls to 49%.', 'flag'], // equity-stake: reported profit interest replaced by ~27% equity 2025-10-28
  ['Microsoft gets 75% of OpenAI\'s profits until it recoups its investment, after which its share falls to 49%.', 'ok', '2023-01-24'], // equity-stake: reported profit interest replaced by ~27% equity 2025-10-28
  ['OpenAI is valued at roughly $29 billion, according to people familiar with the matter.', 'flag'], // openai-valuation: $29B (Jan 2023) superseded; now $730B pre-money
  ['OpenAI is valued at roughly $29 billion, according to people familiar with the matter.', 'ok', '2023-01-23'], // openai-valuation: $29B (Jan 2023) superseded; now $730B pre-money
  ['Microsoft does not own conventional equity in OpenAI; it holds a profit-sharing interest in the capped-profit entity.', 'flag'], // equity-stake: profit interest replaced by ~27% as-converted equity 2025-10-28
  ['Microsoft does not own conventional equity in OpenAI; it holds a profit-sharing interest in the capped-profit entity.', 'ok', '2023-01-24'], // equity-stake: profit interest replaced by ~27% as-converted equity 2025-10-28
  ['Microsoft\'s money goes into OpenAI Global LLC, a capped-profit subsidiary controlled by the nonprofit OpenAI Inc.', 'flag'], // foundation-stake: capped-profit structure replaced by OpenAI Group PBC / OpenAI Foundation 2025-10-28
  ['Microsoft\'s money goes into OpenAI Global LLC, a capped-profit subsidiary controlled by the nonprofit OpenAI Inc.', 'ok', '2023-11-20'], // foundation-stake: capped-profit structure replaced by OpenAI Group PBC / OpenAI Foundation 2025-10-28
  ['OpenAI\'s API is available exclusively on Azure, which also sells the models through the Azure OpenAI Service.', 'flag'], // api-exclusivity: Azure API exclusivity ended 2026-04-27
  ['OpenAI\'s API is available exclusively on Azure, which also sells the models through the Azure OpenAI Service.', 'ok', '2023-06-15'], // api-exclusivity: Azure API exclusivity ended 2026-04-27
  ['OpenAI is now valued at $157 billion after its latest funding round.', 'flag'], // openai-valuation: $157B superseded 2025-03-31
  ['OpenAI is now valued at $157 billion after its latest funding round.', 'ok', '2024-10-02'], // openai-valuation: $157B superseded 2025-03-31
  ['Microsoft remains OpenAI\'s exclusive cloud provider, even as the startup hunts for more computing power.', 'flag'], // cloud-compute: exclusivity replaced by ROFR 2025-01-21
  ['Microsoft remains OpenAI\'s exclusive cloud provider, even as the startup hunts for more computing power.', 'ok', '2024-10-03'], // cloud-compute: exclusivity replaced by ROFR 2025-01-21
  ['Under the contract, OpenAI will only be deemed to have achieved AGI when its systems can generate about $100 billion in profits.', 'flag'], // agi-governance: reported $100B definition superseded 2025-10-28
  ['Under the contract, OpenAI will only be deemed to have achieved AGI when its systems can generate about $100 billion in profits.', 'ok', '2024-12-26'], // agi-governance: reported $100B definition superseded 2025-10-28
  ['Microsoft now has a right of first refusal on new capacity, rather than being OpenAI\'s exclusive cloud provider.', 'flag'], // cloud-compute: ROFR removed 2025-10-28
  ['Microsoft now has a right of first refusal on new capacity, rather than being OpenAI\'s exclusive cloud provider.', 'ok', '2025-01-21'], // cloud-compute: ROFR removed 2025-10-28
  ['The OpenAI API remains exclusive to Azure for the duration of the contract through 2030.', 'flag'], // api-exclusivity/contract-term: ended 2025-10-28 and 2026-04-27; any cloud now
  ['The OpenAI API remains exclusive to Azure for the duration of the contract through 2030.', 'ok', '2025-01-21'], // api-exclusivity/contract-term: ended 2025-10-28 and 2026-04-27; any cloud now
  ['Microsoft keeps its rights to OpenAI\'s IP, including models and infrastructure, for products like Copilot through 2030.', 'flag'], // ip-models-products: now non-exclusive licence through 2032
  ['Microsoft keeps its rights to OpenAI\'s IP, including models and infrastructure, for products like Copilot through 2030.', 'ok', '2025-01-22'], // ip-models-products: now non-exclusive licence through 2032
  ['Revenue-sharing payments between the two companies continue to flow both ways.', 'flag'], // revenue-share: Microsoft no longer pays OpenAI since 2026-04-27
  ['Revenue-sharing payments between the two companies continue to flow both ways.', 'ok', '2025-01-22'], // revenue-share: Microsoft no longer pays OpenAI since 2026-04-27
  ['OpenAI is now valued at $300 billion after a $40 billion round led by SoftBank.', 'flag'], // openai-valuation: $300B superseded (Oct 2025 ~$500B, Feb 2026 $730B)
  ['OpenAI is now valued at $300 billion after a $40 billion round led by SoftBank.', 'ok', '2025-03-31'], // openai-valuation: $300B superseded (Oct 2025 ~$500B, Feb 2026 $730B)
  ['Microsoft, for its part, pays OpenAI roughly 20% of the revenue from its Azure OpenAI service.', 'flag'], // revenue-share: Microsoft stopped paying OpenAI a revenue share 2026-04-27
  ['Microsoft, for its part, pays OpenAI roughly 20% of the revenue from its Azure OpenAI service.', 'ok', '2025-05-08'], // revenue-share: Microsoft stopped paying OpenAI a revenue share 2026-04-27
  ['Microsoft\'s contract with OpenAI bars it from pursuing AGI on its own.', 'flag'], // ms-pursue-agi: Microsoft may pursue AGI independently since 2025-10-28
  ['Microsoft\'s contract with OpenAI bars it from pursuing AGI on its own.', 'ok', '2025-06-26'], // ms-pursue-agi: Microsoft may pursue AGI independently since 2025-10-28
  ['Under the current contract, OpenAI\'s board alone decides when AGI has been reached, at which point Microsoft would lose access to new models.', 'flag'], // agi-governance: superseded 2025-10-28 (panel) and 2026-04-27 (licence to 2032)
  ['Under the current contract, OpenAI\'s board alone decides when AGI has been reached, at which point Microsoft would lose access to new models.', 'ok', '2025-06-26'], // agi-governance: superseded 2025-10-28 (panel) and 2026-04-27 (licence to 2032)
  ['The two companies are still working to finalize the contractual terms of a definitive agreement.', 'ok', '2025-09-11'], // timeline: definitive agreement signed 2025-10-28, amended 2026-04-27
  ['Microsoft holds a right of first refusal to be OpenAI\'s compute provider.', 'flag'], // cloud-compute: ROFR removed 2025-10-28
  ['Microsoft holds a right of first refusal to be OpenAI\'s compute provider.', 'ok', '2025-09-12'], // cloud-compute: ROFR removed 2025-10-28
  ['OpenAI\'s API runs exclusively on Azure, though the startup can now go to other providers for training capacity if Microsoft passes.', 'flag'], // api-exclusivity + cloud-compute: API exclusivity ended 2026-04-27, ROFR removed 2025-10-28
  ['OpenAI\'s API runs exclusively on Azure, though the startup can now go to other providers for training capacity if Microsoft passes.', 'ok', '2025-04-10'], // api-exclusivity + cloud-compute: API exclusivity ended 2026-04-27, ROFR removed 2025-10-28
  ['Microsoft has invested $1 billion in OpenAI to date.', 'flag'], // ms-investment-amount: $1B total stale after the 2021 investment
  ['The deal gives Microsoft a 75% ownership stake in OpenAI.', 'flag'], // equity-stake: 75% was a reported profit share until recoup, never ownership
  ['Microsoft is one of the equity investors behind the $500 billion Stargate venture.', 'flag'], // stargate: Microsoft a technology partner, not an investor
  ['Microsoft is one of the equity investors behind the $500 billion Stargate venture.', 'flag', '2025-01-22'], // stargate: Microsoft a technology partner, not an investor
  ['Stargate is a $100 billion infrastructure venture between OpenAI, SoftBank and Oracle.', 'flag'], // stargate: up to $500B over four years; $100B as total is wrong
  ['Stargate is a $100 billion infrastructure venture between OpenAI, SoftBank and Oracle.', 'flag', '2025-01-23'], // stargate: up to $500B over four years; $100B as total is wrong
  ['Azure is OpenAI\'s exclusive cloud provider.', 'flag'], // cloud-compute: exclusivity replaced by ROFR 2025-01-21
  ['Azure is OpenAI\'s exclusive cloud provider.', 'flag', '2025-07-15'], // cloud-compute: exclusivity replaced by ROFR 2025-01-21
  ['Azure will remain OpenAI\'s exclusive cloud provider for all workloads through 2030.', 'flag'], // cloud-compute: exclusivity replaced by ROFR 2025-01-21
  ['Azure will remain OpenAI\'s exclusive cloud provider for all workloads through 2030.', 'flag', '2025-04-10'], // cloud-compute: exclusivity replaced by ROFR 2025-01-21
  ['Microsoft has the exclusive right to host all of OpenAI\'s new computing capacity.', 'flag'], // cloud-compute: only ROFR on new capacity from 2025-01-21; removed 2025-10-28
  ['Microsoft has the exclusive right to host all of OpenAI\'s new computing capacity.', 'flag', '2025-02-20'], // cloud-compute: only ROFR on new capacity from 2025-01-21; removed 2025-10-28
  ['On Monday, July 22, 2019, Microsoft announced a $1 billion investment in OpenAI.', 'ok'], // ms-investment-amount: dated 2019 event
  ['On Monday, July 22, 2019, Microsoft announced a $1 billion investment in OpenAI.', 'ok', '2019-07-22'], // ms-investment-amount: dated 2019 event
  ['On Monday, Microsoft announced a new multiyear, multibillion-dollar investment in OpenAI, building on its earlier investments in 2019 and 2021.', 'ok'], // timeline 2023-01-23: investment event, no stale term
  ['On Monday, Microsoft announced a new multiyear, multibillion-dollar investment in OpenAI, building on its earlier investments in 2019 and 2021.', 'ok', '2023-01-23'], // timeline 2023-01-23: investment event, no stale term
  ['In 2019, OpenAI said Microsoft would become its exclusive cloud provider.', 'ok'], // cloud-compute: dated past
  ['In 2019, OpenAI said Microsoft would become its exclusive cloud provider.', 'ok', '2023-01-23'], // cloud-compute: dated past
  ['In September 2020, Microsoft secured an exclusive licence to GPT-3, though OpenAI kept offering the model through its own API.', 'ok'], // ip-models-products: dated past (2020-09-22)
  ['In September 2020, Microsoft secured an exclusive licence to GPT-3, though OpenAI kept offering the model through its own API.', 'ok', '2023-01-24'], // ip-models-products: dated past (2020-09-22)
  ['Microsoft has now committed a total of $13 billion to OpenAI.', 'ok'], // ms-investment-amount: $13B total commitments still current
  ['Microsoft has now committed a total of $13 billion to OpenAI.', 'ok', '2023-01-24'], // ms-investment-amount: $13B total commitments still current
  ['In July 2019, Microsoft put $1 billion into OpenAI and agreed to build new Azure AI supercomputing technologies with the lab.', 'ok'], // ms-investment-amount: dated past
  ['In July 2019, Microsoft put $1 billion into OpenAI and agreed to build new Azure AI supercomputing technologies with the lab.', 'ok', '2023-01-10'], // ms-investment-amount: dated past
  ['In January 2023, Microsoft extended its partnership with OpenAI in a multiyear, multibillion-dollar deal reported to be worth $10 billion.', 'ok'], // ms-investment-amount: dated past
  ['In January 2023, Microsoft extended its partnership with OpenAI in a multiyear, multibillion-dollar deal reported to be worth $10 billion.', 'ok', '2024-10-03'], // ms-investment-amount: dated past
  ['In January 2023, Semafor reported that Microsoft would receive 75% of OpenAI\'s profits until it recouped its investment.', 'ok'], // equity-stake: dated past report
  ['In January 2023, Semafor reported that Microsoft would receive 75% of OpenAI\'s profits until it recouped its investment.', 'ok', '2024-10-03'], // equity-stake: dated past report
  ['When it extended the partnership in January 2023, Microsoft said Azure would power all of OpenAI\'s workloads.', 'ok'], // cloud-compute: dated past
  ['When it extended the partnership in January 2023, Microsoft said Azure would power all of OpenAI\'s workloads.', 'ok', '2024-10-03'], // cloud-compute: dated past
  ['In December 2024, The Information reported that the companies\' contract defined AGI as a system able to generate about $100 billion in profits.', 'ok'], // agi-governance: dated past report
  ['In December 2024, The Information reported that the companies\' contract defined AGI as a system able to generate about $100 billion in profits.', 'ok', '2025-06-20'], // agi-governance: dated past report
  ['In a blog post on January 21, 2025, Microsoft said it would now have a right of first refusal on new OpenAI computing capacity instead of exclusivity.', 'ok'], // cloud-compute: explicit past date
  ['In a blog post on January 21, 2025, Microsoft said it would now have a right of first refusal on new OpenAI computing capacity instead of exclusivity.', 'ok', '2025-01-22'], // cloud-compute: explicit past date
  ['Microsoft is no longer OpenAI\'s exclusive cloud provider.', 'ok'], // cloud-compute: negated; still true
  ['Microsoft is no longer OpenAI\'s exclusive cloud provider.', 'ok', '2025-01-22'], // cloud-compute: negated; still true
  ['The Stargate Project, a joint venture of OpenAI, SoftBank, Oracle and MGX, will invest up to $500 billion over the next four years.', 'ok'], // stargate: current
  ['The Stargate Project, a joint venture of OpenAI, SoftBank, Oracle and MGX, will invest up to $500 billion over the next four years.', 'ok', '2025-01-21'], // stargate: current
  ['Microsoft is a technology partner in Stargate but is not investing in the venture.', 'ok'], // stargate: current
  ['Microsoft is a technology partner in Stargate but is not investing in the venture.', 'ok', '2025-01-22'], // stargate: current
  ['SoftBank, Oracle and MGX joined OpenAI in announcing Stargate on January 21, 2025.', 'ok'], // stargate: dated past
  ['SoftBank, Oracle and MGX joined OpenAI in announcing Stargate on January 21, 2025.', 'ok', '2025-03-31'], // stargate: dated past
  ['On January 21, 2025, Microsoft said it had approved OpenAI building additional capacity, primarily for research and training.', 'ok'], // cloud-compute: explicit past date
  ['On January 21, 2025, Microsoft said it had approved OpenAI building additional capacity, primarily for research and training.', 'ok', '2025-01-22'], // cloud-compute: explicit past date
  ['In its March 2025 funding round, OpenAI was valued at $300 billion.', 'ok'], // openai-valuation: dated past
  ['In its March 2025 funding round, OpenAI was valued at $300 billion.', 'ok', '2025-06-18'], // openai-valuation: dated past
  ['OpenAI\'s October 2024 funding round valued the company at $157 billion.', 'ok'], // openai-valuation: dated past
  ['OpenAI\'s October 2024 funding round valued the company at $157 billion.', 'ok', '2025-03-31'], // openai-valuation: dated past
  ['OpenAI has told investors it plans to cut the share of revenue it pays Microsoft to about 8% by 2030, according to The Information.', 'flag'], // revenue-share: a plan told as live after the April 2026 amendment settled the share
  ['OpenAI has told investors it plans to cut the share of revenue it pays Microsoft to about 8% by 2030, according to The Information.', 'ok', '2025-05-07'], // revenue-share: proposal reported as proposal
  ['OpenAI pays Microsoft 20% of its revenue under an arrangement that runs through 2030.', 'ok'], // revenue-share: OpenAI->Microsoft share (reported 20%) continues through 2030
  ['OpenAI pays Microsoft 20% of its revenue under an arrangement that runs through 2030.', 'ok', '2025-05-07'], // revenue-share: OpenAI->Microsoft share (reported 20%) continues through 2030
  ['Microsoft is negotiating for a stake of roughly one-third in a restructured OpenAI, according to people familiar with the talks.', 'flag'], // equity-stake: a proposal told as a live plan after the recapitalization settled the stake at ~27%
  ['Microsoft is negotiating for a stake of roughly one-third in a restructured OpenAI, according to people familiar with the talks.', 'ok', '2025-06-17'], // equity-stake: one-third reported as a proposal
  ['On September 11, 2025, OpenAI and Microsoft signed a non-binding memorandum of understanding for the next phase of their partnership.', 'ok'], // timeline 2025-09-11: dated past
  ['On September 11, 2025, OpenAI and Microsoft signed a non-binding memorandum of understanding for the next phase of their partnership.', 'ok', '2025-09-12'], // timeline 2025-09-11: dated past
  ['Microsoft has committed $13 billion to OpenAI since 2019.', 'ok'], // ms-investment-amount: current
  ['Microsoft has committed $13 billion to OpenAI since 2019.', 'ok', '2025-09-12'], // ms-investment-amount: current
  ['Microsoft was OpenAI\'s exclusive cloud provider from 2019 until January 2025, when the arrangement was replaced with a right of first refusal.', 'ok'], // cloud-compute: dated past
  ['Microsoft was OpenAI\'s exclusive cloud provider from 2019 until January 2025, when the arrangement was replaced with a right of first refusal.', 'ok', '2025-09-12'], // cloud-compute: dated past
  ['Stargate, OpenAI\'s joint venture with SoftBank and Oracle, plans to invest up to $500 billion in AI infrastructure over four years.', 'ok'], // stargate: current
  ['Stargate, OpenAI\'s joint venture with SoftBank and Oracle, plans to invest up to $500 billion in AI infrastructure over four years.', 'ok', '2025-07-22'], // stargate: current
  ['The memorandum of understanding the companies signed in September 2025 was non-binding.', 'ok'], // timeline 2025-09-11: dated past
  ['The memorandum of understanding the companies signed in September 2025 was non-binding.', 'ok', '2025-09-15'], // timeline 2025-09-11: dated past
  ['The 2019 agreement gave OpenAI\'s nonprofit board sole authority to decide when AGI had been achieved.', 'ok'], // agi-governance: dated past
  ['The 2019 agreement gave OpenAI\'s nonprofit board sole authority to decide when AGI had been achieved.', 'ok', '2025-06-26'], // agi-governance: dated past
  ['Before the January 2025 changes, Azure had been OpenAI\'s exclusive cloud provider.', 'ok'], // cloud-compute: dated past
  ['Before the January 2025 changes, Azure had been OpenAI\'s exclusive cloud provider.', 'ok', '2025-01-22'], // cloud-compute: dated past
  ['Microsoft said on January 21, 2025, that the OpenAI API would remain exclusive to Azure.', 'ok'], // api-exclusivity: explicit past date
  ['Microsoft said on January 21, 2025, that the OpenAI API would remain exclusive to Azure.', 'ok', '2025-01-22'], // api-exclusivity: explicit past date
  ['In March 2025, SoftBank led a $40 billion round that valued OpenAI at $300 billion.', 'ok'], // openai-valuation: dated past
  ['In March 2025, SoftBank led a $40 billion round that valued OpenAI at $300 billion.', 'ok', '2025-09-11'], // openai-valuation: dated past
  ['The Information reported earlier this year that Microsoft had discussed taking about one-third of a restructured OpenAI.', 'ok'], // equity-stake: proposal reported as proposal
  ['The Information reported earlier this year that Microsoft had discussed taking about one-third of a restructured OpenAI.', 'ok', '2025-09-12'], // equity-stake: proposal reported as proposal
  ['On Monday, July 22, 2019, Microsoft said OpenAI would port its services to run on Azure.', 'ok'], // cloud-compute: explicit past date
  ['On Monday, July 22, 2019, Microsoft said OpenAI would port its services to run on Azure.', 'ok', '2019-07-22'], // cloud-compute: explicit past date
  ['On Tuesday, September 22, 2020, Microsoft said it had teamed up with OpenAI to exclusively license GPT-3.', 'ok'], // ip-models-products: explicit past date
  ['On Tuesday, September 22, 2020, Microsoft said it had teamed up with OpenAI to exclusively license GPT-3.', 'ok', '2020-09-22'], // ip-models-products: explicit past date
  ['In 2021, Microsoft made a second investment in OpenAI, reportedly about $2 billion.', 'ok'], // ms-investment-amount: dated past
  ['In 2021, Microsoft made a second investment in OpenAI, reportedly about $2 billion.', 'ok', '2023-01-24'], // ms-investment-amount: dated past
  ['OpenAI and Microsoft reportedly agreed in 2023 that AGI would be reached only when OpenAI\'s systems could generate $100 billion in profits.', 'ok'], // agi-governance: dated past report
  ['OpenAI and Microsoft reportedly agreed in 2023 that AGI would be reached only when OpenAI\'s systems could generate $100 billion in profits.', 'ok', '2024-12-27'], // agi-governance: dated past report
  ['OpenAI had previously relied on Azure as its exclusive cloud provider.', 'ok'], // cloud-compute: past framing
  ['OpenAI had previously relied on Azure as its exclusive cloud provider.', 'ok', '2025-01-22'], // cloud-compute: past framing
  ['Microsoft first invested in OpenAI in 2019, with a $1 billion commitment.', 'ok'], // ms-investment-amount: dated past
  ['Microsoft first invested in OpenAI in 2019, with a $1 billion commitment.', 'ok', '2024-10-02'], // ms-investment-amount: dated past
  ['The new deal does not give Microsoft exclusivity over OpenAI\'s new computing capacity.', 'ok'], // cloud-compute: negated; still true
  ['The new deal does not give Microsoft exclusivity over OpenAI\'s new computing capacity.', 'ok', '2025-01-22'], // cloud-compute: negated; still true
  ['Microsoft\'s 2023 deal reportedly entitled it to 49% of OpenAI\'s profits once it had recouped its investment.', 'ok'], // equity-stake: dated past report
  ['Microsoft\'s 2023 deal reportedly entitled it to 49% of OpenAI\'s profits once it had recouped its investment.', 'ok', '2025-06-26'], // equity-stake: dated past report
  ['The memorandum did not itself finalize the terms; a definitive agreement was to follow.', 'ok'], // timeline 2025-09-11: past framing
  ['The memorandum did not itself finalize the terms; a definitive agreement was to follow.', 'ok', '2025-09-12'], // timeline 2025-09-11: past framing
  ['In a post on July 22, 2019, OpenAI said Microsoft would become its exclusive cloud provider and its preferred partner for commercializing new AI technologies.', 'ok'], // cloud-compute/ip-models-products: explicit past date
  ['In a post on July 22, 2019, OpenAI said Microsoft would become its exclusive cloud provider and its preferred partner for commercializing new AI technologies.', 'ok', '2019-07-23'], // cloud-compute/ip-models-products: explicit past date
  ['OpenAI raised $40 billion at a $300 billion valuation in a SoftBank-led round announced on March 31, 2025.', 'ok'], // openai-valuation: explicit past date
  ['OpenAI raised $40 billion at a $300 billion valuation in a SoftBank-led round announced on March 31, 2025.', 'ok', '2025-04-01'], // openai-valuation: explicit past date
  ['In 2019, Microsoft became OpenAI\'s exclusive cloud provider.', 'ok'], // cloud-compute: dated past
  ['In 2019, Microsoft became OpenAI\'s exclusive cloud provider.', 'ok', '2023-01-26'], // cloud-compute: dated past
  ['Talks over a new contract have included an OpenAI proposal to reduce the revenue share it pays Microsoft.', 'ok'], // revenue-share: proposal reported as proposal
  ['Talks over a new contract have included an OpenAI proposal to reduce the revenue share it pays Microsoft.', 'ok', '2025-05-08'], // revenue-share: proposal reported as proposal
  ['Microsoft first licensed GPT-3 exclusively in 2020.', 'ok'], // ip-models-products: dated past
  ['Microsoft first licensed GPT-3 exclusively in 2020.', 'ok', '2025-07-10'], // ip-models-products: dated past
  ['The memorandum follows months of negotiations that reportedly included an OpenAI proposal to cut Microsoft\'s revenue share to 8% by 2030.', 'ok'], // revenue-share: proposal reported as proposal
  ['The memorandum follows months of negotiations that reportedly included an OpenAI proposal to cut Microsoft\'s revenue share to 8% by 2030.', 'ok', '2025-09-12'], // revenue-share: proposal reported as proposal
  ['On January 21, 2025, Microsoft said OpenAI had made a new, large Azure commitment.', 'ok'], // azure-commitment: explicit past date
  ['On January 21, 2025, Microsoft said OpenAI had made a new, large Azure commitment.', 'ok', '2025-01-22'], // azure-commitment: explicit past date
  ['Microsoft lost its status as OpenAI\'s exclusive cloud provider in January 2025.', 'ok'], // cloud-compute: dated past; still true
  ['Microsoft lost its status as OpenAI\'s exclusive cloud provider in January 2025.', 'ok', '2025-04-01'], // cloud-compute: dated past; still true
  ['Microsoft has been a major investor in OpenAI since 2019.', 'ok'], // timeline 2025-01-21/2026-04-27: still a major shareholder
  ['Microsoft has been a major investor in OpenAI since 2019.', 'ok', '2025-09-12'], // timeline 2025-01-21/2026-04-27: still a major shareholder
  // Sentences built to trip the context rules: idioms that look like negators, rhetorical questions, dates of other clauses, labels.
  ["At the end of the day Microsoft holds a 32.5% stake in OpenAI.", 'flag'], // 'end' is an idiom, not a negator; 32.5% is stale (27% since 2025-10-28)
  ["Shares dropped as investors learned that Azure remains the exclusive cloud provider for OpenAI's API.", 'flag'], // control: 'dropped' governs shares; API exclusivity ended 2026-04-27
  ["No wonder Microsoft still holds a right of first refusal over OpenAI's new capacity.", 'flag'], // 'No wonder' affirms; ROFR removed 2025-10-28
  ["Not only does Microsoft hold an exclusive license to OpenAI's models, it also gets a revenue share.", 'flag'], // 'Not only' intensifies; licence non-exclusive since 2026-04-27
  ["Microsoft is not just OpenAI's exclusive cloud provider; it is also its largest investor.", 'flag'], // 'not just' affirms; exclusivity ended 2025-01-21
  ["Analysts never tire of noting that Microsoft owns 49% of OpenAI.", 'flag'], // 'never' negates 'tire'; 49% is a stale garble
  ["No one disputes that Azure is the exclusive cloud provider for OpenAI's API.", 'flag'], // negator reaches across 'that' into a complement it affirms
  ["Microsoft stopped short of calling its 49% stake in OpenAI a controlling one.", 'flag'], // 'stopped short of' negates 'calling', presupposes a 49% stake
  ["Microsoft's 49% share of OpenAI's profits is no more than a paper entitlement until OpenAI turns a profit.", 'flag'], // 'no more than' = merely; 49% profit interest ended 2025-10-28
  ["Did you know that Microsoft owns 49% of OpenAI?", 'flag'], // 'Did you know' asserts its complement
  ["Is it any wonder that Azure is still the exclusive cloud provider for OpenAI's API?", 'flag'], // rhetorical question presupposes exclusivity
  ["How did Microsoft's 32.5% stake shrink to 27%?", 'ok'], // 32.5% is the old end of the change
  ["If OpenAI declares AGI tomorrow, Microsoft would lose access to its models.", 'flag'], // control: access no longer ends at AGI
  ["Had the April amendment not happened, Azure would still be the exclusive cloud provider for OpenAI's API.", 'ok'], // true counterfactual (Oct-2025 terms kept API exclusivity)
  ["Under the old terms Microsoft would have kept an exclusive license to OpenAI's models until AGI.", 'ok'], // describes the Oct-2025 terms
  ["Were Azure still OpenAI's exclusive cloud provider, the Amazon deal would be impossible.", 'ok'], // inverted condition: supposes, does not assert
  ["The long-rumored amendment confirms that Microsoft keeps an exclusive license to OpenAI's models.", 'flag'], // 'rumored' modifies 'amendment'; 'confirms' asserts
  ["A widely shared LinkedIn post asserted that Microsoft owns 49% of OpenAI.", 'ok'], // reported from a distance, like 'claimed'
  ["Microsoft, which announced the deal in 2019, is the exclusive cloud provider for OpenAI's API.", 'flag'], // 2019 dates the relative clause; main clause is present
  ["Microsoft, which reported a $3.1 billion loss on the stake in 2025, owns 49% of OpenAI today.", 'flag'], // control: 'today', 49% stale
  ["Investors learned once again that Microsoft owns 32.5% of OpenAI.", 'flag'], // 'once again' = repeatedly
  ["Investors are used to Microsoft's exclusive license to OpenAI's models and price it into the stock.", 'flag'], // 'are used to' = accustomed, present
  ["Earlier this week, Microsoft confirmed it owns 49% of OpenAI.", 'flag'], // 'Earlier this week' is recent
  ["As previously announced, Microsoft pays OpenAI a revenue share on Azure OpenAI sales.", 'flag'], // present tense; Microsoft stopped paying 2026-04-27
  ["2019: Microsoft invests $1 billion and becomes OpenAI's exclusive cloud provider.", 'ok'], // timeline entry dated 2019
  ["In its first deal with Microsoft, OpenAI agreed that Azure would be its exclusive cloud provider.", 'ok'], // future-in-past of the 2019 deal
  ["After a sharp correction in AI stocks, Microsoft's 49% stake in OpenAI looks cheap; analysts see upside.", 'flag'], // market 'correction', not an erratum
  ["Correction: an earlier version of this article misstated Microsoft's stake; in fact Microsoft owns 32.5% of OpenAI.", 'flag'], // control: stale 'in fact' part
  ["MISLEADING: Microsoft owns 49% of OpenAI.", 'ok'], // fact-check verdict label
  ["Viral claim: Microsoft owns 49% of OpenAI.", 'ok'], // fact-check claim line
  ["This post has been corrected. It misstated that Azure is the exclusive cloud provider for OpenAI's API.", 'ok'], // 'misstated' disowns the claim
  ["OpenAI floated cutting Microsoft's revenue share to 8% by 2030, but the April deal kept the same percentage.", 'ok'], // 8% named as a floated proposal
  ["Microsoft lobbied hard for a one-third stake in the restructured OpenAI.", 'ok'], // a negotiating position, not a result
  ["Nvidia is a major investor, but the Windows maker still owns 49% of the lab behind GPT-5.", 'flag'], // Microsoft/OpenAI named by epithet
  ["Microsoft owns 49% of OpenAI, with SoftBank a distant second.", 'flag'], // control
  ["Microsoft receives revenue share payments from OpenAI through 2030.", 'ok'], // control: current
  ["OpenAI has been freed from Azure API exclusivity.", 'ok'], // 'freed from' negates exclusivity
  ["Microsoft's right of first refusal has lapsed.", 'ok'], // 'lapsed' = no longer in force
  // Passives name the holder after "by".
  ['OpenAI is 49% owned by Microsoft.', 'flag'], // 49% stake, stale
  ["ChatGPT's developer is 49% owned by Microsoft.", 'flag'],
  ['OpenAI is now roughly 27% owned by Microsoft.', 'ok'], // current
  ['The for-profit was 49% owned by Microsoft before the recapitalization.', 'ok'], // past
  // A claim the sentence dates, whose value only began in a later year.
  ["In 2023, Microsoft's investment gave it a 27% stake in OpenAI.", 'flag'], // 27% only from 2025-10-28
  ['In 2024 Microsoft had a right of first refusal on new OpenAI compute.', 'flag'], // ROFR from 2025-01-21, absent before
  ['In 2019, OpenAI agreed to buy $250 billion of Azure services.', 'flag'], // the commitment is of October 2025
  ['In January 2025 Microsoft gained a right of first refusal on new capacity.', 'ok'], // the month it began
  ['In October 2025, Microsoft ended up with about 27% of OpenAI Group PBC.', 'ok'],
  ['Since 2023, Microsoft has held a 27% stake.', 'ok'], // a bound, not a point in time: not judged as of 2023
  ['Of its $13 billion funding commitment, Microsoft had funded $11.8 billion as of March 31, 2026.', 'ok'], // the figure is as of a date before its filing
  ['In 2019 Microsoft became the exclusive cloud provider, and six years later it held about 27% of OpenAI Group PBC.', 'ok'], // the date is of the other clause
  ['Microsoft dropped its right of first refusal in October 2025; six months on, OpenAI could serve its API on any cloud.', 'ok'],
  ['Founded in 2015, OpenAI became a public benefit corporation.', 'ok'], // the year dates another clause, a participle, a bound or a comparison
  ['Microsoft, which first invested in OpenAI in 2019, ended up with about 27% of OpenAI Group PBC.', 'ok'], // the year dates another clause, a participle, a bound or a comparison
  ['The partnership that began in 2019 ultimately left Microsoft with about 27% of OpenAI.', 'ok'], // the year dates another clause, a participle, a bound or a comparison
  ['Microsoft received about 27% of OpenAI Group PBC, a company it first backed in 2019.', 'ok'], // the year dates another clause, a participle, a bound or a comparison
  ['OpenAI, founded in 2015, agreed last October to buy an incremental $250 billion of Azure services.', 'ok'], // the year dates another clause, a participle, a bound or a comparison
  ['Microsoft won a right of first refusal on new OpenAI compute, a right it did not have in 2019.', 'ok'], // the year dates another clause, a participle, a bound or a comparison
  ['Microsoft won a right of first refusal on new OpenAI compute, which it lacked in 2023.', 'ok'], // the year dates another clause, a participle, a bound or a comparison
  ['In 2019, OpenAI created a capped-profit company, which became a public benefit corporation last year.', 'ok'], // the year dates another clause, a participle, a bound or a comparison
  ['In 2019, Microsoft made the investment that eventually gave it about 27% of OpenAI.', 'ok'], // the year dates another clause, a participle, a bound or a comparison
  ['OpenAI was founded in 2015 as a nonprofit and restructured into a public benefit corporation.', 'ok'], // the year dates another clause, a participle, a bound or a comparison
  ['Microsoft first partnered with OpenAI in 2019 and got a right of first refusal on new capacity when the Stargate project was announced.', 'ok'], // the year dates another clause, a participle, a bound or a comparison
  ['A partner since its first investment in 2019, Microsoft was granted a right of first refusal on new capacity.', 'ok'], // the year dates another clause, a participle, a bound or a comparison
  ['Compared with its position in 2023, Microsoft ended up with a smaller stake of about 27%.', 'ok'], // the year dates another clause, a participle, a bound or a comparison
  // A negator before a verb of change denies the change; one before "with" does not reach its object.
  ["Neither AGI nor Amazon changes Microsoft's exclusive license to OpenAI's models.", 'flag'], // affirms exclusivity, ended 2026-04-27
  ["Nothing in the new funding round affects Microsoft's right of first refusal on compute.", 'flag'], // affirms the ROFR, ended 2025-10-28
  ['The April 2026 amendment changed Microsoft\'s exclusive license into a non-exclusive one.', 'ok'],
  ["Microsoft walked away from the talks with its exclusive license to OpenAI's models intact.", 'flag'],
  ['Microsoft walked away from its exclusive license to OpenAI\'s models in April 2026.', 'ok'], // control: the negator reaches the claim
  // Batch 23: written from the facts alone, history told without dates, stale claims in subordinate clauses, number spellings.
  ["When OpenAI took Microsoft's multibillion-dollar third-phase investment, Azure became its exclusive cloud provider for research, products and API services.", 'ok'], // cloud-compute: 2023 exclusivity told as history
  ["In OpenAI's first announcement of the tie-up, Microsoft was cast as the preferred partner for commercializing certain pre-AGI technologies.", 'ok'], // ip-models-products: 2019 term, past tense
  ["In the early days of the partnership, Microsoft's check was a single billion dollars.", 'ok'], // ms-investment-amount: $1B in 2019, history
  ["The clause that once let OpenAI's board alone decide when AGI had arrived gave way to expert-panel verification in the October 2025 deal.", 'ok'], // agi-governance: board-alone rule superseded 2025-10-28, history
  ["Microsoft's stake is about 27 per cent, compared with 32.5 per cent before the recapitalization.", 'ok'], // equity-stake: ~27% current, 32.5% as comparison
  ["Versus the old 32.5%, the roughly 27% Microsoft now holds is smaller, yet it was valued at about $135 billion at the recap.", 'ok'], // equity-stake + stake-value: current, old figure as comparison
  ["Up from $300 billion in the SoftBank-led round of 2025, OpenAI's valuation reached $730 billion pre-money in February 2026.", 'ok'], // openai-valuation: $730B pre-money current, $300B as comparison
  ["Before the April 2026 amendment, revenue-share payments ran in both directions between the two companies.", 'ok'], // revenue-share: two-way sharing told as history
  ["Porting OpenAI's services onto Azure was part of the very first announcement, years before anyone spoke of a merely primary cloud partner.", 'ok'], // cloud-compute: 2019 release, history
  ["Before its recapitalization, OpenAI's for-profit arm operated under a capped-profit structure controlled by the nonprofit.", 'ok'], // foundation-stake: capped-profit structure ended 2025-10-28, history
  ["Microsoft, which holds about 27% of OpenAI Group PBC, remains OpenAI's primary cloud partner.", 'ok'], // equity-stake + cloud-compute: relative clause current
  ["OpenAI continues to pay Microsoft a revenue share, though the total is now capped.", 'ok'], // revenue-share: OpenAI->Microsoft through 2030, capped
  ["Even if an AGI breakthrough came next year, OpenAI's revenue-share payments to Microsoft would keep flowing until 2030, up to the cap.", 'ok'], // revenue-share: through 2030, independent of technology progress
  ["Azure gets OpenAI's launches first — unless Microsoft cannot and chooses not to support what a product needs — but rival clouds may serve them too.", 'ok'], // api-exclusivity: Azure-first, any cloud since 2026-04-27
  ["Non-exclusive since April 2026, Microsoft's rights to OpenAI models and products nevertheless stretch out to 2032.", 'ok'], // ip-models-products: non-exclusive license through 2032
  ["Microsoft, not OpenAI, is the one receiving revenue-share payments now.", 'ok'], // revenue-share: Microsoft no longer pays since 2026-04-27
  ["The US$250bn figure is OpenAI's incremental Azure purchase commitment, not money Microsoft put in.", 'ok'], // azure-commitment: incremental $250B, OpenAI buys
  ["Roughly twenty-seven percent of OpenAI Group PBC belongs to Microsoft, counting every owner on an as-converted diluted basis.", 'ok'], // equity-stake: ~27% spelled out
  ["Worth about $130bn at the recap, the Foundation's slice of just over a quarter comes with control of OpenAI Group PBC.", 'ok'], // foundation-stake: ~26%, ~$130B at recap
  ["Employees and investors hold about 47 percent of OpenAI Group PBC, the Foundation about 26 percent and Microsoft about 27 percent.", 'ok'], // foundation-stake + equity-stake: split at recap
  ["Microsoft's filings count thirteen billion dollars of total funding commitments to OpenAI, $11.8bn of it funded by the end of March 2026.", 'ok'], // ms-investment-amount: 10-Q figures, dated
  ["Only $15bn of Amazon's $50bn pledge to OpenAI was upfront; the remaining $35bn depends on conditions.", 'ok'], // other company: Feb-2026 round
  ["Press estimates that one-fifth of OpenAI's revenue goes to Microsoft remain unconfirmed; officially, the percentage is simply unchanged and now capped.", 'ok'], // revenue-share: 20% attributed to reports, capped through 2030
  ["Between the $1bn of 2019 and the 2023 extension came a 2021 investment that press reports put near $2bn.", 'ok'], // ms-investment-amount: 2021 round as reported
  ["Can a Google Cloud customer get OpenAI's products today? Under the April 2026 terms, yes — OpenAI may serve customers on any cloud provider.", 'ok'], // cloud-compute: question answered correctly
  ["Would Microsoft lose its model-and-product license if AGI were declared tomorrow? No: it runs through 2032.", 'ok'], // ip-models-products: hypothetical, license to fixed 2032
  ["A 2025 proposal reportedly would have handed Microsoft about a third of the restructured company; the final figure was roughly 27%.", 'ok'], // equity-stake: one-third labelled as proposal
  ["Contrary to a common claim, Microsoft did not pay $135 billion for its OpenAI stake; that figure is the stake's value at the recap.", 'ok'], // stake-value: misreading denied
  ["Exclusive access to GPT-3, granted to Microsoft in 2020, never stopped OpenAI from selling the same model through its API.", 'ok'], // ip-models-products: 2020 GPT-3 license, history
  ["The April 2026 posts tie neither Microsoft's license nor its revenue share to AGI — an obituary of sorts for the old AGI clause.", 'ok'], // agi-governance: fixed 2032 license, revenue share independent of progress
  ["In January 2025 Microsoft said the OpenAI API would stay exclusive to Azure for the contract through 2030 — a promise since superseded twice.", 'ok'], // api-exclusivity: Jan-2025 term, superseded 2025-10-28 and 2026-04-27
  ["The Stargate venture announced in January 2025 named Microsoft a technology partner, not an investor.", 'ok'], // stargate: technology partner without equity
  ["Microsoft's stake rose to 32.5% from 27% in the restructuring.", 'flag'], // equity-stake: fell from 32.5% to ~27%
  ["Timeline — Oct 2025: recapitalization; Feb 2026: $110B round; Apr 2026: Microsoft's IP license becomes exclusive through 2032.", 'flag'], // ip-models-products: license became non-exclusive 2026-04-27
  ["Because Azure is OpenAI's exclusive cloud provider, AWS customers cannot buy OpenAI's products directly.", 'flag'], // cloud-compute: primary partner; any cloud since 2026-04-27
  ["Microsoft, which owns 49% of OpenAI, declined to comment.", 'flag'], // equity-stake: ~27%; 49% was a reported profit interest
  ["Microsoft, holder of a 32.5 pct stake in OpenAI, books its share of OpenAI's results under the equity method.", 'flag'], // equity-stake: ~27% since 2025-10-28
  ["Since the OpenAI API remains exclusive to Azure, Oracle can host only OpenAI's non-API products.", 'flag'], // api-exclusivity: any cloud since 2026-04-27
  ["As the holder of first dibs on OpenAI's compute, Microsoft gets the first look at every new data-center deal.", 'flag'], // cloud-compute: ROFR removed 2025-10-28
  ["Microsoft, which is barred from pursuing AGI on its own, depends on OpenAI's research.", 'flag'], // ms-pursue-agi: may pursue alone since 2025-10-28
  ["Even Amazon-built OpenAI offerings continue to rely on Azure, which stays the exclusive home of OpenAI's stateless APIs.", 'flag'], // api-exclusivity: Feb-2026 term ended 2026-04-27
  ["The $135bn Microsoft–OpenAI agreement gives OpenAI room to restructure.", 'flag'], // stake-value: $135B is the stake, not the deal
  ["Microsoft poured a fresh US$135 billion into OpenAI as part of the restructuring.", 'flag'], // stake-value: value of stake, not new money
  ["Microsoft's cash actually disbursed to OpenAI tops out at $11.6bn, per the most recent 10-Q.", 'flag'], // ms-investment-amount: $11.8B funded as of 2026-03-31
  ["The February 2026 joint statement is the latest word on the partnership: Microsoft's exclusive IP license is unchanged.", 'flag'], // ip-models-products: amended to non-exclusive 2026-04-27
  ["OpenAI's nonprofit board still has sole authority to declare AGI.", 'flag'], // agi-governance: board-alone rule superseded 2025-10-28
  // Batch 22: written from the facts alone, negation and attribution in everyday writing.
  ["The ban on Microsoft building its own AGI, as Wired reported it in 2025, was lifted by the October 2025 deal.", 'ok'], // ms-pursue-agi: reported ban lifted 2025-10-28
  ["Our note assumes MSFT keeps collecting OpenAI revenue share only until AGI is verified; no amendment has altered this.", 'flag'], // revenue-share: through 2030 since 2026-04-27
  ["Microsoft lost exclusivity in April 2026, not access: it keeps a license to OpenAI's models and products through 2032.", 'ok'], // ip-models-products: non-exclusive license through 2032
  ["Will OpenAI hit the revenue-share cap before 2030? Neither company has disclosed the cap.", 'ok'], // revenue-share: question; cap undisclosed
  ["OpenAI can sell on any cloud now, MSFT stopped paying rev share to OpenAI, and OpenAI's payments to MSFT are capped thru 2030 #OpenAI #Microsoft", 'ok'], // api-exclusivity + revenue-share: tweet, current
  ["Under the amended agreement, the licensee (Microsoft) holds non-exclusive rights to OpenAI IP for models and products through 2032.", 'ok'], // ip-models-products: legal summary, current
  ["Microsoft did not disclose the size of the cap, but it confirmed OpenAI's revenue share continues at the same percentage through 2030.", 'ok'], // revenue-share: negation of something else, current
  ["Microsoft hasn't stopped being OpenAI's exclusive cloud provider, whatever the Amazon headlines say.", 'flag'], // cloud-compute: primary, not exclusive
  ["The company confirmed the partnership contract ends in 2030.", 'flag'], // contract-term: license through 2032
  ["- License: exclusive, through 2032", 'flag'], // ip-models-products: non-exclusive; never exclusive through 2032
  ["We carry MSFT's OpenAI position at ~27% as-converted and model capped revenue-share receipts from OpenAI through 2030.", 'ok'], // equity-stake + revenue-share: investor note, current
  ["\"Microsoft will become our exclusive cloud provider,\" OpenAI wrote in 2019 — a promise that no longer holds.", 'ok'], // cloud-compute: 2019 quote, disputed in the sentence
  ["Press reports put the revenue share at about 20%; the official text says only that it continues at the same percentage, subject to a total cap.", 'ok'], // revenue-share: 20% attributed to press, official wording
  ["Anyone still quoting the 2019 $1 billion as Microsoft's total is out of date: its funding commitments come to $13 billion.", 'ok'], // ms-investment-amount: $13B commitments
  ["The AGI trigger for the revenue share was dropped in April 2026: OpenAI's payments to Microsoft now run through 2030 regardless of technological progress.", 'ok'], // revenue-share: independent of technology progress since 2026-04-27
  ["It is a myth that Microsoft owns half of OpenAI; its stake is about 27% on an as-converted diluted basis.", 'ok'], // equity-stake: stale 49%/half claim denied, ~27% current
  ["Microsoft didn't invest in Stargate, but it did keep Azure API exclusivity for OpenAI.", 'flag'], // api-exclusivity: ended 2026-04-27; true clause negated
  ["Microsoft Ends Up With 27% of OpenAI After Recapitalization", 'ok'], // equity-stake: headline, ~27% since 2025-10-28
  ["If Microsoft still held a right of first refusal, OpenAI would have to offer it new capacity before anyone else.", 'ok'], // cloud-compute: counterfactual hypothetical
  ["¹ The $13 billion refers to Microsoft's total funding commitments to OpenAI, not cash paid.", 'ok'], // ms-investment-amount: footnote, commitment vs funded
  ["Some commentators still say the Microsoft deal lasts 'until AGI'; the model-and-product license in fact runs to a fixed 2032.", 'ok'], // ip-models-products: stale claim attributed and corrected
  ["hot take: msft owns like a third of openai now lol #AI", 'flag'], // equity-stake: one-third never took effect; ~27%
  ["- Stake: ~27% (as-converted, diluted)", 'ok'], // equity-stake: bullet, current
  ["OpenAI, Valued at $500 Billion, Courts More Cloud Partners", 'flag'], // openai-valuation: $730B pre-money since 2026-02-27
  ["The AGI trigger hasn't gone anywhere: OpenAI's revenue share to Microsoft ends once the expert panel verifies AGI.", 'flag'], // revenue-share: through 2030 independent of technology progress
  ["Summary of terms: as amended in April 2026, Microsoft retains exclusive IP rights until AGI, with any declaration verified by an independent expert panel.", 'flag'], // ip-models-products: Apr-2026 made license non-exclusive
  ["Critics claim Microsoft still gatekeeps OpenAI's API, but since April 2026 OpenAI can serve all its products across any cloud provider.", 'ok'], // api-exclusivity: critics' stale claim rebutted in same sentence
  ["Fact check: TRUE — API products OpenAI builds with third parties must run on Azure.", 'flag'], // third-party-products: any cloud since 2026-04-27
  ["The nonprofit didn't disappear in the restructuring: as the OpenAI Foundation it controls OpenAI Group PBC.", 'ok'], // foundation-stake: Foundation controls the PBC
  ["Microsoft declined to comment, but it still holds 32.5% of OpenAI's for-profit arm.", 'flag'], // equity-stake: ~27% since 2025-10-28; negation elsewhere
  ["Microsoft is not a Stargate investor — it signed on as a technology partner.", 'ok'], // stargate: Microsoft a technology partner, no equity
  ["In October 2025 the companies carved OpenAI's consumer hardware out of Microsoft's IP rights.", 'ok'], // consumer-hardware: dated Oct-2025 term
  ["Microsoft — which no longer pays OpenAI any revenue share — still collects payments from OpenAI through 2030.", 'ok'], // revenue-share: em-dash negation, current
  ["A viral post had Microsoft pledging $250 billion to OpenAI; the pledge actually runs the other way, with OpenAI contracted to buy an incremental $250 billion of Azure services.", 'ok'], // azure-commitment: wrong-party claim rebutted
  ["Two people familiar with the matter say Microsoft owns 49% of OpenAI.", 'flag'], // equity-stake: 49% stale/misleading, undisputed attribution
  ["Nobody has scrapped the two-way revenue share: Microsoft still pays OpenAI a cut of Azure OpenAI sales.", 'flag'], // revenue-share: Microsoft no longer pays OpenAI since 2026-04-27
  ["None of the $135 billion was fresh cash — it was the value Microsoft put on its stake at the recapitalization.", 'ok'], // stake-value: $135B is stake value, not new money
  ["Q: Does OpenAI still have to offer Microsoft new compute first? A: No, that right of first refusal was scrapped in October 2025.", 'ok'], // cloud-compute: FAQ, ROFR removed
  ["Microsoft confirmed this week that Azure remains the exclusive cloud provider for OpenAI's stateless APIs.", 'flag'], // api-exclusivity: Feb-2026 term ended 2026-04-27
  ["Q: Is OpenAI still a capped-profit LP? A: Yes, OpenAI LP remains its commercial arm.", 'flag'], // foundation-stake: PBC since 2025-10-28
  ["It would be wrong to say Microsoft isn't OpenAI's primary cloud partner — it is, just not an exclusive one.", 'ok'], // cloud-compute: double negative, primary cloud partner
  ["It is not true that OpenAI cannot publish open-weight models; it may release ones that meet requisite capability criteria.", 'ok'], // open-weights: double negative, current
  ["The '$100 billion in profits' AGI yardstick came from a December 2024 press report, and Microsoft's model license no longer hinges on AGI anyway.", 'ok'], // agi-governance: reported definition; license fixed through 2032
  ["OpenAI is no longer the $29 billion startup of early 2023: its February 2026 round valued it at $730 billion pre-money.", 'ok'], // openai-valuation: historical contrast, current $730B
  ["Fact check: the 8% revenue-share figure was a 2025 negotiating position, not the outcome — the April 2026 amendment kept the same percentage, subject to a total cap.", 'ok'], // revenue-share: 8% proposal never took effect; same percentage + cap
  ["Neither Microsoft nor OpenAI mentioned AGI or the expert panel in their April 27, 2026 posts.", 'ok'], // agi-governance: neither 2026-04-27 post mentions AGI/panel
  ["- Foundation: ~26%, worth ~$130B at recap, controls the PBC", 'ok'], // foundation-stake: bullet
  ["- ROFR on compute: removed (Oct 2025)", 'ok'], // cloud-compute: bullet, ROFR removed 2025-10-28
  ["² Valuation reflects OpenAI's most recent round at $300 billion.", 'flag'], // openai-valuation: $730B pre-money since 2026-02-27
  ["Critics are right that OpenAI's board alone can declare AGI and cut Microsoft off.", 'flag'], // agi-governance: board-alone rule superseded 2025-10-28; license fixed to 2032
  ["The reported 75%-then-49% profit split from 2023 ceased to matter once OpenAI recapitalized in October 2025 and Microsoft took roughly 27% equity.", 'ok'], // equity-stake: reported profit interest superseded 2025-10-28 by ~27%
  ["Amazon, Nvidia and SoftBank — not Microsoft — supplied the commitments in OpenAI's $110 billion February round.", 'ok'], // ev-2026-02-27: $50B+$30B+$30B; other companies' deal
  ["Microsoft announced a $135 billion investment in OpenAI, the company said in a statement.", 'flag'], // stake-value: $135B is stake value, not new money
  ["Even Microsoft's 2020 'exclusive' GPT-3 deal left OpenAI free to keep selling the model through its own API.", 'ok'], // ip-models-products: GPT-3 2020 history
  ["Microsoft's arrangement hasn't changed since 2023: it still gets 49% of OpenAI's profits once its investment is recouped.", 'flag'], // equity-stake: reported profit interest superseded 2025-10-28
  ["The February round notwithstanding, Microsoft's 10-Q for the quarter ended March 31, 2026 did not revise its holding down from approximately 27 percent.", 'ok'], // equity-stake: 10-Q filed 2026-04-29 still ~27%
  ["Azure Loses Exclusive Grip on OpenAI's API in April Rewrite", 'ok'], // api-exclusivity: headline, exclusivity ended 2026-04-27
  ["Reminder: Microsoft STILL has Azure API exclusivity on OpenAI until AGI. Nothing changed. #AI #Azure", 'flag'], // api-exclusivity: ended 2026-04-27
  ["Microsoft's 2023 blog never named an amount; the $10 billion figure came from press reports.", 'ok'], // ms-investment-amount: 2023 amount only reported
  ["Despite claims otherwise, OpenAI products face no requirement to ship first on Azure.", 'flag'], // api-exclusivity: ship first on Azure unless MS cannot and chooses not to
  // Batch 21: written from the facts alone, dated claims, passives and genres.
  ["In July 2019, Microsoft invested $1 billion in OpenAI, which named it its exclusive cloud provider.", 'ok'], // ev 2019-07-22: $1B, exclusive cloud provider (historical, correctly dated)
  ["In 2024, Microsoft owned roughly 27% of OpenAI on an as-converted diluted basis.", 'flag'], // equity-stake: ~27% only since 2025-10-28
  ["As of March 31, 2026, Microsoft had funded $11.8 billion of its $13 billion commitment to OpenAI.", 'ok'], // ms-investment-amount: 10-Q 2026-03-31, $11.8B of $13B
  ["As of March 31, 2026, Azure was still the exclusive cloud provider for OpenAI's stateless APIs.", 'ok'], // api-exclusivity: reaffirmed 2026-02-27, ended only 2026-04-27
  ["In December 2025, OpenAI carried a $730 billion pre-money valuation.", 'flag'], // openai-valuation: $730B pre-money since 2026-02-27; ~$500B in Dec 2025
  ["In mid-2025, OpenAI's valuation stood at $300 billion following a SoftBank-led $40 billion round.", 'ok'], // openai-valuation: $300B from 2025-03-31 to 2025-10
  ["On October 28, 2025, Microsoft and OpenAI agreed that any AGI declaration would be verified by an independent expert panel.", 'ok'], // agi-governance: expert panel introduced 2025-10-28
  ["In 2019 Microsoft wrote its first $1 billion check, and six years later it relinquished its right of first refusal on OpenAI's compute.", 'ok'], // ev 2019-07-22 + cloud-compute: ROFR removed 2025-10-28 (six years later)
  ["Since October 2025, Microsoft has had no right of first refusal to be OpenAI's compute provider.", 'ok'], // cloud-compute: ROFR removed 2025-10-28
  ["Until 2030, OpenAI will keep paying Microsoft a share of its revenue at the same percentage, subject to a total cap.", 'ok'], // revenue-share: through 2030, same percentage, capped (2026-04-27)
  ["Through 2032, Microsoft holds exclusive rights to OpenAI's models and products.", 'flag'], // ip-models-products: license through 2032 is non-exclusive since 2026-04-27
  ["In September 2025, Microsoft and OpenAI signed a non-binding memorandum of understanding, and the definitive agreement followed on October 28.", 'ok'], // ev 2025-09-11 MOU; ev 2025-10-28 definitive agreement
  ["In November 2025, the most recent price put on OpenAI was about $500 billion, from an October secondary share sale.", 'ok'], // openai-valuation: ~$500B valid 2025-10 to 2026-02-27
  ["In 2025 Microsoft gave up its right of first refusal over OpenAI's compute, and in 2026 it stopped paying OpenAI a revenue share.", 'ok'], // cloud-compute ROFR removed 2025-10-28; revenue-share MS->OpenAI ended 2026-04-27
  ["In October 2025, OpenAI won the right to serve all of its products on any cloud provider.", 'flag'], // third-party-products/api-exclusivity: any-cloud for all products only since 2026-04-27; Oct 2025 kept API on Azure
  ["Four years after the 2019 deal, Microsoft made Azure the exclusive cloud provider for OpenAI's research, products and API services.", 'ok'], // cloud-compute: exclusive provider for all workloads 2023-01-23
  ["Microsoft's second investment came in 2021, reportedly about $2 billion, two years after its initial $1 billion.", 'ok'], // ev 2021 (reported ~$2B) after 2019-07-22 $1B
  ["OpenAI Group PBC is roughly 27% owned by Microsoft on an as-converted diluted basis.", 'ok'], // equity-stake: ~27% since 2025-10-28 (10-Q 2026-03-31)
  ["OpenAI is 49% owned by Microsoft.", 'flag'], // equity-stake: 49% was a reported 2023 profit interest; ~27% since 2025-10-28
  ["Nearly a third of OpenAI is held by Microsoft.", 'flag'], // equity-stake: 32.5% pre-recap; ~27% since 2025-10-28
  ["The licence held by Microsoft over OpenAI IP for models and products is non-exclusive and runs through 2032.", 'ok'], // ip-models-products: non-exclusive through 2032 since 2026-04-27
  ["The exclusive licence held by Microsoft over OpenAI's models remains in force until 2032.", 'flag'], // ip-models-products: license became non-exclusive 2026-04-27
  ["API exclusivity is still enjoyed by Azure until AGI is declared.", 'flag'], // api-exclusivity: ended 2026-04-27; OpenAI may serve all products on any cloud
  ["Exclusivity is no longer enjoyed by Azure: OpenAI may serve all of its products on any cloud provider.", 'ok'], // api-exclusivity: any cloud since 2026-04-27
  ["The right of first refusal once held by Microsoft over OpenAI's compute was given up in October 2025.", 'ok'], // cloud-compute: ROFR removed 2025-10-28
  ["A right of first refusal on OpenAI's new compute capacity is still held by Microsoft.", 'flag'], // cloud-compute: ROFR (2025-01-21) removed 2025-10-28
  ["About 26% of OpenAI Group PBC is held by the nonprofit OpenAI Foundation, which also controls it.", 'ok'], // foundation-stake: ~26%, controls PBC since 2025-10-28
  ["Revenue-share payments are still owed by OpenAI to Microsoft through 2030, subject to a total cap.", 'ok'], // revenue-share: OpenAI->MS through 2030, capped (2026-04-27)
  ["Up to $500 billion over four years is to be invested by the Stargate venture, which counts Microsoft as a technology partner rather than an investor.", 'ok'], // stargate: announced 2025-01-21
  ["A $135 billion investment was made in OpenAI by Microsoft in October 2025.", 'flag'], // stake-value: $135B is the value of the stake at recap, not new money
  ["A value of approximately $135 billion was put on Microsoft's OpenAI holding at the October 2025 recapitalization.", 'ok'], // stake-value: ~$135B at 2025-10-28
  ["Primary-cloud-partner status is held by Microsoft, and OpenAI products ship first on Azure unless Microsoft cannot and chooses not to support the needed capabilities.", 'ok'], // cloud-compute/api-exclusivity: 2026-04-27 terms
  ["Open-weight models that meet requisite capability criteria may be released by OpenAI.", 'ok'], // open-weights: since 2025-10-28
  ["US government national security customers can be given API access by OpenAI regardless of the cloud provider.", 'ok'], // national-security: since 2025-10-28
  ["Analyst note: we model MSFT's interest in OpenAI at ~27% as-converted, consistent with the 10-Q for the quarter ended March 31, 2026.", 'ok'], // equity-stake: ~27% per 10-Q 2026-03-31
  ["Analyst note: Azure's exclusive hold on the OpenAI API keeps AWS and Google Cloud out of OpenAI's API business.", 'flag'], // api-exclusivity: OpenAI may serve all products on any cloud since 2026-04-27
  ["- **Revenue share:** flows both ways, with Microsoft still paying OpenAI a cut of Azure OpenAI revenue.", 'flag'], // revenue-share: two-way flow ended 2026-04-27
  ["- **Cloud:** Microsoft is OpenAI's primary cloud partner; there is no exclusivity and no right of first refusal.", 'ok'], // cloud-compute: primary partner 2026-04-27, ROFR gone 2025-10-28
  ["Microsoft stake: 32.5% of the OpenAI for-profit (as-converted).", 'flag'], // equity-stake: 32.5% is pre-2025-10-28; now ~27%
  ["OpenAI valuation: $730bn pre-money, about $840bn fully diluted (February 2026 round).", 'ok'], // openai-valuation: 2026-02-27 round
  ["Latest OpenAI valuation: $157 billion.", 'flag'], // openai-valuation: $157B was Oct 2024; $730B pre-money since 2026-02-27
  ["Legal summary: under the agreement as amended on April 27, 2026, OpenAI's revenue-share payments to Microsoft run through 2030 irrespective of OpenAI's technology progress.", 'ok'], // revenue-share: 2026-04-27 wording
  ["Legal summary: Microsoft's rights to OpenAI IP terminate once OpenAI's board declares AGI.", 'flag'], // agi-governance/ip-models-products: board-decides-AGI stale since 2025-10-28; license fixed through 2032
  ["FAQ: Does OpenAI still have to run everything on Azure? No. It can serve all its products on any cloud, though products ship first on Azure unless Microsoft cannot and chooses not to support them.", 'ok'], // api-exclusivity: 2026-04-27
  ["Will OpenAI's $110 billion round dilute Microsoft below 27%?", 'ok'], // question; equity-stake
  ["Had the April 2026 amendment never happened, Azure would still hold OpenAI API exclusivity until AGI.", 'ok'], // counterfactual; api-exclusivity Oct-2025 frame
  ["The Information reported in 2025 that Microsoft sought about one-third of the restructured OpenAI, a proposal that never took effect.", 'ok'], // equity-stake: one-third was a reported 2025 proposal
  ["Amazon's $50 billion commitment to OpenAI's February 2026 round included $35 billion contingent on conditions.", 'ok'], // ev 2026-02-27: Amazon $15B + $35B conditional
  ["Microsoft's research IP rights run through 2032.", 'flag'], // ip-research: until AGI verification or 2030, whichever first (2025-10-28)
  ["OpenAI's nonprofit still oversees a capped-profit subsidiary, OpenAI LP.", 'flag'], // foundation-stake: capped-profit structure replaced by OpenAI Group PBC 2025-10-28
  ["Microsoft remains a major shareholder in OpenAI, with about $13 billion in total funding commitments.", 'ok'], // ms-investment-amount $13B; 2026-04-27 major shareholder
  // Passive phrasings of terms, and their denials.
  ['A revenue share on Azure OpenAI sales is paid by Microsoft to OpenAI.', 'flag'], // Microsoft stopped paying 2026-04-27
  ['A revenue share is no longer paid by Microsoft to OpenAI.', 'ok'],
  ["OpenAI's consumer hardware is covered by the IP rights Microsoft holds.", 'flag'], // excluded since 2025-10-28
  ["OpenAI's consumer hardware is not covered by Microsoft's IP rights.", 'ok'],
  ['Whether AGI has been reached is decided by OpenAI\'s board alone.', 'flag'], // expert panel since 2025-10-28
  ['Until October 2025, AGI was decided by OpenAI\'s board alone.', 'ok'],
  ['Independent pursuit of AGI is barred to Microsoft under its OpenAI agreement.', 'flag'], // may pursue since 2025-10-28
  ['Independent pursuit of AGI is no longer barred to Microsoft.', 'ok'],
  ['API products developed by OpenAI with third parties are reserved to Azure.', 'flag'], // ended 2026-04-27
  ['API products OpenAI builds with third parties are no longer reserved to Azure.', 'ok'],
  // A claim the sentence then calls false is disputed, not asserted.
  ["'Microsoft owns 49% of OpenAI' is one of the most persistent errors in AI coverage.", 'ok'],
  ['The claim that Microsoft owns 49% of OpenAI is false.', 'ok'],
  ['That Azure is still the exclusive cloud provider for OpenAI is a myth.', 'ok'],
  ['Microsoft owns 32.5% of OpenAI, which is not true anymore.', 'ok'],
  ['Microsoft owns 49% of OpenAI and analysts are wrong to doubt it.', 'flag'], // 'wrong to': about the analysts
  ["Microsoft's exclusive license to OpenAI's models is no longer its only edge in AI.", 'flag'], // the licence is non-exclusive since 2026-04-27
  ['Microsoft\'s right of first refusal is no longer in force.', 'ok'], // control
  // Clause limits: a pattern does not run across a colon or out of a dashed aside.
  ["Microsoft lost exclusivity in April 2026, not access: it keeps a license to OpenAI's models and products through 2032.", 'ok'],
  ['Microsoft — which no longer pays OpenAI any revenue share — still collects payments from OpenAI through 2030.', 'ok'],
  ['OpenAI can serve all of its products — APIs included — on any cloud.', 'ok'],
  ["Microsoft's IP rights and cloud partnership with OpenAI run until 2032—or until AGI arrives, whichever comes first.", 'flag'], // a dash inside the clause: 'whichever first' is research IP's
  ["It would be wrong to say Microsoft isn't OpenAI's primary cloud partner — it is, just not an exclusive one.", 'ok'],
  ['It would be wrong to say Microsoft holds 49% of OpenAI.', 'ok'],
  ['- ROFR on compute: removed (Oct 2025)', 'ok'],
  ['- ROFR on compute: yes', 'flag'], // control
  ['Nothing in the April terms ties the revenue share to an AGI trigger: payments run through 2030 regardless.', 'ok'],
  // Double negatives affirm.
  ["Microsoft has not given up its exclusive license to OpenAI's models.", 'flag'],
  ["OpenAI didn't escape Azure API exclusivity in the amendment.", 'flag'],
  ['OpenAI escaped Azure API exclusivity in April 2026.', 'ok'],
  ['Reports that Microsoft stopped paying OpenAI a revenue share are false.', 'flag'], // it did stop, 2026-04-27
  ['Nobody has scrapped the two-way revenue share: Microsoft still pays OpenAI a cut of Azure OpenAI sales.', 'flag'],
  // Found by review: phrasal verbs with "with", "Nobody … that", disputes of something else, dates that end a term.
  ['OpenAI no longer has to live with Azure API exclusivity.', 'ok'],
  ['OpenAI is no longer stuck with an exclusive cloud provider.', 'ok'],
  ["Microsoft's $135 billion stake doesn't come with exclusive rights to OpenAI's models anymore.", 'ok'],
  ["Nobody disputes that Microsoft no longer has a right of first refusal on OpenAI's compute.", 'ok'],
  ['Nobody should be surprised that OpenAI still pays Microsoft a revenue share through 2030.', 'ok'],
  ['Nobody questions that OpenAI Group PBC is controlled by the OpenAI Foundation.', 'ok'],
  ['Nobody can claim Microsoft still holds 32.5% of OpenAI after the recapitalization.', 'ok'],
  ['Microsoft no longer has a right of first refusal, so the old briefing note is wrong.', 'ok'],
  ['Microsoft still holds 32.5% of OpenAI, so the 27% figure is wrong.', 'flag'],
  ["OpenAI's API is still exclusive to Azure — the AWS rumours were false.", 'flag'],
  ['Microsoft holds about 27% of OpenAI, so the 49% figure you often see is wrong.', 'ok'],
  ['Azure API exclusivity is no longer the main issue for AWS, since it ended in April 2026.', 'ok'],
  ['Before April 2026, OpenAI could not escape Azure API exclusivity.', 'ok'],
  ['OpenAI could not escape Azure API exclusivity until April 2026.', 'ok'],
  ['OpenAI could yet regain the right to cut Microsoft\'s revenue share to 8%.', 'flag'], // a proposal told as a live possibility after the April 2026 amendment kept the same percentage
  ['OpenAI could, though, cut the revenue share to 8 percent by 2030.', 'flag'], // the same
  ['- Revenue share to Microsoft through 2030: over 20%, per press reports', 'ok'],
  ["Consumer hardware was covered by Microsoft's IP license until October 2025.", 'ok'],
  ['Until April 2026, a cut of Azure OpenAI revenue was paid by Microsoft to OpenAI.', 'ok'],
  ["Until October 2025, AGI was to be declared by OpenAI's board alone.", 'ok'],
  ["Consumer devices are covered in the carve-out from Microsoft's IP rights.", 'ok'],
  ['- OpenAI API: exclusive to Azure', 'flag'],
  ['API access: exclusive to Azure.', 'flag'],
  ["Microsoft's license to OpenAI IP: through 2030.", 'flag'],
  ['Microsoft owned roughly 27% of OpenAI in 2024.', 'flag'],
  ['AGI declarations were verified by an independent expert panel in 2024.', 'flag'],
  ['As of this morning, Azure was still the exclusive cloud for OpenAI\'s APIs.', 'flag'],
  ['Our sources told us this week that Microsoft was still paying OpenAI a revenue share.', 'flag'],
  // Found by a last review: correct sentences the engine flagged.
  ["Microsoft's exclusive IP rights lasted until April 27, 2026.", 'ok'], // correct: a timeline entry, a dated 'was still', 'until <date>', a contrast, a denial after 'stops'
  ['The right of first refusal remained in force until October 28, 2025.', 'ok'], // correct: a timeline entry, a dated 'was still', 'until <date>', a contrast, a denial after 'stops'
  ['The notion that Microsoft still pays OpenAI a revenue share is outdated.', 'ok'], // correct: a timeline entry, a dated 'was still', 'until <date>', a contrast, a denial after 'stops'
  ['Microsoft, not OpenAI, now receives the only revenue share in the deal.', 'ok'], // correct: a timeline entry, a dated 'was still', 'until <date>', a contrast, a denial after 'stops'
  ['The OpenAI Foundation, not Microsoft, controls OpenAI Group PBC.', 'ok'], // correct: a timeline entry, a dated 'was still', 'until <date>', a contrast, a denial after 'stops'
  ['Microsoft was still the exclusive cloud provider for OpenAI in 2023.', 'ok'], // correct: a timeline entry, a dated 'was still', 'until <date>', a contrast, a denial after 'stops'
  ["Azure was still the exclusive home of OpenAI's API in February 2026.", 'ok'], // correct: a timeline entry, a dated 'was still', 'until <date>', a contrast, a denial after 'stops'
  ['Microsoft was still paying OpenAI a share of Azure OpenAI revenue in early 2026.', 'ok'], // correct: a timeline entry, a dated 'was still', 'until <date>', a contrast, a denial after 'stops'
  ['January 2025: a right of first refusal replaces cloud exclusivity.', 'ok'], // correct: a timeline entry, a dated 'was still', 'until <date>', a contrast, a denial after 'stops'
  ['October 2025: Microsoft gets exclusive IP rights until AGI, verified by an expert panel.', 'ok'], // correct: a timeline entry, a dated 'was still', 'until <date>', a contrast, a denial after 'stops'
  ['April 27, 2026: Microsoft stops paying OpenAI a revenue share.', 'ok'], // correct: a timeline entry, a dated 'was still', 'until <date>', a contrast, a denial after 'stops'
  ['| ROFR | Removed October 2025 |', 'ok'], // correct: a timeline entry, a dated 'was still', 'until <date>', a contrast, a denial after 'stops'
  ['| API exclusivity | Ended April 27, 2026 |', 'ok'], // correct: a timeline entry, a dated 'was still', 'until <date>', a contrast, a denial after 'stops'
  ['Microsoft Stops Paying OpenAI Revenue Share', 'ok'], // correct: a timeline entry, a dated 'was still', 'until <date>', a contrast, a denial after 'stops'
  ["Microsoft's stake is no longer 32.5%.", 'ok'], // correct: a timeline entry, a dated 'was still', 'until <date>', a contrast, a denial after 'stops'
  // Found by a false-alarm hunt in documentation genres: changelogs, timelines, table rows, notes.
  ["2025-10-28 — ROFR removed; OpenAI commits to an incremental $250B of Azure.", 'ok'],
  ["2019-07-22 — Microsoft invests $1B; Azure becomes OpenAI's exclusive cloud provider.", 'ok'],
  ["Action item: update the partner deck — the Azure API exclusivity slide has been out of date since April.", 'ok'],
  ["The right of first refusal lasted only about nine months, from January to October 2025.", 'ok'],
  ["* 2026-02-27: Reaffirmed Azure exclusivity for stateless APIs (superseded 2026-04-27).", 'ok'],
  ["docs: replace \"exclusive cloud provider\" with \"primary cloud partner\"", 'ok'],
  ["Priya: clients keep quoting the $500B valuation; we should point them to the $730B pre-money round.", 'ok'],
  ["OpenAI's API, once hosted only on Azure, may now be offered through other clouds too.", 'ok'],
  ['| ROFR on compute | Ended October 2025 |', 'ok'],
  ['| 2019 | Exclusive cloud provider |', 'ok'],
  ["grep the wiki for `right of first refusal` and replace it with 'primary cloud partner'.", 'ok'],
  // "No." answers; "was still" is past; a date's year after its day's comma.
  ['FAQ: Does OpenAI still have to run everything on Azure? No. It can serve all its products on any cloud.', 'ok'],
  ['See Fig. 2 and No. 4 in the appendix: Microsoft holds about 27% of OpenAI.', 'ok'],
  ["As of March 31, 2026, Azure was still the exclusive cloud provider for OpenAI's stateless APIs.", 'ok'], // held until 2026-04-27
  ['Azure is still the exclusive cloud provider for OpenAI.', 'flag'], // control: present
  // A hedge hedges its own clause.
  ["OpenAI's revenue share to Microsoft is now 8 percent, and that could hurt Azure margins.", 'flag'], // 8% was a proposal
  ['OpenAI reportedly plans to cut the revenue share to 8 percent by 2030, and Microsoft is said to be open to it.', 'flag'], // a reported plan told as live: the April 2026 amendment settled the share
  ['The revenue share could fall to 8 percent by 2030, analysts say.', 'flag'], // the same
  // A participle after a comma takes the time of the clause it hangs on.
  ["Microsoft first invested $1 billion in 2019, becoming OpenAI's exclusive cloud provider.", 'ok'],
  ["In 2019, Microsoft invested $1 billion, making Azure OpenAI's exclusive cloud provider.", 'ok'],
  ["Microsoft is investing $1 billion, becoming OpenAI's exclusive cloud provider.", 'flag'], // control: present
  ["OpenAI signs a new deal, making Azure its exclusive cloud provider.", 'flag'], // control: present
  // "from" with words between it and the old figure; a claim that is the agent of a passive;
  // a denial past a relative clause on the claim.
  ["Microsoft's stake went from a reported 49% profit share to about 27%.", 'ok'],
  ["Microsoft's stake went from the previous 32.5% to roughly 27%.", 'ok'],
  ["OpenAI's compute is no longer covered by a right of first refusal.", 'ok'],
  ["OpenAI's compute was covered by Microsoft's right of first refusal until October 2025.", 'ok'],
  ['OpenAI has a right of first refusal on new compute.', 'flag'], // control: the wrong party holds it
  ["Azure's API exclusivity, which ran until April 2026, is over.", 'ok'],
  ['The right of first refusal, which Microsoft gained in January 2025, has been removed.', 'ok'],
  ["Azure's API exclusivity, which runs until AGI, is a key term of the deal.", 'flag'], // control: no denial
  // An earlier participle before a figure; "to be" after a past verb; a leading "Instead of";
  // "being dropped".
  ["The write-down matches Microsoft's previously disclosed 32.5% stake.", 'ok'],
  ['Microsoft secured the right to be the sole cloud provider of OpenAI and put GPT into Office.', 'ok'],
  ['Microsoft is set to be the sole cloud provider of OpenAI.', 'flag'], // control: present
  ['Instead of Microsoft holding exclusive rights to OpenAI models until AGI, Microsoft now has a non-exclusive licence through 2032.', 'ok'],
  ["Commentators describe the change as the 'AGI clause' being dropped.", 'ok'],
  // A reported proposal told as a live plan is stale once the term was settled without it;
  // told in the past, dated, supposed or asked about, it is not.
  ["OpenAI plans to cut Microsoft's revenue share to 8% by 2030.", 'flag'],
  ["OpenAI plans to cut Microsoft's revenue share to 8% by 2030.", 'ok', '2025-06-01'],
  ["OpenAI's revenue share to Microsoft will drop to 10% by 2030.", 'flag'],
  ['Microsoft wants a third of the restructured OpenAI.', 'flag'],
  ["OpenAI planned to cut Microsoft's revenue share to 8% by 2030.", 'ok'],
  ['In 2025, OpenAI reportedly planned to cut the share to 8%.', 'ok'],
  ["If OpenAI's revenue share to Microsoft falls to 8%, Microsoft loses billions.", 'ok'],
  ['A 2025 proposal reportedly would have handed Microsoft about a third of the restructured company.', 'ok'],
  ["OpenAI floated cutting Microsoft's revenue share to 8% by 2030, but the April deal kept the same percentage.", 'ok'],
  ["Microsoft's stake dropped from 32.5% to 27%.", 'ok'],
  // A revenue-share figure needs a word of sharing near it; a growth rate is not one. The share
  // can be named by either party.
  ["OpenAI's revenue grew 10% last quarter.", 'ok'],
  ['OpenAI expects revenue to grow 8% next year.', 'ok'],
  ["OpenAI plans to slash Microsoft's revenue share from 20% to just 8% by the end of the decade.", 'flag'],
  ['OpenAI apparently told investors it will only share 10 per cent of its revenue with Microsoft by 2030.', 'flag'],
  // An undated past with "recently" or "in a recent …" reads as now.
  ['OpenAI was valued at $500 billion in a recent secondary sale.', 'flag'],
  ['OpenAI was recently valued at $500 billion.', 'flag'],
  ['Until recently, OpenAI was valued at $500 billion.', 'ok'],
  ['OpenAI was valued at $500 billion in a secondary sale in October 2025.', 'ok'],
  // $135 billion is the value of Microsoft's stake, not OpenAI's valuation; a valuation after "at"
  // is OpenAI's even when Microsoft is the subject.
  ["The deal cements Microsoft's 27% stake, valuing OpenAI at about $135 billion.", 'flag'],
  ['Financially, the $135 billion valuation puts OpenAI among the most valuable startups.', 'flag'],
  ["The recapitalization values Microsoft's stake at $135 billion.", 'ok'],
  ["Microsoft's investment in OpenAI is valued at $135 billion.", 'ok'],
  ['Microsoft holds roughly 27% of OpenAI at a $500 billion valuation.', 'flag'],
  ['Microsoft, at a $3 trillion valuation, owns 27% of OpenAI.', 'ok'],
  // The right of first refusal and API exclusivity in other words.
  ["Microsoft still gets the first option to meet OpenAI's new computing needs.", 'flag'],
  ['Microsoft no longer has the first option to provide cloud capacity to OpenAI.', 'ok'],
  ['Every stateless API call to OpenAI models is routed through Azure.', 'flag'],
  ['Microsoft keeps its sole rights to stateless API hosting.', 'flag'],
  ['Jointly built API products remain Azure-exclusive.', 'flag'],
  ['Stateless API traffic still flows exclusively through Azure.', 'flag'],
  ["Azure is the sole cloud computing platform for OpenAI's workloads.", 'flag'],
  ['| API | Azure-exclusive until AGI | Any cloud since April 2026 |', 'ok'],
  // Past verbs of arrangements; a date after a possessive; "at the time"; what a right of first
  // refusal was a right to.
  ["The first agreement designated Microsoft as OpenAI's exclusive cloud provider.", 'ok'],
  ["The 2023 investment reinforced Microsoft's role as the exclusive cloud provider for OpenAI.", 'ok'],
  ["In Microsoft's January 21, 2025 update, exclusivity on OpenAI's APIs was still in place.", 'ok'],
  ["The stake was worth about $135 billion, based on OpenAI's valuation of around $500 billion at the time of the recapitalization.", 'ok'],
  ["The agreement removes Microsoft's right of first refusal to act as its exclusive compute provider.", 'ok'],
  ['Microsoft remains the exclusive compute provider of OpenAI.', 'flag'], // control
  // The old structure in other words; a raised stake; "share" as a word for the stake.
  ['Microsoft holds a large stake in the for-profit LLC.', 'flag'],
  ['Investor returns are limited since it is a capped-for profit company.', 'flag'],
  ['Before the recapitalization, OpenAI Global LLC was a capped-profit company.', 'ok'],
  ['Microsoft raised its stake to 27% for strategic reasons.', 'flag'],
  ["Microsoft's stake fell to about 27%.", 'ok'],
  ["Some outlets even place Microsoft's share at 32.5%.", 'flag'],
  ["Microsoft's share price rose 3% on the news.", 'ok'],
  // "Once" opening a clause means "when"; before a noun phrase it means "formerly".
  ["Once AGI is achieved, Microsoft loses access to OpenAI's technology.", 'flag'],
  ['Once the panel confirms AGI, the revenue-sharing arrangement will end.', 'flag'],
  ["Once the exclusive cloud provider, Azure is now OpenAI's primary cloud partner.", 'ok'],
  ['Once valued at $29 billion, OpenAI now commands $730 billion.', 'ok'],
  // The history of the investments told wrong.
  ['Microsoft began with a $10 billion investment in 2019.', 'flag'],
  ["The restructuring is the biggest since Microsoft's first multibillion-dollar investment in 2019.", 'flag'],
  ['Microsoft invested $13 billion in OpenAI starting in 2023.', 'flag'],
  ['Microsoft took 75% of profits until its initial $13 billion investment was recouped.', 'flag'],
  ['Microsoft has confirmed a further $10 billion investment.', 'flag'],
  ['Microsoft invested $1 billion in 2019 and a reported $10 billion in 2023.', 'ok'],
  // The licence term merged with research IP, or stretched to a decade.
  ["Microsoft's IP rights last through 2032 and are tied to the panel's AGI declaration or 2030, whichever comes first.", 'flag'],
  ["The contract extends Microsoft's IP rights through 2032 and links those rights to a declaration of AGI.", 'flag'],
  ['Microsoft keeps rights to OpenAI models and products for the next decade.', 'flag'],
  ['Model and product IP runs through 2032; research IP ends at AGI verification or 2030, whichever comes first.', 'ok'],
  // Misdated agreements.
  ['The MOU, which the companies announced on September 9, set out the new terms.', 'flag'],
  ['On Sept. 9, the companies signed a non-binding memorandum of understanding.', 'flag'],
  ['The MOU, announced on September 11, 2025, preceded the definitive agreement.', 'ok'],
  ['The original agreement, signed in January 2023, gave Microsoft exclusive rights.', 'flag'],
  ['The original agreement of 2019 was expanded in January 2023.', 'ok'],
  // Found among correct sentences by others: a term named to say it is gone, a dated report, a
  // dated heading, an amount dated right after it, "the end of", first-on-Azure with no end date.
  ["The AGI clause that would have altered Microsoft's rights after an AGI declaration has been removed.", 'ok'],
  ['Microsoft killed the AGI clause on the same morning.', 'ok'],
  ['On July 22, 2019, Microsoft announced that it "will become OpenAI\'s preferred partner for commercializing new AI technologies."', 'ok'],
  ['July 22, 2019, first investment by Microsoft: $1B.', 'ok'],
  ['The agreement had reportedly prevented Microsoft from pursuing AGI until 2030.', 'ok'],
  ['This marks the end of seven years of Azure being the only cloud provider allowed to host OpenAI models.', 'ok'],
  ["Microsoft licensed the right to be OpenAI's exclusive reseller for API-based products.", 'ok'],
  ['Microsoft has committed $13 billion, with $11.6 billion funded through September 2025.', 'ok'],
  ['Microsoft has committed $13 billion, of which $11.6 billion is funded so far.', 'flag'], // control: $11.8 billion by March 2026
  ["Microsoft now holds a $135 billion investment in OpenAI's public benefit corporation.", 'ok'],
  ['Azure keeps first-access status through 2032.', 'flag'],
  ["New OpenAI models land on Microsoft's cloud first, feeding Copilot through 2032.", 'flag'],
  ['OpenAI products ship first on Azure, and the licence runs through 2032.', 'ok'],
  ['The for-profit arm is valued at about $130 billion.', 'flag'], // $130 billion is the Foundation's stake
  ['The nonprofit holds equity in the for-profit valued at about $130 billion.', 'ok'],
  // The whole agreement given the old 2030 end; an amount "deployed"; the Foundation's $130
  // billion given to Microsoft's stake; a valuation "out of"; "preferred cloud provider".
  ["The agreement still runs through 2030, with Microsoft's IP rights and revenue sharing intact.", 'flag'],
  ['Microsoft says its core agreement with OpenAI remains intact through 2030.', 'flag'],
  ['Under the current agreement, which runs through 2030, OpenAI shares 20% of its revenue with Microsoft.', 'ok'],
  ['The revenue-sharing agreement runs through 2030.', 'ok'],
  ['Microsoft has deployed $11.6 billion of the $13 billion it committed.', 'flag'],
  ["Microsoft's implied stake is valued at about $130 billion.", 'flag'],
  ["The OpenAI Foundation's stake is valued at about $130 billion.", 'ok'],
  ["OpenAI's nonprofit gets to keep $100 billion out of a $500 billion valuation.", 'flag'],
  ['OpenAI is adopting Azure as its preferred cloud provider.', 'flag'],
  // Found by a review of the rules above: what they must leave alone, and what they must still catch.
  ['OpenAI, which was recently a capped-profit company, is now a public benefit corporation.', 'ok'],
  ['OpenAI was valued at $500 billion in a recent share sale, a figure since overtaken by the $730 billion pre-money round.', 'ok'],
  ["Microsoft's stake is large: the recapitalization values it at roughly $135 billion.", 'ok'],
  ['Every API call that runs through Azure OpenAI Service is billed by Microsoft.', 'ok'],
  ['Microsoft has invested $13 billion, most of it starting in 2023.', 'ok'],
  ['By September 30, 2025, the MOU had been signed but the definitive agreement had not.', 'ok'],
  ['The MOU was signed on 9 September 2025.', 'flag'],
  ["OpenAI models ship on Azure first, and Microsoft's licence to them runs until 2032.", 'ok'],
  ["Microsoft's first priority is keeping its licence through 2032.", 'ok'],
  ['Even a 10% revenue cut at OpenAI would not change the percentage it shares with Microsoft.', 'ok'],
  ["OpenAI's valuation jumped from a reported $500 billion to $730 billion pre-money in February 2026.", 'ok'],
  ["Azure's API exclusivity, which lasts until AGI, is over-hyped as a moat.", 'flag'],
  ['Rather than dropping Azure API exclusivity, the companies reaffirmed it.', 'flag'],
  ['Rather than scrapping the revenue share, the companies capped it through 2030.', 'ok'],
  ['Microsoft holds 32.5% of OpenAI at the time of writing.', 'flag'],
  ['At the time of writing, Microsoft holds 32.5% of OpenAI.', 'flag'],
  ['In January 2023, Microsoft extended its investment, making Azure the exclusive cloud provider for all OpenAI workloads.', 'ok'],
  ['Microsoft struck its first deal with OpenAI in 2019, becoming the lab\'s exclusive cloud provider.', 'ok'],
  ["Microsoft announced its first investment on July 22, 2019, pledging to become OpenAI's exclusive cloud provider.", 'ok'],
  ["Having served as OpenAI's exclusive cloud provider from 2019 to January 2025, Microsoft now holds neither exclusivity nor a right of first refusal.", 'ok'],
  ["Microsoft secured the right to become OpenAI's exclusive cloud provider back in 2019.", 'ok'],
  ["Per Microsoft's October 28, 2025 blog post, the revenue share would remain until the expert panel verifies AGI.", 'ok'],
  ['Once the only cloud provider that is allowed to host OpenAI models, Azure now competes with AWS and Google Cloud.', 'ok'],
  ["Azure's API exclusivity, which the companies had reaffirmed as recently as February 2026 in a joint statement responding to the Amazon deal, is over.", 'ok'],
  ["Azure's API exclusivity, which ran until April 2026, is now history.", 'ok'],
  ['All stateless API requests go through Azure.', 'flag'],
  ['Microsoft first invested $10 billion in OpenAI back in 2019.', 'flag'],
  ['The restructuring values OpenAI at about $130 billion.', 'flag'],
  ['OpenAI is now valued at $135 billion.', 'flag'],
  ['The first agreement between the two companies was signed in 2023.', 'flag'],
  ['The first deal was signed in 2019 and expanded in 2023.', 'ok'],
  // The old structure as an appositive or a profit cap.
  ['Microsoft plans to invest in OpenAI, the non-profit that built ChatGPT.', 'flag'],
  ["There's also a profit cap that differs for each group of investors.", 'flag'],
  ['The recapitalization removed the profit caps that had limited returns.', 'ok'],
  ["OpenAI's revenue share to Microsoft is subject to a total cap.", 'ok'],
  ['Before the recapitalization, there was a profit cap for investors.', 'ok'],
  ['The exact amount of the investment is not disclosed by Microsoft.', 'flag'], // the 10-Q gives $13 billion
  ['The amount of the 2023 investment was not disclosed at the time.', 'ok'],
  // The end of the revenue share told before the share itself.
  ['Under the present deal, which lasts through 2030, OpenAI pays 20% of its revenue to Microsoft.', 'ok'],
  ['Under the present deal, which lasts through 2030, OpenAI pays 20% of its revenue to Microsoft.', 'flag', '2025-11-01'], // then: until the panel verifies AGI
  ["Microsoft has joined OpenAI to exclusively license the latter's GPT-3 model.", 'flag'],
  ["In 2020 Microsoft began to exclusively license OpenAI's GPT-3 model.", 'ok'],
  // From a hunt in other genres: a change told as an event, a created subsidiary, a total named
  // beside its first tranche, "earlier in", a statement dated by its day.
  ['OpenAI has long said its shift to a capped-profit model was needed to raise capital.', 'ok'],
  ['OpenAI created a for-profit subsidiary, OpenAI LP, under its non-profit parent.', 'ok'],
  ['The partners said they would spend $100bn on Stargate, with the figure rising to as much as $500bn over four years.', 'ok'],
  ['Stargate is a $100 billion project.', 'flag'], // control
  ['Microsoft invested $13 billion earlier in the partnership, a holding now valued at about $135 billion and representing roughly 27% of OpenAI.', 'ok'],
  ['The companies said in a joint statement on February 27 that Azure remains the exclusive cloud provider for stateless APIs.', 'ok'],
  ['The companies say Azure remains the exclusive cloud provider for stateless APIs.', 'flag'], // control
  ['A recent share sale valued OpenAI at around $500 billion.', 'flag'],
  ['A share sale in October 2025 valued OpenAI at around $500 billion.', 'ok'],
  ['Microsoft has first rights of refusal on new AI infrastructure.', 'flag'],
  // "will cease paying"; a range whose ends carry their own dates; research IP and primary cloud
  // status given 2032.
  ['Microsoft will cease paying a share of its revenue to OpenAI.', 'ok'],
  ["OpenAI's valuation rose from $157 billion in October 2024 to $300 billion in April 2025.", 'ok'],
  ["OpenAI's valuation rose from $730 billion to $500 billion.", 'flag'], // control: the range runs the wrong way
  ['Microsoft keeps research intellectual property through 2032.', 'flag'],
  ['Microsoft retains primary cloud status through 2032.', 'flag'],
  ["Microsoft is the primary cloud partner, and its licence to OpenAI's models runs through 2032.", 'ok'],
  ['The partners plan up to $500 billion worth of new data centers.', 'ok'],
  // Found by a second review of the rules above.
  ["Azure's API exclusivity is over for good.", 'ok'],
  ["Azure's API exclusivity will be history only once AGI is verified.", 'flag'],
  ['OpenAI was recently valued at $500 billion, and Microsoft now holds about 27%.', 'flag'],
  ["Having been OpenAI's exclusive cloud provider since 2019, Microsoft is doubling down on AI.", 'flag'],
  ['Talks on turning the MOU into a definitive agreement were still under way on September 30, 2025.', 'ok'],
  ['The companies signed the MOU on September 9, 2025.', 'flag'],
  ["Azure keeps first-access rights to OpenAI's IP until 2032.", 'flag'],
  ['OpenAI products will ship first on Azure through 2032.', 'flag'],
  ['Microsoft has invested $13 billion into the company beginning in 2023.', 'flag'],
  ['All stateless API calls on Azure OpenAI are billed by Microsoft.', 'ok'],
  ['Microsoft invested $10 billion on top of its 2019 stake.', 'ok'],
  ["The deal values the firm's foundation at roughly $130 billion.", 'ok'],
  ['OpenAI, the nonprofit lab that became a for-profit company, keeps growing.', 'ok'],
  ['The amendment placed a cap on future returns to Microsoft.', 'ok'],
  ['The exact value of the cap is not public.', 'ok'],
  ["The deal is valued at $135 billion, representing Microsoft's 27% stake.", 'flag'],
  ['Stargate is a $100 billion project; some reports say its first phase alone could reach $500 billion.', 'flag'],
  ['Microsoft now holds about 27% of OpenAI, against 32.5% earlier in the partnership.', 'ok'],
  ['The companies said on February 27 that Azure remains the exclusive cloud for stateless APIs, which is still true today.', 'flag'],
  ["OpenAI's switch to a capped-profit structure still governs how its investors are paid.", 'flag'],
  ["Microsoft's 49% profit share is now history.", 'ok'],
  ["OpenAI chose Microsoft in 2019 to become its exclusive cloud provider.", 'ok'],
  ["Microsoft went on to become OpenAI's exclusive cloud provider.", 'ok'],
  ['Microsoft extended its investment in OpenAI, making Azure the exclusive cloud provider for all OpenAI workloads.', 'ok'],
  ['Last year Microsoft made an investment of $1 billion to become the exclusive cloud provider of OpenAI.', 'flag'], // "last year" reads as now
  // Stateless-API hosting told as continuing on Azure.
  ['Stateless API hosting will continue to run on Azure.', 'flag'],
  ['Stateless model inference will be hosted on Azure whatever the third-party deals.', 'flag'],
  ['Stateless API calls still run on Azure, but also on AWS.', 'ok'],
  ['Stateless API calls can still run on Azure, though no longer exclusively.', 'ok'],
  ['Stateless APIs will continue to run on Azure on a non-exclusive basis.', 'ok'],
  ['Stateless API calls will continue to run on Azure, though the exclusivity ended in April.', 'ok'],
  ["The MOU was reached before a September 30 deadline set by OpenAI's investors.", 'ok'],
  ['The MOU, announced jointly on September 9, set out the next phase.', 'flag'],
  ['OpenAI signed a fresh deal with Microsoft, committing to buy an incremental $250 billion of Azure services.', 'ok'],
  // The old structure as the object of a change made to it.
  ['OpenAI converted its capped-profit arm into a public benefit corporation.', 'ok'],
  ['OpenAI has restructured its for-profit LLC under the foundation.', 'ok'],
  ['The recapitalization turned the capped-profit company into a PBC.', 'ok'],
  ['OpenAI has turned into a capped-profit company.', 'flag'],
  ['OpenAI is still a capped-profit company, though it plans to convert.', 'flag'],
  // A clause of time after a comma has its own negation; "Until now, …" tells how things were.
  ['Under the new terms an expert panel must verify AGI, after which the revenue share will no longer be paid.', 'ok', OCT_2025],
  ['Until now, OpenAI alone could decide when AGI had been reached.', 'ok'],
  // The official wording of the stake's value; consumer hardware is not the models licence.
  ['Microsoft holds an approximately $135 billion investment representing about 27% of OpenAI.', 'ok'],
  ['Microsoft made a $135 billion investment in OpenAI.', 'flag'],
  ['Microsoft will no longer have exclusive access to consumer hardware products.', 'ok', OCT_2025],
  // The revenue share given the IP rights' 2032.
  ['OpenAI agreed to share 20% of its revenue with Microsoft through 2032.', 'flag'],
  ['The revenue share runs through 2030, while the IP rights run through 2032.', 'ok'],
  ['Microsoft keeps a share of revenue and its IP rights through 2032.', 'ok'],
  ['When the expert panel confirms that AGI has been reached, Microsoft\'s rights to research IP will expire, and the revenue-sharing arrangement between the two will end.', 'flag'],
  // A valuation as the size of the start-up, and a latest round told as now.
  ['OpenAI, the $500 billion startup behind ChatGPT, signed a deal with Amazon.', 'flag'],
  ['OpenAI, the $730 billion startup behind ChatGPT, signed a deal with Amazon.', 'ok'],
  ['xAI, a $300 billion startup, is suing OpenAI.', 'ok'],
  ['Microsoft owns 27% of OpenAI following its latest funding round, which valued the company at $500 billion.', 'flag'],
  // Stateless-API exclusivity in other words.
  ["Azure exclusively hosts OpenAI's stateless APIs.", 'flag'],
  ["Azure exclusively hosts OpenAI's stateless APIs.", 'ok', '2026-03-01'],
  ['A contract clause forces every API call through Azure.', 'flag'],
  // History told with a span's start, a placed clause, an opening noun phrase, a change from … to.
  ['Microsoft invested $13 billion in OpenAI over several rounds starting in 2019.', 'ok'],
  ['Microsoft originally put $1 billion into OpenAI in 2019.', 'ok'],
  ["Microsoft's previously disclosed 32.5% stake is now about 27%.", 'ok'],
  ['The much-debated AGI clause gave the nonprofit board the final say.', 'ok'],
  ['The controversial AGI clause lets OpenAI cut Microsoft off.', 'flag'],
  ["Reporters found the AGI clause buried in the companies' prior contract.", 'ok'],
  ['Microsoft still has a right of first refusal from the original agreement.', 'flag'],
  ["The prospectus will describe OpenAI's transformation from a nonprofit to a capped-profit entity.", 'ok'],
  ["Microsoft's exclusive rights to OpenAI's models have been replaced with a non-exclusive license.", 'ok'],
  ['The licence has been replaced by a non-exclusive one.', 'ok'],
  // The old structure and the old AGI procedure in other words.
  ['Returns to investors and employees are capped.', 'flag'],
  ['Revenue payments to Microsoft are capped at a total amount.', 'ok'],
  ['The nonprofit board of directors will determine when OpenAI has reached AGI.', 'flag'],
  ["OpenAI's board will decide when AGI is reached, and an expert panel will verify it.", 'ok'],
  ["Under the Azure exclusivity clause OpenAI's APIs remain on Azure until AGI is verified.", 'flag'],
  ['Microsoft supports OpenAI by offering exclusive access to its cloud infrastructure.', 'flag'],
  ['The new terms give OpenAI more multi-cloud flexibility and revise revenue-sharing.', 'ok'],
  // The drop to 27% put on a later funding round.
  ["The February funding round diluted Microsoft's stake to 27%.", 'flag'],
  ["The recapitalization diluted Microsoft's holding to about 27%.", 'ok'],
  ["Fresh funding could dilute Microsoft's 27% stake.", 'ok'],
  // The amendment given another month.
  ['The July 2026 amendment made the licence non-exclusive.', 'flag'],
  ['The April 2026 amendment made the licence non-exclusive.', 'ok'],
  ["Microsoft's July 2026 earnings call discussed the amendment.", 'ok'],
  // The February 2026 "nothing changes" statement repeated as now.
  ['The companies say their revenue-sharing terms remain unchanged.', 'flag'],
  ["Microsoft and OpenAI's IP relationship continues unchanged.", 'flag'],
  ["Microsoft and OpenAI's IP relationship continues unchanged.", 'ok', '2026-03-15'],
  ['In their joint statement on February 27, the companies said the revenue share remains unchanged.', 'ok'],
  ['The revenue share stays unchanged at the same percentage through 2030, now with a cap.', 'ok'],
  // "barred" in the past; "since investing …" names what began a span.
  ['The 2019 contract barred Microsoft from developing AGI on its own.', 'ok'],
  ['Microsoft remains barred from pursuing AGI on its own.', 'flag'],
  ['Microsoft has built a $135 billion stake in OpenAI since investing $1 billion in 2019.', 'ok'],
  // The October 2025 end of the revenue share, told after the panel's verification.
  ['An expert panel must verify AGI, at which point Microsoft would stop receiving revenue-share payments.', 'flag'],
  ['An expert panel must verify AGI, at which point Microsoft would stop receiving revenue-share payments.', 'ok', OCT_2025],
  // "once" before a past verb; a denial past an appositive; the replacement after "replaced by".
  ["The AGI clause once allowed OpenAI to revoke Microsoft's licence.", 'ok'],
  ['The AGI clause, long a sore point for Microsoft, no longer applies.', 'ok'],
  ['The capped-profit company has been replaced by OpenAI Group PBC.', 'ok'],
  // The old end of a change; a source dated after the claim; a claim in a leading "Under …,".
  ['The partnership moved from an exclusive cloud deal to a right of first refusal in January 2025.', 'ok'],
  ['Microsoft benefits from an exclusive cloud deal to power its products.', 'flag'],
  ["OpenAI's APIs stay on Azure until AGI is verified, the October 2025 agreement said.", 'ok'],
  ["OpenAI's APIs stay on Azure until AGI is verified, the agreement says.", 'flag'],
  ['Under the capped-profit model, returns to investors were capped.', 'ok'],
  ['Under the capped-profit model, returns to investors are capped.', 'flag'],
  // Dated by "as of" later in the clause, or by a month right after; a leading "When …" or "Given …," in the past.
  ['The 10-Q said Microsoft has funded $11.6 billion of its $13 billion commitment as of 30 September 2025.', 'ok'],
  ['Microsoft has funded $11.6 billion of its $13 billion commitment.', 'flag'],
  ["A new round would be a 50% jump from OpenAI's $500 billion valuation in October.", 'ok'],
  ["When Gates doubted Microsoft's $1 billion OpenAI bet, few expected a $135 billion stake.", 'ok'],
  ['Given its right of first refusal, Microsoft declined the extra capacity deal.', 'ok'],
  ['Given its right of first refusal, Microsoft can match any rival offer.', 'flag'],
  // A clause with its own subject; a simple past whose object is the claim (not a name given to it).
  ["The amendment made Microsoft's licence non-exclusive, and Microsoft will no longer pay a revenue share to OpenAI.", 'ok'],
  ["Through that deal Microsoft secured the rights to use OpenAI's technology until it reached AGI.", 'ok'],
  ['A hidden trigger, often called the AGI clause, could suddenly change everything Microsoft owns.', 'flag'],
  ['Microsoft reiterated that its exclusive license to OpenAI’s models is still intact.', 'flag'],
  ['The round was huge, positioning OpenAI with a reported valuation of around $29 billion.', 'ok'],
  // The stake's $135 billion as OpenAI's value, a price paid or money invested; the stake "elevated".
  ['Analysts cheered an OpenAI valuation of $135 billion.', 'flag'],
  ['Microsoft made a $135 billion purchase of a 27% stake in OpenAI.', 'flag'],
  ["Microsoft's cumulative investment in OpenAI has climbed to $135 billion.", 'flag'],
  ["Microsoft's total investment in OpenAI is now worth $135 billion.", 'ok'],
  ["The recapitalization elevated Microsoft's stake to 27%.", 'flag'],
  // More wordings of the old structure and of cloud exclusivity.
  ['OpenAI is structured as a capped-profit organization.', 'flag'],
  ["Microsoft will exclusively host OpenAI's workloads on Azure.", 'flag'],
  ["Microsoft acts as the startup's exclusive cloud infrastructure provider.", 'flag'],
  ['OpenAI is no longer contractually bound to use Azure as its exclusive cloud infrastructure provider.', 'ok'],
  // The February 2026 hosting statements and older exclusivity in other words.
  ['Stateless OpenAI API calls will route through Azure.', 'flag'],
  ['Stateless API calls will route through Azure as well as other clouds.', 'ok'],
  ["OpenAI's APIs remain exclusively hosted on Azure.", 'flag'],
  ['First-party products will continue to be hosted on Azure.', 'flag'],
  ['First-party products will continue to be hosted on Azure.', 'ok', '2026-03-15'],
  ["OpenAI's first-party products will ship first on Azure but can run on any cloud.", 'ok'],
  ["Microsoft holds exclusive commercial licensing rights to OpenAI's technology.", 'flag'],
  ['The agreement between the two companies is set to extend until 2030.', 'flag'],
  ['The current agreement, which extends through 2030, sets a 20% revenue share for Microsoft.', 'ok'],
  // From a second written review: a possessive after a far subject; a name given in an appositive;
  // a dated source after "according to"; the revenue share that stops once AGI is verified.
  ["Microsoft is no longer OpenAI's exclusive cloud provider and no longer has first call on its new compute.", 'ok'],
  ['The provision, often dubbed the AGI clause, was written to cut Microsoft off.', 'ok'],
  ['The provision, often dubbed the AGI clause, lets OpenAI cut Microsoft off.', 'flag'],
  ["The revenue-sharing terms remain unchanged, according to the companies' February 27, 2026 statement.", 'ok'],
  ['The revenue-sharing terms remain unchanged, according to the companies.', 'flag'],
  ['Microsoft will stop receiving revenue share once the expert panel verifies AGI.', 'flag'],
  ['Microsoft will stop receiving revenue share once the expert panel verifies AGI.', 'ok', OCT_2025],
  ['Microsoft will stop receiving revenue share once the expert panel verifies AGI, according to the October 28, 2025 agreement.', 'ok'],
  ["Only Microsoft's model and product licence runs to 2032; revenue sharing does not.", 'ok'],
  // From blogs and amendment coverage: an initial cost basis; a claim's own year; what a dated
  // document reiterates; past a relative clause or a dash aside; "first dibs" on shipping.
  ["The stake is worth ten times Microsoft's initial $13 billion investment.", 'ok'],
  ['The talks led to a $1 billion investment in 2019 and a cloud partnership.', 'ok'],
  ["The February joint statement reiterates Azure's exclusivity for stateless OpenAI APIs.", 'ok'],
  ["The February 2026 joint statement is the latest word: Azure's exclusivity for stateless APIs is unchanged.", 'flag'],
  ['The AGI clause, which had for years puzzled analysts, stipulated that access could end.', 'ok'],
  ['The AGI clause — the provision that would have changed everything at AGI — has been removed entirely.', 'ok'],
  ['Azure gets first dibs on shipping new OpenAI products.', 'ok'],
  ["Microsoft has first dibs on OpenAI's new compute capacity.", 'flag'],
  ["Microsoft's stake fell to 27% at a $500 billion OpenAI valuation.", 'flag'],
  ["Microsoft's contract requires all OpenAI API calls to route through Azure.", 'flag'],
  ['API products still run only on Azure.', 'flag'],
  ['OpenAI keeps its exclusive API offerings through Azure.', 'flag'],
  ['The companies restructured their partnership on April 28, letting OpenAI sell across any cloud.', 'flag'],
  ['The companies restructured their partnership on April 27, letting OpenAI sell across any cloud.', 'ok'],
  // The profit interest told as Microsoft's holding today (equity.microsoft-conventional-equity).
  ["Microsoft's investment in OpenAI is not a traditional equity investment.", 'flag'],
  ['Microsoft does not actually own a stake in OpenAI.', 'flag'],
  ['It holds profit participation rights rather than ordinary equity.', 'flag'],
  ['Before the recapitalization, Microsoft held no conventional equity in OpenAI.', 'ok'],
  ['Microsoft now holds conventional equity in OpenAI Group PBC.', 'ok'],
  ['Amazon does not own a stake in OpenAI.', 'ok'],
  ['Employees hold shares of the company.', 'ok'],
  ['Shareholders, Microsoft included, now hold ordinary equity whose returns are no longer capped.', 'ok'],
  // The reported 2025 plan to cut the revenue share, told as live (README rule 6).
  ['Investor projections show the revenue share with Microsoft and other partners dropping to 10% by 2030.', 'flag'],
  ['OpenAI is now expected to reduce that share to 10% by 2030.', 'flag'],
  ['By the end of the decade, OpenAI plans to reduce this share to 10%.', 'flag'],
  ["OpenAI is cutting Microsoft's revenue share from 20% to as low as 10% by 2030.", 'flag'],
  ['OpenAI plans to cut the revenue it shares with Microsoft by at least half by 2030.', 'flag'],
  ['In May 2025, The Information reported that OpenAI planned to cut the share to 10% by 2030.', 'ok'],
  ["OpenAI's market share could fall to 10% by 2030.", 'ok'],
  // From correct sentences and regional coverage.
  ['Microsoft secured a $135 billion stake, 27% of OpenAI Group PBC.', 'ok'],
  ['Microsoft secured a $135 billion investment in OpenAI.', 'flag'],
  ["Microsoft will lose access to OpenAI's research once experts verify AGI or by 2030.", 'ok', OCT_2025],
  ["The $135 billion valuation is part of a reorganization that raised OpenAI's total value to $500 billion.", 'ok', OCT_2025],
  ['OpenAI retains exclusive rights to its consumer hardware IP.', 'ok'],
  ["Microsoft has endorsed the transition of OpenAI's capped-profit subsidiary into a PBC.", 'ok'],
  ['Microsoft has relaxed its exclusive rights to build computing infrastructure for OpenAI.', 'ok'],
  ['OpenAI may serve its products on any cloud, meaning Azure is no longer the exclusive avenue.', 'ok'],
  ['Microsoft acquired a 27% stake, valuing the entity at $135 billion.', 'flag'],
  ["Microsoft's cumulative investment in OpenAI, once a $1 billion bet in 2019, now totals $135 billion.", 'flag'],
  ["Microsoft will keep receiving 20% of OpenAI's revenue until an independent panel certifies AGI.", 'flag'],
  ["Microsoft will keep receiving 20% of OpenAI's revenue until an independent panel certifies AGI.", 'ok', OCT_2025],
  ['Microsoft holds no direct equity in OpenAI, only a share of future profits.', 'flag'],
  ["Microsoft's exclusive access extends past AGI.", 'flag'],
  ["Microsoft's exclusive access extends past AGI.", 'flag', OCT_2025],
  ["Microsoft's IP rights extend past AGI, through 2032.", 'ok'],
  // From legal and policy prose and 2026 background sentences.
  ['The subsidiary could take outside money, with a cap on investor returns—initially 100x their stake.', 'ok'],
  ['Microsoft risked losing access to future versions once AGI was declared.', 'ok'],
  ['Microsoft risks losing access to future models once AGI is declared.', 'flag'],
  ['The CMA had previously stated that the exclusive provision of cloud services by Microsoft created a close relationship.', 'ok'],
  ['The two companies agreed in 2023 that AGI would arrive once OpenAI could generate $100 billion in profits.', 'ok'],
  ['The round dwarfs the $1 billion Microsoft investment that anchored OpenAI six years earlier.', 'ok'],
  // The February 2026 routing clause and the exclusive licence in the words of the Amazon dispute.
  ["That clause says all API calls to OpenAI's models must route through Azure.", 'flag'],
  ['The contract requires developers who use OpenAI models via APIs to route calls through Azure.', 'flag'],
  ["Until April 2026, all API calls to OpenAI's models had to route through Azure.", 'ok'],
  ["Musk argues that Microsoft's exclusive licensing agreements with OpenAI amount to a merger.", 'flag'],
  ['The exclusive licensing agreement ended when the April 2026 amendment made the licence non-exclusive.', 'ok'],
  ['Microsoft has no formal equity stake in OpenAI.', 'flag'],
  ["The joint statement says the partnership terms remain unchanged despite OpenAI's deal with Amazon.", 'flag'],
  ['On February 27, the companies said their partnership terms remain unchanged.', 'ok'],
  ['Existing revenue share arrangements remain in place, including revenue from other clouds.', 'flag'],
  ['The revenue share arrangements remain in place through 2030, now with a cap.', 'ok'],
];

describe('context: wording the checker was not tuned on', () => {
  for (const [text, want, asOf] of WRITTEN) {
    it(`${want === 'flag' ? 'flags' : 'accepts'}${asOf ? ` as of ${asOf}` : ''}: ${text}`, () => {
      const flagged = problems(text, asOf ? { asOf } : {}).length > 0;
      assert.equal(flagged, want === 'flag');
    });
  }
});
