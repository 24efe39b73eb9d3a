// Normalizes the parts of one operation: parameters, request body, responses and headers.
import { deref, isObject, joinPointer } from '../schema/json-pointer.js';
import type { JsonObject } from '../schema/types.js';
import type { NormHeader, NormMedia, NormParameter, NormRequestBody, NormResponse } from './model.js';

function defaultStyle(location: string): string {
  return location === 'query' || location === 'cookie' ? 'form' : 'simple';
}

/** `x-sunset` as written; YAML may have parsed an unquoted date into a Date. */
export function sunsetText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value === undefined || value === null ? undefined : String(value);
}

function parameterOf(root: JsonObject, raw: unknown, pointer: string, path: string): NormParameter | undefined {
  const { node, pointer: refPointer } = deref(root, raw);
  if (!isObject(node) || typeof node.name !== 'string' || typeof node.in !== 'string') return undefined;
  const style = typeof node.style === 'string' ? node.style : defaultStyle(node.in);
  const contentSchema = isObject(node.content)
    ? Object.values(node.content).map((m) => (isObject(m) ? m.schema : undefined))[0] : undefined;
  const position = path.split(/(?=\{)/).findIndex((part) => part.startsWith(`{${node.name}}`));
  return {
    name: node.name,
    in: node.in,
    key: node.in === 'path' && position >= 0 ? `path#${position}` : `${node.in}:${node.in === 'header' ? node.name.toLowerCase() : node.name}`,
    required: node.required === true || node.in === 'path',
    deprecated: node.deprecated === true,
    sunset: sunsetText(node['x-sunset']),
    style,
    explode: typeof node.explode === 'boolean' ? node.explode : style === 'form',
    allowEmptyValue: node.allowEmptyValue === true,
    schema: node.schema ?? contentSchema,
    pointer: refPointer ?? pointer,
    raw: node,
  };
}

/** Path-level and operation-level parameters; the operation's win on (in, name). */
export function normalizeParameters(root: JsonObject, path: string, item: JsonObject, op: JsonObject, pointer: string): NormParameter[] {
  const own = (Array.isArray(op.parameters) ? op.parameters : [])
    .map((p, i) => parameterOf(root, p, joinPointer(pointer, 'parameters', i), path));
  const itemPointer = pointer.slice(0, pointer.lastIndexOf('/'));
  const shared = (Array.isArray(item.parameters) ? item.parameters : [])
    .map((p, i) => parameterOf(root, p, joinPointer(itemPointer, 'parameters', i), path));
  const out = own.filter((p): p is NormParameter => p !== undefined);
  for (const p of shared) if (p && !out.some((o) => o.key === p.key)) out.push(p);
  return out;
}

function contentOf(raw: unknown, pointer: string): Map<string, NormMedia> {
  const out = new Map<string, NormMedia>();
  if (!isObject(raw)) return out;
  for (const [type, media] of Object.entries(raw)) {
    out.set(type.toLowerCase(), { schema: isObject(media) ? media.schema : undefined, pointer: joinPointer(pointer, type) });
  }
  return out;
}

export function normalizeRequestBody(root: JsonObject, op: JsonObject, pointer: string): NormRequestBody | undefined {
  if (op.requestBody === undefined) return undefined;
  const { node, pointer: refPointer } = deref(root, op.requestBody);
  if (!isObject(node)) return undefined;
  const at = refPointer ?? joinPointer(pointer, 'requestBody');
  return { required: node.required === true, content: contentOf(node.content, joinPointer(at, 'content')), pointer: at };
}

function headersOf(root: JsonObject, raw: unknown, pointer: string): Map<string, NormHeader> {
  const out = new Map<string, NormHeader>();
  if (!isObject(raw)) return out;
  for (const [name, value] of Object.entries(raw)) {
    const { node, pointer: refPointer } = deref(root, value);
    if (!isObject(node)) continue;
    const schema = node.schema ?? (isObject(node.content) ? Object.values(node.content).map((m) => (isObject(m) ? m.schema : undefined))[0] : undefined);
    out.set(name.toLowerCase(), { name, required: node.required === true, schema, pointer: refPointer ?? joinPointer(pointer, name) });
  }
  return out;
}

export function normalizeResponses(root: JsonObject, op: JsonObject, pointer: string): Map<string, NormResponse> {
  const out = new Map<string, NormResponse>();
  if (!isObject(op.responses)) return out;
  for (const [status, value] of Object.entries(op.responses)) {
    const { node, pointer: refPointer } = deref(root, value);
    if (!isObject(node)) continue;
    const at = refPointer ?? joinPointer(pointer, 'responses', status);
    out.set(status.toUpperCase(), {
      status: status.toUpperCase(),
      content: contentOf(node.content, joinPointer(at, 'content')),
      headers: headersOf(root, node.headers, joinPointer(at, 'headers')),
      pointer: at,
    });
  }
  return out;
}
