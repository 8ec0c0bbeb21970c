package org.tactician.diagrams.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.ISelectionService;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;
import org.eclipse.ui.menus.IWorkbenchContribution;
import org.eclipse.ui.services.IServiceLocator;
import org.tactician.diagrams.ui.DiagramEditors;
import org.tactician.diagrams.ui.DiagramType;

/**
 * "Open TOWS matrix" and the like, one item per registered diagram type: in the Navigate menu
 * every type; in the context menus of the Outline and the Project Explorer ({@code :selection} in
 * plugin.xml) the types that show the selected element, or every type for a plan file or the plan
 * itself. So a new diagram type needs no menu entries of its own.
 */
public final class OpenDiagramItems extends CompoundContributionItem implements IWorkbenchContribution, IExecutableExtension {

    private IServiceLocator services;
    private boolean forSelection;

    @Override
    public void initialize(IServiceLocator serviceLocator) {
        services = serviceLocator;
    }

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        forSelection = "selection".equals(data);
    }

    @Override
    protected IContributionItem[] getContributionItems() {
        if (services == null) {
            return new IContributionItem[0];
        }
        PlanTarget target = null;
        if (forSelection) {
            ISelectionService selectionService = services.getService(ISelectionService.class);
            ISelection selection = selectionService == null ? null : selectionService.getSelection();
            target = PlanTarget.of(selection, null);
            if (target == null) {
                return new IContributionItem[0];
            }
        }
        List<IContributionItem> items = new ArrayList<>();
        for (DiagramType type : DiagramTypes.all()) {
            if (target != null && target.element() != null && target.element().eContainer() != null
                    && !type.shows(target.element())) {
                continue;
            }
            CommandContributionItemParameter parameter = new CommandContributionItemParameter(services,
                    getId() + "." + type.id(), DiagramEditors.OPEN_COMMAND, CommandContributionItem.STYLE_PUSH);
            parameter.label = NLS.bind(Messages.open_item, type.name());
            parameter.tooltip = type.description();
            parameter.icon = type.icon();
            parameter.parameters = Map.of(DiagramEditors.TYPE_PARAMETER, type.id());
            items.add(new CommandContributionItem(parameter));
        }
        return items.toArray(IContributionItem[]::new);
    }
}
