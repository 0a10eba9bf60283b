package org.opendividend.audit.entity;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditChainHeadTest {

    private static final Instant T0 = Instant.parse("2025-03-01T00:00:00Z");

    /**
     * The head as the migration V1__foundation.sql seeds it: id 1, last_seq 0, last_hash = 64 zeros. The entity only
     * has the JPA constructor (package-visible here) and no setters, so the row's values are put in by reflection,
     * as the JPA provider does when it loads the row.
     */
    static AuditChainHead seededHead() throws ReflectiveOperationException {
        AuditChainHead head = new AuditChainHead();
        set(head, "id", AuditChainHead.ID);
        set(head, "lastSeq", 0L);
        set(head, "lastHash", ChainHash.GENESIS);
        return head;
    }

    private static void set(Object target, String name, Object value) throws ReflectiveOperationException {
        Field field = target.getClass().getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
    }

    private static AuditRecord record(int n) {
        return new AuditRecord(T0.plusSeconds(n), "sub-" + n, "Person " + n, "Call", "call-" + n, "action" + n,
                "summary " + n);
    }

    @Test
    void firstEntryFollowsGenesisAndGetsNumberOne() throws Exception {
        AuditChainHead head = seededHead();
        AuditEntry first = head.append(record(1));
        assertEquals(1, first.seq());
        assertEquals(ChainHash.GENESIS, first.previousHash());
        assertEquals(1, head.lastSeq());
        assertEquals(first.entryHash(), head.lastHash());
    }

    @Test
    void appendsAreNumberedContiguouslyAndEachLinksToThePreviousHash() throws Exception {
        AuditChainHead head = seededHead();
        List<AuditEntry> entries = new ArrayList<>();
        for (int n = 1; n <= 5; n++) {
            entries.add(head.append(record(n)));
        }
        String previous = ChainHash.GENESIS;
        for (int i = 0; i < entries.size(); i++) {
            AuditEntry entry = entries.get(i);
            assertEquals(i + 1, entry.seq(), "seq of entry " + i);
            assertEquals(previous, entry.previousHash(), "link of entry " + entry.seq());
            previous = entry.entryHash();
        }
        assertEquals(5, head.lastSeq());
        assertEquals(entries.get(4).entryHash(), head.lastHash());
        assertEquals(5, new HashSet<>(entries.stream().map(AuditEntry::entryHash).toList()).size(),
                "every entry has its own hash");
    }

    @Test
    void entryHashIsTheHashOfItsPositionContentAndPredecessor() throws Exception {
        AuditChainHead head = seededHead();
        AuditEntry first = head.append(record(1));
        AuditEntry second = head.append(record(2));
        assertEquals(ChainHash.of(1, record(1), ChainHash.GENESIS), first.entryHash());
        assertEquals(ChainHash.of(2, record(2), first.entryHash()), second.entryHash());
        assertTrue(first.hashMatchesContent());
        assertTrue(second.hashMatchesContent());
    }

    @Test
    void entryKeepsTheRecordsContent() throws Exception {
        AuditRecord record = record(7);
        AuditEntry entry = seededHead().append(record);
        assertEquals(record, entry.record());
        assertEquals(record.occurredAt(), entry.occurredAt());
        assertEquals(record.actorName(), entry.actorName());
        assertEquals(record.objectType(), entry.objectType());
        assertEquals(record.objectId(), entry.objectId());
        assertEquals(record.action(), entry.action());
        assertEquals(record.summary(), entry.summary());
    }

    @Test
    void sameContentAtAnotherPositionHasAnotherHash() throws Exception {
        AuditChainHead head = seededHead();
        AuditEntry first = head.append(record(1));
        AuditEntry again = head.append(record(1));
        assertNotEquals(first.entryHash(), again.entryHash());
        assertEquals(first.entryHash(), again.previousHash());
    }

    @Test
    void headContinuesFromWhereTheStoredChainEnds() throws Exception {
        AuditChainHead head = seededHead();
        String storedEnd = ChainHash.of(41, record(41), "a".repeat(64));
        set(head, "lastSeq", 41L);
        set(head, "lastHash", storedEnd);
        AuditEntry next = head.append(record(42));
        assertEquals(42, next.seq());
        assertEquals(storedEnd, next.previousHash());
        assertEquals(42, head.lastSeq());
        assertEquals(next.entryHash(), head.lastHash());
    }
}
