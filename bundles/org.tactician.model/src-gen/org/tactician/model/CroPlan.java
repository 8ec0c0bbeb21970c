/**
 */
package org.tactician.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cro Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Conversion-rate optimisation plan.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.CroPlan#getEntries <em>Entries</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getCroPlan()
 * @model
 * @generated
 */
public interface CroPlan extends Calendar {
	/**
	 * Returns the value of the '<em><b>Entries</b></em>' containment reference list.
	 * The list contents are of type {@link org.tactician.model.CroEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entries</em>' containment reference list.
	 * @see org.tactician.model.TacticianPackage#getCroPlan_Entries()
	 * @model containment="true"
	 * @generated
	 */
	EList<CroEntry> getEntries();

} // CroPlan
