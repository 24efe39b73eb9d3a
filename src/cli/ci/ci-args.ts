import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from '../commands/command.js';

export interface CiRequest {
  url: string;
  token: string;
  component: string;
  contract: string;
  version: string;
  file: string;
  body: Buffer;
  contentType: string;
  format: 'text' | 'json';
  dryRun: boolean;
  timeoutMs: number;
}

export const CI_USAGE = (cmd: string) => `Usage: contract-registry ${cmd} --url URL --component C --contract K (--version V | --version-from package.json|git-tag)
                              [--token TOKEN] [--format text|json] [--dry-run] [--timeout 60s] FILE
  Token: --token or CONTRACT_REGISTRY_TOKEN.  URL also from CONTRACT_REGISTRY_URL.
  Exit codes: 0 published / identical / check passed, 1 incompatible or semver violation (or version exists
  with different content), 2 invalid document or usage, 3 authentication or authorisation, 4 server or network trouble.`;

export async function parseCiArgs(cmd: string, argv: string[]): Promise<CiRequest> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      url: { type: 'string' }, token: { type: 'string' }, component: { type: 'string' }, contract: { type: 'string' },
      version: { type: 'string' }, 'version-from': { type: 'string' }, format: { type: 'string', default: 'text' },
      'dry-run': { type: 'boolean', default: false }, timeout: { type: 'string', default: '60s' },
    },
  });
  const url = values.url ?? process.env.CONTRACT_REGISTRY_URL;
  const token = values.token ?? process.env.CONTRACT_REGISTRY_TOKEN;
  if (!url) throw new UsageError('--url (or CONTRACT_REGISTRY_URL) is required');
  if (!/^https?:\/\//.test(url)) throw new UsageError('--url must start with http:// or https://');
  if (!token) throw new UsageError('a token is required: --token or CONTRACT_REGISTRY_TOKEN');
  if (!values.component || !values.contract) throw new UsageError('--component and --contract are required');
  if (positionals.length !== 1) throw new UsageError('exactly one FILE is required');
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError('--format must be text or json');
  const timeout = /^(\d+)s$/.exec(values.timeout);
  if (!timeout) throw new UsageError('--timeout must look like 60s');
  const file = positionals[0];
  let body: Buffer;
  try {
    body = readFileSync(file);
  } catch (err) {
    throw new UsageError(`cannot read ${file}: ${(err as Error).message}`);
  }
  return {
    url: url.replace(/\/+$/, ''), token, component: values.component, contract: values.contract, file, body,
    version: await resolveVersion(values.version, values['version-from']),
    contentType: extname(file).toLowerCase() === '.json' ? 'application/json' : 'application/yaml',
    format: values.format, dryRun: values['dry-run'] || cmd === 'check', timeoutMs: Number(timeout[1]) * 1000,
  };
}

async function resolveVersion(version: string | undefined, from: string | undefined): Promise<string> {
  if (version && from) throw new UsageError('use either --version or --version-from');
  if (version) return version;
  if (from === 'package.json') {
    try {
      const v = (JSON.parse(readFileSync('package.json', 'utf8')) as { version?: string }).version;
      if (v) return v;
    } catch { /* reported below */ }
    throw new UsageError('no "version" in ./package.json');
  }
  if (from === 'git-tag') return stripV(await gitTag());
  throw new UsageError('--version or --version-from package.json|git-tag is required');
}

// CI systems check out tags detached; prefer their variables, then ask git for a tag on HEAD.
// child_process is imported only here: loading it costs start-up time every other command would pay.
async function gitTag(): Promise<string> {
  const fromCi = process.env.CI_COMMIT_TAG || (process.env.GITHUB_REF_TYPE === 'tag' ? process.env.GITHUB_REF_NAME : undefined);
  if (fromCi) return fromCi;
  const { execFileSync } = await import('node:child_process');
  try {
    return execFileSync('git', ['describe', '--tags', '--exact-match', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    throw new UsageError('HEAD carries no git tag (and CI_COMMIT_TAG / GITHUB_REF_NAME are unset)');
  }
}

function stripV(tag: string): string {
  // Accepts "v1.2.3", "1.2.3" and "my-contract/v1.2.3" (monorepo tags).
  return tag.replace(/^.*\//, '').replace(/^v/, '');
}
