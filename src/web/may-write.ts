import { mayWrite, type WriteTarget } from '../domain/index.ts';
import type { SessionInfo } from '../server/api-types.ts';

/** The server's own rule (domain/grant.ts) on the session's grants: a form appears only where saving it can succeed. */
export const mayWriteHere = (session: SessionInfo, target: WriteTarget): boolean => mayWrite(session.user, session.grants ?? [], target);
