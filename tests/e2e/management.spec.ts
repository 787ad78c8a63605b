import type { Page } from '@playwright/test';
import { test, expect, openScreen } from './app';

function total(page: Page, term: string) {
  return page.getByRole('term').filter({ hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::dd');
}

test.describe('management: selection, budget, planning, communication, evaluation', () => {
  test('a small budget adds up on screen, per source and per participant', async ({ page, app }) => {
    await app.start();
    await app.field('Number of places').fill('4');
    await openScreen(page, 'Budget');
    await page.getByRole('button', { name: 'Add a line' }).click();
    await expect(app.field('Label')).toBeFocused();
    await app.field('Category').selectOption({ label: 'Travel' });
    await app.fill({ Label: 'Flights', 'Unit cost': '280,50', Quantity: '4' });
    await page.getByRole('button', { name: 'Add a line' }).click();
    await expect(app.field('Label')).toBeFocused();
    await app.field('Category').selectOption({ label: 'Subsistence' });
    await app.field('Label').fill('Per diems');
    await app.field('Unit cost').fill('1.234,5');
    await expect(page.getByText(/Not saved/)).toHaveCount(0);
    await app.fill({ 'Unit cost': '55', Quantity: '10' });
    await app.field('Funding source').selectOption({ label: 'Partner' });

    await expect(total(page, 'Total')).toHaveText('€1,672.00');
    await expect(total(page, 'Per participant')).toHaveText('€418.00');
    const funding = page.getByRole('table', { name: 'By funding source' });
    await expect(funding.getByRole('row', { name: /Grant/ })).toContainText('€1,122.00');
    await expect(funding.getByRole('row', { name: /Partner/ })).toContainText('€550.00');
    await expect(page.getByRole('img', { name: 'Split of the budget by category' })).toBeVisible();

    const csv = await app.download(() => page.getByRole('button', { name: 'Export the lines (CSV)' }).click());
    expect(csv.text.split('\n')[0]).toBe('Category,Label,Unit,Unit cost (EUR),Quantity,Total (EUR),Funding,Phase');
    expect(csv.text).toContain('Travel,Flights,,280.50,4,1122.00,Grant,');

    await page.reload();
    await expect(total(page, 'Total')).toHaveText('€1,672.00');
  });

  test('three scored applicants are ranked, ties share a place, weights normalise', async ({ page, app }) => {
    await app.start();
    await app.field('Number of places').fill('2');
    await openScreen(page, 'Selection');
    for (const [name, weight] of [['Quality', '30'], ['Potential', '30'], ['Motivation', '20']]) {
      await app.addCriterion(name);
      await page.getByLabel('Weight (%)').last().fill(weight);
    }
    await expect(page.getByText('They should total 100%.')).toBeVisible();
    await page.getByRole('button', { name: 'Normalise to 100' }).click();
    for (const [i, w] of ['38', '37', '25'].entries()) {
      await expect(page.getByLabel('Weight (%)').nth(i)).toHaveValue(w);
    }
    await expect(page.getByText('Weights total 100%.')).toBeVisible();

    for (let i = 0; i < 3; i++) {
      await page.getByRole('button', { name: 'Add an applicant' }).click();
      await expect(page.getByLabel('Name or code', { exact: true })).toHaveCount(i + 1);
      await expect(page.getByLabel('Name or code', { exact: true }).last()).toBeFocused();
    }
    const scores: Record<string, string[]> = { 'A-01': ['3', '3', '3'], 'A-02': ['5', '4', '2'], 'A-03': ['3', '3', '3'] };
    for (const [who, values] of Object.entries(scores)) {
      for (const [i, criterion] of ['Quality', 'Potential', 'Motivation'].entries()) {
        await page.getByLabel(`${who} on ${criterion}`).fill(values[i]);
      }
    }
    const ranking = page.getByRole('list', { name: 'Ranking' }).getByRole('listitem');
    // (5×38 + 4×37 + 2×25) / 500 = 388/500 = 77.6 %: 60 %
    await expect(ranking).toHaveText(['1. A-02: 77.6%', '2. A-01: 60.0%', '2. A-03: 60.0%']);
    await page.getByRole('button', { name: 'Select the best-ranked up to the places' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'tie at the last place' })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Select A-02' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Select A-01' })).not.toBeChecked();

    const csv = await app.download(() => page.getByRole('button', { name: 'Export the grid (CSV)' }).click());
    expect(csv.text.split('\n')[1]).toBe('A-02,5,4,2,77.6,1,yes');
  });

  test('the timeline has a bar per dated phase, and a phase moved out of range is flagged', async ({ page, app }) => {
    await app.start('Reference learning trajectory');
    await openScreen(page, 'Planning');
    await expect(page.getByText('No date conflicts.')).toBeVisible();
    const timeline = page.getByRole('img', { name: 'Timeline of the phases and milestones' });
    await expect(timeline.locator('rect.bar')).toHaveCount(10);
    await page.getByText('The timeline as a table').click();
    await expect(page.getByRole('table', { name: 'Phases and milestones with their dates' }).getByRole('row')).toHaveCount(1 + 10 + 5);

    await openScreen(page, 'Phases');
    await page.getByRole('button', { name: 'Edit “Follow-up”' }).click();
    await page.getByLabel('Ends', { exact: true }).fill('2030-01-31');
    await expect(page.getByText(/After the programme ends/)).toBeVisible();
    await page.getByLabel('Starts', { exact: true }).fill('');
    await expect(timeline).toHaveCount(0);

    await openScreen(page, 'Planning');
    await expect(timeline.locator('rect.bar')).toHaveCount(10);
    const warning = page.getByRole('listitem').filter({ hasText: '“Follow-up”: After the programme ends' });
    await expect(warning).toBeVisible();
    await warning.getByRole('button', { name: 'Fix this' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Phases' })).toBeVisible();
    await expect(page.getByLabel('Ends', { exact: true })).toBeFocused();
    await page.getByLabel('Ends', { exact: true }).fill('2027-12-01');
    await openScreen(page, 'Planning');
    await expect(page.getByText('No date conflicts.')).toBeVisible();
  });

  test('communication actions and the usual evaluation set', async ({ page, app }) => {
    await app.start();
    await openScreen(page, 'Communication', 'Communication and dissemination');
    await page.getByRole('button', { name: 'Add an action' }).click();
    await expect(app.field('Channel')).toBeFocused();
    await app.field('Channel').fill('Newsletter');
    await app.field('Audience').fill('Dancers in Flanders');
    await openScreen(page, 'Evaluation');
    await page.getByRole('button', { name: 'Add the usual set' }).click();
    await expect(page.getByRole('list', { name: 'Evaluation indicators' }).getByRole('listitem')).toHaveCount(5);
    await page.getByRole('button', { name: 'Add the usual set' }).click();
    await expect(page.getByRole('list', { name: 'Evaluation indicators' }).getByRole('listitem')).toHaveCount(5);
    await app.waitSaved();
    await page.reload();
    await expect(page.getByRole('list', { name: 'Evaluation indicators' }).getByRole('listitem')).toHaveCount(5);
    await openScreen(page, 'Communication', 'Communication and dissemination');
    await expect(page.getByRole('heading', { level: 3, name: 'Newsletter' })).toBeVisible();
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`management screens have no axe violations (${scheme})`, async ({ page, app }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await app.start('Reference learning trajectory');
      await openScreen(page, 'Selection');
      await page.getByRole('button', { name: 'Add an applicant' }).click();
      await app.expectAccessible();
      await openScreen(page, 'Budget');
      await page.getByRole('button', { name: 'Edit “Mentor pool”' }).click();
      await app.expectAccessible();
      await openScreen(page, 'Planning');
      await app.expectAccessible();
      await openScreen(page, 'Communication', 'Communication and dissemination');
      await app.expectAccessible();
      await openScreen(page, 'Evaluation');
      await app.expectAccessible();
    });
  }
});
