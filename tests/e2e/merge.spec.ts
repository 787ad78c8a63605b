// Two organisations, two browser profiles, one programme: the lead exports
// it, a partner changes it in their own browser and sends it back while the
// lead goes on working, and the lead merges the two, deciding only what both
// changed.
import { App, test, expect, openScreen, saveDownload } from './app';

test('a partner’s version merges with mine, asking only about what we both changed', async ({
  page,
  app,
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  // The lead starts from the reference programme and sends it out.
  await app.start('Reference learning trajectory');
  const sent = await saveDownload(
    await app.download(() => page.getByRole('button', { name: 'Export this programme' }).click()),
  );

  // The partner, in a browser of their own, imports it and changes it.
  const partnerContext = await browser.newContext();
  const partnerPage = await partnerContext.newPage();
  const partner = new App(partnerPage, baseURL!);
  await partner.openHome();
  await partner.importFile(sent);
  await partner.programmes().first().getByRole('link').click();
  await partner.field('Tagline').fill('Their tagline');
  await openScreen(partnerPage, 'Phases');
  await partnerPage.getByRole('button', { name: 'Edit “Initial diagnostic”' }).click();
  await partner.field('Title').fill('Diagnostic in pairs');
  await openScreen(partnerPage, 'Mentorship contents');
  await partnerPage.getByRole('button', { name: 'Delete “Pitching and presenting your work”' }).click();
  await openScreen(partnerPage, 'Budget');
  await partnerPage.getByRole('button', { name: 'Add a line' }).click();
  await expect(partnerPage.getByRole('textbox', { name: 'Label', exact: true }).last()).toBeFocused();
  await partnerPage.getByRole('textbox', { name: 'Label', exact: true }).last().fill('Interpreting');
  await openScreen(partnerPage, 'Selection');
  await partnerPage.getByLabel('Weight (%)').first().fill('45');
  await partner.waitSaved();
  const returned = await saveDownload(
    await partner.download(() => partnerPage.getByRole('button', { name: 'Export this programme' }).click()),
  );
  await partnerContext.close();

  // Meanwhile the lead changes the same phase's dates, another content, and
  // the tagline too: the one real conflict.
  await app.field('Tagline').fill('Our tagline');
  await openScreen(page, 'Phases');
  await page.getByRole('button', { name: 'Edit “Initial diagnostic”' }).click();
  await app.field('Starts').fill('2027-03-15');
  await app.field('Ends').fill('2027-03-19');
  await openScreen(page, 'Mentorship contents');
  await page.getByRole('button', { name: 'Edit “International market landscape”' }).click();
  await app.field('Description').fill('Now with a workbook.');
  await app.waitSaved();

  // The lead compares with the partner's file.
  await page.getByLabel('Compare with a file…').setInputFiles(returned);
  const merge = page.getByRole('region', { name: 'Compare and merge' });
  await expect(merge).toBeVisible();
  await expect(merge.getByRole('status')).toHaveText(/differences, 1 to decide\.$/);
  await app.expectAccessible();
  const merging = merge.getByRole('button', { name: 'Merge', exact: true });
  await expect(merging).toBeDisabled();
  const tagline = merge.getByRole('group', { name: /Tagline|tagline/ });
  await expect(tagline).toContainText('changed on both sides');
  await tagline.getByLabel('Keep both texts').check();
  await expect(merge.getByRole('status')).toHaveText(/differences, all settled\.$/);
  await merging.click();
  await expect(merge).toBeHidden();
  await app.waitSaved();

  // Everything of both, and both texts where both wrote one.
  await openScreen(page, 'Overview');
  await expect(app.field('Tagline')).toHaveValue('Our tagline / Their tagline');
  await openScreen(page, 'Phases');
  await page.getByRole('button', { name: 'Edit “Diagnostic in pairs”' }).click();
  await expect(app.field('Starts')).toHaveValue('2027-03-15');
  await expect(app.field('Ends')).toHaveValue('2027-03-19');
  await openScreen(page, 'Mentorship contents');
  await expect(page.getByRole('button', { name: 'Edit “Pitching and presenting your work”' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Edit “International market landscape”' }).click();
  await expect(app.field('Description')).toHaveValue('Now with a workbook.');
  await openScreen(page, 'Budget');
  await expect(page.getByRole('button', { name: 'Edit “Interpreting”' })).toBeVisible();
  await openScreen(page, 'Selection');
  await expect(page.getByLabel('Weight (%)').first()).toHaveValue('45');

  // One undo step back to my version; both versions wait in the trash.
  await page.getByRole('button', { name: 'Undo' }).first().click();
  await openScreen(page, 'Overview');
  await expect(app.field('Tagline')).toHaveValue('Our tagline');
  await app.backToList();
  await expect(page.getByRole('heading', { name: 'Trash (2)' })).toBeVisible();
  await expect(page.getByText('International learning trajectory (before the merge)').first()).toBeVisible();
  await expect(page.getByText('International learning trajectory (version merged in)').first()).toBeVisible();
  expect(app.consoleErrors).toEqual([]);
});

test('importing a programme that is already here offers to compare and merge it', async ({ page, app }) => {
  await app.start('Reference learning trajectory');
  const exported = await app.download(() => page.getByRole('button', { name: 'Export this programme' }).click());
  const file = JSON.parse(exported.text);
  file.drafts[0].overview.tagline = 'Their tagline';
  file.drafts[0].phases[0].title = 'Open call';
  file.drafts[0].overview.objectives += ' In a second year, each takes part in a showcase.';
  const theirs = await saveDownload({ name: 'theirs.trajectory.json', text: JSON.stringify(file) });
  await app.field('Tagline').fill('Our tagline');
  await app.waitSaved();
  await app.backToList();

  await app.importFile(theirs);
  await page.getByRole('button', { name: 'Compare and merge' }).click();
  const merge = page.getByRole('region', { name: 'Compare and merge' });
  await expect(merge.getByRole('status')).toHaveText('3 differences, 1 to decide.');
  // A long text shows what was added, word by word.
  await expect(merge.locator('ins')).toHaveText(/In a second year, each takes part in a showcase\./);
  await merge.getByRole('button', { name: 'Take all theirs here' }).first().click();
  await merge.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(app.field('Tagline')).toHaveValue('Their tagline');
  await openScreen(page, 'Phases');
  await expect(page.getByRole('button', { name: 'Edit “Open call”' })).toBeVisible();
  // Still one programme: the versions merged, nothing was added beside it.
  await app.waitSaved();
  await app.backToList();
  await expect(app.programmes()).toHaveCount(1);
});
