import neo4j, { type Driver } from 'neo4j-driver';
import { describeError } from './describeError.js';

export interface ConnectOptions {
  uri: string;
  user: string;
  password: string;
  /** Default: the server's default database. */
  database?: string | undefined;
}

/**
 * Opens a driver and proves it can work before anything is written: the server answers,
 * the credentials are accepted and the database exists. Fails with a one-line Neo4jError.
 */
export async function connect(options: ConnectOptions): Promise<Driver> {
  let driver: Driver;
  try {
    driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
      userAgent: 'kg-vnjp',
      connectionTimeout: 10_000,
      maxTransactionRetryTime: 30_000,
    });
  } catch (error) {
    throw describeError(error, options);
  }
  try {
    await driver.verifyConnectivity(options.database ? { database: options.database } : {});
    await driver.executeQuery('RETURN 1', {}, { database: options.database });
    return driver;
  } catch (error) {
    await driver.close();
    throw describeError(error, options);
  }
}
