/**
 * Headless Chromium from Debian (/usr/bin/chromium) driven by playwright-core.
 * Under CI=true a missing browser fails loudly; elsewhere the caller may skip with a message.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function isChromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/** Throws under CI when Chromium is missing; returns false (after a loud warning) elsewhere. */
export function requireChromium(): boolean {
  if (isChromiumAvailable()) return true;
  const message = `Chromium not found at ${CHROMIUM_PATH}: install it with 'apt-get install chromium fonts-noto-cjk'`;
  if (process.env.CI === 'true') throw new Error(message);
  console.warn(`\n!!! SKIPPING browser tests — ${message}\n`);
  return false;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}
