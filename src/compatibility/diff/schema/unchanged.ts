// Deep equality of raw schema subtrees between the two documents, `$ref`s compared as written.
// Between two versions of a large API most schema nodes are untouched; the comparer uses this to
// skip the rules on such nodes (and the whole walk when no `$ref` is inside). Exact, memoized.

export type Sameness = 'different' | 'same' | 'same-with-refs';

export class UnchangedSchemas {
  // Each base node is nearly always compared with one revision node, so one entry per base node.
  private readonly memo = new WeakMap<object, { revision: object; result: Sameness }>();

  compare(base: unknown, revision: unknown): Sameness {
    if (typeof base !== 'object' || base === null || typeof revision !== 'object' || revision === null) {
      return base === revision ? 'same' : 'different';
    }
    const known = this.memo.get(base);
    if (known !== undefined && known.revision === revision) return known.result;
    const result = this.compareObjects(base, revision);
    this.memo.set(base, { revision, result });
    return result;
  }

  private compareObjects(base: object, revision: object): Sameness {
    if (Array.isArray(base) !== Array.isArray(revision)) return 'different';
    let refs = false;
    if (Array.isArray(base)) {
      const other = revision as unknown[];
      if (base.length !== other.length) return 'different';
      for (let i = 0; i < base.length; i++) {
        const s = this.compare(base[i], other[i]);
        if (s === 'different') return s;
        refs ||= s === 'same-with-refs';
      }
      return refs ? 'same-with-refs' : 'same';
    }
    const a = base as Record<string, unknown>;
    const b = revision as Record<string, unknown>;
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return 'different';
    for (const key of keys) {
      if (!Object.hasOwn(b, key)) return 'different';
      const s = this.compare(a[key], b[key]);
      if (s === 'different') return s;
      refs ||= s === 'same-with-refs' || (key === '$ref' && typeof a[key] === 'string');
    }
    return refs ? 'same-with-refs' : 'same';
  }
}
