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

/**
 * Chromium features switched off on top of Playwright's own list: the address bar's drop-down.
 * Headless Chromium still keeps it ready in every window, as two WebUI pages
 * (chrome://omnibox-popup.top-chrome/), although no one can type there, and they cost CPU on
 * every page the window opens. Ten pages loaded and checked with axe on a phone took 61-62 s of CPU
 * with them and 35-40 s without them (2 cores, Chromium 156).
 */
export const DISABLED_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

const DISABLE_FEATURES = '--disable-features=';

export interface FeatureSwitches {
  /** The launcher's own `--disable-features` switches, to leave out of the launch. */
  replaced: string[];
  /** One switch with the launcher's features and ours. */
  merged: string;
}

/**
 * Chromium reads only the last `--disable-features` switch, and launchers pass their own
 * (Playwright's keeps Chromium from calling Google's hosts, among others), so ours must repeat
 * theirs (`mergeFeatureSwitches`). Playwright's list is read from a Chromium started once per
 * process the way Playwright starts it (CDP gives a browser's command line when automation is on),
 * rather than copied here, where it would go stale when Playwright changes it. Lighthouse's
 * Chromium (chrome-launcher, scripts/lib/lighthouse.ts) keeps the drop-down: switching it off
 * there changed nothing measurable (the Lighthouse test: 51-53 s of CPU either way).
 */
let featureSwitches: Promise<FeatureSwitches> | undefined;

/** The `--disable-features` switches of `commandLine`, and one switch with their features and ours. */
export function mergeFeatureSwitches(commandLine: readonly string[]): FeatureSwitches {
  const replaced = commandLine.filter((arg) => arg.startsWith(DISABLE_FEATURES));
  const features = replaced.flatMap((arg) => arg.slice(DISABLE_FEATURES.length).split(',')).filter(Boolean);
  return { replaced, merged: DISABLE_FEATURES + [...new Set([...features, ...DISABLED_FEATURES])].join(',') };
}

async function readFeatureSwitches(): Promise<FeatureSwitches> {
  const probe = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_FLAGS, '--enable-automation'],
  });
  try {
    const session = await probe.newBrowserCDPSession();
    return mergeFeatureSwitches((await session.send('Browser.getBrowserCommandLine')).arguments);
  } finally {
    await probe.close();
  }
}

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
  featureSwitches ??= readFeatureSwitches();
  const { replaced, merged } = await featureSwitches;
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    ignoreDefaultArgs: replaced,
    args: [...CHROMIUM_FLAGS, merged],
  });
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
