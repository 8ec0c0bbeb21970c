/**
 */
package org.tactician.model;

import java.math.BigDecimal;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Channel Performance</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Prior-period metrics of one channel.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.ChannelPerformance#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.tactician.model.ChannelPerformance#getSessions <em>Sessions</em>}</li>
 *   <li>{@link org.tactician.model.ChannelPerformance#getConversionRate <em>Conversion Rate</em>}</li>
 *   <li>{@link org.tactician.model.ChannelPerformance#getAverageOrderValue <em>Average Order Value</em>}</li>
 *   <li>{@link org.tactician.model.ChannelPerformance#getRevenue <em>Revenue</em>}</li>
 *   <li>{@link org.tactician.model.ChannelPerformance#getCost <em>Cost</em>}</li>
 *   <li>{@link org.tactician.model.ChannelPerformance#getNewCustomers <em>New Customers</em>}</li>
 *   <li>{@link org.tactician.model.ChannelPerformance#getRetentionRate <em>Retention Rate</em>}</li>
 *   <li>{@link org.tactician.model.ChannelPerformance#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getChannelPerformance()
 * @model
 * @generated
 */
public interface ChannelPerformance extends PlanElement {
	/**
	 * Returns the value of the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channel</em>' reference.
	 * @see #setChannel(Channel)
	 * @see org.tactician.model.TacticianPackage#getChannelPerformance_Channel()
	 * @model
	 * @generated
	 */
	Channel getChannel();

	/**
	 * Sets the value of the '{@link org.tactician.model.ChannelPerformance#getChannel <em>Channel</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' reference.
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(Channel value);

	/**
	 * Returns the value of the '<em><b>Sessions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sessions</em>' attribute.
	 * @see #setSessions(long)
	 * @see org.tactician.model.TacticianPackage#getChannelPerformance_Sessions()
	 * @model
	 * @generated
	 */
	long getSessions();

	/**
	 * Sets the value of the '{@link org.tactician.model.ChannelPerformance#getSessions <em>Sessions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sessions</em>' attribute.
	 * @see #getSessions()
	 * @generated
	 */
	void setSessions(long value);

	/**
	 * Returns the value of the '<em><b>Conversion Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conversion Rate</em>' attribute.
	 * @see #setConversionRate(BigDecimal)
	 * @see org.tactician.model.TacticianPackage#getChannelPerformance_ConversionRate()
	 * @model dataType="org.tactician.model.Percentage"
	 * @generated
	 */
	BigDecimal getConversionRate();

	/**
	 * Sets the value of the '{@link org.tactician.model.ChannelPerformance#getConversionRate <em>Conversion Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Conversion Rate</em>' attribute.
	 * @see #getConversionRate()
	 * @generated
	 */
	void setConversionRate(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Average Order Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Average Order Value</em>' attribute.
	 * @see #setAverageOrderValue(Money)
	 * @see org.tactician.model.TacticianPackage#getChannelPerformance_AverageOrderValue()
	 * @model dataType="org.tactician.model.Money"
	 * @generated
	 */
	Money getAverageOrderValue();

	/**
	 * Sets the value of the '{@link org.tactician.model.ChannelPerformance#getAverageOrderValue <em>Average Order Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Average Order Value</em>' attribute.
	 * @see #getAverageOrderValue()
	 * @generated
	 */
	void setAverageOrderValue(Money value);

	/**
	 * Returns the value of the '<em><b>Revenue</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Revenue</em>' attribute.
	 * @see #setRevenue(Money)
	 * @see org.tactician.model.TacticianPackage#getChannelPerformance_Revenue()
	 * @model dataType="org.tactician.model.Money"
	 * @generated
	 */
	Money getRevenue();

	/**
	 * Sets the value of the '{@link org.tactician.model.ChannelPerformance#getRevenue <em>Revenue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Revenue</em>' attribute.
	 * @see #getRevenue()
	 * @generated
	 */
	void setRevenue(Money value);

	/**
	 * Returns the value of the '<em><b>Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cost</em>' attribute.
	 * @see #setCost(Money)
	 * @see org.tactician.model.TacticianPackage#getChannelPerformance_Cost()
	 * @model dataType="org.tactician.model.Money"
	 * @generated
	 */
	Money getCost();

	/**
	 * Sets the value of the '{@link org.tactician.model.ChannelPerformance#getCost <em>Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cost</em>' attribute.
	 * @see #getCost()
	 * @generated
	 */
	void setCost(Money value);

	/**
	 * Returns the value of the '<em><b>New Customers</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Customer acquisition through the channel.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>New Customers</em>' attribute.
	 * @see #setNewCustomers(int)
	 * @see org.tactician.model.TacticianPackage#getChannelPerformance_NewCustomers()
	 * @model
	 * @generated
	 */
	int getNewCustomers();

	/**
	 * Sets the value of the '{@link org.tactician.model.ChannelPerformance#getNewCustomers <em>New Customers</em>}' attribute.
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
	 * @see org.tactician.model.TacticianPackage#getChannelPerformance_RetentionRate()
	 * @model dataType="org.tactician.model.Percentage"
	 * @generated
	 */
	BigDecimal getRetentionRate();

	/**
	 * Sets the value of the '{@link org.tactician.model.ChannelPerformance#getRetentionRate <em>Retention Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Retention Rate</em>' attribute.
	 * @see #getRetentionRate()
	 * @generated
	 */
	void setRetentionRate(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.tactician.model.TacticianPackage#getChannelPerformance_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.tactician.model.ChannelPerformance#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

} // ChannelPerformance
