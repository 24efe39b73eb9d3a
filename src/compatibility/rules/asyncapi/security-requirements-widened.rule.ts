// New alternatives, or dropping security altogether, still accept every old client.
import { both, change, defineAsyncApiRule } from './define-rule.js';
import { describe, missingIn, securitySites } from './security-sites.js';

export const securityRequirementsWidened = defineAsyncApiRule({
  id: 'security-requirements-widened', area: 'security', levels: both('info'),
  reason: 'every client accepted before is still accepted',
  check: (diff) => securitySites(diff).flatMap((s) => {
    if (s.base.length === 0) return [];
    if (s.revision.length === 0) {
      return [change(securityRequirementsWidened, s.flow, s.pointer, `${s.where} no longer requires security`, s.operation)];
    }
    const added = missingIn(s.revision, s.base);
    return added.length === 0 || missingIn(s.base, s.revision).length > 0 ? [] : [change(securityRequirementsWidened,
      s.flow, s.pointer, `${s.where} also accepts: ${describe(added)}`, s.operation)];
  }),
});
