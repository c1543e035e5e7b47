// The screens end to end, in the built web app with the fake DesktopApi: run the court-record
// preset, read its headline, move a threshold and see the numbers change, export the funnel
// CSV and check it, open a malformed scenario, cancel a long run, check a name, compare two
// runs, link two CSV files, refuse one too coarse to block — with a screenshot of every screen and no request leaving the app.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAIR_COLUMNS } from '../../src/matching/io/pairsCsv';
import { FUNNEL_STEPS } from '../../src/matching/pipeline/ReplayResult';
import {
  REPO_ROOT,
  menu,
  queueOpenFile,
  savedBytes,
  savedText,
  screenshot,
  startApp,
  type AppHarness,
  type AppView,
} from './harness';

const PRESET = 'irs-ice-2025';
/** A quick run must finish in seconds; allow for a loaded two-core machine. */
const RUN_TIMEOUT = 90_000;

let app: AppHarness;
let view: AppView;
beforeAll(async () => {
  app = await startApp();
  view = await app.open();
}, 60_000);
afterAll(async () => {
  await view?.close();
  await app?.close();
});

const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true }).click();

async function runPresetQuick(page: Page): Promise<void> {
  await tab(page, 'Start');
  await page.getByTestId(`preset-${PRESET}`).getByRole('button', { name: /^Run / }).click();
  await page.getByTestId('headline').waitFor({ timeout: RUN_TIMEOUT });
}

