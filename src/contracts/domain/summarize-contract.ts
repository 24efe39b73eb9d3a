import type { ContractSummary } from './contract-types.js';
import type { SpecFamily } from './detect-spec.js';
import { isPlainRecord } from './json-pointer.js';

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace', 'query'];
/**
 * The version's `description` column is for listings; a 9 MB `info.description` stays whole in the document
 * but is not copied a third time through the publish (issue 11, finding 6). Real descriptions are far shorter.
 */
export const MAX_SUMMARY_DESCRIPTION_CHARS = 64 * 1024;

/** Facts stored with each version. Counts read the raw document; `$ref` entries are not definitions. */
export function summarizeContract(doc: Record<string, unknown>, family: SpecFamily): ContractSummary {
  const info = record(doc.info);
  const base = {
    title: typeof info.title === 'string' ? info.title : '',
    description: typeof info.description === 'string' ? info.description.slice(0, MAX_SUMMARY_DESCRIPTION_CHARS) : null,
    documentVersion: typeof info.version === 'string' || typeof info.version === 'number' ? String(info.version) : null,
  };
  const components = record(doc.components);
  switch (family) {
    case 'swagger-2.0':
      return { ...base, operations: countOperations(doc.paths), channels: 0, messages: 0, schemas: size(doc.definitions) };
    case 'openapi-3.0':
    case 'openapi-3.1':
    case 'openapi-3.2':
      return {
        ...base,
        operations: countOperations(doc.paths) + countOperations(doc.webhooks),
        channels: 0,
        messages: 0,
        schemas: size(components.schemas),
      };
    case 'asyncapi-2':
      return { ...base, ...asyncApi2Counts(doc), schemas: size(components.schemas) };
    case 'asyncapi-3':
      return { ...base, ...asyncApi3Counts(doc), schemas: size(components.schemas) };
  }
}

function countOperations(paths: unknown): number {
  let n = 0;
  for (const item of Object.values(record(paths))) {
    const pathItem = record(item);
    n += HTTP_METHODS.filter((m) => isPlainRecord(pathItem[m])).length;
    n += Object.values(record(pathItem.additionalOperations)).filter(isPlainRecord).length; // OAS 3.2
  }
  return n;
}

function asyncApi2Counts(doc: Record<string, unknown>): { operations: number; channels: number; messages: number } {
  const channels = Object.values(record(doc.channels)).map(record);
  let operations = 0;
  let inline = 0;
  for (const channel of channels) {
    for (const verb of ['publish', 'subscribe']) {
      const op = channel[verb];
      if (!isPlainRecord(op)) continue;
      operations++;
      inline += inlineMessages(op.message);
    }
  }
  return { operations, channels: channels.length, messages: size(record(doc.components).messages) + inline };
}

function inlineMessages(message: unknown): number {
  if (!isPlainRecord(message) || '$ref' in message) return 0;
  return Array.isArray(message.oneOf) ? message.oneOf.filter((m) => isPlainRecord(m) && !('$ref' in m)).length : 1;
}

function asyncApi3Counts(doc: Record<string, unknown>): { operations: number; channels: number; messages: number } {
  const channels = Object.values(record(doc.channels)).map(record);
  const inline = channels.reduce(
    (n, ch) => n + Object.values(record(ch.messages)).filter((m) => isPlainRecord(m) && !('$ref' in m)).length,
    0,
  );
  return { operations: size(doc.operations), channels: channels.length, messages: size(record(doc.components).messages) + inline };
}

function record(v: unknown): Record<string, unknown> {
  return isPlainRecord(v) ? v : {};
}

function size(v: unknown): number {
  return isPlainRecord(v) ? Object.keys(v).length : 0;
}
