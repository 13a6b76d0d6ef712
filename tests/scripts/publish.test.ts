/**
 * scripts/publish.sh, the one list of steps between a push to main and the live site, and the
 * forge's workflow that calls it. The script runs for real, with `npm`, `rsync` and `ssh` replaced
 * by stand-ins that note how they were called (a check or build fails when a test says so), so
 * every path through it takes milliseconds and nothing reaches the network; one test runs the real
 * `npm run check` over a broken copy of the content. The workflow is read as YAML, as a forge reads it.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { chmod, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { hashTree } from '../builds/build-fixture.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const SCRIPT = path.join(root, 'scripts', 'publish.sh');

const RSYNC_ENV = {
  DVK_RSYNC_HOST: 'web.example',
  DVK_RSYNC_USER: 'deploy',
  DVK_RSYNC_PATH: '/var/www/danvankheo/dist',
  // Pasted from a Windows editor: the script must drop the carriage returns ssh refuses.
  DVK_SSH_KEY: '-----BEGIN OPENSSH PRIVATE KEY-----\r\nkhoa-thu\r\n-----END OPENSSH PRIVATE KEY-----',
  DVK_SSH_KNOWN_HOSTS: 'web.example ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIthu',
};

/** The stand-ins: each notes its call (arguments one per line, then a blank line) in calls.log. */
const FAKE_NPM = `#!/bin/bash
printf 'npm %s\\n' "$*" >>"$FAKE_LOG"
printf 'DVK_CACHE_DIR=%s\\n' "$DVK_CACHE_DIR" >>"$FAKE_LOG.env"
case "$*" in
  ci*) exit "\${FAKE_INSTALL_EXIT:-0}" ;;
  'run check') exit "\${FAKE_CHECK_EXIT:-0}" ;;
  'run build') exit "\${FAKE_BUILD_EXIT:-0}" ;;
esac
`;
const FAKE_RSYNC = `#!/bin/bash
printf 'rsync\\n' >>"$FAKE_LOG"
printf '%s\\n' "$@" >"$FAKE_LOG.rsync"
# What the key and host files hold, and their mode, while rsync runs (ssh -i KEY … UserKnownHostsFile=FILE).
for arg in "$@"; do
  key=$(printf '%s' "$arg" | sed -n 's/.* -i \\([^ ]*\\) .*/\\1/p')
  if [ -n "$key" ]; then
    stat -c '%a' "$key" >"$FAKE_LOG.keymode"
    cp "$key" "$FAKE_LOG.key"
    printf '%s\\n' "$key" >"$FAKE_LOG.keypath"
    hosts=$(printf '%s' "$arg" | sed -n 's/.*UserKnownHostsFile=\\([^ ]*\\).*/\\1/p')
    cp "$hosts" "$FAKE_LOG.known_hosts"
  fi
done
exit "\${FAKE_RSYNC_EXIT:-0}"
`;
const FAKE_SSH = `#!/bin/bash
printf 'ssh\\n' >>"$FAKE_LOG"
exit 255
`;

interface Run {
  code: number | null;
  output: string;
  /** The commands the stand-ins saw, in order: `npm ci --no-audit --no-fund`, `npm run check`, `rsync`. */
  calls: string[];
  /** The rows DVK_STAGES_FILE received, split at tabs. */
  stages: string[][];
}

let dir = '';
let dist = '';
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'dvk-publish-'));
  const bin = path.join(dir, 'bin');
  await mkdir(bin);
  for (const [name, text] of [
    ['npm', FAKE_NPM],
    ['rsync', FAKE_RSYNC],
    ['ssh', FAKE_SSH],
  ] as const) {
    await writeFile(path.join(bin, name), text);
    await chmod(path.join(bin, name), 0o755);
  }
  // The last good site, which nothing that fails may touch.
  dist = path.join(dir, 'dist');
  for (const file of ['index.html', '404.html', 'sitemap-index.xml', 'pagefind/pagefind.js']) {
    await mkdir(path.dirname(path.join(dist, file)), { recursive: true });
    await writeFile(path.join(dist, file), `trang cũ: ${file}`);
  }
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/**
 * Runs scripts/publish.sh from the project, with the stand-ins first on PATH (`realNpm` keeps the
 * real npm) and none of this process's DVK_* variables: only `env`'s.
 */
