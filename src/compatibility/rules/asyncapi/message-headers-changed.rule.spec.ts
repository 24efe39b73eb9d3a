import { diffRuleFixture, rendered } from '../../../../test/support/asyncapi-fixtures.js';

describe('message-headers', () => {
  it('fires on the breaking pair with exactly these changes', () => {
    const report = diffRuleFixture('message-headers', 'revision');
    expect(report.changes.map((c) => c.id)).toEqual(['message-headers-property-removed']);
    expect(rendered(report, 'message-headers')).toEqual([
      { id: 'message-headers-property-removed', level: 'warning', pointer: '/components/messages/AntragEingegangen/headers/properties/correlationId', operation: 'send sendAntragEingegangen',
        message: "headers of message 'antragEingegangen': property 'correlationId' was removed" },
    ]);
    expect(report.breaking).toBe(false);
  });

  it('does not fire on the harmless neighbour', () => {
    const report = diffRuleFixture('message-headers', 'neighbour');
    expect(report.changes.map((c) => c.id)).toEqual(['message-headers-property-added']);
    expect(report.breaking).toBe(false);
  });
});
