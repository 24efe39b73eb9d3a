import { diffRuleFixture, rendered } from '../../../../test/support/asyncapi-fixtures.js';

describe('message-removed', () => {
  it('fires on the breaking pair with exactly these changes', () => {
    const report = diffRuleFixture('message-removed', 'revision');
    expect(report.changes.map((c) => c.id)).toEqual(['message-removed']);
    expect(rendered(report, 'message-removed')).toEqual([
      { id: 'message-removed', level: 'breaking', pointer: '/components/messages/AntragZurueckgezogen', operation: 'send sendAntragEingegangen',
        message: "message 'antragZurueckgezogen' was removed from 'send sendAntragEingegangen'" },
    ]);
    expect(report.breaking).toBe(true);
  });

  it('does not fire on the harmless neighbour', () => {
    const report = diffRuleFixture('message-removed', 'neighbour');
    expect(report.changes.map((c) => c.id)).toEqual(['documentation-changed']);
    expect(report.breaking).toBe(false);
  });
});
