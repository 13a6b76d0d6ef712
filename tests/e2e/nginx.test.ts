/**
 * deploy/nginx.conf, run for real: Debian's nginx on loopback serving the production build with
 * that very file (only its listen and root lines rewritten), from wherever the checkout is.
 * Checks the security headers, a page, a redirect, the 404 page, compression and caching, and the
 * web editor at /admin/ with its own policy and every security header repeated.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { adminCsp } from '../../src/admin/csp.ts';

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = path.join(root, 'dist');
let base = '';
let nginx: ChildProcess | undefined;
let prefix = '';

/**
 * The `user` line for the main config. nginx's workers drop to an unprivileged user (nobody) when
 * the master runs as root, and that user cannot read a checkout under a folder only its owner may
 * enter (/root, a home created 0700): every request would be answered 403. So, as root, the
 * workers run as whoever owns the checkout. Without root nginx ignores `user`, and the workers
 * are this user, who can read the checkout already.
 */
function userLine(): string {
  if (process.getuid?.() !== 0) return '';
  const { uid } = statSync(dist);
  const name = (flag: string) => spawnSync('id', [flag, String(uid)], { encoding: 'utf8' }).stdout.trim();
  return `user ${name('-nu')} ${name('-ng')};\n`;
}

/** The deploy file with its marked lines pointed at this machine, inside a minimal main config. */
function testConfig(port: number): string {
  const site = readFileSync(path.join(root, 'deploy/nginx.conf'), 'utf8')
    .replace(/^\s*listen .*# dvk:listen$/m, `    listen 127.0.0.1:${port};`)
    .replace(/^\s*root .*# dvk:root$/m, `    root ${dist};`);
  // The log goes to stderr at notice level, where nginx says when its workers start.
  return `daemon off;
${userLine()}pid ${prefix}/nginx.pid;
error_log stderr notice;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
${site}
}
`;
}

/**
 * Starts nginx and resolves once its workers start (its listening socket is open by then), or
 * rejects with its log if it exits first. No deadline of its own: the hook's timeout bounds it.
 */
function start(config: string): Promise<ChildProcess> {
  const child = spawn(NGINX, ['-c', config, '-p', prefix], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  return new Promise((resolve, reject) => {
    child.stderr.on('data', (chunk) => {
      log += chunk;
      if (/start worker process/.test(log)) resolve(child);
    });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      reject(Object.assign(new Error(`nginx stopped (${code ?? signal}):\n${log}`), { log })),
    );
  });
}

beforeAll(async () => {
  if (!existsSync(NGINX))
    throw new Error(`nginx không có ở ${NGINX}: cài bằng “apt-get install -y nginx-light” (.ci/run làm việc này).`);
  prefix = mkdtempSync(path.join(tmpdir(), 'dvk-nginx-'));
  const config = path.join(prefix, 'nginx.conf');
  // A random port; another one if something else holds it.
  for (let attempt = 1; ; attempt++) {
    const port = 18000 + Math.floor(Math.random() * 1000);
    writeFileSync(config, testConfig(port));
    const check = spawnSync(NGINX, ['-t', '-c', config, '-p', prefix], { encoding: 'utf8' });
    if (check.status !== 0) throw new Error(`deploy/nginx.conf không hợp lệ:\n${check.stderr}`);
    try {
      nginx = await start(config);
      base = `http://127.0.0.1:${port}`;
      return;
    } catch (error) {
      if (attempt >= 5 || !/Address already in use/.test((error as { log?: string }).log ?? '')) throw error;
    }
  }
});
afterAll(async () => {
  if (nginx && nginx.exitCode === null && nginx.signalCode === null) {
    const exited = once(nginx, 'exit');
    nginx.kill('SIGQUIT');
    await exited;
  }
  if (prefix) rmSync(prefix, { recursive: true, force: true });
});

const get = (p: string, headers: Record<string, string> = {}) => fetch(`${base}${p}`, { redirect: 'manual', headers });

/** The public pages' header policy: what a <meta> cannot set (their own policy is in each page). */
const PUBLIC_CSP = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'";

/** The security headers every response carries besides its Content-Security-Policy. */
function expectSecurityHeaders(response: Response) {
  expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d{7,}/);
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  expect(response.headers.get('permissions-policy')).toContain('geolocation=()');
  expect(response.headers.get('x-frame-options')).toBe('DENY');
}

describe('deploy/nginx.conf', () => {
  test('serves a page with every security header', async () => {
    const response = await get('/mo-hinh/hien-dat-lam-duong-thoai-son/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('Vận động hiến đất làm đường giao thông nông thôn');
    expect(response.headers.get('content-security-policy')).toBe(PUBLIC_CSP);
    expectSecurityHeaders(response);
    expect(response.headers.get('x-robots-tag')).toBeNull();
    expect(response.headers.get('server')).toBe('nginx');
  });

  test('keeps pretty URLs: no trailing slash redirects to the folder', async () => {
    const response = await get('/mo-hinh/hien-dat-lam-duong-thoai-son');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/mo-hinh/hien-dat-lam-duong-thoai-son/');
  });

  test('answers an unknown address with the 404 page, headers included', async () => {
    const response = await get('/khong-co-trang-nay/');
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Không tìm thấy trang');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  test('compresses text and caches hashed assets for a year, HTML for minutes', async () => {
    const page = await get('/', { 'Accept-Encoding': 'gzip' });
    expect(page.headers.get('content-encoding')).toBe('gzip');
    expect(page.headers.get('cache-control')).toBe('max-age=300');
    const css = readdirSync(path.join(dist, '_astro')).find((f) => f.endsWith('.css'));
    const asset = await get(`/_astro/${css}`, { 'Accept-Encoding': 'gzip' });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('max-age=31536000');
    expect(asset.headers.get('content-encoding')).toBe('gzip');
    expect(asset.headers.get('strict-transport-security')).not.toBeNull();
  });

  test('serves the open data CSV as text/csv', async () => {
    const response = await get('/du-lieu/mo-hinh.csv');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  });
});

describe('deploy/nginx.conf for the web editor at /admin/', () => {
  test('serves it under its own policy, the one src/admin/csp.ts gives, with every other security header', async () => {
    const response = await get('/admin/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Biên tập — Dân vận khéo An Giang');
    expect(response.headers.get('content-security-policy')).toBe(adminCsp({ frameAncestors: true }));
    expectSecurityHeaders(response);
    expect(response.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  test('never lets its generated config be cached, and serves it as YAML', async () => {
    const response = await get('/admin/config.yml');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/yaml; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-security-policy')).toBe(adminCsp({ frameAncestors: true }));
    expect(response.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    expectSecurityHeaders(response);
  });

  test('caches the bundle’s hashed files for a year, headers included', async () => {
    const script = /<script type="module" src="([^"]+)"/.exec(
      readFileSync(path.join(dist, 'admin', 'index.html'), 'utf8'),
    )?.[1];
    expect(script).toMatch(/^\/admin\/assets\//);
    const response = await get(script!, { 'Accept-Encoding': 'gzip' });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    expectSecurityHeaders(response);
  });

  test('leaves the public pages’ headers as they were', async () => {
    for (const page of ['/', '/tim-kiem/', '/du-lieu/mo-hinh.csv']) {
      const response = await get(page);
      expect(response.headers.get('content-security-policy'), page).toBe(PUBLIC_CSP);
      expect(response.headers.get('x-robots-tag'), page).toBeNull();
      expectSecurityHeaders(response);
    }
  });
});
