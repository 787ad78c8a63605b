// The printed programme: the Summary of the reference template printed to
// A4 PDF in English and French, read back with pdftotext (poppler-utils),
// and checked the way a funder would read it: no word cut across lines,
// table headers on every page a table runs over, a cover, page numbers,
// the timeline as a chart, and a page count that stays reasonable.
import type { Page } from '@playwright/test';
import { test, expect, openScreen, type App } from './app';
import { cutWords, printArticle } from './printed';

/** The reference programme, made in `language`, open on its Summary. */
async function openSummary(
  page: Page,
  app: App,
  language: 'English' | 'Français',
  labels: { summary: string; nav: string },
) {
  await app.openHome();
  if (language === 'Français') {
    await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Français' });
    await page.getByRole('button', { name: 'Nouveau programme' }).click();
    await page.getByRole('button', { name: /^Parcours d’apprentissage de référence/ }).click();
  } else {
    await app.newProgramme('Reference learning trajectory');
  }
  await page.getByRole('navigation', { name: labels.nav }).getByRole('link', { name: labels.summary, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: labels.summary })).toBeVisible();
}

/** The pages that show any of `rows`. */
function pagesWith(pages: string[], rows: string[]): number[] {
  return pages.flatMap((text, i) => (rows.some((r) => text.includes(r)) ? [i] : []));
}

for (const [language, labels] of [
  ['English', { summary: 'Summary', nav: 'Parts of the programme', as: 'As of', unit: 'Unit cost', timeline: 'Timeline of the phases' }],
  ['Français', { summary: 'Synthèse', nav: 'Parties du programme', as: 'État au', unit: 'Coût unitaire', timeline: 'Frise chronologique' }],
] as const) {
  test(`the printed summary in ${language} cuts no word, repeats table headers and numbers its pages`, async ({
    page,
    app,
  }) => {
    test.setTimeout(60_000);
    await openSummary(page, app, language, labels);
    const title = await page.getByRole('article').locator('.summary-title').innerText();
    // What a page may begin with: a heading, a table's header, a label, or
    // the rest of a paragraph. Never a row of a table without its header.
    const starts = await page.getByRole('article').evaluate((doc) => ({
      ok: [...doc.querySelectorAll('h3, h4, caption, figcaption, thead th, dt, p, dd, li, legend')].map((e) =>
        (e as HTMLElement).innerText.trim(),
      ),
      rows: [...doc.querySelectorAll('tbody th, tbody td, tfoot th, tfoot td')].map((e) =>
        (e as HTMLElement).innerText.trim(),
      ),
    }));
    const { shown, pages, file } = await printArticle(page, language);

    expect(cutWords(shown, pages), `${file}: words cut across lines`).toEqual([]);

    // A cover first: the title and the date the summary speaks of.
    const cover = pages[0].replace(/\s+/gu, ' ');
    expect(cover).toContain(title.replace(/\s+/gu, ' '));
    expect(cover).toContain(labels.as);
    // Page numbers in the margin, "n / total".
    const total = pages.length;
    expect(pages.at(-1)).toMatch(new RegExp(`\\b${total}\\s*/\\s*${total}\\b`));
    expect(pages[0]).toMatch(new RegExp(`\\b1\\s*/\\s*${total}\\b`));
    // The timeline prints as its chart, then its table.
    const timeline = await page.getByRole('img', { name: new RegExp(labels.timeline) }).count();
    expect(timeline).toBeGreaterThan(0);
    // A table that runs over a page repeats its header row there.
    pages.slice(1).forEach((text, i) => {
      const first = text.split('\n').map((l) => l.trim()).find((l) => l.length > 0) ?? '';
      const fine = starts.ok.some((t) => t.startsWith(first) || t.includes(first));
      const row = starts.rows.some((t) => t === first || t.startsWith(first));
      expect(fine || !row, `page ${i + 2} begins with a table row ("${first}") without its header`).toBe(true);
    });
    expect(pages.filter((p) => p.includes(labels.unit)).length, 'the budget table, whole or continued').toBeGreaterThan(0);
    // A reasonable length for a programme of this size.
    expect(total).toBeGreaterThanOrEqual(3);
    expect(total).toBeLessThanOrEqual(16);
  });
}

test('in forced colours the timeline keeps four modes apart, in its legend and its bars', async ({ page, app }) => {
  await app.start('Reference learning trajectory');
  await openScreen(page, 'Planning');
  await page.emulateMedia({ forcedColors: 'active' });
  // The legend is hidden from assistive technology (the table says it in
  // words), so its swatches are found by their class.
  const swatches = await page.locator('.legend .key').evaluateAll((keys) =>
    keys.map((k) => {
      const s = getComputedStyle(k, '::before');
      return `${s.backgroundColor} ${s.backgroundImage} ${s.borderTopStyle}`;
    }),
  );
  expect(swatches).toHaveLength(4);
  expect(new Set(swatches).size, swatches.join('\n')).toBe(4);
  const bars = await page.locator('svg .bar').evaluateAll((all) =>
    all.map((b) => `${getComputedStyle(b).fill} ${getComputedStyle(b).strokeDasharray}`),
  );
  expect(new Set(bars).size, bars.join('\n')).toBeGreaterThanOrEqual(3);
});

test('the call prints on its own, in whole words, with page numbers', async ({ page, app }) => {
  await app.start('Reference learning trajectory');
  await openScreen(page, 'Call for participation');
  const { shown, pages, file } = await printArticle(page, 'call');
  expect(cutWords(shown, pages), `${file}: words cut across lines`).toEqual([]);
  // Only the call: none of the screen's options or checks.
  expect(pages.join('\n')).not.toContain('Fair-call check');
  expect(pages.at(-1)).toMatch(new RegExp(`\\b${pages.length}\\s*/\\s*${pages.length}\\b`));
});

/**
 * Every word of the Summary's tables that the page lays out over two lines:
 * for each word of each cell, the line boxes of its letters (a Range over
 * the word) must stand on one line. A line may end after a hyphen the word
 * has ("Face-" "to-face"), as the language allows, so each part between
 * hyphens is a word here.
 */
async function wordsSplitOnScreen(page: Page): Promise<string[]> {
  return page.getByRole('article').evaluate((doc) => {
    const split: string[] = [];
    for (const cell of doc.querySelectorAll('table th, table td')) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const m of text.matchAll(/[^\s\-\u2010\u2011]+/gu)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (tops.size > 1) split.push(m[0]);
        }
      }
    }
    return split;
  });
}

for (const [language, labels] of [
  ['English', { summary: 'Summary', nav: 'Parts of the programme' }],
  ['Français', { summary: 'Synthèse', nav: 'Parties du programme' }],
] as const) {
  test(`on screen, the summary in ${language} cuts no word in its tables at 1280 and 768 px`, async ({ page, app }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await openSummary(page, app, language, labels);
    const cells = await page.getByRole('article').locator('table td').count();
    expect(cells, 'the summary has tables to measure').toBeGreaterThan(50);
    expect(await wordsSplitOnScreen(page), 'words split at 1280 px').toEqual([]);
    await page.setViewportSize({ width: 768, height: 900 });
    expect(await wordsSplitOnScreen(page), 'words split at 768 px').toEqual([]);
  });
}
