/**
 */
package org.tactician.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.tactician.model.BusinessModelCanvas;
import org.tactician.model.CanvasBlock;
import org.tactician.model.CanvasItem;
import org.tactician.model.TacticianPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Business Model Canvas</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.impl.BusinessModelCanvasImpl#getItems <em>Items</em>}</li>
 *   <li>{@link org.tactician.model.impl.BusinessModelCanvasImpl#getKeyPartners <em>Key Partners</em>}</li>
 *   <li>{@link org.tactician.model.impl.BusinessModelCanvasImpl#getKeyActivities <em>Key Activities</em>}</li>
 *   <li>{@link org.tactician.model.impl.BusinessModelCanvasImpl#getKeyResources <em>Key Resources</em>}</li>
 *   <li>{@link org.tactician.model.impl.BusinessModelCanvasImpl#getValuePropositions <em>Value Propositions</em>}</li>
 *   <li>{@link org.tactician.model.impl.BusinessModelCanvasImpl#getCustomerRelationships <em>Customer Relationships</em>}</li>
 *   <li>{@link org.tactician.model.impl.BusinessModelCanvasImpl#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.tactician.model.impl.BusinessModelCanvasImpl#getCustomerSegments <em>Customer Segments</em>}</li>
 *   <li>{@link org.tactician.model.impl.BusinessModelCanvasImpl#getCostStructure <em>Cost Structure</em>}</li>
 *   <li>{@link org.tactician.model.impl.BusinessModelCanvasImpl#getRevenueStreams <em>Revenue Streams</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BusinessModelCanvasImpl extends PlanElementImpl implements BusinessModelCanvas {
	/**
	 * The cached value of the '{@link #getItems() <em>Items</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItems()
	 * @generated
	 * @ordered
	 */
	protected EList<CanvasItem> items;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BusinessModelCanvasImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TacticianPackage.Literals.BUSINESS_MODEL_CANVAS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CanvasItem> getItems() {
		if (items == null) {
			items = new EObjectContainmentEList<CanvasItem>(CanvasItem.class, this, TacticianPackage.BUSINESS_MODEL_CANVAS__ITEMS);
		}
		return items;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CanvasItem> getKeyPartners() {
		return org.tactician.model.internal.PlanQueries.itemsOf(this, org.tactician.model.CanvasBlock.KEY_PARTNERS);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CanvasItem> getKeyActivities() {
		return org.tactician.model.internal.PlanQueries.itemsOf(this, org.tactician.model.CanvasBlock.KEY_ACTIVITIES);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CanvasItem> getKeyResources() {
		return org.tactician.model.internal.PlanQueries.itemsOf(this, org.tactician.model.CanvasBlock.KEY_RESOURCES);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CanvasItem> getValuePropositions() {
		return org.tactician.model.internal.PlanQueries.itemsOf(this, org.tactician.model.CanvasBlock.VALUE_PROPOSITIONS);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CanvasItem> getCustomerRelationships() {
		return org.tactician.model.internal.PlanQueries.itemsOf(this, org.tactician.model.CanvasBlock.CUSTOMER_RELATIONSHIPS);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CanvasItem> getChannels() {
		return org.tactician.model.internal.PlanQueries.itemsOf(this, org.tactician.model.CanvasBlock.CHANNELS);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CanvasItem> getCustomerSegments() {
		return org.tactician.model.internal.PlanQueries.itemsOf(this, org.tactician.model.CanvasBlock.CUSTOMER_SEGMENTS);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CanvasItem> getCostStructure() {
		return org.tactician.model.internal.PlanQueries.itemsOf(this, org.tactician.model.CanvasBlock.COST_STRUCTURE);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CanvasItem> getRevenueStreams() {
		return org.tactician.model.internal.PlanQueries.itemsOf(this, org.tactician.model.CanvasBlock.REVENUE_STREAMS);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CanvasItem> itemsIn(final CanvasBlock block) {
		return org.tactician.model.internal.PlanQueries.itemsOf(this, block);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TacticianPackage.BUSINESS_MODEL_CANVAS__ITEMS:
				return ((InternalEList<?>)getItems()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TacticianPackage.BUSINESS_MODEL_CANVAS__ITEMS:
				return getItems();
			case TacticianPackage.BUSINESS_MODEL_CANVAS__KEY_PARTNERS:
				return getKeyPartners();
			case TacticianPackage.BUSINESS_MODEL_CANVAS__KEY_ACTIVITIES:
				return getKeyActivities();
			case TacticianPackage.BUSINESS_MODEL_CANVAS__KEY_RESOURCES:
				return getKeyResources();
			case TacticianPackage.BUSINESS_MODEL_CANVAS__VALUE_PROPOSITIONS:
				return getValuePropositions();
			case TacticianPackage.BUSINESS_MODEL_CANVAS__CUSTOMER_RELATIONSHIPS:
				return getCustomerRelationships();
			case TacticianPackage.BUSINESS_MODEL_CANVAS__CHANNELS:
				return getChannels();
			case TacticianPackage.BUSINESS_MODEL_CANVAS__CUSTOMER_SEGMENTS:
				return getCustomerSegments();
			case TacticianPackage.BUSINESS_MODEL_CANVAS__COST_STRUCTURE:
				return getCostStructure();
			case TacticianPackage.BUSINESS_MODEL_CANVAS__REVENUE_STREAMS:
				return getRevenueStreams();
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
			case TacticianPackage.BUSINESS_MODEL_CANVAS__ITEMS:
				getItems().clear();
				getItems().addAll((Collection<? extends CanvasItem>)newValue);
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
			case TacticianPackage.BUSINESS_MODEL_CANVAS__ITEMS:
				getItems().clear();
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
			case TacticianPackage.BUSINESS_MODEL_CANVAS__ITEMS:
				return items != null && !items.isEmpty();
			case TacticianPackage.BUSINESS_MODEL_CANVAS__KEY_PARTNERS:
				return !getKeyPartners().isEmpty();
			case TacticianPackage.BUSINESS_MODEL_CANVAS__KEY_ACTIVITIES:
				return !getKeyActivities().isEmpty();
			case TacticianPackage.BUSINESS_MODEL_CANVAS__KEY_RESOURCES:
				return !getKeyResources().isEmpty();
			case TacticianPackage.BUSINESS_MODEL_CANVAS__VALUE_PROPOSITIONS:
				return !getValuePropositions().isEmpty();
			case TacticianPackage.BUSINESS_MODEL_CANVAS__CUSTOMER_RELATIONSHIPS:
				return !getCustomerRelationships().isEmpty();
			case TacticianPackage.BUSINESS_MODEL_CANVAS__CHANNELS:
				return !getChannels().isEmpty();
			case TacticianPackage.BUSINESS_MODEL_CANVAS__CUSTOMER_SEGMENTS:
				return !getCustomerSegments().isEmpty();
			case TacticianPackage.BUSINESS_MODEL_CANVAS__COST_STRUCTURE:
				return !getCostStructure().isEmpty();
			case TacticianPackage.BUSINESS_MODEL_CANVAS__REVENUE_STREAMS:
				return !getRevenueStreams().isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case TacticianPackage.BUSINESS_MODEL_CANVAS___ITEMS_IN__CANVASBLOCK:
				return itemsIn((CanvasBlock)arguments.get(0));
		}
		return super.eInvoke(operationID, arguments);
	}

} //BusinessModelCanvasImpl
