import { defineSchemaRule } from '../types.js';
import { describeTypes, typeRelation } from './type-relation.js';

// A sender's values must still be accepted (so a write schema may only widen) and a reader must
// still understand every value (so a read schema may only narrow). Anything else breaks.
export const typeChanged = defineSchemaRule({
  suffix: 'type-changed',
  levels: { write: 'breaking', read: 'breaking' },
  reason: 'Values of the old type are rejected, or readers get values of a type they do not know.',
  check: ({ base, revision, direction }) => {
    const relation = typeRelation(base.types, revision.types);
    const breaks = relation === 'changed'
      || (direction === 'write' && relation === 'narrowed')
      || (direction === 'read' && relation === 'widened');
    if (!breaks) return [];
    return [{ detail: `type changed from ${describeTypes(base.types)} to ${describeTypes(revision.types)}` }];
  },
});
