import { readFileSync } from 'node:fs';
import * as CDX from '@cyclonedx/cyclonedx-library';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { createRequire } from 'node:module';
import { issue, type Issue } from '../../contracts/domain/contract-issues.js';
import { canonicalJson } from './canonical-json.js';
import { SPDX_23_SUBSET_SCHEMA, SPDX_301_SUBSET_SCHEMA } from './spdx-schemas.js';

// CycloneDX: the JSON schemas (strict variants) that @cyclonedx/cyclonedx-library ships, compiled with the
// same ajv set-up as the library's own JsonStrictValidator (ajv + ajv-formats + ajv-formats-draft2019,
// remote schemas disabled), with two differences, both measured (docs/adr/0010-trust-facts.md):
// - allErrors: the library stops at the first problem; an upload reports every problem at once.
// - `uniqueItems`: ajv checks it by comparing every pair of items (quadratic: 5,000 components took
//   about 5 s). It is replaced by `linearUniqueItems`, which hashes each item's canonical JSON once.
// A unit test checks that the library's validator and this one agree on the fixtures.

type AddFormats = (ajv: Ajv, opts?: unknown) => Ajv;
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ?? addFormatsModule) as unknown as AddFormats;
const addDraft2019Formats = createRequire(import.meta.url)('ajv-formats-draft2019') as AddFormats;

interface CdxResources {
  FILES: { CDX: { JSON_STRICT_SCHEMA: Record<string, string | undefined> }; SPDX: { JSON_SCHEMA: string }; CryptoDefs: { JSON_SCHEMA: string }; JSF: { JSON_SCHEMA: string } };
}
// The schema files the library ships (its own validator reads the same paths); not in its typings.
const CDX_RESOURCES = (CDX as unknown as { _Resources: CdxResources })._Resources;

export type SchemaId = 'cyclonedx-1.6' | 'cyclonedx-1.7' | 'spdx-3.0.1' | 'spdx-2.3';

const MAX_SCHEMA_ISSUES = 200;

function replaceUniqueItems(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(replaceUniqueItems);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(schema)) {
    if (k === 'uniqueItems' && v === true) out.linearUniqueItems = true;
    else out[k] = replaceUniqueItems(v);
  }
  return out;
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function newAjv(schemas: Record<string, object> = {}): Ajv {
  const ajv = new Ajv({
    useDefaults: false, strict: false, strictSchema: false, addUsedSchema: false, allErrors: true, schemas,
    loadSchema: (uri: string) => { throw new Error(`remote schemas are disabled: ${uri}`); },
  });
  addFormats(ajv);
  addDraft2019Formats(ajv, { formats: ['idn-email'] });
  ajv.addFormat('iri-reference', true);
  ajv.addKeyword({
    keyword: 'linearUniqueItems',
    type: 'array',
    errors: true,
    validate: function unique(this: unknown, enabled: boolean, data: unknown[]) {
      if (!enabled) return true;
      const seen = new Map<string, number>();
      for (let i = 0; i < data.length; i++) {
        const key = canonicalJson(data[i]);
        const j = seen.get(key);
        if (j !== undefined) {
          (unique as unknown as { errors: Partial<ErrorObject>[] }).errors = [{ keyword: 'uniqueItems', message: `must NOT have duplicate items (items ## ${j} and ${i} are identical)`, params: { i, j } }];
          return false;
        }
        seen.set(key, i);
      }
      return true;
    },
  });
  return ajv;
}

let compiled: Map<SchemaId, ValidateFunction> | null = null;

function compileAll(): Map<SchemaId, ValidateFunction> {
  const F = CDX_RESOURCES.FILES;
  const shared: Record<string, object> = {
    'http://cyclonedx.org/schema/spdx.SNAPSHOT.schema.json': readJson(F.SPDX.JSON_SCHEMA) as object,
    'http://cyclonedx.org/schema/cryptography-defs.SNAPSHOT.schema.json': replaceUniqueItems(readJson(F.CryptoDefs.JSON_SCHEMA)) as object,
    'http://cyclonedx.org/schema/jsf-0.82.SNAPSHOT.schema.json': replaceUniqueItems(readJson(F.JSF.JSON_SCHEMA)) as object,
  };
  const cdx = newAjv(shared);
  const spdx = newAjv();
  const strict = F.CDX.JSON_STRICT_SCHEMA;
  return new Map<SchemaId, ValidateFunction>([
    ['cyclonedx-1.6', cdx.compile(replaceUniqueItems(readJson(strict['1.6'] as string)) as object)],
    ['cyclonedx-1.7', cdx.compile(replaceUniqueItems(readJson(strict['1.7'] as string)) as object)],
    ['spdx-3.0.1', spdx.compile(replaceUniqueItems(SPDX_301_SUBSET_SCHEMA) as object)],
    ['spdx-2.3', spdx.compile(replaceUniqueItems(SPDX_23_SUBSET_SCHEMA) as object)],
  ]);
}

/** Compiles the schemas once per thread (the worker does it before it reports ready). */
export function warmUpSchemas(): void {
  compiled ??= compileAll();
}

/** Every schema problem of `document`, each with its JSON pointer (empty when valid). */
export function schemaIssues(id: SchemaId, document: unknown): Issue[] {
  warmUpSchemas();
  const validate = (compiled as Map<SchemaId, ValidateFunction>).get(id) as ValidateFunction;
  if (validate(document)) return [];
  return condense(validate.errors ?? []).slice(0, MAX_SCHEMA_ISSUES).map((e) => issue('SCHEMA', describe(e), e.instancePath));
}

// oneOf/anyOf produce one error per failed branch; keep the most specific ones per pointer.
function condense(errors: ErrorObject[]): ErrorObject[] {
  const byPointer = new Map<string, ErrorObject[]>();
  for (const e of errors) byPointer.set(e.instancePath, [...(byPointer.get(e.instancePath) ?? []), e]);
  const out: ErrorObject[] = [];
  for (const list of byPointer.values()) {
    const specific = list.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf' && e.keyword !== 'if');
    out.push(...dedupe(specific.length ? specific : list));
  }
  return out;
}

function dedupe(errors: ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = describe(e);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function describe(e: ErrorObject): string {
  const where = e.instancePath || '(document root)';
  if (e.keyword === 'enum') return `${where} must be one of: ${(e.params as { allowedValues: unknown[] }).allowedValues.slice(0, 12).map((v) => JSON.stringify(v)).join(', ')}`;
  if (e.keyword === 'additionalProperties') return `${where} has an unknown property "${(e.params as { additionalProperty: string }).additionalProperty}"`;
  return `${where} ${e.message ?? 'is invalid'}`;
}
