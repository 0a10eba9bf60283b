package org.opendividend.benchmark;

/**
 * What {@code mvn -Pbenchmark package} runs: {@code -Dbench.scenario=rush} (the default, {@link DeadlineRush}) or
 * {@code -Dbench.scenario=registry} ({@link RegistryLoad}).
 */
public final class BenchmarkScenario {

    private BenchmarkScenario() {
    }

    public static void main(String[] args) throws Exception {
        String scenario = System.getProperty("bench.scenario", "rush").strip();
        switch (scenario) {
            case "rush", "" -> DeadlineRush.main(args);
            case "registry" -> RegistryLoad.main(args);
            default -> {
                System.err.println("unknown bench.scenario " + scenario + ": rush or registry");
                System.exit(1);
            }
        }
    }
}
