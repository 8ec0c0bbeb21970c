package org.tactician.model.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.tactician.model.Money;
import org.tactician.model.PlanLabels;
import org.tactician.model.TacticianPackage;

/**
 * What {@link PlanReader} knows about the plan package, computed once: for each class, its
 * features by their XML name with how a value of each is read, and the package's classes by name.
 * This is what keeps loading free of EMF's per-element reflective lookups.
 */
final class PlanSchema {

    /** How the value of a feature is written in a plan file. */
    enum Kind {
        /** A single value in an attribute. */
        VALUE,
        /** A list of values: one child element per value (or, when read, a space-separated attribute). */
        VALUES,
        /** A contained element: a child element. */
        CHILD,
        /** Contained elements: one child element each. */
        CHILDREN,
        /** A link to another element of the plan: its id in an attribute. */
        LINK,
        /** Links: ids separated by spaces in an attribute. */
        LINKS,
        /** Computed by Tactician, never stored. */
        COMPUTED
    }

    /** One feature of one class. */
    static final class Slot {
        final EStructuralFeature feature;
        /** The feature's id in its class, for the generated {@code eSet(int, Object)}. */
        final int featureId;
        final Kind kind;
        /** The attribute's data type (VALUE, VALUES), or null. */
        final EDataType dataType;
        /** The reference's element type (CHILD, CHILDREN, LINK, LINKS), or null. */
        final EClass referenceType;
        /** The element's id attribute. */
        final boolean isId;
        /**
         * Values are immutable and few distinct ones recur (dates, months): one instance per
         * distinct text is kept for the whole load, in the reader's table of this index; -1 when
         * values are not shared.
         */
        final int sharedValues;
        /** Short text that recurs (units, roles, currencies): one string per distinct text. */
        final boolean shareText;
        private final EFactory factory;
        private final Map<String, Object> literals;
        /** The enumeration's literals as written and their values, for reading them from a buffer. */
        private final char[][] literalTexts;
        private final Object[] literalValues;

        Slot(EClass owner, EStructuralFeature feature) {
            this.feature = feature;
            this.featureId = owner.getFeatureID(feature);
            EDataType type = feature instanceof EAttribute attribute ? attribute.getEAttributeType() : null;
            this.dataType = type;
            this.referenceType = feature instanceof EReference reference ? reference.getEReferenceType() : null;
            this.isId = feature instanceof EAttribute attribute && attribute.isID();
            if (feature.isDerived() || feature.isTransient() || feature.isVolatile() || !feature.isChangeable()) {
                kind = Kind.COMPUTED;
            } else if (feature instanceof EReference reference) {
                kind = reference.isContainment() ? (reference.isMany() ? Kind.CHILDREN : Kind.CHILD)
                        : (reference.isMany() ? Kind.LINKS : Kind.LINK);
            } else {
                kind = feature.isMany() ? Kind.VALUES : Kind.VALUE;
            }
            Class<?> instanceClass = type == null ? null : type.getInstanceClass();
            this.sharedValues = instanceClass == LocalDate.class ? 0 : instanceClass == YearMonth.class ? 1 : -1;
            this.shareText = instanceClass == String.class && !isId && !TEXT_FEATURES.contains(feature.getName());
            this.factory = type == null ? null : type.getEPackage().getEFactoryInstance();
            if (type instanceof EEnum enumeration) {
                literals = new HashMap<>();
                for (EEnumLiteral literal : enumeration.getELiterals()) {
                    literals.put(literal.getLiteral(), literal.getInstance());
                }
            } else {
                literals = null;
            }
            if (literals != null) {
                literalTexts = new char[literals.size()][];
                literalValues = new Object[literals.size()];
                int i = 0;
                for (Map.Entry<String, Object> literal : literals.entrySet()) {
                    literalTexts[i] = literal.getKey().toCharArray();
                    literalValues[i++] = literal.getValue();
                }
            } else {
                literalTexts = null;
                literalValues = null;
            }
        }

        /** Whether values are literals of an enumeration. */
        boolean isEnumeration() {
            return literalTexts != null;
        }

        /** The literal written as {@code chars[from, from + length)}, or null when there is none. */
        Object literal(char[] chars, int from, int length) {
            for (int i = 0; i < literalTexts.length; i++) {
                char[] text = literalTexts[i];
                if (text.length == length && java.util.Arrays.equals(text, 0, length, chars, from, from + length)) {
                    return literalValues[i];
                }
            }
            return null;
        }

        /** Whether values are strings taken as they are. */
        boolean isText() {
            return dataType != null && dataType.getInstanceClass() == String.class;
        }

        /**
         * The value {@code text} stands for.
         *
         * @throws IllegalArgumentException if it is not a value of the feature's type
         */
        Object convert(String text) {
            if (literals != null) {
                Object literal = literals.get(text);
                if (literal == null) {
                    throw new IllegalArgumentException("unknown literal");
                }
                return literal;
            }
            Object value = factory.createFromString(dataType, text);
            if (value == null && dataType.getInstanceClass() != null && dataType.getInstanceClass().isPrimitive()) {
                throw new IllegalArgumentException("no value");
            }
            return value;
        }

