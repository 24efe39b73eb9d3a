import { diffRuleFixture, rendered } from '../../../../test/support/asyncapi-fixtures.js';

describe('message-payload-not-compared', () => {
  it('fires on the breaking pair with exactly these changes', () => {
    const report = diffRuleFixture('message-payload-not-compared', 'revision');
    expect(report.changes.map((c) => c.id)).toEqual(['message-payload-not-compared']);
    expect(rendered(report, 'message-payload-not-compared')).toEqual([
      { id: 'message-payload-not-compared', level: 'warning', pointer: '/components/messages/BescheidErstellt/payload/schema', operation: 'receive receiveBescheid',
        message: "payload of message 'bescheidErstellt' changed but was not compared (schema format 'application/vnd.apache.avro;version=1.9.0' is not supported)" },
    ]);
    expect(report.breaking).toBe(false);
  });

  it('does not fire on the harmless neighbour', () => {
    const report = diffRuleFixture('message-payload-not-compared', 'neighbour');
    expect(report.changes.map((c) => c.id)).toEqual(['documentation-changed']);
    expect(report.breaking).toBe(false);
  });
});
