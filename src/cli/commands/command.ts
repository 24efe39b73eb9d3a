import { text } from '../../compatibility/messages/catalogue.js';

/**
 * A CLI sub-command of `contract-registry`. Each command lives in its own file in this folder and is
 * listed once in `index.ts`. `run` returns the process exit code; it writes its own output.
 */
export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  run(argv: string[]): Promise<number>;
}

/**
 * Thrown for unusable input or usage; the runner prints the message to stderr and exits 2. With a
 * `key` of the message catalogue the runner prints it in the chosen language (`--lang`).
 */
export class UsageError extends Error {
  constructor(message: string, readonly key?: string, readonly values: Record<string, string | number> = {}) {
    super(message);
  }
}

/** A UsageError whose text comes from the message catalogue. */
export function usageError(key: string, values: Record<string, string | number> = {}): UsageError {
  return new UsageError(text('en', key, values), key, values);
}
