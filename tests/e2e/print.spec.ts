// The printed programme: the Summary of the reference template printed to
// A4 PDF in English and French, read back with pdftotext (poppler-utils),
// and checked the way a funder would read it: no word cut across lines,
// table headers on every page a table runs over, a cover, page numbers,
// the timeline as a chart, and a page count that stays reasonable.
import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, openScreen } from './app';

/** A word as both the page and the PDF write it: without the punctuation around it. */
function bare(token: string): string {
  return token.replace(/^[\s"'“”«»‘’(),.:;!?·—–…]+|[\s"'“”«»‘’(),.:;!?·—–…]+$/gu, '');
}

function words(text: string): string[] {
  return text
    .split(/\s+/u)
    .map(bare)
    .filter((w) => w.length > 0);
}

/** The Summary printed to PDF: its text page by page, and the words the page itself shows. */
async function printSummary(page: Page, name: string) {
  await page.emulateMedia({ media: 'print' });
  const shown = new Set(words(await page.getByRole('article').innerText()));
  const dir = await mkdtemp(join(tmpdir(), 'ts-e2e-'));
  const file = join(dir, `${name}.pdf`);
  await writeFile(file, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const pages = text.split('\f').filter((p) => p.trim().length > 0);
  return { shown, pages, file };
}

/**
 * Every place where the PDF ends a line in the middle of a word: a piece that
 * is not a word of the page, which joined to what follows it (on the next
 * line, or elsewhere on the page) makes one. A break after a hyphen inside a
 * word the page writes with that hyphen is fine; so is a break the language
 * allows, which pdftotext shows ending in "-".
 */
function cutWords(shown: Set<string>, pages: string[]): string[] {
  const cuts: string[] = [];
  for (const text of pages) {
    const tokens = words(text);
    const here = new Set(tokens);
    tokens.forEach((token, i) => {
      if (shown.has(token) || /^\d+$/u.test(token)) return;
      const next = tokens[i + 1] ?? '';
      if (token.endsWith('-') && shown.has(token.slice(0, -1) + next)) return;
      if (shown.has(token + next)) {
        cuts.push(`${token} / ${next}`);
        return;
      }
      for (const word of shown) {
        if (word.length > token.length && word.startsWith(token) && here.has(word.slice(token.length))) {
          cuts.push(`${token} / ${word.slice(token.length)}`);
          return;
        }
      }
    });
  }
  return cuts;
}

/** The pages that show any of `rows`. */
function pagesWith(pages: string[], rows: string[]): number[] {
  return pages.flatMap((text, i) => (rows.some((r) => text.includes(r)) ? [i] : []));
}

for (const [language, labels] of [
  ['English', { summary: 'Summary', as: 'As of', unit: 'Unit cost', timeline: 'Timeline' }],
  ['Français', { summary: 'Synthèse', as: 'État au', unit: 'Coût unitaire', timeline: 'Calendrier' }],
] as const) {
  test(`the printed summary in ${language} cuts no word, repeats table headers and numbers its pages`, async ({
    page,
    app,
  }) => {
    test.setTimeout(60_000);
    await app.openHome();
    if (language === 'Français') {
      await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Français' });
      await page.getByRole('button', { name: 'Nouveau programme' }).click();
      await page.getByRole('button', { name: /^Trajectoire d’apprentissage de référence/ }).click();
    } else {
      await app.newProgramme('Reference learning trajectory');
    }
    await openScreen(page, labels.summary);
    const title = await page.getByRole('article').locator('.summary-title').innerText();
    const budgetRows = await page
      .getByRole('region', { name: new RegExp(labels.unit === 'Unit cost' ? 'Budget lines' : 'Lignes du budget') })
      .locator('tbody th, tbody td:first-child')
      .allInnerTexts();
    const { shown, pages, file } = await printSummary(page, language);

    expect(cutWords(shown, pages), `${file}: words cut across lines`).toEqual([]);

    // A cover first: the title and the date the summary speaks of.
    expect(pages[0]).toContain(title);
    expect(pages[0]).toContain(labels.as);
    // Page numbers in the margin, "n / total".
    const total = pages.length;
    expect(pages.at(-1)).toMatch(new RegExp(`\\b${total} / ${total}\\b`));
    expect(pages[0]).toMatch(new RegExp(`\\b1 / ${total}\\b`));
    // The timeline prints as its chart, then its table.
    const timeline = await page.getByRole('img', { name: new RegExp(labels.timeline) }).count();
    expect(timeline).toBeGreaterThan(0);
    // Every page the budget table runs over repeats its header row.
    const budgetPages = pagesWith(pages, budgetRows.filter((r) => r.trim().length > 12).slice(0, 40));
    expect(budgetPages.length).toBeGreaterThan(0);
    for (const i of budgetPages) {
      expect(pages[i], `page ${i + 1} holds budget lines without the header`).toContain(labels.unit);
    }
    // A reasonable length for a programme of this size.
    expect(total).toBeGreaterThanOrEqual(3);
    expect(total).toBeLessThanOrEqual(16);
  });
}
