package org.tactician.ui.internal.forms;

import java.time.LocalDate;
import java.time.YearMonth;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.tactician.model.TacticianPackage.Literals;
import org.tactician.ui.internal.Messages;

/**
 * A date or a month: typed as {@code 2027-03-31} / {@code 2027-03}, or picked in a calendar that
 * drops down from the field's button. An empty field means no date.
 */
final class DateField extends TextField {

    private Button pick;

    DateField(FormContext context, EAttribute attribute) {
        super(context, attribute, false);
    }

    @Override
    void create(Composite parent) {
        Composite row = context.toolkit().createComposite(parent);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(2, 0).applyTo(row);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        super.create(row);
        pick = context.toolkit().createButton(row, "\u25BE", SWT.PUSH); //$NON-NLS-1$ a drop-down arrow
        pick.setToolTipText(isMonth() ? Messages.forms_pickMonth : Messages.forms_pickDate);
        pick.getAccessible().addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent event) {
                event.result = pick.getToolTipText();
            }
        });
        GridDataFactory.swtDefaults().applyTo(pick);
        pick.addListener(SWT.Selection, event -> openCalendar());
    }

    @Override
    void refresh() {
        super.refresh();
        if (pick != null && !pick.isDisposed()) {
            pick.setEnabled(element != null);
        }
    }

    private boolean isMonth() {
        return feature.getEType() == Literals.YEAR_MONTH;
    }

    private void openCalendar() {
        Text text = text();
        Shell popup = new Shell(text.getShell(), SWT.ON_TOP | SWT.TOOL | SWT.BORDER);
        popup.setOrientation(text.getOrientation());
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(popup);
        DateTime calendar = new DateTime(popup, SWT.CALENDAR | SWT.BORDER);
        LocalDate shown = initialDate();
        calendar.setDate(shown.getYear(), shown.getMonthValue() - 1, shown.getDayOfMonth());
        Composite buttons = new Composite(popup, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).equalWidth(true).applyTo(buttons);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(buttons);
        Button ok = new Button(buttons, SWT.PUSH);
        ok.setText(isMonth() ? Messages.forms_useMonth : Messages.forms_useDate);
        Button clear = new Button(buttons, SWT.PUSH);
        clear.setText(Messages.forms_noDate);
        Button cancel = new Button(buttons, SWT.PUSH);
        cancel.setText(Messages.forms_cancel);
        for (Button button : new Button[] {ok, clear, cancel}) {
            GridDataFactory.fillDefaults().grab(true, false).applyTo(button);
        }
        Runnable use = () -> {
            LocalDate date = LocalDate.of(calendar.getYear(), calendar.getMonth() + 1, calendar.getDay());
            popup.dispose();
            type(isMonth() ? YearMonth.from(date).toString() : date.toString());
        };
        calendar.addListener(SWT.DefaultSelection, event -> use.run());
        ok.addListener(SWT.Selection, event -> use.run());
        clear.addListener(SWT.Selection, event -> {
            popup.dispose();
            type("");
        });
        cancel.addListener(SWT.Selection, event -> popup.dispose());
        popup.setDefaultButton(ok);
        popup.pack();
        Point below = text.toDisplay(0, text.getSize().y);
        popup.setLocation(below);
        popup.open();
        calendar.setFocus();
    }

    /** The date the calendar opens on: the field's, else the plan's start, else today. */
    private LocalDate initialDate() {
        Object value = value();
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof YearMonth month) {
            return month.atDay(1);
        }
        LocalDate start = context.plan().getStart();
        return start != null ? start : LocalDate.now();
    }
}
