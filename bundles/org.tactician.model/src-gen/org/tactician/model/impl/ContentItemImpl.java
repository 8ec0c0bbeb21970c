/**
 */
package org.tactician.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.tactician.model.Channel;
import org.tactician.model.ContentFormat;
import org.tactician.model.ContentItem;
import org.tactician.model.Persona;
import org.tactician.model.RaceStage;
import org.tactician.model.TacticianPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Content Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.impl.ContentItemImpl#getFormat <em>Format</em>}</li>
 *   <li>{@link org.tactician.model.impl.ContentItemImpl#getRaceStage <em>Race Stage</em>}</li>
 *   <li>{@link org.tactician.model.impl.ContentItemImpl#getPersonas <em>Personas</em>}</li>
 *   <li>{@link org.tactician.model.impl.ContentItemImpl#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.tactician.model.impl.ContentItemImpl#getUrl <em>Url</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ContentItemImpl extends NamedElementImpl implements ContentItem {
	/**
	 * The default value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected static final ContentFormat FORMAT_EDEFAULT = ContentFormat.ARTICLE;

	/**
	 * The cached value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected ContentFormat format = FORMAT_EDEFAULT;

	/**
	 * This is true if the Format attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean formatESet;

	/**
	 * The default value of the '{@link #getRaceStage() <em>Race Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRaceStage()
	 * @generated
	 * @ordered
	 */
	protected static final RaceStage RACE_STAGE_EDEFAULT = RaceStage.PLAN;

	/**
	 * The cached value of the '{@link #getRaceStage() <em>Race Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRaceStage()
	 * @generated
	 * @ordered
	 */
	protected RaceStage raceStage = RACE_STAGE_EDEFAULT;

	/**
	 * This is true if the Race Stage attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean raceStageESet;

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
	 * The cached value of the '{@link #getChannels() <em>Channels</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannels()
	 * @generated
	 * @ordered
	 */
	protected EList<Channel> channels;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ContentItemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TacticianPackage.Literals.CONTENT_ITEM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContentFormat getFormat() {
		return format;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormat(ContentFormat newFormat) {
		ContentFormat oldFormat = format;
		format = newFormat == null ? FORMAT_EDEFAULT : newFormat;
		boolean oldFormatESet = formatESet;
		formatESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.CONTENT_ITEM__FORMAT, oldFormat, format, !oldFormatESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetFormat() {
		ContentFormat oldFormat = format;
		boolean oldFormatESet = formatESet;
		format = FORMAT_EDEFAULT;
		formatESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, TacticianPackage.CONTENT_ITEM__FORMAT, oldFormat, FORMAT_EDEFAULT, oldFormatESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetFormat() {
		return formatESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RaceStage getRaceStage() {
		return raceStage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRaceStage(RaceStage newRaceStage) {
		RaceStage oldRaceStage = raceStage;
		raceStage = newRaceStage == null ? RACE_STAGE_EDEFAULT : newRaceStage;
		boolean oldRaceStageESet = raceStageESet;
		raceStageESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.CONTENT_ITEM__RACE_STAGE, oldRaceStage, raceStage, !oldRaceStageESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetRaceStage() {
		RaceStage oldRaceStage = raceStage;
		boolean oldRaceStageESet = raceStageESet;
		raceStage = RACE_STAGE_EDEFAULT;
		raceStageESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, TacticianPackage.CONTENT_ITEM__RACE_STAGE, oldRaceStage, RACE_STAGE_EDEFAULT, oldRaceStageESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetRaceStage() {
		return raceStageESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Persona> getPersonas() {
		if (personas == null) {
			personas = new EObjectResolvingEList<Persona>(Persona.class, this, TacticianPackage.CONTENT_ITEM__PERSONAS);
		}
		return personas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Channel> getChannels() {
		if (channels == null) {
			channels = new EObjectResolvingEList<Channel>(Channel.class, this, TacticianPackage.CONTENT_ITEM__CHANNELS);
		}
		return channels;
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.CONTENT_ITEM__URL, oldUrl, url));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TacticianPackage.CONTENT_ITEM__FORMAT:
				return getFormat();
			case TacticianPackage.CONTENT_ITEM__RACE_STAGE:
				return getRaceStage();
			case TacticianPackage.CONTENT_ITEM__PERSONAS:
				return getPersonas();
			case TacticianPackage.CONTENT_ITEM__CHANNELS:
				return getChannels();
			case TacticianPackage.CONTENT_ITEM__URL:
				return getUrl();
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
			case TacticianPackage.CONTENT_ITEM__FORMAT:
				setFormat((ContentFormat)newValue);
				return;
			case TacticianPackage.CONTENT_ITEM__RACE_STAGE:
				setRaceStage((RaceStage)newValue);
				return;
			case TacticianPackage.CONTENT_ITEM__PERSONAS:
				getPersonas().clear();
				getPersonas().addAll((Collection<? extends Persona>)newValue);
				return;
			case TacticianPackage.CONTENT_ITEM__CHANNELS:
				getChannels().clear();
				getChannels().addAll((Collection<? extends Channel>)newValue);
				return;
			case TacticianPackage.CONTENT_ITEM__URL:
				setUrl((String)newValue);
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
			case TacticianPackage.CONTENT_ITEM__FORMAT:
				unsetFormat();
				return;
			case TacticianPackage.CONTENT_ITEM__RACE_STAGE:
				unsetRaceStage();
				return;
			case TacticianPackage.CONTENT_ITEM__PERSONAS:
				getPersonas().clear();
				return;
			case TacticianPackage.CONTENT_ITEM__CHANNELS:
				getChannels().clear();
				return;
			case TacticianPackage.CONTENT_ITEM__URL:
				setUrl(URL_EDEFAULT);
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
			case TacticianPackage.CONTENT_ITEM__FORMAT:
				return isSetFormat();
			case TacticianPackage.CONTENT_ITEM__RACE_STAGE:
				return isSetRaceStage();
			case TacticianPackage.CONTENT_ITEM__PERSONAS:
				return personas != null && !personas.isEmpty();
			case TacticianPackage.CONTENT_ITEM__CHANNELS:
				return channels != null && !channels.isEmpty();
			case TacticianPackage.CONTENT_ITEM__URL:
				return URL_EDEFAULT == null ? url != null : !URL_EDEFAULT.equals(url);
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
		result.append(" (format: ");
		if (formatESet) result.append(format); else result.append("<unset>");
		result.append(", raceStage: ");
		if (raceStageESet) result.append(raceStage); else result.append("<unset>");
		result.append(", url: ");
		result.append(url);
		result.append(')');
		return result.toString();
	}

} //ContentItemImpl
