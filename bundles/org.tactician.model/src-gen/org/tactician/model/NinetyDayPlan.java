/**
 */
package org.tactician.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ninety Day Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The priority actions of one quarter for campaigns, media, content and site.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.NinetyDayPlan#getQuarter <em>Quarter</em>}</li>
 *   <li>{@link org.tactician.model.NinetyDayPlan#getActions <em>Actions</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getNinetyDayPlan()
 * @model
 * @generated
 */
public interface NinetyDayPlan extends NamedElement, Scheduled {
	/**
	 * Returns the value of the '<em><b>Quarter</b></em>' attribute.
	 * The literals are from the enumeration {@link org.tactician.model.Quarter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The quarter of the plan year the actions are for. Unset means not classified yet (validation reports it).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Quarter</em>' attribute.
	 * @see org.tactician.model.Quarter
	 * @see #isSetQuarter()
	 * @see #unsetQuarter()
	 * @see #setQuarter(Quarter)
	 * @see org.tactician.model.TacticianPackage#getNinetyDayPlan_Quarter()
	 * @model unsettable="true"
	 * @generated
	 */
	Quarter getQuarter();

	/**
	 * Sets the value of the '{@link org.tactician.model.NinetyDayPlan#getQuarter <em>Quarter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quarter</em>' attribute.
	 * @see org.tactician.model.Quarter
	 * @see #isSetQuarter()
	 * @see #unsetQuarter()
	 * @see #getQuarter()
	 * @generated
	 */
	void setQuarter(Quarter value);

	/**
	 * Unsets the value of the '{@link org.tactician.model.NinetyDayPlan#getQuarter <em>Quarter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetQuarter()
	 * @see #getQuarter()
	 * @see #setQuarter(Quarter)
	 * @generated
	 */
	void unsetQuarter();

	/**
	 * Returns whether the value of the '{@link org.tactician.model.NinetyDayPlan#getQuarter <em>Quarter</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Quarter</em>' attribute is set.
	 * @see #unsetQuarter()
	 * @see #getQuarter()
	 * @see #setQuarter(Quarter)
	 * @generated
	 */
	boolean isSetQuarter();

	/**
	 * Returns the value of the '<em><b>Actions</b></em>' containment reference list.
	 * The list contents are of type {@link org.tactician.model.ActionItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actions</em>' containment reference list.
	 * @see org.tactician.model.TacticianPackage#getNinetyDayPlan_Actions()
	 * @model containment="true"
	 * @generated
	 */
	EList<ActionItem> getActions();

} // NinetyDayPlan
