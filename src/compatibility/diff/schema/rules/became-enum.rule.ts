import { defineSchemaRule } from '../types.js';
import { enumOf } from './helpers.js';

// Restricting a free value to a list rejects every sender value outside it.
export const becameEnum = defineSchemaRule({
  suffix: 'became-enum',
  levels: { write: 'breaking', read: 'info' },
  reason: 'A free value became a closed list.',
  check: ({ base, revision }) => {
    const after = enumOf(revision.raw);
    if (enumOf(base.raw) || !after) return [];
    return [{ detail: `value restricted to enum [${after.map((v) => JSON.stringify(v)).join(', ')}]` }];
  },
});
