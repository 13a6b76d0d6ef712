import { afterEach, describe, expect, test, vi } from 'vitest';
import { dropPurgeSettings, loadWithSettings, PURGE_SETTINGS, RESVG_SETTINGS } from '../../src/lib/allocator';

// What MIMALLOC_PURGE_DELAY held when resvg's module loaded: its allocator reads it then.
const seenByResvg = vi.hoisted((): (string | undefined)[] => []);
vi.mock('@resvg/resvg-js', async (importOriginal) => {
  seenByResvg.push(process.env.MIMALLOC_PURGE_DELAY);
  return importOriginal();
});

describe('dropPurgeSettings', () => {
  test('takes out the values the build sets and leaves other values alone', () => {
    const env: NodeJS.ProcessEnv = { ...PURGE_SETTINGS, PATH: '/usr/bin' };
    dropPurgeSettings(env);
    expect(env).toEqual({ PATH: '/usr/bin' });

    const chosen: NodeJS.ProcessEnv = { MIMALLOC_PURGE_DELAY: '250', MIMALLOC_PURGE_DECOMMITS: '1' };
    dropPurgeSettings(chosen);
    expect(chosen).toEqual({ MIMALLOC_PURGE_DELAY: '250' });
  });
});

describe('loadWithSettings', () => {
  test('gives the module its settings while it loads, without the build’s, and takes them out after', async () => {
    const env: NodeJS.ProcessEnv = { ...PURGE_SETTINGS, PATH: '/usr/bin' };
    let seen: NodeJS.ProcessEnv = {};
    const loaded = await loadWithSettings(
      { MIMALLOC_PURGE_DELAY: '1000' },
      async () => ((seen = { ...env }), 'module'),
      env,
    );
    expect(loaded).toBe('module');
    expect(seen).toEqual({ MIMALLOC_PURGE_DELAY: '1000', PATH: '/usr/bin' });
    expect(env).toEqual({ PATH: '/usr/bin' });
  });

  test('leaves a value someone chose as it is, and cleans up when the module fails to load', async () => {
    const env: NodeJS.ProcessEnv = { MIMALLOC_PURGE_DELAY: '250' };
    let seen: NodeJS.ProcessEnv = {};
    const settings = { MIMALLOC_PURGE_DELAY: '1000', MIMALLOC_VERBOSE: '0' };
    const failed = loadWithSettings(settings, () => ((seen = { ...env }), Promise.reject(new Error('no module'))), env);
    await expect(failed).rejects.toThrow('no module');
    expect(seen).toEqual({ MIMALLOC_PURGE_DELAY: '250', MIMALLOC_VERBOSE: '0' });
    expect(env).toEqual({ MIMALLOC_PURGE_DELAY: '250' });
  });
});

describe('the share pictures and the build’s allocator settings', () => {
  const saved = { ...process.env };
  afterEach(() => {
    for (const name of Object.keys(PURGE_SETTINGS)) delete process.env[name];
    Object.assign(process.env, saved);
  });

  test('resvg loads with its own settings, not the build’s, and leaves none of them behind', async () => {
    Object.assign(process.env, PURGE_SETTINGS);
    // A fresh copy of the module, with resvg not loaded yet: the unit tests share their modules
    // (tests/vitest.unit.config.ts), and another file may have drawn a picture already.
    vi.resetModules();
    // Loading the module must not load resvg: the build loads it while the settings still hold.
    const { renderShareImage } = await import('../../src/lib/share-image');
    expect(seenByResvg).toEqual([]);

    const png = await renderShareImage({
      kind: 'Tin tức',
      title: 'Đường ra cánh đồng',
      siteName: 'Dân vận khéo An Giang',
    });
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(seenByResvg).toEqual([RESVG_SETTINGS.MIMALLOC_PURGE_DELAY]);
    expect(process.env.MIMALLOC_PURGE_DELAY).toBeUndefined();
    expect(process.env.MIMALLOC_PURGE_DECOMMITS).toBeUndefined();
  });
});
