/**
 */
package org.tactician.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.tactician.model.Calendar;
import org.tactician.model.TacticianPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Calendar</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public abstract class CalendarImpl extends NamedElementImpl implements Calendar {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CalendarImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TacticianPackage.Literals.CALENDAR;
	}

} //CalendarImpl
