package org.tactician.diagrams.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.tactician.diagrams.ui.DiagramType;
import org.tactician.model.TacticianPackage;

/** The diagram types registered with the extension point {@value #EXTENSION_POINT}, read once. */
public final class DiagramTypes {

    /** The extension point's id. */
    public static final String EXTENSION_POINT = "org.tactician.diagrams.ui.diagrams";

    private static List<DiagramType> types;

    private DiagramTypes() {
    }

    /** Every registered type, in registration order; a registration that names no known plan class is skipped (and logged). */
    public static synchronized List<DiagramType> all() {
        if (types == null) {
            types = List.copyOf(read());
        }
        return types;
    }

    /** The type {@code id}. */
    public static Optional<DiagramType> find(String id) {
        return all().stream().filter(type -> type.id().equals(id)).findFirst();
    }

    private static List<DiagramType> read() {
        List<DiagramType> read = new ArrayList<>();
        for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
            if (!"diagram".equals(element.getName())) {
                continue;
            }
            String id = element.getAttribute("type");
            String name = element.getAttribute("name");
            String subjectName = element.getAttribute("subject");
            EClass subject = null;
            if (subjectName != null && !subjectName.isBlank()) {
                EClassifier classifier = TacticianPackage.eINSTANCE.getEClassifier(subjectName.strip());
                if (!(classifier instanceof EClass eClass)) {
                    ILog.of(DiagramTypes.class).error("The diagram " + id + " of " + element.getContributor().getName()
                            + " shows '" + subjectName + "', which is no class of the plan model: left out");
                    continue;
                }
                subject = eClass;
            }
            String icon = element.getAttribute("icon");
            ImageDescriptor image = icon == null ? null
                    : ResourceLocator.imageDescriptorFromBundle(element.getContributor().getName(), icon).orElse(null);
            String description = element.getAttribute("description");
            read.add(new DiagramType(id, name, image, subject, description == null ? name : description));
        }
        return read;
    }
}
