import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { applyFilter, cells, openApp, openFiles, rowCount, screenshot, waitForLoads, waitForStartup } from './support/app';
import { tempDir, writeStraceLog } from './support/strace-log';

test('opens the demo and a strace log, filters, and shows the details of a row', async ({ page }) => {
  await openApp(page);
  await waitForStartup(page);
  await expect(cells(page, 'num').first()).toBeVisible();
  await screenshot(page, '01-demo');

  const before = await rowCount(page);
  const log = writeStraceLog(tempDir(), 'cat-session.strace', 400);
  const sample = fileURLToPath(new URL('../samples/strace/sh-pipe-f-t.strace', import.meta.url));
  await openFiles(page, [log, sample]);
  await waitForLoads(page);
  await expect.poll(() => rowCount(page)).toBeGreaterThanOrEqual(before + 400);
  const total = await rowCount(page);
  await page.getByTestId('toggle-sources').click();
  const sourceRow = page.getByTestId('source-row').filter({ hasText: 'cat-session.strace' });
  await expect(sourceRow).toContainText('strace');
  await expect(page.getByTestId('source-row').filter({ hasText: 'sh-pipe-f-t.strace' })).toHaveAttribute('data-status', 'done');
  await expect(sourceRow.getByTestId('source-sha256')).toHaveText(createHash('sha256').update(readFileSync(log)).digest('hex'));
  await screenshot(page, '02-strace-opened');
  await page.getByTestId('toggle-sources').click();

  await applyFilter(page, 'evt.type == openat');
  await expect(page.getByTestId('filter-bar')).toHaveAttribute('data-state', 'applied');
  await expect.poll(() => rowCount(page)).toBeLessThan(total);
  expect(await rowCount(page)).toBeGreaterThanOrEqual(100);
  await expect(cells(page, 'type').first()).toBeVisible();
  const types = await cells(page, 'type').allTextContents();
  expect(types.length).toBeGreaterThan(10);
  expect(new Set(types)).toEqual(new Set(['openat']));
  await expect(page.locator('.cell-failed').first()).toBeVisible();

  const row = page.getByTestId('event-row').nth(2);
  const evtNum = (await row.locator('[data-col="num"]').textContent())!;
  await row.click();
  await expect(page.getByTestId('details')).toHaveAttribute('data-evt-num', evtNum);
  await expect(page.locator('[data-testid="detail-field"][data-field="evt.type"] td')).toHaveText('openat');
  await expect(page.locator('[data-testid="detail-field"][data-field="evt.num"] td')).toHaveText(evtNum);
  await screenshot(page, '03-filtered-details');

  await page.keyboard.press('ArrowDown');
  await expect(page.locator('[data-testid="event-row"].selected')).toHaveAttribute('data-index', '3');
  const nextNum = await page.locator('[data-testid="event-row"].selected [data-col="num"]').textContent();
  await expect(page.getByTestId('details')).toHaveAttribute('data-evt-num', nextNum!);
});

test('an invalid filter shows its message and span and keeps the previous view; no match says so', async ({ page }) => {
  await openApp(page);
  await waitForStartup(page);
  await openFiles(page, [writeStraceLog(tempDir(), 'filter-errors.strace', 200)]);
  await waitForLoads(page);
  await applyFilter(page, 'evt.type == close');
  await expect(page.getByTestId('filter-bar')).toHaveAttribute('data-state', 'applied');
  const applied = await rowCount(page);
  expect(applied).toBeGreaterThan(0);

  await applyFilter(page, 'evt.type == close and proc.nmae == cat');
  await expect(page.getByTestId('filter-bar')).toHaveAttribute('data-state', 'invalid');
  await expect(page.getByTestId('filter-error')).toBeVisible();
  const span = page.getByTestId('filter-error-span');
  await expect(span).toHaveText('proc.nmae');
  expect(await rowCount(page)).toBe(applied);
  await screenshot(page, '04-filter-error');

  await page.getByTestId('filter-input').press('Escape');
  await expect(page.getByTestId('filter-input')).toHaveValue('evt.type == close');

  await applyFilter(page, 'proc.name == "no-such-process"');
  await expect(page.getByTestId('empty-state')).toHaveText('No events match “proc.name == "no-such-process"”.');
  await screenshot(page, '05-no-match');

  await page.getByTestId('filter-clear').click();
  await expect(page.getByTestId('filter-input')).toHaveValue('');
  await expect.poll(() => rowCount(page)).toBeGreaterThan(applied);
});
