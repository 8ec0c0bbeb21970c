/**
 */
package org.tactician.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.tactician.model.BudgetBooking;
import org.tactician.model.BudgetLine;
import org.tactician.model.MarTechCategory;
import org.tactician.model.MarTechTool;
import org.tactician.model.Money;
import org.tactician.model.RaceStage;
import org.tactician.model.TacticianPackage;
import org.tactician.model.TeamMember;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Mar Tech Tool</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.impl.MarTechToolImpl#getBudgetLine <em>Budget Line</em>}</li>
 *   <li>{@link org.tactician.model.impl.MarTechToolImpl#getBookedAmount <em>Booked Amount</em>}</li>
 *   <li>{@link org.tactician.model.impl.MarTechToolImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link org.tactician.model.impl.MarTechToolImpl#getVendor <em>Vendor</em>}</li>
 *   <li>{@link org.tactician.model.impl.MarTechToolImpl#getUrl <em>Url</em>}</li>
 *   <li>{@link org.tactician.model.impl.MarTechToolImpl#getRaceStages <em>Race Stages</em>}</li>
 *   <li>{@link org.tactician.model.impl.MarTechToolImpl#getOwner <em>Owner</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MarTechToolImpl extends NamedElementImpl implements MarTechTool {
	/**
	 * The cached value of the '{@link #getBudgetLine() <em>Budget Line</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudgetLine()
	 * @generated
	 * @ordered
	 */
	protected BudgetLine budgetLine;

	/**
	 * The default value of the '{@link #getBookedAmount() <em>Booked Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBookedAmount()
	 * @generated
	 * @ordered
	 */
	protected static final Money BOOKED_AMOUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBookedAmount() <em>Booked Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBookedAmount()
	 * @generated
	 * @ordered
	 */
	protected Money bookedAmount = BOOKED_AMOUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final MarTechCategory CATEGORY_EDEFAULT = MarTechCategory.ANALYTICS;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected MarTechCategory category = CATEGORY_EDEFAULT;

	/**
	 * This is true if the Category attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean categoryESet;

	/**
	 * The default value of the '{@link #getVendor() <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVendor()
	 * @generated
	 * @ordered
	 */
	protected static final String VENDOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVendor() <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVendor()
	 * @generated
	 * @ordered
	 */
	protected String vendor = VENDOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getUrl() <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrl()
	 * @generated
	 * @ordered
	 */
	protected static final String URL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUrl() <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrl()
	 * @generated
	 * @ordered
	 */
	protected String url = URL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRaceStages() <em>Race Stages</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRaceStages()
	 * @generated
	 * @ordered
	 */
	protected EList<RaceStage> raceStages;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected TeamMember owner;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MarTechToolImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TacticianPackage.Literals.MAR_TECH_TOOL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BudgetLine getBudgetLine() {
		if (budgetLine != null && budgetLine.eIsProxy()) {
			InternalEObject oldBudgetLine = (InternalEObject)budgetLine;
			budgetLine = (BudgetLine)eResolveProxy(oldBudgetLine);
			if (budgetLine != oldBudgetLine) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TacticianPackage.MAR_TECH_TOOL__BUDGET_LINE, oldBudgetLine, budgetLine));
			}
		}
		return budgetLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BudgetLine basicGetBudgetLine() {
		return budgetLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBudgetLine(BudgetLine newBudgetLine) {
		BudgetLine oldBudgetLine = budgetLine;
		budgetLine = newBudgetLine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.MAR_TECH_TOOL__BUDGET_LINE, oldBudgetLine, budgetLine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Money getBookedAmount() {
		return bookedAmount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBookedAmount(Money newBookedAmount) {
		Money oldBookedAmount = bookedAmount;
		bookedAmount = newBookedAmount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.MAR_TECH_TOOL__BOOKED_AMOUNT, oldBookedAmount, bookedAmount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MarTechCategory getCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(MarTechCategory newCategory) {
		MarTechCategory oldCategory = category;
		category = newCategory == null ? CATEGORY_EDEFAULT : newCategory;
		boolean oldCategoryESet = categoryESet;
		categoryESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.MAR_TECH_TOOL__CATEGORY, oldCategory, category, !oldCategoryESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetCategory() {
		MarTechCategory oldCategory = category;
		boolean oldCategoryESet = categoryESet;
		category = CATEGORY_EDEFAULT;
		categoryESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, TacticianPackage.MAR_TECH_TOOL__CATEGORY, oldCategory, CATEGORY_EDEFAULT, oldCategoryESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetCategory() {
		return categoryESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVendor() {
		return vendor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVendor(String newVendor) {
		String oldVendor = vendor;
		vendor = newVendor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.MAR_TECH_TOOL__VENDOR, oldVendor, vendor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUrl() {
		return url;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUrl(String newUrl) {
		String oldUrl = url;
		url = newUrl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.MAR_TECH_TOOL__URL, oldUrl, url));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RaceStage> getRaceStages() {
		if (raceStages == null) {
			raceStages = new EDataTypeUniqueEList<RaceStage>(RaceStage.class, this, TacticianPackage.MAR_TECH_TOOL__RACE_STAGES);
		}
		return raceStages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TeamMember getOwner() {
		if (owner != null && owner.eIsProxy()) {
			InternalEObject oldOwner = (InternalEObject)owner;
			owner = (TeamMember)eResolveProxy(oldOwner);
			if (owner != oldOwner) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TacticianPackage.MAR_TECH_TOOL__OWNER, oldOwner, owner));
			}
		}
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TeamMember basicGetOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(TeamMember newOwner) {
		TeamMember oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.MAR_TECH_TOOL__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TacticianPackage.MAR_TECH_TOOL__BUDGET_LINE:
				if (resolve) return getBudgetLine();
				return basicGetBudgetLine();
			case TacticianPackage.MAR_TECH_TOOL__BOOKED_AMOUNT:
				return getBookedAmount();
			case TacticianPackage.MAR_TECH_TOOL__CATEGORY:
				return getCategory();
			case TacticianPackage.MAR_TECH_TOOL__VENDOR:
				return getVendor();
			case TacticianPackage.MAR_TECH_TOOL__URL:
				return getUrl();
			case TacticianPackage.MAR_TECH_TOOL__RACE_STAGES:
				return getRaceStages();
			case TacticianPackage.MAR_TECH_TOOL__OWNER:
				if (resolve) return getOwner();
				return basicGetOwner();
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
			case TacticianPackage.MAR_TECH_TOOL__BUDGET_LINE:
				setBudgetLine((BudgetLine)newValue);
				return;
			case TacticianPackage.MAR_TECH_TOOL__BOOKED_AMOUNT:
				setBookedAmount((Money)newValue);
				return;
			case TacticianPackage.MAR_TECH_TOOL__CATEGORY:
				setCategory((MarTechCategory)newValue);
				return;
			case TacticianPackage.MAR_TECH_TOOL__VENDOR:
				setVendor((String)newValue);
				return;
			case TacticianPackage.MAR_TECH_TOOL__URL:
				setUrl((String)newValue);
				return;
			case TacticianPackage.MAR_TECH_TOOL__RACE_STAGES:
				getRaceStages().clear();
				getRaceStages().addAll((Collection<? extends RaceStage>)newValue);
				return;
			case TacticianPackage.MAR_TECH_TOOL__OWNER:
				setOwner((TeamMember)newValue);
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
			case TacticianPackage.MAR_TECH_TOOL__BUDGET_LINE:
				setBudgetLine((BudgetLine)null);
				return;
			case TacticianPackage.MAR_TECH_TOOL__BOOKED_AMOUNT:
				setBookedAmount(BOOKED_AMOUNT_EDEFAULT);
				return;
			case TacticianPackage.MAR_TECH_TOOL__CATEGORY:
				unsetCategory();
				return;
			case TacticianPackage.MAR_TECH_TOOL__VENDOR:
				setVendor(VENDOR_EDEFAULT);
				return;
			case TacticianPackage.MAR_TECH_TOOL__URL:
				setUrl(URL_EDEFAULT);
				return;
			case TacticianPackage.MAR_TECH_TOOL__RACE_STAGES:
				getRaceStages().clear();
				return;
			case TacticianPackage.MAR_TECH_TOOL__OWNER:
				setOwner((TeamMember)null);
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
			case TacticianPackage.MAR_TECH_TOOL__BUDGET_LINE:
				return budgetLine != null;
			case TacticianPackage.MAR_TECH_TOOL__BOOKED_AMOUNT:
				return BOOKED_AMOUNT_EDEFAULT == null ? bookedAmount != null : !BOOKED_AMOUNT_EDEFAULT.equals(bookedAmount);
			case TacticianPackage.MAR_TECH_TOOL__CATEGORY:
				return isSetCategory();
			case TacticianPackage.MAR_TECH_TOOL__VENDOR:
				return VENDOR_EDEFAULT == null ? vendor != null : !VENDOR_EDEFAULT.equals(vendor);
			case TacticianPackage.MAR_TECH_TOOL__URL:
				return URL_EDEFAULT == null ? url != null : !URL_EDEFAULT.equals(url);
			case TacticianPackage.MAR_TECH_TOOL__RACE_STAGES:
				return raceStages != null && !raceStages.isEmpty();
			case TacticianPackage.MAR_TECH_TOOL__OWNER:
				return owner != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eBaseStructuralFeatureID(int derivedFeatureID, Class<?> baseClass) {
		if (baseClass == BudgetBooking.class) {
			switch (derivedFeatureID) {
				case TacticianPackage.MAR_TECH_TOOL__BUDGET_LINE: return TacticianPackage.BUDGET_BOOKING__BUDGET_LINE;
				case TacticianPackage.MAR_TECH_TOOL__BOOKED_AMOUNT: return TacticianPackage.BUDGET_BOOKING__BOOKED_AMOUNT;
				default: return -1;
			}
		}
		return super.eBaseStructuralFeatureID(derivedFeatureID, baseClass);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eDerivedStructuralFeatureID(int baseFeatureID, Class<?> baseClass) {
		if (baseClass == BudgetBooking.class) {
			switch (baseFeatureID) {
				case TacticianPackage.BUDGET_BOOKING__BUDGET_LINE: return TacticianPackage.MAR_TECH_TOOL__BUDGET_LINE;
				case TacticianPackage.BUDGET_BOOKING__BOOKED_AMOUNT: return TacticianPackage.MAR_TECH_TOOL__BOOKED_AMOUNT;
				default: return -1;
			}
		}
		return super.eDerivedStructuralFeatureID(baseFeatureID, baseClass);
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
		result.append(" (bookedAmount: ");
		result.append(bookedAmount);
		result.append(", category: ");
		if (categoryESet) result.append(category); else result.append("<unset>");
		result.append(", vendor: ");
		result.append(vendor);
		result.append(", url: ");
		result.append(url);
		result.append(", raceStages: ");
		result.append(raceStages);
		result.append(')');
		return result.toString();
	}

} //MarTechToolImpl
