/**
 */
package org.tactician.model.impl;

import java.math.BigDecimal;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.tactician.model.ChannelPerformance;
import org.tactician.model.Money;
import org.tactician.model.PerformanceReview;
import org.tactician.model.Scheduled;
import org.tactician.model.TacticianPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Performance Review</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.impl.PerformanceReviewImpl#getStart <em>Start</em>}</li>
 *   <li>{@link org.tactician.model.impl.PerformanceReviewImpl#getEnd <em>End</em>}</li>
 *   <li>{@link org.tactician.model.impl.PerformanceReviewImpl#getSalesTarget <em>Sales Target</em>}</li>
 *   <li>{@link org.tactician.model.impl.PerformanceReviewImpl#getSales <em>Sales</em>}</li>
 *   <li>{@link org.tactician.model.impl.PerformanceReviewImpl#getProfit <em>Profit</em>}</li>
 *   <li>{@link org.tactician.model.impl.PerformanceReviewImpl#getNewCustomers <em>New Customers</em>}</li>
 *   <li>{@link org.tactician.model.impl.PerformanceReviewImpl#getRetentionRate <em>Retention Rate</em>}</li>
 *   <li>{@link org.tactician.model.impl.PerformanceReviewImpl#getGrowthRate <em>Growth Rate</em>}</li>
 *   <li>{@link org.tactician.model.impl.PerformanceReviewImpl#getMissedOpportunities <em>Missed Opportunities</em>}</li>
 *   <li>{@link org.tactician.model.impl.PerformanceReviewImpl#getChannelMetrics <em>Channel Metrics</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PerformanceReviewImpl extends NamedElementImpl implements PerformanceReview {
	/**
	 * The default value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected LocalDate start = START_EDEFAULT;

	/**
	 * The default value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate END_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected LocalDate end = END_EDEFAULT;

	/**
	 * The default value of the '{@link #getSalesTarget() <em>Sales Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSalesTarget()
	 * @generated
	 * @ordered
	 */
	protected static final Money SALES_TARGET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSalesTarget() <em>Sales Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSalesTarget()
	 * @generated
	 * @ordered
	 */
	protected Money salesTarget = SALES_TARGET_EDEFAULT;

	/**
	 * The default value of the '{@link #getSales() <em>Sales</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSales()
	 * @generated
	 * @ordered
	 */
	protected static final Money SALES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSales() <em>Sales</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSales()
	 * @generated
	 * @ordered
	 */
	protected Money sales = SALES_EDEFAULT;

	/**
	 * The default value of the '{@link #getProfit() <em>Profit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProfit()
	 * @generated
	 * @ordered
	 */
	protected static final Money PROFIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProfit() <em>Profit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProfit()
	 * @generated
	 * @ordered
	 */
	protected Money profit = PROFIT_EDEFAULT;

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
	 * The default value of the '{@link #getGrowthRate() <em>Growth Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGrowthRate()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal GROWTH_RATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGrowthRate() <em>Growth Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGrowthRate()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal growthRate = GROWTH_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMissedOpportunities() <em>Missed Opportunities</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMissedOpportunities()
	 * @generated
	 * @ordered
	 */
	protected static final String MISSED_OPPORTUNITIES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMissedOpportunities() <em>Missed Opportunities</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMissedOpportunities()
	 * @generated
	 * @ordered
	 */
	protected String missedOpportunities = MISSED_OPPORTUNITIES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getChannelMetrics() <em>Channel Metrics</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannelMetrics()
	 * @generated
	 * @ordered
	 */
	protected EList<ChannelPerformance> channelMetrics;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PerformanceReviewImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TacticianPackage.Literals.PERFORMANCE_REVIEW;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getStart() {
		return start;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStart(LocalDate newStart) {
		LocalDate oldStart = start;
		start = newStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.PERFORMANCE_REVIEW__START, oldStart, start));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEnd() {
		return end;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnd(LocalDate newEnd) {
		LocalDate oldEnd = end;
		end = newEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.PERFORMANCE_REVIEW__END, oldEnd, end));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Money getSalesTarget() {
		return salesTarget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSalesTarget(Money newSalesTarget) {
		Money oldSalesTarget = salesTarget;
		salesTarget = newSalesTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.PERFORMANCE_REVIEW__SALES_TARGET, oldSalesTarget, salesTarget));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Money getSales() {
		return sales;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSales(Money newSales) {
		Money oldSales = sales;
		sales = newSales;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.PERFORMANCE_REVIEW__SALES, oldSales, sales));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Money getProfit() {
		return profit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProfit(Money newProfit) {
		Money oldProfit = profit;
		profit = newProfit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.PERFORMANCE_REVIEW__PROFIT, oldProfit, profit));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.PERFORMANCE_REVIEW__NEW_CUSTOMERS, oldNewCustomers, newCustomers));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.PERFORMANCE_REVIEW__RETENTION_RATE, oldRetentionRate, retentionRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getGrowthRate() {
		return growthRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGrowthRate(BigDecimal newGrowthRate) {
		BigDecimal oldGrowthRate = growthRate;
		growthRate = newGrowthRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.PERFORMANCE_REVIEW__GROWTH_RATE, oldGrowthRate, growthRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMissedOpportunities() {
		return missedOpportunities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMissedOpportunities(String newMissedOpportunities) {
		String oldMissedOpportunities = missedOpportunities;
		missedOpportunities = newMissedOpportunities;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.PERFORMANCE_REVIEW__MISSED_OPPORTUNITIES, oldMissedOpportunities, missedOpportunities));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ChannelPerformance> getChannelMetrics() {
		if (channelMetrics == null) {
			channelMetrics = new EObjectContainmentEList<ChannelPerformance>(ChannelPerformance.class, this, TacticianPackage.PERFORMANCE_REVIEW__CHANNEL_METRICS);
		}
		return channelMetrics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TacticianPackage.PERFORMANCE_REVIEW__CHANNEL_METRICS:
				return ((InternalEList<?>)getChannelMetrics()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TacticianPackage.PERFORMANCE_REVIEW__START:
				return getStart();
			case TacticianPackage.PERFORMANCE_REVIEW__END:
				return getEnd();
			case TacticianPackage.PERFORMANCE_REVIEW__SALES_TARGET:
				return getSalesTarget();
			case TacticianPackage.PERFORMANCE_REVIEW__SALES:
				return getSales();
			case TacticianPackage.PERFORMANCE_REVIEW__PROFIT:
				return getProfit();
			case TacticianPackage.PERFORMANCE_REVIEW__NEW_CUSTOMERS:
				return getNewCustomers();
			case TacticianPackage.PERFORMANCE_REVIEW__RETENTION_RATE:
				return getRetentionRate();
			case TacticianPackage.PERFORMANCE_REVIEW__GROWTH_RATE:
				return getGrowthRate();
			case TacticianPackage.PERFORMANCE_REVIEW__MISSED_OPPORTUNITIES:
				return getMissedOpportunities();
			case TacticianPackage.PERFORMANCE_REVIEW__CHANNEL_METRICS:
				return getChannelMetrics();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TacticianPackage.PERFORMANCE_REVIEW__START:
				setStart((LocalDate)newValue);
				return;
			case TacticianPackage.PERFORMANCE_REVIEW__END:
				setEnd((LocalDate)newValue);
				return;
			case TacticianPackage.PERFORMANCE_REVIEW__SALES_TARGET:
				setSalesTarget((Money)newValue);
				return;
			case TacticianPackage.PERFORMANCE_REVIEW__SALES:
				setSales((Money)newValue);
				return;
			case TacticianPackage.PERFORMANCE_REVIEW__PROFIT:
				setProfit((Money)newValue);
				return;
			case TacticianPackage.PERFORMANCE_REVIEW__NEW_CUSTOMERS:
				setNewCustomers((Integer)newValue);
				return;
			case TacticianPackage.PERFORMANCE_REVIEW__RETENTION_RATE:
				setRetentionRate((BigDecimal)newValue);
				return;
			case TacticianPackage.PERFORMANCE_REVIEW__GROWTH_RATE:
				setGrowthRate((BigDecimal)newValue);
				return;
			case TacticianPackage.PERFORMANCE_REVIEW__MISSED_OPPORTUNITIES:
				setMissedOpportunities((String)newValue);
				return;
			case TacticianPackage.PERFORMANCE_REVIEW__CHANNEL_METRICS:
				getChannelMetrics().clear();
				getChannelMetrics().addAll((Collection<? extends ChannelPerformance>)newValue);
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
			case TacticianPackage.PERFORMANCE_REVIEW__START:
				setStart(START_EDEFAULT);
				return;
			case TacticianPackage.PERFORMANCE_REVIEW__END:
				setEnd(END_EDEFAULT);
				return;
			case TacticianPackage.PERFORMANCE_REVIEW__SALES_TARGET:
				setSalesTarget(SALES_TARGET_EDEFAULT);
				return;
			case TacticianPackage.PERFORMANCE_REVIEW__SALES:
				setSales(SALES_EDEFAULT);
				return;
			case TacticianPackage.PERFORMANCE_REVIEW__PROFIT:
				setProfit(PROFIT_EDEFAULT);
				return;
			case TacticianPackage.PERFORMANCE_REVIEW__NEW_CUSTOMERS:
				setNewCustomers(NEW_CUSTOMERS_EDEFAULT);
				return;
			case TacticianPackage.PERFORMANCE_REVIEW__RETENTION_RATE:
				setRetentionRate(RETENTION_RATE_EDEFAULT);
				return;
			case TacticianPackage.PERFORMANCE_REVIEW__GROWTH_RATE:
				setGrowthRate(GROWTH_RATE_EDEFAULT);
				return;
			case TacticianPackage.PERFORMANCE_REVIEW__MISSED_OPPORTUNITIES:
				setMissedOpportunities(MISSED_OPPORTUNITIES_EDEFAULT);
				return;
			case TacticianPackage.PERFORMANCE_REVIEW__CHANNEL_METRICS:
				getChannelMetrics().clear();
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
			case TacticianPackage.PERFORMANCE_REVIEW__START:
				return START_EDEFAULT == null ? start != null : !START_EDEFAULT.equals(start);
			case TacticianPackage.PERFORMANCE_REVIEW__END:
				return END_EDEFAULT == null ? end != null : !END_EDEFAULT.equals(end);
			case TacticianPackage.PERFORMANCE_REVIEW__SALES_TARGET:
				return SALES_TARGET_EDEFAULT == null ? salesTarget != null : !SALES_TARGET_EDEFAULT.equals(salesTarget);
			case TacticianPackage.PERFORMANCE_REVIEW__SALES:
				return SALES_EDEFAULT == null ? sales != null : !SALES_EDEFAULT.equals(sales);
			case TacticianPackage.PERFORMANCE_REVIEW__PROFIT:
				return PROFIT_EDEFAULT == null ? profit != null : !PROFIT_EDEFAULT.equals(profit);
			case TacticianPackage.PERFORMANCE_REVIEW__NEW_CUSTOMERS:
				return newCustomers != NEW_CUSTOMERS_EDEFAULT;
			case TacticianPackage.PERFORMANCE_REVIEW__RETENTION_RATE:
				return RETENTION_RATE_EDEFAULT == null ? retentionRate != null : !RETENTION_RATE_EDEFAULT.equals(retentionRate);
			case TacticianPackage.PERFORMANCE_REVIEW__GROWTH_RATE:
				return GROWTH_RATE_EDEFAULT == null ? growthRate != null : !GROWTH_RATE_EDEFAULT.equals(growthRate);
			case TacticianPackage.PERFORMANCE_REVIEW__MISSED_OPPORTUNITIES:
				return MISSED_OPPORTUNITIES_EDEFAULT == null ? missedOpportunities != null : !MISSED_OPPORTUNITIES_EDEFAULT.equals(missedOpportunities);
			case TacticianPackage.PERFORMANCE_REVIEW__CHANNEL_METRICS:
				return channelMetrics != null && !channelMetrics.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eBaseStructuralFeatureID(int derivedFeatureID, Class<?> baseClass) {
		if (baseClass == Scheduled.class) {
			switch (derivedFeatureID) {
				case TacticianPackage.PERFORMANCE_REVIEW__START: return TacticianPackage.SCHEDULED__START;
				case TacticianPackage.PERFORMANCE_REVIEW__END: return TacticianPackage.SCHEDULED__END;
				default: return -1;
			}
		}
		return super.eBaseStructuralFeatureID(derivedFeatureID, baseClass);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eDerivedStructuralFeatureID(int baseFeatureID, Class<?> baseClass) {
		if (baseClass == Scheduled.class) {
			switch (baseFeatureID) {
				case TacticianPackage.SCHEDULED__START: return TacticianPackage.PERFORMANCE_REVIEW__START;
				case TacticianPackage.SCHEDULED__END: return TacticianPackage.PERFORMANCE_REVIEW__END;
				default: return -1;
			}
		}
		return super.eDerivedStructuralFeatureID(baseFeatureID, baseClass);
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
		result.append(" (start: ");
		result.append(start);
		result.append(", end: ");
		result.append(end);
		result.append(", salesTarget: ");
		result.append(salesTarget);
		result.append(", sales: ");
		result.append(sales);
		result.append(", profit: ");
		result.append(profit);
		result.append(", newCustomers: ");
		result.append(newCustomers);
		result.append(", retentionRate: ");
		result.append(retentionRate);
		result.append(", growthRate: ");
		result.append(growthRate);
		result.append(", missedOpportunities: ");
		result.append(missedOpportunities);
		result.append(')');
		return result.toString();
	}

} //PerformanceReviewImpl
