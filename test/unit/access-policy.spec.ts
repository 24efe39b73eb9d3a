import { decideAccess, type Principal } from '../../src/auth/domain/access-policy.js';

const token = (over: Partial<Principal>): Principal => ({ tokenId: 't', name: 'n', tokenName: 'n', role: 'USER', components: [], contracts: [], ...over });

describe('decideAccess', () => {
  it('lets anonymous callers read only when anonymous reads are on', () => {
    expect(decideAccess(null, 'read', {}, [], true)).toBe('allow');
    expect(decideAccess(null, 'read', {}, [], false)).toBe('unauthenticated');
    expect(decideAccess(null, 'publish', { component: 'a' }, [], true)).toBe('unauthenticated');
  });

  it('scopes PUBLISHER tokens to components and optionally contracts', () => {
    const ci = token({ role: 'PUBLISHER', components: ['a'] });
    expect(decideAccess(ci, 'publish', { component: 'a', contract: 'x' }, [], true)).toBe('allow');
    expect(decideAccess(ci, 'publish', { component: 'b', contract: 'x' }, [], true)).toBe('forbidden');
    const narrow = token({ role: 'PUBLISHER', components: ['a'], contracts: ['x'] });
    expect(decideAccess(narrow, 'publish', { component: 'a', contract: 'y' }, [], true)).toBe('forbidden');
    expect(decideAccess(ci, 'manage-component', { component: 'a' }, ['PLATFORM_OWNER'], true)).toBe('forbidden');
  });

  it('maps component roles to rights', () => {
    const u = token({});
    expect(decideAccess(u, 'publish', { component: 'a' }, ['OPERATOR'], true)).toBe('allow');
    expect(decideAccess(u, 'publish', { component: 'a' }, ['PROCEDURE_OWNER'], true)).toBe('forbidden');
    expect(decideAccess(u, 'manage-roles', { component: 'a' }, ['PLATFORM_OWNER'], true)).toBe('allow');
    expect(decideAccess(u, 'manage-component', { component: 'a' }, ['OPERATOR'], true)).toBe('forbidden');
    expect(decideAccess(u, 'read-audit', { component: 'a' }, ['PROCEDURE_OWNER'], true)).toBe('allow');
    expect(decideAccess(u, 'read-audit', {}, ['PLATFORM_OWNER'], true)).toBe('forbidden');
    expect(decideAccess(u, 'create-component', {}, ['PLATFORM_OWNER'], true)).toBe('forbidden');
    expect(decideAccess(token({ role: 'ADMIN' }), 'create-component', {}, [], true)).toBe('allow');
  });
});
