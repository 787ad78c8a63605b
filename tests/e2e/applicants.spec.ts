import type { Page } from '@playwright/test';
import { test, expect, openScreen } from './app';

/** What has the keyboard: a form control with an id, never the page itself. */
async function focusedControl(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    return `${el.tagName.toLowerCase()}#${el.id}`;
  });
}

test.describe('who applies, age limits and findings that lead to their fix', () => {
  test('a programme for organisations with age limits: chosen, saved, stated in the call and the summary', async ({ page, app }) => {
    await app.start();
    const who = page.getByRole('group', { name: 'Who can apply' });
    await who.getByRole('radio', { name: 'Organisations', exact: true }).check();
    // Individuals' profiles are asked only when individuals apply.
    await expect(page.getByRole('group', { name: 'Profiles' })).toHaveCount(0);
    const kinds = page.getByRole('group', { name: 'Kinds of organisation' });
    await kinds.getByRole('checkbox', { name: 'NGOs and associations' }).check();
    await kinds.getByRole('checkbox', { name: 'Venues and arts centres' }).check();
    await app.fill({
      'Eligible countries': 'Albania\nKosovo',
      'Minimum age': '18',
      'Maximum age': '35',
      'Age counted on': '2027-03-01',
    });
    await app.waitSaved();

    await page.reload();
    await expect(page.getByRole('heading', { level: 2, name: 'Overview' })).toBeVisible();
    await expect(who.getByRole('radio', { name: 'Organisations', exact: true })).toBeChecked();
    await expect(kinds.getByRole('checkbox', { name: 'Venues and arts centres' })).toBeChecked();
    await expect(app.field('Maximum age')).toHaveValue('35');

    // A maximum below the minimum is said at the field.
    await app.field('Maximum age').fill('16');
    await expect(app.field('Maximum age')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('The maximum age is below the minimum age')).toBeVisible();
    await app.field('Maximum age').fill('35');
    await expect(app.field('Maximum age')).not.toHaveAttribute('aria-invalid', 'true');

    await openScreen(page, 'Call for participation');
    const preview = page.getByRole('article', { name: 'Preview of the call' });
    await expect(preview).toContainText('This call is open to organisations: NGOs and associations and venues and arts centres.');
    await expect(preview).toContainText('Organisations based in Albania and Kosovo may apply.');
    await expect(preview).toContainText('Applicants must be between 18 and 35 years old on 1 March 2027.');
    await page.getByLabel('Language of the call', { exact: true }).selectOption('fr');
    await expect(preview).toContainText('Cet appel s’adresse aux organisations\u00a0: ONG et associations et lieux et centres d’art.');
    await expect(preview).toContainText('Les candidat·es doivent avoir entre 18 et 35\u00a0ans au 1er mars 2027.');

    await openScreen(page, 'Summary');
    await expect(page.getByText('Organisations (NGOs and associations, Venues and arts centres)')).toBeVisible();
    await expect(page.getByText('From 18 to 35 years old')).toBeVisible();
  });

  test('writing how feedback is given clears the fair-call finding and is kept in the call', async ({ page, app }) => {
    await app.start();
    await openScreen(page, 'Call for participation');
    const finding = page.getByRole('listitem').filter({ hasText: 'Applicants who are not selected get no feedback.' });
    await finding.getByRole('button', { name: 'Fix this' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Selection' })).toBeVisible();
    await expect(app.field('How feedback is given')).toBeFocused();
    await page.keyboard.type('A short written note from the committee');
    await expect(page.getByRole('radio', { name: 'Yes' })).toBeChecked();
    await openScreen(page, 'Call for participation');
    await expect(page.getByRole('listitem').filter({ hasText: 'Applicants who are not selected get no feedback.' })).toHaveCount(0);
    await expect(page.getByRole('article', { name: 'Preview of the call' })).toContainText(
      'A short written note from the committee',
    );
  });

  test('the target-group finding lands on who can apply', async ({ page, app }) => {
    await app.start();
    await openScreen(page, 'Review');
    const finding = page.getByRole('listitem').filter({ hasText: 'Who can apply (individuals, organisations or both) is not chosen.' });
    await finding.getByRole('button', { name: 'Fix this' }).click();
    await expect(page.getByRole('group', { name: 'Who can apply' }).getByRole('radio', { name: 'Individuals', exact: true })).toBeFocused();
    await page.keyboard.press('Space');
    await openScreen(page, 'Review');
    await expect(page.getByRole('listitem').filter({ hasText: 'Who can apply (individuals' })).toHaveCount(0);
  });

  test('every finding of a blank programme leads the keyboard to a control', async ({ page, app }) => {
    await app.start();
    for (const screen of ['Review', 'Call for participation']) {
      await openScreen(page, screen);
      const count = await page.getByRole('button', { name: 'Fix this' }).count();
      expect(count).toBeGreaterThan(5);
      for (let i = 0; i < count; i++) {
        await openScreen(page, screen);
        const item = page.getByRole('listitem').filter({ has: page.getByRole('button', { name: 'Fix this' }) }).nth(i);
        const text = await item.innerText();
        await item.getByRole('button', { name: 'Fix this' }).click();
        await expect
          .poll(() => focusedControl(page), { message: `“${text}” leads nowhere` })
          .toMatch(/^(input|select|textarea|button)#.+/);
      }
    }
    expect(app.consoleErrors).toEqual([]);
  });
});
