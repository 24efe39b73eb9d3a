import { summarizeContract } from '../../src/contracts/domain/summarize-contract.js';
import { extractSearchElements } from '../../src/search/domain/extract-search-elements.js';
import { diffDocuments } from '../../src/compatibility/engine/index.js';

// OpenAPI 3.2 documents are diffed, counted and indexed like the others, with QUERY and additionalOperations.
const ok = { responses: { 200: { description: 'ok' } } };
const v1 = {
  openapi: '3.2.0', info: { title: 'Suche', version: '1' },
  paths: { '/suche': { query: { operationId: 'suche', ...ok }, additionalOperations: { COPY: { operationId: 'kopie', ...ok } } } },
};
const v2 = { openapi: '3.2.0', info: { title: 'Suche', version: '2' }, paths: { '/suche': { get: { operationId: 'liste', ...ok } } } };

describe('OpenAPI 3.2', () => {
  it('reports a removed QUERY operation and a removed additional operation', () => {
    const removed = diffDocuments(v1, v2, { now: new Date('2026-12-04') }).changes.filter((c) => c.id === 'operation-removed');
    expect(removed.map((c) => [c.operation, c.pointer])).toEqual([
      ['COPY /suche', '/paths/~1suche/additionalOperations/COPY'],
      ['QUERY /suche', '/paths/~1suche/query'],
    ]);
  });

  it('counts and indexes QUERY and additional operations', () => {
    expect(summarizeContract(v1, 'openapi-3.2').operations).toBe(2);
    expect(extractSearchElements(v1).filter((e) => e.kind === 'OPERATION').map((e) => e.label)).toEqual(['QUERY /suche', 'COPY /suche']);
  });
});
