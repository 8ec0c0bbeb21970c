/**
 */
package org.tactician.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Content Format</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Format of a content item.
 * <!-- end-model-doc -->
 * @see org.tactician.model.TacticianPackage#getContentFormat()
 * @model
 * @generated
 */
public enum ContentFormat implements Enumerator {
	/**
	 * The '<em><b>ARTICLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARTICLE_VALUE
	 * @generated
	 * @ordered
	 */
	ARTICLE(0, "ARTICLE", "ARTICLE"),

	/**
	 * The '<em><b>SOCIAL POST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOCIAL_POST_VALUE
	 * @generated
	 * @ordered
	 */
	SOCIAL_POST(1, "SOCIAL_POST", "SOCIAL_POST"),

	/**
	 * The '<em><b>VIDEO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VIDEO_VALUE
	 * @generated
	 * @ordered
	 */
	VIDEO(2, "VIDEO", "VIDEO"),

	/**
	 * The '<em><b>PODCAST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PODCAST_VALUE
	 * @generated
	 * @ordered
	 */
	PODCAST(3, "PODCAST", "PODCAST"),

	/**
	 * The '<em><b>REPORT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPORT_VALUE
	 * @generated
	 * @ordered
	 */
	REPORT(4, "REPORT", "REPORT"),

	/**
	 * The '<em><b>GUIDE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GUIDE_VALUE
	 * @generated
	 * @ordered
	 */
	GUIDE(5, "GUIDE", "GUIDE"),

	/**
	 * The '<em><b>CASE STUDY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CASE_STUDY_VALUE
	 * @generated
	 * @ordered
	 */
	CASE_STUDY(6, "CASE_STUDY", "CASE_STUDY"),

	/**
	 * The '<em><b>WEBINAR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WEBINAR_VALUE
	 * @generated
	 * @ordered
	 */
	WEBINAR(7, "WEBINAR", "WEBINAR"),

	/**
	 * The '<em><b>INTERVIEW</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERVIEW_VALUE
	 * @generated
	 * @ordered
	 */
	INTERVIEW(8, "INTERVIEW", "INTERVIEW"),

	/**
	 * The '<em><b>EMAIL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMAIL_VALUE
	 * @generated
	 * @ordered
	 */
	EMAIL(9, "EMAIL", "EMAIL"),

	/**
	 * The '<em><b>LANDING PAGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LANDING_PAGE_VALUE
	 * @generated
	 * @ordered
	 */
	LANDING_PAGE(10, "LANDING_PAGE", "LANDING_PAGE"),

	/**
	 * The '<em><b>INFOGRAPHIC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INFOGRAPHIC_VALUE
	 * @generated
	 * @ordered
	 */
	INFOGRAPHIC(11, "INFOGRAPHIC", "INFOGRAPHIC"),

	/**
	 * The '<em><b>TOOL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOOL_VALUE
	 * @generated
	 * @ordered
	 */
	TOOL(12, "TOOL", "TOOL"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(13, "OTHER", "OTHER");

	/**
	 * The '<em><b>ARTICLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARTICLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ARTICLE_VALUE = 0;

	/**
	 * The '<em><b>SOCIAL POST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOCIAL_POST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SOCIAL_POST_VALUE = 1;

	/**
	 * The '<em><b>VIDEO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VIDEO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VIDEO_VALUE = 2;

	/**
	 * The '<em><b>PODCAST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PODCAST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PODCAST_VALUE = 3;

	/**
	 * The '<em><b>REPORT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPORT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REPORT_VALUE = 4;

	/**
	 * The '<em><b>GUIDE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GUIDE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GUIDE_VALUE = 5;

	/**
	 * The '<em><b>CASE STUDY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CASE_STUDY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CASE_STUDY_VALUE = 6;

	/**
	 * The '<em><b>WEBINAR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WEBINAR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WEBINAR_VALUE = 7;

	/**
	 * The '<em><b>INTERVIEW</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERVIEW
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INTERVIEW_VALUE = 8;

	/**
	 * The '<em><b>EMAIL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMAIL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EMAIL_VALUE = 9;

	/**
	 * The '<em><b>LANDING PAGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LANDING_PAGE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LANDING_PAGE_VALUE = 10;

	/**
	 * The '<em><b>INFOGRAPHIC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INFOGRAPHIC
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INFOGRAPHIC_VALUE = 11;

	/**
	 * The '<em><b>TOOL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOOL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TOOL_VALUE = 12;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 13;

	/**
	 * An array of all the '<em><b>Content Format</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ContentFormat[] VALUES_ARRAY =
		new ContentFormat[] {
			ARTICLE,
			SOCIAL_POST,
			VIDEO,
			PODCAST,
			REPORT,
			GUIDE,
			CASE_STUDY,
			WEBINAR,
			INTERVIEW,
			EMAIL,
			LANDING_PAGE,
			INFOGRAPHIC,
			TOOL,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Content Format</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ContentFormat> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Content Format</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ContentFormat get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ContentFormat result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Content Format</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ContentFormat getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ContentFormat result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Content Format</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ContentFormat get(int value) {
		switch (value) {
			case ARTICLE_VALUE: return ARTICLE;
			case SOCIAL_POST_VALUE: return SOCIAL_POST;
			case VIDEO_VALUE: return VIDEO;
			case PODCAST_VALUE: return PODCAST;
			case REPORT_VALUE: return REPORT;
			case GUIDE_VALUE: return GUIDE;
			case CASE_STUDY_VALUE: return CASE_STUDY;
			case WEBINAR_VALUE: return WEBINAR;
			case INTERVIEW_VALUE: return INTERVIEW;
			case EMAIL_VALUE: return EMAIL;
			case LANDING_PAGE_VALUE: return LANDING_PAGE;
			case INFOGRAPHIC_VALUE: return INFOGRAPHIC;
			case TOOL_VALUE: return TOOL;
			case OTHER_VALUE: return OTHER;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private ContentFormat(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //ContentFormat
