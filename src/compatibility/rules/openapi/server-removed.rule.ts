import type { OpenApiDiff } from '../../diff/openapi/build-openapi-diff.js';
import { defineRule } from '../../engine/define-rule.js';

const norm = (url: string): string => url.replace(/\/+$/, '');

// Clients configured with the old server URL must be reconfigured: deployment, not wire format.
export const serverRemoved = defineRule<OpenApiDiff>({
  id: 'server-removed', level: 'warning', direction: 'none', area: 'servers',
  reason: 'Clients configured for that server must move.',
  check: (diff) => diff.base.servers
    .filter((url) => !diff.revision.servers.map(norm).includes(norm(url)))
    .map((url) => ({ pointer: '/servers', message: `server '${url}' was removed` })),
});
