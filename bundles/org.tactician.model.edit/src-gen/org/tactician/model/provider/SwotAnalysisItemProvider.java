/**
 */
package org.tactician.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.tactician.model.SwotAnalysis;
import org.tactician.model.TacticianFactory;
import org.tactician.model.TacticianPackage;

/**
 * This is the item provider adapter for a {@link org.tactician.model.SwotAnalysis} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class SwotAnalysisItemProvider extends PlanElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SwotAnalysisItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

		}
		return itemPropertyDescriptors;
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(TacticianPackage.Literals.SWOT_ANALYSIS__ITEMS);
			childrenFeatures.add(TacticianPackage.Literals.SWOT_ANALYSIS__STRATEGIES);
			childrenFeatures.add(TacticianPackage.Literals.SWOT_ANALYSIS__KEY_ISSUES);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns SwotAnalysis.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/SwotAnalysis"));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage() {
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((SwotAnalysis)object).getId();
		return label == null || label.length() == 0 ?
			getString("_UI_SwotAnalysis_type") :
			getString("_UI_SwotAnalysis_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(SwotAnalysis.class)) {
			case TacticianPackage.SWOT_ANALYSIS__STRENGTHS:
			case TacticianPackage.SWOT_ANALYSIS__WEAKNESSES:
			case TacticianPackage.SWOT_ANALYSIS__OPPORTUNITIES:
			case TacticianPackage.SWOT_ANALYSIS__THREATS:
			case TacticianPackage.SWOT_ANALYSIS__SO_STRATEGIES:
			case TacticianPackage.SWOT_ANALYSIS__WO_STRATEGIES:
			case TacticianPackage.SWOT_ANALYSIS__ST_STRATEGIES:
			case TacticianPackage.SWOT_ANALYSIS__WT_STRATEGIES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case TacticianPackage.SWOT_ANALYSIS__ITEMS:
			case TacticianPackage.SWOT_ANALYSIS__STRATEGIES:
			case TacticianPackage.SWOT_ANALYSIS__KEY_ISSUES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(TacticianPackage.Literals.SWOT_ANALYSIS__ITEMS,
				 TacticianFactory.eINSTANCE.createSwotItem()));

		newChildDescriptors.add
			(createChildParameter
				(TacticianPackage.Literals.SWOT_ANALYSIS__STRATEGIES,
				 TacticianFactory.eINSTANCE.createTowsStrategy()));

		newChildDescriptors.add
			(createChildParameter
				(TacticianPackage.Literals.SWOT_ANALYSIS__KEY_ISSUES,
				 TacticianFactory.eINSTANCE.createKeyIssue()));
	}

}
