import { defineSchemaRule } from '../types.js';

// Documentation only: reported so changelogs can mention it.
export const descriptionChanged = defineSchemaRule({
  suffix: 'description-changed',
  levels: { write: 'info', read: 'info' },
  reason: 'Documentation only.',
  check: ({ base, revision }) =>
    base.raw.description !== revision.raw.description && (base.raw.description !== undefined || revision.raw.description !== undefined)
      ? [{ detail: 'description changed' }]
      : [],
});
