/**
 */
package org.tactician.model;

import java.math.BigDecimal;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Performance Review</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Review of the previous period (start/end): sales against target, profitability, acquisition, retention, growth and missed chances, with metrics by channel.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.PerformanceReview#getSalesTarget <em>Sales Target</em>}</li>
 *   <li>{@link org.tactician.model.PerformanceReview#getSales <em>Sales</em>}</li>
 *   <li>{@link org.tactician.model.PerformanceReview#getProfit <em>Profit</em>}</li>
 *   <li>{@link org.tactician.model.PerformanceReview#getNewCustomers <em>New Customers</em>}</li>
 *   <li>{@link org.tactician.model.PerformanceReview#getRetentionRate <em>Retention Rate</em>}</li>
 *   <li>{@link org.tactician.model.PerformanceReview#getGrowthRate <em>Growth Rate</em>}</li>
 *   <li>{@link org.tactician.model.PerformanceReview#getMissedOpportunities <em>Missed Opportunities</em>}</li>
 *   <li>{@link org.tactician.model.PerformanceReview#getChannelMetrics <em>Channel Metrics</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getPerformanceReview()
 * @model
 * @generated
 */
public interface PerformanceReview extends NamedElement, Scheduled {
	/**
	 * Returns the value of the '<em><b>Sales Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sales Target</em>' attribute.
	 * @see #setSalesTarget(Money)
	 * @see org.tactician.model.TacticianPackage#getPerformanceReview_SalesTarget()
	 * @model dataType="org.tactician.model.Money"
	 * @generated
	 */
	Money getSalesTarget();

	/**
	 * Sets the value of the '{@link org.tactician.model.PerformanceReview#getSalesTarget <em>Sales Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sales Target</em>' attribute.
	 * @see #getSalesTarget()
	 * @generated
	 */
	void setSalesTarget(Money value);

	/**
	 * Returns the value of the '<em><b>Sales</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Actual sales of the period.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sales</em>' attribute.
	 * @see #setSales(Money)
	 * @see org.tactician.model.TacticianPackage#getPerformanceReview_Sales()
	 * @model dataType="org.tactician.model.Money"
	 * @generated
	 */
	Money getSales();

	/**
	 * Sets the value of the '{@link org.tactician.model.PerformanceReview#getSales <em>Sales</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sales</em>' attribute.
	 * @see #getSales()
	 * @generated
	 */
	void setSales(Money value);

	/**
	 * Returns the value of the '<em><b>Profit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Profit</em>' attribute.
	 * @see #setProfit(Money)
	 * @see org.tactician.model.TacticianPackage#getPerformanceReview_Profit()
	 * @model dataType="org.tactician.model.Money"
	 * @generated
	 */
	Money getProfit();

	/**
	 * Sets the value of the '{@link org.tactician.model.PerformanceReview#getProfit <em>Profit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Profit</em>' attribute.
	 * @see #getProfit()
	 * @generated
	 */
	void setProfit(Money value);

	/**
	 * Returns the value of the '<em><b>New Customers</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Customers acquired in the period.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>New Customers</em>' attribute.
	 * @see #setNewCustomers(int)
	 * @see org.tactician.model.TacticianPackage#getPerformanceReview_NewCustomers()
	 * @model
	 * @generated
	 */
	int getNewCustomers();

	/**
	 * Sets the value of the '{@link org.tactician.model.PerformanceReview#getNewCustomers <em>New Customers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>New Customers</em>' attribute.
	 * @see #getNewCustomers()
	 * @generated
	 */
	void setNewCustomers(int value);

	/**
	 * Returns the value of the '<em><b>Retention Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Retention Rate</em>' attribute.
	 * @see #setRetentionRate(BigDecimal)
	 * @see org.tactician.model.TacticianPackage#getPerformanceReview_RetentionRate()
	 * @model dataType="org.tactician.model.Percentage"
	 * @generated
	 */
	BigDecimal getRetentionRate();

	/**
	 * Sets the value of the '{@link org.tactician.model.PerformanceReview#getRetentionRate <em>Retention Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Retention Rate</em>' attribute.
	 * @see #getRetentionRate()
	 * @generated
	 */
	void setRetentionRate(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Growth Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sales growth against the period before.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Growth Rate</em>' attribute.
	 * @see #setGrowthRate(BigDecimal)
	 * @see org.tactician.model.TacticianPackage#getPerformanceReview_GrowthRate()
	 * @model dataType="org.tactician.model.Percentage"
	 * @generated
	 */
	BigDecimal getGrowthRate();

	/**
	 * Sets the value of the '{@link org.tactician.model.PerformanceReview#getGrowthRate <em>Growth Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Growth Rate</em>' attribute.
	 * @see #getGrowthRate()
	 * @generated
	 */
	void setGrowthRate(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Missed Opportunities</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What was missed and why.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Missed Opportunities</em>' attribute.
	 * @see #setMissedOpportunities(String)
	 * @see org.tactician.model.TacticianPackage#getPerformanceReview_MissedOpportunities()
	 * @model
	 * @generated
	 */
	String getMissedOpportunities();

	/**
	 * Sets the value of the '{@link org.tactician.model.PerformanceReview#getMissedOpportunities <em>Missed Opportunities</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Missed Opportunities</em>' attribute.
	 * @see #getMissedOpportunities()
	 * @generated
	 */
	void setMissedOpportunities(String value);

	/**
	 * Returns the value of the '<em><b>Channel Metrics</b></em>' containment reference list.
	 * The list contents are of type {@link org.tactician.model.ChannelPerformance}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Results by channel.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Channel Metrics</em>' containment reference list.
	 * @see org.tactician.model.TacticianPackage#getPerformanceReview_ChannelMetrics()
	 * @model containment="true"
	 * @generated
	 */
	EList<ChannelPerformance> getChannelMetrics();

} // PerformanceReview
