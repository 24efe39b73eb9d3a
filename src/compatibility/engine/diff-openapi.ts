// parse → normalize → buildDiff → rules → report, for OpenAPI 2.0 / 3.0 / 3.1. Pure.
import { buildOpenApiDiff } from '../diff/openapi/build-openapi-diff.js';
import { normalizeOpenApi } from '../diff/openapi/normalize-openapi.js';
import type { JsonObject } from '../diff/schema/types.js';
import { OPENAPI_RULES } from '../rules/openapi/index.js';
import type { DiffReport } from './change.js';
import { makeReport, runRules } from './report.js';

export interface DiffOptions {
  /** "Now" for sunset decisions; injected, never read from the clock inside the engine. */
  now?: Date;
}

/**
 * Compares two parsed OpenAPI documents (2.0, 3.0 or 3.1, in any combination). `base` is the
 * published version, `revision` the candidate. Internal `$ref`s are resolved; external ones must
 * have been bundled by the caller.
 */
export function diffOpenApi(base: JsonObject, revision: JsonObject, opts: DiffOptions = {}): DiffReport {
  const diff = buildOpenApiDiff(normalizeOpenApi(base), normalizeOpenApi(revision), opts.now ?? new Date(0));
  return makeReport('openapi', [...runRules(OPENAPI_RULES, diff), ...diff.schemaChanges]);
}
