package org.opendividend.registry.control;

import org.opendividend.awards.boundary.PublicAward;
import org.opendividend.outputs.entity.OutputType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The registry's figures over the projects shown: money by ministry (each ministry's parts awarded and its payments),
 * money by language (a project's whole award counted once under each language it serves, so the languages' sums
 * overlap and are not added up), and openness by output type (outputs, those under a licence open for their type,
 * those verified). Pure: the page draws them as charts and as a table of the same figures.
 */
public record RegistryFigures(List<Money> byMinistry, List<Money> byLanguage, List<Openness> byOutputType) {

    /** Whole TWD awarded and disbursed under one key (a ministry's or a language's code). */
    public record Money(String key, long awarded, long disbursed) {
    }

    /** One output type's outputs: how many, how many with an open licence for the type, how many verified. */
    public record Openness(OutputType type, int outputs, int openLicence, int verified) {
    }

    public static RegistryFigures of(List<RegistryProject> projects) {
        Map<String, long[]> ministries = new TreeMap<>();
        Map<String, long[]> languages = new TreeMap<>();
        Map<OutputType, int[]> types = new TreeMap<>();
        for (RegistryProject p : projects) {
            for (PublicAward.Part part : p.parts()) {
                ministries.computeIfAbsent(part.ministryCode(), k -> new long[2])[0] += part.amount();
            }
            for (PublicAward.Paid paid : p.payments()) {
                ministries.computeIfAbsent(paid.ministryCode(), k -> new long[2])[1] += paid.amount();
            }
            for (String language : p.languages()) {
                long[] sums = languages.computeIfAbsent(language, k -> new long[2]);
                sums[0] += p.awarded();
                sums[1] += p.disbursed();
            }
            for (RegistryOutput o : p.outputs()) {
                int[] counts = types.computeIfAbsent(o.type(), k -> new int[3]);
                counts[0]++;
                counts[1] += o.openLicence() ? 1 : 0;
                counts[2] += o.state() == OutputState.VERIFIED ? 1 : 0;
            }
        }
        return new RegistryFigures(money(ministries), money(languages), openness(types));
    }

    private static List<Money> money(Map<String, long[]> sums) {
        List<Money> all = new ArrayList<>();
        sums.forEach((key, s) -> all.add(new Money(key, s[0], s[1])));
        return all;
    }

    private static List<Openness> openness(Map<OutputType, int[]> counts) {
        List<Openness> all = new ArrayList<>();
        counts.forEach((type, c) -> all.add(new Openness(type, c[0], c[1], c[2])));
        return all;
    }
}
