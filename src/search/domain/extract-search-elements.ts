// What an integrator can search for in one contract document. Pure: plain JSON in, elements out.
// Reads OpenAPI 2.0 / 3.x and AsyncAPI 2.x / 3.0 documents as parsed (internal $refs left in place).

export type SearchElementKind = 'INFO' | 'SERVER' | 'OPERATION' | 'CHANNEL' | 'MESSAGE' | 'SCHEMA' | 'SECURITY_SCHEME';

/** Text of an element by full-text weight: A names, B summaries and tags, C descriptions, D details. */
export interface WeightedText {
  A: string[];
  B: string[];
  C: string[];
  D: string[];
}

export interface SearchElement {
  kind: SearchElementKind;
  /** What a hit shows: `POST /antraege`, `AntragEingegangen`, `antraege.eingegangen`. */
  label: string;
  /** Operations only: HTTP method or AsyncAPI action (upper case) and path or channel address. */
  method: string | null;
  path: string | null;
  text: WeightedText;
}

/** Big documents (Stripe: thousands of schemas) stay searchable without unbounded index rows. */
export const MAX_ELEMENTS_PER_VERSION = 2000;
const MAX_PROPERTIES_PER_SCHEMA = 200;
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace', 'query'];

type Json = Record<string, unknown>;

const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);
const strs = (...vs: unknown[]): string[] => vs.map(str).filter((s): s is string => s !== null);
const entries = (v: unknown): [string, Json][] => Object.entries(obj(v)).map(([k, x]) => [k, obj(x)]);
const refName = (v: unknown): string | null => {
  const ref = str(obj(v).$ref);
  return ref ? decodeURIComponent(ref.split('/').pop() ?? '') || null : null;
};
const text = (t: Partial<WeightedText>): WeightedText => ({ A: t.A ?? [], B: t.B ?? [], C: t.C ?? [], D: t.D ?? [] });

function element(kind: SearchElementKind, label: string, t: Partial<WeightedText>, op?: { method: string; path: string }): SearchElement {
  return { kind, label, method: op?.method ?? null, path: op?.path ?? null, text: text(t) };
}

/** Every searchable element of a document; the first one (INFO) describes the document itself. */
export function extractSearchElements(doc: Json): SearchElement[] {
  const out = [infoElement(doc), ...servers(doc)];
  if (str(doc.asyncapi)) out.push(...(String(doc.asyncapi).startsWith('2.') ? asyncApi2(doc) : asyncApi3(doc)));
  else out.push(...openApiOperations(doc));
  out.push(...schemas(doc), ...securitySchemes(doc));
  return dedupe(out).slice(0, MAX_ELEMENTS_PER_VERSION);
}

function infoElement(doc: Json): SearchElement {
  const info = obj(doc.info);
  const tags = Array.isArray(doc.tags) ? doc.tags.map(obj) : [];
  return element('INFO', str(info.title) ?? '(untitled)', {
    A: strs(info.title),
    B: strs(info.summary, ...tags.map((t) => t.name)),
    C: strs(info.description, ...tags.map((t) => t.description)),
  });
}

function servers(doc: Json): SearchElement[] {
  if (Array.isArray(doc.servers)) {
    return doc.servers.map(obj).filter((s) => str(s.url)).map((s) => element('SERVER', String(s.url), { D: strs(s.url, s.description) }));
  }
  if (str(doc.host)) return [element('SERVER', `${doc.host}${str(doc.basePath) ?? ''}`, { D: strs(doc.host, doc.basePath) })];
  // AsyncAPI: servers are a map by name (2.x `url`, 3.0 `host` + `pathname`).
  return entries(doc.servers).map(([name, s]) => {
    const where = str(s.url) ?? `${str(s.host) ?? ''}${str(s.pathname) ?? ''}`;
    return element('SERVER', `${name} ${where}`.trim(), { D: strs(name, where, s.protocol, s.description, s.summary, s.title) });
  });
}

function openApiOperations(doc: Json): SearchElement[] {
  const out: SearchElement[] = [];
  for (const [path, item] of entries(doc.paths)) {
    // OAS 3.2: `query` and any further methods under additionalOperations
    const methods: [string, unknown][] = [...HTTP_METHODS.map((m): [string, unknown] => [m, item[m]]), ...Object.entries(obj(item.additionalOperations))];
    for (const [method, raw] of methods) {
      if (!raw || typeof raw !== 'object') continue;
      const op = obj(raw);
      const m = method.toUpperCase();
      const tags = Array.isArray(op.tags) ? op.tags : [];
      out.push(element('OPERATION', `${m} ${path}`, {
        A: strs(path, op.operationId),
        B: strs(op.summary, item.summary, ...tags),
        C: strs(op.description, item.description),
        D: strs(m),
      }, { method: m, path }));
    }
  }
  return out;
}

