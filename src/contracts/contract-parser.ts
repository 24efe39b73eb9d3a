import { Inject, Injectable } from '@nestjs/common';
import { REGISTRY_CONFIG } from '../config/config.module.js';
import type { RegistryConfig } from '../config/env.schema.js';
import type { ParsedContract } from './domain/contract-types.js';
import { parseContract } from './domain/parse-contract.js';
import type { ResolvedProfile } from '../guidelines/domain/profile-definition.js';

/** Nest-facing wrapper of the pure parse/validate pipeline, with the configured limits. */
@Injectable()
export class ContractParser {
  constructor(@Inject(REGISTRY_CONFIG) private readonly config: RegistryConfig) {}

  /** With `lint`, the worker also lints the valid document against that profile (same time and memory budget). */
  parse(bytes: Uint8Array, lint?: ResolvedProfile): Promise<ParsedContract> {
    return parseContract(bytes, { maxBytes: this.config.REGISTRY_MAX_DOCUMENT_BYTES, timeoutMs: this.config.REGISTRY_VALIDATION_TIMEOUT_MS }, lint);
  }
}
