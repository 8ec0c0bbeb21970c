package org.tactician.diagrams.ui.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.commands.IParameterValues;
import org.tactician.diagrams.ui.DiagramType;

/** The values of the Open Diagram command's parameter: the registered diagram types, by name. */
public final class DiagramTypeValues implements IParameterValues {

    @Override
    public Map<String, String> getParameterValues() {
        Map<String, String> values = new LinkedHashMap<>();
        for (DiagramType type : DiagramTypes.all()) {
            values.put(type.name(), type.id());
        }
        return values;
    }
}
