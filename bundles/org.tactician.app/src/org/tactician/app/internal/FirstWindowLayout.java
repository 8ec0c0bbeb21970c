package org.tactician.app.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Gives the first window of a new workspace the whole screen: the platform opens it at
 * 1024 × 768, too small for a plan editor with its explorer, outline and problems around it.
 * Later starts restore the window as the user left it (the workbench remembers it per
 * workspace); this runs once per workspace.
 */
public final class FirstWindowLayout implements IStartup {

    /** The preferences of this bundle, in the workspace (instance scope). */
    static final String NODE = "org.tactician.app";

    /** Preference: the first window of this workspace has been laid out. */
    static final String DONE = "firstWindowLaidOut";

    @Override
    public void earlyStartup() {
        IWorkbench workbench = PlatformUI.getWorkbench();
        workbench.getDisplay().asyncExec(() -> {
            IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(NODE);
            if (preferences.getBoolean(DONE, false) || workbench.isClosing()) {
                return;
            }
            IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
            if (window == null && workbench.getWorkbenchWindowCount() > 0) {
                window = workbench.getWorkbenchWindows()[0];
            }
            if (window == null) {
                return;
            }
            fillScreen(window.getShell());
            preferences.putBoolean(DONE, true);
            try {
                preferences.flush();
            } catch (BackingStoreException e) {
                ILog.of(FirstWindowLayout.class).warn("Could not store " + DONE, e);
            }
        });
    }

    /**
     * Maximises the shell; its bounds are set to the monitor's work area first, because without a
     * window manager (or with one that ignores the request) maximising does nothing.
     */
    static void fillScreen(Shell shell) {
        Rectangle area = shell.getMonitor().getClientArea();
        shell.setBounds(area);
        shell.setMaximized(true);
    }
}
