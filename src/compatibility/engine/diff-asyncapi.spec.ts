import { AsyncApiInputError, diffAsyncApi } from './diff-asyncapi.js';
import { normalizeAsyncApi } from '../diff/asyncapi/normalize.js';

const payload = { type: 'object', required: ['id'], properties: { id: { type: 'string' }, note: { type: 'string' } } };

// The same API in 2.6 and 3.0: the component sends `antrag/eingegangen` and receives `bescheid`.
const v2 = {
  asyncapi: '2.6.0', info: { title: 'A', version: '1' },
  channels: {
    'antrag/eingegangen': { subscribe: { operationId: 'sendAntrag', message: { $ref: '#/components/messages/Antrag' } } },
    bescheid: { publish: { operationId: 'receiveBescheid', message: { $ref: '#/components/messages/Bescheid' } } },
  },
  components: {
    messages: {
      Antrag: { payload: { $ref: '#/components/schemas/Antrag' }, correlationId: { location: '$message.header#/cid' } },
      Bescheid: { payload: { $ref: '#/components/schemas/Antrag' }, correlationId: { location: '$message.header#/cid' } },
    },
    schemas: { Antrag: payload },
  },
};
const v3 = {
  asyncapi: '3.0.0', info: { title: 'A', version: '1' },
  channels: {
    antrag: { address: 'antrag/eingegangen', messages: { Antrag: { $ref: '#/components/messages/Antrag' } } },
    bescheid: { address: 'bescheid', messages: { Bescheid: { $ref: '#/components/messages/Bescheid' } } },
  },
  operations: {
    sendAntrag: { action: 'send', channel: { $ref: '#/channels/antrag' }, messages: [{ $ref: '#/channels/antrag/messages/Antrag' }] },
    receiveBescheid: { action: 'receive', channel: { $ref: '#/channels/bescheid' } },
  },
  components: v2.components,
};
const clone = <T>(x: T): T => structuredClone(x);
const ids = (base: unknown, revision: unknown): string[] => diffAsyncApi(base, revision).changes.map((c) => c.id);

describe('AsyncAPI direction mapping', () => {
  it('maps 2.x subscribe to send (read) and publish to receive (write)', () => {
    const ops = [...normalizeAsyncApi(v2).operations.values()].map((o) => [o.label, o.action, o.flow]);
    expect(ops).toEqual([['send sendAntrag', 'send', 'read'], ['receive receiveBescheid', 'receive', 'write']]);
  });

  it('reports no change between the 2.6 and 3.0 spelling of the same API, either way', () => {
    expect(ids(v2, v3)).toEqual([]);
    expect(ids(v3, v2)).toEqual([]);
  });

  it('judges the same payload change by direction: a removed required property breaks consumers only', () => {
    const rev = clone(v3);
    (rev.components.schemas as Record<string, unknown>).Antrag = { ...payload, required: [], properties: { note: { type: 'string' } } };
    const r = diffAsyncApi(v3, rev);
    // One shared schema, reached by a sent and a received message: both directions are reported.
    expect(r.changes.map((c) => [c.id, c.level, c.operation])).toEqual([
      ['message-payload-required-property-removed', 'breaking', 'send sendAntrag'],
      ['message-payload-property-removed', 'warning', 'receive receiveBescheid'],
    ]);
  });

  it('reports a 2.x subscribe → publish flip as operation-action-changed', () => {
    const rev = clone(v2) as Record<string, unknown> & typeof v2;
    const ch = rev.channels['antrag/eingegangen'] as Record<string, unknown>;
    ch.publish = ch.subscribe;
    delete ch.subscribe;
    expect(ids(v2, rev)).toEqual(['operation-action-changed']);
  });

  it('levels message-added by direction: warning when sent, info when received', () => {
    const rev = clone(v3);
    const extra = { $ref: '#/components/messages/Antrag' };
    (rev.channels.bescheid.messages as Record<string, unknown>).Extra = extra;
    (rev.channels.antrag.messages as Record<string, unknown>).Extra = extra;
    rev.operations.sendAntrag.messages.push({ $ref: '#/channels/antrag/messages/Extra' });
    expect(diffAsyncApi(v3, rev).changes.map((c) => [c.id, c.level, c.operation])).toEqual([
      ['message-added', 'warning', 'send sendAntrag'],
      ['message-added', 'info', 'receive receiveBescheid'],
    ]);
  });

  it('levels a removed correlation id: breaking when sent, warning when received', () => {
    const rev = clone(v3);
    rev.components.messages = {
      Antrag: { payload: { $ref: '#/components/schemas/Antrag' } },
      Bescheid: { payload: { $ref: '#/components/schemas/Antrag' } },
    } as typeof v3.components.messages;
    expect(diffAsyncApi(v3, rev).changes.map((c) => [c.id, c.level])).toEqual([
      ['message-correlation-id-changed', 'breaking'],
      ['message-correlation-id-changed', 'warning'],
    ]);
  });
});

describe('AsyncAPI references and formats', () => {
  const circular = (leaf: string) => ({
    asyncapi: '3.0.0', info: { title: 'T', version: '1' },
    channels: { tree: { address: 'tree', messages: { Node: { payload: { $ref: '#/components/schemas/Node' } } } } },
    operations: { sendTree: { action: 'send', channel: { $ref: '#/channels/tree' } } },
    components: { schemas: { Node: { type: 'object', properties: { [leaf]: { type: 'string' }, children: { type: 'array', items: { $ref: '#/components/schemas/Node' } } } } } },
  });

  it('terminates on circular schemas and still finds changes inside them', () => {
    expect(ids(circular('name'), circular('name'))).toEqual([]);
    expect(ids(circular('name'), circular('label'))).toEqual(['message-payload-property-removed', 'message-payload-property-added']);
  });

  it('keeps unchanged non-JSON-schema payloads silent and warns once when they change', () => {
    const avro = (t: string) => ({
      asyncapi: '2.6.0', info: { title: 'T', version: '1' },
      channels: { a: { subscribe: { message: { schemaFormat: 'application/vnd.apache.avro;version=1.9.0', payload: { type: 'record', name: 'A', fields: [{ name: 'x', type: t }] } } } } },
    });
    expect(ids(avro('int'), avro('int'))).toEqual([]);
    expect(diffAsyncApi(avro('int'), avro('long')).changes.map((c) => [c.id, c.level])).toEqual([['message-payload-not-compared', 'warning']]);
  });

  it('compares OpenAPI-format payloads with the schema rules', () => {
    const oas = (type: string) => ({
      asyncapi: '3.0.0', info: { title: 'T', version: '1' },
      channels: { a: { address: 'a', messages: { M: { payload: { schemaFormat: 'application/vnd.oai.openapi;version=3.0.0', schema: { type: 'object', properties: { x: { type, nullable: true } } } } } } } },
      operations: { s: { action: 'send', channel: { $ref: '#/channels/a' } } },
    });
    expect(ids(oas('string'), oas('integer'))).toEqual(['message-payload-type-changed']);
  });

  it('rejects AsyncAPI 1.x and non-AsyncAPI input', () => {
    expect(() => diffAsyncApi({ asyncapi: '1.2.0' }, v3)).toThrow(AsyncApiInputError);
    expect(() => diffAsyncApi({ openapi: '3.1.0' }, v3)).toThrow('not an AsyncAPI document');
  });
});
