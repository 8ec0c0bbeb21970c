package org.tactician.generators.budget.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tactician.model.BudgetLine;
import org.tactician.model.TacticianFactory;

/** Text cut to what a spreadsheet holds: between user-perceived characters, ending in "…", each element told once. */
class SheetTextTest {

    @Test
    void textThatFitsIsKept() {
        String exact = "x".repeat(SheetText.CELL_LIMIT);
        assertSame(exact, new SheetText().cell(exact, null));
        assertEquals("abc", SheetText.cut("abc", 3));
    }

    @Test
    void aCutNeverSplitsASurrogatePair() {
        // "a" + U+1F680 (two UTF-16 units): 2 is inside the pair, so only "a" is kept.
        assertEquals("a…", SheetText.cut("a\uD83D\uDE80b", 3));
        assertEquals("ab…", SheetText.cut("ab\uD83D\uDE80", 3));
    }

    @Test
    void aCutKeepsCombiningSequencesWhole() {
        // Vietnamese "Việt" decomposed: e, dot below, circumflex are one character for the reader.
        assertEquals("Vi…", SheetText.cut("Vie\u0323\u0302t Nam", 5));
        // Arabic with harakat: bā' with kasra, sīn with sukūn, mīm with kasra.
        assertEquals("\u0628\u0650…", SheetText.cut("\u0628\u0650\u0633\u0652\u0645\u0650", 4));
        // A family emoji joined by ZWJ is one character: all of it or none.
        assertEquals("a…", SheetText.cut("a\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67", 6));
    }

    @Test
    void aCutLineIsToldOnceNamingIt() {
        BudgetLine line = TacticianFactory.eINSTANCE.createBudgetLine();
        line.setId("bl-long");
        line.setName("Paid search " + "y".repeat(40_000));
        SheetText limits = new SheetText();

        String first = limits.cell(line.getName(), line);
        limits.cell(line.getName(), line); // the allocation sheet shows the name again

        assertEquals(SheetText.CELL_LIMIT, first.length());
        assertEquals(line.getName().substring(0, SheetText.CELL_LIMIT - 1) + "…", first);
        assertEquals(1, limits.warnings().size(), limits.warnings().toString());
        String warning = limits.warnings().get(0);
        assertEquals(true, warning.startsWith("budget line 'Paid search yyy"), warning);
        assertEquals(true, warning.endsWith("(id bl-long): its name was cut to 32,767 characters in budget.xlsx"), warning);
    }

    @Test
    void sheetNamesAreWhatSpreadsheetsAllowAndDistinct() {
        List<String> names = SheetContext.SheetNames.allowed(List.of("Budget", "BUDGET", "Plan [Q1]: a/b?*\\",
                "'Quoted'", "Ngân sách theo kênh quảng cáo trực tuyến", ""));
        assertEquals("Budget", names.get(0));
        assertEquals("BUDGET 2", names.get(1));
        assertEquals("Plan  Q1   a b", names.get(2));
        assertEquals("Quoted", names.get(3));
        assertEquals(true, names.get(4).length() <= 31 && names.get(4).endsWith("…"), names.get(4));
        assertEquals("Sheet", names.get(5));
    }
}
