import type { Locator, Page } from '@playwright/test';
import { test, expect, openScreen } from './app';

/** The one programme in localStorage, as the app stored it. */
async function stored(page: Page) {
  const text = await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('trajectory-studio/v1/draft/'));
    return key ? localStorage.getItem(key) : null;
  });
  return JSON.parse(text ?? 'null').drafts[0];
}

/** Selects what the field holds and types `text` key by key, as a person would. */
async function retype(field: Locator, text: string) {
  await field.press('Control+a');
  await field.pressSequentially(text);
}

/** Selects what the field holds and inserts `text` in one go, as a paste does. */
async function paste(page: Page, field: Locator, text: string) {
  await field.press('Control+a');
  await page.keyboard.insertText(text);
}

const UNREADABLE = /not a number the browser can read/;

test.describe('number fields keep the last good value when the browser cannot read what is typed', () => {
  test('places: typed, pasted and half-typed nonsense is refused, only a real clearing clears', async ({ page, app }) => {
    await app.start();
    const places = app.field('Number of places');
    await places.fill('12');
    await app.waitSaved();
    expect((await stored(page)).overview.places).toBe(12);

    // Key by key, Chromium reports "1", then nothing readable ("1e"), then
    // "1e3", "1e30", then nothing readable again ("1e309", out of range).
    await retype(places, '1e309');
    await expect(places).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText(UNREADABLE)).toHaveText(
      'Not saved: this is not a number the browser can read. The last number, 1, is kept.',
    );
    await expect(places).toHaveAccessibleDescription(UNREADABLE);
    await app.waitSaved();
    expect((await stored(page)).overview.places).toBe(1);

    // A paste or fill of the same text, and a sign typed twice.
    await places.fill('12');
    await app.waitSaved();
    await places.fill('1e309');
    await expect(places).toHaveAttribute('aria-invalid', 'true');
    await paste(page, places, '--3');
    await expect(page.getByText(UNREADABLE)).toContainText('The last number, 12, is kept.');
    await retype(places, '--3');
    await expect(places).toHaveAttribute('aria-invalid', 'true');
    // A number that is readable but not whole says so, and keeps 12 too.
    await places.fill('2.5');
    await expect(page.getByText('Type a whole number, like 12.')).toBeVisible();
    await app.waitSaved();
    expect((await stored(page)).overview.places).toBe(12);

    await page.reload();
    await expect(app.field('Number of places')).toHaveValue('12');
    await expect(app.field('Number of places')).not.toHaveAttribute('aria-invalid', 'true');

    // A real clearing clears.
    await app.field('Number of places').press('Control+a');
    await app.field('Number of places').press('Backspace');
    await app.waitSaved();
    expect((await stored(page)).overview.places ?? null).toBeNull();
    await expect(app.field('Number of places')).not.toHaveAttribute('aria-invalid', 'true');
    await retype(app.field('Number of places'), '--');
    await expect(page.getByText(UNREADABLE)).toContainText('The field stays empty until it holds one.');

    // The same message in French.
    await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Français' });
    const placesFr = app.field('Nombre de places');
    await placesFr.fill('8');
    await paste(page, placesFr, '--3');
    await expect(placesFr).toHaveAttribute('aria-invalid', 'true');
    await expect(placesFr).toHaveAccessibleDescription(
      'Non enregistré\u00a0: le navigateur ne peut pas lire ceci comme un nombre. Le dernier nombre, 8, est conservé.',
    );
    expect(app.consoleErrors).toEqual([]);
  });

  test('weights, the score scale and scores keep their value too', async ({ page, app }) => {
    await app.start();
    await openScreen(page, 'Selection');
    await app.addCriterion('Quality');
    const weight = page.getByLabel('Weight (%)');
    await weight.fill('40');
    await page.getByRole('button', { name: 'Add an applicant' }).click();
    // The keyboard goes to the new applicant's name once the row is drawn.
    await expect(page.getByLabel('Name or code', { exact: true }).last()).toBeFocused();
    const score = page.getByLabel('A-01 on Quality');
    await score.fill('4');
    const max = app.field('Highest score per criterion');
    await max.fill('10');
    await app.waitSaved();

    await retype(weight, '1e309');
    await expect(weight).toHaveAttribute('aria-invalid', 'true');
    await expect(weight).toHaveAccessibleDescription(/The last number, 1, is kept/);
    await weight.fill('40');
    await paste(page, weight, '--3');
    await expect(weight).toHaveAccessibleDescription(/The last number, 40, is kept/);
    await retype(score, '--3');
    await expect(score).toHaveAttribute('aria-invalid', 'true');
    await expect(score).toHaveAccessibleDescription(/The last number, 4, is kept/);
    await score.fill('1e309');
    await expect(score).toHaveAttribute('aria-invalid', 'true');
    await retype(max, '1e');
    await expect(max).toHaveAttribute('aria-invalid', 'true');
    await expect(max).toHaveAccessibleDescription(/The last number, 1, is kept/);
    await retype(max, '1e3');
    await expect(max).toHaveAccessibleDescription('Not saved: type a whole number from 1 to 100.');
    await max.fill('10');
    await app.waitSaved();

    await page.reload();
    await expect(page.getByLabel('Weight (%)')).toHaveValue('40');
    await expect(page.getByLabel('A-01 on Quality')).toHaveValue('4');
    await expect(app.field('Highest score per criterion')).toHaveValue('10');
    const draft = await stored(page);
    expect(draft.selection.criteria[0].weight).toBe(40);
    expect(draft.selection.applicants[0].scores.map((s: { value: number }) => s.value)).toEqual([4]);
    expect(draft.selection.score_max).toBe(10);

    // Clearing a score really deletes it; clearing a weight makes it 0.
    await page.getByLabel('A-01 on Quality').press('Control+a');
    await page.getByLabel('A-01 on Quality').press('Backspace');
    await page.getByLabel('Weight (%)').press('Control+a');
    await page.getByLabel('Weight (%)').press('Backspace');
    await expect(page.getByLabel('Weight (%)')).toHaveValue('');
    await app.waitSaved();
    const cleared = await stored(page);
    expect(cleared.selection.applicants[0].scores).toEqual([]);
    expect(cleared.selection.criteria[0].weight).toBe(0);
    expect(app.consoleErrors).toEqual([]);
  });
});

