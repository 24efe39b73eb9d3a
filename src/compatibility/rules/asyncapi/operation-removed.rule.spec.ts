import { diffRuleFixture, rendered } from '../../../../test/support/asyncapi-fixtures.js';

describe('operation-removed', () => {
  it('fires on the breaking pair with exactly these changes', () => {
    const report = diffRuleFixture('operation-removed', 'revision');
    expect(report.changes.map((c) => c.id)).toEqual(['operation-removed']);
    expect(rendered(report, 'operation-removed')).toEqual([
      { id: 'operation-removed', level: 'breaking', pointer: '/operations/receiveBescheid', operation: 'receive receiveBescheid',
        message: "operation 'receive receiveBescheid' was removed" },
    ]);
    expect(report.breaking).toBe(true);
  });

  it('does not fire on the harmless neighbour', () => {
    const report = diffRuleFixture('operation-removed', 'neighbour');
    expect(report.changes.map((c) => c.id)).toEqual(['documentation-changed']);
    expect(report.breaking).toBe(false);
  });
});
