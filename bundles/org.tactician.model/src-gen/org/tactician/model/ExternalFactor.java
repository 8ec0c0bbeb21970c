/**
 */
package org.tactician.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>External Factor</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A finding about the environment that is an opportunity or a threat.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.ExternalFactor#getEffect <em>Effect</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getExternalFactor()
 * @model abstract="true"
 * @generated
 */
public interface ExternalFactor extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Effect</b></em>' attribute.
	 * The literals are from the enumeration {@link org.tactician.model.OpportunityOrThreat}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Opportunity or threat; unset when not yet judged.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Effect</em>' attribute.
	 * @see org.tactician.model.OpportunityOrThreat
	 * @see #isSetEffect()
	 * @see #unsetEffect()
	 * @see #setEffect(OpportunityOrThreat)
	 * @see org.tactician.model.TacticianPackage#getExternalFactor_Effect()
	 * @model unsettable="true"
	 * @generated
	 */
	OpportunityOrThreat getEffect();

	/**
	 * Sets the value of the '{@link org.tactician.model.ExternalFactor#getEffect <em>Effect</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Effect</em>' attribute.
	 * @see org.tactician.model.OpportunityOrThreat
	 * @see #isSetEffect()
	 * @see #unsetEffect()
	 * @see #getEffect()
	 * @generated
	 */
	void setEffect(OpportunityOrThreat value);

	/**
	 * Unsets the value of the '{@link org.tactician.model.ExternalFactor#getEffect <em>Effect</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetEffect()
	 * @see #getEffect()
	 * @see #setEffect(OpportunityOrThreat)
	 * @generated
	 */
	void unsetEffect();

	/**
	 * Returns whether the value of the '{@link org.tactician.model.ExternalFactor#getEffect <em>Effect</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Effect</em>' attribute is set.
	 * @see #unsetEffect()
	 * @see #getEffect()
	 * @see #setEffect(OpportunityOrThreat)
	 * @generated
	 */
	boolean isSetEffect();

} // ExternalFactor