test('a budget line whose total cannot be counted is refused at the field', async ({ page, app }) => {
  await app.start();
  await openScreen(page, 'Budget');
  await page.getByRole('button', { name: 'Add a line' }).click();
  await app.fill({ Label: 'Flights', 'Unit cost': '99999999999.99', Quantity: '2' });
  await app.waitSaved();
  await app.field('Quantity').fill('1000000000');
  const quantity = app.field('Quantity');
  await expect(quantity).toHaveAttribute('aria-invalid', 'true');
  await expect(quantity).toHaveAccessibleDescription(/unit cost × quantity would be too large to count/);
  // Changing another field of the same line keeps the refused entry and
  // why it was refused, until the person corrects it.
  await app.field('Funding source').selectOption({ label: 'Own funds' });
  await app.waitSaved();
  await expect(quantity).toHaveValue('1000000000');
  await expect(quantity).toHaveAttribute('aria-invalid', 'true');
  await expect(quantity).toHaveAccessibleDescription(/unit cost × quantity would be too large to count/);
  const total = page.getByRole('term').filter({ hasText: /^Total$/ }).locator('xpath=following-sibling::dd');
  await expect(total).toHaveText('€199,999,999,999.98');
  await expect(page.getByText(/92,233,720/)).toHaveCount(0);
  await app.waitSaved();
  await page.reload();
  const line = (await stored(page)).budget[0];
  expect(line.quantity).toBe(2);
  expect(line.funding).toBe('own_funds');
  expect(line.unit_cost).toBe(9_999_999_999_999);
  await expect(total).toHaveText('€199,999,999,999.98');
  expect(app.consoleErrors).toEqual([]);
});

