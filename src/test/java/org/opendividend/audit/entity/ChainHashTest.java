package org.opendividend.audit.entity;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChainHashTest {

    private static final Instant WHEN = Instant.parse("2025-03-01T08:00:00.123456Z");

    private static AuditRecord record() {
        return new AuditRecord(WHEN, "sub-1", "張家豪", "Call", "42", "published", "Call 42 published");
    }

    private static String sha256Hex(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void genesisIsSixtyFourZeros() {
        assertEquals(64, ChainHash.GENESIS.length());
        assertTrue(ChainHash.GENESIS.chars().allMatch(c -> c == '0'), ChainHash.GENESIS);
    }

    @Test
    void hashIsSixtyFourLowercaseHexDigitsLikeTheColumn() {
        String hash = ChainHash.of(1, record(), ChainHash.GENESIS);
        assertTrue(hash.matches("[0-9a-f]{64}"), hash);
    }

    @Test
    void sameInputGivesSameHashEvenFromSeparatelyBuiltRecords() {
        assertEquals(ChainHash.of(3, record(), ChainHash.GENESIS), ChainHash.of(3, record(), ChainHash.GENESIS));
    }

    /**
     * The canonical form is a persistent contract: entries already in the database were hashed with it, so changing it
     * would make every existing chain fail verification. The expected input is written out by hand here from the
     * documented rule (each field as {@code length:value;}, in the order seq, time, subject, name, type, id, action,
     * summary, previous hash), not copied from a run of the code.
     */
    @Test
    void canonicalFormIsLengthPrefixedFieldsInFixedOrder() throws Exception {
        String canonical = "1:7;"
                + "27:2025-03-01T08:00:00.123456Z;"
                + "5:sub-1;"
                + "3:張家豪;"
                + "4:Call;"
                + "2:42;"
                + "9:published;"
                + "17:Call 42 published;"
                + "64:" + "0".repeat(64) + ";";
        assertEquals(sha256Hex(canonical), ChainHash.of(7, record(), ChainHash.GENESIS));
    }

    @Test
    void systemActorWithoutSubjectIsHashedAsTheNulMarker() throws Exception {
        AuditRecord bySystem = new AuditRecord(WHEN, null, "system", "Call", "42", "closed", "");
        String canonical = "1:1;27:2025-03-01T08:00:00.123456Z;1:\u0000;6:system;4:Call;2:42;6:closed;0:;64:"
                + "0".repeat(64) + ";";
        assertEquals(sha256Hex(canonical), ChainHash.of(1, bySystem, ChainHash.GENESIS));
    }

    @Test
    void everyPartOfTheEntryChangesTheHash() {
        AuditRecord base = record();
        String original = ChainHash.of(5, base, ChainHash.GENESIS);
        List<String> variants = List.of(
                ChainHash.of(6, base, ChainHash.GENESIS),
                ChainHash.of(5, base, "1".repeat(64)),
                ChainHash.of(5, new AuditRecord(WHEN.plusNanos(1000), "sub-1", "張家豪", "Call", "42", "published",
                        "Call 42 published"), ChainHash.GENESIS),
                ChainHash.of(5, new AuditRecord(WHEN, "sub-2", "張家豪", "Call", "42", "published",
                        "Call 42 published"), ChainHash.GENESIS),
                ChainHash.of(5, new AuditRecord(WHEN, "sub-1", "張家豪2", "Call", "42", "published",
                        "Call 42 published"), ChainHash.GENESIS),
                ChainHash.of(5, new AuditRecord(WHEN, "sub-1", "張家豪", "Award", "42", "published",
                        "Call 42 published"), ChainHash.GENESIS),
                ChainHash.of(5, new AuditRecord(WHEN, "sub-1", "張家豪", "Call", "43", "published",
                        "Call 42 published"), ChainHash.GENESIS),
                ChainHash.of(5, new AuditRecord(WHEN, "sub-1", "張家豪", "Call", "42", "closed",
                        "Call 42 published"), ChainHash.GENESIS),
                ChainHash.of(5, new AuditRecord(WHEN, "sub-1", "張家豪", "Call", "42", "published",
                        "Call 42 published!"), ChainHash.GENESIS));
        for (int i = 0; i < variants.size(); i++) {
            assertNotEquals(original, variants.get(i), "variant " + i + " should change the hash");
        }
        assertEquals(variants.size(), variants.stream().distinct().count(), "variants should all differ");
    }

    @Test
    void movingTextAcrossAFieldBoundaryChangesTheHash() {
        // joined with ';' alone both would read "a;b;c": only the length prefixes tell them apart
        AuditRecord first = new AuditRecord(WHEN, "s", "n", "a;b", "c", "act", "");
        AuditRecord second = new AuditRecord(WHEN, "s", "n", "a", "b;c", "act", "");
        assertNotEquals(ChainHash.of(1, first, ChainHash.GENESIS), ChainHash.of(1, second, ChainHash.GENESIS));
    }

    @Test
    void missingSubjectDiffersFromEmptySubject() {
        AuditRecord none = new AuditRecord(WHEN, null, "n", "t", "i", "a", "s");
        AuditRecord empty = new AuditRecord(WHEN, "", "n", "t", "i", "a", "s");
        assertNotEquals(ChainHash.of(1, none, ChainHash.GENESIS), ChainHash.of(1, empty, ChainHash.GENESIS));
    }

    /** What an {@link AuditRecord} holds is what gets hashed, so it is normalised to what the database keeps. */
    @Nested
    class RecordAsStored {

        @Test
        void instantIsTruncatedToMicrosecondsLikeTheTimestamp6Column() {
            Instant withNanos = Instant.parse("2025-03-01T08:00:00.123456789Z");
            AuditRecord record = new AuditRecord(withNanos, "s", "n", "t", "i", "a", "x");
            assertEquals(Instant.parse("2025-03-01T08:00:00.123456Z"), record.occurredAt());
        }

        @Test
        void hashBeforeStoringEqualsHashAfterReadingBack() {
            AuditRecord beforeStoring = new AuditRecord(Instant.parse("2025-03-01T08:00:00.123456789Z"),
                    "s", "n", "t", "i", "a", "x");
            // what the timestamp(6) column gives back: microseconds only
            AuditRecord readBack = new AuditRecord(Instant.parse("2025-03-01T08:00:00.123456Z"),
                    "s", "n", "t", "i", "a", "x");
            assertEquals(beforeStoring, readBack);
            assertEquals(ChainHash.of(9, beforeStoring, ChainHash.GENESIS), ChainHash.of(9, readBack, ChainHash.GENESIS));
        }

        @Test
        void nullSummaryBecomesEmptyBecauseTheColumnIsNotNull() {
            assertEquals("", new AuditRecord(WHEN, "s", "n", "t", "i", "a", null).summary());
        }

        @Test
        void requiredPartsMayNotBeMissing() {
            assertThrows(NullPointerException.class, () -> new AuditRecord(null, "s", "n", "t", "i", "a", "x"));
            assertThrows(NullPointerException.class, () -> new AuditRecord(WHEN, "s", null, "t", "i", "a", "x"));
            assertThrows(NullPointerException.class, () -> new AuditRecord(WHEN, "s", "n", null, "i", "a", "x"));
            assertThrows(NullPointerException.class, () -> new AuditRecord(WHEN, "s", "n", "t", null, "a", "x"));
            assertThrows(NullPointerException.class, () -> new AuditRecord(WHEN, "s", "n", "t", "i", null, "x"));
        }

        @Test
        void systemActorMayHaveNoSubject() {
            assertNull(new AuditRecord(WHEN, null, "system", "t", "i", "a", "x").actorSubject());
        }

        @Test
        void summaryOfExactlyTheColumnLengthIsKept() {
            String summary = "s".repeat(2000);
            assertEquals(summary, new AuditRecord(WHEN, "s", "n", "t", "i", "a", summary).summary());
        }

        @Test
        void longerSummaryIsCutToTheColumnLengthWithAnEllipsis() {
            String summary = "0123456789".repeat(250); // 2500 characters
            String kept = new AuditRecord(WHEN, "s", "n", "t", "i", "a", summary).summary();
            assertEquals(2000, kept.length());
            assertTrue(kept.endsWith("…"), kept.substring(1990));
            assertEquals(summary.substring(0, 1999), kept.substring(0, 1999));
        }

        /**
         * Hakka and other Taiwanese texts use CJK Extension B characters such as 𠀀 (U+20000), two UTF-16 chars each.
         * The cut must not leave half of one: a lone surrogate does not survive the UTF-8 database (it becomes '?'),
         * so the content read back would no longer match its hash and verification would report a false ALTERED.
         */
        @Test
        void cutNeverSplitsACharacterOutsideTheBasicPlane() {
            String summary = "a".repeat(1998) + "𠀀" + "tail";
            String kept = new AuditRecord(WHEN, "s", "n", "t", "i", "a", summary).summary();
            assertTrue(kept.length() <= 2000, "length " + kept.length());
            assertTrue(kept.endsWith("…"));
            for (int i = 0; i < kept.length(); i++) {
                char c = kept.charAt(i);
                if (Character.isHighSurrogate(c)) {
                    assertTrue(i + 1 < kept.length() && Character.isLowSurrogate(kept.charAt(i + 1)),
                            "unpaired high surrogate at " + i);
                    i++;
                } else {
                    assertFalse(Character.isLowSurrogate(c), "unpaired low surrogate at " + i);
                }
            }
            assertEquals(kept, new String(kept.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8),
                    "the summary must survive a round trip through UTF-8 unchanged");
        }
    }
}
