/**
 */
package org.tactician.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.tactician.model.ContentItem;
import org.tactician.model.DemEntry;
import org.tactician.model.Segment;
import org.tactician.model.TacticianPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Dem Entry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.impl.DemEntryImpl#getListProvider <em>List Provider</em>}</li>
 *   <li>{@link org.tactician.model.impl.DemEntryImpl#getAudienceSize <em>Audience Size</em>}</li>
 *   <li>{@link org.tactician.model.impl.DemEntryImpl#getSegment <em>Segment</em>}</li>
 *   <li>{@link org.tactician.model.impl.DemEntryImpl#getContent <em>Content</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DemEntryImpl extends CalendarEntryImpl implements DemEntry {
	/**
	 * The default value of the '{@link #getListProvider() <em>List Provider</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getListProvider()
	 * @generated
	 * @ordered
	 */
	protected static final String LIST_PROVIDER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getListProvider() <em>List Provider</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getListProvider()
	 * @generated
	 * @ordered
	 */
	protected String listProvider = LIST_PROVIDER_EDEFAULT;

	/**
	 * The default value of the '{@link #getAudienceSize() <em>Audience Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAudienceSize()
	 * @generated
	 * @ordered
	 */
	protected static final long AUDIENCE_SIZE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getAudienceSize() <em>Audience Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAudienceSize()
	 * @generated
	 * @ordered
	 */
	protected long audienceSize = AUDIENCE_SIZE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSegment() <em>Segment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegment()
	 * @generated
	 * @ordered
	 */
	protected Segment segment;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DemEntryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TacticianPackage.Literals.DEM_ENTRY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getListProvider() {
		return listProvider;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setListProvider(String newListProvider) {
		String oldListProvider = listProvider;
		listProvider = newListProvider;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.DEM_ENTRY__LIST_PROVIDER, oldListProvider, listProvider));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getAudienceSize() {
		return audienceSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAudienceSize(long newAudienceSize) {
		long oldAudienceSize = audienceSize;
		audienceSize = newAudienceSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.DEM_ENTRY__AUDIENCE_SIZE, oldAudienceSize, audienceSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Segment getSegment() {
		if (segment != null && segment.eIsProxy()) {
			InternalEObject oldSegment = (InternalEObject)segment;
			segment = (Segment)eResolveProxy(oldSegment);
			if (segment != oldSegment) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TacticianPackage.DEM_ENTRY__SEGMENT, oldSegment, segment));
			}
		}
		return segment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Segment basicGetSegment() {
		return segment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSegment(Segment newSegment) {
		Segment oldSegment = segment;
		segment = newSegment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.DEM_ENTRY__SEGMENT, oldSegment, segment));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TacticianPackage.DEM_ENTRY__CONTENT, oldContent, content));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.DEM_ENTRY__CONTENT, oldContent, content));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TacticianPackage.DEM_ENTRY__LIST_PROVIDER:
				return getListProvider();
			case TacticianPackage.DEM_ENTRY__AUDIENCE_SIZE:
				return getAudienceSize();
			case TacticianPackage.DEM_ENTRY__SEGMENT:
				if (resolve) return getSegment();
				return basicGetSegment();
			case TacticianPackage.DEM_ENTRY__CONTENT:
				if (resolve) return getContent();
				return basicGetContent();
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
			case TacticianPackage.DEM_ENTRY__LIST_PROVIDER:
				setListProvider((String)newValue);
				return;
			case TacticianPackage.DEM_ENTRY__AUDIENCE_SIZE:
				setAudienceSize((Long)newValue);
				return;
			case TacticianPackage.DEM_ENTRY__SEGMENT:
				setSegment((Segment)newValue);
				return;
			case TacticianPackage.DEM_ENTRY__CONTENT:
				setContent((ContentItem)newValue);
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
			case TacticianPackage.DEM_ENTRY__LIST_PROVIDER:
				setListProvider(LIST_PROVIDER_EDEFAULT);
				return;
			case TacticianPackage.DEM_ENTRY__AUDIENCE_SIZE:
				setAudienceSize(AUDIENCE_SIZE_EDEFAULT);
				return;
			case TacticianPackage.DEM_ENTRY__SEGMENT:
				setSegment((Segment)null);
				return;
			case TacticianPackage.DEM_ENTRY__CONTENT:
				setContent((ContentItem)null);
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
			case TacticianPackage.DEM_ENTRY__LIST_PROVIDER:
				return LIST_PROVIDER_EDEFAULT == null ? listProvider != null : !LIST_PROVIDER_EDEFAULT.equals(listProvider);
			case TacticianPackage.DEM_ENTRY__AUDIENCE_SIZE:
				return audienceSize != AUDIENCE_SIZE_EDEFAULT;
			case TacticianPackage.DEM_ENTRY__SEGMENT:
				return segment != null;
			case TacticianPackage.DEM_ENTRY__CONTENT:
				return content != null;
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
		result.append(" (listProvider: ");
		result.append(listProvider);
		result.append(", audienceSize: ");
		result.append(audienceSize);
		result.append(')');
		return result.toString();
	}

} //DemEntryImpl
