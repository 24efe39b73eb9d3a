// The change format every diff produces (OpenAPI and AsyncAPI alike). Pure TypeScript.

export type ChangeLevel = 'breaking' | 'warning' | 'info';

export interface Change {
  /** Stable kebab-case rule id, e.g. `response-property-removed`. Never renamed once released. */
  id: string;
  level: ChangeLevel;
  /** JSON pointer into the revision (or into the base, for removals). */
  pointer: string;
  /** e.g. `POST /antraege` or, for AsyncAPI, `send AntragEingegangen`; absent where none applies. */
  operation?: string;
  /** Further operations affected when the change sits in a shared schema (reported once). */
  affectedOperations?: string[];
  message: string;
}

export interface DiffSummary {
  breaking: number;
  warning: number;
  info: number;
}

export interface DiffReport {
  kind: 'openapi' | 'asyncapi';
  breaking: boolean;
  changes: Change[];
  summary: DiffSummary;
}
