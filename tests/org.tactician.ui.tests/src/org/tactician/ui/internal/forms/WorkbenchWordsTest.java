package org.tactician.ui.internal.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tactician.samples.SamplePlans;
import org.tactician.ui.internal.UiTests;
import org.tactician.ui.internal.editor.PlanEditor;

/**
 * An Arabic plan's pages run right to left in an English workbench; the workbench's own words on
 * them (page titles and descriptions, labels, buttons, links, "not set" choices) must still read
 * left to right, punctuation included, as the Unicode bidirectional algorithm (which GTK's text
 * layout follows) lays them out in a right-to-left paragraph.
 */
class WorkbenchWordsTest {

    @AfterEach
    void closeEditors() {
        UiTests.page().closeAllEditors(false);
        UiTests.settle();
    }

    @Test
    void theWorkbenchsWordsReadLeftToRightOnAnArabicPlansPages() throws Exception {
        IFile file = UiTests.workspaceCopy(SamplePlans.ARABIC, "forms", "words-" + SamplePlans.ARABIC.fileName());
        PlanEditor editor = UiTests.open(file);
        Set<String> texts = new LinkedHashSet<>();
        for (PlanFormPage page : editor.formPages()) {
            editor.setActivePage(page.getId());
            UiTests.settle();
            ScrolledForm form = page.getManagedForm().getForm();
            assertEquals(SWT.RIGHT_TO_LEFT, form.getOrientation(), "the Arabic plan's page runs right to left");
            texts.add(form.getText());
            for (Control control : UiTests.find(form, control -> true)) {
                if (control instanceof Label label) {
                    texts.add(label.getText());
                } else if (control instanceof Button button) {
                    texts.add(button.getText());
                } else if (control instanceof Hyperlink link) {
                    texts.add(link.getText());
                } else if (control instanceof Section section) {
                    texts.add(section.getText());
                    texts.add(section.getDescription());
                } else if (control instanceof Combo combo) {
                    texts.addAll(List.of(combo.getItems()));
                }
            }
        }
        List<String> backwards = new ArrayList<>();
        int checked = 0;
        int punctuated = 0;
        for (String text : texts) {
            if (text == null || !text.codePoints().anyMatch(Character::isLetter) || hasRightToLeftLetters(text)) {
                continue; // the plan's Arabic, or no words at all
            }
            checked++;
            String shown = text.replace("\u200E", "");
            if (!Character.isLetterOrDigit(shown.codePointAt(0)) || !Character.isLetterOrDigit(shown.codePointBefore(shown.length()))) {
                punctuated++;
            }
            if (!readsLeftToRight(text)) {
                backwards.add(text);
            }
        }
        assertTrue(checked > 50, "the pages show the workbench's words: " + checked);
        assertTrue(punctuated >= 3, "among them some that start or end with punctuation (a question, \"Choose...\", \"(not set)\"): " + punctuated);
        assertEquals(List.of(), backwards, "workbench words laid out backwards in the right-to-left page");
    }

    private static boolean hasRightToLeftLetters(String text) {
        return text.codePoints().anyMatch(c -> {
            byte direction = Character.getDirectionality(c);
            return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
        });
    }

    /** Whether every character of {@code text} lands at a left-to-right level in a right-to-left paragraph. */
    private static boolean readsLeftToRight(String text) {
        Bidi bidi = new Bidi(text, Bidi.DIRECTION_RIGHT_TO_LEFT);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != '\u200E' && !Character.isWhitespace(text.charAt(i)) && bidi.getLevelAt(i) % 2 != 0) {
                return false;
            }
        }
        return true;
    }
}
