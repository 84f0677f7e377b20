import { test } from 'node:test';
import { hasLibreOffice, hasPdftotext, requireSystem } from '../../support/system.ts';
import { declareRoundTripTests } from './declare-tests.ts';
import { fileResults } from './file-cases.ts';
import { loadFixtureTables } from './fixture-tables.ts';

// Every hand-checked fixture table written into real Word, HTML and PDF files (LibreOffice prints the
// Word file, once for all tables; pdftotext turns that PDF into text, as users paste it), read back
// through readDocument and the extractor: the same rows must come back. Gaps listed in known-gaps.json run as todos; see README.md.
const pdf = hasLibreOffice();
const pdftotext = hasPdftotext();

test('the PDF round trip has LibreOffice to print the Word file', (t) => {
  requireSystem(t, pdf, 'LibreOffice（apt-get install libreoffice-writer-nogui）');
});

test('the pdftotext round trip has poppler-utils to turn the PDF into text', (t) => {
  requireSystem(t, pdftotext, 'pdftotext（apt-get install poppler-utils）');
});

declareRoundTripTests(await fileResults(loadFixtureTables(), { pdf, pdftotext }), 'round trip, files');
