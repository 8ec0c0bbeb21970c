package org.tactician.editing.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.ECrossReferenceAdapter;
import org.tactician.validation.ValidationScope;

/**
 * The one adapter an editing session puts on its resource set: EMF's cross-reference adapter
 * (who points at what, used by delete commands and the validation scope), which also records
 * every change into the session's {@link ValidationScope} and keeps an index of the plan's
 * elements by type for reference pickers.
 */
public final class ChangeRecorder extends ECrossReferenceAdapter {

    private final ValidationScope scope = new ValidationScope(this);
    private final Map<EClass, List<EObject>> byType = new HashMap<>();
    private Resource resource;

    /** The changes recorded since the last validation. */
    public ValidationScope scope() {
        return scope;
    }

    /** Indexes the elements of {@code planResource} only (the resource set may hold others). */
    public void watch(Resource planResource) {
        this.resource = planResource;
        byType.clear();
    }

    @Override
    public void notifyChanged(Notification notification) {
        // The scope asks who pointed at removed elements: before the adapter forgets it.
        scope.add(notification);
        if (notification.getFeature() instanceof EReference reference && reference.isContainment()
                || notification.getNotifier() instanceof Resource) {
            byType.clear();
        }
        super.notifyChanged(notification);
    }

    /** The elements of the plan that are instances of {@code type}, in plan order. */
    public List<EObject> elementsOf(EClass type) {
        return byType.computeIfAbsent(type, key -> {
            List<EObject> found = new ArrayList<>();
            if (resource != null) {
                for (Iterator<EObject> all = resource.getAllContents(); all.hasNext();) {
                    EObject element = all.next();
                    if (key.isInstance(element)) {
                        found.add(element);
                    }
                }
            }
            return List.copyOf(found);
        });
    }
}
