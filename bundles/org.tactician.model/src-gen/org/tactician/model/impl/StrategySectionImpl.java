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

import org.tactician.model.BusinessModelCanvas;
import org.tactician.model.CommunicationsStrategy;
import org.tactician.model.ContentItem;
import org.tactician.model.MixImprovement;
import org.tactician.model.Persona;
import org.tactician.model.Segment;
import org.tactician.model.StrategySection;
import org.tactician.model.TacticianPackage;
import org.tactician.model.ValueProposition;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Strategy Section</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.impl.StrategySectionImpl#getValueProposition <em>Value Proposition</em>}</li>
 *   <li>{@link org.tactician.model.impl.StrategySectionImpl#getSegments <em>Segments</em>}</li>
 *   <li>{@link org.tactician.model.impl.StrategySectionImpl#getPersonas <em>Personas</em>}</li>
 *   <li>{@link org.tactician.model.impl.StrategySectionImpl#getContentMap <em>Content Map</em>}</li>
 *   <li>{@link org.tactician.model.impl.StrategySectionImpl#getMarketingMix <em>Marketing Mix</em>}</li>
 *   <li>{@link org.tactician.model.impl.StrategySectionImpl#getCommunications <em>Communications</em>}</li>
 *   <li>{@link org.tactician.model.impl.StrategySectionImpl#getBusinessModelCanvas <em>Business Model Canvas</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StrategySectionImpl extends PlanElementImpl implements StrategySection {
	/**
	 * The cached value of the '{@link #getValueProposition() <em>Value Proposition</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValueProposition()
	 * @generated
	 * @ordered
	 */
	protected ValueProposition valueProposition;

	/**
	 * The cached value of the '{@link #getSegments() <em>Segments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegments()
	 * @generated
	 * @ordered
	 */
	protected EList<Segment> segments;

	/**
	 * The cached value of the '{@link #getPersonas() <em>Personas</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersonas()
	 * @generated
	 * @ordered
	 */
	protected EList<Persona> personas;

	/**
	 * The cached value of the '{@link #getContentMap() <em>Content Map</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContentMap()
	 * @generated
	 * @ordered
	 */
	protected EList<ContentItem> contentMap;

	/**
	 * The cached value of the '{@link #getMarketingMix() <em>Marketing Mix</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMarketingMix()
	 * @generated
	 * @ordered
	 */
	protected EList<MixImprovement> marketingMix;

	/**
	 * The cached value of the '{@link #getCommunications() <em>Communications</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommunications()
	 * @generated
	 * @ordered
	 */
	protected CommunicationsStrategy communications;

	/**
	 * The cached value of the '{@link #getBusinessModelCanvas() <em>Business Model Canvas</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBusinessModelCanvas()
	 * @generated
	 * @ordered
	 */
	protected BusinessModelCanvas businessModelCanvas;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StrategySectionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TacticianPackage.Literals.STRATEGY_SECTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ValueProposition getValueProposition() {
		return valueProposition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetValueProposition(ValueProposition newValueProposition, NotificationChain msgs) {
		ValueProposition oldValueProposition = valueProposition;
		valueProposition = newValueProposition;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TacticianPackage.STRATEGY_SECTION__VALUE_PROPOSITION, oldValueProposition, newValueProposition);
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
	public void setValueProposition(ValueProposition newValueProposition) {
		if (newValueProposition != valueProposition) {
			NotificationChain msgs = null;
			if (valueProposition != null)
				msgs = ((InternalEObject)valueProposition).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TacticianPackage.STRATEGY_SECTION__VALUE_PROPOSITION, null, msgs);
			if (newValueProposition != null)
				msgs = ((InternalEObject)newValueProposition).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TacticianPackage.STRATEGY_SECTION__VALUE_PROPOSITION, null, msgs);
			msgs = basicSetValueProposition(newValueProposition, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.STRATEGY_SECTION__VALUE_PROPOSITION, newValueProposition, newValueProposition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Segment> getSegments() {
		if (segments == null) {
			segments = new EObjectContainmentEList<Segment>(Segment.class, this, TacticianPackage.STRATEGY_SECTION__SEGMENTS);
		}
		return segments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Persona> getPersonas() {
		if (personas == null) {
			personas = new EObjectContainmentEList<Persona>(Persona.class, this, TacticianPackage.STRATEGY_SECTION__PERSONAS);
		}
		return personas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ContentItem> getContentMap() {
		if (contentMap == null) {
			contentMap = new EObjectContainmentEList<ContentItem>(ContentItem.class, this, TacticianPackage.STRATEGY_SECTION__CONTENT_MAP);
		}
		return contentMap;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MixImprovement> getMarketingMix() {
		if (marketingMix == null) {
			marketingMix = new EObjectContainmentEList<MixImprovement>(MixImprovement.class, this, TacticianPackage.STRATEGY_SECTION__MARKETING_MIX);
		}
		return marketingMix;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CommunicationsStrategy getCommunications() {
		return communications;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCommunications(CommunicationsStrategy newCommunications, NotificationChain msgs) {
		CommunicationsStrategy oldCommunications = communications;
		communications = newCommunications;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TacticianPackage.STRATEGY_SECTION__COMMUNICATIONS, oldCommunications, newCommunications);
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
	public void setCommunications(CommunicationsStrategy newCommunications) {
		if (newCommunications != communications) {
			NotificationChain msgs = null;
			if (communications != null)
				msgs = ((InternalEObject)communications).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TacticianPackage.STRATEGY_SECTION__COMMUNICATIONS, null, msgs);
			if (newCommunications != null)
				msgs = ((InternalEObject)newCommunications).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TacticianPackage.STRATEGY_SECTION__COMMUNICATIONS, null, msgs);
			msgs = basicSetCommunications(newCommunications, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.STRATEGY_SECTION__COMMUNICATIONS, newCommunications, newCommunications));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BusinessModelCanvas getBusinessModelCanvas() {
		return businessModelCanvas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetBusinessModelCanvas(BusinessModelCanvas newBusinessModelCanvas, NotificationChain msgs) {
		BusinessModelCanvas oldBusinessModelCanvas = businessModelCanvas;
		businessModelCanvas = newBusinessModelCanvas;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TacticianPackage.STRATEGY_SECTION__BUSINESS_MODEL_CANVAS, oldBusinessModelCanvas, newBusinessModelCanvas);
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
	public void setBusinessModelCanvas(BusinessModelCanvas newBusinessModelCanvas) {
		if (newBusinessModelCanvas != businessModelCanvas) {
			NotificationChain msgs = null;
			if (businessModelCanvas != null)
				msgs = ((InternalEObject)businessModelCanvas).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TacticianPackage.STRATEGY_SECTION__BUSINESS_MODEL_CANVAS, null, msgs);
			if (newBusinessModelCanvas != null)
				msgs = ((InternalEObject)newBusinessModelCanvas).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TacticianPackage.STRATEGY_SECTION__BUSINESS_MODEL_CANVAS, null, msgs);
			msgs = basicSetBusinessModelCanvas(newBusinessModelCanvas, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.STRATEGY_SECTION__BUSINESS_MODEL_CANVAS, newBusinessModelCanvas, newBusinessModelCanvas));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TacticianPackage.STRATEGY_SECTION__VALUE_PROPOSITION:
				return basicSetValueProposition(null, msgs);
			case TacticianPackage.STRATEGY_SECTION__SEGMENTS:
				return ((InternalEList<?>)getSegments()).basicRemove(otherEnd, msgs);
			case TacticianPackage.STRATEGY_SECTION__PERSONAS:
				return ((InternalEList<?>)getPersonas()).basicRemove(otherEnd, msgs);
			case TacticianPackage.STRATEGY_SECTION__CONTENT_MAP:
				return ((InternalEList<?>)getContentMap()).basicRemove(otherEnd, msgs);
			case TacticianPackage.STRATEGY_SECTION__MARKETING_MIX:
				return ((InternalEList<?>)getMarketingMix()).basicRemove(otherEnd, msgs);
			case TacticianPackage.STRATEGY_SECTION__COMMUNICATIONS:
				return basicSetCommunications(null, msgs);
			case TacticianPackage.STRATEGY_SECTION__BUSINESS_MODEL_CANVAS:
				return basicSetBusinessModelCanvas(null, msgs);
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
			case TacticianPackage.STRATEGY_SECTION__VALUE_PROPOSITION:
				return getValueProposition();
			case TacticianPackage.STRATEGY_SECTION__SEGMENTS:
				return getSegments();
			case TacticianPackage.STRATEGY_SECTION__PERSONAS:
				return getPersonas();
			case TacticianPackage.STRATEGY_SECTION__CONTENT_MAP:
				return getContentMap();
			case TacticianPackage.STRATEGY_SECTION__MARKETING_MIX:
				return getMarketingMix();
			case TacticianPackage.STRATEGY_SECTION__COMMUNICATIONS:
				return getCommunications();
			case TacticianPackage.STRATEGY_SECTION__BUSINESS_MODEL_CANVAS:
				return getBusinessModelCanvas();
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
			case TacticianPackage.STRATEGY_SECTION__VALUE_PROPOSITION:
				setValueProposition((ValueProposition)newValue);
				return;
			case TacticianPackage.STRATEGY_SECTION__SEGMENTS:
				getSegments().clear();
				getSegments().addAll((Collection<? extends Segment>)newValue);
				return;
			case TacticianPackage.STRATEGY_SECTION__PERSONAS:
				getPersonas().clear();
				getPersonas().addAll((Collection<? extends Persona>)newValue);
				return;
			case TacticianPackage.STRATEGY_SECTION__CONTENT_MAP:
				getContentMap().clear();
				getContentMap().addAll((Collection<? extends ContentItem>)newValue);
				return;
			case TacticianPackage.STRATEGY_SECTION__MARKETING_MIX:
				getMarketingMix().clear();
				getMarketingMix().addAll((Collection<? extends MixImprovement>)newValue);
				return;
			case TacticianPackage.STRATEGY_SECTION__COMMUNICATIONS:
				setCommunications((CommunicationsStrategy)newValue);
				return;
			case TacticianPackage.STRATEGY_SECTION__BUSINESS_MODEL_CANVAS:
				setBusinessModelCanvas((BusinessModelCanvas)newValue);
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
			case TacticianPackage.STRATEGY_SECTION__VALUE_PROPOSITION:
				setValueProposition((ValueProposition)null);
				return;
			case TacticianPackage.STRATEGY_SECTION__SEGMENTS:
				getSegments().clear();
				return;
			case TacticianPackage.STRATEGY_SECTION__PERSONAS:
				getPersonas().clear();
				return;
			case TacticianPackage.STRATEGY_SECTION__CONTENT_MAP:
				getContentMap().clear();
				return;
			case TacticianPackage.STRATEGY_SECTION__MARKETING_MIX:
				getMarketingMix().clear();
				return;
			case TacticianPackage.STRATEGY_SECTION__COMMUNICATIONS:
				setCommunications((CommunicationsStrategy)null);
				return;
			case TacticianPackage.STRATEGY_SECTION__BUSINESS_MODEL_CANVAS:
				setBusinessModelCanvas((BusinessModelCanvas)null);
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
			case TacticianPackage.STRATEGY_SECTION__VALUE_PROPOSITION:
				return valueProposition != null;
			case TacticianPackage.STRATEGY_SECTION__SEGMENTS:
				return segments != null && !segments.isEmpty();
			case TacticianPackage.STRATEGY_SECTION__PERSONAS:
				return personas != null && !personas.isEmpty();
			case TacticianPackage.STRATEGY_SECTION__CONTENT_MAP:
				return contentMap != null && !contentMap.isEmpty();
			case TacticianPackage.STRATEGY_SECTION__MARKETING_MIX:
				return marketingMix != null && !marketingMix.isEmpty();
			case TacticianPackage.STRATEGY_SECTION__COMMUNICATIONS:
				return communications != null;
			case TacticianPackage.STRATEGY_SECTION__BUSINESS_MODEL_CANVAS:
				return businessModelCanvas != null;
		}
		return super.eIsSet(featureID);
	}

} //StrategySectionImpl
