import { defineSchemaRule } from '../types.js';
import { prop, visibleProperties } from './helpers.js';

// A new optional property (or any new property a consumer receives) is an addition.
export const propertyAdded = defineSchemaRule({
  suffix: 'property-added',
  levels: { write: 'info', read: 'info' },
  reason: 'Additions are compatible; tolerant readers ignore unknown properties.',
  check: ({ base, revision, direction }) => {
    const before = visibleProperties(base, direction);
    return [...visibleProperties(revision, direction).keys()]
      .filter((name) => !before.has(name))
      .filter((name) => direction === 'read' || !revision.required.has(name))
      .map((name) => ({ detail: `property '${name}' was added`, at: prop(name) }));
  },
});
