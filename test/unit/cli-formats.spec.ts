// Every --format of the standalone CLI, checked against its format: SARIF 2.1.0 against the OASIS
// JSON schema (shipped by @microsoft/jest-sarif), GitLab Code Quality fields, JUnit XML parsed by a
// real XML parser, GitHub workflow commands, YAML, one self-contained HTML file.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AjvDraft04Module from 'ajv-draft-04';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse as parseYaml } from 'yaml';
import { projectPath } from '../../src/common/project-path.js';
import { OPENAPI_RULES } from '../../src/compatibility/rules/openapi/index.js';
import { SCHEMA_RULES } from '../../src/compatibility/diff/schema/index.js';
import { runStandalone } from '../support/standalone-cli.js';

const AjvDraft04 = AjvDraft04Module.default;
const dir = mkdtempSync(join(tmpdir(), 'cli-formats-'));
const write = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return name;
};

// Line numbers matter: `/alt`'s get is on line 9 of the base, the new `plz` property on line 14 of the revision.
const BASE = `openapi: 3.0.3
info: { title: Antragsdienst, version: 1.0.0 }
paths:
  /antraege:
    get:
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Antrag' } } } }
  /alt:
    get:
      responses:
        '200': { description: ok }
components:
  schemas:
    Antrag:
      type: object
      properties:
        id: { type: string }
`;
const REVISION = BASE.replace(`  /alt:
    get:
      responses:
        '200': { description: ok }
`, '') + '        plz: { type: string }\n';

write('base.yaml', BASE);
write('revision.yaml', REVISION);
const diff = (...args: string[]) => runStandalone(['diff', 'base.yaml', 'revision.yaml', ...args], { cwd: dir });

describe('standalone CLI output formats', () => {
  it('sarif: valid against the SARIF 2.1.0 schema, with rules, levels, regions and fingerprints', () => {
    const run = diff('--format', 'sarif');
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout) as { version: string; runs: Array<{ tool: { driver: { rules: Array<{ id: string }> } }; results: Array<Record<string, any>> }> };
    // The published schema has a pattern that is invalid in unicode mode; formats are not checked.
    const schema = JSON.parse(readFileSync(projectPath('node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
    const validate = new AjvDraft04({ strict: false, validateFormats: false, allErrors: true, unicodeRegExp: false }).compile(schema);
    expect([validate(log), validate.errors ?? []]).toEqual([true, []]);
    expect(log.version).toBe('2.1.0');
    const results = log.runs[0].results;
    expect([results[0].ruleId, results[0].level, results[0].locations[0].physicalLocation]).toEqual(['operation-removed', 'error',
      { artifactLocation: { uri: 'base.yaml' }, region: { startLine: 9, startColumn: 5 } }]);
    for (const r of results) expect(r.locations[0].physicalLocation.region.startLine).toBeGreaterThan(0);
    expect(results[0].partialFingerprints['contractRegistryFinding/v1']).toMatch(/^fp1_[0-9a-f]{20}$/);
    expect(log.runs[0].tool.driver.rules.map((r) => r.id)).toEqual([...new Set(results.map((r) => r.ruleId))]);
  });

  it('gitlab: a Code Quality array with description, check_name, fingerprint, severity, location.path and lines.begin', () => {
    const issues = JSON.parse(diff('--format', 'gitlab').stdout) as Array<Record<string, any>>;
    expect(issues.length).toBeGreaterThan(0);
    for (const i of issues) {
      expect(Object.keys(i).sort()).toEqual(['check_name', 'description', 'fingerprint', 'location', 'severity']);
      expect(['info', 'minor', 'major', 'critical', 'blocker']).toContain(i.severity);
      expect(typeof i.location.path).toBe('string');
      expect(Number.isInteger(i.location.lines.begin)).toBe(true);
    }
    expect(issues[0]).toMatchObject({ check_name: 'operation-removed', severity: 'critical', location: { path: 'base.yaml', lines: { begin: 9 } } });
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
  });

  it('junit: well-formed XML with one test case per rule, failing where findings reach --fail-on', () => {
    const xml = diff('--format', 'junit').stdout;
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml) as { testsuites: { testsuite: { tests: string; failures: string; testcase: Array<Record<string, any>> } } };
    const suite = doc.testsuites.testsuite;
    expect(suite.testcase).toHaveLength(OPENAPI_RULES.length + SCHEMA_RULES.length);
    expect(Number(suite.tests)).toBe(suite.testcase.length);
    const failed = suite.testcase.filter((c) => c.failure);
    expect(failed.map((c) => c.name)).toEqual(['openapi:operation-removed']);
    expect(Number(suite.failures)).toBe(1);
    expect(failed[0].failure['#text']).toContain('GET /alt was removed without deprecation');
    // Findings below --fail-on are reported, not failed.
    expect(suite.testcase.find((c) => c.name === 'openapi:operation-removed')).toBeDefined();
    expect(suite.testcase.some((c) => c['system-out'])).toBe(true);
  });

  it('githubactions: ::error / ::notice commands with file, line and column', () => {
    const lines = diff('--format', 'githubactions').stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('::error file=base.yaml,line=9,col=5,title=operation-removed::GET /alt was removed without deprecation (GET /alt)');
    for (const l of lines) expect(l).toMatch(/^::(error|warning|notice) file=[^,]+(,line=\d+,col=\d+)?,title=[a-z-]+::.+$/);
  });

  it('json and yaml carry the same report; singleline gives one line per finding', () => {
    const json = JSON.parse(diff('--format', 'json').stdout) as { changes: unknown[] };
    expect(parseYaml(diff('--format', 'yaml').stdout)).toEqual(json);
    const single = diff('--format', 'singleline').stdout.trimEnd().split('\n');
    expect(single).toHaveLength(json.changes.length);
    expect(single[0]).toMatch(/^base\.yaml:9:5: breaking operation-removed: GET \/alt was removed without deprecation \(GET \/alt\) \[fp1_[0-9a-f]{20}\]$/);
  });

  it('html: one self-contained file (no scripts, no external resources), values escaped', () => {
    const html = diff('--format', 'html').stdout;
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|\bsrc=|href="http/i);
    expect(html).toContain('<td>GET /alt was removed without deprecation</td>');
    expect(XMLValidator.validate(html.replace('<!DOCTYPE html>', '').replace(/<meta[^>]*>/g, '').replace(/<br>/g, '<br/>'))).toBe(true);
  });

  it('markdown and text name the position of each finding', () => {
    expect(diff('--format', 'markdown').stdout).toContain('| breaking | `operation-removed` | GET /alt | GET /alt was removed without deprecation | `base.yaml:9:5` |');
    expect(diff().stdout).toContain('at /paths/~1alt/get (base.yaml:9:5)');
  });

  it('puts revision-side findings on the revision line', () => {
    const json = JSON.parse(diff('--format', 'json', '--fail-on', 'info').stdout) as { changes: Array<{ id: string; file: string; line: number }> };
    expect(json.changes.find((c) => c.id === 'response-property-added')).toMatchObject({ file: 'revision.yaml', line: 14, column: 9 });
  });
});
