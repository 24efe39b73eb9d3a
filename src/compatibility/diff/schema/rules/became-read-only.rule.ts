import { defineSchemaRule } from '../types.js';
import { flagOf, prop } from './helpers.js';

// Senders can no longer set a property that became readOnly: the value they send is ignored.
export const becameReadOnly = defineSchemaRule({
  suffix: 'became-read-only',
  levels: { write: 'breaking', read: 'info' },
  reason: 'Values senders provide for the property are ignored.',
  check: ({ base, revision }) =>
    [...revision.properties]
      .filter(([name, s]) => flagOf(s, 'readOnly') && base.properties.has(name) && !flagOf(base.properties.get(name), 'readOnly'))
      .map(([name]) => ({ detail: `property '${name}' became read-only`, at: prop(name) })),
});
