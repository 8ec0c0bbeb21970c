/**
 */
package org.tactician.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Automation Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Email automations: newsletters, abandoned-cart recovery and others.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.AutomationPlan#getEntries <em>Entries</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getAutomationPlan()
 * @model
 * @generated
 */
public interface AutomationPlan extends Calendar {
	/**
	 * Returns the value of the '<em><b>Entries</b></em>' containment reference list.
	 * The list contents are of type {@link org.tactician.model.AutomationEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entries</em>' containment reference list.
	 * @see org.tactician.model.TacticianPackage#getAutomationPlan_Entries()
	 * @model containment="true"
	 * @generated
	 */
	EList<AutomationEntry> getEntries();

} // AutomationPlan
