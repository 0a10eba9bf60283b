package org.opendividend.review.control.assignment;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AffinitiesTest {

    @Test
    void cjkTextIsCutIntoCharacterBigramsAndLatinTextIntoLowerCasedWords() {
        assertEquals(List.of("語言", "言模", "模型"), Terms.of("語言模型"));
        assertEquals(List.of("open", "source", "ai", "模型"), Terms.of("Open-Source AI：模型"));
        assertEquals(List.of("客", "asr"), Terms.of("客 ASR"));
        assertEquals(List.of("客語", "asr"), Terms.of("客語ASR"));
        assertEquals(List.of("ai2026"), Terms.of("ＡＩ２０２６"), "full-width forms meet their half-width ones");
        assertEquals(List.of(), Terms.of("  ，。!  "));
    }

    @Test
    void aSharedChineseWordMatchesWithoutSpacesAroundIt() {
        AssignmentInstance instance = instance(
                List.of(application("本計畫建置客語語音辨識模型並釋出資料集", "", Set.of())),
                List.of(reviewer("客語語音辨識", "", Set.of()), reviewer("金融科技", "fintech", Set.of())));
        Affinities affinities = Affinities.of(instance);
        assertTrue(affinities.between(0, 0) > 0.3, "shares 客語, 語語, 語音, 音辨, 辨識: " + affinities.between(0, 0));
        assertEquals(0.0, affinities.between(0, 1));
    }

    @Test
    void englishExpertiseMatchesTheEnglishTextCaseAndPunctuationAside() {
        AssignmentInstance instance = instance(
                List.of(application("", "Speech recognition for Hakka; an open corpus.", Set.of())),
                List.of(reviewer("", "speech RECOGNITION", Set.of()), reviewer("", "credit scoring", Set.of())));
        Affinities affinities = Affinities.of(instance);
        assertTrue(affinities.between(0, 0) > affinities.between(0, 1));
        assertEquals(0.0, affinities.between(0, 1));
    }

    @Test
    void identicalTextsHaveCosineOneAndNothingExceedsIt() {
        AssignmentInstance instance = instance(
                List.of(application("開源語言模型", "open language model", Set.of())),
                List.of(reviewer("開源語言模型", "open language model", Set.of()), reviewer("模型", "model", Set.of())));
        Affinities affinities = Affinities.of(instance);
        assertEquals(1.0, affinities.textSimilarity(0, 0), 1e-12);
        assertTrue(affinities.textSimilarity(0, 1) > 0 && affinities.textSimilarity(0, 1) < 1);
    }

    @Test
    void readingTheTargetLanguagesEarnsTheBonusInProportion() {
        AssignmentInstance instance = instance(
                List.of(application("客語與阿美語", "", Set.of("hak", "ami")), application("客語", "", Set.of())),
                List.of(reviewer("客語", "", Set.of("cmn")), reviewer("客語", "", Set.of("cmn", "hak")),
                        reviewer("客語", "", Set.of("hak", "ami"))));
        Affinities affinities = Affinities.of(instance);
        assertEquals(0.0, affinities.languageBonus(0, 0));
        assertEquals(Affinities.LANGUAGE_BONUS / 2, affinities.languageBonus(0, 1), 1e-15);
        assertEquals(Affinities.LANGUAGE_BONUS, affinities.languageBonus(0, 2), 1e-15);
        assertEquals(affinities.between(0, 0) + Affinities.LANGUAGE_BONUS, affinities.between(0, 2), 1e-12,
                "the same expertise, so the bonus is the whole difference");
        assertEquals(0.0, affinities.languageBonus(1, 2), "an application without target languages gives no bonus");
    }

    @Test
    void aRowEqualsEachPairToTheLastBitAndSolvingTwiceGivesTheSame() {
        AssignmentInstance instance = instance(
                List.of(application("客語語音辨識與機器翻譯", "Hakka speech and translation", Set.of("hak")),
                        application("原住民族語言資料集", "indigenous language datasets, open licence", Set.of("ami"))),
                List.of(reviewer("語音辨識", "speech", Set.of("hak")), reviewer("資料集", "datasets licence", Set.of()),
                        reviewer("機器翻譯 語言", "translation language", Set.of("ami", "hak"))));
        Affinities affinities = Affinities.of(instance);
        Affinities again = Affinities.of(instance);
        for (int a = 0; a < 2; a++) {
            double[] row = affinities.row(a);
            for (int r = 0; r < 3; r++) {
                assertEquals(Double.doubleToLongBits(affinities.between(a, r)), Double.doubleToLongBits(row[r]));
                assertEquals(Double.doubleToLongBits(affinities.between(a, r)), Double.doubleToLongBits(again.between(a, r)));
            }
        }
    }

    private static AssignmentInstance instance(List<AssignmentInstance.Application> applications,
                                               List<AssignmentInstance.Reviewer> reviewers) {
        List<AssignmentInstance.Application> numbered = new java.util.ArrayList<>();
        for (int i = 0; i < applications.size(); i++) {
            AssignmentInstance.Application a = applications.get(i);
            numbered.add(new AssignmentInstance.Application("A" + i, a.textZhTw(), a.textEn(), a.targetLanguages(), 1));
        }
        List<AssignmentInstance.Reviewer> named = new java.util.ArrayList<>();
        for (int i = 0; i < reviewers.size(); i++) {
            AssignmentInstance.Reviewer r = reviewers.get(i);
            named.add(new AssignmentInstance.Reviewer("R" + i, r.expertiseZhTw(), r.expertiseEn(), r.languagesRead(), 0, 5));
        }
        return new AssignmentInstance(numbered, named, List.of());
    }

    private static AssignmentInstance.Application application(String zh, String en, Set<String> targets) {
        return new AssignmentInstance.Application("?", zh, en, targets, 1);
    }

    private static AssignmentInstance.Reviewer reviewer(String zh, String en, Set<String> reads) {
        return new AssignmentInstance.Reviewer("?", zh, en, reads, 0, 5);
    }
}
