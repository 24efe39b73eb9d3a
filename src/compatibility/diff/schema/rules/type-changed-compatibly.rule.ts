import { defineSchemaRule } from '../types.js';
import { describeTypes, typeRelation } from './type-relation.js';

// Widening what a component accepts, or narrowing what it produces, keeps every client working.
export const typeChangedCompatibly = defineSchemaRule({
  suffix: 'type-changed-compatibly',
  levels: { write: 'info', read: 'info' },
  reason: 'Widening accepted input or narrowing produced output is safe.',
  check: ({ base, revision, direction }) => {
    const relation = typeRelation(base.types, revision.types);
    const safe = (direction === 'write' && relation === 'widened')
      || (direction === 'read' && relation === 'narrowed');
    if (!safe) return [];
    return [{ detail: `type changed from ${describeTypes(base.types)} to ${describeTypes(revision.types)}` }];
  },
});
