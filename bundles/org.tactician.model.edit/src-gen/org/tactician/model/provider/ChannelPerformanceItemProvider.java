/**
 */
package org.tactician.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.tactician.model.ChannelPerformance;
import org.tactician.model.TacticianPackage;

/**
 * This is the item provider adapter for a {@link org.tactician.model.ChannelPerformance} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ChannelPerformanceItemProvider extends PlanElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ChannelPerformanceItemProvider(AdapterFactory adapterFactory) {
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

			addChannelPropertyDescriptor(object);
			addSessionsPropertyDescriptor(object);
			addConversionRatePropertyDescriptor(object);
			addAverageOrderValuePropertyDescriptor(object);
			addRevenuePropertyDescriptor(object);
			addCostPropertyDescriptor(object);
			addNewCustomersPropertyDescriptor(object);
			addRetentionRatePropertyDescriptor(object);
			addNotesPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Channel feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addChannelPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ChannelPerformance_channel_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ChannelPerformance_channel_feature", "_UI_ChannelPerformance_type"),
				 TacticianPackage.Literals.CHANNEL_PERFORMANCE__CHANNEL,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Sessions feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSessionsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ChannelPerformance_sessions_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ChannelPerformance_sessions_feature", "_UI_ChannelPerformance_type"),
				 TacticianPackage.Literals.CHANNEL_PERFORMANCE__SESSIONS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Conversion Rate feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addConversionRatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ChannelPerformance_conversionRate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ChannelPerformance_conversionRate_feature", "_UI_ChannelPerformance_type"),
				 TacticianPackage.Literals.CHANNEL_PERFORMANCE__CONVERSION_RATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Average Order Value feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAverageOrderValuePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ChannelPerformance_averageOrderValue_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ChannelPerformance_averageOrderValue_feature", "_UI_ChannelPerformance_type"),
				 TacticianPackage.Literals.CHANNEL_PERFORMANCE__AVERAGE_ORDER_VALUE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Revenue feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRevenuePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ChannelPerformance_revenue_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ChannelPerformance_revenue_feature", "_UI_ChannelPerformance_type"),
				 TacticianPackage.Literals.CHANNEL_PERFORMANCE__REVENUE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Cost feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCostPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ChannelPerformance_cost_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ChannelPerformance_cost_feature", "_UI_ChannelPerformance_type"),
				 TacticianPackage.Literals.CHANNEL_PERFORMANCE__COST,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the New Customers feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNewCustomersPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ChannelPerformance_newCustomers_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ChannelPerformance_newCustomers_feature", "_UI_ChannelPerformance_type"),
				 TacticianPackage.Literals.CHANNEL_PERFORMANCE__NEW_CUSTOMERS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Retention Rate feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRetentionRatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ChannelPerformance_retentionRate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ChannelPerformance_retentionRate_feature", "_UI_ChannelPerformance_type"),
				 TacticianPackage.Literals.CHANNEL_PERFORMANCE__RETENTION_RATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Notes feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNotesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ChannelPerformance_notes_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ChannelPerformance_notes_feature", "_UI_ChannelPerformance_type"),
				 TacticianPackage.Literals.CHANNEL_PERFORMANCE__NOTES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns ChannelPerformance.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/ChannelPerformance"));
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
		String label = ((ChannelPerformance)object).getId();
		return label == null || label.length() == 0 ?
			getString("_UI_ChannelPerformance_type") :
			getString("_UI_ChannelPerformance_type") + " " + label;
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

		switch (notification.getFeatureID(ChannelPerformance.class)) {
			case TacticianPackage.CHANNEL_PERFORMANCE__SESSIONS:
			case TacticianPackage.CHANNEL_PERFORMANCE__CONVERSION_RATE:
			case TacticianPackage.CHANNEL_PERFORMANCE__AVERAGE_ORDER_VALUE:
			case TacticianPackage.CHANNEL_PERFORMANCE__REVENUE:
			case TacticianPackage.CHANNEL_PERFORMANCE__COST:
			case TacticianPackage.CHANNEL_PERFORMANCE__NEW_CUSTOMERS:
			case TacticianPackage.CHANNEL_PERFORMANCE__RETENTION_RATE:
			case TacticianPackage.CHANNEL_PERFORMANCE__NOTES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
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
	}

}
