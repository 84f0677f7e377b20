export { locateDatabase, connectDatabase, type Database, type DatabaseLocation, type Sql, type SqlParam } from './database.ts';
export { openDatabase } from './open-store.ts';
export { migrate, type Migration } from './migrate.ts';
