/** Driving the Ephemera window in the specs. */
import { expect, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));

export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: the global setup did not start ephemera serve');
  return url;
}

/** Opens the app and waits until the engine is ready and the host is online. */
export async function openApp(page: Page): Promise<void> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(baseUrl());
  await expect(page.getByTestId('engine-status'), `page errors: ${errors.join('; ')}`).toHaveText('engine: ready', { timeout: 60_000 });
  await expect(page.getByTestId('host-status')).toHaveAttribute('data-status', 'online');
}

/** Waits until the startup files (the demo) have given rows and no load is running. */
export async function waitForStartup(page: Page): Promise<void> {
  await expect.poll(() => rowCount(page), { message: 'the startup (demo) files give rows', timeout: 60_000 }).toBeGreaterThan(0);
  await waitForLoads(page);
}

/** Waits until no load is running. */
export async function waitForLoads(page: Page): Promise<void> {
  await expect(page.getByTestId('load-bar')).toHaveCount(0, { timeout: 60_000 });
}

export async function rowCount(page: Page): Promise<number> {
  return Number(await page.getByTestId('event-list').getAttribute('data-row-count'));
}

/** Opens files through the hidden file input (what the Open button does in a browser). */
export async function openFiles(page: Page, paths: string[]): Promise<void> {
  await page.getByTestId('file-input').setInputFiles(paths);
}

export function cells(page: Page, column: string): Locator {
  return page.locator(`[data-testid="event-row"]:not(.pending) [data-col="${column}"]`);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}

export async function applyFilter(page: Page, text: string): Promise<void> {
  const input = page.getByTestId('filter-input');
  await input.fill(text);
  await input.press('Enter');
}
