/**
 */
package org.tactician.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.tactician.model.AbTest;
import org.tactician.model.TacticianPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Ab Test</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.impl.AbTestImpl#getHypothesis <em>Hypothesis</em>}</li>
 *   <li>{@link org.tactician.model.impl.AbTestImpl#getVariantA <em>Variant A</em>}</li>
 *   <li>{@link org.tactician.model.impl.AbTestImpl#getVariantB <em>Variant B</em>}</li>
 *   <li>{@link org.tactician.model.impl.AbTestImpl#getMetric <em>Metric</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AbTestImpl extends NamedElementImpl implements AbTest {
	/**
	 * The default value of the '{@link #getHypothesis() <em>Hypothesis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHypothesis()
	 * @generated
	 * @ordered
	 */
	protected static final String HYPOTHESIS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHypothesis() <em>Hypothesis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHypothesis()
	 * @generated
	 * @ordered
	 */
	protected String hypothesis = HYPOTHESIS_EDEFAULT;

	/**
	 * The default value of the '{@link #getVariantA() <em>Variant A</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVariantA()
	 * @generated
	 * @ordered
	 */
	protected static final String VARIANT_A_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVariantA() <em>Variant A</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVariantA()
	 * @generated
	 * @ordered
	 */
	protected String variantA = VARIANT_A_EDEFAULT;

	/**
	 * The default value of the '{@link #getVariantB() <em>Variant B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVariantB()
	 * @generated
	 * @ordered
	 */
	protected static final String VARIANT_B_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVariantB() <em>Variant B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVariantB()
	 * @generated
	 * @ordered
	 */
	protected String variantB = VARIANT_B_EDEFAULT;

	/**
	 * The default value of the '{@link #getMetric() <em>Metric</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetric()
	 * @generated
	 * @ordered
	 */
	protected static final String METRIC_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMetric() <em>Metric</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetric()
	 * @generated
	 * @ordered
	 */
	protected String metric = METRIC_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AbTestImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TacticianPackage.Literals.AB_TEST;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHypothesis() {
		return hypothesis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHypothesis(String newHypothesis) {
		String oldHypothesis = hypothesis;
		hypothesis = newHypothesis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.AB_TEST__HYPOTHESIS, oldHypothesis, hypothesis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVariantA() {
		return variantA;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVariantA(String newVariantA) {
		String oldVariantA = variantA;
		variantA = newVariantA;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.AB_TEST__VARIANT_A, oldVariantA, variantA));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVariantB() {
		return variantB;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVariantB(String newVariantB) {
		String oldVariantB = variantB;
		variantB = newVariantB;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.AB_TEST__VARIANT_B, oldVariantB, variantB));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMetric() {
		return metric;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMetric(String newMetric) {
		String oldMetric = metric;
		metric = newMetric;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.AB_TEST__METRIC, oldMetric, metric));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TacticianPackage.AB_TEST__HYPOTHESIS:
				return getHypothesis();
			case TacticianPackage.AB_TEST__VARIANT_A:
				return getVariantA();
			case TacticianPackage.AB_TEST__VARIANT_B:
				return getVariantB();
			case TacticianPackage.AB_TEST__METRIC:
				return getMetric();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TacticianPackage.AB_TEST__HYPOTHESIS:
				setHypothesis((String)newValue);
				return;
			case TacticianPackage.AB_TEST__VARIANT_A:
				setVariantA((String)newValue);
				return;
			case TacticianPackage.AB_TEST__VARIANT_B:
				setVariantB((String)newValue);
				return;
			case TacticianPackage.AB_TEST__METRIC:
				setMetric((String)newValue);
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
			case TacticianPackage.AB_TEST__HYPOTHESIS:
				setHypothesis(HYPOTHESIS_EDEFAULT);
				return;
			case TacticianPackage.AB_TEST__VARIANT_A:
				setVariantA(VARIANT_A_EDEFAULT);
				return;
			case TacticianPackage.AB_TEST__VARIANT_B:
				setVariantB(VARIANT_B_EDEFAULT);
				return;
			case TacticianPackage.AB_TEST__METRIC:
				setMetric(METRIC_EDEFAULT);
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
			case TacticianPackage.AB_TEST__HYPOTHESIS:
				return HYPOTHESIS_EDEFAULT == null ? hypothesis != null : !HYPOTHESIS_EDEFAULT.equals(hypothesis);
			case TacticianPackage.AB_TEST__VARIANT_A:
				return VARIANT_A_EDEFAULT == null ? variantA != null : !VARIANT_A_EDEFAULT.equals(variantA);
			case TacticianPackage.AB_TEST__VARIANT_B:
				return VARIANT_B_EDEFAULT == null ? variantB != null : !VARIANT_B_EDEFAULT.equals(variantB);
			case TacticianPackage.AB_TEST__METRIC:
				return METRIC_EDEFAULT == null ? metric != null : !METRIC_EDEFAULT.equals(metric);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (hypothesis: ");
		result.append(hypothesis);
		result.append(", variantA: ");
		result.append(variantA);
		result.append(", variantB: ");
		result.append(variantB);
		result.append(", metric: ");
		result.append(metric);
		result.append(')');
		return result.toString();
	}

} //AbTestImpl
