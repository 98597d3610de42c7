import { describe, expect, it } from 'vitest';
import { neo4jTarget } from './neo4jTarget.js';
import { MARK, MARKER, openTestDatabase, whyNotScratch } from './testDatabase.js';

const target = neo4jTarget('tests/neo4j/testDatabase.test.ts');
const UNMARK = `MATCH (m:${MARKER}) DELETE m`;

/** The guard that keeps `npm test` from emptying a database a stray NEO4J_URI points to. */
describe.skipIf(!target)('the test database guard', () => {
  // Checked while holding the lock, so that no other test file meets the planted data.
  it.each([
    ['an empty database', [UNMARK], null],
    ['a database the tests marked', ["CREATE (:Locality {id: 'x'})"], null],
    ['a kg-vnjp graph without the marker', [UNMARK, "CREATE (:Locality {id: 'x'})"], /holds a graph that an earlier test run did not leave there/],
    ['labels of another application', ["CREATE (:Customer {id: 'x'})"], /holds labels the tests did not create \(Customer\)/],
  ])('%s', async (_, plant, refusal) => {
    const db = await openTestDatabase(target!);
    try {
      for (const statement of plant) await db.driver.executeQuery(statement, {}, { database: db.database });
      const reason = await whyNotScratch(db.driver, db.database);
      if (refusal === null) expect(reason).toBeNull();
      else expect(reason).toMatch(refusal);
    } finally {
      await db.driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: db.database });
      await db.driver.executeQuery(MARK, {}, { database: db.database });
      await db.release();
    }
  });
});
