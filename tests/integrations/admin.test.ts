/** The web editor written into a built site: the bundle, its policy, its config. */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { adminCsp } from '../../src/admin/csp.ts';
import { adminIndexHtml, writeAdmin } from '../../src/integrations/admin.ts';

const INDEX = '<html><head><meta http-equiv="Content-Security-Policy" content="__DVK_ADMIN_CSP__" /></head></html>';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'dvk-admin-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('adminIndexHtml', () => {
  test('writes the admin policy into the page’s <meta>', () => {
    expect(adminIndexHtml(INDEX)).toContain(`content="${adminCsp()}"`);
  });

  test('refuses a page with no place for the policy', () => {
    expect(() => adminIndexHtml('<html></html>')).toThrow(/Content-Security-Policy/);
  });
});

describe('writeAdmin', () => {
  test('puts the bundle, its page with the policy and the generated config under admin/', async () => {
    const bundle = path.join(dir, 'bundle');
    await mkdir(path.join(bundle, 'assets'), { recursive: true });
    await writeFile(path.join(bundle, 'index.html'), INDEX);
    await writeFile(path.join(bundle, 'assets', 'index-abc.js'), 'export {};');
    const site = path.join(dir, 'dist.new');
    await writeAdmin(site, bundle, 'content');
    expect(existsSync(path.join(site, 'admin', 'assets', 'index-abc.js'))).toBe(true);
    expect(readFileSync(path.join(site, 'admin', 'index.html'), 'utf8')).toContain(adminCsp());
    const config = yaml.load(readFileSync(path.join(site, 'admin', 'config.yml'), 'utf8')) as {
      collections: { folder?: string }[];
    };
    expect(config.collections[0]!.folder).toBe('content/models');
    // The cached bundle itself keeps its placeholder, for the next build's policy.
    expect(readFileSync(path.join(bundle, 'index.html'), 'utf8')).toBe(INDEX);
  });
});
