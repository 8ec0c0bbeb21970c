/**
 */
package org.tactician.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Media Placement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A line of a campaign media plan.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.MediaPlacement#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.tactician.model.MediaPlacement#getMediaType <em>Media Type</em>}</li>
 *   <li>{@link org.tactician.model.MediaPlacement#getBudget <em>Budget</em>}</li>
 *   <li>{@link org.tactician.model.MediaPlacement#getBudgetLine <em>Budget Line</em>}</li>
 *   <li>{@link org.tactician.model.MediaPlacement#getTargeting <em>Targeting</em>}</li>
 *   <li>{@link org.tactician.model.MediaPlacement#getKpi <em>Kpi</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getMediaPlacement()
 * @model
 * @generated
 */
public interface MediaPlacement extends NamedElement, Scheduled {
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
	 * @return the value of the '<em>Media Type</em>' attribute.
	 * @see org.tactician.model.MediaType
	 * @see #setMediaType(MediaType)
	 * @see org.tactician.model.TacticianPackage#getMediaPlacement_MediaType()
	 * @model
	 * @generated
	 */
	MediaType getMediaType();

	/**
	 * Sets the value of the '{@link org.tactician.model.MediaPlacement#getMediaType <em>Media Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Media Type</em>' attribute.
	 * @see org.tactician.model.MediaType
	 * @see #getMediaType()
	 * @generated
	 */
	void setMediaType(MediaType value);

	/**
	 * Returns the value of the '<em><b>Budget</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Budget</em>' attribute.
	 * @see #setBudget(Money)
	 * @see org.tactician.model.TacticianPackage#getMediaPlacement_Budget()
	 * @model dataType="org.tactician.model.Money"
	 * @generated
	 */
	Money getBudget();

	/**
	 * Sets the value of the '{@link org.tactician.model.MediaPlacement#getBudget <em>Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Budget</em>' attribute.
	 * @see #getBudget()
	 * @generated
	 */
	void setBudget(Money value);

	/**
	 * Returns the value of the '<em><b>Budget Line</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Budget Line</em>' reference.
	 * @see #setBudgetLine(BudgetLine)
	 * @see org.tactician.model.TacticianPackage#getMediaPlacement_BudgetLine()
	 * @model
	 * @generated
	 */
	BudgetLine getBudgetLine();

	/**
	 * Sets the value of the '{@link org.tactician.model.MediaPlacement#getBudgetLine <em>Budget Line</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Budget Line</em>' reference.
	 * @see #getBudgetLine()
	 * @generated
	 */
	void setBudgetLine(BudgetLine value);

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

} // MediaPlacement
