// OpenAPI 2.0/3.x rules the JSON schemas cannot express, over the raw document: every problem at once,
// each with a pointer (positions are added later). Pure and linear in the size of the document.
import { issue, type Issue } from './contract-issues.js';
import { escapeSegment, toPointer } from './json-pointer.js';
import {
  isObj, operationsOf, parameterKey, parameterList, resolve, templateNames, templateShape,
  type Obj, type OperationRef, type ParameterRef,
} from './openapi-walk.js';
import { swagger2Issues } from './swagger2-spec-rules.js';

export type OpenApiRuleFamily = 'swagger-2.0' | 'openapi-3.0' | 'openapi-3.1' | 'openapi-3.2';

export interface SpecRuleResult {
  issues: Issue[];
  /** Definitions of path parameters that are not `required: true` (the schema pass skips their noise). */
  optionalPathParameters: string[];
}

export function openApiSpecIssues(doc: Obj, family: OpenApiRuleFamily): SpecRuleResult {
  const ops = operationsOf(doc, family);
  const optionalPathParameters: string[] = [];
  const issues = [
    ...duplicateOperationIds(ops),
    ...pathParameterIssues(doc, ops, optionalPathParameters, family),
    ...(family === 'openapi-3.2' ? querystringIssues(doc, family) : []),
    ...ambiguousPaths(doc),
    ...securityIssues(doc, ops, family),
    ...(family === 'swagger-2.0' ? swagger2Issues(doc, ops) : serverVariableIssues(doc, ops)),
  ];
  return { issues, optionalPathParameters };
}

function duplicateOperationIds(ops: OperationRef[]): Issue[] {
  const first = new Map<string, string>();
  const out: Issue[] = [];
  for (const op of ops) {
    const id = op.operation.operationId;
    if (typeof id !== 'string') continue;
    const seen = first.get(id);
    if (seen === undefined) first.set(id, op.label);
    else out.push(issue('SPEC_RULE', `operationId "${id}" of ${op.label} is already used by ${seen}; operation ids must be unique`, `${op.pointer}/operationId`));
  }
  return out;
}

function duplicates(params: ParameterRef[], owner: string): Issue[] {
  const seen = new Set<string>();
  const out: Issue[] = [];
  for (const p of params) {
    const key = parameterKey(p);
    if (seen.has(key)) out.push(issue('SPEC_RULE', `${owner} lists the ${p.in} parameter "${p.name}" more than once (a parameter is identified by name and location)`, p.usedAt));
    seen.add(key);
  }
  return out;
}

function requiredIssues(params: ParameterRef[], optional: string[]): Issue[] {
  return params.filter((p) => p.in === 'path' && p.value.required !== true).map((p) => {
    optional.push(p.at);
    const why = p.value.required === undefined ? 'has no "required: true"' : `has "required: ${JSON.stringify(p.value.required)}"`;
    return issue('SPEC_RULE', `path parameter "${p.name}" ${why}; a path parameter is always required`, p.value.required === undefined ? p.at : `${p.at}/required`);
  });
}

// Sets throughout: a path with many placeholders and many parameters stays linear.
function pathParameterIssues(doc: Obj, ops: OperationRef[], optional: string[], family: OpenApiRuleFamily): Issue[] {
  const out: Issue[] = [];
  const items = new Map<string, { path: string; params: ParameterRef[]; own: Set<ParameterRef>; unused: Map<string, ParameterRef> }>();
  for (const op of ops) {
    let item = items.get(op.pathItem.usedAt);
    if (!item) {
      const params = parameterList(doc, op.pathItem.value, op.pathItem.at);
      item = { path: op.path, params, own: new Set(params), unused: new Map() };
      items.set(op.pathItem.usedAt, item);
      out.push(...duplicates(params, `the path item "${op.path}"`), ...requiredIssues(params, optional));
      if (family === 'swagger-2.0') out.push(...templateDuplicates(op.path, op.pathItem.usedAt));
    }
    const own = parameterList(doc, op.operation, op.pointer);
    out.push(...duplicates(own, op.label), ...requiredIssues(own, optional));
    // operation-level parameters override path-level ones with the same name and location
    const merged = new Map<string, ParameterRef>();
    for (const p of [...item.params, ...own]) merged.set(parameterKey(p), p);
    const declared = [...merged.values()].filter((p) => p.in === 'path');
    const declaredNames = new Set(declared.map((p) => p.name));
    const names = new Set(templateNames(op.path));
    for (const name of names) {
      if (!declaredNames.has(name)) {
        out.push(issue('SPEC_RULE', `${op.label}: the path template parameter "{${name}}" is not declared (add a parameter "${name}" with in: path to the operation or its path item)`, op.pointer));
      }
    }
    for (const p of declared) {
      if (names.has(p.name)) continue;
      if (item.own.has(p)) item.unused.set(p.usedAt, p);
      else out.push(issue('SPEC_RULE', `${op.label} declares the path parameter "${p.name}", but the path has no "{${p.name}}"`, p.usedAt));
    }
  }
  for (const item of items.values()) {
    for (const [usedAt, p] of item.unused) {
      out.push(issue('SPEC_RULE', `the path item "${item.path}" declares the path parameter "${p.name}", but the path has no "{${p.name}}"`, usedAt));
    }
  }
  return out;
}

