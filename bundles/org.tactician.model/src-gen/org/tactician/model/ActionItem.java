/**
 */
package org.tactician.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Action Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An action of a 90-day plan; its RACE stage groups it (Reach: media; Act: journeys and content; Convert; Engage: communication and loyalty).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.ActionItem#getWorkstream <em>Workstream</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getActionItem()
 * @model
 * @generated
 */
public interface ActionItem extends Activity {
	/**
	 * Returns the value of the '<em><b>Workstream</b></em>' attribute.
	 * The literals are from the enumeration {@link org.tactician.model.Workstream}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Campaigns, media, content or site. Unset means not classified yet (validation reports it).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Workstream</em>' attribute.
	 * @see org.tactician.model.Workstream
	 * @see #isSetWorkstream()
	 * @see #unsetWorkstream()
	 * @see #setWorkstream(Workstream)
	 * @see org.tactician.model.TacticianPackage#getActionItem_Workstream()
	 * @model unsettable="true"
	 * @generated
	 */
	Workstream getWorkstream();

	/**
	 * Sets the value of the '{@link org.tactician.model.ActionItem#getWorkstream <em>Workstream</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Workstream</em>' attribute.
	 * @see org.tactician.model.Workstream
	 * @see #isSetWorkstream()
	 * @see #unsetWorkstream()
	 * @see #getWorkstream()
	 * @generated
	 */
	void setWorkstream(Workstream value);

	/**
	 * Unsets the value of the '{@link org.tactician.model.ActionItem#getWorkstream <em>Workstream</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetWorkstream()
	 * @see #getWorkstream()
	 * @see #setWorkstream(Workstream)
	 * @generated
	 */
	void unsetWorkstream();

	/**
	 * Returns whether the value of the '{@link org.tactician.model.ActionItem#getWorkstream <em>Workstream</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Workstream</em>' attribute is set.
	 * @see #unsetWorkstream()
	 * @see #getWorkstream()
	 * @see #setWorkstream(Workstream)
	 * @generated
	 */
	boolean isSetWorkstream();

} // ActionItem
