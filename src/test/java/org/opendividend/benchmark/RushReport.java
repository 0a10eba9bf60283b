package org.opendividend.benchmark;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The figures of one round of the deadline rush, as Markdown. */
final class RushReport {

    private RushReport() {
    }

    static String round(int round, int applicants, int pdfBytes, DeadlineRush.Rush rush, Ceiling ceiling,
                        DeadlineRush.Verification verification) {
        List<DeadlineRush.Outcome> acknowledged = rush.acknowledged();
        double rate = rush.race().perSecond(acknowledged.size());
        StringBuilder md = new StringBuilder();
        md.append("Round ").append(round).append(round == 1 ? " (first submissions)" : " (resubmissions)").append(": ")
                .append(applicants).append(" applicants at once, each uploading a ")
                .append(pdfBytes / 1024).append(" KiB PDF and submitting\n\n");
        md.append(String.format("- ceiling on the same server, just before and just after the rush: %.1f and %.1f bodies/s"
                        + " stored by the bare endpoint (SHA-256 and a durable write of a PDF of the same size; no"
                        + " database, no session, no security): %d and %d stored in %.2f and %.2f s; answers: %s and %s%n",
                Ceiling.bodiesPerSecond(ceiling.before()), Ceiling.bodiesPerSecond(ceiling.after()),
                Ceiling.stored(ceiling.before()), Ceiling.stored(ceiling.after()), seconds(ceiling.before()),
                seconds(ceiling.after()), byStatus(ceiling.before().outcomes()), byStatus(ceiling.after().outcomes())));
        md.append(String.format("- rush: %.1f submissions/s (acknowledged / wall time of %.2f s), **%.2f of the ceiling**"
                + " (the faster of the two)%n", rate, seconds(rush.race()),
                rate / Ceiling.bodiesPerSecond(ceiling.faster())));
        md.append(cpu("ceiling before", ceiling.before().cpu(), Ceiling.stored(ceiling.before()), "body"))
                .append(cpu("ceiling after", ceiling.after().cpu(), Ceiling.stored(ceiling.after()), "body"))
                .append(cpu("rush", rush.race().cpu(), acknowledged.size(), "submission"));
        md.append(String.format("- acknowledged (201 with a receipt): %d; stored (receipt, attachment hash and file found "
                + "afterwards): %d; refused or failed: %d%n", acknowledged.size(), verification.stored(),
                rush.race().outcomes().size() - acknowledged.size()));
        md.append(String.format("- answers by status: %s; requests without an answer: **%d**%n", rush.answers(),
                rush.answers().noAnswers()));
        md.append("\n| latency (ms) | p50 | p95 | p99 | max |\n|---|---|---|---|---|\n");
        md.append(row("upload + submit", acknowledged.stream().mapToLong(DeadlineRush.Outcome::totalMicros).toArray()));
        md.append(row("upload (" + pdfBytes / 1024 + " KiB)", acknowledged.stream().mapToLong(DeadlineRush.Outcome::uploadMicros).toArray()));
        md.append(row("submit", acknowledged.stream().mapToLong(DeadlineRush.Outcome::submitMicros).toArray()));
        rush.race().outcomes().stream().filter(o -> !o.acknowledged()).limit(5).forEach(o -> md.append("\nfailed: upload ")
                .append(o.uploadStatus()).append(", submit ").append(o.submitStatus()).append(": ").append(o.failure()));
        return md.append('\n').toString();
    }

    /**
     * The server's CPU per item and how busy the machine was (saturated cores and more CPU per item is work to cut),
     * and what else took the cores meanwhile, per item: the clients of this benchmark, the identity provider, the rest.
     */
    private static String cpu(String part, CpuUse cpu, long items, String item) {
        return cpu == null ? "" : String.format("- %s: server CPU %.2f s, %.1f ms per %s (of which the JIT compiler %.2f s;"
                + " %.1f ms per %s without it); the machine's cores %.0f %% busy; beside the server, per %s:"
                + " the clients %.1f ms, the identity provider %.1f ms, the rest of the machine (kernel threads, other"
                + " processes) %.1f ms%n", part, cpu.serverSeconds(), cpu.serverMillisEach(items), item,
                cpu.compilerSeconds(), cpu.serverMillisEachWithoutCompiler(items), item, 100 * cpu.machineBusyShare(), item,
                cpu.clientMillisEach(items), cpu.identityProviderMillisEach(items), cpu.restMillisEach(items));
    }

    /** "201 × 200" or "201 × 198, no answer × 2". */
    static String byStatus(List<Integer> statuses) {
        Map<Integer, Long> counts = statuses.stream().collect(Collectors.groupingBy(Function.identity(),
                java.util.TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream().map(e -> (e.getKey() == Answers.NO_ANSWER ? "no answer" : e.getKey().toString())
                + " × " + e.getValue()).collect(Collectors.joining(", "));
    }

    private static double seconds(StartLine.Race<?> race) {
        return race.wall().toNanos() / 1e9;
    }

    private static String row(String label, long[] micros) {
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        return String.format("| %s | %s | %s | %s | %s |%n", label, ms(percentile(sorted, 50)), ms(percentile(sorted, 95)),
                ms(percentile(sorted, 99)), ms(sorted.length == 0 ? 0 : sorted[sorted.length - 1]));
    }

    /** The nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static String ms(long micros) {
        return String.format("%.0f", micros / 1000.0);
    }
}
