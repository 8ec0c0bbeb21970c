package org.tactician.diagrams.internal;

import org.eclipse.glsp.server.actions.Action;

/** From the client: the diagram as SVG text, or as a PNG in base64, to write beside the plan. */
public class ExportDiagramAction extends Action {

    public static final String KIND = "tacticianExportDiagram";

    private String format;
    private String data;

    public ExportDiagramAction() {
        super(KIND);
    }

    public ExportDiagramAction(String format, String data) {
        this();
        this.format = format;
        this.data = data;
    }

    /** {@code svg} or {@code png}. */
    public String getFormat() {
        return format;
    }

    public String getData() {
        return data;
    }
}
