import { defineSchemaRule } from '../types.js';
import { enumOf, jsonSet, show } from './helpers.js';

// Senders that use a removed value are rejected (also for x-extensible-enum); readers simply
// stop seeing it.
export const enumValueRemoved = defineSchemaRule({
  suffix: 'enum-value-removed',
  levels: { write: 'breaking', read: 'info' },
  reason: 'Senders that use the removed value are rejected.',
  check: ({ base, revision }) => {
    const out = [];
    for (const key of ['enum', 'x-extensible-enum']) {
      const before = key === 'enum' ? enumOf(base.raw) : (base.raw[key] as unknown[] | undefined);
      const after = key === 'enum' ? enumOf(revision.raw) : (revision.raw[key] as unknown[] | undefined);
      if (!Array.isArray(before) || !Array.isArray(after)) continue;
      const kept = jsonSet(after);
      for (const value of before) {
        if (!kept.has(JSON.stringify(value))) out.push({ detail: `${key} value ${show(value)} was removed` });
      }
    }
    return out;
  },
});
