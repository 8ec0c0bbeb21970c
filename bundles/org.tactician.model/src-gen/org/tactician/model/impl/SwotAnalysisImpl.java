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

import org.tactician.model.KeyIssue;
import org.tactician.model.SwotAnalysis;
import org.tactician.model.SwotCategory;
import org.tactician.model.SwotItem;
import org.tactician.model.TacticianPackage;
import org.tactician.model.TowsCategory;
import org.tactician.model.TowsStrategy;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Swot Analysis</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.impl.SwotAnalysisImpl#getItems <em>Items</em>}</li>
 *   <li>{@link org.tactician.model.impl.SwotAnalysisImpl#getStrategies <em>Strategies</em>}</li>
 *   <li>{@link org.tactician.model.impl.SwotAnalysisImpl#getKeyIssues <em>Key Issues</em>}</li>
 *   <li>{@link org.tactician.model.impl.SwotAnalysisImpl#getStrengths <em>Strengths</em>}</li>
 *   <li>{@link org.tactician.model.impl.SwotAnalysisImpl#getWeaknesses <em>Weaknesses</em>}</li>
 *   <li>{@link org.tactician.model.impl.SwotAnalysisImpl#getOpportunities <em>Opportunities</em>}</li>
 *   <li>{@link org.tactician.model.impl.SwotAnalysisImpl#getThreats <em>Threats</em>}</li>
 *   <li>{@link org.tactician.model.impl.SwotAnalysisImpl#getSoStrategies <em>So Strategies</em>}</li>
 *   <li>{@link org.tactician.model.impl.SwotAnalysisImpl#getWoStrategies <em>Wo Strategies</em>}</li>
 *   <li>{@link org.tactician.model.impl.SwotAnalysisImpl#getStStrategies <em>St Strategies</em>}</li>
 *   <li>{@link org.tactician.model.impl.SwotAnalysisImpl#getWtStrategies <em>Wt Strategies</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SwotAnalysisImpl extends PlanElementImpl implements SwotAnalysis {
	/**
	 * The cached value of the '{@link #getItems() <em>Items</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItems()
	 * @generated
	 * @ordered
	 */
	protected EList<SwotItem> items;

	/**
	 * The cached value of the '{@link #getStrategies() <em>Strategies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrategies()
	 * @generated
	 * @ordered
	 */
	protected EList<TowsStrategy> strategies;

	/**
	 * The cached value of the '{@link #getKeyIssues() <em>Key Issues</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeyIssues()
	 * @generated
	 * @ordered
	 */
	protected EList<KeyIssue> keyIssues;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SwotAnalysisImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TacticianPackage.Literals.SWOT_ANALYSIS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SwotItem> getItems() {
		if (items == null) {
			items = new EObjectContainmentEList<SwotItem>(SwotItem.class, this, TacticianPackage.SWOT_ANALYSIS__ITEMS);
		}
		return items;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TowsStrategy> getStrategies() {
		if (strategies == null) {
			strategies = new EObjectContainmentEList<TowsStrategy>(TowsStrategy.class, this, TacticianPackage.SWOT_ANALYSIS__STRATEGIES);
		}
		return strategies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<KeyIssue> getKeyIssues() {
		if (keyIssues == null) {
			keyIssues = new EObjectContainmentEList<KeyIssue>(KeyIssue.class, this, TacticianPackage.SWOT_ANALYSIS__KEY_ISSUES);
		}
		return keyIssues;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SwotItem> getStrengths() {
		return org.tactician.model.internal.PlanQueries.itemsOf(this, org.tactician.model.SwotCategory.STRENGTH);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SwotItem> getWeaknesses() {
		return org.tactician.model.internal.PlanQueries.itemsOf(this, org.tactician.model.SwotCategory.WEAKNESS);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SwotItem> getOpportunities() {
		return org.tactician.model.internal.PlanQueries.itemsOf(this, org.tactician.model.SwotCategory.OPPORTUNITY);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SwotItem> getThreats() {
		return org.tactician.model.internal.PlanQueries.itemsOf(this, org.tactician.model.SwotCategory.THREAT);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TowsStrategy> getSoStrategies() {
		return org.tactician.model.internal.PlanQueries.strategiesOf(this, org.tactician.model.TowsCategory.SO);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TowsStrategy> getWoStrategies() {
		return org.tactician.model.internal.PlanQueries.strategiesOf(this, org.tactician.model.TowsCategory.WO);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TowsStrategy> getStStrategies() {
		return org.tactician.model.internal.PlanQueries.strategiesOf(this, org.tactician.model.TowsCategory.ST);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TowsStrategy> getWtStrategies() {
		return org.tactician.model.internal.PlanQueries.strategiesOf(this, org.tactician.model.TowsCategory.WT);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SwotItem> itemsIn(final SwotCategory category) {
		return org.tactician.model.internal.PlanQueries.itemsOf(this, category);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TowsStrategy> strategiesIn(final TowsCategory category) {
		return org.tactician.model.internal.PlanQueries.strategiesOf(this, category);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TacticianPackage.SWOT_ANALYSIS__ITEMS:
				return ((InternalEList<?>)getItems()).basicRemove(otherEnd, msgs);
			case TacticianPackage.SWOT_ANALYSIS__STRATEGIES:
				return ((InternalEList<?>)getStrategies()).basicRemove(otherEnd, msgs);
			case TacticianPackage.SWOT_ANALYSIS__KEY_ISSUES:
				return ((InternalEList<?>)getKeyIssues()).basicRemove(otherEnd, msgs);
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
			case TacticianPackage.SWOT_ANALYSIS__ITEMS:
				return getItems();
			case TacticianPackage.SWOT_ANALYSIS__STRATEGIES:
				return getStrategies();
			case TacticianPackage.SWOT_ANALYSIS__KEY_ISSUES:
				return getKeyIssues();
			case TacticianPackage.SWOT_ANALYSIS__STRENGTHS:
				return getStrengths();
			case TacticianPackage.SWOT_ANALYSIS__WEAKNESSES:
				return getWeaknesses();
			case TacticianPackage.SWOT_ANALYSIS__OPPORTUNITIES:
				return getOpportunities();
			case TacticianPackage.SWOT_ANALYSIS__THREATS:
				return getThreats();
			case TacticianPackage.SWOT_ANALYSIS__SO_STRATEGIES:
				return getSoStrategies();
			case TacticianPackage.SWOT_ANALYSIS__WO_STRATEGIES:
				return getWoStrategies();
			case TacticianPackage.SWOT_ANALYSIS__ST_STRATEGIES:
				return getStStrategies();
			case TacticianPackage.SWOT_ANALYSIS__WT_STRATEGIES:
				return getWtStrategies();
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
			case TacticianPackage.SWOT_ANALYSIS__ITEMS:
				getItems().clear();
				getItems().addAll((Collection<? extends SwotItem>)newValue);
				return;
			case TacticianPackage.SWOT_ANALYSIS__STRATEGIES:
				getStrategies().clear();
				getStrategies().addAll((Collection<? extends TowsStrategy>)newValue);
				return;
			case TacticianPackage.SWOT_ANALYSIS__KEY_ISSUES:
				getKeyIssues().clear();
				getKeyIssues().addAll((Collection<? extends KeyIssue>)newValue);
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
			case TacticianPackage.SWOT_ANALYSIS__ITEMS:
				getItems().clear();
				return;
			case TacticianPackage.SWOT_ANALYSIS__STRATEGIES:
				getStrategies().clear();
				return;
			case TacticianPackage.SWOT_ANALYSIS__KEY_ISSUES:
				getKeyIssues().clear();
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
			case TacticianPackage.SWOT_ANALYSIS__ITEMS:
				return items != null && !items.isEmpty();
			case TacticianPackage.SWOT_ANALYSIS__STRATEGIES:
				return strategies != null && !strategies.isEmpty();
			case TacticianPackage.SWOT_ANALYSIS__KEY_ISSUES:
				return keyIssues != null && !keyIssues.isEmpty();
			case TacticianPackage.SWOT_ANALYSIS__STRENGTHS:
				return !getStrengths().isEmpty();
			case TacticianPackage.SWOT_ANALYSIS__WEAKNESSES:
				return !getWeaknesses().isEmpty();
			case TacticianPackage.SWOT_ANALYSIS__OPPORTUNITIES:
				return !getOpportunities().isEmpty();
			case TacticianPackage.SWOT_ANALYSIS__THREATS:
				return !getThreats().isEmpty();
			case TacticianPackage.SWOT_ANALYSIS__SO_STRATEGIES:
				return !getSoStrategies().isEmpty();
			case TacticianPackage.SWOT_ANALYSIS__WO_STRATEGIES:
				return !getWoStrategies().isEmpty();
			case TacticianPackage.SWOT_ANALYSIS__ST_STRATEGIES:
				return !getStStrategies().isEmpty();
			case TacticianPackage.SWOT_ANALYSIS__WT_STRATEGIES:
				return !getWtStrategies().isEmpty();
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
			case TacticianPackage.SWOT_ANALYSIS___ITEMS_IN__SWOTCATEGORY:
				return itemsIn((SwotCategory)arguments.get(0));
			case TacticianPackage.SWOT_ANALYSIS___STRATEGIES_IN__TOWSCATEGORY:
				return strategiesIn((TowsCategory)arguments.get(0));
		}
		return super.eInvoke(operationID, arguments);
	}

} //SwotAnalysisImpl
