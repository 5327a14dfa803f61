import { expect, test } from '@playwright/test';
import { openApp, openFiles, rowCount, screenshot, waitForLoads, waitForStartup } from './support/app';
import { tempDir, writeLargeStraceLog } from './support/strace-log';

const LINES = 1_000_000;

test('a large file shows rows and progress while loading, and Cancel keeps the rows read so far', async ({ page }) => {
  test.setTimeout(180_000);
  const log = await writeLargeStraceLog(tempDir(), 'large.strace', LINES);
  await openApp(page);
  await waitForStartup(page);
  const before = await rowCount(page);

  await openFiles(page, [log]);
  await expect(page.getByTestId('load-bar')).toBeVisible();
  await expect.poll(async () => Number(await page.getByTestId('load-progress').getAttribute('data-events')), { message: 'progress counts events' }).toBeGreaterThan(0);
  await expect.poll(() => rowCount(page), { message: 'rows appear while the file is still loading' }).toBeGreaterThan(before);
  await expect(page.getByTestId('load-bar')).toBeVisible();
  await screenshot(page, '07-loading');

  await page.getByTestId('cancel-load').click();
  await waitForLoads(page);
  await expect(page.getByTestId('notice').filter({ hasText: 'large.strace' })).toContainText('cancelled');
  const kept = await rowCount(page);
  expect(kept).toBeGreaterThan(before);
  expect(kept).toBeLessThan(before + LINES);
  await expect(page.locator('[data-testid="event-row"]:not(.pending)').first()).toBeVisible();
  await screenshot(page, '08-cancelled');
});
