import { defineSchemaRule } from '../types.js';
import { enumOf } from './helpers.js';

// Dropping an enum lets readers receive values they never saw before.
export const enumRemoved = defineSchemaRule({
  suffix: 'enum-removed',
  levels: { write: 'info', read: 'warning' },
  reason: 'Readers may receive values outside the former list.',
  check: ({ base, revision }) => {
    if (!enumOf(base.raw) || enumOf(revision.raw)) return [];
    return [{ detail: 'enum restriction was removed' }];
  },
});
