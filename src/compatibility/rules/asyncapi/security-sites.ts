// Where security requirements sit: on servers and on operations. Shared by the two security rules.
import type { AsyncApiDiff } from '../../diff/asyncapi/build-diff.js';
import type { Flow, NSecurityAlternative } from '../../diff/asyncapi/model.js';

export interface SecuritySite {
  where: string;
  pointer: string;
  flow?: Flow;
  operation?: string;
  base: NSecurityAlternative[];
  revision: NSecurityAlternative[];
}

export function securitySites(diff: AsyncApiDiff): SecuritySite[] {
  const servers = diff.servers.modified.map(({ base, revision }) => ({
    where: `server '${revision.name}'`, pointer: `${revision.pointer}/security`,
    base: base.security ?? [], revision: revision.security ?? [],
  }));
  const ops = diff.operations.modified.map(({ base, revision }) => ({
    where: `operation '${revision.label}'`, pointer: `${revision.pointer}/security`, flow: base.flow,
    operation: revision.label, base: base.security ?? [], revision: revision.security ?? [],
  }));
  return [...servers, ...ops];
}

const same = (a: NSecurityAlternative, b: NSecurityAlternative): boolean => a.join('\n') === b.join('\n');

/** Alternatives of `from` that `to` does not offer. */
export const missingIn = (from: NSecurityAlternative[], to: NSecurityAlternative[]): NSecurityAlternative[] =>
  from.filter((a) => !to.some((b) => same(a, b)));

export const describe = (alts: NSecurityAlternative[]): string =>
  alts.map((a) => a.map((s) => s.replace(/\|+/g, ' ').trim()).join(' + ')).join('; ');