function publish(args: string[], env: Record<string, string> = {}, { realNpm = false } = {}): Promise<Run> {
  const log = path.join(dir, 'calls.log');
  const base = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('DVK_')));
  const bin = path.join(dir, 'bin');
  const fullEnv: NodeJS.ProcessEnv = {
    ...base,
    PATH: `${bin}:${base['PATH'] ?? ''}`,
    FAKE_LOG: log,
    DVK_OUT_DIR: dist,
    DVK_CACHE_DIR: path.join(dir, 'cache'),
    DVK_STAGES_FILE: path.join(dir, 'stages.tsv'),
    NO_COLOR: '1',
    ...env,
  };
  return new Promise((resolve, reject) => {
    const start = async () => {
      if (realNpm) await rm(path.join(bin, 'npm'));
      const child = spawn('bash', [SCRIPT, ...args], { cwd: dir, env: fullEnv });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('error', reject);
      child.on('close', (code) => {
        const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');
        resolve({
          code,
          output,
          calls: read(log).split('\n').filter(Boolean),
          stages: read(path.join(dir, 'stages.tsv'))
            .split('\n')
            .filter(Boolean)
            .map((line) => line.split('\t')),
        });
      });
    };
    start().catch(reject);
  });
}

const INSTALL = 'npm ci --no-audit --no-fund';
const CHECK = 'npm run check';
const BUILD = 'npm run build';

