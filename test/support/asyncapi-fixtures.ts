// Loads AsyncAPI rule fixture pairs: test/fixtures/compat/asyncapi/<rule-id>/{base,revision,neighbour}.yaml.
// `revision` must make the rule fire; `neighbour` is a harmless change next to it that must not.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { load } from 'js-yaml';
import type { Change, DiffReport } from '../../src/compatibility/engine/change.js';
import { diffAsyncApi } from '../../src/compatibility/engine/diff-asyncapi.js';
import { PROJECT_ROOT } from './shared-corpus.js';

export const ASYNCAPI_FIXTURES = resolve(PROJECT_ROOT, 'test', 'fixtures', 'compat', 'asyncapi');

export function loadDocument(path: string): unknown {
  return load(readFileSync(path, 'utf8'));
}

export function diffRuleFixture(ruleId: string, side: 'revision' | 'neighbour'): DiffReport {
  const dir = resolve(ASYNCAPI_FIXTURES, ruleId);
  return diffAsyncApi(loadDocument(resolve(dir, 'base.yaml')), loadDocument(resolve(dir, `${side}.yaml`)));
}

/** id, level, pointer, operation and message of the changes whose id starts with `prefix`. */
export function rendered(report: DiffReport, prefix: string): Array<Pick<Change, 'id' | 'level' | 'pointer' | 'operation' | 'message'>> {
  return report.changes.filter((c) => c.id.startsWith(prefix))
    .map(({ id, level, pointer, operation, message }) => ({ id, level, pointer, operation, message }));
}
