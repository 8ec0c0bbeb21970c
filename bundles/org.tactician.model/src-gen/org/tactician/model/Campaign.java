/**
 */
package org.tactician.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Campaign</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A campaign plan: goals and tracking, audience, key messages, media plan and budget, editorial plan.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.Campaign#getObjectives <em>Objectives</em>}</li>
 *   <li>{@link org.tactician.model.Campaign#getGoals <em>Goals</em>}</li>
 *   <li>{@link org.tactician.model.Campaign#getTracking <em>Tracking</em>}</li>
 *   <li>{@link org.tactician.model.Campaign#getAudience <em>Audience</em>}</li>
 *   <li>{@link org.tactician.model.Campaign#getPersonas <em>Personas</em>}</li>
 *   <li>{@link org.tactician.model.Campaign#getKeyMessages <em>Key Messages</em>}</li>
 *   <li>{@link org.tactician.model.Campaign#getMediaPlan <em>Media Plan</em>}</li>
 *   <li>{@link org.tactician.model.Campaign#getBudget <em>Budget</em>}</li>
 *   <li>{@link org.tactician.model.Campaign#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.tactician.model.Campaign#getEditorialPlan <em>Editorial Plan</em>}</li>
 *   <li>{@link org.tactician.model.Campaign#getCalendarEntries <em>Calendar Entries</em>}</li>
 *   <li>{@link org.tactician.model.Campaign#getActivities <em>Activities</em>}</li>
 *   <li>{@link org.tactician.model.Campaign#getPlannedSpend <em>Planned Spend</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getCampaign()
 * @model
 * @generated
 */
public interface Campaign extends NamedElement, Scheduled {
	/**
	 * Returns the value of the '<em><b>Objectives</b></em>' reference list.
	 * The list contents are of type {@link org.tactician.model.SmartObjective}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Objectives</em>' reference list.
	 * @see org.tactician.model.TacticianPackage#getCampaign_Objectives()
	 * @model
	 * @generated
	 */
	EList<SmartObjective> getObjectives();

	/**
	 * Returns the value of the '<em><b>Goals</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Goals</em>' attribute.
	 * @see #setGoals(String)
	 * @see org.tactician.model.TacticianPackage#getCampaign_Goals()
	 * @model
	 * @generated
	 */
	String getGoals();

	/**
	 * Sets the value of the '{@link org.tactician.model.Campaign#getGoals <em>Goals</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Goals</em>' attribute.
	 * @see #getGoals()
	 * @generated
	 */
	void setGoals(String value);

	/**
	 * Returns the value of the '<em><b>Tracking</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How results are tracked (analytics goals, UTM tags...).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tracking</em>' attribute.
	 * @see #setTracking(String)
	 * @see org.tactician.model.TacticianPackage#getCampaign_Tracking()
	 * @model
	 * @generated
	 */
	String getTracking();

	/**
	 * Sets the value of the '{@link org.tactician.model.Campaign#getTracking <em>Tracking</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tracking</em>' attribute.
	 * @see #getTracking()
	 * @generated
	 */
	void setTracking(String value);

	/**
	 * Returns the value of the '<em><b>Audience</b></em>' reference list.
	 * The list contents are of type {@link org.tactician.model.Segment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Audience</em>' reference list.
	 * @see org.tactician.model.TacticianPackage#getCampaign_Audience()
	 * @model
	 * @generated
	 */
	EList<Segment> getAudience();

	/**
	 * Returns the value of the '<em><b>Personas</b></em>' reference list.
	 * The list contents are of type {@link org.tactician.model.Persona}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Personas</em>' reference list.
	 * @see org.tactician.model.TacticianPackage#getCampaign_Personas()
	 * @model
	 * @generated
	 */
	EList<Persona> getPersonas();

	/**
	 * Returns the value of the '<em><b>Key Messages</b></em>' containment reference list.
	 * The list contents are of type {@link org.tactician.model.KeyMessage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key Messages</em>' containment reference list.
	 * @see org.tactician.model.TacticianPackage#getCampaign_KeyMessages()
	 * @model containment="true"
	 * @generated
	 */
	EList<KeyMessage> getKeyMessages();

	/**
	 * Returns the value of the '<em><b>Media Plan</b></em>' containment reference list.
	 * The list contents are of type {@link org.tactician.model.MediaPlacement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Media Plan</em>' containment reference list.
	 * @see org.tactician.model.TacticianPackage#getCampaign_MediaPlan()
	 * @model containment="true"
	 * @generated
	 */
	EList<MediaPlacement> getMediaPlan();

	/**
	 * Returns the value of the '<em><b>Budget</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The approved budget of the campaign brief; validation checks it against the planned spend.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Budget</em>' attribute.
	 * @see #setBudget(Money)
	 * @see org.tactician.model.TacticianPackage#getCampaign_Budget()
	 * @model dataType="org.tactician.model.Money"
	 * @generated
	 */
	Money getBudget();

	/**
	 * Sets the value of the '{@link org.tactician.model.Campaign#getBudget <em>Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Budget</em>' attribute.
	 * @see #getBudget()
	 * @generated
	 */
	void setBudget(Money value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(TeamMember)
	 * @see org.tactician.model.TacticianPackage#getCampaign_Owner()
	 * @model
	 * @generated
	 */
	TeamMember getOwner();

	/**
	 * Sets the value of the '{@link org.tactician.model.Campaign#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(TeamMember value);

	/**
	 * Returns the value of the '<em><b>Editorial Plan</b></em>' reference list.
	 * The list contents are of type {@link org.tactician.model.EditorialEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Editorial calendar entries of this campaign (derived, inverse of EditorialEntry.campaign).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Editorial Plan</em>' reference list.
	 * @see org.tactician.model.TacticianPackage#getCampaign_EditorialPlan()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	EList<EditorialEntry> getEditorialPlan();

	/**
	 * Returns the value of the '<em><b>Calendar Entries</b></em>' reference list.
	 * The list contents are of type {@link org.tactician.model.CalendarEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every calendar entry of this campaign (derived, inverse of CalendarEntry.campaign).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Calendar Entries</em>' reference list.
	 * @see org.tactician.model.TacticianPackage#getCampaign_CalendarEntries()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	EList<CalendarEntry> getCalendarEntries();

	/**
	 * Returns the value of the '<em><b>Activities</b></em>' reference list.
	 * The list contents are of type {@link org.tactician.model.Activity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Activities of this campaign (derived, inverse of Activity.campaign).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Activities</em>' reference list.
	 * @see org.tactician.model.TacticianPackage#getCampaign_Activities()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	EList<Activity> getActivities();

	/**
	 * Returns the value of the '<em><b>Planned Spend</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the campaign spends (derived): what its media placements book, plus the amounts of the budget lines assigned to the campaign that none of its placements book from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Planned Spend</em>' attribute.
	 * @see org.tactician.model.TacticianPackage#getCampaign_PlannedSpend()
	 * @model dataType="org.tactician.model.Money" transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	Money getPlannedSpend();

} // Campaign
