import { defineSchemaRule } from '../types.js';
import { flagOf, prop } from './helpers.js';

// A property that became writeOnly is no longer returned to readers.
export const becameWriteOnly = defineSchemaRule({
  suffix: 'became-write-only',
  levels: { write: 'info', read: 'breaking' },
  reason: 'Readers no longer receive the property.',
  check: ({ base, revision }) =>
    [...revision.properties]
      .filter(([name, s]) => flagOf(s, 'writeOnly') && base.properties.has(name) && !flagOf(base.properties.get(name), 'writeOnly'))
      .map(([name]) => ({ detail: `property '${name}' became write-only`, at: prop(name) })),
});
