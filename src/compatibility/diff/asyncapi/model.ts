// The version-neutral model both AsyncAPI 2.x and 3.x documents are normalized into.
// See docs/asyncapi-compatibility.md for how 2.x publish/subscribe maps onto it.
import type { JsonObject, JsonValue } from './json.js';

/**
 * Which way the data of an operation flows, seen from the component:
 * `read`  = the component SENDS, consumers read it (3.x `send`, 2.x `subscribe`);
 * `write` = the component RECEIVES, producers write it (3.x `receive`, 2.x `publish`).
 * The names match the data-flow direction of the shared schema differ.
 */
export type Flow = 'read' | 'write';
export type Action = 'send' | 'receive';

export type SchemaFormatClass = 'json-schema' | 'openapi' | 'other';

export interface NSchema {
  /** Raw `schemaFormat` (undefined = the AsyncAPI default). */
  format?: string;
  formatClass: SchemaFormatClass;
  /** The schema node as written (may be an internal `$ref`; resolved against the document root). */
  schema: JsonValue;
  /** `$ref`-inlined copy, only for formats the schema differ cannot read (equality check). */
  inlined?: JsonValue;
  pointer: string;
}

export interface NMessage {
  /** Identity within an operation: 3.x channel message key, 2.x messageId / component name / name. */
  key: string;
  aliases: string[];
  /** The named payload schema (`#/components/schemas/X`), a last resort for matching renamed messages. */
  payloadRef?: string;
  pointer: string;
  contentType?: string;
  payload?: NSchema;
  headers?: NSchema;
  correlationId?: string;
  bindings?: JsonValue;
  docs: JsonObject;
}

export interface NParameter {
  name: string;
  enum?: string[];
  default?: string;
  location?: string;
  pointer: string;
}

export interface NChannel {
  /** Matching key: the address with parameter names blanked (`a/{}/b`), or `#id` when unknown. */
  key: string;
  /** 3.x channel id; for 2.x the address. */
  id: string;
  address: string | null;
  pointer: string;
  /** Parameters in the order they appear in the address. */
  parameters: NParameter[];
  servers: string[] | undefined;
  bindings?: JsonValue;
  docs: JsonObject;
}

/** One alternative of a security requirement list: all schemes in it apply together. */
export type NSecurityAlternative = string[];

export interface NOperation {
  /** `<action> <channel key>`, plus ` reply` for a 3.x reply; unique per document. */
  key: string;
  id?: string;
  action: Action;
  flow: Flow;
  channelKey: string;
  /** Human label for Change.operation, e.g. `send userSignedUp`. */
  label: string;
  pointer: string;
  messages: NMessage[];
  security: NSecurityAlternative[] | undefined;
  bindings?: JsonValue;
  isReply: boolean;
  docs: JsonObject;
}

export interface NServer {
  name: string;
  pointer: string;
  /** Host (and port) without scheme; for 2.x taken from `url`. */
  host: string;
  pathname: string;
  protocol: string;
  protocolVersion?: string;
  variables: Record<string, { enum?: string[]; default?: string; pointer: string }>;
  security: NSecurityAlternative[] | undefined;
  bindings?: JsonValue;
  docs: JsonObject;
}

export interface NormalizedAsyncApi {
  /** The parsed document; schema `$ref`s resolve against it. */
  root: JsonObject;
  specVersion: string;
  major: 2 | 3;
  info: JsonObject;
  servers: Map<string, NServer>;
  channels: Map<string, NChannel>;
  operations: Map<string, NOperation>;
}
