// A message dropped from an operation: consumers of a sent message wait in vain; producers of a
// received message send something the component no longer accepts.
import { both, change, defineAsyncApiRule } from './define-rule.js';

export const messageRemoved = defineAsyncApiRule({
  id: 'message-removed', area: 'messages', levels: both('breaking'),
  reason: 'clients rely on every message an operation carries',
  check: (diff) => diff.operations.modified.flatMap((op) => op.messages.removed.map((m) =>
    change(messageRemoved, op.base.flow, m.pointer, `message '${m.key}' was removed from '${op.base.label}'`, op.revision.label))),
});
