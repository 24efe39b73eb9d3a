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

/** Thrown for unusable input or usage; the runner prints the message to stderr and exits 2. */
export class UsageError extends Error {}
