import type { OpenApiDiff } from '../../diff/openapi/build-openapi-diff.js';
import { defineRule } from '../../engine/define-rule.js';

const norm = (url: string): string => url.replace(/\/+$/, '');

// A new server is an addition.
export const serverAdded = defineRule<OpenApiDiff>({
  id: 'server-added', level: 'info', direction: 'none', area: 'servers',
  reason: 'Additions are compatible.',
  check: (diff) => diff.revision.servers
    .filter((url) => !diff.base.servers.map(norm).includes(norm(url)))
    .map((url) => ({ pointer: '/servers', message: `server '${url}' was added` })),
});
