import { connectDatabase, type Database, type DatabaseLocation } from './database.ts';
import { migrate } from './migrate.ts';

/** Opens (and migrates) the database named by location. */
export async function openDatabase(location: DatabaseLocation): Promise<Database> {
  const db = await connectDatabase(location);
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
