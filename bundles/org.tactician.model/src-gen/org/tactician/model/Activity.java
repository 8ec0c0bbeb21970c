/**
 */
package org.tactician.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Activity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Something the team does to reach objectives.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.Activity#getRaceStage <em>Race Stage</em>}</li>
 *   <li>{@link org.tactician.model.Activity#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.tactician.model.Activity#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.tactician.model.Activity#getObjectives <em>Objectives</em>}</li>
 *   <li>{@link org.tactician.model.Activity#getCampaign <em>Campaign</em>}</li>
 *   <li>{@link org.tactician.model.Activity#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.tactician.model.Activity#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getActivity()
 * @model abstract="true"
 * @generated
 */
public interface Activity extends NamedElement, Scheduled, BudgetBooking {
	/**
	 * Returns the value of the '<em><b>Race Stage</b></em>' attribute.
	 * The literals are from the enumeration {@link org.tactician.model.RaceStage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The RACE stage served; unset means 'not set' (distinguishable from PLAN).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Race Stage</em>' attribute.
	 * @see org.tactician.model.RaceStage
	 * @see #isSetRaceStage()
	 * @see #unsetRaceStage()
	 * @see #setRaceStage(RaceStage)
	 * @see org.tactician.model.TacticianPackage#getActivity_RaceStage()
	 * @model unsettable="true"
	 * @generated
	 */
	RaceStage getRaceStage();

	/**
	 * Sets the value of the '{@link org.tactician.model.Activity#getRaceStage <em>Race Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Race Stage</em>' attribute.
	 * @see org.tactician.model.RaceStage
	 * @see #isSetRaceStage()
	 * @see #unsetRaceStage()
	 * @see #getRaceStage()
	 * @generated
	 */
	void setRaceStage(RaceStage value);

	/**
	 * Unsets the value of the '{@link org.tactician.model.Activity#getRaceStage <em>Race Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetRaceStage()
	 * @see #getRaceStage()
	 * @see #setRaceStage(RaceStage)
	 * @generated
	 */
	void unsetRaceStage();

	/**
	 * Returns whether the value of the '{@link org.tactician.model.Activity#getRaceStage <em>Race Stage</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Race Stage</em>' attribute is set.
	 * @see #unsetRaceStage()
	 * @see #getRaceStage()
	 * @see #setRaceStage(RaceStage)
	 * @generated
	 */
	boolean isSetRaceStage();

	/**
	 * Returns the value of the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channel</em>' reference.
	 * @see #setChannel(Channel)
	 * @see org.tactician.model.TacticianPackage#getActivity_Channel()
	 * @model
	 * @generated
	 */
	Channel getChannel();

	/**
	 * Sets the value of the '{@link org.tactician.model.Activity#getChannel <em>Channel</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' reference.
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(Channel value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(TeamMember)
	 * @see org.tactician.model.TacticianPackage#getActivity_Owner()
	 * @model
	 * @generated
	 */
	TeamMember getOwner();

	/**
	 * Sets the value of the '{@link org.tactician.model.Activity#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(TeamMember value);

	/**
	 * Returns the value of the '<em><b>Objectives</b></em>' reference list.
	 * The list contents are of type {@link org.tactician.model.SmartObjective}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Objectives</em>' reference list.
	 * @see org.tactician.model.TacticianPackage#getActivity_Objectives()
	 * @model
	 * @generated
	 */
	EList<SmartObjective> getObjectives();

	/**
	 * Returns the value of the '<em><b>Campaign</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Campaign</em>' reference.
	 * @see #setCampaign(Campaign)
	 * @see org.tactician.model.TacticianPackage#getActivity_Campaign()
	 * @model
	 * @generated
	 */
	Campaign getCampaign();

	/**
	 * Sets the value of the '{@link org.tactician.model.Activity#getCampaign <em>Campaign</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Campaign</em>' reference.
	 * @see #getCampaign()
	 * @generated
	 */
	void setCampaign(Campaign value);

	/**
	 * Returns the value of the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Score from 1 (low) to 5 (high).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Priority</em>' attribute.
	 * @see #setPriority(int)
	 * @see org.tactician.model.TacticianPackage#getActivity_Priority()
	 * @model
	 * @generated
	 */
	int getPriority();

	/**
	 * Sets the value of the '{@link org.tactician.model.Activity#getPriority <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Priority</em>' attribute.
	 * @see #getPriority()
	 * @generated
	 */
	void setPriority(int value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.tactician.model.ActivityStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.tactician.model.ActivityStatus
	 * @see #setStatus(ActivityStatus)
	 * @see org.tactician.model.TacticianPackage#getActivity_Status()
	 * @model
	 * @generated
	 */
	ActivityStatus getStatus();

	/**
	 * Sets the value of the '{@link org.tactician.model.Activity#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.tactician.model.ActivityStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ActivityStatus value);

} // Activity
