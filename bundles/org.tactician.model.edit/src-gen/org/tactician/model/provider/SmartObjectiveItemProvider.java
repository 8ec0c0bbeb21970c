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

import org.tactician.model.SmartObjective;
import org.tactician.model.TacticianPackage;

/**
 * This is the item provider adapter for a {@link org.tactician.model.SmartObjective} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class SmartObjectiveItemProvider extends NamedElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SmartObjectiveItemProvider(AdapterFactory adapterFactory) {
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

			addMetricPropertyDescriptor(object);
			addForecastMeasurePropertyDescriptor(object);
			addKpiPropertyDescriptor(object);
			addBaselinePropertyDescriptor(object);
			addTargetPropertyDescriptor(object);
			addUnitPropertyDescriptor(object);
			addDeadlinePropertyDescriptor(object);
			addOwnerPropertyDescriptor(object);
			addRaceStagePropertyDescriptor(object);
			addScopePropertyDescriptor(object);
			addChannelsPropertyDescriptor(object);
			addSegmentsPropertyDescriptor(object);
			addMeasureKindPropertyDescriptor(object);
			addDirectionPropertyDescriptor(object);
			addStrategyPropertyDescriptor(object);
			addBusinessGoalPropertyDescriptor(object);
			addActivitiesPropertyDescriptor(object);
			addCampaignsPropertyDescriptor(object);
			addCalendarEntriesPropertyDescriptor(object);
			addQuarterlyObjectivesPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Metric feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMetricPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SmartObjective_metric_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SmartObjective_metric_feature", "_UI_SmartObjective_type"),
				 TacticianPackage.Literals.SMART_OBJECTIVE__METRIC,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Forecast Measure feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addForecastMeasurePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SmartObjective_forecastMeasure_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SmartObjective_forecastMeasure_feature", "_UI_SmartObjective_type"),
				 TacticianPackage.Literals.SMART_OBJECTIVE__FORECAST_MEASURE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Kpi feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addKpiPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SmartObjective_kpi_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SmartObjective_kpi_feature", "_UI_SmartObjective_type"),
				 TacticianPackage.Literals.SMART_OBJECTIVE__KPI,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Baseline feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBaselinePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SmartObjective_baseline_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SmartObjective_baseline_feature", "_UI_SmartObjective_type"),
				 TacticianPackage.Literals.SMART_OBJECTIVE__BASELINE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Target feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTargetPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SmartObjective_target_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SmartObjective_target_feature", "_UI_SmartObjective_type"),
				 TacticianPackage.Literals.SMART_OBJECTIVE__TARGET,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Unit feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUnitPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SmartObjective_unit_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SmartObjective_unit_feature", "_UI_SmartObjective_type"),
				 TacticianPackage.Literals.SMART_OBJECTIVE__UNIT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Deadline feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDeadlinePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SmartObjective_deadline_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SmartObjective_deadline_feature", "_UI_SmartObjective_type"),
				 TacticianPackage.Literals.SMART_OBJECTIVE__DEADLINE,
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
				 getString("_UI_SmartObjective_owner_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SmartObjective_owner_feature", "_UI_SmartObjective_type"),
				 TacticianPackage.Literals.SMART_OBJECTIVE__OWNER,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Race Stage feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRaceStagePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SmartObjective_raceStage_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SmartObjective_raceStage_feature", "_UI_SmartObjective_type"),
				 TacticianPackage.Literals.SMART_OBJECTIVE__RACE_STAGE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Scope feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addScopePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SmartObjective_scope_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SmartObjective_scope_feature", "_UI_SmartObjective_type"),
				 TacticianPackage.Literals.SMART_OBJECTIVE__SCOPE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Channels feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addChannelsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SmartObjective_channels_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SmartObjective_channels_feature", "_UI_SmartObjective_type"),
				 TacticianPackage.Literals.SMART_OBJECTIVE__CHANNELS,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Segments feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSegmentsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SmartObjective_segments_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SmartObjective_segments_feature", "_UI_SmartObjective_type"),
				 TacticianPackage.Literals.SMART_OBJECTIVE__SEGMENTS,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Measure Kind feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMeasureKindPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SmartObjective_measureKind_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SmartObjective_measureKind_feature", "_UI_SmartObjective_type"),
				 TacticianPackage.Literals.SMART_OBJECTIVE__MEASURE_KIND,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Direction feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDirectionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SmartObjective_direction_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SmartObjective_direction_feature", "_UI_SmartObjective_type"),
				 TacticianPackage.Literals.SMART_OBJECTIVE__DIRECTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Strategy feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStrategyPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SmartObjective_strategy_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SmartObjective_strategy_feature", "_UI_SmartObjective_type"),
				 TacticianPackage.Literals.SMART_OBJECTIVE__STRATEGY,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Business Goal feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBusinessGoalPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SmartObjective_businessGoal_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SmartObjective_businessGoal_feature", "_UI_SmartObjective_type"),
				 TacticianPackage.Literals.SMART_OBJECTIVE__BUSINESS_GOAL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Activities feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addActivitiesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SmartObjective_activities_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SmartObjective_activities_feature", "_UI_SmartObjective_type"),
				 TacticianPackage.Literals.SMART_OBJECTIVE__ACTIVITIES,
				 false,
				 false,
				 false,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Campaigns feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCampaignsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SmartObjective_campaigns_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SmartObjective_campaigns_feature", "_UI_SmartObjective_type"),
				 TacticianPackage.Literals.SMART_OBJECTIVE__CAMPAIGNS,
				 false,
				 false,
				 false,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Calendar Entries feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCalendarEntriesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SmartObjective_calendarEntries_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SmartObjective_calendarEntries_feature", "_UI_SmartObjective_type"),
				 TacticianPackage.Literals.SMART_OBJECTIVE__CALENDAR_ENTRIES,
				 false,
				 false,
				 false,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Quarterly Objectives feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addQuarterlyObjectivesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SmartObjective_quarterlyObjectives_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SmartObjective_quarterlyObjectives_feature", "_UI_SmartObjective_type"),
				 TacticianPackage.Literals.SMART_OBJECTIVE__QUARTERLY_OBJECTIVES,
				 false,
				 false,
				 false,
				 null,
				 null,
				 null));
	}

	/**
	 * This returns SmartObjective.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/SmartObjective"));
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
		String label = ((SmartObjective)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_SmartObjective_type") :
			getString("_UI_SmartObjective_type") + " " + label;
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

		switch (notification.getFeatureID(SmartObjective.class)) {
			case TacticianPackage.SMART_OBJECTIVE__METRIC:
			case TacticianPackage.SMART_OBJECTIVE__FORECAST_MEASURE:
			case TacticianPackage.SMART_OBJECTIVE__BASELINE:
			case TacticianPackage.SMART_OBJECTIVE__TARGET:
			case TacticianPackage.SMART_OBJECTIVE__UNIT:
			case TacticianPackage.SMART_OBJECTIVE__DEADLINE:
			case TacticianPackage.SMART_OBJECTIVE__RACE_STAGE:
			case TacticianPackage.SMART_OBJECTIVE__SCOPE:
			case TacticianPackage.SMART_OBJECTIVE__MEASURE_KIND:
			case TacticianPackage.SMART_OBJECTIVE__DIRECTION:
			case TacticianPackage.SMART_OBJECTIVE__BUSINESS_GOAL:
			case TacticianPackage.SMART_OBJECTIVE__ACTIVITIES:
			case TacticianPackage.SMART_OBJECTIVE__CAMPAIGNS:
			case TacticianPackage.SMART_OBJECTIVE__CALENDAR_ENTRIES:
			case TacticianPackage.SMART_OBJECTIVE__QUARTERLY_OBJECTIVES:
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
