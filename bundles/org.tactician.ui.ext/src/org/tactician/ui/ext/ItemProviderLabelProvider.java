package org.tactician.ui.ext;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/** Labels and icons from the item providers of an adapter factory. */
public class ItemProviderLabelProvider extends LabelProvider {

    private final AdapterFactory adapterFactory;

    /** Labels from the item providers of {@code adapterFactory}. */
    public ItemProviderLabelProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public String getText(Object element) {
        IItemLabelProvider provider = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
        return provider != null ? provider.getText(element) : element == null ? "" : element.toString();
    }

    @Override
    public Image getImage(Object element) {
        IItemLabelProvider provider = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
        return provider == null ? null : ItemImages.get(provider.getImage(element));
    }

    /** The item providers' adapter factory. */
    protected AdapterFactory adapterFactory() {
        return adapterFactory;
    }
}
