// Request/reply partners find the correlation id where the contract says. Moving it breaks both
// directions; removing it breaks consumers of sent messages, and only warns for received ones.
import type { Change } from '../../engine/change.js';
import { change, defineAsyncApiRule } from './define-rule.js';

export const messageCorrelationIdChanged = defineAsyncApiRule({
  id: 'message-correlation-id-changed', area: 'messages', levels: { read: 'breaking', write: 'breaking' },
  reason: 'consumers and producers correlate replies through this location',
  check: (diff) => diff.operations.modified.flatMap((op) => op.messages.modified.flatMap((m): Change[] => {
    const [b, r] = [m.base.correlationId, m.revision.correlationId];
    if (b === undefined || b === r) return [];
    const at = `${m.revision.pointer}/correlationId`;
    if (r === undefined) {
      const level = op.base.flow === 'read' ? 'breaking' : 'warning';
      return [{ ...change(messageCorrelationIdChanged, op.base.flow, at,
        `message '${m.revision.key}' no longer has a correlation id (was '${b}')`, op.revision.label), level }];
    }
    return [change(messageCorrelationIdChanged, op.base.flow, at,
      `message '${m.revision.key}' correlation id moved from '${b}' to '${r}'`, op.revision.label)];
  })),
});
