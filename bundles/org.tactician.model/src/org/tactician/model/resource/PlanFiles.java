package org.tactician.model.resource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.tactician.model.MarketingPlan;
import org.tactician.model.TacticianPackage;
import org.tactician.model.internal.LoadProblems;

/**
 * The one way to open and save plan files, for the command line, the generators, the editors
 * and the tests alike. A plan either loads completely or not at all: any problem raises a
 * {@link PlanLoadException} naming the file, the line and what is wrong, and the half-read
 * resource is discarded.
 */
public final class PlanFiles {

    private PlanFiles() {
    }

    /**
     * A resource set that reads and writes {@code .mplan} files as {@link PlanResource}s, also
     * outside an Eclipse runtime (command line, tests).
     */
    public static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(TacticianPackage.eNS_URI, TacticianPackage.eINSTANCE);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put(PlanResource.FILE_EXTENSION, new PlanResourceFactory());
        return resourceSet;
    }

    /** Loads the plan in {@code file} into a new resource set. */
    public static MarketingPlan load(Path file) throws PlanLoadException {
        return load(file, newResourceSet());
    }

    /** Loads the plan in {@code file} into {@code resourceSet}. */
    public static MarketingPlan load(Path file, ResourceSet resourceSet) throws PlanLoadException {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new PlanLoadException(name, List.of(new PlanLoadException.Problem(0, 0,
                    Files.exists(file) ? "not a regular file" : "no such file")), null);
        }
        return load(URI.createFileURI(file.toAbsolutePath().toString()), name, resourceSet);
    }

    /**
     * Loads the plan at {@code uri} into {@code resourceSet}.
     *
     * @param displayName how to name the file in messages (e.g. its workspace path)
     */
    public static MarketingPlan load(URI uri, String displayName, ResourceSet resourceSet)
            throws PlanLoadException {
        Resource resource = new PlanResource(uri);
        resourceSet.getResources().add(resource);
        IOException failure = null;
        try {
            resource.load(resourceSet.getLoadOptions());
        } catch (IOException | RuntimeException e) {
            failure = e instanceof IOException io ? io : new IOException(e);
        }
        List<PlanLoadException.Problem> problems = new ArrayList<>(LoadProblems.of(resource, failure));
        MarketingPlan plan = null;
        if (problems.isEmpty()) {
            List<EObject> contents = resource.getContents();
            if (contents.size() == 1 && contents.get(0) instanceof MarketingPlan root) {
                plan = root;
            } else {
                problems.add(new PlanLoadException.Problem(0, 0, contents.isEmpty()
                        ? "the file holds no marketing plan"
                        : "the file must hold exactly one marketing plan as its root element"));
            }
        }
        if (plan == null) {
            // Never hand out a partial model: drop what was read.
            resource.unload();
            resourceSet.getResources().remove(resource);
            throw new PlanLoadException(displayName, problems, failure);
        }
        return plan;
    }

    /**
     * Saves {@code plan} into {@code file}: atomically, keeping the previous version as
     * {@code file + ".bak"}. A plan that is not in a resource yet is put into a new one.
     */
    public static void save(MarketingPlan plan, Path file) throws IOException {
        URI uri = URI.createFileURI(file.toAbsolutePath().toString());
        Resource resource = plan.eResource();
        if (resource == null) {
            resource = newResourceSet().createResource(uri);
            resource.getContents().add(plan);
        } else {
            resource.setURI(uri);
        }
        resource.save(Collections.emptyMap());
    }
}
