import { diffRuleFixture, rendered } from '../../../../test/support/asyncapi-fixtures.js';

describe('message-content-type-changed', () => {
  it('fires on the breaking pair with exactly these changes', () => {
    const report = diffRuleFixture('message-content-type-changed', 'revision');
    expect(report.changes.map((c) => c.id)).toEqual(['message-content-type-changed']);
    expect(rendered(report, 'message-content-type-changed')).toEqual([
      { id: 'message-content-type-changed', level: 'breaking', pointer: '/components/messages/AntragEingegangen/contentType', operation: 'send sendAntragEingegangen',
        message: "message 'antragEingegangen' content type changed from 'application/json' to 'application/xml'" },
    ]);
    expect(report.breaking).toBe(true);
  });

  it('does not fire on the harmless neighbour', () => {
    const report = diffRuleFixture('message-content-type-changed', 'neighbour');
    expect(report.changes.map((c) => c.id)).toEqual([]);
    expect(report.breaking).toBe(false);
  });
});
