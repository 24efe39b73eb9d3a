// Public surface of the pure EUDI conformance domain, for the Nest layer (service, resolvers, CLI).
export * from './builtin-catalogue.js';
export * from './conformance-record.js';
export * from './diff-requirement-sets.js';
export * from './evaluate-staleness.js';
export * from './evidence.js';
export * from './evidence-unzip.js';
export * from './oidf-export.js';
export * from './overview.js';
export * from './plausibility.js';
export * from './requirement-set.js';
export * from './roles.js';
export * from './safe-unzip.js';
export * from './validate-record.js';
export { parseCsv, writeCsv, quoteCsvField } from './csv.js';
export { sha256Hex } from './hash.js';
