/**
 */
package org.tactician.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Media Placement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A line of a campaign media plan: where, when and how much; it books its share of a budget line.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.MediaPlacement#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.tactician.model.MediaPlacement#getMediaType <em>Media Type</em>}</li>
 *   <li>{@link org.tactician.model.MediaPlacement#getTargeting <em>Targeting</em>}</li>
 *   <li>{@link org.tactician.model.MediaPlacement#getKpi <em>Kpi</em>}</li>
 *   <li>{@link org.tactician.model.MediaPlacement#getCalendarEntries <em>Calendar Entries</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getMediaPlacement()
 * @model
 * @generated
 */
public interface MediaPlacement extends NamedElement, Scheduled, BudgetBooking {
	/**
	 * Returns the value of the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channel</em>' reference.
	 * @see #setChannel(Channel)
	 * @see org.tactician.model.TacticianPackage#getMediaPlacement_Channel()
	 * @model
	 * @generated
	 */
	Channel getChannel();

	/**
	 * Sets the value of the '{@link org.tactician.model.MediaPlacement#getChannel <em>Channel</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' reference.
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(Channel value);

	/**
	 * Returns the value of the '<em><b>Media Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.tactician.model.MediaType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Paid, owned or earned media. Unset means not classified yet (validation reports it).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Media Type</em>' attribute.
	 * @see org.tactician.model.MediaType
	 * @see #isSetMediaType()
	 * @see #unsetMediaType()
	 * @see #setMediaType(MediaType)
	 * @see org.tactician.model.TacticianPackage#getMediaPlacement_MediaType()
	 * @model unsettable="true"
	 * @generated
	 */
	MediaType getMediaType();

	/**
	 * Sets the value of the '{@link org.tactician.model.MediaPlacement#getMediaType <em>Media Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Media Type</em>' attribute.
	 * @see org.tactician.model.MediaType
	 * @see #isSetMediaType()
	 * @see #unsetMediaType()
	 * @see #getMediaType()
	 * @generated
	 */
	void setMediaType(MediaType value);

	/**
	 * Unsets the value of the '{@link org.tactician.model.MediaPlacement#getMediaType <em>Media Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetMediaType()
	 * @see #getMediaType()
	 * @see #setMediaType(MediaType)
	 * @generated
	 */
	void unsetMediaType();

	/**
	 * Returns whether the value of the '{@link org.tactician.model.MediaPlacement#getMediaType <em>Media Type</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Media Type</em>' attribute is set.
	 * @see #unsetMediaType()
	 * @see #getMediaType()
	 * @see #setMediaType(MediaType)
	 * @generated
	 */
	boolean isSetMediaType();

	/**
	 * Returns the value of the '<em><b>Targeting</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Targeting</em>' attribute.
	 * @see #setTargeting(String)
	 * @see org.tactician.model.TacticianPackage#getMediaPlacement_Targeting()
	 * @model
	 * @generated
	 */
	String getTargeting();

	/**
	 * Sets the value of the '{@link org.tactician.model.MediaPlacement#getTargeting <em>Targeting</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Targeting</em>' attribute.
	 * @see #getTargeting()
	 * @generated
	 */
	void setTargeting(String value);

	/**
	 * Returns the value of the '<em><b>Kpi</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kpi</em>' reference.
	 * @see #setKpi(Kpi)
	 * @see org.tactician.model.TacticianPackage#getMediaPlacement_Kpi()
	 * @model
	 * @generated
	 */
	Kpi getKpi();

	/**
	 * Sets the value of the '{@link org.tactician.model.MediaPlacement#getKpi <em>Kpi</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kpi</em>' reference.
	 * @see #getKpi()
	 * @generated
	 */
	void setKpi(Kpi value);

	/**
	 * Returns the value of the '<em><b>Calendar Entries</b></em>' reference list.
	 * The list contents are of type {@link org.tactician.model.CalendarEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The calendar entries (flights, sends) that execute the placement (derived, inverse of CalendarEntry.placement).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Calendar Entries</em>' reference list.
	 * @see org.tactician.model.TacticianPackage#getMediaPlacement_CalendarEntries()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	EList<CalendarEntry> getCalendarEntries();

} // MediaPlacement
