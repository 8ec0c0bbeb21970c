/**
 */
package org.tactician.model.impl;

import java.math.BigDecimal;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.tactician.model.Channel;
import org.tactician.model.ChannelPerformance;
import org.tactician.model.Money;
import org.tactician.model.TacticianPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Channel Performance</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.impl.ChannelPerformanceImpl#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.tactician.model.impl.ChannelPerformanceImpl#getSessions <em>Sessions</em>}</li>
 *   <li>{@link org.tactician.model.impl.ChannelPerformanceImpl#getConversionRate <em>Conversion Rate</em>}</li>
 *   <li>{@link org.tactician.model.impl.ChannelPerformanceImpl#getAverageOrderValue <em>Average Order Value</em>}</li>
 *   <li>{@link org.tactician.model.impl.ChannelPerformanceImpl#getRevenue <em>Revenue</em>}</li>
 *   <li>{@link org.tactician.model.impl.ChannelPerformanceImpl#getCost <em>Cost</em>}</li>
 *   <li>{@link org.tactician.model.impl.ChannelPerformanceImpl#getNewCustomers <em>New Customers</em>}</li>
 *   <li>{@link org.tactician.model.impl.ChannelPerformanceImpl#getRetentionRate <em>Retention Rate</em>}</li>
 *   <li>{@link org.tactician.model.impl.ChannelPerformanceImpl#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ChannelPerformanceImpl extends PlanElementImpl implements ChannelPerformance {
	/**
	 * The cached value of the '{@link #getChannel() <em>Channel</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected Channel channel;

	/**
	 * The default value of the '{@link #getSessions() <em>Sessions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSessions()
	 * @generated
	 * @ordered
	 */
	protected static final long SESSIONS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSessions() <em>Sessions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSessions()
	 * @generated
	 * @ordered
	 */
	protected long sessions = SESSIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getConversionRate() <em>Conversion Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConversionRate()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal CONVERSION_RATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConversionRate() <em>Conversion Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConversionRate()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal conversionRate = CONVERSION_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAverageOrderValue() <em>Average Order Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAverageOrderValue()
	 * @generated
	 * @ordered
	 */
	protected static final Money AVERAGE_ORDER_VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAverageOrderValue() <em>Average Order Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAverageOrderValue()
	 * @generated
	 * @ordered
	 */
	protected Money averageOrderValue = AVERAGE_ORDER_VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRevenue() <em>Revenue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevenue()
	 * @generated
	 * @ordered
	 */
	protected static final Money REVENUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRevenue() <em>Revenue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevenue()
	 * @generated
	 * @ordered
	 */
	protected Money revenue = REVENUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCost() <em>Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCost()
	 * @generated
	 * @ordered
	 */
	protected static final Money COST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCost() <em>Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCost()
	 * @generated
	 * @ordered
	 */
	protected Money cost = COST_EDEFAULT;

	/**
	 * The default value of the '{@link #getNewCustomers() <em>New Customers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewCustomers()
	 * @generated
	 * @ordered
	 */
	protected static final int NEW_CUSTOMERS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getNewCustomers() <em>New Customers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewCustomers()
	 * @generated
	 * @ordered
	 */
	protected int newCustomers = NEW_CUSTOMERS_EDEFAULT;

	/**
	 * The default value of the '{@link #getRetentionRate() <em>Retention Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetentionRate()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal RETENTION_RATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRetentionRate() <em>Retention Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetentionRate()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal retentionRate = RETENTION_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected String notes = NOTES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ChannelPerformanceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TacticianPackage.Literals.CHANNEL_PERFORMANCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Channel getChannel() {
		if (channel != null && channel.eIsProxy()) {
			InternalEObject oldChannel = (InternalEObject)channel;
			channel = (Channel)eResolveProxy(oldChannel);
			if (channel != oldChannel) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TacticianPackage.CHANNEL_PERFORMANCE__CHANNEL, oldChannel, channel));
			}
		}
		return channel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Channel basicGetChannel() {
		return channel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChannel(Channel newChannel) {
		Channel oldChannel = channel;
		channel = newChannel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.CHANNEL_PERFORMANCE__CHANNEL, oldChannel, channel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSessions() {
		return sessions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSessions(long newSessions) {
		long oldSessions = sessions;
		sessions = newSessions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.CHANNEL_PERFORMANCE__SESSIONS, oldSessions, sessions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getConversionRate() {
		return conversionRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConversionRate(BigDecimal newConversionRate) {
		BigDecimal oldConversionRate = conversionRate;
		conversionRate = newConversionRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.CHANNEL_PERFORMANCE__CONVERSION_RATE, oldConversionRate, conversionRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Money getAverageOrderValue() {
		return averageOrderValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAverageOrderValue(Money newAverageOrderValue) {
		Money oldAverageOrderValue = averageOrderValue;
		averageOrderValue = newAverageOrderValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.CHANNEL_PERFORMANCE__AVERAGE_ORDER_VALUE, oldAverageOrderValue, averageOrderValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Money getRevenue() {
		return revenue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRevenue(Money newRevenue) {
		Money oldRevenue = revenue;
		revenue = newRevenue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.CHANNEL_PERFORMANCE__REVENUE, oldRevenue, revenue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Money getCost() {
		return cost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCost(Money newCost) {
		Money oldCost = cost;
		cost = newCost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.CHANNEL_PERFORMANCE__COST, oldCost, cost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNewCustomers() {
		return newCustomers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNewCustomers(int newNewCustomers) {
		int oldNewCustomers = newCustomers;
		newCustomers = newNewCustomers;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.CHANNEL_PERFORMANCE__NEW_CUSTOMERS, oldNewCustomers, newCustomers));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getRetentionRate() {
		return retentionRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRetentionRate(BigDecimal newRetentionRate) {
		BigDecimal oldRetentionRate = retentionRate;
		retentionRate = newRetentionRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.CHANNEL_PERFORMANCE__RETENTION_RATE, oldRetentionRate, retentionRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNotes() {
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotes(String newNotes) {
		String oldNotes = notes;
		notes = newNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.CHANNEL_PERFORMANCE__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TacticianPackage.CHANNEL_PERFORMANCE__CHANNEL:
				if (resolve) return getChannel();
				return basicGetChannel();
			case TacticianPackage.CHANNEL_PERFORMANCE__SESSIONS:
				return getSessions();
			case TacticianPackage.CHANNEL_PERFORMANCE__CONVERSION_RATE:
				return getConversionRate();
			case TacticianPackage.CHANNEL_PERFORMANCE__AVERAGE_ORDER_VALUE:
				return getAverageOrderValue();
			case TacticianPackage.CHANNEL_PERFORMANCE__REVENUE:
				return getRevenue();
			case TacticianPackage.CHANNEL_PERFORMANCE__COST:
				return getCost();
			case TacticianPackage.CHANNEL_PERFORMANCE__NEW_CUSTOMERS:
				return getNewCustomers();
			case TacticianPackage.CHANNEL_PERFORMANCE__RETENTION_RATE:
				return getRetentionRate();
			case TacticianPackage.CHANNEL_PERFORMANCE__NOTES:
				return getNotes();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TacticianPackage.CHANNEL_PERFORMANCE__CHANNEL:
				setChannel((Channel)newValue);
				return;
			case TacticianPackage.CHANNEL_PERFORMANCE__SESSIONS:
				setSessions((Long)newValue);
				return;
			case TacticianPackage.CHANNEL_PERFORMANCE__CONVERSION_RATE:
				setConversionRate((BigDecimal)newValue);
				return;
			case TacticianPackage.CHANNEL_PERFORMANCE__AVERAGE_ORDER_VALUE:
				setAverageOrderValue((Money)newValue);
				return;
			case TacticianPackage.CHANNEL_PERFORMANCE__REVENUE:
				setRevenue((Money)newValue);
				return;
			case TacticianPackage.CHANNEL_PERFORMANCE__COST:
				setCost((Money)newValue);
				return;
			case TacticianPackage.CHANNEL_PERFORMANCE__NEW_CUSTOMERS:
				setNewCustomers((Integer)newValue);
				return;
			case TacticianPackage.CHANNEL_PERFORMANCE__RETENTION_RATE:
				setRetentionRate((BigDecimal)newValue);
				return;
			case TacticianPackage.CHANNEL_PERFORMANCE__NOTES:
				setNotes((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case TacticianPackage.CHANNEL_PERFORMANCE__CHANNEL:
				setChannel((Channel)null);
				return;
			case TacticianPackage.CHANNEL_PERFORMANCE__SESSIONS:
				setSessions(SESSIONS_EDEFAULT);
				return;
			case TacticianPackage.CHANNEL_PERFORMANCE__CONVERSION_RATE:
				setConversionRate(CONVERSION_RATE_EDEFAULT);
				return;
			case TacticianPackage.CHANNEL_PERFORMANCE__AVERAGE_ORDER_VALUE:
				setAverageOrderValue(AVERAGE_ORDER_VALUE_EDEFAULT);
				return;
			case TacticianPackage.CHANNEL_PERFORMANCE__REVENUE:
				setRevenue(REVENUE_EDEFAULT);
				return;
			case TacticianPackage.CHANNEL_PERFORMANCE__COST:
				setCost(COST_EDEFAULT);
				return;
			case TacticianPackage.CHANNEL_PERFORMANCE__NEW_CUSTOMERS:
				setNewCustomers(NEW_CUSTOMERS_EDEFAULT);
				return;
			case TacticianPackage.CHANNEL_PERFORMANCE__RETENTION_RATE:
				setRetentionRate(RETENTION_RATE_EDEFAULT);
				return;
			case TacticianPackage.CHANNEL_PERFORMANCE__NOTES:
				setNotes(NOTES_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case TacticianPackage.CHANNEL_PERFORMANCE__CHANNEL:
				return channel != null;
			case TacticianPackage.CHANNEL_PERFORMANCE__SESSIONS:
				return sessions != SESSIONS_EDEFAULT;
			case TacticianPackage.CHANNEL_PERFORMANCE__CONVERSION_RATE:
				return CONVERSION_RATE_EDEFAULT == null ? conversionRate != null : !CONVERSION_RATE_EDEFAULT.equals(conversionRate);
			case TacticianPackage.CHANNEL_PERFORMANCE__AVERAGE_ORDER_VALUE:
				return AVERAGE_ORDER_VALUE_EDEFAULT == null ? averageOrderValue != null : !AVERAGE_ORDER_VALUE_EDEFAULT.equals(averageOrderValue);
			case TacticianPackage.CHANNEL_PERFORMANCE__REVENUE:
				return REVENUE_EDEFAULT == null ? revenue != null : !REVENUE_EDEFAULT.equals(revenue);
			case TacticianPackage.CHANNEL_PERFORMANCE__COST:
				return COST_EDEFAULT == null ? cost != null : !COST_EDEFAULT.equals(cost);
			case TacticianPackage.CHANNEL_PERFORMANCE__NEW_CUSTOMERS:
				return newCustomers != NEW_CUSTOMERS_EDEFAULT;
			case TacticianPackage.CHANNEL_PERFORMANCE__RETENTION_RATE:
				return RETENTION_RATE_EDEFAULT == null ? retentionRate != null : !RETENTION_RATE_EDEFAULT.equals(retentionRate);
			case TacticianPackage.CHANNEL_PERFORMANCE__NOTES:
				return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (sessions: ");
		result.append(sessions);
		result.append(", conversionRate: ");
		result.append(conversionRate);
		result.append(", averageOrderValue: ");
		result.append(averageOrderValue);
		result.append(", revenue: ");
		result.append(revenue);
		result.append(", cost: ");
		result.append(cost);
		result.append(", newCustomers: ");
		result.append(newCustomers);
		result.append(", retentionRate: ");
		result.append(retentionRate);
		result.append(", notes: ");
		result.append(notes);
		result.append(')');
		return result.toString();
	}

} //ChannelPerformanceImpl
