package org.tactician.ui.internal.forms;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.ENamedElement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.tactician.model.NamedElement;
import org.tactician.model.PlanLabels;

/** Labels of the form, all from the metamodel through {@link PlanLabels}. */
public final class FormLabels {

    private FormLabels() {
    }

    /** A feature or class name as a field label: {@code raceStage} → {@code RACE stage}. */
    public static String of(ENamedElement element) {
        String words = PlanLabels.words(element);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A class as a noun in a sentence: {@code SMART objective}. */
    public static String type(EClass type) {
        return PlanLabels.type(type);
    }

    /** The model documentation of a feature or class, for tooltips; null when there is none. */
    public static String documentation(ENamedElement element) {
        return EcoreUtil.getDocumentation(element);
    }

    /**
     * How a picker of {@code type} lists an element: by its name where all candidates are of one
     * kind, else (and when unnamed) as {@link PlanLabels} calls it.
     */
    public static String choice(EObject element, EClass type) {
        if (!type.isAbstract() && element instanceof NamedElement named && named.getName() != null
                && !named.getName().isBlank()) {
            return named.getName();
        }
        return PlanLabels.capitalised(element);
    }
}
