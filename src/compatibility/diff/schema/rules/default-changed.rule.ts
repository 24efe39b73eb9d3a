import { defineSchemaRule } from '../types.js';
import { sameJson, show } from './helpers.js';

// Senders that omit a value get the default: changing it silently changes what they ask for.
export const defaultChanged = defineSchemaRule({
  suffix: 'default-changed',
  levels: { write: 'breaking', read: 'info' },
  reason: 'Senders relying on the default get a different behaviour.',
  check: ({ base, revision }) => {
    const before = base.raw.default;
    const after = revision.raw.default;
    if (before === undefined || after === undefined || sameJson(before, after)) return [];
    return [{ detail: `default changed from ${show(before)} to ${show(after)}` }];
  },
});
