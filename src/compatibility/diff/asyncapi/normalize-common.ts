// Normalization steps that are the same for AsyncAPI 2.x and 3.x: servers, security, parameters,
// messages and schema formats.
import { asString, isObject, pick, ptr, type JsonObject, type JsonValue } from './json.js';
import type { NMessage, NParameter, NSchema, NSecurityAlternative, NServer, SchemaFormatClass } from './model.js';
import type { RefResolver } from './ref-resolver.js';
import { applyTraits } from './traits.js';

export interface Ctx {
  refs: RefResolver;
  major: 2 | 3;
  root: JsonObject;
  defaultContentType?: string;
}

const DOCS = ['title', 'summary', 'description', 'tags', 'externalDocs', 'examples', 'name'];
export const docsOf = (obj: JsonObject): JsonObject => pick(obj, DOCS);

export function classifyFormat(format: string | undefined): SchemaFormatClass {
  const f = (format ?? '').toLowerCase().trim();
  if (f === '' || f.startsWith('application/vnd.aai.asyncapi') || f.startsWith('application/schema+')) {
    return 'json-schema';
  }
  return f.startsWith('application/vnd.oai.openapi') ? 'openapi' : 'other';
}

/** A schema slot that may be a 3.x Multi Format Schema Object (`{ schemaFormat, schema }`). */
export function schemaOf(ctx: Ctx, raw: JsonValue | undefined, pointer: string, format?: string): NSchema | undefined {
  const value = ctx.refs.get(raw).value;
  if (value === undefined) return undefined;
  if (ctx.major === 3 && isObject(value) && typeof value.schemaFormat === 'string' && 'schema' in value) {
    return schemaOf(ctx, value.schema, ptr(pointer, 'schema'), value.schemaFormat);
  }
  const formatClass = classifyFormat(format);
  const r = ctx.refs.get(raw);
  const at = r.ref ? r.ref.slice(1) : pointer;
  return formatClass === 'other'
    ? { format, formatClass, schema: raw ?? null, inlined: ctx.refs.inline(raw) ?? null, pointer: at }
    : { format, formatClass, schema: raw ?? null, pointer: at };
}

function schemeId(ctx: Ctx, raw: JsonValue | undefined, scopes: JsonValue | undefined): string {
  const scheme = ctx.refs.get(raw).value;
  const s = isObject(scheme) ? scheme : {};
  const sc = Array.isArray(scopes) ? scopes.map(String).sort() : [];
  const parts = [s.type, s.in, s.name, s.scheme, s.openIdConnectUrl].map((v) => asString(v) ?? '');
  return `${parts.join('|')}${sc.length ? ` [${sc.join(',')}]` : ''}`;
}

/** Security requirement lists as sorted alternatives; undefined when the field is absent. */
export function securityOf(ctx: Ctx, raw: JsonValue | undefined): NSecurityAlternative[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  const schemes = ctx.refs.get(isObject(ctx.root.components) ? ctx.root.components.securitySchemes : undefined).value;
  const alts = raw.map((item): NSecurityAlternative => {
    if (ctx.major === 3) {
      const s = ctx.refs.get(item).value;
      return [schemeId(ctx, item, isObject(s) ? s.scopes : undefined)];
    }
    const req = isObject(item) ? item : {};
    return Object.entries(req).map(([name, scopes]) =>
      schemeId(ctx, isObject(schemes) ? schemes[name] : undefined, scopes)).sort();
  });
  return alts.sort((a, b) => a.join().localeCompare(b.join()));
}

export function serverOf(ctx: Ctx, name: string, raw: JsonValue): NServer | undefined {
  const obj = ctx.refs.get(raw).value;
  if (!isObject(obj)) return undefined;
  const pointer = ptr('', 'servers', name);
  let host = asString(obj.host) ?? '';
  let pathname = asString(obj.pathname) ?? '';
  const url = asString(obj.url);
  if (ctx.major === 2 && url !== undefined) {
    const noScheme = url.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
    const slash = noScheme.indexOf('/');
    host = slash < 0 ? noScheme : noScheme.slice(0, slash);
    pathname = slash < 0 ? '' : noScheme.slice(slash);
  }
  const variables: NServer['variables'] = {};
  const vars = ctx.refs.get(obj.variables).value;
  for (const [vn, vr] of Object.entries(isObject(vars) ? vars : {})) {
    const v = ctx.refs.get(vr).value;
    if (!isObject(v)) continue;
    variables[vn] = {
      enum: Array.isArray(v.enum) ? v.enum.map(String) : undefined,
      default: asString(v.default),
      pointer: ptr(pointer, 'variables', vn),
    };
  }
  return {
    name, pointer, host, pathname: pathname.replace(/\/$/, ''),
    protocol: (asString(obj.protocol) ?? '').toLowerCase(),
    protocolVersion: asString(obj.protocolVersion),
    variables, security: securityOf(ctx, obj.security),
    bindings: ctx.refs.inline(obj.bindings), docs: docsOf(obj),
  };
}

/** Parameter names in address order (`a/{x}/b/{y}` → x, y). */
export function addressParams(address: string | null): string[] {
  return address ? [...address.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]) : [];
}

export const addressKey = (address: string | null, id: string): string =>
  address === null ? `#${id}` : address.replace(/\{[^}]+\}/g, '{}');

export function parametersOf(ctx: Ctx, raw: JsonValue | undefined, address: string | null, pointer: string): NParameter[] {
  const params = ctx.refs.get(raw).value;
  const obj = isObject(params) ? params : {};
  const names = [...new Set([...addressParams(address), ...Object.keys(obj)])];
  return names.map((name) => {
    const p = ctx.refs.get(obj[name]).value;
    const po = isObject(p) ? p : {};
    // 2.x keeps enum/default inside `schema`; 3.x has them on the parameter.
    const sch = ctx.major === 2 ? ctx.refs.get(po.schema).value : po;
    const s = isObject(sch) ? sch : {};
    return {
      name, pointer: ptr(pointer, 'parameters', name),
      enum: Array.isArray(s.enum) ? s.enum.map(String).sort() : undefined,
      default: asString(s.default), location: asString(po.location),
    };
  });
}

/** `pointer` is where the message is used; a referenced message points to its definition instead. */
export function messageOf(ctx: Ctx, raw: JsonValue, key: string, usedAt: string): NMessage {
  const r = ctx.refs.get(raw);
  const pointer = r.ref ? r.ref.slice(1) : usedAt;
  const obj0 = isObject(r.value) ? r.value : {};
  const obj = applyTraits(obj0, ctx.refs, ctx.major);
  const componentName = r.ref?.startsWith('#/components/messages/') ? r.ref.split('/').pop() : undefined;
  const aliases = [asString(obj.messageId), componentName, asString(obj.name)].filter((a): a is string => !!a);
  const corr = ctx.refs.get(obj.correlationId).value;
  const schemaFormat = ctx.major === 2 ? asString(obj.schemaFormat) : undefined;
  const payloadRef = ctx.refs.get(obj.payload).ref;
  return {
    key, aliases, pointer, payloadRef,
    contentType: asString(obj.contentType) ?? ctx.defaultContentType,
    payload: schemaOf(ctx, obj.payload, ptr(pointer, 'payload'), schemaFormat),
    headers: schemaOf(ctx, obj.headers, ptr(pointer, 'headers')),
    correlationId: isObject(corr) ? asString(corr.location) : undefined,
    bindings: ctx.refs.inline(obj.bindings),
    docs: docsOf(obj),
  };
}
