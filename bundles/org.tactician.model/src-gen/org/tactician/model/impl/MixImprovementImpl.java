/**
 */
package org.tactician.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.tactician.model.MarketingMixElement;
import org.tactician.model.MixImprovement;
import org.tactician.model.TacticianPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Mix Improvement</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.impl.MixImprovementImpl#getElement <em>Element</em>}</li>
 *   <li>{@link org.tactician.model.impl.MixImprovementImpl#getCurrentSituation <em>Current Situation</em>}</li>
 *   <li>{@link org.tactician.model.impl.MixImprovementImpl#getPriority <em>Priority</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MixImprovementImpl extends NamedElementImpl implements MixImprovement {
	/**
	 * The default value of the '{@link #getElement() <em>Element</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElement()
	 * @generated
	 * @ordered
	 */
	protected static final MarketingMixElement ELEMENT_EDEFAULT = MarketingMixElement.PRODUCT;

	/**
	 * The cached value of the '{@link #getElement() <em>Element</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElement()
	 * @generated
	 * @ordered
	 */
	protected MarketingMixElement element = ELEMENT_EDEFAULT;

	/**
	 * This is true if the Element attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean elementESet;

	/**
	 * The default value of the '{@link #getCurrentSituation() <em>Current Situation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrentSituation()
	 * @generated
	 * @ordered
	 */
	protected static final String CURRENT_SITUATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCurrentSituation() <em>Current Situation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrentSituation()
	 * @generated
	 * @ordered
	 */
	protected String currentSituation = CURRENT_SITUATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected static final int PRIORITY_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected int priority = PRIORITY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MixImprovementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TacticianPackage.Literals.MIX_IMPROVEMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MarketingMixElement getElement() {
		return element;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setElement(MarketingMixElement newElement) {
		MarketingMixElement oldElement = element;
		element = newElement == null ? ELEMENT_EDEFAULT : newElement;
		boolean oldElementESet = elementESet;
		elementESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.MIX_IMPROVEMENT__ELEMENT, oldElement, element, !oldElementESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetElement() {
		MarketingMixElement oldElement = element;
		boolean oldElementESet = elementESet;
		element = ELEMENT_EDEFAULT;
		elementESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, TacticianPackage.MIX_IMPROVEMENT__ELEMENT, oldElement, ELEMENT_EDEFAULT, oldElementESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetElement() {
		return elementESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCurrentSituation() {
		return currentSituation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCurrentSituation(String newCurrentSituation) {
		String oldCurrentSituation = currentSituation;
		currentSituation = newCurrentSituation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.MIX_IMPROVEMENT__CURRENT_SITUATION, oldCurrentSituation, currentSituation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPriority() {
		return priority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPriority(int newPriority) {
		int oldPriority = priority;
		priority = newPriority;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.MIX_IMPROVEMENT__PRIORITY, oldPriority, priority));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TacticianPackage.MIX_IMPROVEMENT__ELEMENT:
				return getElement();
			case TacticianPackage.MIX_IMPROVEMENT__CURRENT_SITUATION:
				return getCurrentSituation();
			case TacticianPackage.MIX_IMPROVEMENT__PRIORITY:
				return getPriority();
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
			case TacticianPackage.MIX_IMPROVEMENT__ELEMENT:
				setElement((MarketingMixElement)newValue);
				return;
			case TacticianPackage.MIX_IMPROVEMENT__CURRENT_SITUATION:
				setCurrentSituation((String)newValue);
				return;
			case TacticianPackage.MIX_IMPROVEMENT__PRIORITY:
				setPriority((Integer)newValue);
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
			case TacticianPackage.MIX_IMPROVEMENT__ELEMENT:
				unsetElement();
				return;
			case TacticianPackage.MIX_IMPROVEMENT__CURRENT_SITUATION:
				setCurrentSituation(CURRENT_SITUATION_EDEFAULT);
				return;
			case TacticianPackage.MIX_IMPROVEMENT__PRIORITY:
				setPriority(PRIORITY_EDEFAULT);
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
			case TacticianPackage.MIX_IMPROVEMENT__ELEMENT:
				return isSetElement();
			case TacticianPackage.MIX_IMPROVEMENT__CURRENT_SITUATION:
				return CURRENT_SITUATION_EDEFAULT == null ? currentSituation != null : !CURRENT_SITUATION_EDEFAULT.equals(currentSituation);
			case TacticianPackage.MIX_IMPROVEMENT__PRIORITY:
				return priority != PRIORITY_EDEFAULT;
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
		result.append(" (element: ");
		if (elementESet) result.append(element); else result.append("<unset>");
		result.append(", currentSituation: ");
		result.append(currentSituation);
		result.append(", priority: ");
		result.append(priority);
		result.append(')');
		return result.toString();
	}

} //MixImprovementImpl
