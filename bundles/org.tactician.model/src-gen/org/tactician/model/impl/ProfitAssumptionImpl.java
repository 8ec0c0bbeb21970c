/**
 */
package org.tactician.model.impl;

import java.math.BigDecimal;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.tactician.model.Channel;
import org.tactician.model.Money;
import org.tactician.model.ProfitAssumption;
import org.tactician.model.Segment;
import org.tactician.model.TacticianPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Profit Assumption</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.impl.ProfitAssumptionImpl#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.tactician.model.impl.ProfitAssumptionImpl#getSegment <em>Segment</em>}</li>
 *   <li>{@link org.tactician.model.impl.ProfitAssumptionImpl#getGrossMargin <em>Gross Margin</em>}</li>
 *   <li>{@link org.tactician.model.impl.ProfitAssumptionImpl#getReturnRate <em>Return Rate</em>}</li>
 *   <li>{@link org.tactician.model.impl.ProfitAssumptionImpl#getFulfilmentCostPerOrder <em>Fulfilment Cost Per Order</em>}</li>
 *   <li>{@link org.tactician.model.impl.ProfitAssumptionImpl#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProfitAssumptionImpl extends PlanElementImpl implements ProfitAssumption {
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
	protected ProfitAssumptionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TacticianPackage.Literals.PROFIT_ASSUMPTION;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TacticianPackage.PROFIT_ASSUMPTION__CHANNEL, oldChannel, channel));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.PROFIT_ASSUMPTION__CHANNEL, oldChannel, channel));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TacticianPackage.PROFIT_ASSUMPTION__SEGMENT, oldSegment, segment));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.PROFIT_ASSUMPTION__SEGMENT, oldSegment, segment));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.PROFIT_ASSUMPTION__GROSS_MARGIN, oldGrossMargin, grossMargin));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.PROFIT_ASSUMPTION__RETURN_RATE, oldReturnRate, returnRate));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.PROFIT_ASSUMPTION__FULFILMENT_COST_PER_ORDER, oldFulfilmentCostPerOrder, fulfilmentCostPerOrder));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.PROFIT_ASSUMPTION__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TacticianPackage.PROFIT_ASSUMPTION__CHANNEL:
				if (resolve) return getChannel();
				return basicGetChannel();
			case TacticianPackage.PROFIT_ASSUMPTION__SEGMENT:
				if (resolve) return getSegment();
				return basicGetSegment();
			case TacticianPackage.PROFIT_ASSUMPTION__GROSS_MARGIN:
				return getGrossMargin();
			case TacticianPackage.PROFIT_ASSUMPTION__RETURN_RATE:
				return getReturnRate();
			case TacticianPackage.PROFIT_ASSUMPTION__FULFILMENT_COST_PER_ORDER:
				return getFulfilmentCostPerOrder();
			case TacticianPackage.PROFIT_ASSUMPTION__NOTES:
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
			case TacticianPackage.PROFIT_ASSUMPTION__CHANNEL:
				setChannel((Channel)newValue);
				return;
			case TacticianPackage.PROFIT_ASSUMPTION__SEGMENT:
				setSegment((Segment)newValue);
				return;
			case TacticianPackage.PROFIT_ASSUMPTION__GROSS_MARGIN:
				setGrossMargin((BigDecimal)newValue);
				return;
			case TacticianPackage.PROFIT_ASSUMPTION__RETURN_RATE:
				setReturnRate((BigDecimal)newValue);
				return;
			case TacticianPackage.PROFIT_ASSUMPTION__FULFILMENT_COST_PER_ORDER:
				setFulfilmentCostPerOrder((Money)newValue);
				return;
			case TacticianPackage.PROFIT_ASSUMPTION__NOTES:
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
			case TacticianPackage.PROFIT_ASSUMPTION__CHANNEL:
				setChannel((Channel)null);
				return;
			case TacticianPackage.PROFIT_ASSUMPTION__SEGMENT:
				setSegment((Segment)null);
				return;
			case TacticianPackage.PROFIT_ASSUMPTION__GROSS_MARGIN:
				setGrossMargin(GROSS_MARGIN_EDEFAULT);
				return;
			case TacticianPackage.PROFIT_ASSUMPTION__RETURN_RATE:
				setReturnRate(RETURN_RATE_EDEFAULT);
				return;
			case TacticianPackage.PROFIT_ASSUMPTION__FULFILMENT_COST_PER_ORDER:
				setFulfilmentCostPerOrder(FULFILMENT_COST_PER_ORDER_EDEFAULT);
				return;
			case TacticianPackage.PROFIT_ASSUMPTION__NOTES:
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
			case TacticianPackage.PROFIT_ASSUMPTION__CHANNEL:
				return channel != null;
			case TacticianPackage.PROFIT_ASSUMPTION__SEGMENT:
				return segment != null;
			case TacticianPackage.PROFIT_ASSUMPTION__GROSS_MARGIN:
				return GROSS_MARGIN_EDEFAULT == null ? grossMargin != null : !GROSS_MARGIN_EDEFAULT.equals(grossMargin);
			case TacticianPackage.PROFIT_ASSUMPTION__RETURN_RATE:
				return RETURN_RATE_EDEFAULT == null ? returnRate != null : !RETURN_RATE_EDEFAULT.equals(returnRate);
			case TacticianPackage.PROFIT_ASSUMPTION__FULFILMENT_COST_PER_ORDER:
				return FULFILMENT_COST_PER_ORDER_EDEFAULT == null ? fulfilmentCostPerOrder != null : !FULFILMENT_COST_PER_ORDER_EDEFAULT.equals(fulfilmentCostPerOrder);
			case TacticianPackage.PROFIT_ASSUMPTION__NOTES:
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
		result.append(" (grossMargin: ");
		result.append(grossMargin);
		result.append(", returnRate: ");
		result.append(returnRate);
		result.append(", fulfilmentCostPerOrder: ");
		result.append(fulfilmentCostPerOrder);
		result.append(", notes: ");
		result.append(notes);
		result.append(')');
		return result.toString();
	}

} //ProfitAssumptionImpl
