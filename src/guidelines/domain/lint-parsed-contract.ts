import type { ParsedContract } from '../../contracts/domain/contract-types.js';
import type { ResolvedProfile } from './profile-definition.js';
import { lintDocument } from './run-lint.js';

/**
 * Lints a document that passed the parse pipeline and attaches the outcome (in the validation worker,
 * under its time and memory limits; inline in the CLI). A profile that fails on a document is reported
 * as `guidelinesError`, never as an invalid document.
 */
export async function lintParsedContract(contract: ParsedContract, profile: ResolvedProfile): Promise<ParsedContract> {
  try {
    contract.guidelines = await lintDocument(contract.text, contract.syntax, profile, contract.document);
  } catch (err) {
    contract.guidelinesError = err instanceof Error ? err.message.slice(0, 500) : String(err).slice(0, 500);
  }
  return contract;
}
