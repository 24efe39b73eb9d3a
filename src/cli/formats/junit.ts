import { ruleCatalogue, type CatalogueEntry } from '../../compatibility/engine/rule-catalogue.js';
import type { CliDiffReport, CliFinding } from '../diff/cli-report.js';
import { xml } from './escape.js';
import { where } from './text.js';

const line = (f: CliFinding) => `[${f.level}] ${f.id}: ${f.message}${f.operation ? ` (${f.operation})` : ''} at ${f.pointer} (${where(f)})`;

/**
 * JUnit XML: one test case per rule of the catalogue that applies to the document kind; a rule with
 * findings that reach --fail-on fails, findings below it go to system-out.
 */
export function renderJunit(r: CliDiffReport): string {
  const rules = ruleCatalogue().filter((e: CatalogueEntry) => e.kind === r.kind || e.kind === 'schema');
  const byRule = new Map<string, CliFinding[]>();
  for (const f of r.findings) byRule.set(f.rule ?? f.id, [...(byRule.get(f.rule ?? f.id) ?? []), f]);
  const cases = rules.map((e) => {
    const found = byRule.get(e.key) ?? [];
    const failing = found.filter((f) => f.failing);
    const other = found.filter((f) => !f.failing);
    const body = [
      ...(failing.length ? [`      <failure message="${xml(`${failing.length} finding(s) of ${e.key}`)}" type="${failing[0].level}">${xml(failing.map(line).join('\n'))}</failure>`] : []),
      ...(other.length ? [`      <system-out>${xml(other.map(line).join('\n'))}</system-out>`] : []),
    ];
    const open = `    <testcase name="${xml(e.key)}" classname="${xml(`contract-registry.${r.kind}`)}" time="0"`;
    return body.length ? `${open}>\n${body.join('\n')}\n    </testcase>` : `${open}/>`;
  });
  const failures = rules.filter((e) => (byRule.get(e.key) ?? []).some((f) => f.failing)).length;
  const name = xml(`contract-registry diff ${r.base} ${r.revision}`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${name}" tests="${rules.length}" failures="${failures}" errors="0">`,
    `  <testsuite name="${name}" tests="${rules.length}" failures="${failures}" errors="0" skipped="0">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>', '',
  ].join('\n');
}
