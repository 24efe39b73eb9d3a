import { defineSchemaRule } from '../types.js';

// Opening a closed object lets readers receive properties they did not expect.
export const additionalPropertiesWidened = defineSchemaRule({
  suffix: 'additional-properties-widened',
  levels: { write: 'info', read: 'warning' },
  reason: 'Readers may receive unknown properties.',
  check: ({ base, revision }) =>
    base.raw.additionalProperties === false && revision.raw.additionalProperties !== false
      ? [{ detail: 'additional properties are now allowed' }]
      : [],
});
