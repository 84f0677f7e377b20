import type { Database } from '../services/accounts.ts';
import type { User } from '../services/accounts.ts';
import type { OutlierRules } from '../domain/index.ts';
import type { ReadCache } from './cache.ts';
import type { PreviewReadings } from './preview-readings.ts';

export interface AppDeps {
  readonly db: Database;
  /** anonymous visitors may read (plantrack serve --public) */
  readonly public?: boolean;
  /** the site is served over https: cookies get Secure */
  readonly secure?: boolean;
  /** a reverse proxy in front sets X-Forwarded-Proto / X-Forwarded-For, and only it can reach the server */
  readonly trustProxy?: boolean;
  /** host names the server answers to (DNS rebinding); omitted → any */
  readonly allowedHosts?: readonly string[];
  /** folder of the built web app (dist/web); omitted → API only */
  readonly webRoot?: string;
  /** request body limit in bytes for JSON (uploads get uploadLimit) */
  readonly bodyLimit?: number;
  readonly uploadLimit?: number;
  /** the clock (tests pass their own): a bare region's current plan, future years refused */
  readonly now?: () => Date;
  /** the token `plantrack user` presents while this server holds the embedded store (see local-admin.ts) */
  readonly localAdminToken?: string;
  /** when an entered value is unusual enough to be confirmed (serve --jump-warning …); omitted → defaultOutlierRules */
  readonly outlierRules?: OutlierRules;
}

export interface AppEnv {
  Variables: {
    deps: AppDeps;
    user: User | undefined;
    csrfToken: string | undefined;
    /** read results kept while the database's stamp is unchanged (a write of any process changes it) */
    cache: ReadCache;
    /** files read for the import preview, not yet stored */
    previews: PreviewReadings;
  };
}
