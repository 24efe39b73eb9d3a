import { diffRuleFixture, rendered } from '../../../../test/support/asyncapi-fixtures.js';

describe('operation-action-changed', () => {
  it('fires on the breaking pair with exactly these changes', () => {
    const report = diffRuleFixture('operation-action-changed', 'revision');
    expect(report.changes.map((c) => c.id)).toEqual(['operation-action-changed']);
    expect(rendered(report, 'operation-action-changed')).toEqual([
      { id: 'operation-action-changed', level: 'breaking', pointer: '/operations/receiveBescheid', operation: 'send receiveBescheid',
        message: "operation 'receive receiveBescheid' changed action from 'receive' to 'send'" },
    ]);
    expect(report.breaking).toBe(true);
  });

  it('does not fire on the harmless neighbour', () => {
    const report = diffRuleFixture('operation-action-changed', 'neighbour');
    expect(report.changes.map((c) => c.id)).toEqual(['documentation-changed']);
    expect(report.breaking).toBe(false);
  });
});
