import { defineSchemaRule } from '../types.js';
import { flagOf, prop } from './helpers.js';

// A property that became writeOnly SHOULD no longer be returned to readers. writeOnly is an
// annotation (servers may still send it), so this warns; oasdiff agrees on its all-checks pairs.
export const becameWriteOnly = defineSchemaRule({
  suffix: 'became-write-only',
  levels: { write: 'info', read: 'warning' },
  reason: 'Readers no longer receive the property.',
  check: ({ base, revision }) =>
    [...revision.properties]
      .filter(([name, s]) => flagOf(s, 'writeOnly') && base.properties.has(name) && !flagOf(base.properties.get(name), 'writeOnly'))
      .map(([name]) => ({ detail: `property '${name}' became write-only`, at: prop(name) })),
});
