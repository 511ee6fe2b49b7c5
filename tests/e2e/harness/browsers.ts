import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { BrowserLauncher } from './types';

/** Loop over these (`for (const { name, launch } of browsers) describe(…)`) to run a story in both. */
export const browsers: BrowserLauncher[] = [
  { name: 'chromium', launch: launchChromium },
  { name: 'firefox', launch: launchFirefox },
];