describe('scripts/publish.sh', () => {
  test('installs, checks, builds, and only then uploads dist/ by rsync', async () => {
    const run = await publish(['--target', 'rsync'], RSYNC_ENV);
    expect(run.code, run.output).toBe(0);
    expect(run.calls).toEqual([INSTALL, CHECK, BUILD, 'rsync']);
    expect(run.output).toContain(`✓ Đã xuất bản ${dist}/ lên deploy@web.example:/var/www/danvankheo/dist/`);
    expect(run.stages.map(([name, , result]) => [name, result])).toEqual([
      ['install', 'ok'],
      ['check', 'ok'],
      ['build', 'ok'],
      ['publish', 'ok'],
    ]);
  });

  test('uploads the whole of dist/, removing old files only after the new ones arrived, excluding nothing', async () => {
    await publish(['--target', 'rsync', '--no-install'], { ...RSYNC_ENV, DVK_RSYNC_PORT: '2222' });
    const args = (await readFile(path.join(dir, 'calls.log.rsync'), 'utf8')).trimEnd().split('\n');
    expect(args).toEqual(expect.arrayContaining(['--delete-after', '--delay-updates', '--checksum', '--archive']));
    expect(args.filter((arg) => /^--(exclude|include|filter)|^-[fF]$|^--files-from|^--max-size/.test(arg))).toEqual([]);
    // The contents of dist/ (trailing slash) into the site folder, the last two arguments.
    expect(args.slice(-2)).toEqual([`${dist}/`, 'deploy@web.example:/var/www/danvankheo/dist/']);
    const ssh = args[args.indexOf('-e') + 1] ?? '';
    expect(ssh).toMatch(/^ssh -p 2222 -i \S+ /);
    expect(ssh).toContain('-o StrictHostKeyChecking=yes');
    expect(ssh).toContain('-o BatchMode=yes');
  });

  test('hands ssh the key and the known host in private files, without carriage returns, removed after', async () => {
    const run = await publish(['--target', 'rsync', '--no-install'], RSYNC_ENV);
    expect(run.code, run.output).toBe(0);
    const log = path.join(dir, 'calls.log');
    expect(await readFile(`${log}.keymode`, 'utf8')).toBe('600\n');
    expect(await readFile(`${log}.key`, 'utf8')).toBe(`${RSYNC_ENV.DVK_SSH_KEY.replaceAll('\r', '')}\n`);
    expect(await readFile(`${log}.known_hosts`, 'utf8')).toBe(`${RSYNC_ENV.DVK_SSH_KNOWN_HOSTS}\n`);
    expect(existsSync((await readFile(`${log}.keypath`, 'utf8')).trim())).toBe(false);
  });

  test('stops at a failed check: no build, nothing uploaded, dist/ untouched', async () => {
    const before = hashTree(dist);
    const run = await publish(['--target', 'rsync'], { ...RSYNC_ENV, FAKE_CHECK_EXIT: '1' });
    expect(run.code).toBe(1);
    expect(run.calls).toEqual([INSTALL, CHECK]);
    expect(run.output).toContain('✗ Không xuất bản: bước “check” (npm run check) thất bại, mã lỗi 1.');
    expect(run.output).toContain('Trang web đang chạy vẫn giữ nguyên.');
    expect(run.stages.map(([name, , result]) => [name, result])).toEqual([
      ['install', 'ok'],
      ['check', 'failed (1)'],
    ]);
    expect(hashTree(dist)).toEqual(before);
  });

  test('stops at a failed build with its exit code: nothing uploaded', async () => {
    const before = hashTree(dist);
    const run = await publish(['--target', 'rsync'], { ...RSYNC_ENV, FAKE_BUILD_EXIT: '3' });
    expect(run.code).toBe(3);
    expect(run.calls).toEqual([INSTALL, CHECK, BUILD]);
    expect(run.output).toContain('bước “build” (npm run build) thất bại, mã lỗi 3');
    expect(hashTree(dist)).toEqual(before);
  });

  test('stops at a failed install, before the check', async () => {
    const run = await publish(['--target', 'rsync'], { ...RSYNC_ENV, FAKE_INSTALL_EXIT: '1' });
    expect(run.code).toBe(1);
    expect(run.calls).toEqual([INSTALL]);
  });

  test('fails when the upload fails', async () => {
    const run = await publish(['--target', 'rsync', '--no-install'], { ...RSYNC_ENV, FAKE_RSYNC_EXIT: '12' });
    expect(run.code).toBe(12);
    expect(run.output).toContain('✗ Tải lên thất bại, mã lỗi 12.');
    expect(run.output).not.toContain('✓ Đã xuất bản');
  });

  test('refuses to upload a folder that is not a whole site (with --delete-after it would empty the live one)', async () => {
    await rm(path.join(dist, '404.html'));
    const run = await publish(['--target', 'rsync', '--no-install'], RSYNC_ENV);
    expect(run.code).toBe(1);
    expect(run.calls).toEqual([CHECK, BUILD]);
    expect(run.output).toContain('thiếu 404.html');
  });

  test('with target none, builds and uploads nothing; --no-install skips npm ci', async () => {
    const run = await publish(['--target', 'none', '--no-install']);
    expect(run.code, run.output).toBe(0);
    expect(run.calls).toEqual([CHECK, BUILD]);
    expect(run.stages.map(([name, , result]) => [name, result])).toEqual([
      ['install', 'skipped'],
      ['check', 'ok'],
      ['build', 'ok'],
      ['publish', 'skipped'],
    ]);
  });

  test('builds only when no target is given, and takes the target from DVK_PUBLISH_TARGET', async () => {
    expect((await publish([])).calls).toEqual([INSTALL, CHECK, BUILD]);
    await rm(path.join(dir, 'calls.log'));
    expect((await publish([], { ...RSYNC_ENV, DVK_PUBLISH_TARGET: 'rsync' })).calls).toEqual([
      INSTALL,
      CHECK,
      BUILD,
      'rsync',
    ]);
  });

  test('keeps Astro’s cache in .cache/ of the project unless DVK_CACHE_DIR says otherwise', async () => {
    await publish(['--no-install'], { DVK_CACHE_DIR: '' });
    const seen = await readFile(path.join(dir, 'calls.log.env'), 'utf8');
    expect(seen.split('\n').filter(Boolean)).toEqual([
      `DVK_CACHE_DIR=${path.join(root, '.cache')}`,
      `DVK_CACHE_DIR=${path.join(root, '.cache')}`,
    ]);
  });

  test.each([
    ['an unknown target', ['--target', 'pages'], {}, 'không có đích xuất bản “pages”'],
    ['an unknown option', ['--fast'], {}, 'không hiểu tham số “--fast”'],
    ['no host', ['--target', 'rsync'], { DVK_RSYNC_HOST: '' }, 'chưa đặt DVK_RSYNC_HOST'],
    [
      'no key and no known host',
      ['--target', 'rsync'],
      { DVK_SSH_KEY: '', DVK_SSH_KNOWN_HOSTS: '' },
      'chưa đặt DVK_SSH_KEY DVK_SSH_KNOWN_HOSTS',
    ],
    [
      'a relative folder (the SSH user’s home)',
      ['--target', 'rsync'],
      { DVK_RSYNC_PATH: 'www' },
      'DVK_RSYNC_PATH “www” phải là đường dẫn tuyệt đối',
    ],
    [
      'a system folder',
      ['--target', 'rsync'],
      { DVK_RSYNC_PATH: '/var/www/' },
      'DVK_RSYNC_PATH “/var/www/” là thư mục hệ thống',
    ],
    [
      'a port that is not a number',
      ['--target', 'rsync'],
      { DVK_RSYNC_PORT: '22; rm' },
      'DVK_RSYNC_PORT “22; rm” không phải số cổng',
    ],
  ])('refuses %s before running any step', async (_, args, env, message) => {
    const run = await publish(args, { ...RSYNC_ENV, ...env });
    expect(run.code).toBe(2);
    expect(run.output).toContain(`✗ Không xuất bản: ${message}`);
    expect(run.calls).toEqual([]);
  });

  // The real `npm run check` (one Node process over the whole content, 1-2 s, up to 10 s under
  // load): hence its own timeout.
  test('stops at the real check over a broken copy of the content (DVK_CONTENT_DIR), leaving dist/ untouched', async () => {
    const content = path.join(dir, 'content');
    await cp(path.join(root, 'content'), content, { recursive: true });
    const broken = path.join(content, 'models', 'ngay-sai', 'index.md');
    await mkdir(path.dirname(broken), { recursive: true });
    await writeFile(
      broken,
      '---\ntitle: Mô hình ngày sai\nsummary: Tóm tắt.\nplace: tan-chau\nfield: kinh-te\nkind: tap-the\nyear: 2024\n' +
        'published: 2024-02-30\nsources:\n  - title: Một bài báo\n    outlet: Báo thử\n    url: https://example.org/bai-thu\n' +
        '    date: 2024\n---\n\nNội dung.\n',
    );
    const before = hashTree(dist);
    const run = await publish(
      ['--target', 'rsync', '--no-install'],
      { ...RSYNC_ENV, DVK_CONTENT_DIR: content },
      { realNpm: true },
    );
    expect(run.code).toBe(1);
    expect(run.output).toContain('trường “published”: “2024-02-30” không phải ngày hợp lệ');
    expect(run.output).toContain('✗ Không xuất bản: bước “check”');
    expect(run.output).not.toContain('▶ build');
    expect(run.calls).toEqual([]);
    expect(hashTree(dist)).toEqual(before);
    expect(existsSync(`${dist}.new`)).toBe(false);
  }, 60_000);
});

