// Types of the shared schema comparer (OpenAPI and AsyncAPI). Pure TypeScript.
import type { ChangeLevel } from '../../engine/change.js';

/**
 * Direction of data flow through the schema, seen from the component that owns the contract.
 * `write`: data flows INTO the component (request bodies, parameters, consumed messages):
 * narrowing what is accepted is breaking. `read`: data flows OUT to consumers (responses,
 * published messages): removing or widening what is produced is breaking.
 */
export type FlowDirection = 'write' | 'read';

export type JsonObject = { [key: string]: unknown };

/** Where a schema sits: drives rule ids, levels, messages and pointers. */
export interface SchemaSite {
  direction: FlowDirection;
  /** Rule-id prefix, e.g. `request`, `response`, `request-parameter`, `message-payload`. */
  idPrefix: string;
  /** Human label used in messages, e.g. `request body`, `query parameter 'q'`. */
  location: string;
  /** Operation the schema belongs to, e.g. `POST /antraege`; attributed on every change found. */
  operation?: string;
  /** JSON pointer of the schema in the base document. */
  basePointer: string;
  /** JSON pointer of the schema in the revision document. */
  revisionPointer: string;
}

/** A schema node with `$ref`s resolved, `allOf` merged and the 3.0/3.1 spellings unified. */
export interface SchemaView {
  raw: JsonObject;
  /** Allowed JSON types without `null`; null = unconstrained. `integer` is kept distinct. */
  types: Set<string> | null;
  nullable: boolean;
  properties: Map<string, unknown>;
  required: Set<string>;
  /** Where each property was declared (JSON pointer), for allOf-merged properties. */
  propertyPointers: Map<string, string>;
}

/** One node pair handed to every schema rule. Rules look only at this node, not below it. */
export interface SchemaNodePair {
  base: SchemaView;
  revision: SchemaView;
  direction: FlowDirection;
  /** Dotted path for messages: `Antrag.adresse.plz`, `items[]`; '' at the root of a site. */
  path: string;
}

/** What a rule reports for a node pair; the comparer turns it into a Change. */
export interface SchemaFinding {
  /** Sentence fragment, e.g. `property 'plz' was removed`. */
  detail: string;
  /** Which document the pointer goes into (removals point into the base). Default revision. */
  side?: 'base' | 'revision';
  /** Pointer suffix below the node, e.g. `/properties/plz`. */
  at?: string;
}

/** A schema rule: the id is `<site.idPrefix>-<suffix>`; the level depends on the direction. */
export interface SchemaRule {
  suffix: string;
  levels: Record<FlowDirection, ChangeLevel>;
  /** One line: the business reason, shown in docs. */
  reason: string;
  check(pair: SchemaNodePair): SchemaFinding[];
}

export function defineSchemaRule(rule: SchemaRule): SchemaRule {
  return rule;
}
