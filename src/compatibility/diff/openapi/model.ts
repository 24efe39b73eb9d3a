// The normalized OpenAPI shape the diff works on (2.0 is converted to it first). Pure.
import type { JsonObject } from '../schema/types.js';

export interface NormMedia {
  schema?: unknown;
  pointer: string;
}

export interface NormParameter {
  name: string;
  in: string;
  /** Identity used for matching: `in:name`, or `path#<position>` so renamed path params match. */
  key: string;
  required: boolean;
  deprecated: boolean;
  /** `x-sunset` as written (dates as ISO days). */
  sunset?: string;
  style: string;
  explode: boolean;
  allowEmptyValue: boolean;
  schema?: unknown;
  pointer: string;
  raw: JsonObject;
}

export interface NormRequestBody {
  required: boolean;
  content: Map<string, NormMedia>;
  pointer: string;
}

export interface NormHeader {
  name: string;
  required: boolean;
  schema?: unknown;
  pointer: string;
}

export interface NormResponse {
  status: string;
  content: Map<string, NormMedia>;
  headers: Map<string, NormHeader>;
  pointer: string;
}

/** One alternative of a security requirement: scheme name → scopes (all must be satisfied). */
export type SecurityAlternative = Map<string, string[]>;

export interface NormOperation {
  /** Matching key: `POST /antraege/{}` (path parameter names erased); webhooks `WEBHOOK name POST`. */
  key: string;
  /** Shown to people: `POST /antraege/{id}`. */
  label: string;
  method: string;
  path: string;
  pointer: string;
  webhook: boolean;
  raw: JsonObject;
  operationId?: string;
  deprecated: boolean;
  /** `x-sunset` (or a documented `Sunset` response header example), as written. */
  sunset?: string;
  stability?: string;
  parameters: NormParameter[];
  requestBody?: NormRequestBody;
  responses: Map<string, NormResponse>;
  /** Effective security (operation level, else document level); [] = anonymous. */
  security: SecurityAlternative[];
}

export interface NormDocument {
  specVersion: string;
  /** The 3.x-shaped document; `$ref`s resolve against it. */
  root: JsonObject;
  operations: Map<string, NormOperation>;
  servers: string[];
  securitySchemes: Map<string, JsonObject>;
}
