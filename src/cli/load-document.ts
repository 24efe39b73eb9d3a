// CLI-only document loading: YAML/JSON parsing and bundling of `$ref`s to local sibling files.
// The server never does this (it refuses external refs). Remote (http/https) refs are refused.
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve, isAbsolute } from 'node:path';
import { DomainError } from '../common/errors/domain-error.js';
import { parseDocumentText } from '../contracts/domain/parse-document.js';
import { isObject, resolvePointer } from '../compatibility/diff/schema/json-pointer.js';
import { usageError } from './commands/command.js';

// The same safe parser the server uses (limits on size, depth and aliases; no prototype keys).
export function parseText(text: string, file: string): unknown {
  try {
    return parseDocumentText(text);
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    const first = err.causes[0];
    const where = first?.line ? `:${first.line}:${first.column ?? 1}` : '';
    throw usageError('err.parse', { file, where, detail: first?.message ?? err.message });
  }
}

/** Reads a file (`-` = standard input) as strict UTF-8. */
export function readText(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file === '-' ? 0 : file);
  } catch {
    throw usageError('err.cannotRead', { file });
  }
  // Strict like the server's upload: 'utf8' reading would turn invalid bytes into U+FFFD silently.
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw usageError('err.utf8', { file });
  }
}

function readParsed(file: string, cache: Map<string, unknown>, texts?: Map<string, string>): unknown {
  if (!cache.has(file)) {
    const text = readText(file);
    texts?.set(file, text);
    cache.set(file, parseText(text, file));
  }
  return cache.get(file);
}

interface Bundler {
  rootDir: string;
  cache: Map<string, unknown>;
  active: Set<string>;
}

// Replaces external refs by the referenced content. Inside an inlined file, its own `#/` refs are
// resolved against that file. A ref cycle through files is cut with an empty schema.
function bundle(node: unknown, file: string, b: Bundler, external: boolean): unknown {
  if (Array.isArray(node)) return node.map((n) => bundle(n, file, b, external));
  if (!isObject(node)) return node;
  const ref = node.$ref;
  if (typeof ref === 'string' && (!ref.startsWith('#') || external)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(ref)) throw usageError('err.remoteRef', { ref, file });
    const [path, pointer = ''] = ref.split('#');
    const target = path ? resolve(dirname(file), path) : file;
    const rel = relative(b.rootDir, target);
    if (rel.startsWith('..') || isAbsolute(rel)) throw usageError('err.refOutside', { ref, dir: b.rootDir });
    const key = `${target}#${pointer}`;
    if (b.active.has(key)) return {};
    b.active.add(key);
    const value = bundle(resolvePointer(readParsed(target, b.cache), `#${pointer}`), target, b, target !== b.cache.keys().next().value);
    b.active.delete(key);
    return value ?? {};
  }
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, bundle(v, file, b, external)]));
}

function hasExternalRef(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(hasExternalRef);
  if (!isObject(node)) return false;
  if (typeof node.$ref === 'string' && !node.$ref.startsWith('#')) return true;
  return Object.values(node).some(hasExternalRef);
}

/** Reads, parses and (only when needed) bundles a local contract file. */
export function loadDocument(path: string): unknown {
  return loadSource(path).document;
}

export interface LoadedSource {
  /** As given on the command line (`-` for standard input). */
  name: string;
  /** The root file's text, for source positions. */
  text: string;
  /** The parsed document, with local external `$ref`s bundled. */
  document: unknown;
}

/** Like loadDocument, and keeps the root text. `-` reads standard input (its refs resolve from the cwd). */
export function loadSource(path: string): LoadedSource {
  const file = path === '-' ? '-' : resolve(path);
  const cache = new Map<string, unknown>();
  const texts = new Map<string, string>();
  const doc = readParsed(file, cache, texts);
  const text = texts.get(file) ?? '';
  if (!hasExternalRef(doc)) return { name: path, text, document: doc };
  const rootDir = file === '-' ? process.cwd() : dirname(file);
  return { name: path, text, document: bundle(doc, file === '-' ? resolve(rootDir, '-') : file, { rootDir, cache, active: new Set() }, false) };
}
