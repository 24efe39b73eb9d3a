// Converts a Swagger 2.0 document into the OpenAPI 3.0 shape, so one diff handles both. Pure.
import { deref, isObject } from '../schema/json-pointer.js';
import type { JsonObject } from '../schema/types.js';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'];
const REF_MOVES: Array<[string, string]> = [
  ['#/definitions/', '#/components/schemas/'],
  ['#/parameters/', '#/components/parameters/'],
  ['#/responses/', '#/components/responses/'],
];

/** Rewrites 2.0 `$ref` targets and `x-nullable` in place on a copy. */
function rewrite(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rewrite);
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string') {
      const move = REF_MOVES.find(([from]) => value.startsWith(from));
      out[key] = move ? move[1] + value.slice(move[0].length) : value;
    } else if (key === 'x-nullable') {
      out.nullable = value;
    } else {
      out[key] = rewrite(value);
    }
  }
  return out;
}

const SCHEMA_KEYS = ['type', 'format', 'items', 'enum', 'default', 'minimum', 'maximum', 'exclusiveMinimum',
  'exclusiveMaximum', 'minLength', 'maxLength', 'pattern', 'minItems', 'maxItems', 'uniqueItems', 'multipleOf'];

function schemaOf(param: JsonObject): JsonObject {
  const schema: JsonObject = {};
  for (const k of SCHEMA_KEYS) if (param[k] !== undefined) schema[k] = k === 'items' && isObject(param.items) ? schemaOf(param.items) : param[k];
  return schema;
}

// 2.0 collectionFormat → 3.x style/explode.
function serialization(param: JsonObject): JsonObject {
  if (param.type !== 'array') return {};
  switch (param.collectionFormat) {
    case 'multi': return { style: 'form', explode: true };
    case 'ssv': return { style: 'spaceDelimited', explode: false };
    case 'pipes': return { style: 'pipeDelimited', explode: false };
    default: return param.in === 'query' || param.in === 'cookie' ? { style: 'form', explode: false } : {};
  }
}

function convertParameter(param: JsonObject): JsonObject {
  const out: JsonObject = { name: param.name, in: param.in, schema: schemaOf(param), ...serialization(param) };
  for (const k of ['description', 'required', 'deprecated', 'allowEmptyValue']) if (param[k] !== undefined) out[k] = param[k];
  for (const [k, v] of Object.entries(param)) if (k.startsWith('x-')) out[k] = v;
  return out;
}

function content(types: unknown, schema: unknown): JsonObject {
  const list = Array.isArray(types) && types.length > 0 ? types : ['application/json'];
  return Object.fromEntries(list.map((t) => [String(t), schema === undefined ? {} : { schema }]));
}

function convertResponse(response: JsonObject, produces: unknown): JsonObject {
  const out: JsonObject = { description: response.description ?? '' };
  if (response.schema !== undefined) out.content = content(produces, response.schema);
  if (isObject(response.headers)) {
    out.headers = Object.fromEntries(Object.entries(response.headers).map(([name, h]) =>
      [name, isObject(h) ? { description: h.description, schema: schemaOf(h) } : h]));
  }
  return out;
}

