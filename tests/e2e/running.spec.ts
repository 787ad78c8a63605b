// Running a programme after its selection: participants made from the
// selected applicants, a plan with a goal, mentors within their capacity
// (and one flagged for a conflict the committee declared), sessions logged
// with a refused duration, the progress figures worked out here by hand, a
// withdrawal that offers the place to the waiting list, and a reload that
// keeps it all. "Today" is fixed, so the figures do not depend on the day
// the test runs.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect, openScreen, saveDownload, App } from './app';
import { cutWords, printArticle } from './printed';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'good');
const fixture = join(fixtures, 'running.json');

/** Opens the card of `name` on a list screen. */
async function openCard(page: Page, name: string) {
  await page.getByRole('button', { name: new RegExp(`^Edit .${name}.$`) }).click();
}

/** The cells of the Progress table's row for `name`, after its header cell. */
function progressRow(page: Page, name: string) {
  return page.getByRole('table', { name: 'Hours and attendance by participant' })
    .getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) })
    .getByRole('cell');
}

test('running a programme: participants, plans, mentors, sessions, exact figures and a withdrawal', async ({ page, app }) => {
  await page.clock.setFixedTime(new Date('2027-02-10T10:00:00'));
  await app.openHome();
  await app.importFile(fixture);
  await app.programmes().first().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 2, name: 'Overview' })).toBeVisible();

  // Participants from the two selected applicants, with their details.
  await openScreen(page, 'Participants');
  await page.getByRole('button', { name: 'Make participants from the selected applicants (2)' }).click();
  await expect(page.getByRole('status').filter({ hasText: '2 participants made from the selection.' })).toBeAttached();
  await expect(page.getByRole('button', { name: 'Make participants from the selected applicants (0)' })).toBeDisabled();
  await expect(page.getByRole('heading', { level: 3 })).toHaveText(['Ana Ruiz', 'Kwame Mensah']);

  // Ana's plan: a starting point, an optional content, one goal served by two contents.
  await openCard(page, 'Ana Ruiz');
  await expect(app.field('E-mail')).toHaveValue('ana@example.org');
  await app.field('Starting point (initial diagnostic)').fill('Tours in Spain; no contacts abroad yet.');
  await expect(page.getByText('Always in the plan (mandatory): Market landscape')).toBeVisible();
  await page.getByRole('group', { name: 'Optional and tailor-made contents chosen for this participant' })
    .getByLabel('Touring contracts').check();
  await page.getByRole('button', { name: 'Add a goal' }).click();
  await app.field('Goal').fill('Two co-producers in the Nordics');
  const serving = page.getByRole('group', { name: 'Contents that serve this goal' });
  await serving.getByLabel('Market landscape').check();
  await serving.getByLabel('Touring contracts').check();
  await app.field('Progress (%)').fill('30');

  // Ingrid mentors one participant at most: Ana, then not Kwame.
  await app.field('Mentor').selectOption({ label: 'Ingrid Berg (0 of 1 mentees)' });
  await page.getByRole('button', { name: 'Assign this mentor' }).click();
  await expect(page.getByRole('list', { name: 'Mentors' }).getByRole('listitem')).toHaveText([/Ingrid Berg · The whole programme/]);
  await openCard(page, 'Kwame Mensah');
  await app.field('Mentor').selectOption({ label: 'Ingrid Berg (1 of 1 mentees)' });
  await page.getByRole('button', { name: 'Assign this mentor' }).click();
  await expect(page.getByRole('alert')).toHaveText(/this mentor already has 1 mentees, their most/);
  // Marc scored in the committee and declared a conflict with Kwame's application.
  await app.field('Mentor').selectOption({ label: 'Marc Olsen (0 mentees)' });
  await page.getByRole('button', { name: 'Assign this mentor' }).click();
  const marc = page.getByRole('list', { name: 'Mentors' }).getByRole('listitem');
  await expect(marc).toHaveText(/Marc Olsen/);
  await expect(marc).toContainText('Declared a conflict of interest with this applicant');

  // A collective session today: its phase and mode come from the date.
  await openScreen(page, 'Sessions');
  await page.getByRole('button', { name: 'Log a collective session' }).click();
  await expect(app.field('Date')).toHaveValue('2027-02-10');
  await expect(app.field('Phase')).toHaveValue('00000000-0000-4000-8000-000000000902');
  await expect(app.field('Remote or face to face')).toHaveValue('face_to_face');
  await app.field('Duration (hours)').fill('6');
  const attended = page.getByRole('group', { name: 'Who attended' });
  await expect(attended.getByLabel('Ana Ruiz')).toBeChecked();
  await expect(attended.getByLabel('Kwame Mensah')).toBeChecked();
  await page.getByRole('group', { name: 'Mentors present' }).getByLabel('Ingrid Berg').check();
  await page.getByRole('group', { name: 'Contents', exact: true }).getByLabel('Market landscape').check();

  // An individual session for Ana in January, remote; 30 hours is refused at the field.
  await app.field('Individual session for').selectOption({ label: 'Ana Ruiz' });
  await page.getByRole('button', { name: 'Log an individual session' }).click();
  await app.field('Date').fill('2027-01-20');
  await app.field('Phase').selectOption({ label: '1. Initial diagnostic' });
  await app.field('Remote or face to face').selectOption({ label: 'Remote' });
  await app.field('Duration (hours)').fill('30');
  await expect(page.getByText('Not saved: a session lasts at most 24 hours.', { exact: false })).toBeVisible();
  await app.field('Duration (hours)').fill('1.5');
  await expect(page.getByText('Not saved: a session lasts at most 24 hours.', { exact: false })).toHaveCount(0);
  await page.getByRole('group', { name: 'Mentors present' }).getByLabel('Ingrid Berg').check();
  await expect(page.getByRole('list', { name: 'Sessions' }).getByRole('heading', { level: 3 })).toHaveText(['10 February 2027', '20 January 2027']);

  // The figures, worked out by hand. Each plan is 4 h remote + 12 h face
  // to face + 10 h hybrid = 26 h. Ana: 6 + 1.5 done; Kwame: 6.
  await openScreen(page, 'Progress');
  await expect(progressRow(page, 'Ana Ruiz')).toHaveText([
    '7.5 h of 26 h', '1.5 h of 4 h', '6 h of 12 h', '0 h of 10 h', '1 of 1', '10 February 2027', '1 of 2',
  ]);
  await expect(progressRow(page, 'Kwame Mensah')).toHaveText([
    '6 h of 26 h', '0 h of 4 h', '6 h of 12 h', '0 h of 10 h', '1 of 1', '10 February 2027', '1 of 1',
  ]);
  const totals = page.getByRole('definition');
  await expect(totals).toHaveText(['13.5 h of 52 h', '2 held, 0 to come', '1 of 2']);
  // Marc and Kwame have not met since the programme began on 4 January.
  await expect(page.getByText('Marc Olsen and Kwame Mensah: no session yet, 37 days in.')).toBeVisible();
  await app.expectAccessible();

  // Kwame withdraws: the record stays, and Léa, first on the waiting list, takes the place.
  await openScreen(page, 'Participants');
  await openCard(page, 'Kwame Mensah');
  await page.getByRole('button', { name: 'Record a withdrawal' }).click();
  await expect(app.field('Withdrew on')).toHaveValue('2027-02-10');
  await app.field('Reason').fill('Moved abroad for a residency');
  await expect(page.getByText('Léa Dubois is first on the waiting list.')).toBeVisible();
  await page.getByRole('button', { name: 'Offer the place to Léa Dubois' }).click();
  await expect(page.getByRole('heading', { level: 3 })).toHaveText(['Ana Ruiz', 'Kwame Mensah', 'Léa Dubois']);
  await expect(app.field('Joined on')).toHaveValue('2027-02-10');
  await app.expectAccessible();
  await app.waitSaved();

  // After a reload everything is there: Léa's plan starts with the phases
  // still to end (12 + 10 h), Kwame's stops at his withdrawal, and a pair
  // with someone who left is no longer flagged.
  await page.reload();
  await openScreen(page, 'Progress');
  await expect(progressRow(page, 'Léa Dubois')).toHaveText([
    '0 h of 22 h', '0 h of 0 h', '0 h of 12 h', '0 h of 10 h', '0 of 1', '—', '0 of 1',
  ]);
  await expect(page.getByRole('rowheader', { name: /Kwame Mensah/ })).toContainText('withdrew');
  await expect(page.getByText(/no session yet/)).toHaveCount(0);
  await openScreen(page, 'Participants');
  await openCard(page, 'Kwame Mensah');
  await expect(app.field('Reason')).toHaveValue('Moved abroad for a residency');
  await openCard(page, 'Ana Ruiz');
  await expect(app.field('Goal')).toHaveValue('Two co-producers in the Nordics');
  await expect(app.field('Progress (%)')).toHaveValue('30');
  await openScreen(page, 'Sessions');
  await app.expectAccessible();
  // Home says where the programme stands.
  await app.backToList();
  await expect(app.programmes().first()).toContainText('Running ·');
  expect(app.consoleErrors).toEqual([]);
});

