// The README's settings and commands tables, generated from package.json's `contributes` so
// they cannot fall behind it: test/ship/readme.test.ts compares them, and
// `npm run readme:tables` rewrites them between their marker comments.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

interface Setting {
  type?: string;
  default?: unknown;
  scope?: string;
  description?: string;
  markdownDescription?: string;
  enum?: unknown[];
}
interface Contributes {
  configuration: { properties: Record<string, Setting> };
  commands: { command: string; title: string; category?: string }[];
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n+/g, ' ');

export function settingsTable(contributes: Contributes): string {
  const rows = Object.entries(contributes.configuration.properties).map(([key, s]) =>
    `| \`${key}\` | ${s.type ?? ''} | \`${cell(JSON.stringify(s.default))}\` | ${s.scope ?? ''} | ${cell(s.markdownDescription ?? s.description ?? '')} |`);
  return ['| setting | type | default | scope | what it does |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}

export function commandsTable(contributes: Contributes): string {
  const rows = contributes.commands.map((c) => `| ${c.category ? `${c.category}: ` : ''}${cell(c.title)} | \`${c.command}\` |`);
  return ['| command (Command Palette) | id |', '| --- | --- |', ...rows].join('\n');
}

export const MARKERS = {
  settings: ['<!-- settings table: generated from package.json by npm run readme:tables -->', '<!-- end of settings table -->'],
  commands: ['<!-- commands table: generated from package.json by npm run readme:tables -->', '<!-- end of commands table -->'],
} as const;

/** The text between a pair of markers, or undefined when the README lacks them. */
export function between(readme: string, [start, end]: readonly [string, string]): string | undefined {
  const from = readme.indexOf(start);
  const to = readme.indexOf(end, from);
  return from < 0 || to < 0 ? undefined : readme.slice(from + start.length, to).trim();
}

function replaceBetween(readme: string, [start, end]: readonly [string, string], table: string): string {
  const from = readme.indexOf(start);
  const to = readme.indexOf(end, from);
  if (from < 0 || to < 0) throw new Error(`README.md lacks the markers ${start} … ${end}`);
  return `${readme.slice(0, from + start.length)}\n${table}\n${readme.slice(to)}`;
}

export function readContributes(): Contributes {
  return (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { contributes: Contributes }).contributes;
}

if (require.main === module) {
  const contributes = readContributes();
  const path = join(ROOT, 'README.md');
  let readme = readFileSync(path, 'utf8');
  readme = replaceBetween(readme, MARKERS.settings, settingsTable(contributes));
  readme = replaceBetween(readme, MARKERS.commands, commandsTable(contributes));
  writeFileSync(path, readme);
}
