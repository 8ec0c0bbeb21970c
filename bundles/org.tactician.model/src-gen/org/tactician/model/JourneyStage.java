/**
 */
package org.tactician.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Journey Stage</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A stage of the journey.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.JourneyStage#getRaceStage <em>Race Stage</em>}</li>
 *   <li>{@link org.tactician.model.JourneyStage#getTouchpoints <em>Touchpoints</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getJourneyStage()
 * @model
 * @generated
 */
public interface JourneyStage extends NamedElement {
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
	 * @see org.tactician.model.TacticianPackage#getJourneyStage_RaceStage()
	 * @model unsettable="true"
	 * @generated
	 */
	RaceStage getRaceStage();

	/**
	 * Sets the value of the '{@link org.tactician.model.JourneyStage#getRaceStage <em>Race Stage</em>}' attribute.
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
	 * Unsets the value of the '{@link org.tactician.model.JourneyStage#getRaceStage <em>Race Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetRaceStage()
	 * @see #getRaceStage()
	 * @see #setRaceStage(RaceStage)
	 * @generated
	 */
	void unsetRaceStage();

	/**
	 * Returns whether the value of the '{@link org.tactician.model.JourneyStage#getRaceStage <em>Race Stage</em>}' attribute is set.
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
	 * Returns the value of the '<em><b>Touchpoints</b></em>' containment reference list.
	 * The list contents are of type {@link org.tactician.model.Touchpoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Touchpoints</em>' containment reference list.
	 * @see org.tactician.model.TacticianPackage#getJourneyStage_Touchpoints()
	 * @model containment="true"
	 * @generated
	 */
	EList<Touchpoint> getTouchpoints();

} // JourneyStage
