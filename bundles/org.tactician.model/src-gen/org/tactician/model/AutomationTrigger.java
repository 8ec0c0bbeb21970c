/**
 */
package org.tactician.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Automation Trigger</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What starts an email automation.
 * <!-- end-model-doc -->
 * @see org.tactician.model.TacticianPackage#getAutomationTrigger()
 * @model
 * @generated
 */
public enum AutomationTrigger implements Enumerator {
	/**
	 * The '<em><b>NEWSLETTER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NEWSLETTER_VALUE
	 * @generated
	 * @ordered
	 */
	NEWSLETTER(0, "NEWSLETTER", "NEWSLETTER"),

	/**
	 * The '<em><b>WELCOME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WELCOME_VALUE
	 * @generated
	 * @ordered
	 */
	WELCOME(1, "WELCOME", "WELCOME"),

	/**
	 * The '<em><b>ABANDONED CART</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ABANDONED_CART_VALUE
	 * @generated
	 * @ordered
	 */
	ABANDONED_CART(2, "ABANDONED_CART", "ABANDONED_CART"),

	/**
	 * The '<em><b>BROWSE ABANDONMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BROWSE_ABANDONMENT_VALUE
	 * @generated
	 * @ordered
	 */
	BROWSE_ABANDONMENT(3, "BROWSE_ABANDONMENT", "BROWSE_ABANDONMENT"),

	/**
	 * The '<em><b>POST PURCHASE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POST_PURCHASE_VALUE
	 * @generated
	 * @ordered
	 */
	POST_PURCHASE(4, "POST_PURCHASE", "POST_PURCHASE"),

	/**
	 * The '<em><b>REPLENISHMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPLENISHMENT_VALUE
	 * @generated
	 * @ordered
	 */
	REPLENISHMENT(5, "REPLENISHMENT", "REPLENISHMENT"),

	/**
	 * The '<em><b>BIRTHDAY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BIRTHDAY_VALUE
	 * @generated
	 * @ordered
	 */
	BIRTHDAY(6, "BIRTHDAY", "BIRTHDAY"),

	/**
	 * The '<em><b>WIN BACK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WIN_BACK_VALUE
	 * @generated
	 * @ordered
	 */
	WIN_BACK(7, "WIN_BACK", "WIN_BACK"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(8, "OTHER", "OTHER");

	/**
	 * The '<em><b>NEWSLETTER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NEWSLETTER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NEWSLETTER_VALUE = 0;

	/**
	 * The '<em><b>WELCOME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WELCOME
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WELCOME_VALUE = 1;

	/**
	 * The '<em><b>ABANDONED CART</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ABANDONED_CART
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ABANDONED_CART_VALUE = 2;

	/**
	 * The '<em><b>BROWSE ABANDONMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BROWSE_ABANDONMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BROWSE_ABANDONMENT_VALUE = 3;

	/**
	 * The '<em><b>POST PURCHASE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POST_PURCHASE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int POST_PURCHASE_VALUE = 4;

	/**
	 * The '<em><b>REPLENISHMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPLENISHMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REPLENISHMENT_VALUE = 5;

	/**
	 * The '<em><b>BIRTHDAY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BIRTHDAY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BIRTHDAY_VALUE = 6;

	/**
	 * The '<em><b>WIN BACK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WIN_BACK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WIN_BACK_VALUE = 7;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 8;

	/**
	 * An array of all the '<em><b>Automation Trigger</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AutomationTrigger[] VALUES_ARRAY =
		new AutomationTrigger[] {
			NEWSLETTER,
			WELCOME,
			ABANDONED_CART,
			BROWSE_ABANDONMENT,
			POST_PURCHASE,
			REPLENISHMENT,
			BIRTHDAY,
			WIN_BACK,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Automation Trigger</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AutomationTrigger> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Automation Trigger</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AutomationTrigger get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AutomationTrigger result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Automation Trigger</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AutomationTrigger getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AutomationTrigger result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Automation Trigger</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AutomationTrigger get(int value) {
		switch (value) {
			case NEWSLETTER_VALUE: return NEWSLETTER;
			case WELCOME_VALUE: return WELCOME;
			case ABANDONED_CART_VALUE: return ABANDONED_CART;
			case BROWSE_ABANDONMENT_VALUE: return BROWSE_ABANDONMENT;
			case POST_PURCHASE_VALUE: return POST_PURCHASE;
			case REPLENISHMENT_VALUE: return REPLENISHMENT;
			case BIRTHDAY_VALUE: return BIRTHDAY;
			case WIN_BACK_VALUE: return WIN_BACK;
			case OTHER_VALUE: return OTHER;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private AutomationTrigger(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //AutomationTrigger
