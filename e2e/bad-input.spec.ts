import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { cells, openApp, openFiles, rowCount, screenshot, waitForLoads, waitForStartup } from './support/app';
import { tempDir, writeStraceLog, writeTruncatedStraceLog } from './support/strace-log';

async function openAndExpectNotice(page: Page, path: string, name: string, level?: 'error' | 'warning') {
  await openFiles(page, [path]);
  await waitForLoads(page);
  const notice = page.getByTestId('notice').filter({ hasText: name });
  await expect(notice).toHaveCount(1);
  if (level) await expect(notice).toHaveAttribute('data-level', level);
}

test('empty, binary and truncated files are named with their problem; loaded rows stay', async ({ page }) => {
  const dir = tempDir();
  await openApp(page);
  await waitForStartup(page);
  await openFiles(page, [writeStraceLog(dir, 'good.strace', 100)]);
  await waitForLoads(page);
  const loaded = await rowCount(page);
  expect(loaded).toBeGreaterThanOrEqual(100);

  const empty = join(dir, 'empty.strace');
  writeFileSync(empty, '');
  await openAndExpectNotice(page, empty, 'empty.strace', 'error');
  expect(await rowCount(page)).toBe(loaded);

  const binary = join(dir, 'blob.bin');
  writeFileSync(binary, Buffer.concat([Buffer.from([0x00, 0x01, 0xfe, 0xff]), randomBytes(64 * 1024)]));
  await openAndExpectNotice(page, binary, 'blob.bin', 'error');
  expect(await rowCount(page)).toBe(loaded);
  await expect(cells(page, 'num').first()).toBeVisible();

  await openAndExpectNotice(page, writeTruncatedStraceLog(dir, 'cut.strace', 60), 'cut.strace');
  await expect.poll(() => rowCount(page), { message: 'events before the damage are kept' }).toBeGreaterThanOrEqual(loaded + 60);

  await page.getByTestId('toggle-sources').click();
  await expect(page.getByTestId('source-row').filter({ hasText: 'empty.strace' })).toHaveAttribute('data-status', 'error');
  await expect(page.getByTestId('source-row').filter({ hasText: 'blob.bin' })).toHaveAttribute('data-status', 'error');
  const cut = page.getByTestId('source-row').filter({ hasText: 'cut.strace' });
  await cut.getByTestId('source-problems').locator('summary').click();
  await expect(cut.getByTestId('source-problems')).toContainText('@');
  await screenshot(page, '06-bad-input');
});
