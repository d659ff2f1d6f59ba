// --format sarif: SARIF 2.1.0 for code-scanning upload. One run; one rule per rule id seen;
// columns in UTF-16 code units (SARIF's default columnKind, stated explicitly).
import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Severity } from '../../engine/types';
import type { Report, OutFinding } from '../report';
import type { FormatContext } from './context';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

function level(severity: Severity): 'error' | 'warning' | 'note' {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

/** A URI relative to the run's %SRCROOT% (the working folder) when the file is under it. */
function artifactUri(path: string, cwd: string): { uri: string; uriBaseId?: string } {
  if (path === '<stdin>') return { uri: 'stdin' };
  const abs = isAbsolute(path) ? path : `${cwd}${sep}${path}`;
  const rel = relative(cwd, abs);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return { uri: pathToFileURL(abs).href };
  return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

const region = (f: OutFinding) => ({ startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn });

export function formatSarif(report: Report, ctx: FormatContext): string {
  const rules: object[] = [];
  const ruleIndex = new Map<string, number>();
  const results: object[] = [];
  for (const file of report.files) {
    const artifactLocation = artifactUri(file.path, ctx.cwd);
    for (const f of file.findings) {
      if (!ruleIndex.has(f.ruleId)) {
        ruleIndex.set(f.ruleId, rules.length);
        const rule: Record<string, unknown> = {
          id: f.ruleId,
          shortDescription: { text: ctx.titleOf(f.ruleId) ?? f.ruleId },
        };
        if (f.sources[0]?.url) rule.helpUri = f.sources[0].url;
        rules.push(rule);
      }
      const result: Record<string, unknown> = {
        ruleId: f.ruleId,
        ruleIndex: ruleIndex.get(f.ruleId),
        level: level(f.severity),
        kind: 'fail',
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation, region: { ...region(f), snippet: { text: f.text } } } }],
        properties: { kind: f.kind },
      };
      if (f.replacement !== undefined) {
        result.fixes = [{
          description: { text: `Replace "${f.text}" with "${f.replacement}"` },
          artifactChanges: [{ artifactLocation, replacements: [{ deletedRegion: region(f), insertedContent: { text: f.replacement } }] }],
        }];
      }
      results.push(result);
    }
  }
  const notifications = report.errors.map((e) => ({
    level: 'error',
    message: { text: e.message },
    locations: [{ physicalLocation: { artifactLocation: artifactUri(e.path, ctx.cwd), ...(e.line !== undefined ? { region: { startLine: e.line, startColumn: e.column } } : {}) } }],
  }));
  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'agreement-lens', version: ctx.version, semanticVersion: ctx.version, informationUri: ctx.informationUri, rules } },
      originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(ctx.cwd + sep).href } },
      columnKind: 'utf16CodeUnits',
      invocations: [{ executionSuccessful: report.errors.length === 0, toolExecutionNotifications: notifications }],
      results,
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
