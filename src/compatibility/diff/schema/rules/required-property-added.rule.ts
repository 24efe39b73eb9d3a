import { defineSchemaRule } from '../types.js';
import { prop, visibleProperties } from './helpers.js';

// Existing senders do not send a property that is new and required, so their requests now fail.
export const requiredPropertyAdded = defineSchemaRule({
  suffix: 'required-property-added',
  levels: { write: 'breaking', read: 'info' },
  reason: 'Existing senders do not know the new required property.',
  check: ({ base, revision, direction }) => {
    if (direction === 'read') return [];
    const before = visibleProperties(base, direction);
    return [...visibleProperties(revision, direction).keys()]
      .filter((name) => !before.has(name) && revision.required.has(name))
      .map((name) => ({ detail: `new required property '${name}'`, at: prop(name) }));
  },
});
