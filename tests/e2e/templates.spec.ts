// Templates in the interface's language: a French interface lists the
// templates by their French names and starts the French programme, whose
// call is in French.
import { test, expect } from './app';

test.describe('templates', () => {
  test('a French interface starts the French programme, its call in French', async ({ page, app }) => {
    await app.openHome();
    await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Français' });
    await page.getByRole('button', { name: 'Nouveau programme' }).click();
    for (const name of ['Programme vierge', 'Parcours d’apprentissage de référence', 'Courte visite d’étude', 'Préparation à un showcase']) {
      await expect(page.getByRole('button', { name: new RegExp(`^${name}`) })).toBeVisible();
    }
    await page.getByRole('button', { name: /^Parcours d’apprentissage de référence/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Parcours international d’apprentissage' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Vue d’ensemble' })).toBeVisible();

    await page.goto(page.url().replace(/\/overview$/, '/call'));
    await expect(page.getByLabel('Langue de l’appel', { exact: true })).toHaveValue('fr');
    await expect(page.getByText('Diagnostic initial').first()).toBeVisible();
    expect(app.consoleErrors).toEqual([]);
  });

  test('a template used twice gives two programmes', async ({ page, app }) => {
    await app.start('Short study visit');
    const first = page.url();
    await app.backToList();
    await app.newProgramme('Short study visit');
    expect(page.url()).not.toEqual(first);
    await app.backToList();
    await expect(app.programmes()).toHaveCount(2);
  });
});
