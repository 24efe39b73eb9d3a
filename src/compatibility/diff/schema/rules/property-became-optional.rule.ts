import { defineSchemaRule } from '../types.js';
import { prop, visibleProperties } from './helpers.js';

// Readers relied on the property always being present; for senders it is a relaxation.
export const propertyBecameOptional = defineSchemaRule({
  suffix: 'property-became-optional',
  levels: { write: 'info', read: 'breaking' },
  reason: 'Readers relied on the property always being present.',
  check: ({ base, revision, direction }) => {
    const after = visibleProperties(revision, direction);
    return [...visibleProperties(base, direction).keys()]
      .filter((name) => after.has(name) && base.required.has(name) && !revision.required.has(name))
      .map((name) => ({ detail: `property '${name}' became optional`, at: prop(name) }));
  },
});