/** A workflow as a forge reads it (only the parts these tests look at). */
interface Workflow {
  on: { push?: { branches?: string[] }; workflow_dispatch?: unknown; schedule?: { cron: string }[] };
  jobs: Record<
    string,
    {
      'runs-on': string;
      env?: Record<string, string>;
      steps: { uses?: string; run?: string; with?: Record<string, string>; env?: Record<string, string> }[];
    }
  >;
}

const FORGEJO = path.join(root, '.forgejo', 'workflows', 'publish.yml');
const GITHUB = path.join(root, '.github', 'workflows', 'publish.yml');
const workflowText = readFileSync(FORGEJO, 'utf8');
const workflow = yaml.load(workflowText) as Workflow;
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

describe('the publish workflow', () => {
  test('is the same file for Forgejo (.forgejo/) and for Gitea and GitHub (.github/), not a link', () => {
    expect(statSync(GITHUB).isFile()).toBe(true);
    expect(readFileSync(GITHUB, 'utf8')).toBe(workflowText);
  });

  test('runs on every push to main, and on demand', () => {
    expect(workflow.on.push?.branches).toEqual(['main']);
    expect(workflow.on).toHaveProperty('workflow_dispatch');
  });

  test('runs on a Debian or Ubuntu runner', () => {
    for (const job of Object.values(workflow.jobs)) expect(job['runs-on']).toMatch(/^(ubuntu|debian)-/);
  });

  test('uses only actions/checkout and actions/cache, each pinned to a major version', () => {
    const uses = steps.flatMap((step) => (step.uses ? [step.uses] : []));
    expect(uses[0]).toMatch(/^actions\/checkout@v\d+$/);
    for (const action of uses) expect(action).toMatch(/^actions\/(checkout|cache)@v\d+$/);
  });

  test('runs one command, the publish script, and installs nothing itself', () => {
    const runs = steps.flatMap((step) => (step.run ? [step.run.trim()] : []));
    expect(runs).toEqual(['bash scripts/publish.sh']);
    expect(existsSync(path.join(root, 'scripts', 'publish.sh'))).toBe(true);
  });

  test('restores and saves the folder the script keeps Astro’s cache in', () => {
    const [job] = Object.values(workflow.jobs);
    const cached = steps.flatMap((step) => (step.uses?.startsWith('actions/cache@') ? [step.with?.['path']] : []));
    expect(job?.env?.['DVK_CACHE_DIR']).toBe('.cache');
    expect(cached).toContain('.cache');
    // Never committed by mistake.
    expect(readFileSync(path.join(root, '.gitignore'), 'utf8').split('\n')).toContain('.cache/');
  });

  test('gives the secret to the publish step only, and every variable it passes is one the script reads', () => {
    const script = readFileSync(path.join(root, 'scripts', 'publish.sh'), 'utf8');
    for (const step of steps) {
      for (const [name, value] of Object.entries(step.env ?? {})) {
        expect(script).toContain(name);
        if (value.includes('secrets.')) expect(step.run).toBe('bash scripts/publish.sh');
      }
    }
    expect(workflowText.match(/secrets\.\w+/g)).toEqual(['secrets.DVK_SSH_KEY']);
  });

  test('every secret and variable it reads is documented for the office, in docs/xuat-ban.md', () => {
    const guide = readFileSync(path.join(root, 'docs', 'xuat-ban.md'), 'utf8');
    const names = new Set([...workflowText.matchAll(/\b(?:secrets|vars)\.(\w+)/g)].map((m) => m[1]!));
    expect(names.size).toBeGreaterThan(5);
    for (const name of names) expect(guide, name).toContain(`\`${name}\``);
  });
});

describe('.ci/run', () => {
  test('installs and builds through the publish script (target none), with no npm ci or build of its own', () => {
    const commands = readFileSync(path.join(root, '.ci', 'run'), 'utf8')
      .split('\n')
      .filter((line) => !line.trim().startsWith('#'));
    expect(commands.some((line) => line.includes('scripts/publish.sh --target none'))).toBe(true);
    expect(commands.filter((line) => /\bnpm (ci|install|run build)\b/.test(line))).toEqual([]);
  });
});
