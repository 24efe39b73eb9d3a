import { DomainError } from '../errors/domain-error.js';

/**
 * Bytes one GraphQL request may put into its answer through document-sized fields. Resolvers charge
 * the stored size of a version *before* loading it; once the budget is spent every further charge
 * fails at once (nothing more is loaded) and the request plugin replaces the whole answer with one
 * QUERY_TOO_COMPLEX error, so no partial giant response is built or sent.
 */
export class ResponseBudget {
  private spent = 0;
  private readonly once = new Set<string>();
  exceeded = false;

  constructor(readonly limitBytes: number) {}

  charge(bytes: number, what: string): void {
    if (!this.exceeded) {
      // Every version row the resolvers see carries sizeBytes; a missing one must not poison the sum.
      this.spent += Number.isFinite(bytes) ? Math.max(0, bytes) : 0;
      if (this.spent <= this.limitBytes) return;
      this.exceeded = true;
    }
    throw this.error(what);
  }

  /** Charges `bytes` the first time `key` is seen in this request (e.g. loading one full row). */
  chargeOnce(key: string, bytes: number, what: string): void {
    if (this.once.has(key) && !this.exceeded) return;
    this.once.add(key);
    this.charge(bytes, what);
  }

  error(what = 'documents'): DomainError {
    const message = `the answer would exceed the response budget of ${this.limitBytes} bytes (${what}); ask for fewer versions or documents per request`;
    return new DomainError('QUERY_TOO_COMPLEX', message, [{ message, pointer: '/query' }], { budgetBytes: this.limitBytes });
  }
}
