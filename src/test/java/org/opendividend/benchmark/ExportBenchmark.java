package org.opendividend.benchmark;

import org.opendividend.review.boundary.SubmissionsExport;
import org.opendividend.applications.boundary.SubmissionsRow;
import org.opendividend.applications.entity.ApplicationStatus;
import org.opendividend.platform.export.ExportFormat;
import org.opendividend.platform.export.SheetExport;
import org.opendividend.platform.i18n.Languages;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The screening list's exports at 100,000 rows, as a benchmark (never a test): {@code mvn -Pexport-benchmark
 * test-compile}, which runs this with a 64 MiB heap so that an exporter holding the whole table would fail. Each
 * format writes {@code bench.rows} generated rows (created one at a time, as the facade hands them from the
 * database) through the real columns to a file under {@code target/benchmark/}; the ceiling is the same bytes
 * copied raw from that file to another in the same run, so the ratio says what the exporter costs over the disk.
 * Peak heap is the sum of the heap pools' peaks while the export ran.
 */
public final class ExportBenchmark {

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int rows = Integer.getInteger("bench.rows", 100_000);
        Path dir = Files.createDirectories(Path.of("target/benchmark"));
        StringBuilder report = new StringBuilder("| format | rows | exporter rows/s | raw copy rows/s (ceiling) | ratio |"
                + " file | peak heap |\n|---|---|---|---|---|---|---|\n");
        for (ExportFormat format : ExportFormat.values()) {
            Path file = dir.resolve("export-benchmark." + format.extension());
            export(format, file, 10_000); // warm-up: class loading and the JIT
            resetPeaks();
            long start = System.nanoTime();
            export(format, file, rows);
            double seconds = (System.nanoTime() - start) / 1e9;
            long peak = peakHeap();
            Path copy = dir.resolve("export-benchmark-copy." + format.extension());
            long copyStart = System.nanoTime();
            Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            double copySeconds = (System.nanoTime() - copyStart) / 1e9;
            double rate = rows / seconds;
            double ceiling = rows / copySeconds;
            report.append(String.format(Locale.ROOT, "| %s | %,d | %,.0f | %,.0f | %.3f | %,.1f MiB | %,.1f MiB |%n",
                    format, rows, rate, ceiling, rate / ceiling, Files.size(file) / 1048576.0, peak / 1048576.0));
            Files.delete(copy);
        }
        report.append(String.format(Locale.ROOT, "%nmax heap %,.0f MiB, %d processors, Java %s%n",
                Runtime.getRuntime().maxMemory() / 1048576.0, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version")));
        System.out.print(report);
        Files.writeString(dir.resolve("exports.md"), report);
    }

    private static void export(ExportFormat format, Path file, int rows) throws IOException {
        Locale locale = Languages.ZH_TW;
        List<org.opendividend.platform.export.ExportColumn<SubmissionsRow>> columns = SubmissionsExport.columns(locale);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file));
             SheetExport<SubmissionsRow> sheet = SheetExport.begin(format, out, SubmissionsExport.LIST, columns, locale)) {
            for (int i = 0; i < rows; i++) {
                sheet.add(row(i));
            }
            sheet.finish();
        }
    }

    /** A plausible row, distinct per number: bilingual titles, a Taipei-time instant, an amount. */
    private static SubmissionsRow row(int i) {
        return new SubmissionsRow(i, 1001, "臺灣客語與原住民族語言語料計畫", "Hakka and indigenous language corpora",
                (i % 97 == 0 ? "=HYPERLINK(\"http://evil.example\",\"x\") " : "客語語料建置 第") + i + "號",
                "Hakka corpus no. " + i, "國立語言研究所 " + (i % 500), "National Language Institute " + (i % 500),
                ApplicationStatus.values()[i % ApplicationStatus.values().length],
                Instant.parse("2027-03-01T02:00:00Z").plusSeconds(i * 37L), "OD-1001-" + i + "-1", 1 + i % 3,
                BigDecimal.valueOf(500_000 + (i % 1000) * 1000L));
    }

    private static void resetPeaks() {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }
}
