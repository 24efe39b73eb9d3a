import { defineSchemaRule } from '../types.js';
import { flagOf, prop } from './helpers.js';

// Senders of a property that became readOnly are ignored from now on.
export const becameReadOnly = defineSchemaRule({
  suffix: 'became-read-only',
  levels: { write: 'warning', read: 'info' },
  reason: 'Values senders provide for the property are ignored.',
  check: ({ base, revision }) =>
    [...revision.properties]
      .filter(([name, s]) => flagOf(s, 'readOnly') && base.properties.has(name) && !flagOf(base.properties.get(name), 'readOnly'))
      .map(([name]) => ({ detail: `property '${name}' became read-only`, at: prop(name) })),
});
