import { defineSchemaRule } from '../types.js';
import { keywordChanges } from './constraint-keywords.js';

// The set of valid values changed in a way not proven compatible.
// Covers not, if/then/else, contains, dependent*, patternProperties, propertyNames, unevaluated*,
// prefixItems, content*, multipleOf and uniqueItems.
export const constraintChanged = defineSchemaRule({
  suffix: 'constraint-changed',
  levels: { write: 'breaking', read: 'breaking' },
  reason: 'The set of valid values changed in a way not proven compatible.',
  check: ({ base, revision }) =>
    keywordChanges(base.raw, revision.raw)
      .filter(([, change]) => change === 'changed')
      .map(([keyword]) => ({ detail: `constraint '${keyword}' was changed` })),
});
