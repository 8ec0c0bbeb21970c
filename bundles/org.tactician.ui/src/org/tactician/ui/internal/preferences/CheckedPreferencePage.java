package org.tactician.ui.internal.preferences;

import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.tactician.ui.internal.HelpContexts;

/**
 * What the Tactician preference pages share: Tactician's preference store, the preferences help
 * on the whole page, a check that says what is wrong and allows OK only when nothing is, Restore
 * Defaults showing the defaults, and OK storing the fields and saving the store.
 */
abstract class CheckedPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    private final String description;

    /** A page under Window → Preferences → Tactician that says {@code description} above its fields. */
    CheckedPreferencePage(String description) {
        this.description = description;
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(TacticianPreferences.store());
        setDescription(description);
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        HelpContexts.set(getControl(), HelpContexts.PREFERENCES); // the whole page, its buttons too
    }

    /** What is wrong with the fields, in the words the page shows; null when nothing is. */
    abstract String problem();

    /** Shows the defaults in the fields (they are not stored before OK). */
    abstract void showDefaults();

    /** Stores the fields, which {@link #problem()} found right. */
    abstract void store();

    /** Says what is wrong, and allows OK only when nothing is. */
    final void check() {
        String problem = problem();
        setErrorMessage(problem);
        setValid(problem == null);
    }

    @Override
    protected final void performDefaults() {
        showDefaults();
        super.performDefaults();
    }

    @Override
    public final boolean performOk() {
        check();
        if (!isValid()) {
            return false;
        }
        store();
        return TacticianPreferences.save();
    }
}
