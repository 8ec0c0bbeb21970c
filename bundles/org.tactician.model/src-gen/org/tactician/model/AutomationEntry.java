/**
 */
package org.tactician.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Automation Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An automation and the period it runs.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.AutomationEntry#getTrigger <em>Trigger</em>}</li>
 *   <li>{@link org.tactician.model.AutomationEntry#getSegment <em>Segment</em>}</li>
 *   <li>{@link org.tactician.model.AutomationEntry#getContent <em>Content</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getAutomationEntry()
 * @model
 * @generated
 */
public interface AutomationEntry extends CalendarEntry {
	/**
	 * Returns the value of the '<em><b>Trigger</b></em>' attribute.
	 * The literals are from the enumeration {@link org.tactician.model.AutomationTrigger}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What starts the automation. Unset means not classified yet (validation reports it).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Trigger</em>' attribute.
	 * @see org.tactician.model.AutomationTrigger
	 * @see #isSetTrigger()
	 * @see #unsetTrigger()
	 * @see #setTrigger(AutomationTrigger)
	 * @see org.tactician.model.TacticianPackage#getAutomationEntry_Trigger()
	 * @model unsettable="true"
	 * @generated
	 */
	AutomationTrigger getTrigger();

	/**
	 * Sets the value of the '{@link org.tactician.model.AutomationEntry#getTrigger <em>Trigger</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trigger</em>' attribute.
	 * @see org.tactician.model.AutomationTrigger
	 * @see #isSetTrigger()
	 * @see #unsetTrigger()
	 * @see #getTrigger()
	 * @generated
	 */
	void setTrigger(AutomationTrigger value);

	/**
	 * Unsets the value of the '{@link org.tactician.model.AutomationEntry#getTrigger <em>Trigger</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetTrigger()
	 * @see #getTrigger()
	 * @see #setTrigger(AutomationTrigger)
	 * @generated
	 */
	void unsetTrigger();

	/**
	 * Returns whether the value of the '{@link org.tactician.model.AutomationEntry#getTrigger <em>Trigger</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Trigger</em>' attribute is set.
	 * @see #unsetTrigger()
	 * @see #getTrigger()
	 * @see #setTrigger(AutomationTrigger)
	 * @generated
	 */
	boolean isSetTrigger();

	/**
	 * Returns the value of the '<em><b>Segment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Segment</em>' reference.
	 * @see #setSegment(Segment)
	 * @see org.tactician.model.TacticianPackage#getAutomationEntry_Segment()
	 * @model
	 * @generated
	 */
	Segment getSegment();

	/**
	 * Sets the value of the '{@link org.tactician.model.AutomationEntry#getSegment <em>Segment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Segment</em>' reference.
	 * @see #getSegment()
	 * @generated
	 */
	void setSegment(Segment value);

	/**
	 * Returns the value of the '<em><b>Content</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Content</em>' reference.
	 * @see #setContent(ContentItem)
	 * @see org.tactician.model.TacticianPackage#getAutomationEntry_Content()
	 * @model
	 * @generated
	 */
	ContentItem getContent();

	/**
	 * Sets the value of the '{@link org.tactician.model.AutomationEntry#getContent <em>Content</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Content</em>' reference.
	 * @see #getContent()
	 * @generated
	 */
	void setContent(ContentItem value);

} // AutomationEntry
