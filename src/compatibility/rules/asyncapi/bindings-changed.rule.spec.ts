import { diffRuleFixture, rendered } from '../../../../test/support/asyncapi-fixtures.js';

describe('bindings-changed', () => {
  it('fires on the breaking pair with exactly these changes', () => {
    const report = diffRuleFixture('bindings-changed', 'revision');
    expect(report.changes.map((c) => c.id)).toEqual(['bindings-changed']);
    expect(rendered(report, 'bindings-changed')).toEqual([
      { id: 'bindings-changed', level: 'warning', pointer: '/operations/sendAntragEingegangen/bindings', operation: 'send sendAntragEingegangen',
        message: "operation 'send sendAntragEingegangen' bindings changed" },
    ]);
    expect(report.breaking).toBe(false);
  });

  it('does not fire on the harmless neighbour', () => {
    const report = diffRuleFixture('bindings-changed', 'neighbour');
    expect(report.changes.map((c) => c.id)).toEqual([]);
    expect(report.breaking).toBe(false);
  });
});
