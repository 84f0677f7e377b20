import { pathToFileURL } from 'node:url';
import { launchChromium } from './chromium.ts';

/**
 * Each HTML page printed to PDF by Chromium, as a user prints a government site's page from the browser
 * (A4, the browser's default margins): a PDF made by another program than LibreOffice, with its own text
 * runs, spacing and (for `border="1"`) doubled cell borders. `pdfOf` names each page's PDF.
 */
export async function printPagesToPdf(pages: readonly string[], pdfOf: (page: string) => string): Promise<void> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    for (const html of pages) {
      await page.goto(pathToFileURL(html).href);
      await page.pdf({ path: pdfOf(html), format: 'A4', margin: PRINT_MARGIN });
    }
  } finally {
    await browser.close();
  }
}

/** Chromium's "default" margins in its print dialog: 1 cm all round (playwright's own default is none). */
const PRINT_MARGIN = { top: '1cm', bottom: '1cm', left: '1cm', right: '1cm' };
