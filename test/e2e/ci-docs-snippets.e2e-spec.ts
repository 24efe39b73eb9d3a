// The GitLab CI and GitHub Actions snippets of docs/ci.md, run line by line in bash against a real
// registry: the jobs download the standalone CLI from GET /cli/contract-registry.mjs, verify its
// sha256 and check, diff or publish. Exit codes: pass 0, incompatible 1, invalid 2, bad token 3.
import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { jest } from '@jest/globals';
import { parse } from 'yaml';
import { projectPath } from '../../src/common/project-path.js';
import { COMPONENT_INPUT, makeOpenApi } from '../factories/documents.js';
import { createComponent, createToken } from '../support/auth-helpers.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const DOC = readFileSync(projectPath('docs', 'ci.md'), 'utf8');

function yamlBlockAfter(heading: string): Record<string, unknown> {
  const section = DOC.slice(DOC.indexOf(heading));
  const start = section.indexOf('```yaml\n') + 8;
  return parse(section.slice(start, section.indexOf('\n```', start))) as Record<string, unknown>;
}

type GitlabJob = { extends?: string; before_script?: string[]; script: string[] };
type GithubStep = { run?: string; uses?: string };

const gitlab = yamlBlockAfter('## 3. GitLab CI');
const github = yamlBlockAfter('## 4. GitHub Actions');

function gitlabLines(job: string): string[] {
  const j = gitlab[job] as GitlabJob;
  const parent = j.extends ? (gitlab[j.extends] as GitlabJob) : undefined;
  return [...(parent?.before_script ?? []), ...j.before_script ?? [], ...j.script];
}

function githubRuns(job: string): string[] {
  const steps = (github.jobs as Record<string, { steps: GithubStep[] }>)[job].steps;
  return steps.flatMap((s) => (s.run ? [s.run] : []));
}

interface Run { code: number | null; stdout: string; stderr: string }

// Each case starts several processes (curl, git, node); generous on a shared machine.
jest.setTimeout(180_000);

