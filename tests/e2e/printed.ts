// A page printed to PDF and read back with pdftotext (poppler-utils): its
// text page by page, and the places where a line ends inside a word.
import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

/** A word as both the page and the PDF write it: without the punctuation around it. */
function bare(token: string): string {
  return token.replace(/^[\s"'“”«»‘’(),.:;!?·—–…]+|[\s"'“”«»‘’(),.:;!?·—–…]+$/gu, '');
}

export function words(text: string): string[] {
  return text
    .split(/\s+/u)
    .map(bare)
    .filter((w) => w.length > 0);
}

/** The page printed to PDF: its text page by page, and the words its article shows. */
export async function printArticle(page: Page, name: string) {
  await page.emulateMedia({ media: 'print' });
  const shown = new Set(words(await page.getByRole('article').innerText()));
  // pdftotext joins a word broken after its own hyphen ("Face-" "to-face").
  for (const w of [...shown]) if (w.includes('-')) shown.add(w.replaceAll('-', ''));
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
export function cutWords(shown: Set<string>, pages: string[]): string[] {
  const cuts: string[] = [];
  for (const text of pages) {
    const tokens = words(text);
    const here = new Set(tokens);
    tokens.forEach((token, i) => {
      if (shown.has(token) || /^\d+$/u.test(token)) return;
      const next = tokens[i + 1] ?? '';
      // A break after a hyphen the word has, or one the language allows.
      if (token.endsWith('-') && (shown.has(token.slice(0, -1) + next) || [...shown].some((w) => w.startsWith(token)))) {
        return;
      }
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

