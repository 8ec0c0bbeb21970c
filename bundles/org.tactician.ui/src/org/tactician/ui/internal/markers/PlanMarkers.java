package org.tactician.ui.internal.markers;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.ide.IDE;
import org.tactician.editing.Finding;
import org.tactician.editing.FindingsDelta;
import org.tactician.model.PlanElement;
import org.tactician.model.PlanLabels;
import org.tactician.model.resource.PlanLoadException;
import org.tactician.ui.PlanEditors;
import org.tactician.ui.internal.Messages;
import org.tactician.validation.Severity;

/**
 * The Problems-view markers of one plan file: one marker of our own type per finding, carrying
 * the rule id, the element's id and the feature, so a double-click opens the editor on the field
 * and a quick fix can find the finding again. Deltas are applied in order by a workspace job
 * under the file's marker rule; the attributes are read from the model on the caller's (UI)
 * thread.
 */
public final class PlanMarkers {

    /** Marker attribute: the rule id ({@code smart.time-bound.deadline-missing}, {@code emf.multiplicity}). */
    public static final String RULE_ID = "ruleId";
    /** Marker attribute: the id of the element at fault. */
    public static final String ELEMENT_ID = "elementId";
    /** Marker attribute: the name of the feature at fault. */
    public static final String FEATURE = "feature";
    /** Marker attribute: what the rule's quick fix does, when it offers one. */
    public static final String QUICK_FIX = "quickFix";
    /** The job family of marker updates (to wait for them). */
    public static final Object JOB_FAMILY = PlanMarkers.class;

    /** Where the markers come from (the Problems view's "source"). */
    private static final String SOURCE = "Tactician"; //$NON-NLS-1$

    /** Rule id of the marker of a file that cannot be read. */
    public static final String UNREADABLE = "plan.file.unreadable";

    private final IFile file;
    private final Map<Finding, IMarker> markers = new HashMap<>();
    private final Queue<Batch> queue = new ArrayDeque<>();
    private final Job job;
    private boolean cleared;

    /** One delta, with the new markers' attributes read on the UI thread. */
    private record Batch(List<Finding> removed, Map<Finding, Map<String, Object>> added) {
    }

    /** The markers of the workspace file {@code file}. */
    PlanMarkers(IFile file) {
        this.file = file;
        job = new Job();
    }

    /** The workspace file of the plan at {@code location}, or null when the workspace has none. */
    public static IFile workspaceFile(Path location) {
        for (IFile candidate : ResourcesPlugin.getWorkspace().getRoot()
                .findFilesForLocationURI(location.toAbsolutePath().toUri())) {
            if (candidate.exists()) {
                return candidate;
            }
        }
        return null;
    }

    /** The file the markers are on. */
    IFile file() {
        return file;
    }

    /** Queues {@code delta}: its removed findings' markers go, its added ones come. */
    void apply(FindingsDelta delta) {
        Map<Finding, Map<String, Object>> added = new LinkedHashMap<>();
        for (Finding finding : delta.added()) {
            added.put(finding, attributesOf(finding));
        }
        synchronized (queue) {
            queue.add(new Batch(delta.removed(), added));
        }
        job.schedule();
    }

    /** Waits until every queued delta is applied (for tests and benchmarks). */
    public void join() throws InterruptedException {
        job.join();
    }

    /** The marker attributes of a finding. */
    static Map<String, Object> attributesOf(Finding finding) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(IMarker.MESSAGE, FindingWords.message(finding));
        attributes.put(IMarker.SEVERITY, finding.severity() == Severity.ERROR ? IMarker.SEVERITY_ERROR
                : finding.severity() == Severity.WARNING ? IMarker.SEVERITY_WARNING : IMarker.SEVERITY_INFO);
        attributes.put(IMarker.LOCATION, FindingWords.element(finding)
                + finding.feature().map(feature -> NLS.bind(Messages.markers_feature, PlanLabels.words(feature))).orElse(""));
        attributes.put(IMarker.SOURCE_ID, SOURCE);
        attributes.put(RULE_ID, finding.ruleId());
        if (finding.element() instanceof PlanElement element && element.getId() != null) {
            attributes.put(ELEMENT_ID, element.getId());
        }
        finding.feature().ifPresent(feature -> attributes.put(FEATURE, feature.getName()));
        finding.quickFix().ifPresent(fix -> attributes.put(QUICK_FIX, FindingWords.quickFix(fix)));
        attributes.put(IDE.EDITOR_ID_ATTR, PlanEditors.EDITOR_ID);
        return attributes;
    }

    /** The element a marker points at in {@code resource}; null when it is gone. */
    public static EObject elementOf(IMarker marker, Resource resource) {
        String id = marker.getAttribute(ELEMENT_ID, null);
        return id == null || resource == null ? null : resource.getEObject(id);
    }

    /** The feature of {@code element} a marker points at; null when it names none. */
    public static EStructuralFeature featureOf(IMarker marker, EObject element) {
        String name = marker.getAttribute(FEATURE, null);
        return name == null ? null : element.eClass().getEStructuralFeature(name);
    }

    /**
     * Replaces the plan markers of {@code file} with one saying it cannot be read, at the line
     * the loader names.
     */
    public static void markUnreadable(IFile file, PlanLoadException error) {
        try {
            ResourcesPlugin.getWorkspace().run(monitor -> {
                file.deleteMarkers(PlanEditors.MARKER_TYPE, false, IResource.DEPTH_ZERO);
                Map<String, Object> attributes = new HashMap<>();
                attributes.put(IMarker.MESSAGE, NLS.bind(Messages.markers_unreadable, error.getMessage()));
                attributes.put(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
                attributes.put(RULE_ID, UNREADABLE);
                attributes.put(IMarker.SOURCE_ID, SOURCE);
                if (error.line() > 0) {
                    attributes.put(IMarker.LINE_NUMBER, error.line());
                    attributes.put(IMarker.LOCATION, NLS.bind(Messages.markers_line, error.line()));
                }
                file.createMarker(PlanEditors.MARKER_TYPE, attributes);
            }, ResourcesPlugin.getWorkspace().getRuleFactory().markerRule(file), IWorkspace.AVOID_UPDATE, null);
        } catch (CoreException e) {
            // the file vanished meanwhile: nothing to mark
        }
    }

    /** Applies the queued deltas under the file's marker rule. */
    private final class Job extends WorkspaceJob {

        Job() {
            super(NLS.bind(Messages.markers_updating, file.getName()));
            setSystem(true);
            setRule(ResourcesPlugin.getWorkspace().getRuleFactory().markerRule(file));
        }

        @Override
        public boolean belongsTo(Object family) {
            return family == JOB_FAMILY;
        }

        @Override
        public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
            if (!file.exists()) {
                synchronized (queue) {
                    queue.clear();
                }
                return Status.OK_STATUS;
            }
            if (!cleared) {
                // Markers persist across sessions: the first validation replaces the stale ones.
                file.deleteMarkers(PlanEditors.MARKER_TYPE, false, IResource.DEPTH_ZERO);
                cleared = true;
            }
            for (Batch batch = next(); batch != null; batch = next()) {
                for (Finding finding : batch.removed()) {
                    IMarker marker = markers.remove(finding);
                    if (marker != null) {
                        marker.delete();
                    }
                }
                for (Map.Entry<Finding, Map<String, Object>> entry : batch.added().entrySet()) {
                    markers.put(entry.getKey(), file.createMarker(PlanEditors.MARKER_TYPE, entry.getValue()));
                }
            }
            return Status.OK_STATUS;
        }

        private Batch next() {
            synchronized (queue) {
                return queue.poll();
            }
        }
    }
}
