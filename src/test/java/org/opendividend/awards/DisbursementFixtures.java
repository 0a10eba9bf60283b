package org.opendividend.awards;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.opendividend.awards.boundary.disbursement.ReportFiles;
import org.opendividend.awards.entity.disbursement.ReportFile;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What the disbursement tests change or count behind the facade's back (a tranche's due date, the payment rows), and
 * the report PDFs they send.
 */
@ApplicationScoped
@Transactional
public class DisbursementFixtures {

    @PersistenceContext
    EntityManager em;

    @Inject
    ReportFiles reportFiles;

    /** A small PDF (by content) holding {@code text}. */
    public static byte[] pdfBytes(String text) {
        return ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The current person stores a report PDF for the award's request, as the award page does. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public ReportFile pdf(long awardId, String name, String text) {
        return reportFiles.upload(awardId, name, new ByteArrayInputStream(pdfBytes(text)));
    }


    /** Tranche {@code position} (from 0) of the award falls due today in Asia/Taipei, as if the project had started. */
    public void dueToday(long awardId, int position) {
        em.createNativeQuery("update award_tranche set due_date = ?1 where award_id = ?2 and position = ?3")
                .setParameter(1, LocalDate.now(ZoneId.of("Asia/Taipei"))).setParameter(2, awardId)
                .setParameter(3, position).executeUpdate();
    }

    /** The payment rows of one disbursement, counted in the table itself. */
    public long paymentRows(long disbursementId) {
        return ((Number) em.createNativeQuery("select count(*) from disbursement_payment where disbursement_id = ?1")
                .setParameter(1, disbursementId).getSingleResult()).longValue();
    }

    /** A stream of {@code size} bytes that starts as a PDF, never held in memory. */
    public static InputStream pdfOf(long size) {
        byte[] head = pdfBytes("large");
        return new InputStream() {
            private long sent;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) == -1 ? -1 : one[0];
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (sent >= size) {
                    return -1;
                }
                int n = (int) Math.min(length, size - sent);
                for (int i = 0; i < n; i++) {
                    buffer[offset + i] = sent < head.length ? head[(int) sent] : (byte) ' ';
                    sent++;
                }
                return n;
            }
        };
    }

}
