/**
 */
package org.tactician.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Always On Activity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An always-on activity.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.AlwaysOnActivity#getQuarters <em>Quarters</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getAlwaysOnActivity()
 * @model
 * @generated
 */
public interface AlwaysOnActivity extends Activity {
	/**
	 * Returns the value of the '<em><b>Quarters</b></em>' attribute list.
	 * The list contents are of type {@link org.tactician.model.Quarter}.
	 * The literals are from the enumeration {@link org.tactician.model.Quarter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The quarters the activity runs in.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Quarters</em>' attribute list.
	 * @see org.tactician.model.Quarter
	 * @see org.tactician.model.TacticianPackage#getAlwaysOnActivity_Quarters()
	 * @model
	 * @generated
	 */
	EList<Quarter> getQuarters();

} // AlwaysOnActivity