// OAS 3.2: one querystring parameter at most, and never together with query parameters (every path
// item, also under components/pathItems, with path-level parameters merged into each operation).
function querystringIssues(doc: Obj, family: OpenApiRuleFamily): Issue[] {
  const pathItems = isObj(doc.components) && isObj(doc.components.pathItems) ? doc.components.pathItems : {};
  const ops = [...operationsOf(doc, family), ...operationsOf({ paths: pathItems }, family).map((op) => ({
    ...op, pointer: op.pointer.replace(/^\/paths\//, '/components/pathItems/'),
    pathItem: { ...op.pathItem, at: op.pathItem.at.replace(/^\/paths\//, '/components/pathItems/') },
  }))];
  const out: Issue[] = [];
  for (const op of ops) {
    const merged = new Map<string, ParameterRef>();
    for (const p of [...parameterList(doc, op.pathItem.value, op.pathItem.at), ...parameterList(doc, op.operation, op.pointer)]) merged.set(parameterKey(p), p);
    const all = [...merged.values()];
    const qs = all.filter((p) => p.in === 'querystring');
    if (qs.length > 1) out.push(issue('SPEC_RULE', `${op.label} has ${qs.length} querystring parameters; at most one is allowed`, qs[1].usedAt));
    if (qs.length > 0 && all.some((p) => p.in === 'query')) out.push(issue('SPEC_RULE', `${op.label} has a querystring parameter and query parameters; they exclude each other`, qs[0].usedAt));
  }
  return out;
}

function templateDuplicates(path: string, pointer: string): Issue[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const n of templateNames(path)) (seen.has(n) ? twice : seen).add(n);
  return [...twice].map((n) => issue('SPEC_RULE', `the path "${path}" has the placeholder "{${n}}" more than once`, pointer));
}

function ambiguousPaths(doc: Obj): Issue[] {
  if (!isObj(doc.paths)) return [];
  const shapes = new Map<string, string>();
  const out: Issue[] = [];
  for (const path of Object.keys(doc.paths)) {
    if (!path.includes('{')) continue;
    const shape = templateShape(path);
    const other = shapes.get(shape);
    if (other === undefined) shapes.set(shape, path);
    else out.push(issue('SPEC_RULE', `the paths "${other}" and "${path}" differ only in parameter names, so they match the same requests`, toPointer(['paths', path])));
  }
  return out;
}

function securityIssues(doc: Obj, ops: OperationRef[], family: OpenApiRuleFamily): Issue[] {
  const defined = family === 'swagger-2.0' ? doc.securityDefinitions : isObj(doc.components) ? doc.components.securitySchemes : undefined;
  const schemes = new Set(isObj(defined) ? Object.keys(defined) : []);
  const where = family === 'swagger-2.0' ? 'securityDefinitions' : 'components/securitySchemes';
  const check = (security: unknown, pointer: string): Issue[] => {
    if (!Array.isArray(security)) return [];
    return security.flatMap((req, i) => (isObj(req) ? Object.keys(req) : [])
      .filter((name) => !schemes.has(name))
      .map((name) => issue('SPEC_RULE', `the security requirement names "${name}", which is not defined in ${where}`, `${pointer}/${i}/${escapeSegment(name)}`)));
  };
  return [...check(doc.security, '/security'), ...ops.flatMap((op) => check(op.operation.security, `${op.pointer}/security`))];
}

function serverVariableIssues(doc: Obj, ops: OperationRef[]): Issue[] {
  const lists: Array<[unknown, string]> = [[doc.servers, '/servers']];
  const items = new Set<string>();
  for (const op of ops) {
    if (!items.has(op.pathItem.at)) {
      items.add(op.pathItem.at);
      lists.push([op.pathItem.value.servers, `${op.pathItem.at}/servers`]);
    }
    lists.push([op.operation.servers, `${op.pointer}/servers`]);
  }
  const out: Issue[] = [];
  for (const [servers, pointer] of lists) {
    if (!Array.isArray(servers)) continue;
    servers.forEach((server, i) => {
      const vars = isObj(server) ? server.variables : undefined;
      if (!isObj(vars)) return;
      for (const [name, raw] of Object.entries(vars)) {
        const v = resolve(doc, raw, `${pointer}/${i}/variables/${escapeSegment(name)}`);
        if (!v || !Array.isArray(v.value.enum) || !('default' in v.value) || v.value.enum.includes(v.value.default)) continue;
        out.push(issue('SPEC_RULE', `the default ${JSON.stringify(v.value.default)} of server variable "${name}" is not one of its enum values (${v.value.enum.map((e) => JSON.stringify(e)).join(', ')})`, `${v.at}/default`));
      }
    });
  }
  return out;
}
