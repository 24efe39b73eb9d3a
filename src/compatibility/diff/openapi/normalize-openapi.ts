// parse → NORMALIZE: any OpenAPI 2.0/3.0/3.1 document into NormDocument (operations keyed for
// matching, parameters/bodies/responses/headers $ref-resolved; schemas stay as written). Pure.
import { deref, isObject, joinPointer } from '../schema/json-pointer.js';
import type { JsonObject } from '../schema/types.js';
import { convertSwagger2 } from './convert-swagger2.js';
import type { NormDocument, NormOperation, SecurityAlternative } from './model.js';
import { normalizeParameters, normalizeRequestBody, normalizeResponses } from './normalize-parts.js';

// `query` is OAS 3.2's QUERY method (an earlier document has no such key)
export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace', 'query'];

export function normalizeOpenApi(input: JsonObject): NormDocument {
  const isSwagger = typeof input.swagger === 'string';
  const root = isSwagger ? convertSwagger2(input) : input;
  const specVersion = String(isSwagger ? input.swagger : input.openapi ?? 'unknown');
  const operations = new Map<string, NormOperation>();
  collectOperations(root, 'paths', false, operations);
  collectOperations(root, 'webhooks', true, operations);
  const components = isObject(root.components) ? root.components : {};
  const schemes = isObject(components.securitySchemes) ? components.securitySchemes : {};
  return {
    specVersion,
    root,
    operations,
    servers: (Array.isArray(root.servers) ? root.servers : [])
      .map((s) => (isObject(s) && typeof s.url === 'string' ? s.url : '')).filter((u) => u !== ''),
    securitySchemes: new Map(Object.entries(schemes)
      .map(([name, s]) => [name, (isObject(deref(root, s).node) ? deref(root, s).node : {}) as JsonObject])),
  };
}

function collectOperations(root: JsonObject, section: string, webhook: boolean, out: Map<string, NormOperation>): void {
  const items = isObject(root[section]) ? root[section] : {};
  for (const [path, rawItem] of Object.entries(items)) {
    const item = deref(root, rawItem).node;
    if (!isObject(item)) continue;
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!isObject(op)) continue;
      const normalized = normalizeOperation(root, { path, method, item, op, webhook, section });
      out.set(normalized.key, normalized);
    }
    // OAS 3.2: further methods (e.g. COPY) under additionalOperations, compared like the fixed ones
    const extra = isObject(item.additionalOperations) ? item.additionalOperations : {};
    for (const [method, op] of Object.entries(extra)) {
      if (!isObject(op) || HTTP_METHODS.includes(method.toLowerCase())) continue;
      const normalized = normalizeOperation(root, { path, method, item, op, webhook, section, additional: true });
      out.set(normalized.key, normalized);
    }
  }
}

interface OperationInput {
  path: string;
  method: string;
  item: JsonObject;
  op: JsonObject;
  webhook: boolean;
  section: string;
  additional?: boolean;
}

function normalizeOperation(root: JsonObject, { path, method, item, op, webhook, section, additional }: OperationInput): NormOperation {
  const pointer = additional ? joinPointer('', section, path, 'additionalOperations', method) : joinPointer('', section, path, method);
  const upper = method.toUpperCase();
  const responses = normalizeResponses(root, op, pointer);
  return {
    key: webhook ? `WEBHOOK ${path} ${upper}` : `${upper} ${path.replace(/\{[^}]*\}/g, '{}')}`,
    label: webhook ? `WEBHOOK ${path} ${upper}` : `${upper} ${path}`,
    method: upper, path, pointer, webhook, raw: op,
    operationId: typeof op.operationId === 'string' ? op.operationId : undefined,
    deprecated: op.deprecated === true,
    sunset: sunsetOf(op, responses),
    // Any value counts (a YAML `1` is a number), so an invalid level is reported, not ignored.
    stability: op['x-stability-level'] === undefined || op['x-stability-level'] === null ? undefined : String(op['x-stability-level']),
    parameters: normalizeParameters(root, path, item, op, pointer),
    requestBody: normalizeRequestBody(root, op, pointer),
    responses,
    security: securityOf(Array.isArray(op.security) ? op.security : root.security),
  };
}

// Sunset date: the `x-sunset` extension, else the example of a documented RFC 8594 `Sunset` header.
function sunsetOf(op: JsonObject, responses: NormOperation['responses']): string | undefined {
  const x = op['x-sunset'];
  if (typeof x === 'string') return x;
  if (x instanceof Date) return x.toISOString().slice(0, 10);
  for (const response of responses.values()) {
    for (const header of response.headers.values()) {
      if (header.name.toLowerCase() !== 'sunset' || !isObject(header.schema)) continue;
      const example = header.schema.example ?? header.schema.default;
      if (typeof example === 'string') return example;
    }
  }
  return undefined;
}

function securityOf(list: unknown): SecurityAlternative[] {
  if (!Array.isArray(list)) return [];
  return list.filter(isObject).map((req) => new Map(Object.entries(req)
    .map(([name, scopes]) => [name, Array.isArray(scopes) ? scopes.map(String) : []])));
}
