package org.opendividend.platform.export;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormulaCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example\",\"點我\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"})
    void textThatASpreadsheetWouldRunGetsAnApostrophe(String formula) {
        assertTrue(FormulaCells.looksLikeFormula(formula));
        assertEquals("'" + formula, FormulaCells.neutralised(formula));
    }

    @ParameterizedTest
    @ValueSource(strings = {"客語語料", "Hakka corpus", " =not first", "1+1", "", "a=b"})
    void otherTextIsLeftAlone(String text) {
        assertFalse(FormulaCells.looksLikeFormula(text));
        assertEquals(text, FormulaCells.neutralised(text));
    }
}
