package org.tactician.codegen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenClass;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Regenerates the EMF model and edit code of the plan metamodel headless, or checks that the
 * committed code is up to date.
 *
 * <p>The generator always writes into a fresh scratch workspace; only the files it owns
 * ({@code src-gen/} and {@code plugin.properties} of both bundles, and the reloaded
 * {@code .genmodel}) are then compared with, or copied over, the repository. Hand-maintained
 * files (MANIFEST.MF, build.properties, plugin.xml, icons) are never touched, and code in
 * {@code src-gen/} for removed model elements is deleted.
 *
 * <pre>
 * Regenerate --root &lt;repository&gt; [--write | --check]
 * </pre>
 * With {@code --check}, nothing in the repository changes; exit status 1 lists the stale files.
 */
public final class Regenerate {

    private static final String MODEL_PROJECT = "org.tactician.model";
    private static final String EDIT_PROJECT = "org.tactician.model.edit";
    private static final String GENMODEL_PATH = "model/tactician.genmodel";
    private static final String ECORE_PATH = "model/tactician.ecore";
    /** Files under each bundle that the generator owns; everything else is hand-maintained. */
    private static final List<String> OWNED = List.of("src-gen", "plugin.properties");
    /** Copied into the scratch workspace so that the generator reads bundle name and vendor. */
    private static final List<String> INPUTS = List.of("META-INF/MANIFEST.MF");

    private Regenerate() {
    }

