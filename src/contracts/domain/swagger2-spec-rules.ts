// Swagger 2.0 rules beyond its JSON schema (the ones swagger-parser checked one at a time, here all at
// once over the raw document). Pure and linear.
import { issue, type Issue } from './contract-issues.js';
import { escapeSegment } from './json-pointer.js';
import { isObj, parameterKey, parameterList, resolve, type Obj, type OperationRef } from './openapi-walk.js';

const FORM_MEDIA = /^(multipart\/([a-z0-9.-]+\+)?form-data|application\/([a-z0-9.-]+\+)?x-www-form-urlencoded)\b/i;

export function swagger2Issues(doc: Obj, ops: OperationRef[]): Issue[] {
  const out: Issue[] = [];
  const defs = isObj(doc.definitions) ? doc.definitions : {};
  for (const [name, schema] of Object.entries(defs)) out.push(...requiredPropertiesExist(doc, schema, `/definitions/${escapeSegment(name)}`));
  for (const op of ops) {
    const own = parameterList(doc, op.operation, op.pointer);
    const ownKeys = new Set(own.map(parameterKey));
    const fromItem = parameterList(doc, op.pathItem.value, op.pathItem.at).filter((p) => !ownKeys.has(parameterKey(p)));
    const params = [...fromItem, ...own];
    const bodies = params.filter((p) => p.in === 'body');
    if (bodies.length > 1) out.push(issue('SPEC_RULE', `${op.label} has ${bodies.length} body parameters; only one is allowed`, op.pointer));
    if (bodies.length > 0 && params.some((p) => p.in === 'formData')) {
      out.push(issue('SPEC_RULE', `${op.label} has both a body parameter and formData parameters; they exclude each other`, bodies[0].usedAt));
    }
    const consumes = Array.isArray(op.operation.consumes) ? op.operation.consumes : Array.isArray(doc.consumes) ? doc.consumes : [];
    const consumesForm = consumes.some((c) => typeof c === 'string' && FORM_MEDIA.test(c.slice(0, 200)));
    for (const p of params) {
      if (p.value.type === 'file' && !consumesForm) {
        out.push(issue('SPEC_RULE', `${op.label} has the file parameter "${p.name}", so it must consume multipart/form-data or application/x-www-form-urlencoded`, p.usedAt));
      }
      if (p.in !== 'body' && p.value.type === 'array' && p.value.items === undefined) {
        out.push(issue('SPEC_RULE', `parameter "${p.name}" is an array, so it must have "items"`, p.at));
      }
      if (p.in === 'body') {
        out.push(...requiredPropertiesExist(doc, p.value.schema, `${p.at}/schema`), ...arrayWithoutItems(doc, p.value.schema, `${p.at}/schema`, 'the body schema'));
      }
    }
    out.push(...responseIssues(doc, op));
  }
  return out;
}

function arrayWithoutItems(doc: Obj, raw: unknown, pointer: string, what: string): Issue[] {
  const found = resolve(doc, raw, pointer);
  if (!found || found.value.type !== 'array' || found.value.items !== undefined) return [];
  return [issue('SPEC_RULE', `${what} is an array, so it must have "items"`, found.at)];
}

function responseIssues(doc: Obj, op: OperationRef): Issue[] {
  const responses = op.operation.responses;
  if (!isObj(responses)) return [];
  const out: Issue[] = [];
  for (const [code, raw] of Object.entries(responses)) {
    const r = resolve(doc, raw, `${op.pointer}/responses/${escapeSegment(code)}`);
    if (!r) continue;
    out.push(...arrayWithoutItems(doc, r.value.schema, `${r.at}/schema`, `the schema of response ${code}`));
    const headers = isObj(r.value.headers) ? r.value.headers : {};
    for (const [name, h] of Object.entries(headers)) out.push(...arrayWithoutItems(doc, h, `${r.at}/headers/${escapeSegment(name)}`, `header "${name}"`));
  }
  return [...out, ...invalidCodes(op, responses)];
}

function invalidCodes(op: OperationRef, responses: Obj): Issue[] {
  return Object.keys(responses)
    .filter((code) => code !== 'default' && !code.startsWith('x-') && !(/^[1-5]\d\d$/.test(code)))
    .map((code) => issue('SPEC_RULE', `${op.label} has the invalid response code "${code}" (100–599 or "default")`, `${op.pointer}/responses/${escapeSegment(code)}`));
}

// "required" names a property that neither the schema nor its allOf parts define (one level of refs).
function requiredPropertiesExist(doc: Obj, raw: unknown, pointer: string): Issue[] {
  const found = resolve(doc, raw, pointer);
  if (!found || found.at !== pointer) return []; // a $ref'd schema is checked where it is defined
  const schema = found.value;
  if (!Array.isArray(schema.required) || (schema.type !== undefined && schema.type !== 'object')) return [];
  const props = new Set<string>();
  const collect = (s: unknown, depth: number): void => {
    const r = resolve(doc, s, '');
    if (!r || depth > 8) return;
    if (isObj(r.value.properties)) for (const k of Object.keys(r.value.properties)) props.add(k);
    if (Array.isArray(r.value.allOf)) for (const part of r.value.allOf) collect(part, depth + 1);
  };
  collect(schema, 0);
  return schema.required
    .filter((name): name is string => typeof name === 'string' && !props.has(name))
    .map((name) => issue('SPEC_RULE', `property "${name}" is listed as required but is not defined`, pointer));
}
