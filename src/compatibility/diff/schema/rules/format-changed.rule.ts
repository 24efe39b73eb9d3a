import { defineSchemaRule } from '../types.js';

// A format is a constraint: adding or changing it rejects old input; removing it from output lets
// readers receive values they cannot parse.
export const formatChanged = defineSchemaRule({
  suffix: 'format-changed',
  levels: { write: 'breaking', read: 'breaking' },
  reason: 'Values valid under the old format may be invalid under the new one.',
  check: ({ base, revision, direction }) => {
    const before = base.raw.format;
    const after = revision.raw.format;
    if (before === after) return [];
    const tighter = before !== undefined && after !== undefined;
    if (!tighter && (direction === 'write' ? after === undefined : before === undefined)) return [];
    return [{ detail: `format changed from ${String(before ?? 'none')} to ${String(after ?? 'none')}` }];
  },
});
