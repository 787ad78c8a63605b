import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, openScreen, storageSnapshot } from './app';

const forms = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'forms');
const twelve = join(forms, 'applicants-semicolon-bom.csv');

function picker(page: Page) {
  return page.getByLabel('Import applicants from a form (CSV)…');
}

function check(page: Page) {
  return page.getByRole('region', { name: 'Applicants from “applicants-semicolon-bom.csv”' });
}

/** The applicant names in the scoring grid. */
function names(page: Page) {
  return page.getByLabel('Name or code', { exact: true });
}

test.describe('applicants from a form export', () => {
  test('a form export is checked, confirmed as one step, kept across a reload, and not added twice', async ({ page, app }) => {
    await app.start();
    await openScreen(page, 'Selection');
    await app.fill({ 'Eligibility conditions': 'Lives in Europe or Africa' });

    await picker(page).setInputFiles(twelve);
    const panel = check(page);
    await expect(panel.getByText('12 applicants will be added')).toBeVisible();
    const holds = (header: string) => panel.getByLabel(header, { exact: true }).locator('option:checked');
    await expect(holds('Horodateur')).toHaveText('Leave out');
    await expect(holds('Nom complet')).toHaveText('Name');
    await expect(holds('Adresse e-mail')).toHaveText('E-mail');
    await expect(holds('Pays')).toHaveText('Country');
    await expect(holds('Discipline artistique')).toHaveText('Discipline');
    await expect(holds('Structure')).toHaveText('Organisation');
    await expect(holds('Liens (portfolio, site)')).toHaveText('Links');
    await expect(holds('Décrivez votre projet')).toHaveText('Note (question and answer)');
    await app.expectAccessible();
    // Nothing changes before Confirm.
    await expect(names(page)).toHaveCount(0);
    // Without a name column nothing can be added, and it says why.
    await panel.getByLabel('Nom complet', { exact: true }).selectOption({ label: 'Leave out' });
    await expect(panel.getByText('No applicant will be added')).toBeVisible();
    await expect(panel.getByText('Line 4: no name')).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Confirm' })).toBeDisabled();
    await panel.getByLabel('Nom complet', { exact: true }).selectOption({ label: 'Name' });
    await expect(panel.getByText('12 applicants will be added')).toBeVisible();
    await panel.getByRole('button', { name: 'Confirm' }).click();
    await expect(panel).toHaveCount(0);
    await expect(names(page)).toHaveCount(12);

    // One undo step takes all twelve away.
    await page.getByRole('button', { name: 'Undo' }).first().click();
    await expect(names(page)).toHaveCount(0);

    await picker(page).setInputFiles(twelve);
    await check(page).getByRole('button', { name: 'Confirm' }).click();
    await expect(names(page)).toHaveCount(12);
    await app.waitSaved();
    await page.reload();
    await expect(page.getByRole('heading', { level: 2, name: 'Selection' })).toBeVisible();
    await expect(names(page)).toHaveCount(12);
    await expect(names(page).nth(2)).toHaveValue('Léa Dubois');

    // Details: contact, the multi-line answer, and eligibility.
    await page.getByText('Details of Léa Dubois').click();
    const lea = page.locator('details', { hasText: 'Details of Léa Dubois' });
    await expect(lea.getByLabel('E-mail', { exact: true })).toHaveValue('lea.dubois@example.fr');
    await expect(lea.getByLabel('Notes', { exact: true })).toHaveValue(/^Décrivez votre projet: My project in three steps:\n1\. research residency;/);
    const condition = lea.getByRole('group', { name: 'Lives in Europe or Africa' });
    await condition.getByRole('radio', { name: 'Not met', exact: true }).check();
    await expect(page.getByText('Set aside: Lives in Europe or Africa')).toBeVisible();
    await condition.getByRole('radio', { name: 'Met', exact: true }).check();
    await expect(page.getByText('Set aside: Lives in Europe or Africa')).toHaveCount(0);
    await app.expectAccessible();
    await app.waitSaved();

    // The same file again: every row is a duplicate, nothing can be added.
    await picker(page).setInputFiles(twelve);
    await expect(check(page).getByText('No applicant will be added')).toBeVisible();
    await expect(check(page).getByRole('heading', { name: 'Duplicates, not added (12)' })).toBeVisible();
    await expect(check(page).getByText('Line 2: same e-mail as Ana Ruiz')).toBeVisible();
    await expect(check(page).getByRole('button', { name: 'Confirm' })).toBeDisabled();
    // The check has the keyboard, and Escape leaves it as Cancel does.
    await expect(check(page).getByRole('heading', { name: 'Applicants from “applicants-semicolon-bom.csv”' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(check(page)).toHaveCount(0);
    await expect(picker(page)).toBeFocused();
    await picker(page).setInputFiles(twelve);
    await check(page).getByRole('button', { name: 'Cancel' }).click();
    await expect(check(page)).toHaveCount(0);
    await expect(names(page)).toHaveCount(12);
  });

  test('a truncated file, a Latin-1 file and 100 000 rows are refused with a clear message and change nothing', async ({ page, app }) => {
    await app.start();
    await openScreen(page, 'Selection');
    await app.fill({ 'Eligibility conditions': 'Lives in Europe' });
    await app.waitSaved();
    const before = await storageSnapshot(page);

    await picker(page).setInputFiles(join(forms, 'applicants-truncated.csv'));
    await expect(page.getByRole('alert').filter({ hasText: 'cut short' })).toContainText(
      '“applicants-truncated.csv” cannot be imported: the file is cut short: a quoted answer that starts on line 4 never ends',
    );
    await expect(names(page)).toHaveCount(0);
    expect(await storageSnapshot(page)).toBe(before);

    await picker(page).setInputFiles(join(forms, 'applicants-latin1.csv'));
    await expect(page.getByRole('alert').filter({ hasText: 'UTF-8' })).toContainText(
      'the file is not UTF-8 text (first bad byte on line 3); save it as CSV UTF-8',
    );
    await expect(page.getByRole('alert').filter({ hasText: 'cut short' })).toHaveCount(0);
    await expect(names(page)).toHaveCount(0);
    expect(await storageSnapshot(page)).toBe(before);

    // A hundred thousand answers: refused at once, before the file is read whole.
    const rows = ['Name;E-mail;Country'];
    for (let i = 0; i < 100_000; i++) rows.push(`Applicant ${i};a${i}@example.org;Spain`);
    await picker(page).setInputFiles({ name: 'huge.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\r\n')) });
    await expect(page.getByRole('alert').filter({ hasText: 'huge.csv' })).toContainText(
      'the file has more than 5000 answers; at most 5000 can be imported at once',
    );
    await expect(names(page)).toHaveCount(0);
    expect(await storageSnapshot(page)).toBe(before);
    expect(app.consoleErrors).toEqual([]);
  });
});
