/**
 */
package org.tactician.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Business Model Canvas</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Business Model Canvas: nine blocks of items.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.BusinessModelCanvas#getItems <em>Items</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getBusinessModelCanvas()
 * @model
 * @generated
 */
public interface BusinessModelCanvas extends PlanElement {
	/**
	 * Returns the value of the '<em><b>Items</b></em>' containment reference list.
	 * The list contents are of type {@link org.tactician.model.CanvasItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Items</em>' containment reference list.
	 * @see org.tactician.model.TacticianPackage#getBusinessModelCanvas_Items()
	 * @model containment="true"
	 * @generated
	 */
	EList<CanvasItem> getItems();

} // BusinessModelCanvas
