// Schema formats the shared comparer cannot read (Avro, Protobuf, RAML …) are never skipped
// silently: if such a payload or header schema changed at all, ONE warning says it was not compared.
import { deepEqual } from '../../diff/asyncapi/json.js';
import { both, change, defineAsyncApiRule } from './define-rule.js';
import { comparable, messageSchemas } from './message-schema-sites.js';

export const messagePayloadNotCompared = defineAsyncApiRule({
  id: 'message-payload-not-compared', area: 'payload', levels: both('warning'),
  reason: 'a human must check schema formats the engine cannot compare',
  check: (diff) => (['payload', 'headers'] as const).flatMap((slot) => messageSchemas(diff, slot)
    .filter((p) => !comparable(p))
    .filter((p) => p.base?.format !== p.revision?.format
      || !deepEqual(p.base?.inlined ?? p.base?.schema ?? null, p.revision?.inlined ?? p.revision?.schema ?? null))
    .map((p) => change(messagePayloadNotCompared, p.site.direction, p.site.revisionPointer,
      `${p.site.location} changed but was not compared (schema format '${p.revision?.format ?? p.base?.format ?? ''}' is not supported)`,
      p.site.operation))),
});
