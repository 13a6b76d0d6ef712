/**
 * Debian's Chromium, as every browser run here starts it (tests, benchmarks, Lighthouse). No
 * browser is downloaded: the path is the one `apt-get install chromium` gives (override with
 * CHROMIUM_PATH). The flags keep Chromium from calling Google's hosts, which these machines cannot
 * reach, and let it run as root.
 */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Headless Chromium through playwright-core. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
}
