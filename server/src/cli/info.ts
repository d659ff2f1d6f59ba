// `agreement-lens explain` and `agreement-lens terms`: the model, as the user's config extends it.
import { modelWithConfig } from '../config/config';
import { explainTerm, renderModelMarkdown } from '../terms/render';
import type { TermsModel } from '../terms/types';
import type { ExplainCommand, TermsCommand } from './args';
import { ConfigResolver } from './config-resolver';
import { errorLine, type Io } from './output';

function modelFor(cmd: ExplainCommand | TermsCommand, io: Io): { model: TermsModel; asOf: string; broken: boolean } {
  const configs = new ConfigResolver(io.cwd, cmd.config);
  const key = configs.keyFor(`${io.cwd}/.`);
  for (const e of configs.errors) io.stderr.write(errorLine(e));
  const set = key === null ? {} : configs.ruleSets[key];
  const model = modelWithConfig(set);
  return { model, asOf: cmd.asOf ?? set.asOf ?? io.today, broken: configs.errors.length > 0 };
}

export function runExplain(cmd: ExplainCommand, io: Io): number {
  const { model, asOf, broken } = modelFor(cmd, io);
  const text = explainTerm(model, cmd.query, asOf);
  if (text === undefined) {
    io.stderr.write(`agreement-lens: no term matches '${cmd.query}' (agreement-lens terms lists them)\n`);
    return 2;
  }
  io.stdout.write(text.endsWith('\n') ? text : text + '\n');
  return broken ? 2 : 0;
}

export function runTerms(cmd: TermsCommand, io: Io): number {
  const { model, asOf, broken } = modelFor(cmd, io);
  const text = cmd.format === 'json' ? JSON.stringify(model, null, 2) : renderModelMarkdown(model, asOf);
  io.stdout.write(text.endsWith('\n') ? text : text + '\n');
  return broken ? 2 : 0;
}
