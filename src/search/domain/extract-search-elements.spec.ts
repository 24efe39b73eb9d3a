import { extractSearchElements, MAX_ELEMENTS_PER_VERSION, type SearchElement } from './extract-search-elements.js';

const labels = (els: SearchElement[]) => els.map((e) => `${e.kind} ${e.label}`);

describe('extractSearchElements', () => {
  it('reads an OpenAPI 3.x document: info, tags, servers, operations, schemas with properties, security schemes', () => {
    const sut = extractSearchElements({
      openapi: '3.1.0',
      info: { title: 'Antragsdienst', description: 'Anträge einreichen', version: '1' },
      tags: [{ name: 'Anträge', description: 'alles zu Anträgen' }],
      servers: [{ url: 'https://antrag.example.de', description: 'Produktion' }],
      paths: {
        '/antraege': { post: { operationId: 'antragEinreichen', summary: 'Antrag einreichen', description: 'lang', tags: ['Anträge'] }, parameters: [] },
        '/antraege/{id}': { get: { summary: 'Antrag abrufen' } },
      },
      components: {
        schemas: { Antrag: { type: 'object', properties: { antragId: {}, status: {} }, allOf: [{ properties: { eingereichtAm: {} } }] } },
        securitySchemes: { eudiWallet: { type: 'openIdConnect', description: 'EUDI Wallet' } },
      },
    });
    expect(labels(sut)).toEqual([
      'INFO Antragsdienst', 'SERVER https://antrag.example.de', 'OPERATION POST /antraege', 'OPERATION GET /antraege/{id}',
      'SCHEMA Antrag', 'SECURITY_SCHEME eudiWallet',
    ]);
    expect(sut[0].text).toEqual({ A: ['Antragsdienst'], B: ['Anträge'], C: ['Anträge einreichen', 'alles zu Anträgen'], D: [] });
    expect(sut[2]).toMatchObject({ method: 'POST', path: '/antraege', text: { A: ['/antraege', 'antragEinreichen'], B: ['Antrag einreichen', 'Anträge'], C: ['lang'] } });
    expect(sut[4].text.D).toEqual(['antragId', 'status', 'eingereichtAm']);
    expect(sut[5].text).toMatchObject({ A: ['eudiWallet'], B: ['openIdConnect'], C: ['EUDI Wallet'] });
  });

  it('reads a Swagger 2.0 document: host, definitions and securityDefinitions', () => {
    const sut = extractSearchElements({
      swagger: '2.0', info: { title: 'Warn' }, host: 'warn.example.de', basePath: '/v1',
      paths: { '/warnings': { get: { operationId: 'getWarnings' } } },
      definitions: { Warning: { properties: { severity: {} } } },
      securityDefinitions: { apiKey: { type: 'apiKey', in: 'header' } },
    });
    expect(labels(sut)).toEqual(['INFO Warn', 'SERVER warn.example.de/v1', 'OPERATION GET /warnings', 'SCHEMA Warning', 'SECURITY_SCHEME apiKey']);
  });

  it('reads an AsyncAPI 2.x document: channels, publish/subscribe operations, inline, oneOf and component messages', () => {
    const sut = extractSearchElements({
      asyncapi: '2.6.0', info: { title: 'Zahlung' },
      servers: { prod: { url: 'mqtt://broker.example.de', protocol: 'mqtt' } },
      channels: {
        'payments/received': {
          description: 'Zahlungseingänge',
          subscribe: { operationId: 'onPaymentReceived', summary: 'received', message: { name: 'PaymentReceived', payload: { properties: { amount: {} } } } },
        },
        'payments/refunded': { publish: { message: { oneOf: [{ $ref: '#/components/messages/Refund' }] } } },
      },
      components: { messages: { Refund: { summary: 'Erstattung' } } },
    });
    expect(labels(sut)).toEqual([
      'INFO Zahlung', 'SERVER prod mqtt://broker.example.de', 'CHANNEL payments/received', 'OPERATION SEND payments/received',
      'MESSAGE PaymentReceived', 'CHANNEL payments/refunded', 'OPERATION RECEIVE payments/refunded', 'MESSAGE Refund',
    ]);
    expect(sut.find((e) => e.label === 'PaymentReceived')?.text.D).toEqual(['amount']);
  });

  it('reads an AsyncAPI 3.0 document: channel addresses, operations resolved to addresses, referenced messages', () => {
    const sut = extractSearchElements({
      asyncapi: '3.0.0', info: { title: 'Antragsereignisse' },
      servers: { prod: { host: 'kafka.example.de', protocol: 'kafka' } },
      channels: { antragStatus: { address: 'antraege/{id}/status', messages: { Status: { $ref: '#/components/messages/AntragStatusGeaendert' } } } },
      operations: { sendeStatus: { action: 'send', channel: { $ref: '#/channels/antragStatus' }, summary: 'meldet Status' } },
      components: { messages: { AntragStatusGeaendert: { summary: 'Status geändert', payload: { properties: { neuerStatus: {} } } } } },
    });
    expect(labels(sut)).toEqual([
      'INFO Antragsereignisse', 'SERVER prod kafka.example.de', 'CHANNEL antraege/{id}/status', 'OPERATION SEND antraege/{id}/status', 'MESSAGE AntragStatusGeaendert',
    ]);
    expect(sut[3]).toMatchObject({ method: 'SEND', path: 'antraege/{id}/status', text: { A: ['sendeStatus'], B: ['meldet Status'] } });
  });

  it('ignores malformed parts instead of failing and caps the number of elements', () => {
    const paths = Object.fromEntries(Array.from({ length: MAX_ELEMENTS_PER_VERSION + 10 }, (_, i) => [`/p${i}`, { get: {} }]));
    const sut = extractSearchElements({ openapi: '3.0.3', info: 'nonsense', paths: { ...paths, '/x': 'nonsense' }, components: { schemas: [] } });
    expect(sut).toHaveLength(MAX_ELEMENTS_PER_VERSION);
    expect(sut[0].label).toBe('(untitled)');
  });
});
