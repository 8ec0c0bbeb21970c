/**
 */
package org.tactician.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ab Test</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A planned A/B test.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.AbTest#getHypothesis <em>Hypothesis</em>}</li>
 *   <li>{@link org.tactician.model.AbTest#getVariantA <em>Variant A</em>}</li>
 *   <li>{@link org.tactician.model.AbTest#getVariantB <em>Variant B</em>}</li>
 *   <li>{@link org.tactician.model.AbTest#getMetric <em>Metric</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getAbTest()
 * @model
 * @generated
 */
public interface AbTest extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Hypothesis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hypothesis</em>' attribute.
	 * @see #setHypothesis(String)
	 * @see org.tactician.model.TacticianPackage#getAbTest_Hypothesis()
	 * @model
	 * @generated
	 */
	String getHypothesis();

	/**
	 * Sets the value of the '{@link org.tactician.model.AbTest#getHypothesis <em>Hypothesis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hypothesis</em>' attribute.
	 * @see #getHypothesis()
	 * @generated
	 */
	void setHypothesis(String value);

	/**
	 * Returns the value of the '<em><b>Variant A</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Variant A</em>' attribute.
	 * @see #setVariantA(String)
	 * @see org.tactician.model.TacticianPackage#getAbTest_VariantA()
	 * @model
	 * @generated
	 */
	String getVariantA();

	/**
	 * Sets the value of the '{@link org.tactician.model.AbTest#getVariantA <em>Variant A</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Variant A</em>' attribute.
	 * @see #getVariantA()
	 * @generated
	 */
	void setVariantA(String value);

	/**
	 * Returns the value of the '<em><b>Variant B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Variant B</em>' attribute.
	 * @see #setVariantB(String)
	 * @see org.tactician.model.TacticianPackage#getAbTest_VariantB()
	 * @model
	 * @generated
	 */
	String getVariantB();

	/**
	 * Sets the value of the '{@link org.tactician.model.AbTest#getVariantB <em>Variant B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Variant B</em>' attribute.
	 * @see #getVariantB()
	 * @generated
	 */
	void setVariantB(String value);

	/**
	 * Returns the value of the '<em><b>Metric</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Success metric.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Metric</em>' attribute.
	 * @see #setMetric(String)
	 * @see org.tactician.model.TacticianPackage#getAbTest_Metric()
	 * @model
	 * @generated
	 */
	String getMetric();

	/**
	 * Sets the value of the '{@link org.tactician.model.AbTest#getMetric <em>Metric</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metric</em>' attribute.
	 * @see #getMetric()
	 * @generated
	 */
	void setMetric(String value);

} // AbTest
