import { defineSchemaRule } from '../types.js';
import { extensionText, STABILITY_ORDER } from './deprecation.js';
import { prop } from './helpers.js';

// An unknown x-stability-level on a property makes its stability promise unreadable for clients and
// for policy (stability-level-invalid, at property level). Reported when it is introduced.
export const propertyStabilityInvalid = defineSchemaRule({
  suffix: 'property-stability-invalid',
  levels: { write: 'breaking', read: 'breaking' },
  reason: 'The stability promise cannot be read.',
  check: ({ base, revision }) =>
    [...revision.properties].flatMap(([name, schema]) => {
      const level = extensionText(schema, 'x-stability-level');
      if (level === undefined || STABILITY_ORDER.includes(level)) return [];
      if (extensionText(base.properties.get(name), 'x-stability-level') === level) return [];
      return [{ detail: `x-stability-level '${level}' of property '${name}' is not one of ${STABILITY_ORDER.join(', ')}`, at: `${prop(name)}/x-stability-level` }];
    }),
});
