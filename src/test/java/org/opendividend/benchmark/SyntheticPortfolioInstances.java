package org.opendividend.benchmark;

import org.opendividend.review.control.PortfolioInstanceFile;
import org.opendividend.review.control.portfolio.PortfolioInstance;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Seeded synthetic portfolio instances shaped like a large call of the fund: calibrated scores around 70 (standard
 * deviation 10, within 20–98) with intervals of ±2 to ±8; requests from 500,000 to the maximum of 5,000,000 TWD
 * (more small ones than large, in thousands), one in seven with an officer's reduced amount of 70–95 %; target
 * languages mostly Mandarin (cmn), then Taiwanese Hokkien (nan), Hakka (hak) and six Indigenous languages, some with
 * two; three ministries sharing the call 40 : 35 : 25 with a budget of a quarter of all requests, the third with only
 * 90 % of its share left (so that one ministry's budget can bind); three quotas: at least 10 % of the money to Hakka,
 * at least 15 % to Indigenous languages, and a funded project for each of hak, nan and the six Indigenous languages.
 * The same seed gives the same instance.
 * <p>
 * {@code mvn -B -o -q exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.opendividend.benchmark.SyntheticPortfolioInstances
 * -Dexec.args="2000 42 target/portfolio.json"} (applications, seed, file).
 */
public final class SyntheticPortfolioInstances {

    static final long MAX_PER_AWARD = 5_000_000;
    static final Set<String> INDIGENOUS = Set.of("ami", "tay", "pwn", "bnn", "trv", "dru");
    private static final String[] INDIGENOUS_ORDER = {"ami", "tay", "pwn", "bnn", "trv", "dru"};

    private SyntheticPortfolioInstances() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: SyntheticPortfolioInstances <applications> <seed> <file>");
            System.exit(2);
        }
        PortfolioInstance instance = generate(Integer.parseInt(args[0]), Long.parseLong(args[1]));
        try (Writer writer = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
            PortfolioInstanceFile.write(instance, writer);
        }
    }

    public static PortfolioInstance generate(int applications, long seed) {
        Random random = new Random(seed);
        List<PortfolioInstance.Candidate> candidates = new ArrayList<>();
        long requestedTotal = 0;
        for (int i = 0; i < applications; i++) {
            double score = round2(Math.max(20, Math.min(98, 70 + 10 * random.nextGaussian())));
            double halfWidth = 2 + 6 * random.nextDouble();
            // log-uniform from 500,000 to 5,000,000: more small requests than large ones
            long requested = Math.round(500 * Math.pow(10, random.nextDouble())) * 1_000;
            Long reduced = random.nextInt(7) == 0
                    ? Math.round(requested * (0.70 + 0.25 * random.nextDouble()) / 1_000) * 1_000 : null;
            candidates.add(new PortfolioInstance.Candidate(String.format("A-%04d", i + 1), score,
                    round2(score - halfWidth), round2(score + halfWidth), requested, reduced, languages(random)));
            requestedTotal += requested;
        }
        long budget = requestedTotal / 4 / 1_000_000 * 1_000_000;
        long moc = budget * 40 / 100;
        long nstc = budget * 35 / 100;
        long moda = budget - moc - nstc;
        List<PortfolioInstance.Ministry> ministries = List.of(new PortfolioInstance.Ministry("moc", moc, moc),
                new PortfolioInstance.Ministry("nstc", nstc, nstc),
                new PortfolioInstance.Ministry("moda", moda, moda * 9 / 10));
        Set<String> toCover = new LinkedHashSet<>(List.of("hak", "nan"));
        toCover.addAll(List.of(INDIGENOUS_ORDER));
        return new PortfolioInstance(candidates, budget, MAX_PER_AWARD, ministries,
                List.of(new PortfolioInstance.MoneyQuota(Set.of("hak"), 10),
                        new PortfolioInstance.MoneyQuota(INDIGENOUS, 15)),
                toCover);
    }

    private static Set<String> languages(Random random) {
        Set<String> languages = new LinkedHashSet<>();
        double draw = random.nextDouble();
        if (draw < 0.65) {
            languages.add("cmn");
        } else if (draw < 0.80) {
            languages.add("nan");
        } else if (draw < 0.90) {
            languages.add("hak");
        } else {
            languages.add(INDIGENOUS_ORDER[random.nextInt(INDIGENOUS_ORDER.length)]);
        }
        if (random.nextInt(5) == 0) {
            languages.add("cmn");
        }
        return languages;
    }

    private static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
