import { defineSchemaRule } from '../types.js';
import { prop, visibleProperties } from './helpers.js';

// Clients that still send a removed property are ignored at best; consumers that read an optional
// property must already cope with its absence, so both directions warn. Required ones: see
// required-property-removed.
export const propertyRemoved = defineSchemaRule({
  suffix: 'property-removed',
  levels: { write: 'warning', read: 'warning' },
  reason: 'Senders of the property are silently ignored; readers lose optional data.',
  check: ({ base, revision, direction }) => {
    const after = visibleProperties(revision, direction);
    return [...visibleProperties(base, direction).keys()]
      .filter((name) => !after.has(name) && !revision.properties.has(name))
      .filter((name) => direction === 'write' || !base.required.has(name))
      .map((name) => ({ detail: `property '${name}' was removed`, side: 'base', at: prop(name) }));
  },
});
