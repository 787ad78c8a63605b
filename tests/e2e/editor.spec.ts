import { test, expect, App, openScreen } from './app';

function phaseTitles(app: App) {
  return app.page.getByRole('list', { name: 'Phases in order' }).getByRole('heading', { level: 3 });
}

test.describe('editor: phases, contents, experts', () => {
  test('from the reference template: add a phase, move it up, link an expert and a content, reload', async ({ page, app }) => {
    await app.start('Reference learning trajectory');
    await expect(page.getByRole('heading', { level: 1, name: 'International learning trajectory' })).toBeVisible();

    await openScreen(app.page, 'Phases');
    await expect(phaseTitles(app)).toHaveCount(10);
    await expect(phaseTitles(app).first()).toHaveText('1. Call for participation');
    await expect(phaseTitles(app).last()).toHaveText('10. Follow-up');

    await app.field('Kind of phase to add').selectOption({ label: 'Fair or showcase' });
    await page.getByRole('button', { name: 'Add phase' }).click();
    await expect(phaseTitles(app)).toHaveCount(11);
    const title = page.getByLabel('Title', { exact: true });
    await expect(title).toBeFocused();
    await title.fill('Showcase at the partner festival');
    await page.getByRole('button', { name: 'Move “Showcase at the partner festival” up' }).click();
    await expect(phaseTitles(app).nth(9)).toHaveText('10. Showcase at the partner festival');
    await expect(phaseTitles(app).nth(10)).toHaveText('11. Follow-up');

    await page.getByRole('group', { name: 'Experts and end-users in this phase' })
      .getByRole('checkbox', { name: 'Festival programmers (end-user)' })
      .check();
    await page.getByLabel('Hours per participant', { exact: true }).fill('12,5');

    await openScreen(app.page, 'Mentorship contents');
    await page.getByRole('button', { name: 'Edit “Pitching and presenting your work”' }).click();
    await page.getByRole('group', { name: 'Phases' })
      .getByRole('checkbox', { name: '10. Showcase at the partner festival' })
      .check();
    await app.waitSaved();

    await page.reload();
    await expect(page.getByRole('heading', { level: 2, name: 'Mentorship contents' })).toBeVisible();
    await page.getByRole('button', { name: 'Edit “Pitching and presenting your work”' }).click();
    await expect(page.getByRole('checkbox', { name: '10. Showcase at the partner festival' })).toBeChecked();

    await openScreen(app.page, 'Phases');
    await expect(phaseTitles(app).nth(9)).toHaveText('10. Showcase at the partner festival');
    await page.getByRole('button', { name: 'Edit “Showcase at the partner festival”' }).click();
    await expect(page.getByRole('checkbox', { name: 'Festival programmers (end-user)' })).toBeChecked();
    await expect(page.getByLabel('Hours per participant', { exact: true })).toHaveValue('12.5');
    await expect(page.getByLabel('Kind', { exact: true })).toHaveValue('fair_or_showcase');

    // The person's side of the link agrees.
    await openScreen(app.page, 'Experts and end-users');
    await page.getByRole('button', { name: 'Edit “Festival programmers”' }).click();
    await expect(page.getByRole('checkbox', { name: '10. Showcase at the partner festival' })).toBeChecked();
  });

  test('phases reorder with the keyboard alone, and focus follows the phase', async ({ page, app }) => {
    await app.start('Short study visit');
    await openScreen(app.page, 'Phases');
    await expect(phaseTitles(app).first()).toHaveText('1. Call for participation');
    const down = page.getByRole('button', { name: 'Move “Call for participation” down' });
    await down.focus();
    await page.keyboard.press('Enter');
    await expect(phaseTitles(app).nth(1)).toHaveText('2. Call for participation');
    await expect(down).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(phaseTitles(app).nth(2)).toHaveText('3. Call for participation');
    await expect(page.getByRole('status').filter({ hasText: 'moved to position 3' })).toBeVisible();
    // Focus comes back to the moved phase's button once its card is drawn
    // in its new place; only then does Shift+Tab start from there.
    await expect(down).toBeFocused();
    // Tab to the "up" button and go back.
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('button', { name: 'Move “Call for participation” up' })).toBeFocused();
    await page.keyboard.press('Space');
    await expect(phaseTitles(app).nth(1)).toHaveText('2. Call for participation');
  });

  test('the coverage matrix counts contents and filters the list', async ({ page, app }) => {
    await app.start('Reference learning trajectory');
    await openScreen(app.page, 'Mentorship contents');
    const cell = (text: RegExp) => page.getByRole('table').getByRole('button', { name: text });
    await expect(cell(/Mandatory and transversal/)).toHaveText(/4 contents · 55 h/);
    await expect(cell(/Mandatory and tailor-made/)).toHaveText(/1 content · 4 h/);
    await expect(cell(/Optional and transversal/)).toHaveText(/2 contents · 11 h/);
    await expect(cell(/Optional and tailor-made/)).toHaveText(/1 content · 6 h/);
    await expect(page.getByText('Showing 8 of 8 contents.')).toBeVisible();

    await cell(/Optional and transversal/).click();
    await expect(cell(/Optional and transversal/)).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByText('Showing 2 of 8 contents.')).toBeVisible();
    const list = page.getByRole('list', { name: 'Mentorship contents' }).getByRole('heading', { level: 3 });
    await expect(list).toHaveText(['Peer learning circle', 'Resource pack']);

    await page.getByRole('button', { name: 'Show all' }).click();
    await app.field('Filter by delivery').selectOption({ label: 'External expert' });
    await expect(page.getByText('Showing 4 of 8 contents.')).toBeVisible();

    // Changing a content moves it to another cell.
    await page.getByRole('button', { name: 'Show all' }).click();
    await page.getByRole('button', { name: 'Edit “Resource pack”' }).click();
    await app.field('Requirement').selectOption({ label: 'Mandatory' });
    await expect(cell(/Mandatory and transversal/)).toHaveText(/5 contents · 60 h/);
    await expect(cell(/Optional and transversal/)).toHaveText(/1 content · 6 h/);
  });

  test('deleting a linked expert says where, and undo brings everything back', async ({ page, app }) => {
    await app.start('Reference learning trajectory');
    await openScreen(app.page, 'Experts and end-users');
    await expect(page.getByRole('definition').filter({ hasText: '€7,450.00' })).toBeVisible();
    await page.getByRole('button', { name: 'Delete “Touring and distribution expert”' }).click();
    const warning = page.getByRole('alert').filter({ hasText: 'is linked to' });
    await expect(warning).toContainText('phase “Collective mentoring”');
    await expect(warning).toContainText('content “International market landscape”');
    await page.getByRole('button', { name: 'Delete anyway' }).click();
    await expect(page.getByRole('heading', { level: 3, name: 'Touring and distribution expert' })).toHaveCount(0);
    await expect(page.getByRole('definition').filter({ hasText: '€6,100.00' })).toBeVisible();

    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByRole('heading', { level: 3, name: 'Touring and distribution expert' })).toBeVisible();
    await openScreen(app.page, 'Phases');
    await page.getByRole('button', { name: 'Edit “Collective mentoring”' }).click();
    await expect(page.getByRole('checkbox', { name: 'Touring and distribution expert' })).toBeChecked();
  });

  test('a fee typed in either notation is understood, nonsense is refused at the field', async ({ page, app }) => {
    await app.start();
    await openScreen(app.page, 'Experts and end-users');
    await page.getByRole('button', { name: 'Add an expert' }).click();
    await expect(app.field('Name')).toBeFocused();
    await app.fill({ Name: 'Ana Ruiz', 'Fee per day': '1 250,50', Days: '2' });
    await expect(page.getByRole('definition').filter({ hasText: '€2,501.00' })).toBeVisible();
    await app.field('Fee per day').fill('12abc');
    await expect(app.field('Fee per day')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText(/Not saved: "12abc" is not an amount/)).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: '€2,501.00' })).toBeVisible();
    await app.field('Fee per day').fill('1,250.50');
    await expect(app.field('Fee per day')).not.toHaveAttribute('aria-invalid', 'true');
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`the editor screens have no axe violations (${scheme})`, async ({ page, app }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await app.openHome();
      await page.getByRole('button', { name: 'New programme' }).click();
      await app.expectAccessible();
      await page.getByRole('button', { name: /^Reference learning trajectory/ }).click();
      await app.expectAccessible();
      for (const [screen, item] of [
        ['Phases', 'Initial diagnostic'],
        ['Mentorship contents', 'Mentor sessions'],
        ['Experts and end-users', 'Mentor pool'],
      ]) {
        await openScreen(app.page, screen);
        await page.getByRole('button', { name: `Edit “${item}”` }).click();
        await app.expectAccessible();
      }
    });
  }
});
