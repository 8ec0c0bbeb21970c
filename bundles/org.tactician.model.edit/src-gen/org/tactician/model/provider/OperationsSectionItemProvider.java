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

import org.tactician.model.OperationsSection;
import org.tactician.model.TacticianFactory;
import org.tactician.model.TacticianPackage;

/**
 * This is the item provider adapter for a {@link org.tactician.model.OperationsSection} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class OperationsSectionItemProvider extends PlanElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OperationsSectionItemProvider(AdapterFactory adapterFactory) {
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
			childrenFeatures.add(TacticianPackage.Literals.OPERATIONS_SECTION__QUARTERLY_OBJECTIVES);
			childrenFeatures.add(TacticianPackage.Literals.OPERATIONS_SECTION__MONTHLY_OBJECTIVES);
			childrenFeatures.add(TacticianPackage.Literals.OPERATIONS_SECTION__EDITORIAL_CALENDAR);
			childrenFeatures.add(TacticianPackage.Literals.OPERATIONS_SECTION__ADVERTISING_CALENDAR);
			childrenFeatures.add(TacticianPackage.Literals.OPERATIONS_SECTION__DEM_CALENDAR);
			childrenFeatures.add(TacticianPackage.Literals.OPERATIONS_SECTION__AUTOMATION_PLAN);
			childrenFeatures.add(TacticianPackage.Literals.OPERATIONS_SECTION__CRO_PLAN);
			childrenFeatures.add(TacticianPackage.Literals.OPERATIONS_SECTION__LOYALTY_PLAN);
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
	 * This returns OperationsSection.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/OperationsSection"));
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
		String label = ((OperationsSection)object).getId();
		return label == null || label.length() == 0 ?
			getString("_UI_OperationsSection_type") :
			getString("_UI_OperationsSection_type") + " " + label;
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

		switch (notification.getFeatureID(OperationsSection.class)) {
			case TacticianPackage.OPERATIONS_SECTION__CALENDARS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case TacticianPackage.OPERATIONS_SECTION__QUARTERLY_OBJECTIVES:
			case TacticianPackage.OPERATIONS_SECTION__MONTHLY_OBJECTIVES:
			case TacticianPackage.OPERATIONS_SECTION__EDITORIAL_CALENDAR:
			case TacticianPackage.OPERATIONS_SECTION__ADVERTISING_CALENDAR:
			case TacticianPackage.OPERATIONS_SECTION__DEM_CALENDAR:
			case TacticianPackage.OPERATIONS_SECTION__AUTOMATION_PLAN:
			case TacticianPackage.OPERATIONS_SECTION__CRO_PLAN:
			case TacticianPackage.OPERATIONS_SECTION__LOYALTY_PLAN:
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
				(TacticianPackage.Literals.OPERATIONS_SECTION__QUARTERLY_OBJECTIVES,
				 TacticianFactory.eINSTANCE.createQuarterlyObjective()));

		newChildDescriptors.add
			(createChildParameter
				(TacticianPackage.Literals.OPERATIONS_SECTION__MONTHLY_OBJECTIVES,
				 TacticianFactory.eINSTANCE.createMonthlyObjective()));

		newChildDescriptors.add
			(createChildParameter
				(TacticianPackage.Literals.OPERATIONS_SECTION__EDITORIAL_CALENDAR,
				 TacticianFactory.eINSTANCE.createEditorialCalendar()));

		newChildDescriptors.add
			(createChildParameter
				(TacticianPackage.Literals.OPERATIONS_SECTION__ADVERTISING_CALENDAR,
				 TacticianFactory.eINSTANCE.createAdvertisingCalendar()));

		newChildDescriptors.add
			(createChildParameter
				(TacticianPackage.Literals.OPERATIONS_SECTION__DEM_CALENDAR,
				 TacticianFactory.eINSTANCE.createDemCalendar()));

		newChildDescriptors.add
			(createChildParameter
				(TacticianPackage.Literals.OPERATIONS_SECTION__AUTOMATION_PLAN,
				 TacticianFactory.eINSTANCE.createAutomationPlan()));

		newChildDescriptors.add
			(createChildParameter
				(TacticianPackage.Literals.OPERATIONS_SECTION__CRO_PLAN,
				 TacticianFactory.eINSTANCE.createCroPlan()));

		newChildDescriptors.add
			(createChildParameter
				(TacticianPackage.Literals.OPERATIONS_SECTION__LOYALTY_PLAN,
				 TacticianFactory.eINSTANCE.createLoyaltyPlan()));
	}

}
