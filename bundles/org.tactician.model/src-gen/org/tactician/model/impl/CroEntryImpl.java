/**
 */
package org.tactician.model.impl;

import java.math.BigDecimal;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.tactician.model.AbTest;
import org.tactician.model.CroEntry;
import org.tactician.model.TacticianPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Cro Entry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.impl.CroEntryImpl#getPage <em>Page</em>}</li>
 *   <li>{@link org.tactician.model.impl.CroEntryImpl#getHypothesis <em>Hypothesis</em>}</li>
 *   <li>{@link org.tactician.model.impl.CroEntryImpl#getMetric <em>Metric</em>}</li>
 *   <li>{@link org.tactician.model.impl.CroEntryImpl#getExpectedUplift <em>Expected Uplift</em>}</li>
 *   <li>{@link org.tactician.model.impl.CroEntryImpl#getTest <em>Test</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CroEntryImpl extends CalendarEntryImpl implements CroEntry {
	/**
	 * The default value of the '{@link #getPage() <em>Page</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPage()
	 * @generated
	 * @ordered
	 */
	protected static final String PAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPage() <em>Page</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPage()
	 * @generated
	 * @ordered
	 */
	protected String page = PAGE_EDEFAULT;

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
	 * The default value of the '{@link #getExpectedUplift() <em>Expected Uplift</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpectedUplift()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal EXPECTED_UPLIFT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExpectedUplift() <em>Expected Uplift</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpectedUplift()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal expectedUplift = EXPECTED_UPLIFT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTest() <em>Test</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTest()
	 * @generated
	 * @ordered
	 */
	protected AbTest test;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CroEntryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TacticianPackage.Literals.CRO_ENTRY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPage() {
		return page;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPage(String newPage) {
		String oldPage = page;
		page = newPage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.CRO_ENTRY__PAGE, oldPage, page));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.CRO_ENTRY__HYPOTHESIS, oldHypothesis, hypothesis));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.CRO_ENTRY__METRIC, oldMetric, metric));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getExpectedUplift() {
		return expectedUplift;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpectedUplift(BigDecimal newExpectedUplift) {
		BigDecimal oldExpectedUplift = expectedUplift;
		expectedUplift = newExpectedUplift;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.CRO_ENTRY__EXPECTED_UPLIFT, oldExpectedUplift, expectedUplift));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AbTest getTest() {
		return test;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTest(AbTest newTest, NotificationChain msgs) {
		AbTest oldTest = test;
		test = newTest;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TacticianPackage.CRO_ENTRY__TEST, oldTest, newTest);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTest(AbTest newTest) {
		if (newTest != test) {
			NotificationChain msgs = null;
			if (test != null)
				msgs = ((InternalEObject)test).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TacticianPackage.CRO_ENTRY__TEST, null, msgs);
			if (newTest != null)
				msgs = ((InternalEObject)newTest).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TacticianPackage.CRO_ENTRY__TEST, null, msgs);
			msgs = basicSetTest(newTest, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.CRO_ENTRY__TEST, newTest, newTest));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TacticianPackage.CRO_ENTRY__TEST:
				return basicSetTest(null, msgs);
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
			case TacticianPackage.CRO_ENTRY__PAGE:
				return getPage();
			case TacticianPackage.CRO_ENTRY__HYPOTHESIS:
				return getHypothesis();
			case TacticianPackage.CRO_ENTRY__METRIC:
				return getMetric();
			case TacticianPackage.CRO_ENTRY__EXPECTED_UPLIFT:
				return getExpectedUplift();
			case TacticianPackage.CRO_ENTRY__TEST:
				return getTest();
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
			case TacticianPackage.CRO_ENTRY__PAGE:
				setPage((String)newValue);
				return;
			case TacticianPackage.CRO_ENTRY__HYPOTHESIS:
				setHypothesis((String)newValue);
				return;
			case TacticianPackage.CRO_ENTRY__METRIC:
				setMetric((String)newValue);
				return;
			case TacticianPackage.CRO_ENTRY__EXPECTED_UPLIFT:
				setExpectedUplift((BigDecimal)newValue);
				return;
			case TacticianPackage.CRO_ENTRY__TEST:
				setTest((AbTest)newValue);
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
			case TacticianPackage.CRO_ENTRY__PAGE:
				setPage(PAGE_EDEFAULT);
				return;
			case TacticianPackage.CRO_ENTRY__HYPOTHESIS:
				setHypothesis(HYPOTHESIS_EDEFAULT);
				return;
			case TacticianPackage.CRO_ENTRY__METRIC:
				setMetric(METRIC_EDEFAULT);
				return;
			case TacticianPackage.CRO_ENTRY__EXPECTED_UPLIFT:
				setExpectedUplift(EXPECTED_UPLIFT_EDEFAULT);
				return;
			case TacticianPackage.CRO_ENTRY__TEST:
				setTest((AbTest)null);
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
			case TacticianPackage.CRO_ENTRY__PAGE:
				return PAGE_EDEFAULT == null ? page != null : !PAGE_EDEFAULT.equals(page);
			case TacticianPackage.CRO_ENTRY__HYPOTHESIS:
				return HYPOTHESIS_EDEFAULT == null ? hypothesis != null : !HYPOTHESIS_EDEFAULT.equals(hypothesis);
			case TacticianPackage.CRO_ENTRY__METRIC:
				return METRIC_EDEFAULT == null ? metric != null : !METRIC_EDEFAULT.equals(metric);
			case TacticianPackage.CRO_ENTRY__EXPECTED_UPLIFT:
				return EXPECTED_UPLIFT_EDEFAULT == null ? expectedUplift != null : !EXPECTED_UPLIFT_EDEFAULT.equals(expectedUplift);
			case TacticianPackage.CRO_ENTRY__TEST:
				return test != null;
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
		result.append(" (page: ");
		result.append(page);
		result.append(", hypothesis: ");
		result.append(hypothesis);
		result.append(", metric: ");
		result.append(metric);
		result.append(", expectedUplift: ");
		result.append(expectedUplift);
		result.append(')');
		return result.toString();
	}

} //CroEntryImpl
