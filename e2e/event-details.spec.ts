import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { applyFilter, cells, openApp, openFiles, rowCount, screenshot, waitForLoads, waitForStartup } from './support/app';

// Real captures from ../shared/data (never copied into the project). CI always has that folder.
// None of the 14 captures has an openat; their opens are `open` events (the same flags table).
const PLAIN = fileURLToPath(new URL('../../shared/data/scap/sysdigworkshop_nginx_container.scap', import.meta.url));
/** gzip bytes under a .scap name: the details come from re-gunzipping the file */
const GZIP = fileURLToPath(new URL('../../shared/data/scap/curl_google.scap', import.meta.url));
const hasCaptures = existsSync(PLAIN) && existsSync(GZIP);
if (!hasCaptures && process.env.CI) throw new Error(`${PLAIN} or ${GZIP} is missing: CI must run with ../shared beside the clone`);

test.skip(!hasCaptures, `${PLAIN} is absent (../shared/data is not beside this clone)`);

async function selectFirst(page: Page, filter: string): Promise<string> {
  await applyFilter(page, filter);
  await expect(page.getByTestId('filter-bar')).toHaveAttribute('data-state', 'applied');
  await expect.poll(() => rowCount(page)).toBeGreaterThan(0);
  const row = page.locator('[data-testid="event-row"]:not(.pending)').first();
  const evtNum = (await row.locator('[data-col="num"]').textContent())!;
  await row.click();
  await expect(page.getByTestId('details')).toHaveAttribute('data-evt-num', evtNum);
  return evtNum;
}

function param(page: Page, name: string) {
  return page.getByTestId('params-table').locator(`[data-testid="param-row"][data-param="${name}"]`);
}

test('the details pane decodes a scap event\'s parameters from the file: name, type, raw and rendered', async ({ page }) => {
  await openApp(page);
  await waitForStartup(page);
  await openFiles(page, [PLAIN, GZIP]);
  await waitForLoads(page);

  // sysdig -r sysdigworkshop_nginx_container.scap, evt 69: open < fd=11(<f>/usr/share/nginx/html/index.html) name=… flags=65(O_NONBLOCK|O_RDONLY) mode=0
  const evtNum = await selectFirst(page, 'source.name == sysdigworkshop_nginx_container.scap and evt.type == open and evt.dir == "<"');
  const group = page.getByTestId('params-group');
  await expect(group).toHaveAttribute('data-state', 'done');
  await expect(page.getByRole('table', { name: `Parameters of event ${evtNum} (EV block)` })).toBeVisible();
  await expect(param(page, 'flags').locator('[data-col="type"]')).toHaveText('PT_FLAGS32');
  await expect(param(page, 'flags').locator('[data-col="raw"]')).toHaveText('65');
  await expect(param(page, 'flags').locator('[data-col="rendered"]')).toHaveText('65(O_NONBLOCK|O_RDONLY)');
  await expect(param(page, 'fd').locator('[data-col="raw"]')).toHaveText('11');
  await expect(param(page, 'fd').locator('[data-col="rendered"]')).toHaveText('11(<f>/usr/share/nginx/html/index.html)');
  await expect(param(page, 'name').locator('[data-col="type"]')).toHaveText('PT_FSPATH');
  expect(await page.getByTestId('param-row').locator('th').allTextContents()).toEqual(['fd', 'name', 'flags', 'mode']);
  await page.getByTestId('params-table').scrollIntoViewIfNeeded();
  await screenshot(page, '11-scap-parameters');

  // keyboard: the group folds and unfolds from its summary
  await group.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('params-table')).toBeHidden();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('params-table')).toBeVisible();

  // the gzip capture: its bytes come from gunzipping the file again up to the event
  await selectFirst(page, 'source.name == curl_google.scap and evt.type == open and evt.dir == "<" and fd.name = "/etc/ld.so.cache"');
  await expect(group).toHaveAttribute('data-state', 'done');
  await expect(param(page, 'flags').locator('[data-col="raw"]')).toHaveText('4097');
  await expect(param(page, 'flags').locator('[data-col="rendered"]')).toHaveText('4097(O_RDONLY|O_CLOEXEC)');
  await expect(param(page, 'fd').locator('[data-col="rendered"]')).toHaveText(/^3\(<f>\/etc\/ld\.so\.cache\)$/);

  // an event of another kind of source has no parameter table
  await selectFirst(page, 'source.kind != scap');
  await expect(page.getByTestId('details').locator('[data-testid="detail-field"]').first()).toBeVisible();
  await expect(page.getByTestId('params-group')).toHaveCount(0);
  expect(await cells(page, 'type').count()).toBeGreaterThan(0);
});
