// TEMPORARY minimal implementation (replaced by the full validation pipeline on branch `validate`).
import { createHash } from 'node:crypto';
import { load, JSON_SCHEMA } from 'js-yaml';
import { DomainError } from '../../common/errors/domain-error.js';
import { DEFAULT_PARSE_LIMITS, type ParseLimits, type ParsedContract } from './contract-types.js';

export async function parseContract(bytes: Uint8Array, limits: Partial<ParseLimits> = {}): Promise<ParsedContract> {
  const max = limits.maxBytes ?? DEFAULT_PARSE_LIMITS.maxBytes;
  if (bytes.byteLength > max) throw new DomainError('PAYLOAD_TOO_LARGE', `document exceeds ${max} bytes`);
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  const doc = load(text, { schema: JSON_SCHEMA }) as Record<string, unknown>;
  if (!doc || typeof doc !== 'object') throw new DomainError('INVALID_DOCUMENT', 'not an object', [{ message: 'not an object', pointer: '' }]);
  const kind = doc.asyncapi ? 'ASYNCAPI' : 'OPENAPI';
  const specVersion = String(doc.asyncapi ?? doc.openapi ?? doc.swagger ?? '');
  if (!specVersion) throw new DomainError('INVALID_DOCUMENT', 'no version', [{ message: 'missing openapi/asyncapi/swagger field', pointer: '' }]);
  const info = (doc.info ?? {}) as Record<string, unknown>;
  return {
    kind, specVersion, text, document: doc, syntax: text.trimStart().startsWith('{') ? 'json' : 'yaml',
    sha256: createHash('sha256').update(bytes).digest('hex'),
    summary: { title: String(info.title ?? ''), description: (info.description as string) ?? null, documentVersion: (info.version as string) ?? null, operations: 0, channels: 0, messages: 0, schemas: 0 },
  };
}
