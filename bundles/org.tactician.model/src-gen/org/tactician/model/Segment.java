/**
 */
package org.tactician.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Segment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An audience segment in one layer of the layered segmentation.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.Segment#getLayer <em>Layer</em>}</li>
 *   <li>{@link org.tactician.model.Segment#getCriteria <em>Criteria</em>}</li>
 *   <li>{@link org.tactician.model.Segment#getProductOrService <em>Product Or Service</em>}</li>
 *   <li>{@link org.tactician.model.Segment#getEstimatedSize <em>Estimated Size</em>}</li>
 *   <li>{@link org.tactician.model.Segment#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.tactician.model.Segment#getParent <em>Parent</em>}</li>
 *   <li>{@link org.tactician.model.Segment#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.tactician.model.Segment#getSubsegments <em>Subsegments</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getSegment()
 * @model
 * @generated
 */
public interface Segment extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Layer</b></em>' attribute.
	 * The literals are from the enumeration {@link org.tactician.model.SegmentLayer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Layer of the layered segmentation. Unset means not classified yet (validation reports it).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Layer</em>' attribute.
	 * @see org.tactician.model.SegmentLayer
	 * @see #isSetLayer()
	 * @see #unsetLayer()
	 * @see #setLayer(SegmentLayer)
	 * @see org.tactician.model.TacticianPackage#getSegment_Layer()
	 * @model unsettable="true"
	 * @generated
	 */
	SegmentLayer getLayer();

	/**
	 * Sets the value of the '{@link org.tactician.model.Segment#getLayer <em>Layer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Layer</em>' attribute.
	 * @see org.tactician.model.SegmentLayer
	 * @see #isSetLayer()
	 * @see #unsetLayer()
	 * @see #getLayer()
	 * @generated
	 */
	void setLayer(SegmentLayer value);

	/**
	 * Unsets the value of the '{@link org.tactician.model.Segment#getLayer <em>Layer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetLayer()
	 * @see #getLayer()
	 * @see #setLayer(SegmentLayer)
	 * @generated
	 */
	void unsetLayer();

	/**
	 * Returns whether the value of the '{@link org.tactician.model.Segment#getLayer <em>Layer</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Layer</em>' attribute is set.
	 * @see #unsetLayer()
	 * @see #getLayer()
	 * @see #setLayer(SegmentLayer)
	 * @generated
	 */
	boolean isSetLayer();

	/**
	 * Returns the value of the '<em><b>Criteria</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How members are recognised.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Criteria</em>' attribute.
	 * @see #setCriteria(String)
	 * @see org.tactician.model.TacticianPackage#getSegment_Criteria()
	 * @model
	 * @generated
	 */
	String getCriteria();

	/**
	 * Sets the value of the '{@link org.tactician.model.Segment#getCriteria <em>Criteria</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Criteria</em>' attribute.
	 * @see #getCriteria()
	 * @generated
	 */
	void setCriteria(String value);

	/**
	 * Returns the value of the '<em><b>Product Or Service</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The product or service this is a priority audience for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Product Or Service</em>' attribute.
	 * @see #setProductOrService(String)
	 * @see org.tactician.model.TacticianPackage#getSegment_ProductOrService()
	 * @model
	 * @generated
	 */
	String getProductOrService();

	/**
	 * Sets the value of the '{@link org.tactician.model.Segment#getProductOrService <em>Product Or Service</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Product Or Service</em>' attribute.
	 * @see #getProductOrService()
	 * @generated
	 */
	void setProductOrService(String value);

	/**
	 * Returns the value of the '<em><b>Estimated Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Estimated Size</em>' attribute.
	 * @see #setEstimatedSize(long)
	 * @see org.tactician.model.TacticianPackage#getSegment_EstimatedSize()
	 * @model
	 * @generated
	 */
	long getEstimatedSize();

	/**
	 * Sets the value of the '{@link org.tactician.model.Segment#getEstimatedSize <em>Estimated Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Estimated Size</em>' attribute.
	 * @see #getEstimatedSize()
	 * @generated
	 */
	void setEstimatedSize(long value);

	/**
	 * Returns the value of the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Score from 1 (low) to 5 (high).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Priority</em>' attribute.
	 * @see #setPriority(int)
	 * @see org.tactician.model.TacticianPackage#getSegment_Priority()
	 * @model
	 * @generated
	 */
	int getPriority();

	/**
	 * Sets the value of the '{@link org.tactician.model.Segment#getPriority <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Priority</em>' attribute.
	 * @see #getPriority()
	 * @generated
	 */
	void setPriority(int value);

	/**
	 * Returns the value of the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The broader segment this one refines.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parent</em>' reference.
	 * @see #setParent(Segment)
	 * @see org.tactician.model.TacticianPackage#getSegment_Parent()
	 * @model
	 * @generated
	 */
	Segment getParent();

	/**
	 * Sets the value of the '{@link org.tactician.model.Segment#getParent <em>Parent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent</em>' reference.
	 * @see #getParent()
	 * @generated
	 */
	void setParent(Segment value);

	/**
	 * Returns the value of the '<em><b>Channels</b></em>' reference list.
	 * The list contents are of type {@link org.tactician.model.Channel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Channels that reach the segment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Channels</em>' reference list.
	 * @see org.tactician.model.TacticianPackage#getSegment_Channels()
	 * @model
	 * @generated
	 */
	EList<Channel> getChannels();

	/**
	 * Returns the value of the '<em><b>Subsegments</b></em>' reference list.
	 * The list contents are of type {@link org.tactician.model.Segment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Segments that refine this one (derived, inverse of Segment.parent).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subsegments</em>' reference list.
	 * @see org.tactician.model.TacticianPackage#getSegment_Subsegments()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	EList<Segment> getSubsegments();

} // Segment
