// Security schemes are compared by what they demand (type, location, scopes), not by their names.
// Adding security where there was none, or dropping an alternative a client uses, locks clients out.
import { both, change, defineAsyncApiRule } from './define-rule.js';
import { describe, missingIn, securitySites } from './security-sites.js';

export const securityRequirementsNarrowed = defineAsyncApiRule({
  id: 'security-requirements-narrowed', area: 'security', levels: both('breaking'),
  reason: 'clients authenticate with one of the alternatives that used to be accepted',
  check: (diff) => securitySites(diff).flatMap((s) => {
    if (s.revision.length === 0) return [];
    if (s.base.length === 0) {
      return [change(securityRequirementsNarrowed, s.flow, s.pointer,
        `${s.where} now requires security: ${describe(s.revision)}`, s.operation)];
    }
    const gone = missingIn(s.base, s.revision);
    return gone.length === 0 ? [] : [change(securityRequirementsNarrowed, s.flow, s.pointer,
      `${s.where} no longer accepts: ${describe(gone)}`, s.operation)];
  }),
});