test('after a delete by keyboard, focus goes to the next item, the previous one, then the add button', async ({ page, app }) => {
  await app.start();
  await openScreen(page, 'Budget');
  for (const label of ['One', 'Two', 'Three']) {
    await page.getByRole('button', { name: 'Add a line' }).click();
    await app.field('Label').fill(label);
  }
  await page.getByRole('button', { name: 'Close “Three”' }).click();
  const press = async (name: string) => {
    const button = page.getByRole('button', { name });
    await button.focus();
    await expect(button).toBeFocused();
    await page.keyboard.press('Enter');
  };
  await press('Delete “Two”');
  await expect(page.getByRole('button', { name: 'Edit “Three”' })).toBeFocused();
  await press('Delete “Three”');
  await expect(page.getByRole('button', { name: 'Edit “One”' })).toBeFocused();
  await page.keyboard.press('Tab'); // Duplicate
  await page.keyboard.press('Tab'); // Delete
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Add a line' })).toBeFocused();

  // "Delete anyway" after the warning about links lands on the next phase too.
  await app.backToList();
  await app.newProgramme('Reference learning trajectory');
  await openScreen(page, 'Experts and end-users');
  const items = page.getByRole('list', { name: 'Experts and end-users' }).getByRole('heading', { level: 3 });
  const names = await items.allTextContents();
  const i = names.indexOf('Touring and distribution expert');
  await press('Delete “Touring and distribution expert”');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Delete anyway' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: `Edit “${names[i + 1] ?? names[i - 1]}”` })).toBeFocused();

  // A criterion row: the next row's first field, else the add button.
  await openScreen(page, 'Selection');
  const criteria = page.getByLabel('Criterion', { exact: true });
  const count = await criteria.count();
  const first = await criteria.nth(0).inputValue();
  const second = await criteria.nth(1).inputValue();
  await press(`Remove criterion “${first}”`);
  await expect(page.getByLabel('Criterion', { exact: true }).first()).toBeFocused();
  await expect(page.getByLabel('Criterion', { exact: true }).first()).toHaveValue(second);
  for (let n = 1; n < count; n++) {
    // Focus has moved to the row that is now first before the next removal.
    await expect(page.getByLabel('Criterion', { exact: true }).first()).toBeFocused();
    const name = await page.getByLabel('Criterion', { exact: true }).first().inputValue();
    await press(`Remove criterion “${name}”`);
  }
  await expect(page.getByRole('button', { name: 'Add a criterion' })).toBeFocused();

  // Applicants in the scoring grid: the next row's name, else the add button.
  for (let n = 0; n < 2; n++) {
    await page.getByRole('button', { name: 'Add an applicant' }).click();
    // The app puts the keyboard in the new row's name once it is drawn.
    await expect(page.getByLabel('Name or code').last()).toBeFocused();
  }
  await press('Remove A-01');
  await expect(page.getByLabel('Name or code').first()).toBeFocused();
  await expect(page.getByLabel('Name or code').first()).toHaveValue('A-02');
  await press('Remove A-02');
  await expect(page.getByRole('button', { name: 'Add an applicant' })).toBeFocused();

  // Organisers on the Overview.
  await openScreen(page, 'Overview');
  for (const name of ['Lead venue', 'Partner festival']) {
    await page.getByRole('button', { name: 'Add an organiser' }).click();
    await page.getByLabel('Name', { exact: true }).last().fill(name);
  }
  await press('Remove Lead venue');
  await expect(page.getByLabel('Role', { exact: true })).toBeFocused();
  await press('Remove Partner festival');
  await expect(page.getByRole('button', { name: 'Add an organiser' })).toBeFocused();
  expect(app.consoleErrors).toEqual([]);
});

test('the call preview has no dash after a criterion without a description', async ({ page, app }) => {
  await app.start();
  await openScreen(page, 'Selection');
  await app.addCriterion('Artistic quality');
  await app.addCriterion('Motivation');
  await page.getByLabel('What the committee looks for', { exact: true }).last().fill('Why now');
  await openScreen(page, 'Call for participation');
  const preview = page.getByRole('article', { name: 'Preview of the call' });
  await expect(preview.getByRole('listitem').filter({ hasText: 'Artistic quality' })).toHaveText('Artistic quality');
  await expect(preview.getByRole('listitem').filter({ hasText: 'Motivation' })).toHaveText('Motivation — Why now');
});
