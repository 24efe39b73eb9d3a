import { DomainError } from '../errors/domain-error.js';
import { ResponseBudget } from './response-budget.js';

describe('ResponseBudget', () => {
  it('allows charges up to the limit, then fails every further charge with QUERY_TOO_COMPLEX', () => {
    const b = new ResponseBudget(100);
    b.charge(60, 'document');
    b.charge(40, 'document');
    expect(b.exceeded).toBe(false);
    expect(() => b.charge(1, 'document')).toThrow(DomainError);
    expect(b.exceeded).toBe(true);
    expect(() => b.charge(0, 'document')).toThrow(/response budget of 100 bytes/);
  });

  it('charges a key once (one full row per version and request)', () => {
    const b = new ResponseBudget(100);
    b.chargeOnce('row:1', 80, 'changelog');
    b.chargeOnce('row:1', 80, 'compatibilityReport');
    expect(b.exceeded).toBe(false);
    expect(() => b.chargeOnce('row:2', 80, 'changelog')).toThrow(DomainError);
  });
});
