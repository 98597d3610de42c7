// Its own module, free of imports: the CLI reads it at start-up without loading the push code.
/** Measured best on the 2017 corpus graph (npm run bench:neo4j): larger batches and a second writer keep the server busy. */
export const PUSH_DEFAULTS = { batchSize: 5000, concurrency: 2 };
