package org.tactician.model.resource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.tactician.model.PlanElement;
import org.tactician.model.PlanLabels;
import org.tactician.model.internal.IdIndex;
import org.tactician.model.internal.PlanMigration;
import org.tactician.model.internal.PlanReader;

/**
 * An XMI resource holding one marketing plan ({@code .mplan}): UTF-8, references written as the
 * target's id, LF line ends on every OS, and every element given a stable id when it enters the
 * resource without one.
 *
 * <p>Loading never reads a DOCTYPE or an external entity. Saving serialises the whole plan in
 * memory first and then replaces a local file atomically, keeping the previous version as
 * {@code <name>.mplan.bak}: a failed save never leaves a half-written plan behind.
 *
 * <p>Plans written by Tactician 0.1.0 (namespace {@value PlanMigration#LEGACY_NAMESPACE}) load
 * too: they are migrated to the current model in memory ({@link #migratedFrom()},
 * {@link #migrationNotes()}); the file itself is rewritten in the current format only when the plan
 * is saved.
 */
public class PlanResource extends XMIResourceImpl {

    /** File extension of plan files. */
    public static final String FILE_EXTENSION = "mplan";

    /** Suffix of the backup that a save keeps of the previous version of a plan file. */
    public static final String BACKUP_SUFFIX = ".bak";

    /**
     * Save option ({@link Boolean}, default {@code true}): keep the previous version of the file
     * as a backup next to it.
     */
    public static final String OPTION_KEEP_BACKUP = "org.tactician.model.keepBackup";

    /** The migration of the load in progress (or of the last load). */
    private PlanMigration migration = new PlanMigration();
    private List<String> migrationNotes = List.of();
    /** The trees just read are being attached; their ids are indexed already. */
    private boolean attachingRead;

    /** Creates a plan resource for {@code uri}. */
    public PlanResource(URI uri) {
        super(uri);
        // Fields, not the getters: ResourceImpl reads the fields directly when saving.
        defaultSaveOptions = new HashMap<>();
        defaultSaveOptions.put(XMLResource.OPTION_ENCODING, "UTF-8");
        defaultSaveOptions.put(Resource.OPTION_LINE_DELIMITER, "\n");
        defaultSaveOptions.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
        // References are ids: without this index every reference resolution scans the whole
        // plan. Loading fills it as it reads.
        setIntrinsicIDToEObjectMap(new IdIndex());
    }

    @Override
    protected boolean useIDs() {
        return true;
    }

