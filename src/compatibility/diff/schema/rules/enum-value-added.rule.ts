import { defineSchemaRule } from '../types.js';
import { enumOf, jsonSet, show } from './helpers.js';

// Readers with an exhaustive switch may not handle a new value: a warning, not an error, because
// enums are commonly treated as open. Senders gain an option.
export const enumValueAdded = defineSchemaRule({
  suffix: 'enum-value-added',
  levels: { write: 'info', read: 'warning' },
  reason: 'Readers may not handle the new value.',
  check: ({ base, revision }) => {
    const before = enumOf(base.raw);
    const after = enumOf(revision.raw);
    if (!before || !after) return [];
    const known = jsonSet(before);
    return after
      .filter((value) => !known.has(JSON.stringify(value)))
      .map((value) => ({ detail: `enum value ${show(value)} was added` }));
  },
});
