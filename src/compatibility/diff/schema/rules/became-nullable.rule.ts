import { defineSchemaRule } from '../types.js';

// Readers that did not expect null now receive it; senders may now send null.
export const becameNullable = defineSchemaRule({
  suffix: 'became-nullable',
  levels: { write: 'info', read: 'breaking' },
  reason: 'Readers may receive null.',
  check: ({ base, revision }) => (!base.nullable && revision.nullable ? [{ detail: 'became nullable' }] : []),
});
