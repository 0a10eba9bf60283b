package org.opendividend.platform.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HtmlTest {

    @Test
    void escapeCoversTheFiveSpecialCharacters() {
        assertEquals("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;",
                Html.escape("<a href=\"x\">Tom & Jerry's</a>"));
        assertEquals("開放紅利", Html.escape("開放紅利"));
    }
}
