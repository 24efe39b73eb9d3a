/**
 * Shared schema comparer of the compatibility engine: one schema comparer for OpenAPI and AsyncAPI.
 *
 * Usage:
 * ```ts
 * const sut = new SchemaComparer(baseDocument, revisionDocument);
 * sut.compare(baseSchema, revisionSchema, {
 *   direction: 'read',                 // 'write' = data flows INTO the component (request bodies,
 *                                      // parameters, received messages): narrowing is breaking.
 *                                      // 'read' = data flows OUT (responses, sent messages):
 *                                      // removing or widening is breaking.
 *   idPrefix: 'message-payload',       // change ids become `<idPrefix>-<rule suffix>`,
 *                                      // e.g. `message-payload-property-removed`
 *   location: "payload of message 'AntragEingegangen'",   // shown in messages
 *   operation: 'send AntragEingegangen',                  // attributed to every change found
 *   basePointer: '/components/messages/A/payload', revisionPointer: '/components/messages/A/payload',
 * });
 * const changes = sut.changes();       // every change once; shared ones carry affectedOperations
 * ```
 * - `$ref`s are internal (`#/...`) and resolved against the document given to the constructor;
 *   a pair of named schemas is compared once per (direction, idPrefix, location) and memoized, so
 *   a change inside a shared component is reported once, with `operation` = first operation that
 *   reached it and `affectedOperations` = the further ones. Circular schemas terminate.
 * - `allOf` is merged; 3.0 `nullable`, 2.0 `x-nullable` and 3.1 `type: [.., 'null']` are unified.
 * - Pointers point into the revision, or into the base for removals.
 * - `SCHEMA_RULES` lists the rules (`suffix`, `levels` per direction, `reason`); `schemaRuleIds`
 *   lists the ids a prefix produces.
 * This API is stable: add optional fields only.
 */
export { SchemaComparer } from './schema-comparer.js';
export { SCHEMA_RULES } from './rules/index.js';
export { defineSchemaRule } from './types.js';
export type { FlowDirection, SchemaSite, SchemaRule, SchemaFinding, SchemaNodePair, SchemaView } from './types.js';
import { SCHEMA_RULES } from './rules/index.js';

/** The change ids the schema rules produce under one prefix, e.g. `response-property-removed`. */
export function schemaRuleIds(idPrefix: string): string[] {
  return SCHEMA_RULES.map((rule) => `${idPrefix}-${rule.suffix}`);
}
