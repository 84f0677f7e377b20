import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PlanMeta } from '../domain/index.ts';
import { extractMetadata } from './extract-metadata.ts';
import { toLines } from './test-lines.ts';

/** The opening of a document as printed, with its hand-checked metadata; one not read yet says why in `todo`. */
export type MetadataCase = { name: string; lines: string[]; expected: PlanMeta; todo?: string };

/** The fields a case's expectation does not name: none read. */
export const none = {
  region: null, regionLevel: null, parentRegion: null, period: null, baseYear: null,
  visionYear: null, issuer: null, docNumber: null, issuedDate: null,
} as const;
export const other = 'other' as const;
export const zone = 'development-zone' as const;
/** A 十五五 plan that prints no base year. */
export const fifteenth = { period: { start: 2026, end: 2030 }, baseYear: 2025 } as const;

/** One test a case, named `${label}: ${case name}`: the metadata read from its lines is the expected one. */
export function testMetadataCases(label: string, cases: readonly MetadataCase[]): void {
  for (const c of cases) {
    test(`${label}: ${c.name}`, { todo: c.todo }, () => {
      assert.deepEqual(extractMetadata(toLines(c.lines.join('\n'))), c.expected);
    });
  }
}
