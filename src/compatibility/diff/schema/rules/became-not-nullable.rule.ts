import { defineSchemaRule } from '../types.js';

// Senders that sent null are rejected.
export const becameNotNullable = defineSchemaRule({
  suffix: 'became-not-nullable',
  levels: { write: 'breaking', read: 'info' },
  reason: 'Senders of null are rejected.',
  check: ({ base, revision }) => (base.nullable && !revision.nullable ? [{ detail: 'is no longer nullable' }] : []),
});
