package org.tactician.model.resource;

import java.util.HashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.tactician.model.PlanElement;

/**
 * An XMI resource holding one marketing plan ({@code .mplan}): UTF-8, references written as the
 * target's id, LF line ends on every OS, and every element given a stable id when it enters the
 * resource without one.
 */
public class PlanResource extends XMIResourceImpl {

    /** File extension of plan files. */
    public static final String FILE_EXTENSION = "mplan";

    /** Creates a plan resource for {@code uri}. */
    public PlanResource(URI uri) {
        super(uri);
        // Fields, not the getters: ResourceImpl reads the fields directly when saving.
        defaultSaveOptions = new HashMap<>();
        defaultSaveOptions.put(XMLResource.OPTION_ENCODING, "UTF-8");
        defaultSaveOptions.put(Resource.OPTION_LINE_DELIMITER, "\n");
        defaultSaveOptions.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
        defaultLoadOptions = new HashMap<>();
        defaultLoadOptions.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
    }

    @Override
    protected boolean useIDs() {
        return true;
    }

    @Override
    protected void attachedHelper(EObject eObject) {
        // Ids come from the file while loading; new elements (created in an editor) get a fresh one.
        if (!isLoading() && eObject instanceof PlanElement element && element.getId() == null) {
            element.setId(EcoreUtil.generateUUID());
        }
        super.attachedHelper(eObject);
    }
}
