import { test, expect, openFile, openScreen, saveDownload } from './app';

const HOSTILE = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"> [a](javascript:alert(1))';

test.describe('call for participation, fair-call check and review', () => {
  test('the call is generated, switches to French, and its HTML download is inert', async ({ page, app }) => {
    await app.start('Reference learning trajectory');
    await app.field('Programme title').fill(`Go Global ${HOSTILE}`);
    await openScreen(page, 'Call for participation');
    const preview = page.getByRole('article', { name: 'Preview of the call' });
    await expect(preview.getByRole('heading', { level: 3 })).toHaveText(`Call for participation: Go Global ${HOSTILE}`);
    await expect(preview.getByRole('heading', { level: 4, name: 'Who can apply' })).toBeVisible();
    await expect(preview).toContainText('no application fee');
    await expect(preview.locator('img, script, a')).toHaveCount(0);

    await app.field('Language of the call').selectOption('fr');
    await expect(preview.getByRole('heading', { level: 4, name: 'Qui peut candidater ?' })).toBeVisible();
    await expect(preview.getByRole('heading', { level: 4, name: 'Who can apply' })).toHaveCount(0);
    await expect(preview).toHaveAttribute('lang', 'fr');

    // Leave out a section: it disappears from the preview.
    await page.getByRole('checkbox', { name: 'Protection des données' }).uncheck();
    await expect(preview.getByRole('heading', { level: 4, name: 'Protection des données' })).toHaveCount(0);

    const html = await app.download(() => page.getByRole('button', { name: 'Download .html' }).click());
    expect(html.name).toMatch(/-call-fr\.html$/);
    expect(html.text).toContain('<html lang="fr">');
    expect(html.text).not.toContain('<script');
    expect(html.text).not.toMatch(/<img/i);

    const file = await saveDownload(html);
    const { tab: other, requests } = await openFile(page, file);
    await expect(other.getByRole('heading', { level: 1 })).toContainText('Go Global <script>');
    expect(await other.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(requests).toEqual([`file://${file}`]);

    const md = await app.download(() => page.getByRole('button', { name: 'Download .md' }).click());
    expect(md.text).toContain('# Appel à candidatures');
    expect(md.text).not.toContain('[a](javascript:');
    const txt = await app.download(() => page.getByRole('button', { name: 'Download .txt' }).click());
    expect(txt.name).toMatch(/\.txt$/);
  });

  test('a fair-call finding leads to its field, and fixing it removes the finding', async ({ page, app }) => {
    await app.start('Reference learning trajectory');
    await openScreen(page, 'Call for participation');
    await expect(page.getByRole('heading', { name: 'Fair-call check: 1 to fix' })).toBeVisible();
    const finding = page.getByRole('listitem').filter({ hasText: 'The call gives no contact.' });
    await finding.getByRole('button', { name: 'Fix this' }).click();
    await expect(app.field('Contact for questions')).toBeFocused();
    await page.keyboard.type('calls@example.org');
    await expect(page.getByRole('heading', { name: 'Fair-call check: nothing missing' })).toBeVisible();
    await expect(page.getByRole('article', { name: 'Preview of the call' })).toContainText('calls@example.org');

    // A finding on another screen: charging a fee is flagged and leads to the fee.
    await openScreen(page, 'Selection');
    await app.field('Application fee').fill('25');
    await openScreen(page, 'Call for participation');
    const fee = page.getByRole('listitem').filter({ hasText: 'Applicants are charged a fee to apply.' });
    await expect(fee).toContainText('keeps out people with less money');
    await fee.getByRole('button', { name: 'Fix this' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Selection' })).toBeVisible();
    await expect(app.field('Application fee')).toBeFocused();
    await app.field('Application fee').fill('0');
    await openScreen(page, 'Call for participation');
    await expect(page.getByRole('heading', { name: 'Fair-call check: nothing missing' })).toBeVisible();
  });

  test('the review lists what is missing and the home list shows readiness', async ({ page, app }) => {
    await app.start('Reference learning trajectory');
    await openScreen(page, 'Review');
    await expect(page.getByText('Readiness: 94%')).toBeVisible();
    const finding = page.getByRole('listitem').filter({ hasText: 'No organiser is named.' });
    await finding.getByRole('button', { name: 'Fix this' }).click();
    await expect(page.getByRole('button', { name: 'Add an organiser' })).toBeFocused();
    await page.keyboard.press('Enter');
    await app.field('Name').fill('Mobility Info Point');
    await openScreen(page, 'Review');
    await expect(page.getByText('Readiness: 100%')).toBeVisible();
    await expect(page.getByText('No warnings.')).toBeVisible();

    await openScreen(page, 'Phases');
    await page.getByRole('button', { name: 'Delete “Follow-up”' }).click();
    await openScreen(page, 'Review');
    await expect(page.getByRole('listitem').filter({ hasText: 'Nothing follows up “Study visit abroad”' })).toBeVisible();
    await app.waitSaved();
    await app.backToList();
    await expect(app.programmes().first()).toContainText('94% ready');
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`call and review screens have no axe violations (${scheme})`, async ({ page, app }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await app.start('Reference learning trajectory');
      await openScreen(page, 'Call for participation');
      await app.expectAccessible();
      await openScreen(page, 'Review');
      await app.expectAccessible();
    });
  }
});