    public static void main(String[] args) throws Exception {
        Path root = null;
        boolean check = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--root" -> root = Path.of(args[++i]);
                case "--check" -> check = true;
                case "--write" -> check = false;
                default -> usage("unknown argument " + args[i]);
            }
        }
        if (root == null) {
            usage("--root is required");
        }
        root = root.toAbsolutePath().normalize();
        // The templates read the separator at generation time: same bytes on every OS.
        System.setProperty("line.separator", "\n");
        System.exit(run(root, check));
    }

    private static void usage(String problem) {
        System.err.println("codegen: " + problem);
        System.err.println("usage: Regenerate --root <repository> [--write | --check]");
        System.exit(2);
    }

    static int run(Path root, boolean check) throws IOException {
        Map<String, Path> bundles = new LinkedHashMap<>();
        bundles.put(MODEL_PROJECT, root.resolve("bundles").resolve(MODEL_PROJECT));
        bundles.put(EDIT_PROJECT, root.resolve("bundles").resolve(EDIT_PROJECT));
        Path genModelFile = bundles.get(MODEL_PROJECT).resolve(GENMODEL_PATH);

        Path scratch = Files.createTempDirectory("tactician-codegen");
        try {
            Map<String, Path> scratchBundles = new LinkedHashMap<>();
            for (Map.Entry<String, Path> bundle : bundles.entrySet()) {
                Path copy = scratch.resolve(bundle.getKey());
                Files.createDirectories(copy);
                for (String input : INPUTS) {
                    Path source = bundle.getValue().resolve(input);
                    if (Files.isRegularFile(source)) {
                        Files.createDirectories(copy.resolve(input).getParent());
                        Files.copy(source, copy.resolve(input));
                    }
                }
                scratchBundles.put(bundle.getKey(), copy);
                // Gotcha: the genmodel's "/project/src-gen" paths resolve through the platform resource map.
                EcorePlugin.getPlatformResourceMap().put(bundle.getKey(), URI.createFileURI(copy + "/"));
            }

            ResourceSet resourceSet = newResourceSet();
            GenModel genModel = reload(resourceSet, genModelFile, bundles.get(MODEL_PROJECT).resolve(ECORE_PATH));
            byte[] genModelBytes = save(genModel);

            generate(genModel);

            List<String> stale = new ArrayList<>();
            if (!Arrays.equals(genModelBytes, readOrEmpty(genModelFile))) {
                stale.add(root.relativize(genModelFile).toString());
                if (!check) {
                    Files.write(genModelFile, genModelBytes);
                }
            }
            for (Map.Entry<String, Path> bundle : bundles.entrySet()) {
                stale.addAll(sync(root, scratchBundles.get(bundle.getKey()), bundle.getValue(), check));
            }
            List<String> missingIcons = missingIcons(root, bundles.get(EDIT_PROJECT), genModel);

            if (check) {
                stale.addAll(missingIcons);
                if (stale.isEmpty()) {
                    System.out.println("codegen: generated code is up to date");
                    return 0;
                }
                System.out.println("codegen: generated code is stale against the .ecore; run the regenerate command. Stale files:");
                stale.forEach(path -> System.out.println("  " + path));
                return 1;
            }
            System.out.println(stale.isEmpty() ? "codegen: nothing changed" : "codegen: updated " + stale.size() + " file(s)");
            stale.forEach(path -> System.out.println("  " + path));
            missingIcons.forEach(path -> System.err.println("codegen: warning: " + path));
            return 0;
        } finally {
            deleteTree(scratch);
        }
    }

    private static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
        factories.put("ecore", new EcoreResourceFactoryImpl());
        factories.put("genmodel", new EcoreResourceFactoryImpl());
        resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        return resourceSet;
    }

    /**
     * What the IDE's "Reload" does: a fresh genmodel initialised from the .ecore, reconciled with
     * the old one so its settings survive (reconcile alone would miss new features).
     */
    private static GenModel reload(ResourceSet resourceSet, Path genModelFile, Path ecoreFile) {
        URI genModelUri = URI.createFileURI(genModelFile.toString());
        Resource oldResource = resourceSet.getResource(genModelUri, true);
        GenModel old = (GenModel) oldResource.getContents().get(0);
        Resource ecoreResource = resourceSet.getResource(URI.createFileURI(ecoreFile.toString()), true);
        EcoreUtil.resolveAll(resourceSet);
        failOnErrors("loading " + ecoreFile, ecoreResource);

        List<EPackage> ePackages = new ArrayList<>();
        for (Object content : ecoreResource.getContents()) {
            if (content instanceof EPackage ePackage) {
                ePackages.add(ePackage);
            }
        }
        // Replace the old resource by the new one under the same URI, so that hrefs stay relative.
        resourceSet.getResources().remove(oldResource);
        Resource freshResource = resourceSet.createResource(genModelUri);
        GenModel fresh = GenModelFactory.eINSTANCE.createGenModel();
        freshResource.getContents().add(fresh);
        fresh.initialize(ePackages);
        fresh.reconcile(old);
        fresh.getForeignModel().clear();
        fresh.getForeignModel().addAll(old.getForeignModel());
        fresh.setImporterID(old.getImporterID());
        fresh.setCanGenerate(true);

        Diagnostic diagnostic = fresh.diagnose();
        if (diagnostic.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException("invalid genmodel: " + describe(diagnostic));
        }
        return fresh;
    }

    private static byte[] save(GenModel genModel) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Map<String, Object> options = Map.of(
                XMLResource.OPTION_ENCODING, "UTF-8",
                XMLResource.OPTION_LINE_WIDTH, 100);
        genModel.eResource().save(bytes, options);
        return bytes.toByteArray();
    }

    private static void generate(GenModel genModel) {
        Generator generator = new Generator();
        // Gotcha: without this registration generation reports OK and writes nothing.
        generator.getAdapterFactoryDescriptorRegistry()
                .addDescriptor(GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
        generator.setInput(genModel);
        for (String type : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
            Diagnostic diagnostic = generator.generate(genModel, type, new BasicMonitor());
            if (diagnostic.getSeverity() == Diagnostic.ERROR) {
                throw new IllegalStateException("generation of " + type + " failed: " + describe(diagnostic));
            }
            if (diagnostic.getSeverity() == Diagnostic.WARNING) {
                System.err.println("codegen: warning: " + describe(diagnostic));
            }
        }
    }

    /** Compares (and unless checking, copies) the generator-owned files of one bundle; returns the paths that differ. */
    private static List<String> sync(Path root, Path generated, Path bundle, boolean check) throws IOException {
        List<String> changed = new ArrayList<>();
        for (String owned : OWNED) {
            Map<String, byte[]> expected = files(generated.resolve(owned));
            Map<String, byte[]> actual = files(bundle.resolve(owned));
            TreeSet<String> paths = new TreeSet<>(expected.keySet());
            paths.addAll(actual.keySet());
            for (String relative : paths) {
                byte[] want = expected.get(relative);
                if (want != null && (relative.isEmpty() ? owned : relative).endsWith(".properties")) {
                    want = normaliseProperties(want);
                }
                byte[] have = actual.get(relative);
                if (Arrays.equals(want, have)) {
                    continue;
                }
                Path target = relative.isEmpty() ? bundle.resolve(owned) : bundle.resolve(owned).resolve(relative);
                changed.add(root.relativize(target) + (want == null ? " (obsolete)" : have == null ? " (missing)" : ""));
                if (check) {
                    continue;
                }
                if (want == null) {
                    Files.delete(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.write(target, want);
                }
            }
            if (!check) {
                deleteEmptyDirectories(bundle.resolve(owned));
            }
        }
        return changed;
    }

    /** The generator writes a placeholder vendor and a comment-only header; keep the file meaningful. */
    private static byte[] normaliseProperties(byte[] content) {
        String text = new String(content, StandardCharsets.ISO_8859_1);
        text = text.replaceFirst("(?m)^#\\R\\R", "# Generated from tactician.genmodel: do not edit, run the codegen (see README).\n\n");
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Every concrete class needs its 16 px icon, or its item provider fails to find an image. */
    private static List<String> missingIcons(Path root, Path editBundle, GenModel genModel) {
        List<String> missing = new ArrayList<>();
        for (GenPackage genPackage : genModel.getGenPackages()) {
            for (GenClass genClass : genPackage.getGenClasses()) {
                if (genClass.isAbstract() || genClass.isInterface()) {
                    continue;
                }
                Path icon = editBundle.resolve("icons/full/obj16/" + genClass.getName() + ".gif");
                if (!Files.isRegularFile(icon)) {
                    missing.add(root.relativize(icon) + " (missing icon: run releng/icons/make-icons.py)");
                }
            }
        }
        return missing;
    }

    /** Files under a path keyed by relative path ("" when the path is a file itself). */
    private static Map<String, byte[]> files(Path base) throws IOException {
        Map<String, byte[]> result = new TreeMap<>();
        if (Files.isRegularFile(base)) {
            result.put("", Files.readAllBytes(base));
        } else if (Files.isDirectory(base)) {
            try (Stream<Path> walk = Files.walk(base)) {
                for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                    result.put(base.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                }
            }
        }
        return result;
    }

    private static byte[] readOrEmpty(Path file) throws IOException {
        return Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
    }

    private static void failOnErrors(String what, Resource resource) {
        if (!resource.getErrors().isEmpty()) {
            throw new IllegalStateException(what + ": " + resource.getErrors());
        }
    }

    private static String describe(Diagnostic diagnostic) {
        StringBuilder text = new StringBuilder(String.valueOf(diagnostic.getMessage()));
        for (Diagnostic child : diagnostic.getChildren()) {
            text.append("\n  ").append(describe(child));
        }
        return text.toString();
    }

    private static void deleteEmptyDirectories(Path base) throws IOException {
        if (!Files.isDirectory(base)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(base)) {
            for (Path dir : walk.filter(Files::isDirectory).sorted(Comparator.reverseOrder()).toList()) {
                if (!dir.equals(base)) {
                    try (Stream<Path> entries = Files.list(dir)) {
                        if (entries.findAny().isEmpty()) {
                            Files.delete(dir);
                        }
                    }
                }
            }
        }
    }

    private static void deleteTree(Path base) {
        try (Stream<Path> walk = Files.walk(base)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
