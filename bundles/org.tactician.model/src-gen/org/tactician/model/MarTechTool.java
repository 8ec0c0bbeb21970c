/**
 */
package org.tactician.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mar Tech Tool</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A tool of the MarTech stack.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.MarTechTool#getCategory <em>Category</em>}</li>
 *   <li>{@link org.tactician.model.MarTechTool#getVendor <em>Vendor</em>}</li>
 *   <li>{@link org.tactician.model.MarTechTool#getUrl <em>Url</em>}</li>
 *   <li>{@link org.tactician.model.MarTechTool#getRaceStages <em>Race Stages</em>}</li>
 *   <li>{@link org.tactician.model.MarTechTool#getOwner <em>Owner</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getMarTechTool()
 * @model
 * @generated
 */
public interface MarTechTool extends NamedElement, BudgetBooking {
	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * The literals are from the enumeration {@link org.tactician.model.MarTechCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Category of the tool. Unset means not classified yet (validation reports it).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see org.tactician.model.MarTechCategory
	 * @see #isSetCategory()
	 * @see #unsetCategory()
	 * @see #setCategory(MarTechCategory)
	 * @see org.tactician.model.TacticianPackage#getMarTechTool_Category()
	 * @model unsettable="true"
	 * @generated
	 */
	MarTechCategory getCategory();

	/**
	 * Sets the value of the '{@link org.tactician.model.MarTechTool#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see org.tactician.model.MarTechCategory
	 * @see #isSetCategory()
	 * @see #unsetCategory()
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(MarTechCategory value);

	/**
	 * Unsets the value of the '{@link org.tactician.model.MarTechTool#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetCategory()
	 * @see #getCategory()
	 * @see #setCategory(MarTechCategory)
	 * @generated
	 */
	void unsetCategory();

	/**
	 * Returns whether the value of the '{@link org.tactician.model.MarTechTool#getCategory <em>Category</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Category</em>' attribute is set.
	 * @see #unsetCategory()
	 * @see #getCategory()
	 * @see #setCategory(MarTechCategory)
	 * @generated
	 */
	boolean isSetCategory();

	/**
	 * Returns the value of the '<em><b>Vendor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vendor</em>' attribute.
	 * @see #setVendor(String)
	 * @see org.tactician.model.TacticianPackage#getMarTechTool_Vendor()
	 * @model
	 * @generated
	 */
	String getVendor();

	/**
	 * Sets the value of the '{@link org.tactician.model.MarTechTool#getVendor <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vendor</em>' attribute.
	 * @see #getVendor()
	 * @generated
	 */
	void setVendor(String value);

	/**
	 * Returns the value of the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Url</em>' attribute.
	 * @see #setUrl(String)
	 * @see org.tactician.model.TacticianPackage#getMarTechTool_Url()
	 * @model
	 * @generated
	 */
	String getUrl();

	/**
	 * Sets the value of the '{@link org.tactician.model.MarTechTool#getUrl <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Url</em>' attribute.
	 * @see #getUrl()
	 * @generated
	 */
	void setUrl(String value);

	/**
	 * Returns the value of the '<em><b>Race Stages</b></em>' attribute list.
	 * The list contents are of type {@link org.tactician.model.RaceStage}.
	 * The literals are from the enumeration {@link org.tactician.model.RaceStage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stages the tool supports.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Race Stages</em>' attribute list.
	 * @see org.tactician.model.RaceStage
	 * @see org.tactician.model.TacticianPackage#getMarTechTool_RaceStages()
	 * @model
	 * @generated
	 */
	EList<RaceStage> getRaceStages();

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(TeamMember)
	 * @see org.tactician.model.TacticianPackage#getMarTechTool_Owner()
	 * @model
	 * @generated
	 */
	TeamMember getOwner();

	/**
	 * Sets the value of the '{@link org.tactician.model.MarTechTool#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(TeamMember value);

} // MarTechTool
