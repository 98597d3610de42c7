import { InvalidArgumentError, type Command } from 'commander';
import { dirname, join } from 'node:path';
import { PUSH_DEFAULTS } from '../../neo4j/pushDefaults.js';

/** Defaults match the local server of `npm run neo4j` (tools/neo4j-local), so a bare `kg neo4j push` works with it. */
const DEFAULTS = { uri: 'bolt://127.0.0.1:7687', user: 'neo4j', password: 'kg-vnjp-local' };

interface PushFlags {
  uri: string;
  user: string;
  password?: string;
  database?: string;
  graph: string;
  batchSize: number;
  concurrency: number;
  quiet: boolean;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`expected a positive integer, got "${value}"`);
  return n;
}

/** Prints a Neo4jError as one line and sets the exit code; anything else is a bug and propagates. */
async function reportErrors(action: () => Promise<void>): Promise<void> {
  const { Neo4jError } = await import('../../neo4j/index.js');
  try {
    await action();
  } catch (error) {
    if (!(error instanceof Neo4jError)) throw error;
    process.stderr.write(`kg neo4j: ${error.message}\n`);
    process.exitCode = 1;
  }
}

/** `kg neo4j push` and `kg neo4j export` */
export function register(program: Command): void {
  const neo4j = program
    .command('neo4j')
    .summary('load the graph into Neo4j, or export it for cypher-shell / neo4j-admin')
    .description('Load graph/graph.json into a Neo4j 5 database, or write files to load it elsewhere.');

  neo4j
    .command('push')
    .summary('load the graph into Neo4j (idempotent MERGE)')
    .description(
      'Load the graph into Neo4j through the Bolt protocol: uniqueness constraints on id first, then batched, ' +
        'parameterized MERGE in write transactions. Pushing again updates in place (lists of sources and evidence ' +
        'grow, nothing is duplicated), so a push can be repeated or interrupted and re-run safely.',
    )
    .argument('[inputs...]', 'articles to build the graph from first (as for `kg build`); without them the existing --graph is pushed')
    .option('--uri <uri>', 'bolt://host:7687 (one server) or neo4j://host:7687 (cluster, Aura); env NEO4J_URI', process.env.NEO4J_URI || DEFAULTS.uri)
    .option('--user <user>', 'env NEO4J_USER', process.env.NEO4J_USER || DEFAULTS.user)
    // No commander default: --help must not print a password taken from the environment.
    .option('--password <password>', `env NEO4J_PASSWORD; default: ${DEFAULTS.password}, the local server's`)
    .option('--database <name>', 'env NEO4J_DATABASE (default: the server\'s default database)', process.env.NEO4J_DATABASE || undefined)
    .option('-g, --graph <file>', 'graph to push (written there first when inputs are given)', 'graph/graph.json')
    .option('--batch-size <n>', 'rows per write transaction', positiveInt, PUSH_DEFAULTS.batchSize)
    .option('--concurrency <n>', 'write transactions in flight at once', positiveInt, PUSH_DEFAULTS.concurrency)
    .option('-q, --quiet', 'no progress lines', false)
    .addHelpText(
      'after',
      `
Examples:
  npm run neo4j                      # in another terminal: a local Neo4j on bolt://127.0.0.1:7687
  kg neo4j push                      # push graph/graph.json to it
  kg neo4j push seeds                # build from seeds/ into graph/, then push
  NEO4J_URI=neo4j+s://xxxx.databases.neo4j.io NEO4J_PASSWORD=… kg neo4j push   # Aura`,
    )
    .action(async (inputs: string[], flags: PushFlags) => {
      await reportErrors(async () => {
        const { connect, pushGraph, readGraphFile } = await import('../../neo4j/index.js');
        const { progressLine } = await import('../../neo4j/internal/progressLine.js');
        if (inputs.length > 0) {
          const { runBuild } = await import('../internal/runBuild.js');
          const { exitCode } = await runBuild({ inputs, outDir: dirname(flags.graph), quiet: flags.quiet });
          if (exitCode !== 0) {
            process.exitCode = exitCode;
            return;
          }
        }
        const graph = await readGraphFile(flags.graph);
        const password = flags.password ?? (process.env.NEO4J_PASSWORD || DEFAULTS.password);
        const target = { uri: flags.uri, user: flags.user, password, database: flags.database };
        const driver = await connect(target);
        const progress = progressLine(process.stderr, !flags.quiet);
        try {
          const { describeError, describeRetry } = await import('../../neo4j/describeError.js');
          const onUnreachable = (error: unknown) => {
            progress.stop();
            process.stderr.write(`kg neo4j: ${describeRetry(error, target, PUSH_DEFAULTS.retrySeconds)}\n`);
          };
          const push = { database: flags.database, batchSize: flags.batchSize, concurrency: flags.concurrency, onProgress: progress.update, onUnreachable };
          const stats = await pushGraph(driver, graph, push).catch(
            (error: unknown) => {
              throw describeError(error, target);
            },
          );
          progress.stop();
          process.stdout.write(
            `pushed ${flags.graph} to ${flags.uri}${flags.database ? ` (database ${flags.database})` : ''}: ` +
              `${stats.nodes} nodes (${stats.nodesCreated} new), ${stats.relationships} relationships ` +
              `(${stats.relationshipsCreated} new) in ${stats.seconds.toFixed(1)} s\n`,
          );
        } finally {
          progress.stop();
          await driver.close();
        }
      });
    });

  neo4j
    .command('export')
    .summary('write import.cypher and neo4j-admin CSV files')
    .description(
      'Write CSV files with typed headers for `neo4j-admin database import full`, neo4j-admin-import.sh with the exact command, ' +
        "import.cypher (the same MERGE statements as a push, reading those CSVs with LOAD CSV from the server's import directory; " +
        'run it with cypher-shell -f) and schema.cypher (the constraints and indexes of a push, to run after neo4j-admin).',
    )
    .option('-g, --graph <file>', 'graph to export', 'graph/graph.json')
    .option('-o, --out <dir>', 'output directory (default: neo4j/ beside the graph)')
    .action(async (flags: { graph: string; out?: string }) => {
      await reportErrors(async () => {
        const { exportGraph, readGraphFile } = await import('../../neo4j/index.js');
        const graph = await readGraphFile(flags.graph);
        const out = flags.out ?? join(dirname(flags.graph), 'neo4j');
        const { files } = await exportGraph(graph, out);
        process.stdout.write(
          `wrote ${files.length} files into ${out}/ (${graph.order} nodes, ${graph.size} relationships)\n` +
            `  cypher-shell -a bolt://127.0.0.1:7687 -u neo4j -p <password> -f ${join(out, 'import.cypher')}   # with nodes/, relationships/ (and load-csv/) in the server's import directory\n` +
            `  sh ${join(out, 'neo4j-admin-import.sh')} [database]   # bulk load into an empty, stopped database, then schema.cypher\n`,
        );
      });
    });
}
