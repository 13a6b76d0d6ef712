import { describe, expect, test } from 'vitest';
import { DISABLED_FEATURES, mergeFeatureSwitches } from '../../scripts/lib/chromium.ts';

describe('mergeFeatureSwitches', () => {
  test('keeps every feature the launcher switches off, and adds ours in the one switch Chromium reads', () => {
    const playwright = '--disable-features=HttpsUpgrades,AimEnabled,PreconnectToSearch';
    const switches = mergeFeatureSwitches(['--headless', playwright, '--enable-features=Foo', '--no-sandbox']);
    expect(switches.replaced).toEqual([playwright]);
    expect(switches.merged).toBe(
      `--disable-features=HttpsUpgrades,AimEnabled,PreconnectToSearch,${DISABLED_FEATURES.join(',')}`,
    );
  });

  test('names each feature once, and works when the launcher passes no such switch', () => {
    expect(mergeFeatureSwitches([`--disable-features=${DISABLED_FEATURES[0]},A`, '--disable-features=B'])).toEqual({
      replaced: [`--disable-features=${DISABLED_FEATURES[0]},A`, '--disable-features=B'],
      merged: `--disable-features=${[DISABLED_FEATURES[0], 'A', 'B', ...DISABLED_FEATURES.slice(1)].join(',')}`,
    });
    expect(mergeFeatureSwitches(['--headless'])).toEqual({
      replaced: [],
      merged: `--disable-features=${DISABLED_FEATURES.join(',')}`,
    });
  });
});
