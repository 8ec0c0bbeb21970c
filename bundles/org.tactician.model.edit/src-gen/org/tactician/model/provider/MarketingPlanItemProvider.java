/**
 */
package org.tactician.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.tactician.model.MarketingPlan;
import org.tactician.model.TacticianFactory;
import org.tactician.model.TacticianPackage;

/**
 * This is the item provider adapter for a {@link org.tactician.model.MarketingPlan} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class MarketingPlanItemProvider extends NamedElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MarketingPlanItemProvider(AdapterFactory adapterFactory) {
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

			addStartPropertyDescriptor(object);
			addEndPropertyDescriptor(object);
			addBrandPropertyDescriptor(object);
			addCurrencyPropertyDescriptor(object);
			addLanguagePropertyDescriptor(object);
			addAuthorPropertyDescriptor(object);
			addOwnerPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Start feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStartPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Scheduled_start_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Scheduled_start_feature", "_UI_Scheduled_type"),
				 TacticianPackage.Literals.SCHEDULED__START,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the End feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEndPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Scheduled_end_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Scheduled_end_feature", "_UI_Scheduled_type"),
				 TacticianPackage.Literals.SCHEDULED__END,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Brand feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBrandPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MarketingPlan_brand_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MarketingPlan_brand_feature", "_UI_MarketingPlan_type"),
				 TacticianPackage.Literals.MARKETING_PLAN__BRAND,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Currency feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCurrencyPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MarketingPlan_currency_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MarketingPlan_currency_feature", "_UI_MarketingPlan_type"),
				 TacticianPackage.Literals.MARKETING_PLAN__CURRENCY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Language feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLanguagePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MarketingPlan_language_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MarketingPlan_language_feature", "_UI_MarketingPlan_type"),
				 TacticianPackage.Literals.MARKETING_PLAN__LANGUAGE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Author feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAuthorPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MarketingPlan_author_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MarketingPlan_author_feature", "_UI_MarketingPlan_type"),
				 TacticianPackage.Literals.MARKETING_PLAN__AUTHOR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Owner feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOwnerPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MarketingPlan_owner_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MarketingPlan_owner_feature", "_UI_MarketingPlan_type"),
				 TacticianPackage.Literals.MARKETING_PLAN__OWNER,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
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
			childrenFeatures.add(TacticianPackage.Literals.MARKETING_PLAN__TEAM);
			childrenFeatures.add(TacticianPackage.Literals.MARKETING_PLAN__CHANNELS);
			childrenFeatures.add(TacticianPackage.Literals.MARKETING_PLAN__OPPORTUNITY);
			childrenFeatures.add(TacticianPackage.Literals.MARKETING_PLAN__STRATEGY);
			childrenFeatures.add(TacticianPackage.Literals.MARKETING_PLAN__ACTION);
			childrenFeatures.add(TacticianPackage.Literals.MARKETING_PLAN__OPERATIONS);
			childrenFeatures.add(TacticianPackage.Literals.MARKETING_PLAN__JOURNEYS);
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
	 * This returns MarketingPlan.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/MarketingPlan"));
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
		String label = ((MarketingPlan)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_MarketingPlan_type") :
			getString("_UI_MarketingPlan_type") + " " + label;
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

		switch (notification.getFeatureID(MarketingPlan.class)) {
			case TacticianPackage.MARKETING_PLAN__START:
			case TacticianPackage.MARKETING_PLAN__END:
			case TacticianPackage.MARKETING_PLAN__BRAND:
			case TacticianPackage.MARKETING_PLAN__CURRENCY:
			case TacticianPackage.MARKETING_PLAN__LANGUAGE:
			case TacticianPackage.MARKETING_PLAN__AUTHOR:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case TacticianPackage.MARKETING_PLAN__TEAM:
			case TacticianPackage.MARKETING_PLAN__CHANNELS:
			case TacticianPackage.MARKETING_PLAN__OPPORTUNITY:
			case TacticianPackage.MARKETING_PLAN__STRATEGY:
			case TacticianPackage.MARKETING_PLAN__ACTION:
			case TacticianPackage.MARKETING_PLAN__OPERATIONS:
			case TacticianPackage.MARKETING_PLAN__JOURNEYS:
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
				(TacticianPackage.Literals.MARKETING_PLAN__TEAM,
				 TacticianFactory.eINSTANCE.createTeamMember()));

		newChildDescriptors.add
			(createChildParameter
				(TacticianPackage.Literals.MARKETING_PLAN__CHANNELS,
				 TacticianFactory.eINSTANCE.createChannel()));

		newChildDescriptors.add
			(createChildParameter
				(TacticianPackage.Literals.MARKETING_PLAN__OPPORTUNITY,
				 TacticianFactory.eINSTANCE.createOpportunitySection()));

		newChildDescriptors.add
			(createChildParameter
				(TacticianPackage.Literals.MARKETING_PLAN__STRATEGY,
				 TacticianFactory.eINSTANCE.createStrategySection()));

		newChildDescriptors.add
			(createChildParameter
				(TacticianPackage.Literals.MARKETING_PLAN__ACTION,
				 TacticianFactory.eINSTANCE.createActionSection()));

		newChildDescriptors.add
			(createChildParameter
				(TacticianPackage.Literals.MARKETING_PLAN__OPERATIONS,
				 TacticianFactory.eINSTANCE.createOperationsSection()));

		newChildDescriptors.add
			(createChildParameter
				(TacticianPackage.Literals.MARKETING_PLAN__JOURNEYS,
				 TacticianFactory.eINSTANCE.createCustomerJourney()));
	}

}
