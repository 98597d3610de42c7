import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Prints, as one JSON array, every node of the database that neo4j-admin imported into NEO4J_HOME
 * (args[0]): {id, labels, props}, strings and string lists as stored, other values as text.
 * The tests run it as a single-file program on the jars of tools/neo4j-local
 * (`java -cp 'target/lib/*' ReadStore.java HOME`) to read what neo4j-admin wrote without a server.
 */
public final class ReadStore {
    public static void main(String[] args) throws Exception {
        var service = new DatabaseManagementServiceBuilder(Path.of(args[0]))
                .setConfig(BoltConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(64))
                .build();
        try {
            List<Map<String, Object>> nodes = new ArrayList<>();
            service.database("neo4j").executeTransactionally(
                    "MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id",
                    Map.of(),
                    result -> {
                        result.forEachRemaining(row -> {
                            Map<String, Object> props = new LinkedHashMap<>();
                            ((Map<?, ?>) row.get("props")).forEach((k, v) -> props.put((String) k, plain(v)));
                            Map<String, Object> node = new LinkedHashMap<>();
                            node.put("id", row.get("id"));
                            node.put("labels", row.get("labels"));
                            node.put("props", props);
                            nodes.add(node);
                        });
                        return null;
                    });
            System.out.println(new ObjectMapper().writeValueAsString(nodes));
        } finally {
            service.shutdown();
        }
    }

    private static Object plain(Object value) {
        if (value instanceof String || value instanceof String[] || value instanceof List<?>) return value;
        return String.valueOf(value);
    }
}
