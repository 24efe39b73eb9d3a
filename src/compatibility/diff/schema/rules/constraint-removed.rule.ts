import { defineSchemaRule } from '../types.js';
import { keywordChanges } from './constraint-keywords.js';

// Readers lose a guarantee they relied on.
// Covers not, if/then/else, contains, dependent*, patternProperties, propertyNames, unevaluated*,
// prefixItems, content*, multipleOf and uniqueItems.
export const constraintRemoved = defineSchemaRule({
  suffix: 'constraint-removed',
  levels: { write: 'info', read: 'breaking' },
  reason: 'Readers lose a guarantee they relied on.',
  check: ({ base, revision }) =>
    keywordChanges(base.raw, revision.raw)
      .filter(([, change]) => change === 'removed')
      .map(([keyword]) => ({ detail: `constraint '${keyword}' was removed` })),
});
