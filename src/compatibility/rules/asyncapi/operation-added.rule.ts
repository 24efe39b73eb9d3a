// A new operation is additive.
import { both, change, defineAsyncApiRule } from './define-rule.js';

export const operationAdded = defineAsyncApiRule({
  id: 'operation-added', area: 'operations', levels: both('info'),
  reason: 'a new operation does not affect existing clients',
  check: (diff) => diff.operations.added.map((o) =>
    change(operationAdded, o.flow, o.pointer, `operation '${o.label}' was added`, o.label)),
});
