import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { applyFilter, cells, openApp, waitForStartup, openFiles, rowCount, screenshot, waitForLoads } from './support/app';

// A real capture from ../shared/data (never copied into the project). CI always has that folder.
const CAPTURE = fileURLToPath(new URL('../../shared/data/scap/falcolibs_sample.scap', import.meta.url));
const hasCapture = existsSync(CAPTURE);
if (!hasCapture && process.env.CI) throw new Error(`${CAPTURE} is missing: CI must run with ../shared beside the clone`);

test.skip(!hasCapture, `${CAPTURE} is absent (../shared/data is not beside this clone)`);

test('a .scap capture opens, meta events are hidden until shown, and filters apply', async ({ page }) => {
  await openApp(page);
  await waitForStartup(page);
  const demoRows = await rowCount(page);

  await openFiles(page, [CAPTURE]);
  await waitForLoads(page);
  await page.getByTestId('toggle-sources').click();
  const source = page.getByTestId('source-row').filter({ hasText: 'falcolibs_sample.scap' });
  await expect(source).toHaveAttribute('data-status', 'done');
  await expect(source).toContainText('scap');

  // sysdig -r falcolibs_sample.scap prints 402 events; 170 more are meta events it does not print.
  await expect.poll(() => rowCount(page)).toBe(demoRows + 402);
  await page.getByTestId('show-hidden').check();
  await expect.poll(() => rowCount(page)).toBe(demoRows + 402 + 170);
  await page.getByTestId('show-hidden').uncheck();
  await expect.poll(() => rowCount(page)).toBe(demoRows + 402);

  await applyFilter(page, 'evt.type == switch and proc.name == sysdig');
  await expect(page.getByTestId('filter-bar')).toHaveAttribute('data-state', 'applied');
  await expect(cells(page, 'type').first()).toHaveText('switch');
  expect(new Set(await cells(page, 'proc').allTextContents())).toEqual(new Set(['sysdig']));
  await screenshot(page, '09-scap');

  // The I/O buffer of a read exit, as hex + ASCII (sysdig: evt.num 358 of this file, 8 bytes).
  await applyFilter(page, 'source.kind == scap and evt.type == read and evt.dir == "<"');
  await expect(page.getByTestId('filter-bar')).toHaveAttribute('data-state', 'applied');
  await expect(cells(page, 'type').first()).toHaveText('read');
  const row = page.getByTestId('event-row').first();
  const evtNum = (await row.locator('[data-col="num"]').textContent())!;
  await row.click();
  await expect(page.getByTestId('details')).toHaveAttribute('data-evt-num', evtNum);
  await expect(page.getByTestId('bytes-pane')).toContainText('8 bytes');
  await expect(page.getByTestId('bytes-pane')).toContainText('0000  01 00 00 00 00 00 00 00');
  await screenshot(page, '10-scap-bytes');
});
