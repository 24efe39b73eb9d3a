import { defineSchemaRule } from '../types.js';
import { flagOf, prop } from './helpers.js';

// Deprecation announces a future removal; it changes nothing on the wire yet.
export const propertyDeprecated = defineSchemaRule({
  suffix: 'property-deprecated',
  levels: { write: 'info', read: 'info' },
  reason: 'Announces a later removal.',
  check: ({ base, revision }) =>
    [...revision.properties]
      .filter(([name, s]) => flagOf(s, 'deprecated') && base.properties.has(name) && !flagOf(base.properties.get(name), 'deprecated'))
      .map(([name]) => ({ detail: `property '${name}' was deprecated`, at: prop(name) })),
});
