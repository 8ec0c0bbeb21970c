package org.tactician.ui.internal.wizards;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectNature;

/**
 * The nature of a Tactician project (one client's plans and their documents): it marks the
 * project in the Project Explorer and needs no builder, since plans are validated as they are
 * edited.
 */
public final class TacticianNature implements IProjectNature {

    /** The nature's id in {@code plugin.xml}. */
    public static final String ID = "org.tactician.ui.tacticianNature";

    private IProject project;

    @Override
    public void configure() {
        // nothing to set up: no builder
    }

    @Override
    public void deconfigure() {
        // nothing to take down
    }

    @Override
    public IProject getProject() {
        return project;
    }

    @Override
    public void setProject(IProject project) {
        this.project = project;
    }
}
