import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

type LaunchOptions = Parameters<typeof chromium.launchPersistentContext>[1];

/** Debian's Chromium, as the browser tests, icons, screenshots and Lighthouse use it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep headless Chromium from stalling on this machine's refused connections (no sandbox as root). */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A Chromium window on a fresh, temporary profile; `close` ends it and deletes the profile. */
export interface FreshBrowser {
  context: BrowserContext;
  close: () => Promise<void>;
}

/** Launches Debian's Chromium with a new profile (so a real service worker and IndexedDB start empty). */
export async function launchFresh(
  options: Omit<LaunchOptions, 'executablePath' | 'headless' | 'args'> = {},
): Promise<FreshBrowser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_FLAGS,
    ...options,
  });
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
