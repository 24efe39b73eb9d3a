// The rule catalogue: every rule the engine can report, with its level per direction and its reason.
// Pure. Used by `contract-registry rules`, SARIF/JUnit output and the message catalogue guard.
import { SCHEMA_RULES } from '../diff/schema/index.js';
import { ASYNCAPI_RULES } from '../rules/asyncapi/index.js';
import { OPENAPI_RULES } from '../rules/openapi/index.js';
import type { ChangeLevel } from './change.js';

/**
 * One catalogue entry. `key` is unique across formats: `openapi:<id>`, `asyncapi:<id>`, or
 * `schema:<suffix>` for the shared schema rules, whose reported ids are `<site prefix>-<suffix>`
 * (e.g. `response-property-removed`).
 */
export interface CatalogueEntry {
  key: string;
  kind: 'openapi' | 'asyncapi' | 'schema';
  /** The id as reported (`*-<suffix>` for schema rules). */
  id: string;
  /** Level per direction: `request`/`response` (OpenAPI), `write`/`read` (schema, AsyncAPI), or `any`. */
  levels: Record<string, ChangeLevel>;
  reason: string;
}

/** Site prefixes under which schema rules report, per document kind. */
export const SCHEMA_PREFIXES = {
  openapi: ['request-parameter', 'response-header', 'request', 'response'],
  asyncapi: ['message-payload', 'message-headers'],
} as const;

let cached: CatalogueEntry[] | undefined;
let byKey: Map<string, CatalogueEntry> | undefined;

export function ruleCatalogue(): CatalogueEntry[] {
  cached ??= [
    ...OPENAPI_RULES.map((r): CatalogueEntry => ({
      key: `openapi:${r.id}`, kind: 'openapi', id: r.id, reason: r.reason,
      levels: r.direction === 'none' ? { any: r.level } : { [r.direction]: r.level },
    })),
    ...ASYNCAPI_RULES.map((r): CatalogueEntry => ({
      key: `asyncapi:${r.id}`, kind: 'asyncapi', id: r.emits === 'schema-rules' ? `${r.id}-*` : r.id, reason: r.reason,
      levels: { read: r.levels.read, write: r.levels.write },
    })),
    ...SCHEMA_RULES.map((r): CatalogueEntry => ({
      key: `schema:${r.suffix}`, kind: 'schema', id: `*-${r.suffix}`, reason: r.reason,
      levels: { write: r.levels.write, read: r.levels.read },
    })),
  ];
  return cached;
}

/** The catalogue key of a reported change id (`response-property-removed` → `schema:property-removed`). */
export function catalogueKeyOf(kind: 'openapi' | 'asyncapi', id: string): string | undefined {
  byKey ??= new Map(ruleCatalogue().map((e) => [e.key, e]));
  if (byKey.has(`${kind}:${id}`)) return `${kind}:${id}`;
  for (const prefix of SCHEMA_PREFIXES[kind]) {
    if (id.startsWith(`${prefix}-`) && byKey.has(`schema:${id.slice(prefix.length + 1)}`)) return `schema:${id.slice(prefix.length + 1)}`;
  }
  return undefined;
}
