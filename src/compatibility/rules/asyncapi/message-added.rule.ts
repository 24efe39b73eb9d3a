// A new message on an operation the component sends may reach consumers that cannot handle it
// (warning); on an operation it receives, producers can simply keep sending the old ones (info).
import { change, defineAsyncApiRule } from './define-rule.js';

export const messageAdded = defineAsyncApiRule({
  id: 'message-added', area: 'messages', levels: { read: 'warning', write: 'info' },
  reason: 'consumers may receive a message type they do not know',
  check: (diff) => diff.operations.modified.flatMap((op) => op.messages.added.map((m) =>
    change(messageAdded, op.revision.flow, m.pointer, `message '${m.key}' was added to '${op.revision.label}'`, op.revision.label))),
});
