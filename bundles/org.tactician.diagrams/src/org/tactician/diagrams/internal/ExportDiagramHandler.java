package org.tactician.diagrams.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.utils.MessageActionUtil;
import org.tactician.model.resource.AtomicFiles;

import com.google.inject.Inject;

/**
 * Writes an exported diagram beside the plan — {@code <plan>-tows.svg} or {@code .png} — atomically.
 * Only an SVG document or PNG bytes are accepted, within a size no real diagram reaches.
 */
public class ExportDiagramHandler extends AbstractActionHandler<ExportDiagramAction> {

    static final int MAX_CHARS = 64 * 1024 * 1024;
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @Inject
    protected PlanDiagram diagram;

    @Override
    protected List<Action> executeAction(ExportDiagramAction action) {
        Path planFile = diagram.source().planFile();
        if (planFile == null) {
            return List.of(MessageActionUtil.warn(DiagramTexts.get("notice.saveBeforeExport")));
        }
        String format = action.getFormat();
        String data = action.getData();
        if (data == null || data.length() > MAX_CHARS || !("svg".equals(format) || "png".equals(format))) {
            return List.of(MessageActionUtil.error(DiagramTexts.get("notice.exportNotDiagram")));
        }
        byte[] content;
        if ("svg".equals(format)) {
            String svg = data.strip();
            if (!svg.startsWith("<svg") && !svg.startsWith("<?xml")) {
                return List.of(MessageActionUtil.error(DiagramTexts.get("notice.exportNotSvg")));
            }
            content = (svg.startsWith("<?xml") ? svg : "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg)
                    .getBytes(StandardCharsets.UTF_8);
        } else {
            try {
                content = Base64.getDecoder().decode(data);
            } catch (IllegalArgumentException e) {
                return List.of(MessageActionUtil.error(DiagramTexts.get("notice.exportNotBase64")));
            }
            if (content.length < PNG_SIGNATURE.length
                    || !java.util.Arrays.equals(content, 0, PNG_SIGNATURE.length, PNG_SIGNATURE, 0, PNG_SIGNATURE.length)) {
                return List.of(MessageActionUtil.error(DiagramTexts.get("notice.exportNotPng")));
            }
        }
        Path target = exportFile(planFile, diagram.diagramType(), format);
        try {
            AtomicFiles.replace(target, content, false);
        } catch (IOException e) {
            return List.of(MessageActionUtil.error(DiagramTexts.get("notice.exportFailed", target, e.getMessage())));
        }
        return List.of(MessageActionUtil.info(DiagramTexts.get("notice.exported", target.getFileName())));
    }

    /** {@code <folder>/<plan name>-<diagram>.<format>}, e.g. {@code furniture-retailer-tows.svg}. */
    public static Path exportFile(Path planFile, String diagramType, String format) {
        String name = planFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String diagram = diagramType.startsWith("tactician-") ? diagramType.substring("tactician-".length()) : diagramType;
        return planFile.resolveSibling(base + "-" + diagram + "." + format);
    }
}
