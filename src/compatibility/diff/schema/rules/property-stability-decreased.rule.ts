import { defineSchemaRule } from '../types.js';
import { extensionText, STABILITY_ORDER } from './deprecation.js';
import { prop } from './helpers.js';

// x-stability-level on a property is the same promise as on an operation (stability-decreased):
// going from stable back to beta or draft withdraws it for everyone using the property.
export const propertyStabilityDecreased = defineSchemaRule({
  suffix: 'property-stability-decreased',
  levels: { write: 'breaking', read: 'breaking' },
  reason: 'Clients built on the promised stability lose it.',
  check: ({ base, revision }) =>
    [...revision.properties].flatMap(([name, schema]) => {
      const was = extensionText(base.properties.get(name), 'x-stability-level');
      if (was === undefined || !base.properties.has(name)) return [];
      const now = extensionText(schema, 'x-stability-level') ?? 'stable';
      const before = STABILITY_ORDER.indexOf(was);
      const after = STABILITY_ORDER.indexOf(now);
      if (before < 0 || after < 0 || after >= before) return [];
      return [{ detail: `stability of property '${name}' decreased from ${was} to ${now}`, at: `${prop(name)}/x-stability-level` }];
    }),
});
