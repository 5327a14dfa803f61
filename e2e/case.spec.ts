import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { applyFilter, cells, openApp, rowCount, screenshot, waitForLoads, waitForStartup } from './support/app';
import { tempDir } from './support/strace-log';

// Real logs from ../shared/data (never copied into the project; copied into a temp folder here).
const DATA = fileURLToPath(new URL('../../shared/data/', import.meta.url));
const K8S_EXEC = join(DATA, 'k8saudit/falco_k8s_audit_exec_pod.json');
const TRAIL = join(DATA, 'cloudtrail/stratus_aws.defense-evasion.cloudtrail-stop.json');
const hasData = existsSync(K8S_EXEC) && existsSync(TRAIL);
if (!hasData && process.env.CI) throw new Error(`${DATA} is missing: CI must run with ../shared beside the clone`);

test.skip(!hasData, `${DATA} is absent (../shared/data is not beside this clone)`);

/** An incident folder as a responder receives it: nested logs plus a note that is not a log. */
function incidentFolder(): string {
  const root = join(tempDir(), 'incident-42');
  mkdirSync(join(root, 'k8s'), { recursive: true });
  mkdirSync(join(root, 'AWSLogs', '143434273843', 'CloudTrail', 'us-east-1'), { recursive: true });
  copyFileSync(K8S_EXEC, join(root, 'k8s', 'audit.json'));
  copyFileSync(TRAIL, join(root, 'AWSLogs', '143434273843', 'CloudTrail', 'us-east-1', 'trail.json'));
  writeFileSync(join(root, 'README.txt'), 'Collected by the on-call responder.\n');
  return root;
}

const sourceRow = (page: Page, name: string) => page.getByTestId('source-row').filter({ hasText: name });

test('a folder of cloud and k8s logs joins the capture in one timeline; sources hide, go, and are re-read as another kind', async ({ page }) => {
  await openApp(page);
  await waitForStartup(page);
  const demoRows = await rowCount(page);

  await page.getByTestId('folder-input').setInputFiles(incidentFolder());
  await waitForLoads(page);
  await expect(page.getByTestId('notice').filter({ hasText: 'Skipped 1 file' })).toContainText('README.txt');
  await expect.poll(() => rowCount(page)).toBe(demoRows + 2);

  await page.getByTestId('toggle-sources').click();
  await expect(sourceRow(page, 'k8s/audit.json')).toContainText('k8saudit');
  await expect(sourceRow(page, 'trail.json')).toHaveAttribute('data-status', 'done');
  await expect(page.getByTestId('source-row')).toHaveCount(3);
  await screenshot(page, '20-case-sources');

  // one timeline: the 2018 exec, then the 2024 StopLogging, then the (2026) demo capture
  await expect(cells(page, 'type').first()).toHaveText('create');
  await expect(cells(page, 'type').nth(1)).toHaveText('StopLogging');
  await expect(cells(page, 'source').first()).toContainText('audit.json');

  await applyFilter(page, 'ka.session = exec');
  await expect.poll(() => rowCount(page)).toBe(1);
  await applyFilter(page, '');
  await expect.poll(() => rowCount(page)).toBe(demoRows + 2);

  // hide the k8s source: its row leaves the list, the source stays
  await sourceRow(page, 'k8s/audit.json').getByTestId('source-shown').uncheck();
  await expect.poll(() => rowCount(page)).toBe(demoRows + 1);
  await expect(sourceRow(page, 'k8s/audit.json')).toHaveAttribute('data-hidden', 'true');
  await sourceRow(page, 'k8s/audit.json').getByTestId('source-shown').check();
  await expect.poll(() => rowCount(page)).toBe(demoRows + 2);

  // read the trail as another kind, then back: the user overrides the sniffer
  await sourceRow(page, 'trail.json').getByTestId('source-kind').selectOption('k8saudit');
  await waitForLoads(page);
  await expect(sourceRow(page, 'trail.json').getByTestId('source-kind')).toHaveValue('k8saudit');
  await expect(sourceRow(page, 'trail.json')).toContainText('warning');
  await expect.poll(() => rowCount(page)).toBe(demoRows + 1);
  await sourceRow(page, 'trail.json').getByTestId('source-kind').selectOption('cloudtrail');
  await waitForLoads(page);
  await expect.poll(() => rowCount(page)).toBe(demoRows + 2);

  // remove it: its events go, the file is untouched
  await sourceRow(page, 'trail.json').getByTestId('source-remove').click();
  await expect(page.getByTestId('source-row')).toHaveCount(2);
  await expect.poll(() => rowCount(page)).toBe(demoRows + 1);

  // times in another zone (the data stays UTC)
  await page.getByTestId('time-zone').selectOption('Europe/Paris');
  await expect(page.locator('.event-list-header')).toContainText('Time (Europe/Paris)');
  await expect(cells(page, 'time').first()).toHaveText(/^2018-10-26 15:38:34\.\d{9} \+02:00$/);
  await screenshot(page, '21-case-timeline-paris');
});
