/**
 */
package org.tactician.model.impl;

import java.math.BigDecimal;

import java.time.YearMonth;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.tactician.model.Channel;
import org.tactician.model.ForecastInput;
import org.tactician.model.Money;
import org.tactician.model.Segment;
import org.tactician.model.TacticianPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Forecast Input</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.impl.ForecastInputImpl#getMonth <em>Month</em>}</li>
 *   <li>{@link org.tactician.model.impl.ForecastInputImpl#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.tactician.model.impl.ForecastInputImpl#getSegment <em>Segment</em>}</li>
 *   <li>{@link org.tactician.model.impl.ForecastInputImpl#getSessions <em>Sessions</em>}</li>
 *   <li>{@link org.tactician.model.impl.ForecastInputImpl#getConversionRate <em>Conversion Rate</em>}</li>
 *   <li>{@link org.tactician.model.impl.ForecastInputImpl#getAverageOrderValue <em>Average Order Value</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ForecastInputImpl extends PlanElementImpl implements ForecastInput {
	/**
	 * The default value of the '{@link #getMonth() <em>Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonth()
	 * @generated
	 * @ordered
	 */
	protected static final YearMonth MONTH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMonth() <em>Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonth()
	 * @generated
	 * @ordered
	 */
	protected YearMonth month = MONTH_EDEFAULT;

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
	 * The cached value of the '{@link #getSegment() <em>Segment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegment()
	 * @generated
	 * @ordered
	 */
	protected Segment segment;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ForecastInputImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TacticianPackage.Literals.FORECAST_INPUT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YearMonth getMonth() {
		return month;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMonth(YearMonth newMonth) {
		YearMonth oldMonth = month;
		month = newMonth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.FORECAST_INPUT__MONTH, oldMonth, month));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TacticianPackage.FORECAST_INPUT__CHANNEL, oldChannel, channel));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.FORECAST_INPUT__CHANNEL, oldChannel, channel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Segment getSegment() {
		if (segment != null && segment.eIsProxy()) {
			InternalEObject oldSegment = (InternalEObject)segment;
			segment = (Segment)eResolveProxy(oldSegment);
			if (segment != oldSegment) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TacticianPackage.FORECAST_INPUT__SEGMENT, oldSegment, segment));
			}
		}
		return segment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Segment basicGetSegment() {
		return segment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSegment(Segment newSegment) {
		Segment oldSegment = segment;
		segment = newSegment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.FORECAST_INPUT__SEGMENT, oldSegment, segment));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.FORECAST_INPUT__SESSIONS, oldSessions, sessions));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.FORECAST_INPUT__CONVERSION_RATE, oldConversionRate, conversionRate));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.FORECAST_INPUT__AVERAGE_ORDER_VALUE, oldAverageOrderValue, averageOrderValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TacticianPackage.FORECAST_INPUT__MONTH:
				return getMonth();
			case TacticianPackage.FORECAST_INPUT__CHANNEL:
				if (resolve) return getChannel();
				return basicGetChannel();
			case TacticianPackage.FORECAST_INPUT__SEGMENT:
				if (resolve) return getSegment();
				return basicGetSegment();
			case TacticianPackage.FORECAST_INPUT__SESSIONS:
				return getSessions();
			case TacticianPackage.FORECAST_INPUT__CONVERSION_RATE:
				return getConversionRate();
			case TacticianPackage.FORECAST_INPUT__AVERAGE_ORDER_VALUE:
				return getAverageOrderValue();
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
			case TacticianPackage.FORECAST_INPUT__MONTH:
				setMonth((YearMonth)newValue);
				return;
			case TacticianPackage.FORECAST_INPUT__CHANNEL:
				setChannel((Channel)newValue);
				return;
			case TacticianPackage.FORECAST_INPUT__SEGMENT:
				setSegment((Segment)newValue);
				return;
			case TacticianPackage.FORECAST_INPUT__SESSIONS:
				setSessions((Long)newValue);
				return;
			case TacticianPackage.FORECAST_INPUT__CONVERSION_RATE:
				setConversionRate((BigDecimal)newValue);
				return;
			case TacticianPackage.FORECAST_INPUT__AVERAGE_ORDER_VALUE:
				setAverageOrderValue((Money)newValue);
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
			case TacticianPackage.FORECAST_INPUT__MONTH:
				setMonth(MONTH_EDEFAULT);
				return;
			case TacticianPackage.FORECAST_INPUT__CHANNEL:
				setChannel((Channel)null);
				return;
			case TacticianPackage.FORECAST_INPUT__SEGMENT:
				setSegment((Segment)null);
				return;
			case TacticianPackage.FORECAST_INPUT__SESSIONS:
				setSessions(SESSIONS_EDEFAULT);
				return;
			case TacticianPackage.FORECAST_INPUT__CONVERSION_RATE:
				setConversionRate(CONVERSION_RATE_EDEFAULT);
				return;
			case TacticianPackage.FORECAST_INPUT__AVERAGE_ORDER_VALUE:
				setAverageOrderValue(AVERAGE_ORDER_VALUE_EDEFAULT);
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
			case TacticianPackage.FORECAST_INPUT__MONTH:
				return MONTH_EDEFAULT == null ? month != null : !MONTH_EDEFAULT.equals(month);
			case TacticianPackage.FORECAST_INPUT__CHANNEL:
				return channel != null;
			case TacticianPackage.FORECAST_INPUT__SEGMENT:
				return segment != null;
			case TacticianPackage.FORECAST_INPUT__SESSIONS:
				return sessions != SESSIONS_EDEFAULT;
			case TacticianPackage.FORECAST_INPUT__CONVERSION_RATE:
				return CONVERSION_RATE_EDEFAULT == null ? conversionRate != null : !CONVERSION_RATE_EDEFAULT.equals(conversionRate);
			case TacticianPackage.FORECAST_INPUT__AVERAGE_ORDER_VALUE:
				return AVERAGE_ORDER_VALUE_EDEFAULT == null ? averageOrderValue != null : !AVERAGE_ORDER_VALUE_EDEFAULT.equals(averageOrderValue);
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
		result.append(" (month: ");
		result.append(month);
		result.append(", sessions: ");
		result.append(sessions);
		result.append(", conversionRate: ");
		result.append(conversionRate);
		result.append(", averageOrderValue: ");
		result.append(averageOrderValue);
		result.append(')');
		return result.toString();
	}

} //ForecastInputImpl