describe('the screens', () => {
  it(
    `runs ${PRESET} with its quick settings and reads the headline`,
    { timeout: RUN_TIMEOUT + 30_000 },
    async () => {
      const { page } = view;
      await page.getByTestId(`preset-${PRESET}`).waitFor();
      await runPresetQuick(page);
      const headline = (await page.getByTestId('headline').textContent()) ?? '';
      expect(headline).toMatch(/updated addresses/i);
      expect(headline).toMatch(/\d/);
      await page.getByTestId('funnel-table').waitFor();
    },
  );

  it('moves the threshold with the keyboard and re-counts the numbers', async () => {
    const { page } = view;
    const testId = 'threshold-iceCrossReference';
    const panel = page.getByTestId(`${testId}-slider`);
    const declared = page.getByTestId(`${testId}-declared-matches`);
    const before = await declared.textContent();
    const value = await page.getByTestId(`${testId}-value`).textContent();
    await panel.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => page.getByTestId(`${testId}-value`).textContent()).not.toBe(value);
    await expect.poll(() => declared.textContent()).not.toBe(before);
    await page
      .getByTestId(testId)
      .getByRole('button', { name: /Back to the scenario/ })
      .click();
    await expect.poll(() => declared.textContent()).toBe(before);
  });

  it('exports the funnel as CSV with the numbers on screen', async () => {
    const { page } = view;
    await page.getByRole('button', { name: 'Funnel CSV' }).click();
    await expect.poll(() => page.getByTestId('export-status').textContent()).toMatch(/Saved/);
    const csv = (await savedText(page, `${PRESET}-funnel.csv`))!;
    const [header, ...rows] = csv.trim().split('\n');
    expect(header).toBe(
      'step,label,count,count_low,count_high,right,right_low,right_high,wrong,wrong_low,wrong_high,published',
    );
    expect(rows.map((r) => r.split(',')[0])).toEqual([...FUNNEL_STEPS]);
    const requested = Number(rows[0]!.split(',')[2]);
    const onScreen = await page
      .getByTestId('funnel-table')
      .locator('tbody tr')
      .first()
      .locator('td')
      .first()
      .textContent();
    expect(onScreen!.replace(/[^\d].*$/, '').length).toBeGreaterThan(0);
    expect(Number(onScreen!.split(' ')[0]!.replace(/,/g, ''))).toBe(requested);
    // The quick run is one region with its own share of the list: the published figures of the
    // national request are not set beside its counts.
    const disclosed = rows.find((r) => r.startsWith('disclosed,'))!.split(',');
    expect(disclosed.at(-1)).toBe('');
  });

  it('exports the pairs, the manifest, the report and the charts', async () => {
    const { page } = view;
    await page.getByRole('button', { name: 'Pairs CSV' }).click();
    await expect
      .poll(() => savedText(page, `${PRESET}-pairs.csv`))
      .toMatch(/^list_person,list_name,/);

    await menu(page, 'exportManifest');
    await expect.poll(() => savedText(page, `${PRESET}-manifest.json`)).not.toBeNull();
    const manifest = JSON.parse((await savedText(page, `${PRESET}-manifest.json`))!) as {
      command: string;
      version: string;
      seed: number;
      scenario: { population: { size: number } };
      results: { headline: { sentence: string } };
      dataSources: { file: string }[];
    };
    expect(manifest.command).toBe('run');
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(manifest.seed).toBe(1);
    expect(manifest.results.headline.sentence).toBe(
      await page.getByTestId('headline').textContent(),
    );
    expect(manifest.dataSources.map((d) => d.file)).toContain('surnames.csv.gz');

    await page.getByRole('button', { name: 'Report (HTML)' }).click();
    await expect.poll(() => savedText(page, `${PRESET}-report.html`)).toContain('Every parameter');
    const report = (await savedText(page, `${PRESET}-report.html`))!;
    expect(report).toContain('<td>Seed</td><td>1</td>');
    expect(report).toContain('population.size');
    expect(report).toContain('zcta.csv.gz');

    await page.getByRole('button', { name: 'Save Funnel as SVG' }).click();
    await expect
      .poll(() => savedText(page, 'funnel.svg'))
      .toMatch(/^<\?xml[\s\S]*<svg[\s\S]*someone else/);
    await page.getByRole('button', { name: 'Save Funnel as PNG' }).click();
    await expect
      .poll(async () => (await savedBytes(page, 'funnel.png'))?.subarray(1, 4).toString('latin1'))
      .toBe('PNG');
  });

  it('says clearly what is wrong with a malformed scenario', async () => {
    const { page } = view;
    await tab(page, 'Start');
    await queueOpenFile(page, {
      name: 'broken.json',
      path: null,
      text: '{ "population": { "size": -5 } }',
    });
    await page.getByRole('button', { name: 'Open a scenario file…' }).click();
    const message = page.getByTestId('open-error');
    await expect
      .poll(() => message.textContent())
      .toMatch(/broken\.json is not a valid scenario: .*population\.size/);
    await queueOpenFile(page, { name: 'not-json.json', path: null, text: '{ "population": ' });
    await page.getByRole('button', { name: 'Open a scenario file…' }).click();
    await expect
      .poll(() => message.textContent())
      .toMatch(/not-json\.json is not a valid scenario: it is not JSON/);
  });

  it('edits a preset, flags a bad value inline, and resets it', async () => {
    const { page } = view;
    await page
      .getByTestId(`preset-${PRESET}`)
      .getByRole('button', { name: 'Edit parameters' })
      .click();
    await page.getByRole('heading', { name: /^Scenario:/ }).waitFor();
    await screenshot(page, 'editor');
    const field = page.locator('[data-path="replay.list.size"]');
    await field.fill('-1');
    await page.getByTestId('editor-issues').waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('button', { name: 'Reset to preset' }).click();
    await expect.poll(() => page.getByTestId('editor-issues').count()).toBe(0);
  });

  it('cancels a long run and keeps the last results', { timeout: 60_000 }, async () => {
    const { page } = view;
    await tab(page, 'Start');
    await page
      .getByTestId(`preset-${PRESET}`)
      .getByRole('button', { name: /^Full scale/ })
      .click();
    await page.getByTestId('run-progress').waitFor();
    const clicked = Date.now();
    await page.getByRole('button', { name: 'Cancel run' }).click();
    await page.getByTestId('run-cancelled').waitFor({ timeout: 10_000 });
    expect(Date.now() - clicked).toBeLessThan(5_000);
    await tab(page, 'Results');
    await page.getByTestId('headline').waitFor();
  });

  it('checks how exposed a name is', { timeout: 60_000 }, async () => {
    const { page } = view;
    await tab(page, 'Name check');
    await page.getByLabel('Given name').fill('Min-jun');
    await page.getByLabel('Surname').fill('Kim');
    await page.getByLabel('Birth year').fill('1990');
    await page.getByRole('button', { name: 'Check this name' }).click();
    const sentence = page.getByTestId('namecheck-sentence');
    await sentence.waitFor({ timeout: 45_000 });
    expect(await sentence.textContent()).toMatch(/named MIN-JUN KIM|named Min-jun Kim/i);
    await screenshot(page, 'name-check');
  });

  it(
    'compares two presets, and one run at two thresholds',
    { timeout: RUN_TIMEOUT + 30_000 },
    async () => {
      const { page } = view;
      await tab(page, 'Start');
      await page
        .getByTestId('preset-korean-neighborhood')
        .getByRole('button', { name: /^Run / })
        .click();
      await page
        .getByRole('heading', { name: /^Results: A Korean-American/ })
        .waitFor({ timeout: RUN_TIMEOUT });
      // The neighbourhood at its real size shows more than a shrunken national run: its
      // screenshots illustrate the Results screen.
      await screenshot(page, 'results');
      await page
        .getByTestId('threshold-iceCrossReference')
        .evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await screenshot(page, 'results-threshold');
      await page
        .getByTestId('example')
        .first()
        .evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await screenshot(page, 'results-wrong-match');
      await tab(page, 'Compare');
      const table = page.getByTestId('compare-table');
      await table.waitFor();
      const side = (label: string) => page.getByTestId(`compare-side-${label}`);
      const runA = await side('A').getByRole('combobox').inputValue();
      expect(runA).not.toBe(await side('B').getByRole('combobox').inputValue());
      await screenshot(page, 'compare');
      // The same run on both sides, B at the strictest cross-reference threshold.
      await side('B').getByRole('combobox').selectOption(runA);
      await side('B').getByRole('slider').last().focus();
      await page.keyboard.press('Home');
      const row = table.getByRole('row', {
        name: /ICE cross-reference: declared at the chosen threshold/,
      });
      await expect
        .poll(async () => (await row.locator('td').nth(2).textContent()) ?? '')
        .toMatch(/^[−+]/);
    },
  );

  it(
    'links two CSV files and measures the wrong matches against their truth column',
    { timeout: 60_000 },
    async () => {
      const { page } = view;
      await tab(page, 'Import');
      const fixtures = join(REPO_ROOT, 'test/fixtures/csv');
      await page
        .getByTestId('import-files')
        .setInputFiles([join(fixtures, 'list.csv'), join(fixtures, 'taxpayers.csv')]);
      const taxpayers = page.getByTestId('mapping-taxpayers.csv');
      await taxpayers.waitFor();
      await taxpayers.getByLabel('Date format').selectOption('MM/DD/YYYY');
      await page.getByRole('button', { name: /^Link list\.csv with taxpayers\.csv/ }).click();
      await page.getByTestId('import-report').waitFor({ timeout: 45_000 });
      const falseMatches = Number(await page.getByTestId('import-false-matches').textContent());
      // The wrong pairs are listed with the files' own truth values: list.csv's P02 (P01's
      // namesake, same birth date) taken for taxpayers.csv's P01.
      const wrong = page.getByTestId('import-wrong-pairs');
      await expect.poll(() => wrong.locator('tbody tr').count()).toBe(falseMatches);
      await expect
        .poll(() => wrong.textContent())
        .toMatch(/P02 MIN-JUN KIM, born 1990-03-15, ZIP 10001\s*P01 MIN-JUN KIM/);
      await screenshot(page, 'import');
      // The saved pairs are link-csv's pairs.csv: as many wrong pairs as the report counts.
      await page.getByRole('button', { name: 'Save pairs (CSV)' }).click();
      await page.getByText(/^Saved .*list-pairs\.csv$/).waitFor();
      const [header, ...rows] = (await savedText(page, 'list-pairs.csv'))!.trim().split('\n');
      expect(header).toBe(PAIR_COLUMNS.join(','));
      const trueMatch = PAIR_COLUMNS.indexOf('true_match');
      expect(rows.filter((r) => r.split(',')[trueMatch] === '0')).toHaveLength(falseMatches);
      const leftTruth = PAIR_COLUMNS.indexOf('left_truth');
      expect(rows.map((r) => r.split(',')[leftTruth])).toContain('P02');
      expect(readFileSync(join(fixtures, 'list.csv'), 'utf8')).toContain('person_id');
    },
  );

  it(
    'refuses, naming the block, a file whose identical records would make too many pairs',
    { timeout: 60_000 },
    async () => {
      const { page } = view;
      await tab(page, 'Import');
      // 7,100 records with one name and date (a placeholder): 25,201,450 pairs.
      const rows = Array.from({ length: 7_100 }, (_, i) => `P${i},Min-jun,Kim,1901-01-01`);
      await page.getByTestId('import-files').setInputFiles({
        name: 'placeholder.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(`person_id,first_name,last_name,dob\n${rows.join('\n')}\n`),
      });
      await page.getByTestId('mapping-placeholder.csv').waitFor();
      await page.getByRole('button', { name: 'Find duplicates in placeholder.csv' }).click();
      const error = page.getByTestId('import-error');
      await error.waitFor({ timeout: 45_000 });
      expect(await error.textContent()).toContain(
        'blocking would make up to 25,201,450 candidate pairs (summed over its 2 rules), more than the limit of 25,000,000: the largest block, of rule "exact name + DOB" (given name "MIN-JUN", surname "KIM", date of birth 1901-01-01), holds 7,100 records, 25,201,450 pairs',
      );
    },
  );

  it('opens a CSV file dropped on the Start screen in Import', async () => {
    const { page } = view;
    await tab(page, 'Start');
    const dataTransfer = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      transfer.items.add(
        new File(['first_name,last_name\nMin-jun,Kim\n'], 'dropped.csv', { type: 'text/csv' }),
      );
      return transfer;
    });
    await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer });
    await page.getByTestId('mapping-dropped.csv').waitFor();
    expect(await page.getByRole('tab', { name: 'Import' }).getAttribute('aria-selected')).toBe(
      'true',
    );
  });

  it('made no request outside the app and logged no error', () => {
    view.assertNoOutsideRequests();
    expect(view.errors).toEqual([]);
  });
});
