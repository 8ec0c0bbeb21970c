/**
 */
package org.tactician.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dashboard</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Marketing dashboard: KPIs across the customer lifecycle.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.Dashboard#getKpis <em>Kpis</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getDashboard()
 * @model
 * @generated
 */
public interface Dashboard extends PlanElement {
	/**
	 * Returns the value of the '<em><b>Kpis</b></em>' containment reference list.
	 * The list contents are of type {@link org.tactician.model.Kpi}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kpis</em>' containment reference list.
	 * @see org.tactician.model.TacticianPackage#getDashboard_Kpis()
	 * @model containment="true"
	 * @generated
	 */
	EList<Kpi> getKpis();

} // Dashboard
