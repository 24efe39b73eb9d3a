import type { CliCommand } from './command.js';
import { CI_USAGE, parseCiArgs } from '../ci/ci-args.js';
import { exitCodeOf, jsonReport, textReport } from '../ci/ci-report.js';
import { sendWithRetry } from '../ci/registry-client.js';

/** `publish` and `check` share everything but the endpoint (no Nest, no database: fast in CI). */
export function ciCommand(name: 'publish' | 'check', summary: string): CliCommand {
  return {
    name,
    summary,
    usage: CI_USAGE(name),
    async run(argv) {
      const r = await parseCiArgs(name, argv);
      const base = `${r.url}/api/v1/components/${encodeURIComponent(r.component)}/contracts/${encodeURIComponent(r.contract)}`;
      const url = r.dryRun
        ? `${base}/compatibility?version=${encodeURIComponent(r.version)}`
        : `${base}/versions/${encodeURIComponent(r.version)}`;
      const outcome = await sendWithRetry({ method: r.dryRun ? 'POST' : 'PUT', url, token: r.token, body: r.body, contentType: r.contentType, timeoutMs: r.timeoutMs });
      const ctx = { command: r.dryRun ? ('check' as const) : ('publish' as const), component: r.component, contract: r.contract, version: r.version };
      process.stdout.write(r.format === 'json' ? `${jsonReport(ctx, outcome)}\n` : textReport(ctx, outcome));
      return exitCodeOf(outcome);
    },
  };
}
