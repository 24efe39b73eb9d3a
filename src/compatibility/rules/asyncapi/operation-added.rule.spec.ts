import { diffRuleFixture, rendered } from '../../../../test/support/asyncapi-fixtures.js';

describe('operation-added', () => {
  it('fires on the breaking pair with exactly these changes', () => {
    const report = diffRuleFixture('operation-added', 'revision');
    expect(report.changes.map((c) => c.id)).toEqual(['operation-added']);
    expect(rendered(report, 'operation-added')).toEqual([
      { id: 'operation-added', level: 'info', pointer: '/operations/sendStatus', operation: 'send sendStatus',
        message: "operation 'send sendStatus' was added" },
    ]);
    expect(report.breaking).toBe(false);
  });

  it('does not fire on the harmless neighbour', () => {
    const report = diffRuleFixture('operation-added', 'neighbour');
    expect(report.changes.map((c) => c.id)).toEqual(['documentation-changed']);
    expect(report.breaking).toBe(false);
  });
});
