package org.tactician.model.internal;

import java.io.CharConversionException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.tactician.model.TacticianPackage;
import org.tactician.model.resource.PlanLoadException.Problem;
import org.xml.sax.SAXParseException;

/**
 * Turns what EMF and the XML parser report about a plan file into problems a plan author can
 * act on: the line, and what is wrong in the plan's terms rather than the parser's.
 */
public final class LoadProblems {

    private LoadProblems() {
    }

    /** The problems of a load of {@code resource} that ended with {@code failure} (may be null). */
    public static List<Problem> of(Resource resource, IOException failure) {
        Set<Problem> problems = new LinkedHashSet<>();
        for (Resource.Diagnostic error : resource.getErrors()) {
            problems.add(fromDiagnostic(error));
        }
        if (failure != null && problems.isEmpty()) {
            problems.add(fromFailure(failure));
        }
        return new ArrayList<>(problems);
    }

    private static Problem fromDiagnostic(Resource.Diagnostic error) {
        String message;
        if (error instanceof PackageNotFoundException e) {
            message = "not a Tactician plan: its namespace is '" + e.uri() + "', expected '"
                    + TacticianPackage.eNS_URI + "'";
        } else if (error instanceof FeatureNotFoundException e) {
            message = "unknown element or attribute '" + e.getName() + "'"
                    + (e.getObject() != null ? " in a " + e.getObject().eClass().getName() : "");
        } else if (error instanceof UnresolvedReferenceException e) {
            message = "refers to '" + e.getReference() + "', which no element of the plan has as its id"
                    + (e.getFeature() != null ? " (in '" + e.getFeature().getName() + "')" : "");
        } else if (error instanceof IllegalValueException e) {
            message = "the value '" + e.getValue() + "' is not allowed for '"
                    + (e.getFeature() != null ? e.getFeature().getName() : "?") + "'";
        } else if (error instanceof ClassNotFoundException e) {
            message = "unknown element type '" + e.getName() + "'";
        } else if (error instanceof Exception e && e.getCause() instanceof SAXParseException sax) {
            return fromSax(sax);
        } else {
            message = clean(error.getMessage());
        }
        return new Problem(error.getLine(), error.getColumn(), message);
    }

    private static Problem fromFailure(IOException failure) {
        Throwable cause = failure;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SAXParseException sax) {
                return fromSax(sax);
            }
            if (t instanceof CharConversionException) {
                return new Problem(0, 0, "not UTF-8 text (" + clean(t.getMessage()) + ")");
            }
            if (t instanceof Resource.Diagnostic diagnostic) {
                return fromDiagnostic(diagnostic);
            }
            cause = t;
        }
        return new Problem(0, 0, clean(cause.getMessage() != null ? cause.getMessage() : cause.toString()));
    }

    private static Problem fromSax(SAXParseException sax) {
        String text = String.valueOf(sax.getMessage());
        String message;
        if (text.contains("DOCTYPE")) {
            message = "DOCTYPE declarations are not allowed in plan files (they can expand entities"
                    + " or read other files)";
        } else if (text.contains("Premature end of file")) {
            message = "the file is empty or ends before the plan starts";
        } else if (text.contains("must start and end within the same entity")) {
            message = "the file ends in the middle of the plan: it is truncated";
        } else {
            message = "malformed XML: " + clean(text);
        }
        return new Problem(Math.max(sax.getLineNumber(), 0), Math.max(sax.getColumnNumber(), 0), message);
    }

    /** Drops the trailing period and the location EMF appends to its messages. */
    private static String clean(String message) {
        if (message == null) {
            return "unknown problem";
        }
        String text = message.strip();
        int location = text.indexOf(" (file:");
        if (location > 0) {
            text = text.substring(0, location);
        }
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
