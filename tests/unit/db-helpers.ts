import { afterEach } from 'vitest';
import { createDatabase, type ZdraveiDb } from '../../src/lib/store/db';

let counter = 0;
const opened: ZdraveiDb[] = [];

/** A fresh database with its own name; deleted after the test. */
export function testDatabase(): ZdraveiDb {
  const db = createDatabase(`zdravei-test-${process.pid}-${++counter}`);
  opened.push(db);
  return db;
}

afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});
