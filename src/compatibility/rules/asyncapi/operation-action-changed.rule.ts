// send ⇄ receive on the same channel turns the data flow around: former consumers must now produce.
import { both, change, defineAsyncApiRule } from './define-rule.js';

export const operationActionChanged = defineAsyncApiRule({
  id: 'operation-action-changed', area: 'operations', levels: both('breaking'),
  reason: 'the direction of the data flow on the channel was reversed',
  check: (diff) => diff.operations.flipped.map((p) =>
    change(operationActionChanged, p.base.flow, p.revision.pointer,
      `operation '${p.base.label}' changed action from '${p.base.action}' to '${p.revision.action}'`, p.revision.label)),
});