        /** What a value of this feature looks like, for a message about one that is not. */
        String expected() {
            if (dataType instanceof EEnum enumeration) {
                List<String> names = new ArrayList<>();
                for (EEnumLiteral literal : enumeration.getELiterals()) {
                    names.add(literal.getLiteral());
                }
                return "one of " + String.join(", ", names);
            }
            Class<?> type = dataType.getInstanceClass();
            if (type == LocalDate.class) {
                return "a date such as 2027-09-30";
            } else if (type == YearMonth.class) {
                return "a month such as 2027-09";
            } else if (type == Money.class) {
                return "an amount and a currency code such as 1250.00 EUR";
            } else if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
                return "a whole number such as 12";
            } else if (type == boolean.class || type == Boolean.class) {
                return "true or false";
            } else if (type == java.math.BigDecimal.class) {
                return "a number such as 12.5";
            }
            return "a " + PlanLabels.words(dataType).toLowerCase(Locale.ROOT);
        }
    }

    /** How many classifiers the plan package has: the bound of their ids. */
    static final int CLASSIFIERS = TacticianPackage.eINSTANCE.getEClassifiers().size();

    /** How many kinds of values are shared (see {@link Slot#sharedValues}). */
    static final int SHARED_VALUE_KINDS = 2;

    /** Free text that is rarely repeated: not worth sharing. */
    private static final java.util.Set<String> TEXT_FEATURES = java.util.Set.of("name", "description", "notes");

    /**
     * The features of one class by the name they are written as, in a small open-addressing table
     * probed by the name's hash. The parser hands over element and attribute names from its symbol
     * table, one string per name (its hash cached), so a look-up is a hash, a probe or two and a
     * reference comparison; any other string is compared by its characters.
     */
    static final class Slots {
        static final Slots NONE = new Slots(Map.of());

        private final Map<String, Slot> byName;
        private final String[] names;
        private final Slot[] slots;
        private final int mask;

        Slots(Map<String, Slot> byName) {
            this.byName = byName;
            int capacity = 4;
            while (capacity < byName.size() * 2) {
                capacity *= 2;
            }
            this.names = new String[capacity];
            this.slots = new Slot[capacity];
            this.mask = capacity - 1;
            for (Map.Entry<String, Slot> entry : byName.entrySet()) {
                String name = entry.getKey().intern(); // the parser's symbols are interned strings
                int i = home(name);
                while (names[i] != null) {
                    i = (i + 1) & mask;
                }
                names[i] = name;
                slots[i] = entry.getValue();
            }
        }

        private int home(String name) {
            int hash = name.hashCode();
            return (hash ^ (hash >>> 16)) & mask;
        }

        /** The slot written as {@code name}, or null. */
        Slot get(String name) {
            for (int i = home(name); names[i] != null; i = (i + 1) & mask) {
                if (names[i] == name || names[i].equals(name)) {
                    return slots[i];
                }
            }
            return null;
        }

        java.util.Collection<Slot> values() {
            return byName.values();
        }
    }

    /** The slots of each class by name, indexed by the class's classifier id. */
    private static final List<Slots> SLOTS = new ArrayList<>();
    private static final Map<String, EClass> CLASSES = new HashMap<>();

    static {
        for (EClassifier classifier : TacticianPackage.eINSTANCE.getEClassifiers()) {
            while (SLOTS.size() <= classifier.getClassifierID()) {
                SLOTS.add(Slots.NONE);
            }
            if (classifier instanceof EClass eClass) {
                CLASSES.put(eClass.getName(), eClass);
                Map<String, Slot> slots = new HashMap<>();
                for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
                    slots.put(feature.getName(), new Slot(eClass, feature));
                }
                SLOTS.set(classifier.getClassifierID(), new Slots(slots));
            }
        }
    }

    private PlanSchema() {
    }

    /** The features of {@code eClass} (a class of the plan package) by the name they are written as. */
    static Slots slots(EClass eClass) {
        return eClass.getEPackage() == TacticianPackage.eINSTANCE ? SLOTS.get(eClass.getClassifierID()) : Slots.NONE;
    }

    /** The stored features of {@code eClass} written as attributes, for a message about an unknown one. */
    static List<String> names(EClass eClass, boolean elements) {
        List<String> names = new ArrayList<>();
        for (Slot slot : slots(eClass).values()) {
            boolean element = slot.kind == Kind.CHILD || slot.kind == Kind.CHILDREN || slot.kind == Kind.VALUES;
            if (slot.kind != Kind.COMPUTED && element == elements) {
                names.add(slot.feature.getName());
            }
        }
        names.sort(null);
        return names;
    }

    /** The class of the plan package named {@code name}, or null. */
    static EClass type(String name) {
        return CLASSES.get(name);
    }
}
