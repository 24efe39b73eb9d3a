import { defineSchemaRule } from '../types.js';
import { keywordChanges } from './constraint-keywords.js';

// A new constraint rejects values senders used to send.
// Covers not, if/then/else, contains, dependent*, patternProperties, propertyNames, unevaluated*,
// prefixItems, content*, multipleOf and uniqueItems.
export const constraintAdded = defineSchemaRule({
  suffix: 'constraint-added',
  levels: { write: 'breaking', read: 'info' },
  reason: 'A new constraint rejects values senders used to send.',
  check: ({ base, revision }) =>
    keywordChanges(base.raw, revision.raw)
      .filter(([, change]) => change === 'added')
      .map(([keyword]) => ({ detail: `constraint '${keyword}' was added` })),
});