// Body and formData parameters become the request body; the rest stay parameters.
function convertOperation(op: JsonObject, pathParams: unknown[], doc: JsonObject): JsonObject {
  const own = (Array.isArray(op.parameters) ? op.parameters : []).map((p) => deref(doc, p).node);
  const inherited = pathParams.map((p) => deref(doc, p).node)
    .filter((p) => isObject(p) && !own.some((o) => isObject(o) && o.name === p.name && o.in === p.in));
  const params = [...own, ...inherited].filter(isObject);
  const out: JsonObject = { ...op, parameters: params.filter((p) => p.in !== 'body' && p.in !== 'formData').map(convertParameter) };
  delete out.consumes; delete out.produces;
  const consumes = op.consumes ?? doc.consumes;
  const body = params.find((p) => p.in === 'body');
  const form = params.filter((p) => p.in === 'formData');
  if (body) out.requestBody = { required: body.required === true, content: content(consumes, body.schema) };
  if (form.length > 0) {
    const schema = { type: 'object', properties: Object.fromEntries(form.map((p) => [p.name, schemaOf(p)])),
      required: form.filter((p) => p.required === true).map((p) => p.name) };
    const types = Array.isArray(consumes) && consumes.length > 0 ? consumes : ['application/x-www-form-urlencoded'];
    out.requestBody = { required: form.some((p) => p.required === true), content: content(types, schema) };
  }
  const responses = isObject(op.responses) ? op.responses : {};
  out.responses = Object.fromEntries(Object.entries(responses).map(([status, r]) => {
    const resolved = deref(doc, r).node;
    return [status, isObject(resolved) ? convertResponse(resolved, op.produces ?? doc.produces) : r];
  }));
  return out;
}

function convertSecurityScheme(s: JsonObject): JsonObject {
  if (s.type === 'basic') return { type: 'http', scheme: 'basic' };
  if (s.type !== 'oauth2') return { ...s };
  const flowName: Record<string, string> = {
    implicit: 'implicit', password: 'password', application: 'clientCredentials', accessCode: 'authorizationCode',
  };
  const flow: JsonObject = { scopes: s.scopes ?? {} };
  if (s.authorizationUrl !== undefined) flow.authorizationUrl = s.authorizationUrl;
  if (s.tokenUrl !== undefined) flow.tokenUrl = s.tokenUrl;
  return { type: 'oauth2', flows: { [flowName[String(s.flow)] ?? String(s.flow)]: flow } };
}

function servers(doc: JsonObject): JsonObject[] {
  if (typeof doc.host !== 'string') return [];
  const schemes = Array.isArray(doc.schemes) && doc.schemes.length > 0 ? doc.schemes : ['https'];
  const basePath = typeof doc.basePath === 'string' ? doc.basePath : '';
  return schemes.map((s) => ({ url: `${String(s)}://${doc.host}${basePath}` }));
}

function convertPaths(doc: JsonObject): JsonObject {
  const paths: JsonObject = {};
  for (const [path, item] of Object.entries(isObject(doc.paths) ? doc.paths : {})) {
    if (!isObject(item)) continue;
    const pathParams = Array.isArray(item.parameters) ? item.parameters : [];
    const out: JsonObject = {};
    for (const [key, value] of Object.entries(item)) {
      if (METHODS.includes(key) && isObject(value)) out[key] = convertOperation(value, pathParams, doc);
      else if (key !== 'parameters') out[key] = value;
    }
    paths[path] = out;
  }
  return paths;
}

/** Swagger 2.0 → OpenAPI 3.0 shape (enough for comparison; not a general-purpose converter). */
export function convertSwagger2(doc: JsonObject): JsonObject {
  const parameters = Object.fromEntries(Object.entries(isObject(doc.parameters) ? doc.parameters : {})
    .filter(([, p]) => isObject(p) && p.in !== 'body' && p.in !== 'formData')
    .map(([name, p]) => [name, convertParameter(p as JsonObject)]));
  const responses = Object.fromEntries(Object.entries(isObject(doc.responses) ? doc.responses : {})
    .map(([name, r]) => [name, isObject(r) ? convertResponse(r, doc.produces) : r]));
  const securitySchemes = Object.fromEntries(Object.entries(isObject(doc.securityDefinitions) ? doc.securityDefinitions : {})
    .map(([name, s]) => [name, isObject(s) ? convertSecurityScheme(s) : s]));
  const converted: JsonObject = {
    openapi: '3.0.0',
    info: doc.info,
    servers: servers(doc),
    paths: convertPaths(doc),
    components: { schemas: doc.definitions ?? {}, parameters, responses, securitySchemes },
  };
  for (const k of ['security', 'tags', 'externalDocs']) if (doc[k] !== undefined) converted[k] = doc[k];
  return rewrite(converted) as JsonObject;
}
