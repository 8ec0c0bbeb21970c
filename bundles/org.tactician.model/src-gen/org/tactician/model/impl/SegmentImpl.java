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

import org.tactician.model.Channel;
import org.tactician.model.Segment;
import org.tactician.model.SegmentLayer;
import org.tactician.model.TacticianPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Segment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.impl.SegmentImpl#getLayer <em>Layer</em>}</li>
 *   <li>{@link org.tactician.model.impl.SegmentImpl#getCriteria <em>Criteria</em>}</li>
 *   <li>{@link org.tactician.model.impl.SegmentImpl#getProductOrService <em>Product Or Service</em>}</li>
 *   <li>{@link org.tactician.model.impl.SegmentImpl#getEstimatedSize <em>Estimated Size</em>}</li>
 *   <li>{@link org.tactician.model.impl.SegmentImpl#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.tactician.model.impl.SegmentImpl#getParent <em>Parent</em>}</li>
 *   <li>{@link org.tactician.model.impl.SegmentImpl#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.tactician.model.impl.SegmentImpl#getSubsegments <em>Subsegments</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SegmentImpl extends NamedElementImpl implements Segment {
	/**
	 * The default value of the '{@link #getLayer() <em>Layer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayer()
	 * @generated
	 * @ordered
	 */
	protected static final SegmentLayer LAYER_EDEFAULT = SegmentLayer.DEMOGRAPHIC;

	/**
	 * The cached value of the '{@link #getLayer() <em>Layer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayer()
	 * @generated
	 * @ordered
	 */
	protected SegmentLayer layer = LAYER_EDEFAULT;

	/**
	 * This is true if the Layer attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean layerESet;

	/**
	 * The default value of the '{@link #getCriteria() <em>Criteria</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriteria()
	 * @generated
	 * @ordered
	 */
	protected static final String CRITERIA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCriteria() <em>Criteria</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriteria()
	 * @generated
	 * @ordered
	 */
	protected String criteria = CRITERIA_EDEFAULT;

	/**
	 * The default value of the '{@link #getProductOrService() <em>Product Or Service</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProductOrService()
	 * @generated
	 * @ordered
	 */
	protected static final String PRODUCT_OR_SERVICE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProductOrService() <em>Product Or Service</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProductOrService()
	 * @generated
	 * @ordered
	 */
	protected String productOrService = PRODUCT_OR_SERVICE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEstimatedSize() <em>Estimated Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEstimatedSize()
	 * @generated
	 * @ordered
	 */
	protected static final long ESTIMATED_SIZE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getEstimatedSize() <em>Estimated Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEstimatedSize()
	 * @generated
	 * @ordered
	 */
	protected long estimatedSize = ESTIMATED_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected static final int PRIORITY_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected int priority = PRIORITY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParent() <em>Parent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParent()
	 * @generated
	 * @ordered
	 */
	protected Segment parent;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SegmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TacticianPackage.Literals.SEGMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SegmentLayer getLayer() {
		return layer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLayer(SegmentLayer newLayer) {
		SegmentLayer oldLayer = layer;
		layer = newLayer == null ? LAYER_EDEFAULT : newLayer;
		boolean oldLayerESet = layerESet;
		layerESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.SEGMENT__LAYER, oldLayer, layer, !oldLayerESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetLayer() {
		SegmentLayer oldLayer = layer;
		boolean oldLayerESet = layerESet;
		layer = LAYER_EDEFAULT;
		layerESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, TacticianPackage.SEGMENT__LAYER, oldLayer, LAYER_EDEFAULT, oldLayerESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetLayer() {
		return layerESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCriteria() {
		return criteria;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCriteria(String newCriteria) {
		String oldCriteria = criteria;
		criteria = newCriteria;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.SEGMENT__CRITERIA, oldCriteria, criteria));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProductOrService() {
		return productOrService;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProductOrService(String newProductOrService) {
		String oldProductOrService = productOrService;
		productOrService = newProductOrService;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.SEGMENT__PRODUCT_OR_SERVICE, oldProductOrService, productOrService));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getEstimatedSize() {
		return estimatedSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEstimatedSize(long newEstimatedSize) {
		long oldEstimatedSize = estimatedSize;
		estimatedSize = newEstimatedSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.SEGMENT__ESTIMATED_SIZE, oldEstimatedSize, estimatedSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPriority() {
		return priority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPriority(int newPriority) {
		int oldPriority = priority;
		priority = newPriority;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.SEGMENT__PRIORITY, oldPriority, priority));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Segment getParent() {
		if (parent != null && parent.eIsProxy()) {
			InternalEObject oldParent = (InternalEObject)parent;
			parent = (Segment)eResolveProxy(oldParent);
			if (parent != oldParent) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TacticianPackage.SEGMENT__PARENT, oldParent, parent));
			}
		}
		return parent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Segment basicGetParent() {
		return parent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParent(Segment newParent) {
		Segment oldParent = parent;
		parent = newParent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.SEGMENT__PARENT, oldParent, parent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Channel> getChannels() {
		if (channels == null) {
			channels = new EObjectResolvingEList<Channel>(Channel.class, this, TacticianPackage.SEGMENT__CHANNELS);
		}
		return channels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Segment> getSubsegments() {
		return org.tactician.model.internal.PlanQueries.inverse(this, org.tactician.model.TacticianPackage.Literals.SEGMENT__SUBSEGMENTS);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TacticianPackage.SEGMENT__LAYER:
				return getLayer();
			case TacticianPackage.SEGMENT__CRITERIA:
				return getCriteria();
			case TacticianPackage.SEGMENT__PRODUCT_OR_SERVICE:
				return getProductOrService();
			case TacticianPackage.SEGMENT__ESTIMATED_SIZE:
				return getEstimatedSize();
			case TacticianPackage.SEGMENT__PRIORITY:
				return getPriority();
			case TacticianPackage.SEGMENT__PARENT:
				if (resolve) return getParent();
				return basicGetParent();
			case TacticianPackage.SEGMENT__CHANNELS:
				return getChannels();
			case TacticianPackage.SEGMENT__SUBSEGMENTS:
				return getSubsegments();
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
			case TacticianPackage.SEGMENT__LAYER:
				setLayer((SegmentLayer)newValue);
				return;
			case TacticianPackage.SEGMENT__CRITERIA:
				setCriteria((String)newValue);
				return;
			case TacticianPackage.SEGMENT__PRODUCT_OR_SERVICE:
				setProductOrService((String)newValue);
				return;
			case TacticianPackage.SEGMENT__ESTIMATED_SIZE:
				setEstimatedSize((Long)newValue);
				return;
			case TacticianPackage.SEGMENT__PRIORITY:
				setPriority((Integer)newValue);
				return;
			case TacticianPackage.SEGMENT__PARENT:
				setParent((Segment)newValue);
				return;
			case TacticianPackage.SEGMENT__CHANNELS:
				getChannels().clear();
				getChannels().addAll((Collection<? extends Channel>)newValue);
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
			case TacticianPackage.SEGMENT__LAYER:
				unsetLayer();
				return;
			case TacticianPackage.SEGMENT__CRITERIA:
				setCriteria(CRITERIA_EDEFAULT);
				return;
			case TacticianPackage.SEGMENT__PRODUCT_OR_SERVICE:
				setProductOrService(PRODUCT_OR_SERVICE_EDEFAULT);
				return;
			case TacticianPackage.SEGMENT__ESTIMATED_SIZE:
				setEstimatedSize(ESTIMATED_SIZE_EDEFAULT);
				return;
			case TacticianPackage.SEGMENT__PRIORITY:
				setPriority(PRIORITY_EDEFAULT);
				return;
			case TacticianPackage.SEGMENT__PARENT:
				setParent((Segment)null);
				return;
			case TacticianPackage.SEGMENT__CHANNELS:
				getChannels().clear();
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
			case TacticianPackage.SEGMENT__LAYER:
				return isSetLayer();
			case TacticianPackage.SEGMENT__CRITERIA:
				return CRITERIA_EDEFAULT == null ? criteria != null : !CRITERIA_EDEFAULT.equals(criteria);
			case TacticianPackage.SEGMENT__PRODUCT_OR_SERVICE:
				return PRODUCT_OR_SERVICE_EDEFAULT == null ? productOrService != null : !PRODUCT_OR_SERVICE_EDEFAULT.equals(productOrService);
			case TacticianPackage.SEGMENT__ESTIMATED_SIZE:
				return estimatedSize != ESTIMATED_SIZE_EDEFAULT;
			case TacticianPackage.SEGMENT__PRIORITY:
				return priority != PRIORITY_EDEFAULT;
			case TacticianPackage.SEGMENT__PARENT:
				return parent != null;
			case TacticianPackage.SEGMENT__CHANNELS:
				return channels != null && !channels.isEmpty();
			case TacticianPackage.SEGMENT__SUBSEGMENTS:
				return !getSubsegments().isEmpty();
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
		result.append(" (layer: ");
		if (layerESet) result.append(layer); else result.append("<unset>");
		result.append(", criteria: ");
		result.append(criteria);
		result.append(", productOrService: ");
		result.append(productOrService);
		result.append(", estimatedSize: ");
		result.append(estimatedSize);
		result.append(", priority: ");
		result.append(priority);
		result.append(')');
		return result.toString();
	}

} //SegmentImpl
