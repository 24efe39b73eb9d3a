// The single entry point the registry and the CLI call: detects the kind and dispatches.
import { isObject } from '../diff/schema/json-pointer.js';
import type { JsonObject } from '../diff/schema/types.js';
import type { DiffReport } from './change.js';
import { diffOpenApi } from './diff-openapi.js';
import type { DiffOptions } from './diff-openapi.js';

export type DocumentKind = 'openapi' | 'asyncapi';

export { diffOpenApi };
export type { DiffOptions, DiffReport };

export class DiffInputError extends Error {}

/** `openapi` for `openapi: 3.x` and `swagger: 2.0`, `asyncapi` for `asyncapi: x`; else undefined. */
export function detectKind(doc: unknown): DocumentKind | undefined {
  if (!isObject(doc)) return undefined;
  if (typeof doc.openapi === 'string' || doc.swagger === '2.0' || doc.swagger === 2) return 'openapi';
  if (typeof doc.asyncapi === 'string') return 'asyncapi';
  return undefined;
}

/**
 * Compares two parsed contract documents of the same kind. Throws DiffInputError for unknown or
 * mixed kinds.
 */
export function diffDocuments(base: unknown, revision: unknown, opts: DiffOptions = {}): DiffReport {
  const kind = detectKind(base);
  const other = detectKind(revision);
  if (!kind || !other) throw new DiffInputError('not an OpenAPI, Swagger or AsyncAPI document');
  if (kind !== other) throw new DiffInputError(`cannot compare a ${kind} document with a ${other} document`);
  switch (kind) {
    case 'openapi':
      return diffOpenApi(base as JsonObject, revision as JsonObject, opts);
    case 'asyncapi':
      // DISPATCH POINT for the AsyncAPI engine (branch engine-asyncapi): replace this line with
      // `return diffAsyncApi(base as JsonObject, revision as JsonObject, opts);`
      throw new DiffInputError('AsyncAPI diff not available yet');
  }
}
