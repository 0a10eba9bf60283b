package org.opendividend.benchmark;

import org.opendividend.review.control.AssignmentInstanceFile;
import org.opendividend.review.control.assignment.AssignmentInstance;

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
 * Seeded synthetic assignment instances shaped like a large call of the fund: applications on one or two of 60
 * topics, with Chinese and English texts drawn mostly from their topics' words; reviewers expert in one to three
 * topics; target languages mostly Mandarin (cmn), then Taiwanese Hokkien (nan), Hakka (hak) and six Indigenous
 * languages, a tenth of the applications with two; reviewers reading Mandarin, many English, fewer the others;
 * maximum loads about 1.1 to 1.6 times the average load, small minimum loads, and up to two conflicts per application.
 * The same seed gives the same instance.
 * <p>
 * {@code mvn -B -o -q exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.opendividend.benchmark.SyntheticAssignmentInstances
 * -Dexec.args="10000 3000 3 42 target/instance.json"} (applications, reviewers, reviews each, seed, file).
 */
public final class SyntheticAssignmentInstances {

    private static final int TOPICS = 60;
    private static final String HAN = "語音辨識機器翻譯資料集模型評測安全開源公共治理教育醫療農業文化客家原住民族台灣閩南"
            + "影像文字生成對話檢索知識圖譜法規隱私倫理公平透明能源交通氣候災害防救金融財政城市鄉村海洋森林水資源"
            + "歷史博物館圖書檔案音樂藝術電影新聞媒體社會福利長照兒童青年勞動就業產業中小企業晶片硬體雲端運算網路";
    private static final String[] INDIGENOUS = {"ami", "tay", "pwn", "bnn", "trv", "dru"};

    private SyntheticAssignmentInstances() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 5) {
            System.err.println("usage: SyntheticAssignmentInstances <applications> <reviewers> <reviews> <seed> <file>");
            System.exit(2);
        }
        AssignmentInstance instance = generate(Integer.parseInt(args[0]), Integer.parseInt(args[1]),
                Integer.parseInt(args[2]), Long.parseLong(args[3]));
        try (Writer writer = Files.newBufferedWriter(Path.of(args[4]), StandardCharsets.UTF_8)) {
            AssignmentInstanceFile.write(instance, writer);
        }
    }

    public static AssignmentInstance generate(int applicationCount, int reviewerCount, int reviews, long seed) {
        Random random = new Random(seed);
        List<List<String>> zhTopics = new ArrayList<>();
        List<List<String>> enTopics = new ArrayList<>();
        for (int t = 0; t < TOPICS; t++) {
            zhTopics.add(words(random, 12, () -> hanWord(random)));
            enTopics.add(words(random, 12, () -> latinWord(random)));
        }
        List<String> zhCommon = words(random, 150, () -> hanWord(random));
        List<String> enCommon = words(random, 150, () -> latinWord(random));
        List<AssignmentInstance.Application> applications = new ArrayList<>();
        for (int a = 0; a < applicationCount; a++) {
            List<Integer> topics = topics(random, 1 + random.nextInt(2));
            applications.add(new AssignmentInstance.Application("A" + a,
                    text(random, zhTopics, zhCommon, topics, 40, ""), text(random, enTopics, enCommon, topics, 40, " "),
                    targetLanguages(random), reviews));
        }
        int averageLoad = (int) Math.ceil((double) applicationCount * reviews / reviewerCount);
        List<AssignmentInstance.Reviewer> reviewers = new ArrayList<>();
        for (int r = 0; r < reviewerCount; r++) {
            List<Integer> topics = topics(random, 1 + random.nextInt(3));
            int max = (int) Math.round(averageLoad * (1.1 + 0.5 * random.nextDouble()));
            int min = Math.min(max, random.nextInt(3));
            reviewers.add(new AssignmentInstance.Reviewer("R" + r,
                    text(random, zhTopics, List.of(), topics, 3 + random.nextInt(4), " "),
                    text(random, enTopics, List.of(), topics, 3 + random.nextInt(4), " "),
                    languagesRead(random), min, max));
        }
        List<AssignmentInstance.Conflict> conflicts = new ArrayList<>();
        for (int a = 0; a < applicationCount; a++) {
            int count = random.nextInt(3);
            for (int c = 0; c < count; c++) {
                conflicts.add(new AssignmentInstance.Conflict("A" + a, "R" + random.nextInt(reviewerCount),
                        "same organisation"));
            }
        }
        return new AssignmentInstance(applications, reviewers, conflicts);
    }

    private static Set<String> targetLanguages(Random random) {
        double draw = random.nextDouble();
        String language = draw < 0.55 ? "cmn" : draw < 0.70 ? "nan" : draw < 0.82 ? "hak"
                : INDIGENOUS[random.nextInt(INDIGENOUS.length)];
        Set<String> languages = new LinkedHashSet<>(List.of(language));
        if (random.nextDouble() < 0.10) {
            languages.add(language.equals("cmn") ? "hak" : "cmn");
        }
        return languages;
    }

    private static Set<String> languagesRead(Random random) {
        Set<String> read = new LinkedHashSet<>();
        if (random.nextDouble() < 0.95) {
            read.add("cmn");
        }
        if (random.nextDouble() < 0.80) {
            read.add("eng");
        }
        if (random.nextDouble() < 0.30) {
            read.add("nan");
        }
        if (random.nextDouble() < 0.12) {
            read.add("hak");
        }
        for (String language : INDIGENOUS) {
            if (random.nextDouble() < 0.015) {
                read.add(language);
            }
        }
        return read;
    }

    private static List<Integer> topics(Random random, int count) {
        List<Integer> topics = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            topics.add(random.nextInt(TOPICS));
        }
        return topics;
    }

    /** Words mostly (80 %) from the given topics, the rest common to all. */
    private static String text(Random random, List<List<String>> topicWords, List<String> common, List<Integer> topics,
                               int count, String separator) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            List<String> from = common.isEmpty() || random.nextDouble() < 0.8
                    ? topicWords.get(topics.get(random.nextInt(topics.size()))) : common;
            text.append(from.get(random.nextInt(from.size()))).append(i % 8 == 7 ? "。" : separator);
        }
        return text.toString();
    }

    private static List<String> words(Random random, int count, java.util.function.Supplier<String> word) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            words.add(word.get());
        }
        return words;
    }

    private static String hanWord(Random random) {
        StringBuilder word = new StringBuilder();
        int length = 2 + random.nextInt(3);
        for (int i = 0; i < length; i++) {
            word.append(HAN.charAt(random.nextInt(HAN.length())));
        }
        return word.toString();
    }

    private static String latinWord(Random random) {
        String consonants = "bcdfghklmnprstvz";
        String vowels = "aeiou";
        StringBuilder word = new StringBuilder();
        int syllables = 2 + random.nextInt(2);
        for (int i = 0; i < syllables; i++) {
            word.append(consonants.charAt(random.nextInt(consonants.length())))
                    .append(vowels.charAt(random.nextInt(vowels.length())));
        }
        return word.toString();
    }
}
