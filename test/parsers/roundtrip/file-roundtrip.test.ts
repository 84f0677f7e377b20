import { test } from 'node:test';
import { hasChromium, hasLibreOffice, hasPdftotext, requireSystem } from '../../support/system.ts';
import { declareRoundTripTests } from './declare-tests.ts';
import { fileResults } from './file-cases.ts';
import { loadFixtureTables } from './fixture-tables.ts';

// Every hand-checked fixture table written into real Word, HTML and PDF files (LibreOffice prints the
// Word file, once for all tables; pdftotext turns that PDF into text, as users paste it; Chromium prints the
// HTML page, as users print a government site's page), read back
// through readDocument and the extractor: the same rows must come back. Gaps listed in known-gaps.json run as todos; see README.md.
const pdf = hasLibreOffice();
const pdftotext = hasPdftotext();
const browser = hasChromium();

test('the PDF round trip has LibreOffice to print the Word file', (t) => {
  requireSystem(t, pdf, 'LibreOffice（apt-get install libreoffice-writer-nogui）');
});

test('the pdftotext round trip has poppler-utils to turn the PDF into text', (t) => {
  requireSystem(t, pdftotext, 'pdftotext（apt-get install poppler-utils）');
});

test('the browser PDF round trip has Chromium to print the HTML page', (t) => {
  requireSystem(t, browser, 'Chromium（apt-get install chromium）');
});

declareRoundTripTests(await fileResults(loadFixtureTables(), { pdf, pdftotext, browser }), 'round trip, files');
