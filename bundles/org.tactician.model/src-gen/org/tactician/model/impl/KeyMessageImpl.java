/**
 */
package org.tactician.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.tactician.model.KeyMessage;
import org.tactician.model.Persona;
import org.tactician.model.TacticianPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Key Message</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.impl.KeyMessageImpl#getPersonas <em>Personas</em>}</li>
 * </ul>
 *
 * @generated
 */
public class KeyMessageImpl extends NamedElementImpl implements KeyMessage {
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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected KeyMessageImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TacticianPackage.Literals.KEY_MESSAGE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Persona> getPersonas() {
		if (personas == null) {
			personas = new EObjectResolvingEList<Persona>(Persona.class, this, TacticianPackage.KEY_MESSAGE__PERSONAS);
		}
		return personas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TacticianPackage.KEY_MESSAGE__PERSONAS:
				return getPersonas();
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
			case TacticianPackage.KEY_MESSAGE__PERSONAS:
				getPersonas().clear();
				getPersonas().addAll((Collection<? extends Persona>)newValue);
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
			case TacticianPackage.KEY_MESSAGE__PERSONAS:
				getPersonas().clear();
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
			case TacticianPackage.KEY_MESSAGE__PERSONAS:
				return personas != null && !personas.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //KeyMessageImpl
