import { randomBytes } from 'node:crypto';
import { AppError, type PlanExtract, type SourceText } from '../domain/index.ts';

interface Reading {
  readonly source: SourceText;
  readonly extract: PlanExtract;
  /** who uploaded it: only they may edit or confirm it */
  readonly by: string;
  readonly at: number;
}

/**
 * Files read for the import preview, kept in memory until confirmed or an hour has passed (at most
 * `limit`, the oldest dropped first). Nothing here is stored in the database.
 */
export class PreviewReadings {
  private readonly readings = new Map<string, Reading>();

  constructor(private readonly limit = 20, private readonly ttlMs = 3_600_000) {}

  keep(reading: Omit<Reading, 'at'>): string {
    const token = randomBytes(16).toString('hex');
    this.readings.set(token, { ...reading, at: Date.now() });
    while (this.readings.size > this.limit) this.readings.delete(this.readings.keys().next().value!);
    return token;
  }

  get(token: string, by: string): Reading {
    const reading = this.readings.get(token);
    if (!reading || Date.now() - reading.at > this.ttlMs || reading.by !== by) {
      this.readings.delete(token);
      throw new AppError('not-found', '预览已过期或不存在：请重新上传规划文件', { details: { field: 'token' } });
    }
    return reading;
  }

  drop(token: string): void {
    this.readings.delete(token);
  }
}
