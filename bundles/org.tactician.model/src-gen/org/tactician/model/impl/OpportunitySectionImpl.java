/**
 */
package org.tactician.model.impl;

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
import org.tactician.model.MarketReview;
import org.tactician.model.OpportunitySection;
import org.tactician.model.PerformanceReview;
import org.tactician.model.PestleAnalysis;
import org.tactician.model.SmartObjective;
import org.tactician.model.SwotAnalysis;
import org.tactician.model.TacticianPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Opportunity Section</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.impl.OpportunitySectionImpl#getPerformanceReview <em>Performance Review</em>}</li>
 *   <li>{@link org.tactician.model.impl.OpportunitySectionImpl#getMarketReview <em>Market Review</em>}</li>
 *   <li>{@link org.tactician.model.impl.OpportunitySectionImpl#getPestle <em>Pestle</em>}</li>
 *   <li>{@link org.tactician.model.impl.OpportunitySectionImpl#getSwot <em>Swot</em>}</li>
 *   <li>{@link org.tactician.model.impl.OpportunitySectionImpl#getObjectives <em>Objectives</em>}</li>
 *   <li>{@link org.tactician.model.impl.OpportunitySectionImpl#getForecast <em>Forecast</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OpportunitySectionImpl extends PlanElementImpl implements OpportunitySection {
	/**
	 * The cached value of the '{@link #getPerformanceReview() <em>Performance Review</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerformanceReview()
	 * @generated
	 * @ordered
	 */
	protected PerformanceReview performanceReview;

	/**
	 * The cached value of the '{@link #getMarketReview() <em>Market Review</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMarketReview()
	 * @generated
	 * @ordered
	 */
	protected MarketReview marketReview;

	/**
	 * The cached value of the '{@link #getPestle() <em>Pestle</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPestle()
	 * @generated
	 * @ordered
	 */
	protected PestleAnalysis pestle;

	/**
	 * The cached value of the '{@link #getSwot() <em>Swot</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSwot()
	 * @generated
	 * @ordered
	 */
	protected SwotAnalysis swot;

	/**
	 * The cached value of the '{@link #getObjectives() <em>Objectives</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjectives()
	 * @generated
	 * @ordered
	 */
	protected EList<SmartObjective> objectives;

	/**
	 * The cached value of the '{@link #getForecast() <em>Forecast</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getForecast()
	 * @generated
	 * @ordered
	 */
	protected ConversionForecast forecast;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OpportunitySectionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TacticianPackage.Literals.OPPORTUNITY_SECTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PerformanceReview getPerformanceReview() {
		return performanceReview;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPerformanceReview(PerformanceReview newPerformanceReview, NotificationChain msgs) {
		PerformanceReview oldPerformanceReview = performanceReview;
		performanceReview = newPerformanceReview;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TacticianPackage.OPPORTUNITY_SECTION__PERFORMANCE_REVIEW, oldPerformanceReview, newPerformanceReview);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPerformanceReview(PerformanceReview newPerformanceReview) {
		if (newPerformanceReview != performanceReview) {
			NotificationChain msgs = null;
			if (performanceReview != null)
				msgs = ((InternalEObject)performanceReview).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TacticianPackage.OPPORTUNITY_SECTION__PERFORMANCE_REVIEW, null, msgs);
			if (newPerformanceReview != null)
				msgs = ((InternalEObject)newPerformanceReview).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TacticianPackage.OPPORTUNITY_SECTION__PERFORMANCE_REVIEW, null, msgs);
			msgs = basicSetPerformanceReview(newPerformanceReview, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.OPPORTUNITY_SECTION__PERFORMANCE_REVIEW, newPerformanceReview, newPerformanceReview));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MarketReview getMarketReview() {
		return marketReview;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetMarketReview(MarketReview newMarketReview, NotificationChain msgs) {
		MarketReview oldMarketReview = marketReview;
		marketReview = newMarketReview;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TacticianPackage.OPPORTUNITY_SECTION__MARKET_REVIEW, oldMarketReview, newMarketReview);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMarketReview(MarketReview newMarketReview) {
		if (newMarketReview != marketReview) {
			NotificationChain msgs = null;
			if (marketReview != null)
				msgs = ((InternalEObject)marketReview).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TacticianPackage.OPPORTUNITY_SECTION__MARKET_REVIEW, null, msgs);
			if (newMarketReview != null)
				msgs = ((InternalEObject)newMarketReview).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TacticianPackage.OPPORTUNITY_SECTION__MARKET_REVIEW, null, msgs);
			msgs = basicSetMarketReview(newMarketReview, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.OPPORTUNITY_SECTION__MARKET_REVIEW, newMarketReview, newMarketReview));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PestleAnalysis getPestle() {
		return pestle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPestle(PestleAnalysis newPestle, NotificationChain msgs) {
		PestleAnalysis oldPestle = pestle;
		pestle = newPestle;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TacticianPackage.OPPORTUNITY_SECTION__PESTLE, oldPestle, newPestle);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPestle(PestleAnalysis newPestle) {
		if (newPestle != pestle) {
			NotificationChain msgs = null;
			if (pestle != null)
				msgs = ((InternalEObject)pestle).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TacticianPackage.OPPORTUNITY_SECTION__PESTLE, null, msgs);
			if (newPestle != null)
				msgs = ((InternalEObject)newPestle).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TacticianPackage.OPPORTUNITY_SECTION__PESTLE, null, msgs);
			msgs = basicSetPestle(newPestle, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.OPPORTUNITY_SECTION__PESTLE, newPestle, newPestle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SwotAnalysis getSwot() {
		return swot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSwot(SwotAnalysis newSwot, NotificationChain msgs) {
		SwotAnalysis oldSwot = swot;
		swot = newSwot;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TacticianPackage.OPPORTUNITY_SECTION__SWOT, oldSwot, newSwot);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSwot(SwotAnalysis newSwot) {
		if (newSwot != swot) {
			NotificationChain msgs = null;
			if (swot != null)
				msgs = ((InternalEObject)swot).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TacticianPackage.OPPORTUNITY_SECTION__SWOT, null, msgs);
			if (newSwot != null)
				msgs = ((InternalEObject)newSwot).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TacticianPackage.OPPORTUNITY_SECTION__SWOT, null, msgs);
			msgs = basicSetSwot(newSwot, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.OPPORTUNITY_SECTION__SWOT, newSwot, newSwot));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SmartObjective> getObjectives() {
		if (objectives == null) {
			objectives = new EObjectContainmentEList<SmartObjective>(SmartObjective.class, this, TacticianPackage.OPPORTUNITY_SECTION__OBJECTIVES);
		}
		return objectives;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConversionForecast getForecast() {
		return forecast;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetForecast(ConversionForecast newForecast, NotificationChain msgs) {
		ConversionForecast oldForecast = forecast;
		forecast = newForecast;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TacticianPackage.OPPORTUNITY_SECTION__FORECAST, oldForecast, newForecast);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setForecast(ConversionForecast newForecast) {
		if (newForecast != forecast) {
			NotificationChain msgs = null;
			if (forecast != null)
				msgs = ((InternalEObject)forecast).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TacticianPackage.OPPORTUNITY_SECTION__FORECAST, null, msgs);
			if (newForecast != null)
				msgs = ((InternalEObject)newForecast).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TacticianPackage.OPPORTUNITY_SECTION__FORECAST, null, msgs);
			msgs = basicSetForecast(newForecast, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.OPPORTUNITY_SECTION__FORECAST, newForecast, newForecast));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TacticianPackage.OPPORTUNITY_SECTION__PERFORMANCE_REVIEW:
				return basicSetPerformanceReview(null, msgs);
			case TacticianPackage.OPPORTUNITY_SECTION__MARKET_REVIEW:
				return basicSetMarketReview(null, msgs);
			case TacticianPackage.OPPORTUNITY_SECTION__PESTLE:
				return basicSetPestle(null, msgs);
			case TacticianPackage.OPPORTUNITY_SECTION__SWOT:
				return basicSetSwot(null, msgs);
			case TacticianPackage.OPPORTUNITY_SECTION__OBJECTIVES:
				return ((InternalEList<?>)getObjectives()).basicRemove(otherEnd, msgs);
			case TacticianPackage.OPPORTUNITY_SECTION__FORECAST:
				return basicSetForecast(null, msgs);
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
			case TacticianPackage.OPPORTUNITY_SECTION__PERFORMANCE_REVIEW:
				return getPerformanceReview();
			case TacticianPackage.OPPORTUNITY_SECTION__MARKET_REVIEW:
				return getMarketReview();
			case TacticianPackage.OPPORTUNITY_SECTION__PESTLE:
				return getPestle();
			case TacticianPackage.OPPORTUNITY_SECTION__SWOT:
				return getSwot();
			case TacticianPackage.OPPORTUNITY_SECTION__OBJECTIVES:
				return getObjectives();
			case TacticianPackage.OPPORTUNITY_SECTION__FORECAST:
				return getForecast();
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
			case TacticianPackage.OPPORTUNITY_SECTION__PERFORMANCE_REVIEW:
				setPerformanceReview((PerformanceReview)newValue);
				return;
			case TacticianPackage.OPPORTUNITY_SECTION__MARKET_REVIEW:
				setMarketReview((MarketReview)newValue);
				return;
			case TacticianPackage.OPPORTUNITY_SECTION__PESTLE:
				setPestle((PestleAnalysis)newValue);
				return;
			case TacticianPackage.OPPORTUNITY_SECTION__SWOT:
				setSwot((SwotAnalysis)newValue);
				return;
			case TacticianPackage.OPPORTUNITY_SECTION__OBJECTIVES:
				getObjectives().clear();
				getObjectives().addAll((Collection<? extends SmartObjective>)newValue);
				return;
			case TacticianPackage.OPPORTUNITY_SECTION__FORECAST:
				setForecast((ConversionForecast)newValue);
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
			case TacticianPackage.OPPORTUNITY_SECTION__PERFORMANCE_REVIEW:
				setPerformanceReview((PerformanceReview)null);
				return;
			case TacticianPackage.OPPORTUNITY_SECTION__MARKET_REVIEW:
				setMarketReview((MarketReview)null);
				return;
			case TacticianPackage.OPPORTUNITY_SECTION__PESTLE:
				setPestle((PestleAnalysis)null);
				return;
			case TacticianPackage.OPPORTUNITY_SECTION__SWOT:
				setSwot((SwotAnalysis)null);
				return;
			case TacticianPackage.OPPORTUNITY_SECTION__OBJECTIVES:
				getObjectives().clear();
				return;
			case TacticianPackage.OPPORTUNITY_SECTION__FORECAST:
				setForecast((ConversionForecast)null);
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
			case TacticianPackage.OPPORTUNITY_SECTION__PERFORMANCE_REVIEW:
				return performanceReview != null;
			case TacticianPackage.OPPORTUNITY_SECTION__MARKET_REVIEW:
				return marketReview != null;
			case TacticianPackage.OPPORTUNITY_SECTION__PESTLE:
				return pestle != null;
			case TacticianPackage.OPPORTUNITY_SECTION__SWOT:
				return swot != null;
			case TacticianPackage.OPPORTUNITY_SECTION__OBJECTIVES:
				return objectives != null && !objectives.isEmpty();
			case TacticianPackage.OPPORTUNITY_SECTION__FORECAST:
				return forecast != null;
		}
		return super.eIsSet(featureID);
	}

} //OpportunitySectionImpl
