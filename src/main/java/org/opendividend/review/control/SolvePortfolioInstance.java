package org.opendividend.review.control;

import org.opendividend.review.control.portfolio.FundingPortfolio;
import org.opendividend.review.control.portfolio.PortfolioResult;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Solves a portfolio instance file and prints the result as JSON, or writes it to a second file
 * (docs/portfolio-instance.md): {@code mvn -B -o -q exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.opendividend.review.control.SolvePortfolioInstance -Dexec.args="instance.json [result.json]"}.
 * Exits with 1 when no portfolio was found (the result then says why), 2 on a bad command line.
 */
public final class SolvePortfolioInstance {

    private SolvePortfolioInstance() {
    }

    public static void main(String[] args) throws IOException {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** The command without leaving the process, so that a test can run it: returns the exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        if (args.length < 1 || args.length > 2) {
            err.println("usage: SolvePortfolioInstance <instance.json> [result.json]");
            return 2;
        }
        PortfolioResult result;
        try (Reader reader = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            result = FundingPortfolio.solve(PortfolioInstanceFile.read(reader));
        }
        StringWriter json = new StringWriter();
        PortfolioInstanceFile.write(result, json);
        if (args.length == 2) {
            Files.writeString(Path.of(args[1]), json + System.lineSeparator(), StandardCharsets.UTF_8);
        } else {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(json + System.lineSeparator());
            writer.flush();
        }
        return result.found() ? 0 : 1;
    }
}
