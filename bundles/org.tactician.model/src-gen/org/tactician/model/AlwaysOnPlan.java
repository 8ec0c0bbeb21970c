/**
 */
package org.tactician.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Always On Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Prioritised always-on activities across RACE, by quarter.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.AlwaysOnPlan#getActivities <em>Activities</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getAlwaysOnPlan()
 * @model
 * @generated
 */
public interface AlwaysOnPlan extends PlanElement {
	/**
	 * Returns the value of the '<em><b>Activities</b></em>' containment reference list.
	 * The list contents are of type {@link org.tactician.model.AlwaysOnActivity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Activities</em>' containment reference list.
	 * @see org.tactician.model.TacticianPackage#getAlwaysOnPlan_Activities()
	 * @model containment="true"
	 * @generated
	 */
	EList<AlwaysOnActivity> getActivities();

} // AlwaysOnPlan
