/**
 */
package org.tactician.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Budget Line</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A cost of the plan: category, one-shot or recurring, amount and its phasing by month. Its start is the month of a one-shot cost; start and end are the date range of a recurring cost (both optional: the campaign's or the plan's period is used without them).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.BudgetLine#getCategory <em>Category</em>}</li>
 *   <li>{@link org.tactician.model.BudgetLine#getCostType <em>Cost Type</em>}</li>
 *   <li>{@link org.tactician.model.BudgetLine#getRaceStage <em>Race Stage</em>}</li>
 *   <li>{@link org.tactician.model.BudgetLine#getAmount <em>Amount</em>}</li>
 *   <li>{@link org.tactician.model.BudgetLine#getPhasing <em>Phasing</em>}</li>
 *   <li>{@link org.tactician.model.BudgetLine#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.tactician.model.BudgetLine#getCampaign <em>Campaign</em>}</li>
 *   <li>{@link org.tactician.model.BudgetLine#getKpis <em>Kpis</em>}</li>
 *   <li>{@link org.tactician.model.BudgetLine#getSupplier <em>Supplier</em>}</li>
 *   <li>{@link org.tactician.model.BudgetLine#getPhasedTotal <em>Phased Total</em>}</li>
 *   <li>{@link org.tactician.model.BudgetLine#getBookings <em>Bookings</em>}</li>
 *   <li>{@link org.tactician.model.BudgetLine#getAllocated <em>Allocated</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getBudgetLine()
 * @model
 * @generated
 */
public interface BudgetLine extends NamedElement, Scheduled {
	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * The literals are from the enumeration {@link org.tactician.model.BudgetCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Spend category. Unset means not classified yet (validation reports it).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see org.tactician.model.BudgetCategory
	 * @see #isSetCategory()
	 * @see #unsetCategory()
	 * @see #setCategory(BudgetCategory)
	 * @see org.tactician.model.TacticianPackage#getBudgetLine_Category()
	 * @model unsettable="true"
	 * @generated
	 */
	BudgetCategory getCategory();

	/**
	 * Sets the value of the '{@link org.tactician.model.BudgetLine#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see org.tactician.model.BudgetCategory
	 * @see #isSetCategory()
	 * @see #unsetCategory()
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(BudgetCategory value);

	/**
	 * Unsets the value of the '{@link org.tactician.model.BudgetLine#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetCategory()
	 * @see #getCategory()
	 * @see #setCategory(BudgetCategory)
	 * @generated
	 */
	void unsetCategory();

	/**
	 * Returns whether the value of the '{@link org.tactician.model.BudgetLine#getCategory <em>Category</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Category</em>' attribute is set.
	 * @see #unsetCategory()
	 * @see #getCategory()
	 * @see #setCategory(BudgetCategory)
	 * @generated
	 */
	boolean isSetCategory();

	/**
	 * Returns the value of the '<em><b>Cost Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.tactician.model.CostType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One-shot or recurring; a line without phasing is placed on the months by it. Unset means not classified yet (validation reports it).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cost Type</em>' attribute.
	 * @see org.tactician.model.CostType
	 * @see #isSetCostType()
	 * @see #unsetCostType()
	 * @see #setCostType(CostType)
	 * @see org.tactician.model.TacticianPackage#getBudgetLine_CostType()
	 * @model unsettable="true"
	 * @generated
	 */
	CostType getCostType();

	/**
	 * Sets the value of the '{@link org.tactician.model.BudgetLine#getCostType <em>Cost Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cost Type</em>' attribute.
	 * @see org.tactician.model.CostType
	 * @see #isSetCostType()
	 * @see #unsetCostType()
	 * @see #getCostType()
	 * @generated
	 */
	void setCostType(CostType value);

	/**
	 * Unsets the value of the '{@link org.tactician.model.BudgetLine#getCostType <em>Cost Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetCostType()
	 * @see #getCostType()
	 * @see #setCostType(CostType)
	 * @generated
	 */
	void unsetCostType();

	/**
	 * Returns whether the value of the '{@link org.tactician.model.BudgetLine#getCostType <em>Cost Type</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Cost Type</em>' attribute is set.
	 * @see #unsetCostType()
	 * @see #getCostType()
	 * @see #setCostType(CostType)
	 * @generated
	 */
	boolean isSetCostType();

	/**
	 * Returns the value of the '<em><b>Race Stage</b></em>' attribute.
	 * The literals are from the enumeration {@link org.tactician.model.RaceStage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The RACE stage this spend serves; when not set it is inferred from the line's KPIs, bookings or campaign.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Race Stage</em>' attribute.
	 * @see org.tactician.model.RaceStage
	 * @see #isSetRaceStage()
	 * @see #unsetRaceStage()
	 * @see #setRaceStage(RaceStage)
	 * @see org.tactician.model.TacticianPackage#getBudgetLine_RaceStage()
	 * @model unsettable="true"
	 * @generated
	 */
	RaceStage getRaceStage();

	/**
	 * Sets the value of the '{@link org.tactician.model.BudgetLine#getRaceStage <em>Race Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Race Stage</em>' attribute.
	 * @see org.tactician.model.RaceStage
	 * @see #isSetRaceStage()
	 * @see #unsetRaceStage()
	 * @see #getRaceStage()
	 * @generated
	 */
	void setRaceStage(RaceStage value);

	/**
	 * Unsets the value of the '{@link org.tactician.model.BudgetLine#getRaceStage <em>Race Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetRaceStage()
	 * @see #getRaceStage()
	 * @see #setRaceStage(RaceStage)
	 * @generated
	 */
	void unsetRaceStage();

	/**
	 * Returns whether the value of the '{@link org.tactician.model.BudgetLine#getRaceStage <em>Race Stage</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Race Stage</em>' attribute is set.
	 * @see #unsetRaceStage()
	 * @see #getRaceStage()
	 * @see #setRaceStage(RaceStage)
	 * @generated
	 */
	boolean isSetRaceStage();

	/**
	 * Returns the value of the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Total amount of the line.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Amount</em>' attribute.
	 * @see #setAmount(Money)
	 * @see org.tactician.model.TacticianPackage#getBudgetLine_Amount()
	 * @model dataType="org.tactician.model.Money"
	 * @generated
	 */
	Money getAmount();

	/**
	 * Sets the value of the '{@link org.tactician.model.BudgetLine#getAmount <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amount</em>' attribute.
	 * @see #getAmount()
	 * @generated
	 */
	void setAmount(Money value);

	/**
	 * Returns the value of the '<em><b>Phasing</b></em>' containment reference list.
	 * The list contents are of type {@link org.tactician.model.MonthlyAmount}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the amount is spread over the months.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Phasing</em>' containment reference list.
	 * @see org.tactician.model.TacticianPackage#getBudgetLine_Phasing()
	 * @model containment="true"
	 * @generated
	 */
	EList<MonthlyAmount> getPhasing();

	/**
	 * Returns the value of the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channel</em>' reference.
	 * @see #setChannel(Channel)
	 * @see org.tactician.model.TacticianPackage#getBudgetLine_Channel()
	 * @model
	 * @generated
	 */
	Channel getChannel();

	/**
	 * Sets the value of the '{@link org.tactician.model.BudgetLine#getChannel <em>Channel</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' reference.
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(Channel value);

	/**
	 * Returns the value of the '<em><b>Campaign</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Campaign</em>' reference.
	 * @see #setCampaign(Campaign)
	 * @see org.tactician.model.TacticianPackage#getBudgetLine_Campaign()
	 * @model
	 * @generated
	 */
	Campaign getCampaign();

	/**
	 * Sets the value of the '{@link org.tactician.model.BudgetLine#getCampaign <em>Campaign</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Campaign</em>' reference.
	 * @see #getCampaign()
	 * @generated
	 */
	void setCampaign(Campaign value);

	/**
	 * Returns the value of the '<em><b>Kpis</b></em>' reference list.
	 * The list contents are of type {@link org.tactician.model.Kpi}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * KPIs that measure the return on this spend.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kpis</em>' reference list.
	 * @see org.tactician.model.TacticianPackage#getBudgetLine_Kpis()
	 * @model
	 * @generated
	 */
	EList<Kpi> getKpis();

	/**
	 * Returns the value of the '<em><b>Supplier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Supplier</em>' attribute.
	 * @see #setSupplier(String)
	 * @see org.tactician.model.TacticianPackage#getBudgetLine_Supplier()
	 * @model
	 * @generated
	 */
	String getSupplier();

	/**
	 * Sets the value of the '{@link org.tactician.model.BudgetLine#getSupplier <em>Supplier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Supplier</em>' attribute.
	 * @see #getSupplier()
	 * @generated
	 */
	void setSupplier(String value);

	/**
	 * Returns the value of the '<em><b>Phased Total</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sum of the phasing (derived); null without phasing.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Phased Total</em>' attribute.
	 * @see org.tactician.model.TacticianPackage#getBudgetLine_PhasedTotal()
	 * @model dataType="org.tactician.model.Money" transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	Money getPhasedTotal();

	/**
	 * Returns the value of the '<em><b>Bookings</b></em>' reference list.
	 * The list contents are of type {@link org.tactician.model.BudgetBooking}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What books on this line: activities, calendar entries, media placements and MarTech tools (derived, inverse of BudgetBooking.budgetLine).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bookings</em>' reference list.
	 * @see org.tactician.model.TacticianPackage#getBudgetLine_Bookings()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	EList<BudgetBooking> getBookings();

	/**
	 * Returns the value of the '<em><b>Allocated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the bookings book on the line in its currency (derived); entries that execute a media placement count through the placement only. Null when nothing is booked.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Allocated</em>' attribute.
	 * @see org.tactician.model.TacticianPackage#getBudgetLine_Allocated()
	 * @model dataType="org.tactician.model.Money" transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	Money getAllocated();

} // BudgetLine
