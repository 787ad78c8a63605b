// The programme's dates as an iCalendar file: the whole calendar from
// Planning, one phase's event from its card. No iCalendar parser is
// installed for Node, so this reads the file's structure only; the native
// tests read it with a parser of their own (src/call/calendar/tests.rs).
import { test, expect, openScreen } from './app';

type Event = Map<string, string>;

/** The events of an .ics file, each as its properties (name without parameters → raw value). */
function events(text: string): Event[] {
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  const found: Event[] = [];
  let current: Event | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') {
      current = new Map();
    } else if (line === 'END:VEVENT') {
      found.push(current!);
      current = null;
    } else if (current) {
      const colon = line.indexOf(':');
      current.set(line.slice(0, colon).split(';')[0], line.slice(colon + 1));
    }
  }
  return found;
}

function expectWellFormed(text: string) {
  expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
  expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  // CRLF everywhere: no LF without its CR, no CR without its LF.
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  for (const line of text.split('\r\n').slice(0, -1)) {
    expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  }
}

const phases = [
  'Call for participation', 'Selection', 'Initial diagnostic', 'Collective mentoring',
  'Individual mentoring', 'Remote work', 'Face-to-face work', 'Study visit abroad',
  'Evaluation', 'Follow-up',
];

test.describe('calendar', () => {
  test('the reference programme exports its dates, and a second export updates the same events', async ({ page, app }) => {
    await app.start('Reference learning trajectory');
    await openScreen(page, 'Planning');
    const exportButton = page.getByRole('button', { name: 'Export the calendar (.ics)' });
    const first = await app.download(() => exportButton.click());
    expect(first.name).toBe('international-learning-trajectory.ics');
    expectWellFormed(first.text);
    expect(first.text).toContain('X-WR-CALNAME:International learning trajectory\r\n');
    const before = events(first.text);
    // Ten phases, five milestones, the programme's start and end (the deadline
    // and results fall on their milestones' days).
    expect(before).toHaveLength(17);
    for (const title of phases) {
      expect(before.map((e) => e.get('SUMMARY'))).toContain(`International learning trajectory: ${title}`);
    }
    const uids = before.map((e) => e.get('UID'));
    expect(new Set(uids).size).toBe(17);
    // All-day events, the end exclusive: the diagnostic's seven days end
    // the day after its last one. (The template's dates move to today.)
    const diagnostic = before.find((e) => e.get('SUMMARY')?.endsWith(': Initial diagnostic'))!;
    const day = (v: string) => Date.UTC(Number(v.slice(0, 4)), Number(v.slice(4, 6)) - 1, Number(v.slice(6, 8)));
    expect((day(diagnostic.get('DTEND')!) - day(diagnostic.get('DTSTART')!)) / 86_400_000).toBe(7);

    await openScreen(page, 'Phases');
    await page.getByRole('button', { name: 'Edit “Initial diagnostic”' }).click();
    await page.getByLabel('Title', { exact: true }).fill('Diagnostic, first steps');
    await app.waitSaved();

    const alone = await app.download(() =>
      page.getByRole('button', { name: 'Add to calendar “Diagnostic, first steps”' }).click());
    expect(alone.name).toBe('international-learning-trajectory-diagnostic-first-steps.ics');
    expectWellFormed(alone.text);
    const [event] = events(alone.text);
    expect(events(alone.text)).toHaveLength(1);
    expect(event.get('UID')).toBe(diagnostic.get('UID'));
    expect(event.get('SUMMARY')).toBe('International learning trajectory: Diagnostic\\, first steps');

    // A phase without dates has nothing to add, and says why.
    const starts = await page.getByLabel('Starts', { exact: true }).inputValue();
    const ends = await page.getByLabel('Ends', { exact: true }).inputValue();
    expect(starts.replaceAll('-', '')).toBe(diagnostic.get('DTSTART'));
    await page.getByLabel('Starts', { exact: true }).fill('');
    await page.getByLabel('Ends', { exact: true }).fill('');
    const disabled = page.getByRole('button', { name: 'Add to calendar “Diagnostic, first steps”' });
    await expect(disabled).toBeDisabled();
    await expect(disabled).toHaveAccessibleDescription('Give the phase a start or end date to add it to a calendar.');
    await page.getByLabel('Starts', { exact: true }).fill(starts);
    await page.getByLabel('Ends', { exact: true }).fill(ends);
    await expect(disabled).toBeEnabled();
    await app.waitSaved();

    await openScreen(page, 'Planning');
    const second = await app.download(() => exportButton.click());
    expectWellFormed(second.text);
    const after = events(second.text);
    expect(after.map((e) => e.get('UID'))).toEqual(uids);
    const sequence = (e: Event) => Number(e.get('SEQUENCE'));
    expect(sequence(after[0])).toBeGreaterThan(sequence(before[0]));
    const renamed = after.find((e) => e.get('UID') === diagnostic.get('UID'))!;
    expect(renamed.get('SUMMARY')).toBe('International learning trajectory: Diagnostic\\, first steps');
    expect([renamed.get('DTSTART'), renamed.get('DTEND')]).toEqual([diagnostic.get('DTSTART'), diagnostic.get('DTEND')]);
    expect(app.consoleErrors).toEqual([]);
  });
});
