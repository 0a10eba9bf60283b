package org.opendividend.review.control;

import org.opendividend.review.control.assignment.AssignmentResult;
import org.opendividend.review.control.assignment.ReviewerAssignment;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Solves an assignment instance file and prints the result as JSON, or writes it to a second file
 * (docs/assignment-instance.md): {@code mvn -B -o -q exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.opendividend.review.control.SolveAssignmentInstance -Dexec.args="instance.json [result.json]"}.
 * Exits with 1 when no assignment exists (the result then says why), 2 on a bad command line.
 */
public final class SolveAssignmentInstance {

    private SolveAssignmentInstance() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: SolveAssignmentInstance <instance.json> [result.json]");
            System.exit(2);
        }
        AssignmentResult result;
        try (Reader reader = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            result = ReviewerAssignment.solve(AssignmentInstanceFile.read(reader));
        }
        StringWriter json = new StringWriter();
        AssignmentInstanceFile.write(result, json);
        if (args.length == 2) {
            Files.writeString(Path.of(args[1]), json + System.lineSeparator(), StandardCharsets.UTF_8);
        } else {
            Writer out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
            out.write(json + System.lineSeparator());
            out.flush();
        }
        if (!result.assigned()) {
            System.exit(1);
        }
    }
}
