package org.tactician.samples.generator;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.tactician.model.PlanElement;
import org.tactician.model.TacticianPackage;
import org.tactician.model.resource.PlanResource;

/**
 * Builds the sample plans and saves them through {@link PlanResource}: with {@code --write} into
 * the plans folder, with {@code --check} only compares and exits 1 when a committed file differs.
 */
public final class GenerateSamples {

    private GenerateSamples() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2 || !List.of("--write", "--check").contains(args[1])) {
            System.err.println("usage: GenerateSamples <plans-dir> --write|--check");
            System.exit(2);
        }
        TacticianPackage.eINSTANCE.eClass();
        Path dir = Path.of(args[0]);
        boolean write = args[1].equals("--write");
        int stale = 0;
        for (SampleBuilder sample : List.of(new FurnitureRetailerPlan(), new StarterPlan(), new ArabicPlan(),
                new NeedsWorkPlan())) {
            sample.build();
            byte[] bytes = save(sample);
            Path file = dir.resolve(sample.fileName());
            boolean same = Files.exists(file) && Arrays.equals(Files.readAllBytes(file), bytes);
            if (write && !same) {
                Files.createDirectories(dir);
                Files.write(file, bytes);
            }
            if (!same) {
                stale++;
            }
            System.out.printf("%-24s %6d elements %8d bytes  %s%n", sample.fileName(), count(sample), bytes.length,
                    same ? "unchanged" : write ? "written" : "DIFFERS");
        }
        if (!write && stale > 0) {
            System.exit(1);
        }
    }

    private static byte[] save(SampleBuilder sample) throws IOException {
        checkElements(sample);
        PlanResource resource = new PlanResource(URI.createURI("samples/" + sample.fileName()));
        // Attach the finished tree only now: PlanResource gives any element still without an id a random one.
        resource.getContents().add(sample.plan);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        resource.save(out, null);
        byte[] bytes = out.toByteArray();

        // The committed file must be a fixed point of load + save.
        PlanResource reloaded = new PlanResource(URI.createURI("samples/" + sample.fileName()));
        reloaded.load(new ByteArrayInputStream(bytes), null);
        if (!reloaded.getErrors().isEmpty() || !reloaded.getWarnings().isEmpty()) {
            throw new IllegalStateException(sample.fileName() + ": " + reloaded.getErrors() + reloaded.getWarnings());
        }
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        reloaded.save(again, null);
        if (!Arrays.equals(bytes, again.toByteArray())) {
            throw new IllegalStateException(sample.fileName() + ": load + save is not byte-identical");
        }
        return bytes;
    }

    /** Every element has the id the builder gave it, and all text is NFC. */
    private static void checkElements(SampleBuilder sample) {
        for (Iterator<EObject> it = EcoreUtil.getAllContents(List.of(sample.plan)); it.hasNext();) {
            EObject object = it.next();
            if (object instanceof PlanElement element && element.getId() == null) {
                throw new IllegalStateException(sample.fileName() + ": an element without id: " + object);
            }
            for (EAttribute attribute : object.eClass().getEAllAttributes()) {
                if (attribute.getEAttributeType().getInstanceClass() == String.class && !attribute.isMany()) {
                    String text = (String) object.eGet(attribute);
                    if (text != null && !Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
                        throw new IllegalStateException(sample.fileName() + ": not NFC: " + text);
                    }
                }
            }
        }
    }

    private static int count(SampleBuilder sample) {
        int count = 1;
        for (Iterator<EObject> it = sample.plan.eAllContents(); it.hasNext(); it.next()) {
            count++;
        }
        return count;
    }
}