/** AsyncAPI 2.x keywords are written from the client's view (docs/asyncapi-compatibility.md). */
export const ASYNCAPI2_DIRECTION = { subscribe: 'SEND', publish: 'RECEIVE' } as const;

function asyncApi2(doc: Json): SearchElement[] {
  const out: SearchElement[] = [];
  for (const [name, ch] of entries(doc.channels)) {
    out.push(element('CHANNEL', name, { A: strs(name), C: strs(ch.description) }));
    for (const action of ['publish', 'subscribe'] as const) {
      const op = obj(ch[action]);
      if (!Object.keys(op).length) continue;
      // One vocabulary with 3.x: the component's own view (2.x `subscribe` = it sends). The 2.x keyword
      // stays searchable as a word.
      const direction = ASYNCAPI2_DIRECTION[action];
      out.push(element('OPERATION', `${direction} ${name}`, {
        A: strs(op.operationId), B: strs(op.summary), C: strs(op.description), D: strs(direction.toLowerCase(), action),
      }, { method: direction, path: name }));
      const msg = obj(op.message);
      const variants = Array.isArray(msg.oneOf) ? msg.oneOf : [msg];
      for (const v of variants) out.push(...messageElement(refName(v), obj(v)));
    }
  }
  for (const [name, m] of entries(obj(doc.components).messages)) out.push(...messageElement(name, m));
  return out;
}

function asyncApi3(doc: Json): SearchElement[] {
  const out: SearchElement[] = [];
  const addresses = new Map<string, string>();
  for (const [id, ch] of entries(doc.channels)) {
    const address = str(ch.address) ?? id;
    addresses.set(id, address);
    out.push(element('CHANNEL', address, { A: strs(id, ch.address, ch.title), B: strs(ch.summary), C: strs(ch.description) }));
    for (const [name, m] of entries(ch.messages)) out.push(...messageElement(refName(m) ?? name, m));
  }
  for (const [id, op] of entries(doc.operations)) {
    const action = (str(op.action) ?? 'send').toUpperCase();
    const channelId = refName(op.channel);
    const address = (channelId && addresses.get(channelId)) ?? channelId ?? '';
    out.push(element('OPERATION', `${action} ${address}`.trim(), {
      A: strs(id, op.title), B: strs(op.summary), C: strs(op.description), D: strs(action),
    }, { method: action, path: address }));
  }
  for (const [name, m] of entries(obj(doc.components).messages)) out.push(...messageElement(name, m));
  return out;
}

/** A message by name; a bare `$ref` yields nothing here (the referenced component is indexed itself). */
function messageElement(name: string | null, m: Json): SearchElement[] {
  if (str(m.$ref)) return [];
  const label = name ?? str(m.name) ?? str(m.messageId) ?? str(m.title);
  if (!label) return [];
  return [element('MESSAGE', label, {
    A: strs(label, m.name, m.messageId, m.title),
    B: strs(m.summary),
    C: strs(m.description),
    D: propertyNames(obj(m.payload)),
  })];
}

function schemas(doc: Json): SearchElement[] {
  const all = { ...obj(doc.definitions), ...obj(obj(doc.components).schemas) };
  return entries(all).map(([name, s]) => element('SCHEMA', name, { A: strs(name), B: strs(s.title), C: strs(s.description), D: propertyNames(s) }));
}

/** Property names of a schema, including those of its allOf/oneOf/anyOf members (one level). */
function propertyNames(schema: Json): string[] {
  const members = ['allOf', 'oneOf', 'anyOf'].flatMap((k) => (Array.isArray(schema[k]) ? schema[k].map(obj) : []));
  const names = [schema, ...members].flatMap((s) => Object.keys(obj(s.properties)));
  return [...new Set(names)].slice(0, MAX_PROPERTIES_PER_SCHEMA);
}

function securitySchemes(doc: Json): SearchElement[] {
  const all = { ...obj(doc.securityDefinitions), ...obj(obj(doc.components).securitySchemes) };
  return entries(all).map(([name, s]) => element('SECURITY_SCHEME', name, {
    A: strs(name), B: strs(s.type, s.scheme, s.bearerFormat, s.in), C: strs(s.description), D: strs(s.openIdConnectUrl),
  }));
}

function dedupe(elements: SearchElement[]): SearchElement[] {
  const seen = new Set<string>();
  return elements.filter((e) => {
    const key = `${e.kind}\u0000${e.label}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
