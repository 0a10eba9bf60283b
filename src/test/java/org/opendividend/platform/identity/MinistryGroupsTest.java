package org.opendividend.platform.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MinistryGroupsTest {

    @Test
    void ministryGroupPathGivesTheMinistryCode() {
        assertEquals(Set.of("moc"), MinistryGroups.ministryCodes(List.of("/ministries/moc")));
    }

    @Test
    void severalMinistriesAreSortedAndDeduplicated() {
        assertEquals(List.of("moc", "moda", "nstc"), new ArrayList<>(MinistryGroups.ministryCodes(
                List.of("/ministries/nstc", "/ministries/moc", "/ministries/moda", "/ministries/moc"))));
    }

    @Test
    void ministriesAreDataNotAFixedList() {
        assertEquals(Set.of("mohw", "moe-2"),
                MinistryGroups.ministryCodes(List.of("/ministries/mohw", "/ministries/moe-2")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/reviewers",                    // another group
            "/other/moc",                    // another parent
            "/ministries",                   // the parent group itself
            "/ministries/",                  // no code
            "/ministries/moc/staff",         // nested deeper
            "/x/ministries/moc",             // ministries not at the top
            "/ministries/MOC",               // codes are lower case
            "/ministries/-moc",              // must start with a letter or digit
            "/ministries/mo c",              // no spaces
            "/ministries/mo_c",              // no underscores
            "/ministries/moc;drop",          // no punctuation
            "/ministries/abcdefghijklmnopqrstuvwxyz0123456" // 33 characters, longer than the varchar(32) column
    })
    void otherGroupsAndBadCodesAreIgnored(String path) {
        assertTrue(MinistryGroups.ministryCodes(List.of(path)).isEmpty(), path);
    }

    @Test
    void codeOfThirtyTwoCharactersFitsTheColumnAndIsAccepted() {
        String code = "abcdefghijklmnopqrstuvwxyz012345";
        assertEquals(32, code.length());
        assertEquals(Set.of(code), MinistryGroups.ministryCodes(List.of("/ministries/" + code)));
    }

    @Test
    void badEntriesDoNotHideGoodOnes() {
        assertEquals(Set.of("moda"), MinistryGroups.ministryCodes(
                List.of("/ministries/moc/staff", "/reviewers", "/ministries/moda", "/ministries/MOC")));
    }

    @Test
    void nullAndBlankPathsAreTolerated() {
        List<String> paths = Arrays.asList(null, "", "   ", "/ministries/nstc");
        assertEquals(Set.of("nstc"), MinistryGroups.ministryCodes(paths));
    }

    @Test
    void surroundingWhitespaceIsIgnored() {
        assertEquals(Set.of("moc"), MinistryGroups.ministryCodes(List.of("  /ministries/moc \t")));
    }

    @Test
    void noGroupsMeansNoMinistries() {
        assertTrue(MinistryGroups.ministryCodes(List.of()).isEmpty());
    }
}
