import type { Principal } from './access-policy.js';
import { clampExpiry, derivedOwner, mayRevoke, type RevocableToken } from './token-policy.js';

const user: Principal = { tokenId: 'u1', name: 'erika', tokenName: 'laptop', role: 'USER', components: [], contracts: [] };
const ci = (over: Partial<RevocableToken> = {}): RevocableToken => ({ id: 't1', role: 'PUBLISHER', scopeComponents: ['a'], createdByTokenId: 'admin-1', ...over });

describe('mayRevoke', () => {
  it('lets ADMIN revoke anything and PUBLISHER nothing', () => {
    expect(mayRevoke({ ...user, role: 'ADMIN' }, ci({ role: 'ADMIN' }), false)).toBe(true);
    expect(mayRevoke({ ...user, role: 'PUBLISHER' }, ci({ id: 'u1' }), true)).toBe(false);
  });

  it('lets a USER revoke itself and its children by id, never by name', () => {
    expect(mayRevoke(user, ci({ id: 'u1', role: 'USER' }), false)).toBe(true);
    expect(mayRevoke(user, ci({ role: 'USER', createdByTokenId: 'u1' }), false)).toBe(true);
    expect(mayRevoke(user, ci({ role: 'USER', createdByTokenId: 'someone-else' }), false)).toBe(false);
    expect(mayRevoke({ ...user, tokenId: '' }, ci({ role: 'USER', createdByTokenId: null }), false)).toBe(false);
  });

  it('lets a PLATFORM_OWNER of the whole scope revoke PUBLISHER tokens only', () => {
    expect(mayRevoke(user, ci(), true)).toBe(true);
    expect(mayRevoke(user, ci(), false)).toBe(false);
    expect(mayRevoke(user, ci({ role: 'ADMIN', scopeComponents: [] }), true)).toBe(false);
  });
});

describe('derivedOwner', () => {
  it('names CI tokens after their creator and keeps USER tokens on the creator', () => {
    expect(derivedOwner(user, 'PUBLISHER', 'gitlab')).toBe('ci:erika/gitlab');
    expect(derivedOwner(user, 'USER', 'script')).toBe('erika');
  });
});

describe('clampExpiry', () => {
  const now = new Date('2026-12-04T00:00:00Z');
  const days = (n: number) => new Date(now.getTime() + n * 86_400_000);
  it('defaults to the maximum, clamps longer requests and keeps shorter ones', () => {
    expect(clampExpiry(null, now, 365, null)).toEqual(days(365));
    expect(clampExpiry(days(400), now, 365, null)).toEqual(days(365));
    expect(clampExpiry(days(10), now, 365, null)).toEqual(days(10));
  });
  it('never outlives the parent', () => {
    expect(clampExpiry(days(30), now, 365, days(2))).toEqual(days(2));
    expect(clampExpiry(null, now, 365, days(2))).toEqual(days(2));
  });
});
