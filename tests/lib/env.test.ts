import { afterEach, describe, expect, test, vi } from 'vitest';
import { ENV, getCacheDir, getContentDir, getFixedToday, getOutDir, showsUnpublished } from '../../src/lib/env.ts';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('getContentDir', () => {
  test('is content/ unless DVK_CONTENT_DIR says otherwise', () => {
    vi.stubEnv(ENV.contentDir, '');
    expect(getContentDir()).toBe('content');
    vi.stubEnv(ENV.contentDir, '/tmp/corpus/content');
    expect(getContentDir()).toBe('/tmp/corpus/content');
  });
});

describe('getCacheDir and getOutDir', () => {
  test('leave Astro its defaults when unset or empty', () => {
    vi.stubEnv(ENV.cacheDir, '');
    vi.stubEnv(ENV.outDir, '');
    expect(getCacheDir()).toBeUndefined();
    expect(getOutDir()).toBeUndefined();
  });

  test('return the folders that are set', () => {
    vi.stubEnv(ENV.cacheDir, '.cache');
    vi.stubEnv(ENV.outDir, 'out');
    expect([getCacheDir(), getOutDir()]).toEqual(['.cache', 'out']);
  });

  test('read the environment they are given instead of this process’s', () => {
    vi.stubEnv(ENV.outDir, 'out');
    const env = { [ENV.cacheDir]: '/tmp/cache', [ENV.outDir]: '', [ENV.contentDir]: 'corpus' };
    expect([getCacheDir(env), getOutDir(env), getContentDir(env)]).toEqual(['/tmp/cache', undefined, 'corpus']);
  });
});

describe('getFixedToday', () => {
  test('returns DVK_TODAY as written', () => {
    vi.stubEnv(ENV.today, '2024-03-07');
    expect(getFixedToday()).toBe('2024-03-07');
  });
});

describe('showsUnpublished', () => {
  test.each([
    ['1', true],
    ['', false],
    ['0', false],
    ['true', false],
  ])('DVK_SHOW_UNPUBLISHED=%j → %s', (value, expected) => {
    vi.stubEnv(ENV.showUnpublished, value);
    expect(showsUnpublished()).toBe(expected);
  });
});
