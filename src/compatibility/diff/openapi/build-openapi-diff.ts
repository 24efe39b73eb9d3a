// parse → normalize → BUILD DIFF: pairs operations, then compares every schema pair once through
// the shared SchemaComparer. Rules read only this tree. Pure.
import type { Change } from '../../engine/change.js';
import { SchemaComparer } from '../schema/index.js';
import type { NormDocument, NormOperation } from './model.js';
import { compareOperationSchemas } from './compare-operation-schemas.js';

export interface OperationPair {
  base: NormOperation;
  revision: NormOperation;
}

export interface OpenApiDiff {
  base: NormDocument;
  revision: NormDocument;
  now: Date;
  operations: { added: NormOperation[]; removed: NormOperation[]; modified: OperationPair[] };
  /** Changes found by the schema rules (ids `<prefix>-<suffix>`), each once. */
  schemaChanges: Change[];
}

export function buildOpenApiDiff(base: NormDocument, revision: NormDocument, now: Date): OpenApiDiff {
  const added: NormOperation[] = [];
  const removed: NormOperation[] = [];
  const modified: OperationPair[] = [];
  for (const [key, op] of base.operations) {
    const next = revision.operations.get(key);
    if (next) modified.push({ base: op, revision: next });
    else removed.push(op);
  }
  for (const [key, op] of revision.operations) if (!base.operations.has(key)) added.push(op);
  const comparer = new SchemaComparer(base.root, revision.root);
  for (const pair of modified) compareOperationSchemas(comparer, pair);
  return { base, revision, now, operations: { added, removed, modified }, schemaChanges: comparer.changes() };
}
