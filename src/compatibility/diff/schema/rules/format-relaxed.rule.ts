import { defineSchemaRule } from '../types.js';

// Dropping a format from accepted input, or adding one to produced output, only adds certainty.
export const formatRelaxed = defineSchemaRule({
  suffix: 'format-relaxed',
  levels: { write: 'info', read: 'info' },
  reason: 'Fewer input constraints or more precise output are compatible.',
  check: ({ base, revision, direction }) => {
    const before = base.raw.format;
    const after = revision.raw.format;
    if (before === after || (before !== undefined && after !== undefined)) return [];
    if (direction === 'write' ? after !== undefined : before !== undefined) return [];
    return [{ detail: `format changed from ${String(before ?? 'none')} to ${String(after ?? 'none')}` }];
  },
});