    /**
     * Reads the file with {@link PlanReader} (the current format and 0.1.0's): one pass straight
     * into the model, every problem with its line and column in {@link #getErrors()}.
     *
     * @throws IOException the first problem, when there are any (all of them are in the errors)
     */
    @Override
    public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
        migration = new PlanMigration();
        migrationNotes = List.of();
        Map<String, EObject> ids = getIntrinsicIDToEObjectMap();
        if (ids == null) {
            ids = new IdIndex();
            setIntrinsicIDToEObjectMap(ids);
        }
        PlanReader.Reading reading = options != null && options.get(PlanReader.OPTION_READING) instanceof PlanReader.Reading chosen
                ? chosen
                : PlanReader.Reading.TOKENIZER_OR_PARSER;
        int chunk = options != null && options.get(PlanReader.OPTION_CHUNK) instanceof Integer bytes ? bytes : 64 * 1024;
        List<EObject> roots = PlanReader.read(inputStream, String.valueOf(getURI()), migration, ids, getErrors(), reading, chunk);
        // The reader indexed every id already: attach the trees without walking them again.
        attachingRead = true;
        try {
            getContents().addAll(roots);
        } finally {
            attachingRead = false;
        }
        if (getErrors().isEmpty()) {
            migration.migrate(this);
            migrationNotes = migration.notes();
        }
        if (!getErrors().isEmpty()) {
            throw new IOException(getErrors().get(0).getMessage());
        }
    }

    @Override
    protected boolean isAttachedDetachedHelperRequired() {
        return !(attachingRead && !isTrackingModification()) && super.isAttachedDetachedHelperRequired();
    }

    /**
     * The Tactician version whose plan format the loaded file was in, when it was migrated on
     * load (e.g. {@code "0.1.0"}); empty for a file in the current format.
     */
    public Optional<String> migratedFrom() {
        return migration.isLegacy() ? Optional.of(PlanMigration.LEGACY_VERSION) : Optional.empty();
    }

    /** What the migration of the loaded file changed, for the plan author; empty when it was current. */
    public List<String> migrationNotes() {
        return migrationNotes;
    }

    @Override
    protected void attachedHelper(EObject eObject) {
        // Ids come from the file while loading; new elements (created in an editor) get a fresh one.
        if (!isLoading() && eObject instanceof PlanElement element && element.getId() == null) {
            element.setId(EcoreUtil.generateUUID());
        }
        super.attachedHelper(eObject);
    }

    @Override
    public void save(Map<?, ?> options) throws IOException {
        // Serialise completely before touching the destination: a failure (e.g. a reference
        // to an element outside any plan) then leaves the user's file as it was.
        checkReferencesStayInside();
        ByteArrayOutputStream content = new ByteArrayOutputStream(64 * 1024);
        save(content, options);

        Path file = localFile();
        if (file != null) {
            AtomicFiles.replace(file, content.toByteArray(), keepBackup(options));
            setTimeStamp(file.toFile().lastModified());
        } else {
            try (OutputStream out = getURIConverter().createOutputStream(getURI(), options)) {
                content.writeTo(out);
            }
        }
    }

    /**
     * References are written as the target's id, so a reference to an element that is in no
     * resource would be saved without complaint and break the next load: refuse it here. Text
     * with a control character (other than tab and line breaks) cannot be stored in an XML 1.0
     * file at all: refuse it too, naming the element and the field, instead of failing halfway.
     */
    private void checkReferencesStayInside() throws IOException {
        for (Iterator<EObject> all = getAllContents(); all.hasNext();) {
            EObject element = all.next();
            checkText(element);
            for (EReference reference : element.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer() || reference.isDerived()
                        || reference.isTransient() || !element.eIsSet(reference)) {
                    continue;
                }
                Object value = element.eGet(reference, false);
                Collection<?> targets = reference.isMany() ? (Collection<?>) value : List.of(value);
                for (Object target : targets) {
                    if (target instanceof EObject object && !object.eIsProxy() && object.eResource() == null) {
                        throw new IOException(PlanLabels.capitalised(element) + " refers in '" + reference.getName()
                                + "' to " + PlanLabels.of(object) + ", which is not part of any plan;"
                                + " add it to the plan or remove the reference");
                    }
                }
            }
        }
    }

    private static void checkText(EObject element) throws IOException {
        for (EAttribute attribute : element.eClass().getEAllAttributes()) {
            if (attribute.getEAttributeType().getInstanceClass() != String.class || attribute.isTransient()
                    || attribute.isDerived() || !element.eIsSet(attribute)) {
                continue;
            }
            Object value = element.eGet(attribute);
            for (Object text : attribute.isMany() ? (Collection<?>) value : List.of(value)) {
                int bad = text == null ? -1 : firstUnstorableCharacter((String) text);
                if (bad >= 0) {
                    throw new IOException(PlanLabels.capitalised(element) + ": '" + attribute.getName()
                            + "' holds the control character U+" + String.format("%04X", bad)
                            + ", which a plan file cannot store; remove it");
                }
            }
        }
    }

    /** The first character XML 1.0 cannot carry (C0 controls but tab, LF, CR; U+FFFE, U+FFFF), or -1. */
    static int firstUnstorableCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
                return c;
            }
        }
        return -1;
    }

    /** The local file behind this resource's URI, or {@code null} when it has none. */
    private Path localFile() {
        URI local = CommonPlugin.asLocalURI(getURIConverter().normalize(getURI()));
        return local.isFile() ? Path.of(local.toFileString()) : null;
    }

    private boolean keepBackup(Map<?, ?> options) {
        Object keep = options != null && options.containsKey(OPTION_KEEP_BACKUP)
                ? options.get(OPTION_KEEP_BACKUP)
                : defaultSaveOptions.get(OPTION_KEEP_BACKUP);
        return !Boolean.FALSE.equals(keep);
    }
}
