import { ruleCatalogue } from '../../compatibility/engine/rule-catalogue.js';
import { localizeReason } from '../../compatibility/messages/catalogue.js';
import type { CliDiffReport } from '../diff/cli-report.js';
import { CLI_INFO_URI, CLI_NAME, CLI_VERSION } from '../version.js';

const LEVEL = { breaking: 'error', warning: 'warning', info: 'note' } as const;

/** SARIF 2.1.0 (code scanning in GitHub, GitLab and others); one run, one rule per reported id. */
export function renderSarif(r: CliDiffReport): string {
  const entries = new Map(ruleCatalogue().map((e) => [e.key, e]));
  const ids = [...new Set(r.findings.map((f) => f.id))];
  const rules = ids.map((id) => {
    const f = r.findings.find((x) => x.id === id)!;
    const entry = f.rule ? entries.get(f.rule) : undefined;
    const reason = entry ? localizeReason(entry.key, entry.reason, r.lang) : id;
    return { id, name: id, shortDescription: { text: reason }, defaultConfiguration: { level: LEVEL[f.level] }, properties: { catalogueKey: f.rule ?? null } };
  });
  const results = r.findings.map((f) => ({
    ruleId: f.id,
    ruleIndex: ids.indexOf(f.id),
    level: LEVEL[f.level],
    message: { text: `${f.message}${f.operation ? ` (${f.operation})` : ''}` },
    locations: [{
      physicalLocation: {
        artifactLocation: { uri: f.file === '-' ? 'stdin' : f.file },
        ...(f.line ? { region: { startLine: f.line, startColumn: f.column ?? 1 } } : {}),
      },
      logicalLocations: [{ fullyQualifiedName: f.pointer, kind: 'member' }],
    }],
    partialFingerprints: { 'contractRegistryFinding/v1': f.fingerprint },
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: CLI_NAME, version: CLI_VERSION, informationUri: CLI_INFO_URI, rules } },
      language: r.lang,
      results,
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
