import { test } from 'node:test';
import { hasLibreOffice, requireSystem } from '../../support/system.ts';
import { declareRoundTripTests } from './declare-tests.ts';
import { fileResults } from './file-cases.ts';
import { loadFixtureTables } from './fixture-tables.ts';

// Every hand-checked fixture table written into real Word, HTML and PDF files (LibreOffice prints the
// Word file, once for all tables), read back through readDocument and the extractor: the same rows must
// come back. Gaps listed in known-gaps.json run as todos; see README.md.
const pdf = hasLibreOffice();

test('the PDF round trip has LibreOffice to print the Word file', (t) => {
  requireSystem(t, pdf, 'LibreOffice（apt-get install libreoffice-writer-nogui）');
});

declareRoundTripTests(await fileResults(loadFixtureTables(), { pdf }), 'round trip, files');
