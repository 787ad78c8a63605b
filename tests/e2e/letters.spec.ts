import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect, openScreen } from './app';

const fixture = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'good', 'letters.json');
const missing = '1 applicant who is not selected would get no feedback.';

test('every applicant hears back: letters after the ranking, with the feedback promised', async ({ page, app }) => {
  await app.openHome();
  await app.importFile(fixture);
  await app.programmes().first().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 2, name: 'Overview' })).toBeVisible();

  // Before the ranking is applied, nobody is owed feedback yet.
  await openScreen(page, 'Call for participation');
  await expect(page.getByRole('listitem').filter({ hasText: missing })).toHaveCount(0);

  await openScreen(page, 'Selection');
  await page.getByRole('button', { name: 'Select the best-ranked up to the places' }).click();
  await app.waitSaved();

  // Chi is not selected and has no feedback yet: the fair-call check says so and leads to the letters.
  await openScreen(page, 'Call for participation');
  const finding = page.getByRole('listitem').filter({ hasText: missing });
  await expect(finding).toHaveCount(1);
  await finding.getByRole('button', { name: 'Fix this' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Selection' })).toBeVisible();
  const letters = page.getByRole('region', { name: 'Letters to applicants' });
  await expect(letters).toBeFocused();

  // A field for each applicant owed feedback, none for the selected or the waiting.
  await expect(letters.getByLabel('Feedback for Ana Lima')).toHaveCount(0);
  await expect(letters.getByLabel('Feedback for Ben Okafor')).toHaveCount(0);
  await expect(app.field('Feedback for Eve Moreau')).toHaveValue('Please apply again once you are based in Europe.');
  const chi = app.field('Feedback for Chi Tran');
  await expect(chi).toHaveValue('');
  await letters.getByRole('button', { name: 'Start from the committee’s comments Feedback for Chi Tran' }).click();
  await expect(chi).toHaveValue('Artistic quality\n- Strong idea, thin plan.');
  await chi.fill('Strong idea, thin plan: show us a budget next time.');
  await app.waitSaved();

  await letters.getByRole('button', { name: 'Write the letters' }).click();
  const ana = app.field('Letter to Ana Lima');
  await expect(ana).toHaveAttribute('readonly', '');
  const anaText = await ana.inputValue();
  expect(anaText).toContain('Letters Lab 2027: you have been selected');
  expect(anaText).toContain('Dear Ana Lima,');
  expect(anaText).toContain('We are pleased to tell you that you have been selected for Letters Lab 2027.');
  expect(anaText).toContain('The programme starts on 1 April 2027.');
  expect(anaText).toContain('What comes next:\n- Initial diagnostic: 1–5 April 2027\n- Study visit to Madrid: 10–14 June 2027');
  expect(anaText).not.toContain('Open call');
  expect(anaText).toContain('Kind regards,\nMobility Info Point');

  const ben = await app.field('Letter to Ben Okafor').inputValue();
  expect(ben).toContain('You are number 1 on the waiting list');
  expect(ben).toContain('If a place becomes free for you, we will let you know by 1 April 2027.');
  expect(ben).not.toContain('feedback');

  const chiLetter = await app.field('Letter to Chi Tran').inputValue();
  expect(chiLetter).toContain('We are sorry to tell you that your application has not been selected this time.');
  expect(chiLetter).toContain('The committee’s feedback on your application:\nStrong idea, thin plan: show us a budget next time.');

  const eve = await app.field('Letter to Eve Moreau').inputValue();
  expect(eve).toContain('as it does not meet these conditions of the call:\n- Based in Europe');
  expect(eve).toContain('Please apply again once you are based in Europe.');
  await expect(letters.getByRole('button', { name: 'Copy Letter to Chi Tran' })).toBeVisible();

  // The letters follow the feedback as it is edited: none is copied stale.
  await app.field('Feedback for Eve Moreau').fill('We look forward to your next application.');
  await expect(app.field('Letter to Eve Moreau')).toHaveValue(/We look forward to your next application\./);

  const csv = await app.download(() => letters.getByRole('button', { name: 'Download for mail merge (CSV)' }).click());
  expect(csv.name).toBe('letters-lab-2027-letters.csv');
  expect(csv.text.startsWith('Name,Email,Decision,Subject,Body\n')).toBe(true);
  expect(csv.text).toContain('Chi Tran,chi@example.org,Not selected,Letters Lab 2027: the result of your application,"Dear Chi Tran,\n');
  expect(csv.text).toContain('Ben Okafor,ben@example.org,On the waiting list,');

  // Written: the finding is gone.
  await openScreen(page, 'Call for participation');
  await expect(page.getByRole('listitem').filter({ hasText: missing })).toHaveCount(0);
  expect(app.consoleErrors).toEqual([]);
});
