/**
 */
package org.tactician.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.tactician.model.CustomerJourney;
import org.tactician.model.JourneyFlow;
import org.tactician.model.JourneyStage;
import org.tactician.model.Persona;
import org.tactician.model.TacticianPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Customer Journey</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.impl.CustomerJourneyImpl#getPersonas <em>Personas</em>}</li>
 *   <li>{@link org.tactician.model.impl.CustomerJourneyImpl#getStages <em>Stages</em>}</li>
 *   <li>{@link org.tactician.model.impl.CustomerJourneyImpl#getFlows <em>Flows</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CustomerJourneyImpl extends NamedElementImpl implements CustomerJourney {
	/**
	 * The cached value of the '{@link #getPersonas() <em>Personas</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersonas()
	 * @generated
	 * @ordered
	 */
	protected EList<Persona> personas;

	/**
	 * The cached value of the '{@link #getStages() <em>Stages</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStages()
	 * @generated
	 * @ordered
	 */
	protected EList<JourneyStage> stages;

	/**
	 * The cached value of the '{@link #getFlows() <em>Flows</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlows()
	 * @generated
	 * @ordered
	 */
	protected EList<JourneyFlow> flows;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CustomerJourneyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TacticianPackage.Literals.CUSTOMER_JOURNEY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Persona> getPersonas() {
		if (personas == null) {
			personas = new EObjectResolvingEList<Persona>(Persona.class, this, TacticianPackage.CUSTOMER_JOURNEY__PERSONAS);
		}
		return personas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<JourneyStage> getStages() {
		if (stages == null) {
			stages = new EObjectContainmentEList<JourneyStage>(JourneyStage.class, this, TacticianPackage.CUSTOMER_JOURNEY__STAGES);
		}
		return stages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<JourneyFlow> getFlows() {
		if (flows == null) {
			flows = new EObjectContainmentEList<JourneyFlow>(JourneyFlow.class, this, TacticianPackage.CUSTOMER_JOURNEY__FLOWS);
		}
		return flows;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TacticianPackage.CUSTOMER_JOURNEY__STAGES:
				return ((InternalEList<?>)getStages()).basicRemove(otherEnd, msgs);
			case TacticianPackage.CUSTOMER_JOURNEY__FLOWS:
				return ((InternalEList<?>)getFlows()).basicRemove(otherEnd, msgs);
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
			case TacticianPackage.CUSTOMER_JOURNEY__PERSONAS:
				return getPersonas();
			case TacticianPackage.CUSTOMER_JOURNEY__STAGES:
				return getStages();
			case TacticianPackage.CUSTOMER_JOURNEY__FLOWS:
				return getFlows();
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
			case TacticianPackage.CUSTOMER_JOURNEY__PERSONAS:
				getPersonas().clear();
				getPersonas().addAll((Collection<? extends Persona>)newValue);
				return;
			case TacticianPackage.CUSTOMER_JOURNEY__STAGES:
				getStages().clear();
				getStages().addAll((Collection<? extends JourneyStage>)newValue);
				return;
			case TacticianPackage.CUSTOMER_JOURNEY__FLOWS:
				getFlows().clear();
				getFlows().addAll((Collection<? extends JourneyFlow>)newValue);
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
			case TacticianPackage.CUSTOMER_JOURNEY__PERSONAS:
				getPersonas().clear();
				return;
			case TacticianPackage.CUSTOMER_JOURNEY__STAGES:
				getStages().clear();
				return;
			case TacticianPackage.CUSTOMER_JOURNEY__FLOWS:
				getFlows().clear();
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
			case TacticianPackage.CUSTOMER_JOURNEY__PERSONAS:
				return personas != null && !personas.isEmpty();
			case TacticianPackage.CUSTOMER_JOURNEY__STAGES:
				return stages != null && !stages.isEmpty();
			case TacticianPackage.CUSTOMER_JOURNEY__FLOWS:
				return flows != null && !flows.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //CustomerJourneyImpl
