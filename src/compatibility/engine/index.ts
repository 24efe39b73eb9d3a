// The single entry point the registry and the CLI call: detects the kind and dispatches.
import { isObject } from '../diff/schema/json-pointer.js';
import type { JsonObject } from '../diff/schema/types.js';
import type { DiffReport } from './change.js';
import { AsyncApiInputError, diffAsyncApi } from './diff-asyncapi.js';
import { diffOpenApi } from './diff-openapi.js';
import type { DiffOptions } from './diff-openapi.js';

export type DocumentKind = 'openapi' | 'asyncapi';

export { diffAsyncApi, diffOpenApi };
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
      try {
        return diffAsyncApi(base, revision);
      } catch (err) {
        // 1.x and other inputs the AsyncAPI engine cannot read are usage errors, like mixed kinds.
        if (err instanceof AsyncApiInputError) throw new DiffInputError(err.message);
        throw err;
      }
  }
}
