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

export interface LaunchOptions {
  /**
   * How long, in ms, every action, wait and navigation of every context and page of this browser
   * may take before it fails (Playwright's own default is 30 s). Tests set it as a guard against a
   * hang, well above anything a busy machine takes; 0 means no limit.
   */
  defaultTimeout?: number;
}

/** Headless Chromium through playwright-core. */
export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
  const { defaultTimeout } = options;
  if (defaultTimeout !== undefined) {
    // Playwright has no browser-wide default: set it on each context as it opens. `newPage()`
    // opens its own context through `newContext()`, so it is covered too.
    const newContext = browser.newContext.bind(browser);
    browser.newContext = async (contextOptions) => {
      const context = await newContext(contextOptions);
      context.setDefaultTimeout(defaultTimeout);
      return context;
    };
  }
  return browser;
}
