import { describe, expect, it } from 'vitest';
import { connect, Neo4jError } from '../../src/neo4j/index.js';
import { neo4jTarget } from './neo4jTarget.js';

const target = neo4jTarget('tests/neo4j/connect.test.ts');
const LOCAL = { user: 'neo4j', password: 'kg-vnjp-local' };

/** The one line a user sees for each way of getting the connection wrong. */
describe('connect errors without a server', () => {
  it.each([
    ['unreachable server', { ...LOCAL, uri: 'bolt://127.0.0.1:1' }, /^cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1: is it running.*npm run neo4j/],
    ['unknown URI scheme', { ...LOCAL, uri: 'http://127.0.0.1:7474' }, /^invalid Neo4j URI "http:\/\/127\.0\.0\.1:7474": use bolt:\/\//],
  ])('%s', async (_, options, message) => {
    const error = await connect(options).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(Neo4jError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });
});

describe.skipIf(!target)('connect errors against a real Neo4j', () => {
  it.each([
    ['wrong password', { password: 'not-the-password' }, /^Neo4j at .* rejected user "neo4j": check --user\/--password/],
    ['missing database', { database: 'no-such-db' }, /^Neo4j at .* has no database "no-such-db": create it/],
  ])('%s', async (_, override, message) => {
    const error = await connect({ ...target!, ...override }).then(async (d) => (await d.close(), null), (e: unknown) => e);
    expect(error).toBeInstanceOf(Neo4jError);
    expect((error as Error).message).toMatch(message);
  });

  it('connects with the right settings', async () => {
    const driver = await connect(target!);
    await driver.close();
  });
});
