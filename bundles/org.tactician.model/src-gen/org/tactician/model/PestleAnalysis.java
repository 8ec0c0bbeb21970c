/**
 */
package org.tactician.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pestle Analysis</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Macro-environment analysis.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.PestleAnalysis#getFactors <em>Factors</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getPestleAnalysis()
 * @model
 * @generated
 */
public interface PestleAnalysis extends PlanElement {
	/**
	 * Returns the value of the '<em><b>Factors</b></em>' containment reference list.
	 * The list contents are of type {@link org.tactician.model.PestleFactor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Factors</em>' containment reference list.
	 * @see org.tactician.model.TacticianPackage#getPestleAnalysis_Factors()
	 * @model containment="true"
	 * @generated
	 */
	EList<PestleFactor> getFactors();

} // PestleAnalysis
