// The content type decides how the bytes are decoded, in both directions.
import { both, change, defineAsyncApiRule } from './define-rule.js';

export const messageContentTypeChanged = defineAsyncApiRule({
  id: 'message-content-type-changed', area: 'messages', levels: both('breaking'),
  reason: 'the other side decodes or encodes the message with the old content type',
  check: (diff) => diff.operations.modified.flatMap((op) => op.messages.modified
    .filter((m) => (m.base.contentType ?? '') !== (m.revision.contentType ?? ''))
    .map((m) => change(messageContentTypeChanged, op.base.flow, `${m.revision.pointer}/contentType`,
      `message '${m.revision.key}' content type changed from '${m.base.contentType ?? '(none)'}' to '${m.revision.contentType ?? '(none)'}'`,
      op.revision.label))),
});
