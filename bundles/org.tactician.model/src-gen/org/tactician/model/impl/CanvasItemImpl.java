/**
 */
package org.tactician.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.tactician.model.BudgetLine;
import org.tactician.model.CanvasBlock;
import org.tactician.model.CanvasItem;
import org.tactician.model.Channel;
import org.tactician.model.Segment;
import org.tactician.model.TacticianPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Canvas Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.impl.CanvasItemImpl#getBlock <em>Block</em>}</li>
 *   <li>{@link org.tactician.model.impl.CanvasItemImpl#getSegments <em>Segments</em>}</li>
 *   <li>{@link org.tactician.model.impl.CanvasItemImpl#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.tactician.model.impl.CanvasItemImpl#getCosts <em>Costs</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CanvasItemImpl extends NamedElementImpl implements CanvasItem {
	/**
	 * The default value of the '{@link #getBlock() <em>Block</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBlock()
	 * @generated
	 * @ordered
	 */
	protected static final CanvasBlock BLOCK_EDEFAULT = CanvasBlock.VALUE_PROPOSITIONS;

	/**
	 * The cached value of the '{@link #getBlock() <em>Block</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBlock()
	 * @generated
	 * @ordered
	 */
	protected CanvasBlock block = BLOCK_EDEFAULT;

	/**
	 * This is true if the Block attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean blockESet;

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
	 * The cached value of the '{@link #getChannels() <em>Channels</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannels()
	 * @generated
	 * @ordered
	 */
	protected EList<Channel> channels;

	/**
	 * The cached value of the '{@link #getCosts() <em>Costs</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCosts()
	 * @generated
	 * @ordered
	 */
	protected EList<BudgetLine> costs;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CanvasItemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TacticianPackage.Literals.CANVAS_ITEM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CanvasBlock getBlock() {
		return block;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBlock(CanvasBlock newBlock) {
		CanvasBlock oldBlock = block;
		block = newBlock == null ? BLOCK_EDEFAULT : newBlock;
		boolean oldBlockESet = blockESet;
		blockESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.CANVAS_ITEM__BLOCK, oldBlock, block, !oldBlockESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetBlock() {
		CanvasBlock oldBlock = block;
		boolean oldBlockESet = blockESet;
		block = BLOCK_EDEFAULT;
		blockESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, TacticianPackage.CANVAS_ITEM__BLOCK, oldBlock, BLOCK_EDEFAULT, oldBlockESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetBlock() {
		return blockESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Segment> getSegments() {
		if (segments == null) {
			segments = new EObjectResolvingEList<Segment>(Segment.class, this, TacticianPackage.CANVAS_ITEM__SEGMENTS);
		}
		return segments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Channel> getChannels() {
		if (channels == null) {
			channels = new EObjectResolvingEList<Channel>(Channel.class, this, TacticianPackage.CANVAS_ITEM__CHANNELS);
		}
		return channels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BudgetLine> getCosts() {
		if (costs == null) {
			costs = new EObjectResolvingEList<BudgetLine>(BudgetLine.class, this, TacticianPackage.CANVAS_ITEM__COSTS);
		}
		return costs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TacticianPackage.CANVAS_ITEM__BLOCK:
				return getBlock();
			case TacticianPackage.CANVAS_ITEM__SEGMENTS:
				return getSegments();
			case TacticianPackage.CANVAS_ITEM__CHANNELS:
				return getChannels();
			case TacticianPackage.CANVAS_ITEM__COSTS:
				return getCosts();
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
			case TacticianPackage.CANVAS_ITEM__BLOCK:
				setBlock((CanvasBlock)newValue);
				return;
			case TacticianPackage.CANVAS_ITEM__SEGMENTS:
				getSegments().clear();
				getSegments().addAll((Collection<? extends Segment>)newValue);
				return;
			case TacticianPackage.CANVAS_ITEM__CHANNELS:
				getChannels().clear();
				getChannels().addAll((Collection<? extends Channel>)newValue);
				return;
			case TacticianPackage.CANVAS_ITEM__COSTS:
				getCosts().clear();
				getCosts().addAll((Collection<? extends BudgetLine>)newValue);
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
			case TacticianPackage.CANVAS_ITEM__BLOCK:
				unsetBlock();
				return;
			case TacticianPackage.CANVAS_ITEM__SEGMENTS:
				getSegments().clear();
				return;
			case TacticianPackage.CANVAS_ITEM__CHANNELS:
				getChannels().clear();
				return;
			case TacticianPackage.CANVAS_ITEM__COSTS:
				getCosts().clear();
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
			case TacticianPackage.CANVAS_ITEM__BLOCK:
				return isSetBlock();
			case TacticianPackage.CANVAS_ITEM__SEGMENTS:
				return segments != null && !segments.isEmpty();
			case TacticianPackage.CANVAS_ITEM__CHANNELS:
				return channels != null && !channels.isEmpty();
			case TacticianPackage.CANVAS_ITEM__COSTS:
				return costs != null && !costs.isEmpty();
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
		result.append(" (block: ");
		if (blockESet) result.append(block); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //CanvasItemImpl
