package kgvnjp.neo4jlocal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.neo4j.io.ByteUnit;

/**
 * Starts a real, in-process Neo4j 5.26 (community, from neo4j-harness) for local use and CI:
 * Bolt on 127.0.0.1:PORT, HTTP off, authentication on with the given password for user neo4j.
 * Prints one "ready" line once the password is set, then runs until SIGTERM/SIGINT.
 * The database lives in a temporary directory and is gone when the process ends.
 */
public final class Launcher {
    static final String DEFAULT_PASSWORD = "kg-vnjp-local";
    static final int DEFAULT_PORT = 7687;

    public static void main(String[] args) throws Exception {
        int port = DEFAULT_PORT;
        String password = envOr("NEO4J_PASSWORD", DEFAULT_PASSWORD);
        // Holds the whole store of the 35k-article corpus graph (~220 MB on disk).
        String pageCache = "512m";
        long parentPid = -1;
        String importDir = null;
        String dataDir = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(value(args, ++i, "--port"));
                case "--password" -> password = value(args, ++i, "--password");
                case "--page-cache" -> pageCache = value(args, ++i, "--page-cache");
                case "--parent-pid" -> parentPid = Long.parseLong(value(args, ++i, "--parent-pid"));
                case "--import-dir" -> importDir = value(args, ++i, "--import-dir");
                case "--data-dir" -> dataDir = value(args, ++i, "--data-dir");
                case "--help", "-h" -> {
                    System.out.println("usage: java -jar neo4j-local.jar [--port 7687] [--password PW] [--page-cache 512m] [--parent-pid PID] [--import-dir DIR] [--data-dir DIR]\n"
                            + "env: NEO4J_PASSWORD (default " + DEFAULT_PASSWORD + ")");
                    return;
                }
                default -> fail("unknown argument '" + args[i] + "' (try --help)");
            }
        }
        if (password.length() < 8) fail("the password must have at least 8 characters (Neo4j's minimum)");
        if (!portFree(port)) {
            fail("port 127.0.0.1:" + port + " is already in use: stop the other Neo4j (tools/neo4j-local/stop.sh) or pass --port");
        }

        // A named data folder (start.sh passes one) lets the next start remove it when this process is killed.
        Path work = dataDir == null ? Files.createTempDirectory("kg-neo4j-local-") : Files.createDirectories(Path.of(dataDir));
        var builder = Neo4jBuilders.newInProcessBuilder(work);
        // LOAD CSV file:/// URLs (import.cypher) resolve inside this folder.
        if (importDir != null) builder = builder.withConfig(GraphDatabaseSettings.load_csv_file_url_root, Files.createDirectories(Path.of(importDir)).toAbsolutePath());
        Neo4j neo4j = builder
                .withDisabledServer()
                .withConfig(BoltConnector.enabled, true)
                .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .withConfig(GraphDatabaseSettings.auth_enabled, true)
                .withConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            neo4j.close();
            deleteQuietly(work);
            System.out.println("neo4j-local: stopped");
            stopped.countDown();
        }));

        // The built-in user starts with password "neo4j" and must change it; set ours on the system database.
        neo4j.databaseManagementService().database("system").executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));

        if (parentPid > 0) exitWithParent(parentPid);

        System.out.println("neo4j-local: ready bolt://127.0.0.1:" + port + " user neo4j password " + password);
        System.out.println("neo4j-local: " + (port == DEFAULT_PORT && password.equals(DEFAULT_PASSWORD)
                ? "`npx kg neo4j push` needs no flags for it"
                : "for `npx kg neo4j push`: NEO4J_URI=bolt://127.0.0.1:" + port + " NEO4J_PASSWORD=" + password)
                + "; stop it with Ctrl-C (or tools/neo4j-local/stop.sh), which discards its data");
        System.out.flush();
        stopped.await();
    }

    /** A test run that dies without its teardown (killed, crashed) must not leave a server behind. */
    private static void exitWithParent(long pid) {
        Thread watchdog = new Thread(() -> {
            var parent = ProcessHandle.of(pid);
            if (parent.isEmpty()) System.exit(0);
            parent.get().onExit().join();
            System.out.println("neo4j-local: parent process " + pid + " ended; stopping");
            System.exit(0);
        }, "parent-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length) fail(flag + " needs a value");
        return args[i];
    }

    private static String envOr(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isEmpty() ? fallback : v;
    }

    private static boolean portFree(int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress("127.0.0.1", port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A leftover temporary directory is harmless.
        }
    }

    private static void fail(String message) {
        System.err.println("neo4j-local: " + message);
        System.exit(2);
    }
}
