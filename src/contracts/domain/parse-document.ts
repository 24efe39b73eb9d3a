import { resolveParseLimits, type ParseLimits } from './contract-types.js';
import { IssuesFound, invalidDocument, issue, payloadTooLarge, type Issue } from './contract-issues.js';
import { checkDecodedText } from './decode-upload.js';
import { findJsonDuplicateKeys } from './json-scan.js';
import { addPositions, type Syntax } from './source-locator.js';
import { safeCopy } from './safe-copy.js';
import { makePositioner } from './source-position.js';
import { loadYaml } from './yaml-load.js';
import { loadYamlLenient } from './yaml-lenient.js';

export interface ReadDocument {
  document: Record<string, unknown>;
  syntax: Syntax;
}

/**
 * Safe JSON/YAML parse with the registry's limits and no spec validation (for the diff CLI and the
 * compatibility engine). Throws DomainError INVALID_DOCUMENT (causes with pointer and line/column)
 * or PAYLOAD_TOO_LARGE.
 */
export function parseDocumentText(text: string, limits?: Partial<ParseLimits>): Record<string, unknown> {
  const resolved = resolveParseLimits(limits);
  const size = Buffer.byteLength(text, 'utf8');
  if (size > resolved.maxBytes) throw payloadTooLarge(size, resolved.maxBytes);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    checkDecodedText(body);
    return readDocument(body, resolved).document;
  } catch (err) {
    if (err instanceof IssuesFound) throw invalidDocument(addPositions(err.issues, body, sniffSyntax(body)));
    throw err;
  }
}

/** Parses decoded text into a JSON-safe tree. Throws IssuesFound. */
export function readDocument(text: string, limits: ParseLimits): ReadDocument {
  const { value, syntax } = parseSyntax(text, limits);
  const document = safeCopy(value, limits);
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    const found = document === null ? 'nothing' : Array.isArray(document) ? 'a list' : `a ${typeof document}`;
    throw new IssuesFound([issue('NOT_AN_OBJECT', `The document must be a mapping/object at the top level, found ${found}`)]);
  }
  return { document: document as Record<string, unknown>, syntax };
}

export function sniffSyntax(text: string): Syntax {
  const first = text.trimStart()[0];
  return first === '{' || first === '[' ? 'json' : 'yaml';
}

function parseSyntax(text: string, limits: ParseLimits): { value: unknown; syntax: Syntax } {
  const json = limits.declaredSyntax === 'json';
  if (!json && sniffSyntax(text) === 'yaml') return { value: loadYamlWithFallback(text, limits), syntax: 'yaml' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    // declared as JSON: a trailing comma is a JSON syntax error, not a YAML flow mapping
    if (json) throw new IssuesFound([jsonSyntaxIssue(text, err)]);
    return { value: yamlFallback(text, limits, err), syntax: 'yaml' };
  }
  const duplicates = findJsonDuplicateKeys(text);
  if (duplicates.length > 0) throw new IssuesFound(duplicates);
  return { value, syntax: 'json' };
}

// Flow-style YAML (`{a: 1}`) also starts with a brace. When neither parser accepts the text, the JSON
// error is the more useful one for a text that looks like JSON.
function yamlFallback(text: string, limits: ParseLimits, jsonError: unknown): unknown {
  try {
    return loadYamlWithFallback(text, limits);
  } catch (err) {
    if (!(err instanceof IssuesFound) || !err.issues.some((i) => i.code === 'YAML_SYNTAX')) throw err;
    throw new IssuesFound([jsonSyntaxIssue(text, jsonError)]);
  }
}

// An anchor ("&name") where a node can start. False positives (e.g. "R&D" after a space) only cost speed.
const ANCHOR = /(^|[\s[{,:-])&[^\s[\]{},]/m;

/**
 * Happy path: js-yaml (about 10× faster than `yaml` on a 4 MB document) with CORE_SCHEMA, which refuses
 * duplicate keys, unknown tags and excessive depth on its own. Texts with anchors take the strict `yaml`
 * path, because only it bounds alias expansion (maxAliasCount). Any rejection is re-run through the strict
 * path, which lists every problem with pointer and position.
 */
function loadYamlWithFallback(text: string, limits: ParseLimits): unknown {
  if (!ANCHOR.test(text)) {
    const fast = loadYamlLenient(text, limits.maxDepth);
    if (fast && fast.value !== null && fast.value !== undefined) return fast.value; // empty: strict path says why
  }
  try {
    return loadYaml(text, limits);
  } catch (err) {
    const syntaxOnly = err instanceof IssuesFound && err.issues.every((i) => i.code === 'YAML_SYNTAX');
    const lenient = syntaxOnly ? loadYamlLenient(text, limits.maxDepth) : undefined;
    if (lenient) return lenient.value;
    throw err;
  }
}

function jsonSyntaxIssue(text: string, err: unknown): Issue {
  const message = (err instanceof Error ? err.message : String(err)).slice(0, 300);
  const at = /position (\d+)/.exec(message);
  const offset = at ? Number(at[1]) : 0;
  return issue('JSON_SYNTAX', `Invalid JSON: ${message}`, '', makePositioner(text)(offset));
}
