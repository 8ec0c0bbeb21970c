package org.tactician.ui.internal.wizards;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.tactician.model.MarketingPlan;
import org.tactician.model.resource.PlanResource;
import org.tactician.samples.NewPlans;
import org.tactician.samples.NewPlans.Content;
import org.tactician.samples.NewPlans.Settings;
import org.tactician.ui.internal.preferences.TacticianPreferences;
import org.tactician.validation.LintProfile;

/**
 * The files of a new plan: the plan and, when the preferences set a lint profile other than the
 * defaults, {@code <plan>.mplan.lint} beside it. The plan is complete in memory before its file is
 * created, so a failure creates nothing.
 */
final class NewPlanFiles {

    private NewPlanFiles() {
    }

    /** The plan file's content for {@code content} and {@code settings}. */
    static byte[] planBytes(Content content, Settings settings) throws IOException {
        MarketingPlan plan = NewPlans.create(content, settings);
        PlanResource resource = new PlanResource(URI.createURI("new." + PlanResource.FILE_EXTENSION));
        resource.getContents().add(plan);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        resource.save(out, null);
        return out.toByteArray();
    }

    /** The lint profile file's content for new plans, or null when they get the defaults. */
    static byte[] lintBytes() throws IOException {
        LintProfile profile = TacticianPreferences.lintProfile();
        if (profile.equals(LintProfile.defaults())) {
            return null;
        }
        StringWriter text = new StringWriter();
        profile.write(text);
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Writes {@code lint} as the lint profile of the plan {@code file}. */
    static void writeLintProfile(IFile file, byte[] lint, IProgressMonitor monitor) throws CoreException {
        IFile profile = file.getParent().getFile(IPath.fromOSString(file.getName() + "." + LintProfile.FILE_EXTENSION));
        if (profile.exists()) {
            profile.setContents(new ByteArrayInputStream(lint), IResource.KEEP_HISTORY, monitor);
        } else {
            profile.create(new ByteArrayInputStream(lint), IResource.NONE, monitor);
        }
    }
}
