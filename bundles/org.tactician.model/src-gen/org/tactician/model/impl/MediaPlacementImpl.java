/**
 */
package org.tactician.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.tactician.model.BudgetBooking;
import org.tactician.model.BudgetLine;
import org.tactician.model.CalendarEntry;
import org.tactician.model.Channel;
import org.tactician.model.Kpi;
import org.tactician.model.MediaPlacement;
import org.tactician.model.MediaType;
import org.tactician.model.Money;
import org.tactician.model.Scheduled;
import org.tactician.model.TacticianPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Media Placement</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.impl.MediaPlacementImpl#getStart <em>Start</em>}</li>
 *   <li>{@link org.tactician.model.impl.MediaPlacementImpl#getEnd <em>End</em>}</li>
 *   <li>{@link org.tactician.model.impl.MediaPlacementImpl#getBudgetLine <em>Budget Line</em>}</li>
 *   <li>{@link org.tactician.model.impl.MediaPlacementImpl#getBookedAmount <em>Booked Amount</em>}</li>
 *   <li>{@link org.tactician.model.impl.MediaPlacementImpl#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.tactician.model.impl.MediaPlacementImpl#getMediaType <em>Media Type</em>}</li>
 *   <li>{@link org.tactician.model.impl.MediaPlacementImpl#getTargeting <em>Targeting</em>}</li>
 *   <li>{@link org.tactician.model.impl.MediaPlacementImpl#getKpi <em>Kpi</em>}</li>
 *   <li>{@link org.tactician.model.impl.MediaPlacementImpl#getCalendarEntries <em>Calendar Entries</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MediaPlacementImpl extends NamedElementImpl implements MediaPlacement {
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
	 * The cached value of the '{@link #getBudgetLine() <em>Budget Line</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudgetLine()
	 * @generated
	 * @ordered
	 */
	protected BudgetLine budgetLine;

	/**
	 * The default value of the '{@link #getBookedAmount() <em>Booked Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBookedAmount()
	 * @generated
	 * @ordered
	 */
	protected static final Money BOOKED_AMOUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBookedAmount() <em>Booked Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBookedAmount()
	 * @generated
	 * @ordered
	 */
	protected Money bookedAmount = BOOKED_AMOUNT_EDEFAULT;

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
	 * The default value of the '{@link #getMediaType() <em>Media Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMediaType()
	 * @generated
	 * @ordered
	 */
	protected static final MediaType MEDIA_TYPE_EDEFAULT = MediaType.PAID;

	/**
	 * The cached value of the '{@link #getMediaType() <em>Media Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMediaType()
	 * @generated
	 * @ordered
	 */
	protected MediaType mediaType = MEDIA_TYPE_EDEFAULT;

	/**
	 * This is true if the Media Type attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean mediaTypeESet;

	/**
	 * The default value of the '{@link #getTargeting() <em>Targeting</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargeting()
	 * @generated
	 * @ordered
	 */
	protected static final String TARGETING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargeting() <em>Targeting</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargeting()
	 * @generated
	 * @ordered
	 */
	protected String targeting = TARGETING_EDEFAULT;

	/**
	 * The cached value of the '{@link #getKpi() <em>Kpi</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKpi()
	 * @generated
	 * @ordered
	 */
	protected Kpi kpi;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MediaPlacementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TacticianPackage.Literals.MEDIA_PLACEMENT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.MEDIA_PLACEMENT__START, oldStart, start));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.MEDIA_PLACEMENT__END, oldEnd, end));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BudgetLine getBudgetLine() {
		if (budgetLine != null && budgetLine.eIsProxy()) {
			InternalEObject oldBudgetLine = (InternalEObject)budgetLine;
			budgetLine = (BudgetLine)eResolveProxy(oldBudgetLine);
			if (budgetLine != oldBudgetLine) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TacticianPackage.MEDIA_PLACEMENT__BUDGET_LINE, oldBudgetLine, budgetLine));
			}
		}
		return budgetLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BudgetLine basicGetBudgetLine() {
		return budgetLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBudgetLine(BudgetLine newBudgetLine) {
		BudgetLine oldBudgetLine = budgetLine;
		budgetLine = newBudgetLine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.MEDIA_PLACEMENT__BUDGET_LINE, oldBudgetLine, budgetLine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Money getBookedAmount() {
		return bookedAmount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBookedAmount(Money newBookedAmount) {
		Money oldBookedAmount = bookedAmount;
		bookedAmount = newBookedAmount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.MEDIA_PLACEMENT__BOOKED_AMOUNT, oldBookedAmount, bookedAmount));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TacticianPackage.MEDIA_PLACEMENT__CHANNEL, oldChannel, channel));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.MEDIA_PLACEMENT__CHANNEL, oldChannel, channel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MediaType getMediaType() {
		return mediaType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMediaType(MediaType newMediaType) {
		MediaType oldMediaType = mediaType;
		mediaType = newMediaType == null ? MEDIA_TYPE_EDEFAULT : newMediaType;
		boolean oldMediaTypeESet = mediaTypeESet;
		mediaTypeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.MEDIA_PLACEMENT__MEDIA_TYPE, oldMediaType, mediaType, !oldMediaTypeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetMediaType() {
		MediaType oldMediaType = mediaType;
		boolean oldMediaTypeESet = mediaTypeESet;
		mediaType = MEDIA_TYPE_EDEFAULT;
		mediaTypeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, TacticianPackage.MEDIA_PLACEMENT__MEDIA_TYPE, oldMediaType, MEDIA_TYPE_EDEFAULT, oldMediaTypeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetMediaType() {
		return mediaTypeESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTargeting() {
		return targeting;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargeting(String newTargeting) {
		String oldTargeting = targeting;
		targeting = newTargeting;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.MEDIA_PLACEMENT__TARGETING, oldTargeting, targeting));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Kpi getKpi() {
		if (kpi != null && kpi.eIsProxy()) {
			InternalEObject oldKpi = (InternalEObject)kpi;
			kpi = (Kpi)eResolveProxy(oldKpi);
			if (kpi != oldKpi) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TacticianPackage.MEDIA_PLACEMENT__KPI, oldKpi, kpi));
			}
		}
		return kpi;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Kpi basicGetKpi() {
		return kpi;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKpi(Kpi newKpi) {
		Kpi oldKpi = kpi;
		kpi = newKpi;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.MEDIA_PLACEMENT__KPI, oldKpi, kpi));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CalendarEntry> getCalendarEntries() {
		return org.tactician.model.internal.PlanQueries.inverse(this, org.tactician.model.TacticianPackage.Literals.MEDIA_PLACEMENT__CALENDAR_ENTRIES);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TacticianPackage.MEDIA_PLACEMENT__START:
				return getStart();
			case TacticianPackage.MEDIA_PLACEMENT__END:
				return getEnd();
			case TacticianPackage.MEDIA_PLACEMENT__BUDGET_LINE:
				if (resolve) return getBudgetLine();
				return basicGetBudgetLine();
			case TacticianPackage.MEDIA_PLACEMENT__BOOKED_AMOUNT:
				return getBookedAmount();
			case TacticianPackage.MEDIA_PLACEMENT__CHANNEL:
				if (resolve) return getChannel();
				return basicGetChannel();
			case TacticianPackage.MEDIA_PLACEMENT__MEDIA_TYPE:
				return getMediaType();
			case TacticianPackage.MEDIA_PLACEMENT__TARGETING:
				return getTargeting();
			case TacticianPackage.MEDIA_PLACEMENT__KPI:
				if (resolve) return getKpi();
				return basicGetKpi();
			case TacticianPackage.MEDIA_PLACEMENT__CALENDAR_ENTRIES:
				return getCalendarEntries();
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
			case TacticianPackage.MEDIA_PLACEMENT__START:
				setStart((LocalDate)newValue);
				return;
			case TacticianPackage.MEDIA_PLACEMENT__END:
				setEnd((LocalDate)newValue);
				return;
			case TacticianPackage.MEDIA_PLACEMENT__BUDGET_LINE:
				setBudgetLine((BudgetLine)newValue);
				return;
			case TacticianPackage.MEDIA_PLACEMENT__BOOKED_AMOUNT:
				setBookedAmount((Money)newValue);
				return;
			case TacticianPackage.MEDIA_PLACEMENT__CHANNEL:
				setChannel((Channel)newValue);
				return;
			case TacticianPackage.MEDIA_PLACEMENT__MEDIA_TYPE:
				setMediaType((MediaType)newValue);
				return;
			case TacticianPackage.MEDIA_PLACEMENT__TARGETING:
				setTargeting((String)newValue);
				return;
			case TacticianPackage.MEDIA_PLACEMENT__KPI:
				setKpi((Kpi)newValue);
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
			case TacticianPackage.MEDIA_PLACEMENT__START:
				setStart(START_EDEFAULT);
				return;
			case TacticianPackage.MEDIA_PLACEMENT__END:
				setEnd(END_EDEFAULT);
				return;
			case TacticianPackage.MEDIA_PLACEMENT__BUDGET_LINE:
				setBudgetLine((BudgetLine)null);
				return;
			case TacticianPackage.MEDIA_PLACEMENT__BOOKED_AMOUNT:
				setBookedAmount(BOOKED_AMOUNT_EDEFAULT);
				return;
			case TacticianPackage.MEDIA_PLACEMENT__CHANNEL:
				setChannel((Channel)null);
				return;
			case TacticianPackage.MEDIA_PLACEMENT__MEDIA_TYPE:
				unsetMediaType();
				return;
			case TacticianPackage.MEDIA_PLACEMENT__TARGETING:
				setTargeting(TARGETING_EDEFAULT);
				return;
			case TacticianPackage.MEDIA_PLACEMENT__KPI:
				setKpi((Kpi)null);
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
			case TacticianPackage.MEDIA_PLACEMENT__START:
				return START_EDEFAULT == null ? start != null : !START_EDEFAULT.equals(start);
			case TacticianPackage.MEDIA_PLACEMENT__END:
				return END_EDEFAULT == null ? end != null : !END_EDEFAULT.equals(end);
			case TacticianPackage.MEDIA_PLACEMENT__BUDGET_LINE:
				return budgetLine != null;
			case TacticianPackage.MEDIA_PLACEMENT__BOOKED_AMOUNT:
				return BOOKED_AMOUNT_EDEFAULT == null ? bookedAmount != null : !BOOKED_AMOUNT_EDEFAULT.equals(bookedAmount);
			case TacticianPackage.MEDIA_PLACEMENT__CHANNEL:
				return channel != null;
			case TacticianPackage.MEDIA_PLACEMENT__MEDIA_TYPE:
				return isSetMediaType();
			case TacticianPackage.MEDIA_PLACEMENT__TARGETING:
				return TARGETING_EDEFAULT == null ? targeting != null : !TARGETING_EDEFAULT.equals(targeting);
			case TacticianPackage.MEDIA_PLACEMENT__KPI:
				return kpi != null;
			case TacticianPackage.MEDIA_PLACEMENT__CALENDAR_ENTRIES:
				return !getCalendarEntries().isEmpty();
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
				case TacticianPackage.MEDIA_PLACEMENT__START: return TacticianPackage.SCHEDULED__START;
				case TacticianPackage.MEDIA_PLACEMENT__END: return TacticianPackage.SCHEDULED__END;
				default: return -1;
			}
		}
		if (baseClass == BudgetBooking.class) {
			switch (derivedFeatureID) {
				case TacticianPackage.MEDIA_PLACEMENT__BUDGET_LINE: return TacticianPackage.BUDGET_BOOKING__BUDGET_LINE;
				case TacticianPackage.MEDIA_PLACEMENT__BOOKED_AMOUNT: return TacticianPackage.BUDGET_BOOKING__BOOKED_AMOUNT;
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
				case TacticianPackage.SCHEDULED__START: return TacticianPackage.MEDIA_PLACEMENT__START;
				case TacticianPackage.SCHEDULED__END: return TacticianPackage.MEDIA_PLACEMENT__END;
				default: return -1;
			}
		}
		if (baseClass == BudgetBooking.class) {
			switch (baseFeatureID) {
				case TacticianPackage.BUDGET_BOOKING__BUDGET_LINE: return TacticianPackage.MEDIA_PLACEMENT__BUDGET_LINE;
				case TacticianPackage.BUDGET_BOOKING__BOOKED_AMOUNT: return TacticianPackage.MEDIA_PLACEMENT__BOOKED_AMOUNT;
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
		result.append(", bookedAmount: ");
		result.append(bookedAmount);
		result.append(", mediaType: ");
		if (mediaTypeESet) result.append(mediaType); else result.append("<unset>");
		result.append(", targeting: ");
		result.append(targeting);
		result.append(')');
		return result.toString();
	}

} //MediaPlacementImpl