test('a mentor opens a link to their sheet, logs sessions, sends the log back twice and it counts once, then removes one', async ({ page, app, browser, baseURL }) => {
  await page.clock.setFixedTime(new Date('2027-02-20T10:00:00'));
  await app.openHome();
  await app.importFile(fixture);
  await app.programmes().first().getByRole('link').click();
  await openScreen(page, 'Participants');
  await page.getByRole('button', { name: 'Make participants from the selected applicants (2)' }).click();
  await openCard(page, 'Ana Ruiz');
  await app.field('Mentor').selectOption({ label: 'Ingrid Berg (0 of 1 mentees)' });
  await page.getByRole('button', { name: 'Assign this mentor' }).click();
  await expect(page.getByRole('list', { name: 'Mentors' }).getByRole('listitem')).toHaveText([/Ingrid Berg/]);

  // The owner gives Ingrid her sheet: her mentee's name and plan, nothing else.
  await openScreen(page, 'Sessions');
  const given = await app.download(() => page.getByRole('button', { name: 'Give Ingrid Berg a log sheet' }).click());
  expect(given.name).toBe('nordic-stages.ingrid-berg.log-sheet.json');
  expect(given.text).toContain('Ana Ruiz');
  for (const absent of ['ana@example.org', 'Kwame Mensah', 'Léa Dubois', 'Spain']) expect(given.text).not.toContain(absent);
  const sheetFile = await saveDownload(given);
  // The same sheet as a link, to send by mail or chat.
  await page.getByRole('button', { name: 'Copy a link for Ingrid Berg' }).click();
  const link = await app.field('Link to the log sheet').inputValue();
  expect(link).toContain('/#/shared/');
  for (const absent of ['Ana', 'Ingrid']) expect(link).not.toContain(absent);
  await expect(page.getByText(/Ingrid Berg: 1 mentees · sheet given .*, not sent back yet/)).toBeVisible();
  // Home says the programme waits for a log.
  await app.backToList();
  await expect(app.programmes().first().getByText('Needs attention: 1 mentor’s log sheet given out and not sent back.')).toBeVisible();
  await app.programmes().first().getByRole('link').click();
  await openScreen(page, 'Sessions');

  // Ingrid, in a browser profile of her own, opens the link and logs
  // three sessions.
  const context = await browser.newContext();
  const mentorPage = await context.newPage();
  await mentorPage.clock.setFixedTime(new Date('2027-02-20T10:00:00'));
  const mentor = new App(mentorPage, baseURL!);
  await mentorPage.goto(link);
  await expect(mentorPage.getByText('Kept by Ingrid Berg, mentor')).toBeVisible();
  await expect(mentorPage).toHaveURL(/#\/log\//);
  await expect(mentorPage.getByRole('heading', { level: 3, name: 'Ana Ruiz' })).toBeVisible();
  for (const [date, hours] of [['2027-02-03', '1.5'], ['2027-02-10', '2'], ['2027-02-17', '1.25']]) {
    await mentor.field('Session with').selectOption({ label: 'Ana Ruiz' });
    await mentorPage.getByRole('button', { name: 'Log a session with this mentee' }).click();
    await mentor.field('Date').last().fill(date);
    await mentor.field('Duration (hours)').last().fill(hours);
  }
  await mentor.field('Notes').last().fill('Pitch rehearsed; next: the Bergen festival.');
  await expect(mentorPage.getByText('3 sessions, 4.75 h')).toBeVisible();
  // Kept in her browser across a reload.
  await mentorPage.reload();
  await expect(mentor.field('Notes').last()).toHaveValue('Pitch rehearsed; next: the Bergen festival.');
  const back = await mentor.download(() => mentorPage.getByRole('button', { name: 'Send the log back' }).click());
  expect(back.name).toBe('nordic-stages.ingrid-berg.log.json');
  const backFile = await saveDownload(back);

  // The owner takes it in twice: the second time changes nothing.
  const returned = page.getByLabel('Log sheets sent back');
  await returned.setInputFiles(backFile);
  await expect(page.getByRole('status').getByText(/log of Ingrid Berg taken: 3 new sessions, 0 updated, 0 deleted, 0 already here/)).toBeVisible();
  await returned.setInputFiles(backFile);
  await expect(page.getByRole('status').getByText(/log of Ingrid Berg taken: 0 new sessions, 0 updated, 0 deleted, 3 already here/)).toBeVisible();
  await expect(page.getByRole('definition').first()).toHaveText('3');
  await expect(page.getByText(/Ingrid Berg: 1 mentees · log taken in /)).toBeVisible();
  // The sheet given, not filled in, is refused with the reason.
  await returned.setInputFiles(sheetFile);
  await expect(page.getByRole('status').getByText(/not yet sent back; nothing was taken/)).toBeVisible();

  // Ingrid removes the last session on the sheet she keeps and sends it
  // again: it leaves the programme too.
  await mentorPage.getByRole('button', { name: 'Remove this session' }).last().click();
  await expect(mentorPage.getByText('2 sessions, 3.5 h')).toBeVisible();
  const later = await mentor.download(() => mentorPage.getByRole('button', { name: 'Send the log back' }).click());
  expect(mentor.consoleErrors).toEqual([]);
  await context.close();
  await returned.setInputFiles(await saveDownload(later));
  await expect(page.getByRole('status').getByText(/log of Ingrid Berg taken: 0 new sessions, 0 updated, 1 deleted, 2 already here/)).toBeVisible();
  await expect(page.getByRole('definition').first()).toHaveText('2');

  // Ana's figures: 1.5 + 2 = 3.5 h, all in collective mentoring, face to
  // face (the phase of the day each session was logged).
  await openScreen(page, 'Progress');
  await expect(progressRow(page, 'Ana Ruiz')).toHaveText([
    '3.5 h of 26 h', '0 h of 4 h', '3.5 h of 12 h', '0 h of 10 h', '0 of 0', '10 February 2027', '0 of 1',
  ]);
  // The log came back: home no longer waits for it.
  await app.backToList();
  await expect(app.programmes().first().getByText(/log sheet/)).toHaveCount(0);
  expect(app.consoleErrors).toEqual([]);
});

test('a running programme left alone is seen going quiet at the next visit, its copy untouched', async ({ page, app }) => {
  // Imported the day after its last session: nothing to flag.
  await page.clock.setFixedTime(new Date('2027-02-18T10:00:00'));
  await app.openHome();
  await app.importFile(join(fixtures, 'running-under-way.json'));
  const card = app.programmes().first();
  await expect(card.getByText('Running')).toBeVisible();
  await expect(card.getByText(/no recent session/)).toHaveCount(0);
  const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('/draft/')).map((k) => localStorage.getItem(k)));
  // Two months later nobody has opened it: the visit's idle check reads it
  // again as of today and flags Ana and Ingrid, whose last session was on
  // 17 February (14 days allowed here). Kwame withdrew on 15 March, and
  // Marc mentors Ana for one phase only, over by then.
  await page.clock.setFixedTime(new Date('2027-04-20T10:00:00'));
  await page.reload();
  await expect(card.getByText('Needs attention: 1 mentor and mentee with no recent session.')).toBeVisible();
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('/draft/')).map((k) => localStorage.getItem(k)))).toEqual(stored);
  expect(app.consoleErrors).toEqual([]);
});

