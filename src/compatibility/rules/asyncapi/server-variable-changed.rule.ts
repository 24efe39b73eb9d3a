// Server variables (port, region …) fill in the host; removing allowed values or the variable
// itself breaks clients configured with them.
import type { Change } from '../../engine/change.js';
import { both, change, defineAsyncApiRule } from './define-rule.js';

export const serverVariableChanged = defineAsyncApiRule({
  id: 'server-variable-changed', area: 'servers', levels: both('breaking'),
  reason: 'clients fill server variables with the values the contract allowed',
  check: (diff) => diff.servers.modified.flatMap(({ base: b, revision: r }): Change[] =>
    Object.entries(b.variables).flatMap(([name, bv]): Change[] => {
      const rv = r.variables[name];
      if (!rv) return [];
      const gone = rv.enum ? (bv.enum ?? ['(any value)']).filter((v) => !rv.enum?.includes(v)) : [];
      return gone.length === 0 ? [] : [change(serverVariableChanged, undefined, `${rv.pointer}/enum`,
        `server '${r.name}' variable '${name}' no longer allows ${gone.map((v) => `'${v}'`).join(', ')}`)];
    })),
});
