import { InvalidArgumentError, type Command } from 'commander';
import { statSync } from 'node:fs';

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new InvalidArgumentError(`expected a port number 0-65535 (0 = any free port), got "${value}"`);
  }
  return port;
}

/** `kg view [graph.json] [--port n] [--host addr]` */
export function register(program: Command): void {
  program
    .command('view')
    .summary('explore a built graph in the browser (serves the viewer on 127.0.0.1)')
    .description(
      'Serve the sigma.js viewer and a graph.json on this machine and print the URL to open. ' +
        'Search, filters, timeline, geographic view, PNG and GEXF downloads run in the browser. ' +
          'The server reads the graph once at start and sends the page a compact first view (no evidence ' +
          'sentences, no article links); panels fetch evidence and neighbours as they open. Above 5,000 nodes ' +
          'the first view is the diplomacy network (localities, office holders, events, visits, meetings, agreements).',
    )
    .argument('[graph]', 'graph.json written by `kg build`', 'graph/graph.json')
    .option('-p, --port <n>', 'port to listen on (0 = any free port)', parsePort, 5178)
    .option('--host <addr>', 'address to bind; only loopback addresses keep the graph private to this machine', '127.0.0.1')
    .addHelpText(
      'after',
      `
The viewer must be built once (npm run build:viewer; npm start does it).

Examples:
  kg view
  kg view /tmp/kg-baomoi/graph.json --port 0`,
    )
    .action(async (graph: string, options: { port: number; host: string }) => {
      const { startViewServer, ViewError } = await import('../../view/index.js');
      try {
        // The server splits graph.json before it listens (src/view/ViewData.ts): seconds on a corpus graph.
        process.stdout.write(`reading ${graph} and splitting it for the viewer…\n`);
        const server = await startViewServer({ graph, port: options.port, host: options.host });
        const megabytes = (statSync(graph).size / 1e6).toFixed(1);
        process.stdout.write(`kg view: serving ${graph} (${megabytes} MB)\n  open ${server.url}\n  press Ctrl+C to stop\n`);
        if (!['127.0.0.1', 'localhost', '::1'].includes(options.host)) {
          process.stderr.write(`kg view: warning: bound to ${options.host}; other machines on the network can read the graph\n`);
        }
        const stop = (): void => {
          void server.close().then(() => process.exit(0));
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      } catch (error) {
        if (!(error instanceof ViewError)) throw error;
        process.stderr.write(`kg view: ${error.message}\n`);
        process.exitCode = 1;
      }
    });
}
