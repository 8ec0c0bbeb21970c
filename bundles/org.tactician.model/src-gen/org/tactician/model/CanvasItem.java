/**
 */
package org.tactician.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Canvas Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An item in one of the nine Business Model Canvas blocks.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.CanvasItem#getBlock <em>Block</em>}</li>
 *   <li>{@link org.tactician.model.CanvasItem#getSegments <em>Segments</em>}</li>
 *   <li>{@link org.tactician.model.CanvasItem#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.tactician.model.CanvasItem#getCosts <em>Costs</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getCanvasItem()
 * @model
 * @generated
 */
public interface CanvasItem extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Block</b></em>' attribute.
	 * The literals are from the enumeration {@link org.tactician.model.CanvasBlock}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Business Model Canvas block. Unset means not classified yet (validation reports it).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Block</em>' attribute.
	 * @see org.tactician.model.CanvasBlock
	 * @see #isSetBlock()
	 * @see #unsetBlock()
	 * @see #setBlock(CanvasBlock)
	 * @see org.tactician.model.TacticianPackage#getCanvasItem_Block()
	 * @model unsettable="true"
	 * @generated
	 */
	CanvasBlock getBlock();

	/**
	 * Sets the value of the '{@link org.tactician.model.CanvasItem#getBlock <em>Block</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Block</em>' attribute.
	 * @see org.tactician.model.CanvasBlock
	 * @see #isSetBlock()
	 * @see #unsetBlock()
	 * @see #getBlock()
	 * @generated
	 */
	void setBlock(CanvasBlock value);

	/**
	 * Unsets the value of the '{@link org.tactician.model.CanvasItem#getBlock <em>Block</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetBlock()
	 * @see #getBlock()
	 * @see #setBlock(CanvasBlock)
	 * @generated
	 */
	void unsetBlock();

	/**
	 * Returns whether the value of the '{@link org.tactician.model.CanvasItem#getBlock <em>Block</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Block</em>' attribute is set.
	 * @see #unsetBlock()
	 * @see #getBlock()
	 * @see #setBlock(CanvasBlock)
	 * @generated
	 */
	boolean isSetBlock();

	/**
	 * Returns the value of the '<em><b>Segments</b></em>' reference list.
	 * The list contents are of type {@link org.tactician.model.Segment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Segments</em>' reference list.
	 * @see org.tactician.model.TacticianPackage#getCanvasItem_Segments()
	 * @model
	 * @generated
	 */
	EList<Segment> getSegments();

	/**
	 * Returns the value of the '<em><b>Channels</b></em>' reference list.
	 * The list contents are of type {@link org.tactician.model.Channel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channels</em>' reference list.
	 * @see org.tactician.model.TacticianPackage#getCanvasItem_Channels()
	 * @model
	 * @generated
	 */
	EList<Channel> getChannels();

	/**
	 * Returns the value of the '<em><b>Costs</b></em>' reference list.
	 * The list contents are of type {@link org.tactician.model.BudgetLine}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Budget lines behind a cost-structure item.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Costs</em>' reference list.
	 * @see org.tactician.model.TacticianPackage#getCanvasItem_Costs()
	 * @model
	 * @generated
	 */
	EList<BudgetLine> getCosts();

} // CanvasItem
