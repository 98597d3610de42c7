// Its own module, free of imports: the CLI reads it at start-up without loading the push code.
/**
 * Batch size and concurrency: measured best on the 2017 corpus graph (npm run bench:neo4j), larger
 * batches and a second writer keep the server busy. retrySeconds: as long as the driver's own retries.
 */
export const PUSH_DEFAULTS = { batchSize: 5000, concurrency: 2, retrySeconds: 30 };
