package org.opendividend.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every JPQL query written out as text in the sources (main and test) resolves against the entities: an attribute
 * that moved (e.g. into an embedded part) is found here, in a unit test, and not by an integration test half an hour
 * into CI or by a user. Queries built at run time from pieces are checked where they run.
 */
class QueriesCompileTest {

    /** {@code createQuery(} followed by string literals joined with {@code +}, up to the next argument or the end. */
    private static final Pattern WRITTEN_OUT =
            Pattern.compile("createQuery\\(\\s*((?:\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\+?\\s*)+)([,)])");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void everyQueryWrittenInTheSourcesResolvesAgainstTheEntities() throws IOException {
        List<String> queries = writtenOutQueries();
        assertTrue(queries.size() > 30, "found the queries: " + queries.size());
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:queries-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.nonJtaDataSource", h2);
        properties.put("hibernate.transaction.jta.platform", "none");
        EntityManagerFactory factory = Persistence.createEntityManagerFactory("opendividend", properties);
        List<String> refused = new ArrayList<>();
        try {
            EntityManager em = factory.createEntityManager();
            for (String query : queries) {
                try {
                    em.createQuery(query);
                } catch (IllegalArgumentException e) {
                    refused.add(query + "\n    " + e.getMessage());
                }
            }
            em.close();
        } finally {
            factory.close();
        }
        assertEquals(List.of(), refused, "queries that do not resolve");
    }

    /**
     * A query's result is read as a list, never as a stream. Outside a transaction the server's entity manager lends
     * the request one persistence context for all its lookups, and a stream is closed only when someone closes it (not
     * when it is read to its end): its result set and statement stay open in that shared context for the rest of the
     * request. First suspected of CI's "the object is already closed" failures, whose cause was elsewhere (the mail
     * sender's task, see {@code MailNotifier}); kept as a rule since our queries return pages and lookups, not millions
     * of rows, so a list costs nothing and leaves nothing open.
     */
    @Test
    void noQueryIsReadAsAStream() throws IOException {
        List<String> streamed = new ArrayList<>();
        Map<Path, String> sources = sources();
        sources.forEach((file, text) -> {
            // written in two pieces so that this file does not find itself
            if (text.contains(".getResult" + "Stream()")) {
                streamed.add(file.toString());
            }
        });
        assertTrue(sources.size() > 300, "read the sources: " + sources.size());
        assertEquals(List.of(), streamed, "sources that read a query's result as a stream");
    }

    private static List<String> writtenOutQueries() throws IOException {
        List<String> queries = new ArrayList<>();
        for (String source : sources().values()) {
            Matcher call = WRITTEN_OUT.matcher(source);
            while (call.find()) {
                // the literals must make the whole first argument: a trailing "+ something" is built at run time
                if (call.group(1).strip().endsWith("+")) {
                    continue;
                }
                StringBuilder query = new StringBuilder();
                Matcher literal = LITERAL.matcher(call.group(1));
                while (literal.find()) {
                    query.append(literal.group(1).replace("\\\"", "\"").replace("\\n", "\n"));
                }
                queries.add(query.toString());
            }
        }
        return queries;
    }

    /** Every Java source, main and test, by its path. */
    private static Map<Path, String> sources() throws IOException {
        Map<Path, String> sources = new TreeMap<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("src/test/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    sources.put(file, Files.readString(file));
                }
            }
        }
        return sources;
    }
}
