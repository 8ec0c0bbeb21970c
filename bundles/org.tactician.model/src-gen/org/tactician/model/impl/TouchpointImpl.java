/**
 */
package org.tactician.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.tactician.model.Activity;
import org.tactician.model.Channel;
import org.tactician.model.ContentItem;
import org.tactician.model.JourneyFlow;
import org.tactician.model.MediaType;
import org.tactician.model.Persona;
import org.tactician.model.PurchaseMode;
import org.tactician.model.Segment;
import org.tactician.model.TacticianPackage;
import org.tactician.model.Touchpoint;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Touchpoint</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.impl.TouchpointImpl#getMediaType <em>Media Type</em>}</li>
 *   <li>{@link org.tactician.model.impl.TouchpointImpl#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.tactician.model.impl.TouchpointImpl#getPersonas <em>Personas</em>}</li>
 *   <li>{@link org.tactician.model.impl.TouchpointImpl#getSegments <em>Segments</em>}</li>
 *   <li>{@link org.tactician.model.impl.TouchpointImpl#getContent <em>Content</em>}</li>
 *   <li>{@link org.tactician.model.impl.TouchpointImpl#getActivity <em>Activity</em>}</li>
 *   <li>{@link org.tactician.model.impl.TouchpointImpl#getPurchase <em>Purchase</em>}</li>
 *   <li>{@link org.tactician.model.impl.TouchpointImpl#getOutgoing <em>Outgoing</em>}</li>
 *   <li>{@link org.tactician.model.impl.TouchpointImpl#getIncoming <em>Incoming</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TouchpointImpl extends NamedElementImpl implements Touchpoint {
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
	 * The cached value of the '{@link #getChannel() <em>Channel</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected Channel channel;

	/**
	 * The cached value of the '{@link #getPersonas() <em>Personas</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersonas()
	 * @generated
	 * @ordered
	 */
	protected EList<Persona> personas;

	/**
	 * The cached value of the '{@link #getSegments() <em>Segments</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegments()
	 * @generated
	 * @ordered
	 */
	protected EList<Segment> segments;

	/**
	 * The cached value of the '{@link #getContent() <em>Content</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContent()
	 * @generated
	 * @ordered
	 */
	protected EList<ContentItem> content;

	/**
	 * The cached value of the '{@link #getActivity() <em>Activity</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivity()
	 * @generated
	 * @ordered
	 */
	protected Activity activity;

	/**
	 * The default value of the '{@link #getPurchase() <em>Purchase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurchase()
	 * @generated
	 * @ordered
	 */
	protected static final PurchaseMode PURCHASE_EDEFAULT = PurchaseMode.NONE;

	/**
	 * The cached value of the '{@link #getPurchase() <em>Purchase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurchase()
	 * @generated
	 * @ordered
	 */
	protected PurchaseMode purchase = PURCHASE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TouchpointImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TacticianPackage.Literals.TOUCHPOINT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.TOUCHPOINT__MEDIA_TYPE, oldMediaType, mediaType, !oldMediaTypeESet));
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
			eNotify(new ENotificationImpl(this, Notification.UNSET, TacticianPackage.TOUCHPOINT__MEDIA_TYPE, oldMediaType, MEDIA_TYPE_EDEFAULT, oldMediaTypeESet));
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
	public Channel getChannel() {
		if (channel != null && channel.eIsProxy()) {
			InternalEObject oldChannel = (InternalEObject)channel;
			channel = (Channel)eResolveProxy(oldChannel);
			if (channel != oldChannel) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TacticianPackage.TOUCHPOINT__CHANNEL, oldChannel, channel));
			}
		}
		return channel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Channel basicGetChannel() {
		return channel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChannel(Channel newChannel) {
		Channel oldChannel = channel;
		channel = newChannel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.TOUCHPOINT__CHANNEL, oldChannel, channel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Persona> getPersonas() {
		if (personas == null) {
			personas = new EObjectResolvingEList<Persona>(Persona.class, this, TacticianPackage.TOUCHPOINT__PERSONAS);
		}
		return personas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Segment> getSegments() {
		if (segments == null) {
			segments = new EObjectResolvingEList<Segment>(Segment.class, this, TacticianPackage.TOUCHPOINT__SEGMENTS);
		}
		return segments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ContentItem> getContent() {
		if (content == null) {
			content = new EObjectResolvingEList<ContentItem>(ContentItem.class, this, TacticianPackage.TOUCHPOINT__CONTENT);
		}
		return content;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Activity getActivity() {
		if (activity != null && activity.eIsProxy()) {
			InternalEObject oldActivity = (InternalEObject)activity;
			activity = (Activity)eResolveProxy(oldActivity);
			if (activity != oldActivity) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TacticianPackage.TOUCHPOINT__ACTIVITY, oldActivity, activity));
			}
		}
		return activity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Activity basicGetActivity() {
		return activity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActivity(Activity newActivity) {
		Activity oldActivity = activity;
		activity = newActivity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.TOUCHPOINT__ACTIVITY, oldActivity, activity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PurchaseMode getPurchase() {
		return purchase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPurchase(PurchaseMode newPurchase) {
		PurchaseMode oldPurchase = purchase;
		purchase = newPurchase == null ? PURCHASE_EDEFAULT : newPurchase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.TOUCHPOINT__PURCHASE, oldPurchase, purchase));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<JourneyFlow> getOutgoing() {
		return org.tactician.model.internal.PlanQueries.inverse(this, org.tactician.model.TacticianPackage.Literals.TOUCHPOINT__OUTGOING);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<JourneyFlow> getIncoming() {
		return org.tactician.model.internal.PlanQueries.inverse(this, org.tactician.model.TacticianPackage.Literals.TOUCHPOINT__INCOMING);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TacticianPackage.TOUCHPOINT__MEDIA_TYPE:
				return getMediaType();
			case TacticianPackage.TOUCHPOINT__CHANNEL:
				if (resolve) return getChannel();
				return basicGetChannel();
			case TacticianPackage.TOUCHPOINT__PERSONAS:
				return getPersonas();
			case TacticianPackage.TOUCHPOINT__SEGMENTS:
				return getSegments();
			case TacticianPackage.TOUCHPOINT__CONTENT:
				return getContent();
			case TacticianPackage.TOUCHPOINT__ACTIVITY:
				if (resolve) return getActivity();
				return basicGetActivity();
			case TacticianPackage.TOUCHPOINT__PURCHASE:
				return getPurchase();
			case TacticianPackage.TOUCHPOINT__OUTGOING:
				return getOutgoing();
			case TacticianPackage.TOUCHPOINT__INCOMING:
				return getIncoming();
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
			case TacticianPackage.TOUCHPOINT__MEDIA_TYPE:
				setMediaType((MediaType)newValue);
				return;
			case TacticianPackage.TOUCHPOINT__CHANNEL:
				setChannel((Channel)newValue);
				return;
			case TacticianPackage.TOUCHPOINT__PERSONAS:
				getPersonas().clear();
				getPersonas().addAll((Collection<? extends Persona>)newValue);
				return;
			case TacticianPackage.TOUCHPOINT__SEGMENTS:
				getSegments().clear();
				getSegments().addAll((Collection<? extends Segment>)newValue);
				return;
			case TacticianPackage.TOUCHPOINT__CONTENT:
				getContent().clear();
				getContent().addAll((Collection<? extends ContentItem>)newValue);
				return;
			case TacticianPackage.TOUCHPOINT__ACTIVITY:
				setActivity((Activity)newValue);
				return;
			case TacticianPackage.TOUCHPOINT__PURCHASE:
				setPurchase((PurchaseMode)newValue);
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
			case TacticianPackage.TOUCHPOINT__MEDIA_TYPE:
				unsetMediaType();
				return;
			case TacticianPackage.TOUCHPOINT__CHANNEL:
				setChannel((Channel)null);
				return;
			case TacticianPackage.TOUCHPOINT__PERSONAS:
				getPersonas().clear();
				return;
			case TacticianPackage.TOUCHPOINT__SEGMENTS:
				getSegments().clear();
				return;
			case TacticianPackage.TOUCHPOINT__CONTENT:
				getContent().clear();
				return;
			case TacticianPackage.TOUCHPOINT__ACTIVITY:
				setActivity((Activity)null);
				return;
			case TacticianPackage.TOUCHPOINT__PURCHASE:
				setPurchase(PURCHASE_EDEFAULT);
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
			case TacticianPackage.TOUCHPOINT__MEDIA_TYPE:
				return isSetMediaType();
			case TacticianPackage.TOUCHPOINT__CHANNEL:
				return channel != null;
			case TacticianPackage.TOUCHPOINT__PERSONAS:
				return personas != null && !personas.isEmpty();
			case TacticianPackage.TOUCHPOINT__SEGMENTS:
				return segments != null && !segments.isEmpty();
			case TacticianPackage.TOUCHPOINT__CONTENT:
				return content != null && !content.isEmpty();
			case TacticianPackage.TOUCHPOINT__ACTIVITY:
				return activity != null;
			case TacticianPackage.TOUCHPOINT__PURCHASE:
				return purchase != PURCHASE_EDEFAULT;
			case TacticianPackage.TOUCHPOINT__OUTGOING:
				return !getOutgoing().isEmpty();
			case TacticianPackage.TOUCHPOINT__INCOMING:
				return !getIncoming().isEmpty();
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
		result.append(", purchase: ");
		result.append(purchase);
		result.append(')');
		return result.toString();
	}

} //TouchpointImpl
