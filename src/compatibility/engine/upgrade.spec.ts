import { diffDocuments } from './index.js';

// The same API as Swagger 2.0 and as OpenAPI 3.0 / 3.1: an upgrade is not a change.
const swagger = {
  swagger: '2.0', info: { title: 'Antraege', version: '1' }, host: 'api.example.de', basePath: '/v1', schemes: ['https'],
  consumes: ['application/json'], produces: ['application/json'],
  securityDefinitions: { key: { type: 'apiKey', in: 'header', name: 'X-Key' } }, security: [{ key: [] }],
  paths: { '/antraege/{id}': { parameters: [{ name: 'id', in: 'path', required: true, type: 'string' }], put: {
    parameters: [{ name: 'body', in: 'body', required: true, schema: { $ref: '#/definitions/Antrag' } },
      { name: 'seite', in: 'query', type: 'integer', minimum: 1 }],
    responses: { 200: { description: 'ok', schema: { $ref: '#/definitions/Antrag' }, headers: { 'X-Rate': { type: 'integer' } } } },
  } } },
  definitions: { Antrag: { type: 'object', required: ['name'], properties: { name: { type: 'string' }, notiz: { type: 'string', 'x-nullable': true } } } },
};
const openapi30 = {
  openapi: '3.0.3', info: { title: 'Antraege', version: '1' }, servers: [{ url: 'https://api.example.de/v1' }],
  components: {
    securitySchemes: { key: { type: 'apiKey', in: 'header', name: 'X-Key' } },
    schemas: { Antrag: { type: 'object', required: ['name'], properties: { name: { type: 'string' }, notiz: { type: 'string', nullable: true } } } },
  },
  security: [{ key: [] }],
  paths: { '/antraege/{id}': { put: {
    parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } },
      { name: 'seite', in: 'query', schema: { type: 'integer', minimum: 1 } }],
    requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/Antrag' } } } },
    responses: { 200: { description: 'ok', headers: { 'X-Rate': { schema: { type: 'integer' } } },
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Antrag' } } } } },
  } } },
};
const openapi31 = structuredClone(openapi30) as typeof openapi30 & { openapi: string };
openapi31.openapi = '3.1.0';
(openapi31.components.schemas.Antrag.properties.notiz as Record<string, unknown>) = { type: ['string', 'null'] };

describe('upgrading the spec version', () => {
  it('reports no change from Swagger 2.0 to OpenAPI 3.0', () => {
    expect(diffDocuments(swagger, openapi30).changes).toEqual([]);
  });

  it('reports no change from OpenAPI 3.0 to 3.1', () => {
    expect(diffDocuments(openapi30, openapi31).changes).toEqual([]);
  });

  it('reports no breaking change from Swagger 2.0 straight to 3.1', () => {
    expect(diffDocuments(swagger, openapi31).breaking).toBe(false);
  });
});
