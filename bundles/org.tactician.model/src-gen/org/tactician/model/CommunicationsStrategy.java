/**
 */
package org.tactician.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Communications Strategy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * RACE communications strategy: priorities for inbound, always-on and campaign communications, and the audit of key communication activities.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.CommunicationsStrategy#getPriorities <em>Priorities</em>}</li>
 *   <li>{@link org.tactician.model.CommunicationsStrategy#getAudit <em>Audit</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getCommunicationsStrategy()
 * @model
 * @generated
 */
public interface CommunicationsStrategy extends PlanElement {
	/**
	 * Returns the value of the '<em><b>Priorities</b></em>' containment reference list.
	 * The list contents are of type {@link org.tactician.model.CommunicationPriority}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Priorities</em>' containment reference list.
	 * @see org.tactician.model.TacticianPackage#getCommunicationsStrategy_Priorities()
	 * @model containment="true"
	 * @generated
	 */
	EList<CommunicationPriority> getPriorities();

	/**
	 * Returns the value of the '<em><b>Audit</b></em>' containment reference list.
	 * The list contents are of type {@link org.tactician.model.AuditActivity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The key communication activities across Plan, Reach, Act, Convert, Engage (25 in the standard audit).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Audit</em>' containment reference list.
	 * @see org.tactician.model.TacticianPackage#getCommunicationsStrategy_Audit()
	 * @model containment="true"
	 * @generated
	 */
	EList<AuditActivity> getAudit();

} // CommunicationsStrategy
