import { defineSchemaRule } from '../types.js';
import { prop, visibleProperties } from './helpers.js';

// Senders that omitted an optional property now send invalid data; readers gain a guarantee.
export const propertyBecameRequired = defineSchemaRule({
  suffix: 'property-became-required',
  levels: { write: 'breaking', read: 'info' },
  reason: 'Senders that omit the property are now rejected.',
  check: ({ base, revision, direction }) => {
    const before = visibleProperties(base, direction);
    return [...visibleProperties(revision, direction).keys()]
      .filter((name) => before.has(name) && !base.required.has(name) && revision.required.has(name))
      .map((name) => ({ detail: `property '${name}' became required`, at: prop(name) }));
  },
});