test('a certificate in English and French and an attendance sheet print whole, with the names and hours', async ({ page, app }) => {
  await page.clock.setFixedTime(new Date('2027-03-01T10:00:00'));
  await app.openHome();
  await app.importFile(join(fixtures, 'running-under-way.json'));
  await app.programmes().first().getByRole('link').click();
  await openScreen(page, 'Progress');
  const documents = page.getByRole('region', { name: 'Documents to print' });
  await documents.getByLabel('Document').selectOption({ label: 'Certificate of participation' });
  await documents.getByLabel('Participant').selectOption({ label: 'Ana Ruiz' });
  await app.expectAccessible();

  // Ana: 6 h collective face to face on 10 February, 1.5 h remote on 17 February.
  const english = await printArticle(page, 'certificate-en');
  expect(english.pages).toHaveLength(1);
  const en = english.pages.join('\n').replace(/\s+/g, ' ');
  for (const said of [
    'Certificate of participation', 'This certifies that Ana Ruiz took part in the programme Nordic Stages under way.',
    'Hours of mentoring and training: 7.5 h, of which 1.5 h remote, 6 h face to face', 'Market landscape',
    'Mentored by Ingrid Berg.', 'I met my first co-producer.', 'Issued on 1 March 2027.',
  ]) expect(en).toContain(said);
  expect(cutWords(english.shown, english.pages), `${english.file}: words cut across lines`).toEqual([]);

  await page.emulateMedia({ media: 'screen' });
  await documents.getByLabel('Language of the certificate').selectOption({ label: 'Français' });
  const french = await printArticle(page, 'certificate-fr');
  const fr = french.pages.join('\n').replace(/\s+/g, ' ');
  for (const said of ['Attestation de participation', 'Nous attestons que Ana Ruiz a participé', '7,5 h', '1,5 h à distance', 'Délivrée le 1er mars 2027.']) {
    expect(fr).toContain(said);
  }
  expect(cutWords(french.shown, french.pages), `${french.file}: words cut across lines`).toEqual([]);

  // The attendance sheet of the face-to-face phase: everyone in it then, a box for the day it met.
  await page.emulateMedia({ media: 'screen' });
  await documents.getByLabel('Document').selectOption({ label: 'Attendance sheet of a face-to-face phase' });
  await documents.getByLabel('Phase').selectOption({ label: 'Collective mentoring' });
  await expect(page.getByRole('article').getByRole('row')).toHaveCount(3);
  const sheet = await printArticle(page, 'attendance');
  const text = sheet.pages.join('\n').replace(/\s+/g, ' ');
  for (const said of ['Attendance sheet: Collective mentoring', 'Ana Ruiz', 'Compañía Ruiz', 'Kwame Mensah', 'Accra Sound', '10 February 2027']) {
    expect(text).toContain(said);
  }
  expect(cutWords(sheet.shown, sheet.pages), `${sheet.file}: words cut across lines`).toEqual([]);
  expect(app.consoleErrors).toEqual([]);
});
