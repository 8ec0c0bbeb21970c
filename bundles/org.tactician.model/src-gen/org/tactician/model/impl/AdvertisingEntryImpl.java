/**
 */
package org.tactician.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.tactician.model.AbTest;
import org.tactician.model.AdvertisingEntry;
import org.tactician.model.ContentItem;
import org.tactician.model.MediaType;
import org.tactician.model.TacticianPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Advertising Entry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.impl.AdvertisingEntryImpl#getMediaType <em>Media Type</em>}</li>
 *   <li>{@link org.tactician.model.impl.AdvertisingEntryImpl#getContent <em>Content</em>}</li>
 *   <li>{@link org.tactician.model.impl.AdvertisingEntryImpl#getTargeting <em>Targeting</em>}</li>
 *   <li>{@link org.tactician.model.impl.AdvertisingEntryImpl#getAbTests <em>Ab Tests</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AdvertisingEntryImpl extends CalendarEntryImpl implements AdvertisingEntry {
	/**
	 * The default value of the '{@link #getMediaType() <em>Media Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMediaType()
	 * @generated
	 * @ordered
	 */
	protected static final MediaType MEDIA_TYPE_EDEFAULT = MediaType.PAID;

	/**
	 * The cached value of the '{@link #getMediaType() <em>Media Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMediaType()
	 * @generated
	 * @ordered
	 */
	protected MediaType mediaType = MEDIA_TYPE_EDEFAULT;

	/**
	 * This is true if the Media Type attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean mediaTypeESet;

	/**
	 * The cached value of the '{@link #getContent() <em>Content</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContent()
	 * @generated
	 * @ordered
	 */
	protected ContentItem content;

	/**
	 * The default value of the '{@link #getTargeting() <em>Targeting</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargeting()
	 * @generated
	 * @ordered
	 */
	protected static final String TARGETING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargeting() <em>Targeting</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargeting()
	 * @generated
	 * @ordered
	 */
	protected String targeting = TARGETING_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAbTests() <em>Ab Tests</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAbTests()
	 * @generated
	 * @ordered
	 */
	protected EList<AbTest> abTests;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AdvertisingEntryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TacticianPackage.Literals.ADVERTISING_ENTRY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MediaType getMediaType() {
		return mediaType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMediaType(MediaType newMediaType) {
		MediaType oldMediaType = mediaType;
		mediaType = newMediaType == null ? MEDIA_TYPE_EDEFAULT : newMediaType;
		boolean oldMediaTypeESet = mediaTypeESet;
		mediaTypeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.ADVERTISING_ENTRY__MEDIA_TYPE, oldMediaType, mediaType, !oldMediaTypeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetMediaType() {
		MediaType oldMediaType = mediaType;
		boolean oldMediaTypeESet = mediaTypeESet;
		mediaType = MEDIA_TYPE_EDEFAULT;
		mediaTypeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, TacticianPackage.ADVERTISING_ENTRY__MEDIA_TYPE, oldMediaType, MEDIA_TYPE_EDEFAULT, oldMediaTypeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetMediaType() {
		return mediaTypeESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContentItem getContent() {
		if (content != null && content.eIsProxy()) {
			InternalEObject oldContent = (InternalEObject)content;
			content = (ContentItem)eResolveProxy(oldContent);
			if (content != oldContent) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TacticianPackage.ADVERTISING_ENTRY__CONTENT, oldContent, content));
			}
		}
		return content;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ContentItem basicGetContent() {
		return content;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContent(ContentItem newContent) {
		ContentItem oldContent = content;
		content = newContent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.ADVERTISING_ENTRY__CONTENT, oldContent, content));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTargeting() {
		return targeting;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargeting(String newTargeting) {
		String oldTargeting = targeting;
		targeting = newTargeting;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.ADVERTISING_ENTRY__TARGETING, oldTargeting, targeting));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AbTest> getAbTests() {
		if (abTests == null) {
			abTests = new EObjectContainmentEList<AbTest>(AbTest.class, this, TacticianPackage.ADVERTISING_ENTRY__AB_TESTS);
		}
		return abTests;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TacticianPackage.ADVERTISING_ENTRY__AB_TESTS:
				return ((InternalEList<?>)getAbTests()).basicRemove(otherEnd, msgs);
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
			case TacticianPackage.ADVERTISING_ENTRY__MEDIA_TYPE:
				return getMediaType();
			case TacticianPackage.ADVERTISING_ENTRY__CONTENT:
				if (resolve) return getContent();
				return basicGetContent();
			case TacticianPackage.ADVERTISING_ENTRY__TARGETING:
				return getTargeting();
			case TacticianPackage.ADVERTISING_ENTRY__AB_TESTS:
				return getAbTests();
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
			case TacticianPackage.ADVERTISING_ENTRY__MEDIA_TYPE:
				setMediaType((MediaType)newValue);
				return;
			case TacticianPackage.ADVERTISING_ENTRY__CONTENT:
				setContent((ContentItem)newValue);
				return;
			case TacticianPackage.ADVERTISING_ENTRY__TARGETING:
				setTargeting((String)newValue);
				return;
			case TacticianPackage.ADVERTISING_ENTRY__AB_TESTS:
				getAbTests().clear();
				getAbTests().addAll((Collection<? extends AbTest>)newValue);
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
			case TacticianPackage.ADVERTISING_ENTRY__MEDIA_TYPE:
				unsetMediaType();
				return;
			case TacticianPackage.ADVERTISING_ENTRY__CONTENT:
				setContent((ContentItem)null);
				return;
			case TacticianPackage.ADVERTISING_ENTRY__TARGETING:
				setTargeting(TARGETING_EDEFAULT);
				return;
			case TacticianPackage.ADVERTISING_ENTRY__AB_TESTS:
				getAbTests().clear();
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
			case TacticianPackage.ADVERTISING_ENTRY__MEDIA_TYPE:
				return isSetMediaType();
			case TacticianPackage.ADVERTISING_ENTRY__CONTENT:
				return content != null;
			case TacticianPackage.ADVERTISING_ENTRY__TARGETING:
				return TARGETING_EDEFAULT == null ? targeting != null : !TARGETING_EDEFAULT.equals(targeting);
			case TacticianPackage.ADVERTISING_ENTRY__AB_TESTS:
				return abTests != null && !abTests.isEmpty();
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
		result.append(" (mediaType: ");
		if (mediaTypeESet) result.append(mediaType); else result.append("<unset>");
		result.append(", targeting: ");
		result.append(targeting);
		result.append(')');
		return result.toString();
	}

} //AdvertisingEntryImpl
