/**
 */
package org.tactician.model.impl;

import java.math.BigDecimal;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.tactician.model.ConversionForecast;
import org.tactician.model.ForecastInput;
import org.tactician.model.Money;
import org.tactician.model.ProfitAssumption;
import org.tactician.model.TacticianPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Conversion Forecast</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.impl.ConversionForecastImpl#getInputs <em>Inputs</em>}</li>
 *   <li>{@link org.tactician.model.impl.ConversionForecastImpl#getGrossMargin <em>Gross Margin</em>}</li>
 *   <li>{@link org.tactician.model.impl.ConversionForecastImpl#getReturnRate <em>Return Rate</em>}</li>
 *   <li>{@link org.tactician.model.impl.ConversionForecastImpl#getFulfilmentCostPerOrder <em>Fulfilment Cost Per Order</em>}</li>
 *   <li>{@link org.tactician.model.impl.ConversionForecastImpl#getAssumptions <em>Assumptions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConversionForecastImpl extends NamedElementImpl implements ConversionForecast {
	/**
	 * The cached value of the '{@link #getInputs() <em>Inputs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputs()
	 * @generated
	 * @ordered
	 */
	protected EList<ForecastInput> inputs;

	/**
	 * The default value of the '{@link #getGrossMargin() <em>Gross Margin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGrossMargin()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal GROSS_MARGIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGrossMargin() <em>Gross Margin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGrossMargin()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal grossMargin = GROSS_MARGIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getReturnRate() <em>Return Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReturnRate()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal RETURN_RATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReturnRate() <em>Return Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReturnRate()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal returnRate = RETURN_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFulfilmentCostPerOrder() <em>Fulfilment Cost Per Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFulfilmentCostPerOrder()
	 * @generated
	 * @ordered
	 */
	protected static final Money FULFILMENT_COST_PER_ORDER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFulfilmentCostPerOrder() <em>Fulfilment Cost Per Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFulfilmentCostPerOrder()
	 * @generated
	 * @ordered
	 */
	protected Money fulfilmentCostPerOrder = FULFILMENT_COST_PER_ORDER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAssumptions() <em>Assumptions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssumptions()
	 * @generated
	 * @ordered
	 */
	protected EList<ProfitAssumption> assumptions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConversionForecastImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TacticianPackage.Literals.CONVERSION_FORECAST;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ForecastInput> getInputs() {
		if (inputs == null) {
			inputs = new EObjectContainmentEList<ForecastInput>(ForecastInput.class, this, TacticianPackage.CONVERSION_FORECAST__INPUTS);
		}
		return inputs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getGrossMargin() {
		return grossMargin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGrossMargin(BigDecimal newGrossMargin) {
		BigDecimal oldGrossMargin = grossMargin;
		grossMargin = newGrossMargin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.CONVERSION_FORECAST__GROSS_MARGIN, oldGrossMargin, grossMargin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getReturnRate() {
		return returnRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReturnRate(BigDecimal newReturnRate) {
		BigDecimal oldReturnRate = returnRate;
		returnRate = newReturnRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.CONVERSION_FORECAST__RETURN_RATE, oldReturnRate, returnRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Money getFulfilmentCostPerOrder() {
		return fulfilmentCostPerOrder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFulfilmentCostPerOrder(Money newFulfilmentCostPerOrder) {
		Money oldFulfilmentCostPerOrder = fulfilmentCostPerOrder;
		fulfilmentCostPerOrder = newFulfilmentCostPerOrder;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.CONVERSION_FORECAST__FULFILMENT_COST_PER_ORDER, oldFulfilmentCostPerOrder, fulfilmentCostPerOrder));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ProfitAssumption> getAssumptions() {
		if (assumptions == null) {
			assumptions = new EObjectContainmentEList<ProfitAssumption>(ProfitAssumption.class, this, TacticianPackage.CONVERSION_FORECAST__ASSUMPTIONS);
		}
		return assumptions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TacticianPackage.CONVERSION_FORECAST__INPUTS:
				return ((InternalEList<?>)getInputs()).basicRemove(otherEnd, msgs);
			case TacticianPackage.CONVERSION_FORECAST__ASSUMPTIONS:
				return ((InternalEList<?>)getAssumptions()).basicRemove(otherEnd, msgs);
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
			case TacticianPackage.CONVERSION_FORECAST__INPUTS:
				return getInputs();
			case TacticianPackage.CONVERSION_FORECAST__GROSS_MARGIN:
				return getGrossMargin();
			case TacticianPackage.CONVERSION_FORECAST__RETURN_RATE:
				return getReturnRate();
			case TacticianPackage.CONVERSION_FORECAST__FULFILMENT_COST_PER_ORDER:
				return getFulfilmentCostPerOrder();
			case TacticianPackage.CONVERSION_FORECAST__ASSUMPTIONS:
				return getAssumptions();
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
			case TacticianPackage.CONVERSION_FORECAST__INPUTS:
				getInputs().clear();
				getInputs().addAll((Collection<? extends ForecastInput>)newValue);
				return;
			case TacticianPackage.CONVERSION_FORECAST__GROSS_MARGIN:
				setGrossMargin((BigDecimal)newValue);
				return;
			case TacticianPackage.CONVERSION_FORECAST__RETURN_RATE:
				setReturnRate((BigDecimal)newValue);
				return;
			case TacticianPackage.CONVERSION_FORECAST__FULFILMENT_COST_PER_ORDER:
				setFulfilmentCostPerOrder((Money)newValue);
				return;
			case TacticianPackage.CONVERSION_FORECAST__ASSUMPTIONS:
				getAssumptions().clear();
				getAssumptions().addAll((Collection<? extends ProfitAssumption>)newValue);
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
			case TacticianPackage.CONVERSION_FORECAST__INPUTS:
				getInputs().clear();
				return;
			case TacticianPackage.CONVERSION_FORECAST__GROSS_MARGIN:
				setGrossMargin(GROSS_MARGIN_EDEFAULT);
				return;
			case TacticianPackage.CONVERSION_FORECAST__RETURN_RATE:
				setReturnRate(RETURN_RATE_EDEFAULT);
				return;
			case TacticianPackage.CONVERSION_FORECAST__FULFILMENT_COST_PER_ORDER:
				setFulfilmentCostPerOrder(FULFILMENT_COST_PER_ORDER_EDEFAULT);
				return;
			case TacticianPackage.CONVERSION_FORECAST__ASSUMPTIONS:
				getAssumptions().clear();
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
			case TacticianPackage.CONVERSION_FORECAST__INPUTS:
				return inputs != null && !inputs.isEmpty();
			case TacticianPackage.CONVERSION_FORECAST__GROSS_MARGIN:
				return GROSS_MARGIN_EDEFAULT == null ? grossMargin != null : !GROSS_MARGIN_EDEFAULT.equals(grossMargin);
			case TacticianPackage.CONVERSION_FORECAST__RETURN_RATE:
				return RETURN_RATE_EDEFAULT == null ? returnRate != null : !RETURN_RATE_EDEFAULT.equals(returnRate);
			case TacticianPackage.CONVERSION_FORECAST__FULFILMENT_COST_PER_ORDER:
				return FULFILMENT_COST_PER_ORDER_EDEFAULT == null ? fulfilmentCostPerOrder != null : !FULFILMENT_COST_PER_ORDER_EDEFAULT.equals(fulfilmentCostPerOrder);
			case TacticianPackage.CONVERSION_FORECAST__ASSUMPTIONS:
				return assumptions != null && !assumptions.isEmpty();
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
		result.append(" (grossMargin: ");
		result.append(grossMargin);
		result.append(", returnRate: ");
		result.append(returnRate);
		result.append(", fulfilmentCostPerOrder: ");
		result.append(fulfilmentCostPerOrder);
		result.append(')');
		return result.toString();
	}

} //ConversionForecastImpl
