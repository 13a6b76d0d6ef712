import { describe, expect, test } from 'vitest';
import { DISABLED_FEATURES, mergeFeatureSwitches } from '../../scripts/lib/chromium.ts';

describe('mergeFeatureSwitches', () => {
  test('keeps every feature Playwright switches off, and adds ours in the one switch Chromium reads', () => {
    const playwright = '--disable-features=HttpsUpgrades,AimEnabled,PreconnectToSearch';
    const switches = mergeFeatureSwitches(['--headless', playwright, '--enable-features=Foo', '--no-sandbox']);
    expect(switches.playwright).toEqual([playwright]);
    expect(switches.merged).toBe(
      `--disable-features=HttpsUpgrades,AimEnabled,PreconnectToSearch,${DISABLED_FEATURES.join(',')}`,
    );
  });

  test('names each feature once, and works when Playwright passes no such switch', () => {
    expect(mergeFeatureSwitches([`--disable-features=${DISABLED_FEATURES[0]},A`, '--disable-features=B'])).toEqual({
      playwright: [`--disable-features=${DISABLED_FEATURES[0]},A`, '--disable-features=B'],
      merged: `--disable-features=${[DISABLED_FEATURES[0], 'A', 'B', ...DISABLED_FEATURES.slice(1)].join(',')}`,
    });
    expect(mergeFeatureSwitches(['--headless'])).toEqual({
      playwright: [],
      merged: `--disable-features=${DISABLED_FEATURES.join(',')}`,
    });
  });
});
