// An operation the component no longer performs: for `send`, consumers stop getting messages; for
// `receive`, what producers send is no longer processed. A removed reply is reported here too.
import { both, change, defineAsyncApiRule } from './define-rule.js';

export const operationRemoved = defineAsyncApiRule({
  id: 'operation-removed', area: 'operations', levels: both('breaking'),
  reason: 'consumers or producers of the operation lose their counterpart',
  check: (diff) => diff.operations.removed.map((o) =>
    change(operationRemoved, o.flow, o.pointer, `operation '${o.label}' was removed`, o.label)),
});
