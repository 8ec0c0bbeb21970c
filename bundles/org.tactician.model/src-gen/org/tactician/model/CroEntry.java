/**
 */
package org.tactician.model;

import java.math.BigDecimal;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cro Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A conversion-rate optimisation action.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.CroEntry#getPage <em>Page</em>}</li>
 *   <li>{@link org.tactician.model.CroEntry#getHypothesis <em>Hypothesis</em>}</li>
 *   <li>{@link org.tactician.model.CroEntry#getMetric <em>Metric</em>}</li>
 *   <li>{@link org.tactician.model.CroEntry#getExpectedUplift <em>Expected Uplift</em>}</li>
 *   <li>{@link org.tactician.model.CroEntry#getTest <em>Test</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getCroEntry()
 * @model
 * @generated
 */
public interface CroEntry extends CalendarEntry {
	/**
	 * Returns the value of the '<em><b>Page</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Page or step of the site.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Page</em>' attribute.
	 * @see #setPage(String)
	 * @see org.tactician.model.TacticianPackage#getCroEntry_Page()
	 * @model
	 * @generated
	 */
	String getPage();

	/**
	 * Sets the value of the '{@link org.tactician.model.CroEntry#getPage <em>Page</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Page</em>' attribute.
	 * @see #getPage()
	 * @generated
	 */
	void setPage(String value);

	/**
	 * Returns the value of the '<em><b>Hypothesis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hypothesis</em>' attribute.
	 * @see #setHypothesis(String)
	 * @see org.tactician.model.TacticianPackage#getCroEntry_Hypothesis()
	 * @model
	 * @generated
	 */
	String getHypothesis();

	/**
	 * Sets the value of the '{@link org.tactician.model.CroEntry#getHypothesis <em>Hypothesis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hypothesis</em>' attribute.
	 * @see #getHypothesis()
	 * @generated
	 */
	void setHypothesis(String value);

	/**
	 * Returns the value of the '<em><b>Metric</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metric</em>' attribute.
	 * @see #setMetric(String)
	 * @see org.tactician.model.TacticianPackage#getCroEntry_Metric()
	 * @model
	 * @generated
	 */
	String getMetric();

	/**
	 * Sets the value of the '{@link org.tactician.model.CroEntry#getMetric <em>Metric</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metric</em>' attribute.
	 * @see #getMetric()
	 * @generated
	 */
	void setMetric(String value);

	/**
	 * Returns the value of the '<em><b>Expected Uplift</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Expected Uplift</em>' attribute.
	 * @see #setExpectedUplift(BigDecimal)
	 * @see org.tactician.model.TacticianPackage#getCroEntry_ExpectedUplift()
	 * @model dataType="org.tactician.model.Percentage"
	 * @generated
	 */
	BigDecimal getExpectedUplift();

	/**
	 * Sets the value of the '{@link org.tactician.model.CroEntry#getExpectedUplift <em>Expected Uplift</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expected Uplift</em>' attribute.
	 * @see #getExpectedUplift()
	 * @generated
	 */
	void setExpectedUplift(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Test</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Test</em>' containment reference.
	 * @see #setTest(AbTest)
	 * @see org.tactician.model.TacticianPackage#getCroEntry_Test()
	 * @model containment="true"
	 * @generated
	 */
	AbTest getTest();

	/**
	 * Sets the value of the '{@link org.tactician.model.CroEntry#getTest <em>Test</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Test</em>' containment reference.
	 * @see #getTest()
	 * @generated
	 */
	void setTest(AbTest value);

} // CroEntry
