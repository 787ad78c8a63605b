import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { test, expect, saveDownload, storageSnapshot } from './app';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

test.describe('programme drafts', () => {
  test('what is typed in the overview survives a reload', async ({ page, app }) => {
    await app.start();
    await app.fill({ 'Programme title': 'Go Global: Performing Arts', Tagline: 'From local stages to international markets' });
    await page.getByRole('button', { name: 'Add an organiser' }).click();
    await expect(app.field('Name')).toBeFocused();
    await app.fill({ Name: 'Mobility Info Point', Country: 'Belgium' });
    await page.getByRole('radio', { name: 'Artists and cultural professionals' }).check();
    await app.field('Disciplines').fill('theatre\ndance');
    await page.getByRole('checkbox', { name: 'Fair or showcase' }).check();
    await page.getByRole('checkbox', { name: 'Networking' }).check();
    await app.fill({ 'Number of places': '12', 'Programme starts': '2027-01-15', 'Programme ends': '2027-11-30' });
    await app.field('Currency').selectOption('CHF');
    await app.field('Objectives').fill('Build a network <b>abroad</b> & present work.');
    await app.waitSaved();
    const url = page.url();
    expect(url).toMatch(/#\/draft\/[0-9a-f-]{36}\/overview$/);

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Go Global: Performing Arts' })).toBeVisible();
    await expect(app.field('Programme title')).toHaveValue('Go Global: Performing Arts');
    await expect(app.field('Tagline')).toHaveValue('From local stages to international markets');
    await expect(app.field('Name')).toHaveValue('Mobility Info Point');
    await expect(app.field('Country')).toHaveValue('Belgium');
    await expect(page.getByRole('radio', { name: 'Artists and cultural professionals' })).toBeChecked();
    await expect(app.field('Disciplines')).toHaveValue('theatre\ndance');
    await expect(page.getByRole('checkbox', { name: 'Fair or showcase' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Networking' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Co-creation' })).not.toBeChecked();
    await expect(app.field('Number of places')).toHaveValue('12');
    await expect(app.field('Programme starts')).toHaveValue('2027-01-15');
    await expect(app.field('Programme ends')).toHaveValue('2027-11-30');
    await expect(app.field('Currency')).toHaveValue('CHF');
    // Typed markup stays text.
    await expect(app.field('Objectives')).toHaveValue('Build a network <b>abroad</b> & present work.');
    await expect(page.locator('b')).toHaveCount(0);

    // The list shows it too, and the deep link works from a fresh tab.
    await app.backToList();
    await expect(app.programmes().first()).toContainText('Go Global: Performing Arts');
    const other = await page.context().newPage();
    await other.goto(url);
    await expect(other.getByLabel('Programme title', { exact: true })).toHaveValue('Go Global: Performing Arts');
  });

  test('the last keystroke is saved when the page is left at once', async ({ page, app }) => {
    await app.start();
    await app.saveTitle('Quick');
    // Type and leave before the autosave delay ends: pagehide flushes it.
    await app.field('Tagline').pressSequentially('typed then gone', { delay: 0 });
    await page.reload();
    await expect(app.field('Tagline')).toHaveValue('typed then gone');
  });

  test('an invalid end date is flagged at the field', async ({ page, app }) => {
    await app.start();
    await app.field('Programme starts').fill('2027-05-01');
    await app.field('Programme ends').fill('2027-04-01');
    await expect(app.field('Programme ends')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('The end is before the start.')).toBeVisible();
  });

  test('export, delete, import the downloaded file: the same programme comes back', async ({ page, app }) => {
    await app.start();
    await app.field('Programme title').fill('Round Trip Résidence');
    await app.field('Objectives').fill('Line one\nLine two "quoted"');
    await app.waitSaved();
    await app.backToList();

    const first = await app.download(() =>
      page.getByRole('button', { name: 'Export “Round Trip Résidence”' }).click(),
    );
    expect(first.name).toBe('round-trip-residence.trajectory.json');
    const exported = JSON.parse(first.text);
    expect(exported.format).toBe('trajectory-studio');
    expect(exported.schema_version).toBe(2);
    expect(exported.drafts).toHaveLength(1);

    await page.getByRole('button', { name: 'Move to trash “Round Trip Résidence”' }).click();
    await page.getByRole('button', { name: 'Empty trash' }).click();
    await page.getByRole('button', { name: 'Delete for good' }).click();
    await expect(page.getByRole('heading', { name: 'No programmes yet' })).toBeVisible();

    await app.importFile(await saveDownload(first));
    await expect(page.getByRole('status').filter({ hasText: 'Imported 1 programme.' })).toBeVisible();
    await expect(app.programmes()).toHaveCount(1);

    const second = await app.download(() =>
      page.getByRole('button', { name: 'Export “Round Trip Résidence”' }).click(),
    );
    expect(JSON.parse(second.text).drafts).toEqual(exported.drafts);
  });

  for (const [name, path] of [
    ['invalid-date-format.json', 'drafts[0].phases[2].start'],
    ['negative-money.json', 'drafts[0].budget[1].unit_cost'],
    ['dangling-phase-reference.json', 'drafts[0].contents[1].phase_ids[1]'],
  ]) {
    test(`a bad file (${name}) is refused, names the field and changes nothing`, async ({ page, app }) => {
      await app.start();
      await app.saveTitle('Already here');
      await app.backToList();
      const before = await storageSnapshot(page);
      await app.importFile(join(fixtures, 'bad', name));
      const alert = page.getByRole('alert').filter({ hasText: 'was not imported' });
      await expect(alert).toContainText(path);
      await expect(alert).toContainText(name);
      expect(await storageSnapshot(page)).toBe(before);
      await expect(app.programmes()).toHaveCount(1);
    });
  }

  test('in French, a bad file is refused in French, its place as written in the file', async ({ page, app }) => {
    await app.openHome();
    await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Français' });
    await expect(page.getByRole('heading', { level: 1, name: 'Vos programmes' })).toBeVisible();
    await page.getByLabel('Fichier de programme').setInputFiles(join(fixtures, 'bad', 'impossible-date.json'));
    const alert = page.getByRole('alert').filter({ hasText: 'n’a pas été importé' });
    await expect(alert).toContainText(
      'drafts[0].selection.deadline\u00a0: «\u00a02027-02-31\u00a0» n’est pas une date (attendu AAAA-MM-JJ)',
    );
  });

  test('a file can be pasted as text, and an id already here asks keep both or replace', async ({ page, app }) => {
    await app.openHome();
    const full = join(fixtures, 'good', 'full.json');
    await app.importFile(full);
    await expect(app.programmes()).toHaveCount(1);
    await expect(app.programmes().first()).toContainText('Go Global: Performing Arts 2027');

    await app.importFile(full);
    await expect(page.getByText('is already in this browser')).toBeVisible();
    await page.getByRole('button', { name: 'Keep both' }).click();
    await expect(app.programmes()).toHaveCount(2);

    const text = await (await import('node:fs/promises')).readFile(full, 'utf8');
    await page.getByText('Paste the text of a file').click();
    await app.field('File text (JSON)').fill(text);
    await page.getByRole('button', { name: 'Import pasted text' }).click();
    await page.getByRole('button', { name: 'Replace' }).click();
    await expect(app.programmes()).toHaveCount(2);
    await expect(page.getByRole('heading', { name: 'Trash (1)' })).toBeVisible();
  });

  test('rename, duplicate, trash and restore from the home screen', async ({ page, app }) => {
    await app.start();
    await app.saveTitle('Draft A');
    await app.backToList();

    await page.getByRole('button', { name: 'Rename “Draft A”' }).click();
    await page.getByLabel('New title for “Draft A”').fill('Showcase Lab');
    await page.getByRole('button', { name: 'Save title' }).click();
    await expect(page.getByRole('link', { name: 'Showcase Lab' })).toBeVisible();

    await page.getByRole('button', { name: 'Duplicate “Showcase Lab”' }).click();
    await expect(page.getByRole('link', { name: 'Showcase Lab (copy)' })).toBeVisible();

    await page.getByRole('button', { name: 'Move to trash “Showcase Lab”' }).click();
    await expect(app.programmes()).toHaveCount(1);
    await expect(page.getByRole('heading', { name: 'Trash (1)' })).toBeVisible();
    await page.reload();
    await page.getByRole('button', { name: 'Restore “Showcase Lab”' }).click();
    await expect(app.programmes()).toHaveCount(2);
    await expect(page.getByRole('heading', { name: /Trash/ })).toHaveCount(0);
  });

  test('back up everything downloads every programme in one file', async ({ page, app }) => {
    await app.openHome();
    await app.importFile(join(fixtures, 'good', 'bundle.json'));
    await expect(app.programmes()).toHaveCount(2);
    const backup = await app.download(() => page.getByRole('button', { name: 'Back up everything' }).click());
    expect(backup.name).toMatch(/^trajectory-studio-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const titles = JSON.parse(backup.text).drafts.map((d: { overview: { title: string } }) => d.overview.title);
    expect(titles.sort()).toEqual(['Circus Showcase Prep', 'Go Global: Performing Arts 2027']);
  });

  test('the space taken follows what is stored, without a reload', async ({ page, app }) => {
    await app.openHome();
    const size = page.getByText(/^Your programmes and settings take [\d,]+ of the/);
    await expect(size).toContainText('take 0 of the');
    await app.importFile(join(fixtures, 'good', 'bundle.json'));
    await expect(app.programmes()).toHaveCount(2);
    await expect(size).toContainText(/take [1-9][\d,]* of the/);
  });
});
