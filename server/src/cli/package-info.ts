// The tool's name, version and home page (from package.json, bundled at build time), and
// term titles for outputs that describe rules (SARIF).
import pkg from '../../../package.json';
import { builtinModel } from '../terms/model';
import type { RuleSet } from './check-file';

interface PackageJson {
  version: string;
  homepage?: string;
  repository?: string | { url?: string };
  name: string;
}

export function packageInfo(): { name: string; version: string; informationUri: string } {
  const p = pkg as PackageJson;
  const repo = typeof p.repository === 'string' ? p.repository : p.repository?.url;
  const home = p.homepage ?? repo?.replace(/^git\+/, '').replace(/\.git$/, '');
  // Without a homepage in the manifest, the package's registry page is the stable address.
  return { name: p.name, version: p.version, informationUri: home ?? `https://www.npmjs.com/package/${p.name}` };
}

export function modelTitles(ruleSets: Record<string, RuleSet>): (ruleId: string) => string | undefined {
  const titles = new Map<string, string>();
  for (const t of builtinModel.terms) titles.set(t.id, t.title);
  for (const set of Object.values(ruleSets)) for (const t of set.terms ?? []) if (!titles.has(t.id)) titles.set(t.id, t.title);
  return (ruleId) => titles.get(ruleId);
}
