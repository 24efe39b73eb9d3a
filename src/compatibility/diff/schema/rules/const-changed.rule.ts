import { defineSchemaRule } from '../types.js';
import { sameJson, show } from './helpers.js';

// const pins one value: changing it breaks both sides; adding it restricts senders; removing it
// surprises readers.
export const constChanged = defineSchemaRule({
  suffix: 'const-changed',
  levels: { write: 'breaking', read: 'breaking' },
  reason: 'The single allowed value changed.',
  check: ({ base, revision, direction }) => {
    const before = base.raw.const;
    const after = revision.raw.const;
    if (sameJson(before, after)) return [];
    if (before !== undefined && after !== undefined) {
      return [{ detail: `const changed from ${show(before)} to ${show(after)}` }];
    }
    if (direction === 'write' && after !== undefined) return [{ detail: `const ${show(after)} was added` }];
    if (direction === 'read' && before !== undefined) return [{ detail: `const ${show(before)} was removed` }];
    return [];
  },
});
