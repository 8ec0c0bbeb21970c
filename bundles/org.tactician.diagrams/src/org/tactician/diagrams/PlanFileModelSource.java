package org.tactician.diagrams;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.tactician.model.MarketingPlan;
import org.tactician.model.edit.PlanItemProviderAdapterFactory;
import org.tactician.model.resource.PlanFiles;
import org.tactician.model.resource.PlanLoadException;

/**
 * A plan file opened on its own, with an editing domain of its own: for diagrams outside the
 * workbench (tests, benchmarks, a plain browser). In the workbench the plan editor's editing
 * session is the source instead.
 */
public final class PlanFileModelSource implements DiagramModelSource {

    private final Path file;
    private final AdapterFactoryEditingDomain domain;
    private final MarketingPlan plan;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    /** Loads {@code file} (see {@link PlanFiles#load(Path)} for the errors). */
    public PlanFileModelSource(Path file) throws PlanLoadException {
        this.file = file.toAbsolutePath();
        this.domain = new AdapterFactoryEditingDomain(new PlanItemProviderAdapterFactory(), new BasicCommandStack(),
                PlanFiles.newResourceSet());
        this.plan = PlanFiles.load(this.file, domain.getResourceSet());
    }

    @Override
    public EditingDomain editingDomain() {
        return domain;
    }

    @Override
    public MarketingPlan plan() {
        return plan;
    }

    @Override
    public Path planFile() {
        return file;
    }

    @Override
    public boolean isDirty() {
        return ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
    }

    @Override
    public void save() throws IOException {
        exclusive(() -> {
            try {
                PlanFiles.save(plan, file);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
            return null;
        });
        listeners.forEach(Listener::saved);
    }

    @Override
    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }
}
