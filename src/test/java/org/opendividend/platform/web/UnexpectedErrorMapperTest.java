package org.opendividend.platform.web;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * Faults keep their path: logged at SEVERE with the stack trace under an incident number (what the stack tests look
 * for in the log), and HTTP refusals without a text of their own get the nearest translated one.
 */
class UnexpectedErrorMapperTest {

    @Test
    void aFaultIsLoggedWithItsTraceUnderAFreshIncidentNumber() {
        Logger logger = Logger.getLogger(UnexpectedErrorMapper.class.getName());
        List<LogRecord> records = new ArrayList<>();
        Handler catcher = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(catcher);
        logger.setUseParentHandlers(false); // caught here, not printed into the build's output
        try {
            IllegalStateException fault = new IllegalStateException("a bug, not a rule");
            String first = UnexpectedErrorMapper.logIncident(fault);
            String second = UnexpectedErrorMapper.logIncident(fault);
            assertNotEquals(first, second);
            assertEquals(2, records.size());
            assertEquals(Level.SEVERE, records.get(0).getLevel());
            assertEquals("incident " + first, records.get(0).getMessage());
            assertSame(fault, records.get(0).getThrown(), "the trace goes to the log, not to the caller");
        } finally {
            logger.removeHandler(catcher);
            logger.setUseParentHandlers(true);
        }
    }

    @Test
    void everyStatusHasATranslatedMessage() {
        assertEquals("error.http.409", ErrorResponses.messageKey(409));
        assertEquals("error.http.415", ErrorResponses.messageKey(415));
        assertEquals("error.http.400", ErrorResponses.messageKey(413), "no text of its own: the request's fault");
        assertEquals("error.500.text", ErrorResponses.messageKey(503));
    }
}
