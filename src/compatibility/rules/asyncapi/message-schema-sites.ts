// Payload and header schemas of matched messages, with the flow of their operation. A missing
// schema on one side is compared as `{}` (anything goes), so adding or dropping one is judged too.
import type { AsyncApiDiff } from '../../diff/asyncapi/build-diff.js';
import type { NMessage, NSchema } from '../../diff/asyncapi/model.js';
import type { SchemaSite } from '../../diff/schema/index.js';

export interface MessageSchemaPair {
  base?: NSchema;
  revision?: NSchema;
  site: SchemaSite;
}

export function messageSchemas(diff: AsyncApiDiff, slot: 'payload' | 'headers'): MessageSchemaPair[] {
  return diff.operations.modified.flatMap((op) => op.messages.modified
    .filter((m) => m.base[slot] !== undefined || m.revision[slot] !== undefined)
    .map((m) => ({
      base: m.base[slot],
      revision: m.revision[slot],
      site: {
        direction: op.base.flow, idPrefix: `message-${slot}`, location: `${slot} of message '${m.revision.key}'`,
        operation: op.revision.label,
        basePointer: m.base[slot]?.pointer ?? `${pointerOf(m.base)}/${slot}`,
        revisionPointer: m.revision[slot]?.pointer ?? `${pointerOf(m.revision)}/${slot}`,
      },
    })));
}

const pointerOf = (m: NMessage): string => m.pointer;

/** True when the shared schema differ can read both sides (JSON Schema, AsyncAPI or OpenAPI schema). */
export const comparable = (p: MessageSchemaPair): boolean =>
  p.base?.formatClass !== 'other' && p.revision?.formatClass !== 'other';