describe('docs/ci.md snippets run against a real registry', () => {
  let sut: TestApp;
  let token: string;
  let work: string;

  beforeAll(async () => {
    sut = await startTestApp();
    await createComponent(sut, COMPONENT_INPUT);
    token = (await createToken(sut, { name: 'ci', role: 'PUBLISHER', components: ['antragsservice'] })).secret;
  });
  afterAll(async () => {
    await sut.close();
  });

  // A fresh checkout: the contract on a committed `main` (the merge request target) and in the work tree.
  function checkout(version: string, committed: string, current: string): string {
    work = mkdtempSync(join(tmpdir(), 'ci-snippet-'));
    const file = join(work, 'openapi', 'antrag-api.yaml');
    mkdirSync(dirname(file), { recursive: true });
    const git = (...args: string[]) => spawnSync('git', ['-c', 'user.name=ci', '-c', 'user.email=ci@example.de', ...args], { cwd: work, encoding: 'utf8' });
    git('init', '-q', '-b', 'main');
    writeFileSync(file, committed);
    writeFileSync(join(work, 'package.json'), JSON.stringify({ version }));
    git('add', '.');
    git('commit', '-qm', 'base');
    git('remote', 'add', 'origin', work);
    git('update-ref', 'refs/remotes/origin/main', 'HEAD');
    writeFileSync(file, current);
    return work;
  }

  // Asynchronous: the registry under test runs in this process and must keep serving the downloads.
  function bash(shellArgs: string[], script: string, env: Record<string, string>): Promise<Run> {
    return new Promise((resolve) => {
      execFile('bash', [...shellArgs, '-c', script], {
        cwd: work, encoding: 'utf8', timeout: 120_000,
        env: {
          PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}`, HOME: work,
          CONTRACT_REGISTRY_URL: sut.baseUrl, CONTRACT_REGISTRY_TOKEN: token, CONTRACT_REGISTRY_RETRY_BASE_MS: '10', ...env,
        },
      }, (err, stdout, stderr) => {
        const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : null) : 0;
        resolve({ code, stdout, stderr });
      });
    });
  }

  // GitLab runs the lines of before_script and script in one shell and stops at the first failure.
  function gitlabJob(job: string, env: Record<string, string> = {}): Promise<Run> {
    const vars = gitlab.variables as Record<string, string>;
    return bash(['-e'], gitlabLines(job).join('\n'), { ...vars, CI_PIPELINE_SOURCE: 'merge_request_event', CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main', ...env });
  }

  // GitHub runs each step with `bash --noprofile --norc -eo pipefail {0}` (defaults.run.shell: bash).
  async function githubJob(job: string, env: Record<string, string> = {}): Promise<Run> {
    expect((github.defaults as { run: { shell: string } }).run.shell).toBe('bash');
    const vars = { CONTRACT_FILE: (github.env as Record<string, string>).CONTRACT_FILE, GITHUB_BASE_REF: 'main', ...env };
    let last: Run = { code: 0, stdout: '', stderr: '' };
    for (const step of githubRuns(job)) {
      last = await bash(['--noprofile', '--norc', '-eo', 'pipefail'], step, vars);
      if (last.code !== 0) return last;
    }
    return last;
  }

  const v1 = makeOpenApi({ paths: ['/antraege'] });
  const v11 = makeOpenApi({ paths: ['/antraege', '/neu'] });
  const breaking = makeOpenApi({ paths: ['/bescheide'] });

  it('GitLab: publishes on a tag (0), then checks a compatible merge request (0) with a JSON artifact', async () => {
    checkout('1.0.0', v1, v1);
    expect(await gitlabJob('contract:publish', { CI_COMMIT_TAG: 'v1.0.0' })).toMatchObject({ code: 0 });
    checkout('1.1.0', v1, v11);
    const check = await gitlabJob('contract:check');
    expect(check.code).toBe(0);
    expect(JSON.parse(readFileSync(join(work, 'contract-check.json'), 'utf8'))).toMatchObject({ command: 'check', ok: true });
    expect(check.stdout).toContain('contract-registry.mjs: OK');
  });

  it('GitLab: an incompatible merge request fails check (1, through pipefail and tee) and diff (1, Code Quality report)', async () => {
    checkout('1.1.0', v1, breaking);
    expect((await gitlabJob('contract:check')).code).toBe(1);
    expect((await gitlabJob('contract:diff')).code).toBe(1);
    const report = JSON.parse(readFileSync(join(work, 'gl-code-quality.json'), 'utf8')) as Array<{ check_name: string; severity: string; location: { path: string; lines: { begin: number } } }>;
    expect(report).toContainEqual(expect.objectContaining({ check_name: 'operation-removed', severity: 'critical', location: { path: 'contract-base.yaml', lines: { begin: 7 } } }));
  });

  it('GitLab: an invalid document exits 2 and a bad token exits 3', async () => {
    checkout('1.2.0', v1, 'info:\n  title: x\n');
    expect((await gitlabJob('contract:check')).code).toBe(2);
    checkout('1.2.0', v1, v11);
    expect((await gitlabJob('contract:check', { CONTRACT_REGISTRY_TOKEN: 'dsr_wrong-wrong-wrong-wrong-wrong-wrong-wrong-w' })).code).toBe(3);
  });

  it('GitHub: a compatible pull request passes (0) and a tag publishes (0)', async () => {
    checkout('1.1.0', v1, v11);
    expect(await githubJob('check')).toMatchObject({ code: 0 });
    expect(await githubJob('publish', { GITHUB_REF_TYPE: 'tag', GITHUB_REF_NAME: 'v1.1.0' })).toMatchObject({ code: 0 });
  });

  it('GitHub: an incompatible pull request annotates the removed operation and fails (1)', async () => {
    checkout('1.2.0', v11, makeOpenApi({ paths: ['/antraege'] }));
    const run = await githubJob('check');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error file=contract-base\.yaml,line=17,col=5,title=operation-removed::GET \/neu was removed without deprecation/m);
  });

  it('GitHub: an invalid document exits 2 and a bad token exits 3', async () => {
    checkout('1.2.0', v11, 'openapi: 3.1.0\ninfo: [\n');
    expect((await githubJob('check')).code).toBe(2);
    checkout('1.2.0', v11, v11);
    expect((await githubJob('check', { CONTRACT_REGISTRY_TOKEN: 'dsr_wrong-wrong-wrong-wrong-wrong-wrong-wrong-w' })).code).toBe(3);
  });

  afterEach(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });
});
