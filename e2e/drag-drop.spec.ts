import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openApp, waitForStartup, rowCount, waitForLoads } from './support/app';
import { tempDir, writeStraceLog } from './support/strace-log';

test('a file dropped on the window is opened as a new source', async ({ page }) => {
  await openApp(page);
  await waitForStartup(page);
  const before = await rowCount(page);
  const text = readFileSync(writeStraceLog(tempDir(), 'dropped.strace', 120), 'utf8');

  // A real DataTransfer carrying a File, dispatched as the browser does for a drag from the desktop.
  const transfer = await page.evaluateHandle((content) => {
    const dt = new DataTransfer();
    dt.items.add(new File([content], 'dropped.strace', { type: 'text/plain' }));
    return dt;
  }, text);
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
  await expect(page.getByTestId('drop-overlay')).toBeVisible();
  await page.dispatchEvent('body', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
  await expect(page.getByTestId('drop-overlay')).toHaveCount(0);

  await waitForLoads(page);
  await expect.poll(() => rowCount(page)).toBe(before + 121);
  await page.getByTestId('toggle-sources').click();
  await expect(page.getByTestId('source-row').filter({ hasText: 'dropped.strace' })).toHaveAttribute('data-status', 'done');
});
