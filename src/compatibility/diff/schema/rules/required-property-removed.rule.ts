import { defineSchemaRule } from '../types.js';
import { prop, visibleProperties } from './helpers.js';

// Consumers rely on a required property being present; removing it breaks them.
export const requiredPropertyRemoved = defineSchemaRule({
  suffix: 'required-property-removed',
  levels: { write: 'warning', read: 'breaking' },
  reason: 'Readers rely on required properties being present.',
  check: ({ base, revision, direction }) => {
    if (direction === 'write') return [];
    return [...visibleProperties(base, direction).keys()]
      .filter((name) => base.required.has(name) && !revision.properties.has(name))
      .map((name) => ({ detail: `required property '${name}' was removed`, side: 'base', at: prop(name) }));
  },
});
