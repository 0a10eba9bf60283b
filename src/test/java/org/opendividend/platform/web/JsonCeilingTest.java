package org.opendividend.platform.web;

import org.junit.jupiter.api.Test;
import org.opendividend.platform.Jsons;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The registry benchmark's ceiling answers JSON of exactly the size asked, so that it weighs what a page weighs. */
class JsonCeilingTest {

    @Test
    void theConstantIsJsonOfTheSizeAsked() {
        for (int size : new int[] {32, 1000, 31_337}) {
            String body = JsonCeiling.body(size);
            assertEquals(size, body.getBytes(StandardCharsets.UTF_8).length);
            assertEquals(1, Jsons.createReader(new StringReader(body)).readObject().getInt("total"));
        }
    }
}
