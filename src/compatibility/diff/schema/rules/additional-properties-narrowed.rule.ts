import { defineSchemaRule } from '../types.js';

// Closing an open object rejects senders that send extra properties.
export const additionalPropertiesNarrowed = defineSchemaRule({
  suffix: 'additional-properties-narrowed',
  levels: { write: 'breaking', read: 'info' },
  reason: 'Extra properties that used to be accepted are rejected.',
  check: ({ base, revision }) =>
    base.raw.additionalProperties !== false && revision.raw.additionalProperties === false
      ? [{ detail: 'additional properties are no longer allowed' }]
      : [],
});
