// diffAsyncApi: parse results of two AsyncAPI 2.x/3.x documents → DiffReport (kind 'asyncapi').
// Pipeline: normalize (both versions onto one model) → buildDiff → rules → changes.
import { buildDiff } from '../diff/asyncapi/build-diff.js';
import { normalizeAsyncApi } from '../diff/asyncapi/normalize.js';
import { ASYNCAPI_RULES, type AsyncApiRule } from '../rules/asyncapi/index.js';
import type { Change, DiffReport } from './change.js';
import { makeReport } from './report.js';

export { AsyncApiInputError, asyncApiVersion } from '../diff/asyncapi/normalize.js';

export function diffAsyncApi(base: unknown, revision: unknown, rules: readonly AsyncApiRule[] = ASYNCAPI_RULES): DiffReport {
  const diff = buildDiff(normalizeAsyncApi(base), normalizeAsyncApi(revision));
  const seen = new Set<Change>();
  // Shared-schema changes reached from several messages are the same object: report each once.
  const changes = rules.flatMap((r) => r.check(diff)).filter((c) => !seen.has(c) && seen.add(c) !== undefined);
  return makeReport('asyncapi', changes);
}
