// A flat view of the operations of an OpenAPI 2.0 or 3.x document: enough to ask "is there a POST
// that accepts form data" without a full parser. Local `$ref`s to request bodies and responses are
// followed one level; anything else is read as written.

export interface OperationView {
  path: string;
  method: string;
  /** Media types the operation accepts. */
  consumes: readonly string[];
  /** Media types of any of its responses. */
  produces: readonly string[];
  pointer: string;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

type Obj = Record<string, unknown>;

export function listOperations(doc: Obj): OperationView[] {
  const paths = asObj(doc['paths']) ?? {};
  const swagger2 = typeof doc['swagger'] === 'string';
  return Object.entries(paths).flatMap(([path, item]) =>
    METHODS.flatMap((method) => {
      const op = asObj(asObj(item)?.[method]);
      if (!op) {
        return [];
      }
      const pointer = `/paths/${escape(path)}/${method}`;
      return [{ path, method: method.toUpperCase(), pointer, ...(swagger2 ? media2(doc, op) : media3(doc, op)) }];
    }),
  );
}

function media2(doc: Obj, op: Obj): Pick<OperationView, 'consumes' | 'produces'> {
  const params = Array.isArray(op['parameters']) ? op['parameters'] : [];
  const hasForm = params.some((p) => asObj(p)?.['in'] === 'formData');
  const declared = strings(op['consumes'] ?? doc['consumes']);
  // Swagger 2.0 form parameters default to urlencoded when no media type is declared.
  const consumes = declared.length === 0 && hasForm ? ['application/x-www-form-urlencoded'] : declared;
  return { consumes: lower(consumes), produces: lower(strings(op['produces'] ?? doc['produces'])) };
}

function media3(doc: Obj, op: Obj): Pick<OperationView, 'consumes' | 'produces'> {
  const body = resolve(doc, op['requestBody']);
  const consumes = Object.keys(asObj(body?.['content']) ?? {});
  const responses = Object.values(asObj(op['responses']) ?? {}).map((r) => resolve(doc, r));
  const produces = responses.flatMap((r) => Object.keys(asObj(r?.['content']) ?? {}));
  return { consumes: lower(consumes), produces: lower([...new Set(produces)]) };
}

function resolve(doc: Obj, value: unknown): Obj | null {
  const obj = asObj(value);
  const ref = obj?.['$ref'];
  if (typeof ref !== 'string' || !ref.startsWith('#/')) {
    return obj;
  }
  return ref
    .slice(2)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<Obj | null>((at, key) => asObj(at?.[key]), doc);
}

function asObj(value: unknown): Obj | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Obj) : null;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function lower(values: readonly string[]): string[] {
  return values.map((v) => v.split(';')[0]?.trim().toLowerCase() ?? '');
}

function escape(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
