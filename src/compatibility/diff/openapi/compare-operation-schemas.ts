// Runs the shared schema comparer on every schema pair of a matched operation, with the data-flow
// direction of each place: parameters and request bodies are written by clients, responses read.
// For webhooks the roles swap (the component sends the request, the subscriber answers).
import type { SchemaComparer } from '../schema/index.js';
import type { FlowDirection } from '../schema/types.js';
import type { OperationPair } from './build-openapi-diff.js';
import type { NormMedia } from './model.js';

export function compareOperationSchemas(comparer: SchemaComparer, { base, revision }: OperationPair): void {
  const into: FlowDirection = revision.webhook ? 'read' : 'write';
  const out: FlowDirection = revision.webhook ? 'write' : 'read';
  const operation = revision.label;
  for (const p of base.parameters) {
    const q = revision.parameters.find((r) => r.key === p.key);
    if (!q || p.schema === undefined || q.schema === undefined) continue;
    comparer.compare(p.schema, q.schema, {
      direction: into, idPrefix: 'request-parameter', location: `${q.in} parameter '${q.name}'`, operation,
      basePointer: `${p.pointer}/schema`, revisionPointer: `${q.pointer}/schema`,
    });
  }
  if (base.requestBody && revision.requestBody) {
    compareMedia(comparer, base.requestBody.content, revision.requestBody.content, into, 'request', 'request body', operation);
  }
  for (const [status, response] of base.responses) {
    const next = revision.responses.get(status);
    if (!next) continue;
    compareMedia(comparer, response.content, next.content, out, 'response', 'response body', operation);
    for (const [name, header] of response.headers) {
      const h = next.headers.get(name);
      if (!h || header.schema === undefined || h.schema === undefined) continue;
      comparer.compare(header.schema, h.schema, {
        direction: out, idPrefix: 'response-header', location: `response header '${h.name}'`, operation,
        basePointer: `${header.pointer}/schema`, revisionPointer: `${h.pointer}/schema`,
      });
    }
  }
}

function compareMedia(
  comparer: SchemaComparer, base: Map<string, NormMedia>, revision: Map<string, NormMedia>,
  direction: FlowDirection, idPrefix: string, location: string, operation: string,
): void {
  for (const [type, media] of base) {
    const next = revision.get(type) ?? (base.size === 1 && revision.size === 1 ? [...revision.values()][0] : undefined);
    if (!next || media.schema === undefined || next.schema === undefined) continue;
    comparer.compare(media.schema, next.schema, {
      direction, idPrefix, location, operation,
      basePointer: `${media.pointer}/schema`, revisionPointer: `${next.pointer}/schema`,
    });
  }
}
