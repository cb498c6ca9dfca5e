package aikg.testservers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Runs a Neo4j Community DBMS with its Bolt connector for aikg's tests.
 *
 * <p>Usage: {@code Neo4jLaunch HOME_DIR CONF_FILE READY_FILE} with the password of user {@code neo4j}
 * in the environment variable {@code AIKG_NEO4J_PASSWORD} (kept off the command line).
 *
 * <p>Starts the DBMS from the settings in CONF_FILE, sets the password of {@code neo4j} (no change
 * required), waits for the {@code neo4j} database, then writes one JSON line with the bound Bolt port
 * and the server version to READY_FILE (atomically) and runs until the JVM is told to stop. SIGTERM
 * (or SIGINT) shuts the DBMS down cleanly through a shutdown hook; SIGKILL is a crash, and the next
 * start on the same HOME_DIR recovers from the transaction log.
 */
public final class Neo4jLaunch {
    private Neo4jLaunch() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: Neo4jLaunch HOME_DIR CONF_FILE READY_FILE");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        Path conf = Path.of(args[1]).toAbsolutePath();
        Path ready = Path.of(args[2]).toAbsolutePath();
        String password = System.getenv("AIKG_NEO4J_PASSWORD");
        if (password == null || password.length() < 8) {
            System.err.println("AIKG_NEO4J_PASSWORD must be set to at least 8 characters");
            System.exit(2);
        }

        try {
            run(home, conf, ready, password);
        } catch (Throwable e) {
            // Any failure ends the JVM at once (the shutdown hook stops the DBMS): no half-started server.
            System.err.println("aikg-neo4j: failed to start: " + e);
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void run(Path home, Path conf, Path ready, String password) throws Exception {
        long t0 = System.nanoTime();
        DatabaseManagementService dbms =
                new DatabaseManagementServiceBuilder(home).loadPropertiesFromFile(conf).build();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("aikg-neo4j: shutting down");
            try {
                dbms.shutdown();
            } finally {
                stopped.countDown();
            }
            System.out.println("aikg-neo4j: stopped");
        }, "aikg-neo4j-shutdown"));

        setPassword(dbms.database("system"), password);

        GraphDatabaseService db = dbms.database("neo4j");
        if (!db.isAvailable(120_000)) {
            System.err.println("aikg-neo4j: database neo4j did not become available");
            System.exit(1);
        }
        String version = db.executeTransactionally(
                "CALL dbms.components() YIELD versions, edition RETURN versions[0] + ' ' + edition AS v",
                Map.of(),
                r -> r.hasNext() ? String.valueOf(r.next().get("v")) : "unknown");

        HostnamePort bolt = ((GraphDatabaseAPI) db)
                .getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        if (bolt == null) {
            System.err.println("aikg-neo4j: the Bolt connector is not listening (server.bolt.enabled?)");
            System.exit(1);
        }

        long ms = (System.nanoTime() - t0) / 1_000_000;
        String json = String.format(
                "{\"bolt_host\": \"%s\", \"bolt_port\": %d, \"version\": \"%s\", \"pid\": %d, \"dbms_start_ms\": %d}%n",
                bolt.getHost(), bolt.getPort(), version.replace("\"", ""), ProcessHandle.current().pid(), ms);
        writeAtomically(ready, json);
        System.out.println("aikg-neo4j: ready " + json.trim());
        System.out.flush();

        stopped.await();
    }

    /** Sets the password of neo4j; on a restart over the same data it may already be the one asked for. */
    private static void setPassword(GraphDatabaseService system, String password) {
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
        } catch (QueryExecutionException e) {
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
                throw e;
            }
            // Same password as before: make sure no change is required, which is all that is left to do.
            system.executeTransactionally("ALTER USER neo4j SET PASSWORD CHANGE NOT REQUIRED");
        }
    }

    private static void writeAtomically(Path target, String text) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
