import { defineSchemaRule } from '../types.js';
import { extensionText, isSunsetDate } from './deprecation.js';
import { flagOf, prop } from './helpers.js';

// A property sunset that is not a date cannot be planned for by readers or senders, nor checked by
// the removal policy (operation-sunset-invalid, at property level). Reported when it is introduced.
export const propertySunsetInvalid = defineSchemaRule({
  suffix: 'property-sunset-invalid',
  levels: { write: 'breaking', read: 'breaking' },
  reason: 'Clients cannot plan for a sunset that is not a date.',
  check: ({ base, revision }) =>
    [...revision.properties].flatMap(([name, schema]) => {
      const sunset = extensionText(schema, 'x-sunset');
      if (!flagOf(schema, 'deprecated') || sunset === undefined || isSunsetDate(sunset)) return [];
      if (extensionText(base.properties.get(name), 'x-sunset') === sunset) return [];
      return [{ detail: `sunset '${sunset}' of property '${name}' is not a date`, at: `${prop(name)}/x-sunset` }];
    }),
});
