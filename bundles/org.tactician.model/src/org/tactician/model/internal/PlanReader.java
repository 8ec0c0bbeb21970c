package org.tactician.model.internal;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.FileInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.impl.BasicEObjectImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.InternalEList;
import org.tactician.model.Money;
import org.tactician.model.PlanLabels;
import org.tactician.model.TacticianPackage;
import org.tactician.model.internal.PlanSchema.Kind;
import org.tactician.model.internal.PlanSchema.Slot;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a plan file ({@code .mplan}, the XMI that {@code PlanResource} writes) straight into the
 * generated model classes: one SAX pass, each element's features looked up once per class
 * ({@link PlanSchema}) and set through the generated feature switch, links resolved by id as they
 * are read when they point back, at the end otherwise. Everything wrong with the file becomes a {@link ReadProblem} with its line and column, in the
 * plan author's words; reading goes on after a problem so that all of them are reported.
 *
 * <p>Files of Tactician 0.1.0 (namespace {@value PlanMigration#LEGACY_NAMESPACE}) are read as the
 * current model, the values of removed attributes handed to {@link PlanMigration}.
 *
 * <p>The parser reads no DOCTYPE and no external entity: a plan file is plain data.
 *
 * <p>Loading reads the file with {@link PlanTokenizer} first, which feeds this handler from the
 * file's bytes, a bounded buffer at a time, without the parser's strings; on anything it does not fully understand, and on
 * any problem at all, what it built is dropped and the parser reads the file, so that every
 * problem is the parser's and this handler's, with the parser's line and column.
 */
public final class PlanReader extends DefaultHandler {

    /** The namespace of the XMI attributes ({@code xmi:version}). */
    static final String XMI_NAMESPACE = "http://www.omg.org/XMI";

    /**
     * The largest stream the tokenizer reads that cannot be read again from its start (not a file
     * or a byte array): it holds it whole for the parser to read again, up to 128 MB, a plan of a
     * million elements.
     */
    private static final int TOKENIZER_LIMIT = 128 << 20;

    /** About the fewest bytes an element takes in a plan file (a large plan's average is about 120). */
    private static final int BYTES_PER_ELEMENT = 100;

    private static final SAXParserFactory PARSERS = parserFactory();
    /** Creating a parser costs more than a small plan's whole load: reuse them. */
    private static final ConcurrentLinkedQueue<SAXParser> IDLE_PARSERS = new ConcurrentLinkedQueue<>();

    private final String location;
    private final PlanMigration migration;
    private final Map<String, EObject> ids;
    private final List<Resource.Diagnostic> problems;
    private final List<EObject> roots = new ArrayList<>();
    private final Links links = new Links();
    private final Map<String, String> prefixes = new HashMap<>();
    private final Map<String, String> sharedText = new HashMap<>();
    @SuppressWarnings("unchecked")
    private final Map<String, Object>[] sharedValues = new Map[PlanSchema.SHARED_VALUE_KINDS];
    /**
     * Recently read decimals, direct-mapped by their hash: rates and percentages recur (a plan's
     * conversion rates take a few hundred values over tens of thousands of inputs), and each shared
     * one is an object fewer for the garbage collector to copy while a large plan is read.
     */
    private final BigDecimal[] sharedDecimals = new BigDecimal[1024];
    private final StringBuilder text = new StringBuilder();
    /**
     * What each class's attribute at each position was the last time, and its slot: a plan file
     * writes the attributes of a class in one order and the parser hands over their names as one
     * string per name, so most look-ups are a reference comparison. Indexed by classifier id.
     */
    private final String[][] attributeNames = new String[PlanSchema.CLASSIFIERS][];
    private final Slot[][] attributeSlots = new Slot[PlanSchema.CLASSIFIERS][];
    /** Per class, the name and slot of the child element read last: children come in runs. */
    private final String[] childNames = new String[PlanSchema.CLASSIFIERS];
    private final Slot[] childSlots = new Slot[PlanSchema.CLASSIFIERS];
    private Locator locator;
    /** Feeding this reader on the fast path: a problem ends it ({@link PlanTokenizer.Declined}). */
    private PlanTokenizer tokenizer;
    /** The fast path's shared short text, an open-addressing table probed by the text's hash. */
    private String[] texts = new String[256];
    private int textCount;
    /**
     * The fast path's dates and months, direct-mapped by their day and month numbers: one instance
     * per date of a plan that spans up to eleven years (twenty for months), as the parser path's
     * tables share them.
     */
    private final LocalDate[] dates = new LocalDate[4096];
    private final YearMonth[] months = new YearMonth[256];
    /** The fast path's recent currency codes, direct-mapped by their letters. */
    private final String[] currencies = new String[64];

    /** The open elements: the object of each, or the feature whose value an element's text is. */
    private EObject[] objects = new EObject[16];
    private Slot[] values = new Slot[16];
    private int depth;
    /** Inside an element that is skipped (after reporting it): how deep. */
    private int skipped;
    /** The file is not a plan of any Tactician version: nothing more to say about its contents. */
    private boolean foreign;

    /**
     * The links to resolve once every id is known (forward links, and those to check and report),
     * in columns: a large plan can have a link per element, and an object per link would be
     * garbage the moment the file is read.
     */
    private static final class Links {
        EObject[] owners = new EObject[256];
        Slot[] slots = new Slot[256];
        String[] ids = new String[256];
        int[] lines = new int[256];
        int[] columns = new int[256];
        int size;

        void add(EObject owner, Slot slot, String value, int line, int column) {
            if (size == owners.length) {
                int capacity = size * 2;
                owners = java.util.Arrays.copyOf(owners, capacity);
                slots = java.util.Arrays.copyOf(slots, capacity);
                ids = java.util.Arrays.copyOf(ids, capacity);
                lines = java.util.Arrays.copyOf(lines, capacity);
                columns = java.util.Arrays.copyOf(columns, capacity);
            }
            owners[size] = owner;
            slots[size] = slot;
            ids[size] = value;
            lines[size] = line;
            columns[size] = column;
            size++;
        }
    }

    private PlanReader(String location, PlanMigration migration, Map<String, EObject> ids,
            List<Resource.Diagnostic> problems) {
        this.location = location;
        this.migration = migration;
        this.ids = ids;
        this.problems = problems;
    }

    /**
     * The load option that says how {@code PlanResource} reads a file (a {@link Reading}); loading
     * without it reads {@link Reading#TOKENIZER_OR_PARSER}. For tests and benchmarks.
     */
    public static final String OPTION_READING = "org.tactician.model.reading";

    /**
     * The load option that says how many bytes the tokenizer reads from the file at a time (an
     * {@link Integer}; 64 KB without it). For the tests of its buffer's boundaries.
     */
    public static final String OPTION_CHUNK = "org.tactician.model.chunk";

    /** How a file is read: what loading does, or one path alone (for the tests and benchmarks that compare them). */
    public enum Reading {
        /** The tokenizer, and the parser when the tokenizer declines the file. */
        TOKENIZER_OR_PARSER,
        /** The SAX parser alone. */
        PARSER,
        /** The tokenizer alone: a file it declines reads as nothing, with one problem that says why. */
        TOKENIZER
    }

    /**
     * Reads the plan file in {@code input}.
     *
     * @param location the file's URI, for the problems
     * @param migration receives what a 0.1.0 file needs migrated
     * @param ids receives every element by its id
     * @param problems receives what is wrong with the file
     * @return the root elements read (the detached trees; partial when there are problems)
     */
    public static List<EObject> read(InputStream input, String location, PlanMigration migration,
            Map<String, EObject> ids, List<Resource.Diagnostic> problems) throws IOException {
        return read(input, location, migration, ids, problems, Reading.TOKENIZER_OR_PARSER);
    }

    /** {@link #read(InputStream, String, PlanMigration, Map, List)} the way {@code reading} says. */
    public static List<EObject> read(InputStream input, String location, PlanMigration migration,
            Map<String, EObject> ids, List<Resource.Diagnostic> problems, Reading reading) throws IOException {
        return read(input, location, migration, ids, problems, reading, PlanTokenizer.DEFAULT_CHUNK);
    }

    /**
     * {@link #read(InputStream, String, PlanMigration, Map, List, Reading)}, the tokenizer reading
     * {@code chunk} bytes of the file at a time.
     */
    public static List<EObject> read(InputStream input, String location, PlanMigration migration,
            Map<String, EObject> ids, List<Resource.Diagnostic> problems, Reading reading, int chunk) throws IOException {
        if (reading == Reading.PARSER || !ids.isEmpty()) {
            return parse(input, location, migration, ids, problems);
        }
        // The tokenizer reads the stream as it goes; when it declines, the parser reads the file
        // again from the start: a file or a byte array is rewound, any other stream held whole.
        InputStream source = input;
        long size = -1;
        Rewind rewind = null;
        if (input instanceof FileInputStream file) {
            try {
                java.nio.channels.FileChannel channel = file.getChannel();
                long start = channel.position();
                size = channel.size() - start;
                rewind = () -> {
                    channel.position(start);
                    return file;
                };
            } catch (IOException notSeekable) {
                size = -1;
            }
            if (size <= 0) { // a pipe, or nothing to read: no size to trust
                rewind = null;
            }
        } else if (input instanceof ByteArrayInputStream array) {
            array.mark(0);
            size = array.available();
            rewind = () -> {
                array.reset();
                return array;
            };
        }
        if (rewind == null) {
            byte[] bytes = input.readNBytes(TOKENIZER_LIMIT + 1);
            if (bytes.length > TOKENIZER_LIMIT) { // the parser streams a stream this large: it is not held twice
                return parse(new java.io.SequenceInputStream(new ByteArrayInputStream(bytes), input), location, migration,
                        ids, problems);
            }
            source = new ByteArrayInputStream(bytes);
            size = bytes.length;
            rewind = () -> new ByteArrayInputStream(bytes);
        }
        if (ids instanceof IdIndex index) {
            index.reserve((int) Math.min(Integer.MAX_VALUE, size / BYTES_PER_ELEMENT));
        }
        // The fast path reports nothing and migrates nothing (it declines 0.1.0 files): its own
        // migration and problems are dropped with it.
        PlanReader fast = new PlanReader(location, new PlanMigration(), ids, new ArrayList<>());
        try {
            fast.tokenizer = new PlanTokenizer(source, chunk, fast);
            fast.tokenizer.read();
            return fast.roots;
        } catch (java.io.UncheckedIOException failed) { // the file could not be read: as the parser would fail
            throw failed.getCause();
        } catch (RuntimeException declined) { // PlanTokenizer.Declined, or the end of the bytes in mid-tag
            ids.clear();
            if (reading == Reading.TOKENIZER) {
                String reason = declined instanceof PlanTokenizer.Declined ? declined.getMessage() : declined.toString();
                problems.add(new ReadProblem("the tokenizer declined the file: " + reason, location, 0, 0));
                return new ArrayList<>();
            }
            return parse(rewind.again(), location, migration, ids, problems);
        }
    }

    /** The stream the tokenizer read, from where it started, for the parser. */
    @FunctionalInterface
    private interface Rewind {
        InputStream again() throws IOException;
    }

    /** Reads {@code input} with the SAX parser. */
    private static List<EObject> parse(InputStream input, String location, PlanMigration migration,
            Map<String, EObject> ids, List<Resource.Diagnostic> problems) throws IOException {
        PlanReader reader = new PlanReader(location, migration, ids, problems);
        if (ids instanceof IdIndex index) {
            index.reserve(input.available() / BYTES_PER_ELEMENT); // a file stream knows its size
        }
        SAXParser parser = IDLE_PARSERS.poll();
        boolean read = false;
        try {
            if (parser == null) {
                parser = newParser();
            }
            parser.parse(source(input), reader);
            read = true;
        } catch (SAXParseException e) {
            reader.problem(XmlProblems.describe(e), Math.max(e.getLineNumber(), 0), Math.max(e.getColumnNumber(), 0));
        } catch (CharConversionException e) {
            reader.problem(XmlProblems.notUtf8(e), reader.line(), reader.column());
        } catch (SAXException | ParserConfigurationException e) {
            throw new IOException(e.getMessage(), e);
        } finally {
            // Only a parser that read a whole file is reused: one stopped by an error may keep some
            // of that file's state (a loader fuzz campaign once saw a "not UTF-8" problem lose its
            // line and column after hundreds of thousands of files), and its next file's problems
            // must not depend on the files before it.
            if (parser != null && read) {
                parser.reset();
                IDLE_PARSERS.offer(parser);
            }
        }
        return reader.roots;
    }

    /**
     * The input as the parser should read it: as it is, unless it is UTF-16 (a byte-order mark or
     * the UTF-16 form of {@code <?}), which is decoded here, so that an editor's "Unicode" copy of
     * a plan that still declares UTF-8 reads as the text it is.
     */
    private static InputSource source(InputStream input) throws IOException {
        BufferedInputStream in = new BufferedInputStream(input, 64 * 1024);
        in.mark(4);
        int b0 = in.read();
        int b1 = in.read();
        int b2 = in.read();
        int b3 = in.read();
        in.reset();
        if (b0 == 0xFE && b1 == 0xFF || b0 == 0xFF && b1 == 0xFE && !(b2 == 0 && b3 == 0)) {
            return new InputSource(new InputStreamReader(in, StandardCharsets.UTF_16));
        } else if (b0 == 0 && b1 == '<' && b2 == 0 && b3 == '?') {
            return new InputSource(new InputStreamReader(in, StandardCharsets.UTF_16BE));
        } else if (b0 == '<' && b1 == 0 && b2 == '?' && b3 == 0) {
            return new InputSource(new InputStreamReader(in, StandardCharsets.UTF_16LE));
        }
        return new InputSource(in);
    }

    /** The parser's limits on entity references, lifted for plan files (see {@link #newParser()}). */
    private static final List<String> ENTITY_LIMITS = List.of("jdk.xml.maxGeneralEntitySizeLimit",
            "jdk.xml.totalEntitySizeLimit", "jdk.xml.entityReplacementLimit");

    private static SAXParser newParser() throws ParserConfigurationException, SAXException {
        SAXParser parser = PARSERS.newSAXParser();
        try {
            // Messages about malformed XML are translated from the parser's English (XmlProblems).
            parser.setProperty("http://apache.org/xml/properties/locale", Locale.ENGLISH);
        } catch (SAXException e) {
            // a parser without the property speaks the platform's language: its messages stay readable
        }
        // A plan file has no DOCTYPE (refused), so its only entities are the five predefined ones;
        // Java 25 counts their references against limits meant for declared entities and refused a
        // plan with more than 100,000 of them (quotes, ampersands) in all its texts.
        for (String limit : ENTITY_LIMITS) {
            try {
                parser.setProperty(limit, "0");
            } catch (SAXException e) {
                // a parser without the limit does not count them
            }
        }
        return parser;
    }

    private static SAXParserFactory parserFactory() {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("The XML parser cannot be made safe for plan files", e);
        }
        return factory;
    }

    // ---------------------------------------------------------------- SAX events

    @Override
    public void setDocumentLocator(Locator documentLocator) {
        locator = documentLocator;
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) {
        prefixes.put(prefix, uri);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (skipped > 0 || foreign) {
            skipped++;
            return;
        }
        EObject parent = depth == 0 ? null : objects[depth - 1];
        if (depth > 0 && values[depth - 1] != null) {
            problem("'" + values[depth - 1].feature.getName() + "' holds a value, not the element <" + qName + ">");
            skipped = 1;
        } else if (parent == null && depth == 0 && XMI_NAMESPACE.equals(uri) && "XMI".equals(localName)) {
            push(null, null); // an XMI wrapper around the root element
        } else if (parent == null) {
            root(uri, localName, qName, attributes);
        } else {
            child(parent, uri, localName, qName, attributes);
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (skipped == 0 && depth > 0 && values[depth - 1] != null) {
            text.append(ch, start, length);
        }
    }

    /** Whether the innermost open element's text is a value (the tokenizer keeps only that text). */
    boolean wantsText() {
        return skipped == 0 && depth > 0 && values[depth - 1] != null;
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (skipped > 0) {
            skipped--;
            return;
        }
        depth--;
        Slot slot = values[depth];
        if (slot != null) {
            EObject owner = objects[depth];
            String value = text.toString();
            text.setLength(0);
            if (slot.kind == Kind.VALUES) {
                addValue(owner, slot, value);
            } else {
                setValue(owner, slot, value);
            }
        }
        objects[depth] = null;
        values[depth] = null;
    }

    @Override
    public void endDocument() {
        for (int i = 0; i < links.size; i++) {
            resolve(links.owners[i], links.slots[i], links.ids[i], links.lines[i], links.columns[i]);
        }
    }

    @Override
    public void warning(SAXParseException exception) {
        // the parser's warnings are about DTDs and schemas, which plan files have none of
    }

    @Override
    public void error(SAXParseException exception) {
        problem(XmlProblems.describe(exception), exception.getLineNumber(), exception.getColumnNumber());
    }

    // ---------------------------------------------------------------- elements

    private void root(String uri, String localName, String qName, Attributes attributes) {
        if (PlanMigration.LEGACY_NAMESPACE.equals(uri)) {
            migration.legacyNamespaceSeen();
        } else if (!TacticianPackage.eNS_URI.equals(uri)) {
            problem(uri.isEmpty()
                    ? "not a Tactician plan: the root element <" + qName + "> has no namespace, expected '"
                            + TacticianPackage.eNS_URI + "'"
                    : "not a Tactician plan: its namespace is '" + uri + "', expected '" + TacticianPackage.eNS_URI + "'");
            foreign = true;
            skipped = 1;
            return;
        }
        EClass type = PlanSchema.type(localName);
        if (type == null || type.isAbstract()) {
            problem("unknown element type '" + localName + "'" + (depth == 0 ? ": a plan file holds a <"
                    + prefixOf(qName) + "MarketingPlan>" : ""));
            skipped = 1;
            return;
        }
        EObject root = TacticianPackage.eINSTANCE.getEFactoryInstance().create(type);
        roots.add(root);
        push(root, null);
        attributes(root, attributes);
    }

    private void child(EObject parent, String uri, String localName, String qName, Attributes attributes) {
        Slot slot = uri.isEmpty() || TacticianPackage.eNS_URI.equals(uri) || PlanMigration.LEGACY_NAMESPACE.equals(uri)
                ? childSlot(parent.eClass(), localName)
                : null;
        if (slot == null) {
            problem(unknown("element", qName, parent.eClass(), true));
            skipped = 1;
            return;
        }
        switch (slot.kind) {
            case CHILD, CHILDREN -> {
                EClass type = childType(slot, attributes);
                if (type == null) {
                    skipped = 1;
                    return;
                }
                if (slot.kind == Kind.CHILD && parent.eIsSet(slot.feature)) {
                    problem("a second '" + localName + "' in " + describe(parent) + ", which has only one");
                    skipped = 1;
                    return;
                }
                EObject child = type.getEPackage().getEFactoryInstance().create(type);
                if (slot.kind == Kind.CHILD) {
                    ((BasicEObjectImpl) parent).eSet(slot.featureId, child);
                } else {
                    list(parent, slot).addUnique(child);
                }
                push(child, null);
                attributes(child, attributes);
            }
            case VALUE, VALUES -> {
                push(parent, slot);
                text.setLength(0);
            }
            case LINK, LINKS -> {
                problem("'" + localName + "' is a link: write the id of the element it refers to as an attribute ("
                        + localName + "=\"id\")");
                skipped = 1;
            }
            case COMPUTED -> {
                problem(computed(localName, parent));
                skipped = 1;
            }
        }
    }

    /** The class of a child element: its {@code xsi:type}, or the type of its feature. */
    private EClass childType(Slot slot, Attributes attributes) {
        String declared = attributes.getValue(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "type");
        EClass type = slot.referenceType;
        if (declared != null) {
            int colon = declared.indexOf(':');
            String namespace = prefixes.get(colon < 0 ? "" : declared.substring(0, colon));
            EClass named = TacticianPackage.eNS_URI.equals(namespace) || PlanMigration.LEGACY_NAMESPACE.equals(namespace)
                    ? PlanSchema.type(declared.substring(colon + 1))
                    : null;
            if (named == null) {
                problem("unknown element type '" + declared + "'");
                return null;
            }
            if (!type.isSuperTypeOf(named)) {
                problem("'" + slot.feature.getName() + "' holds " + article(type) + ", not " + article(named));
                return null;
            }
            type = named;
        }
        if (type.isAbstract()) {
            problem("'" + slot.feature.getName() + "' needs the kind of " + PlanLabels.type(type) + " it is (xsi:type)");
            return null;
        }
        return type;
    }

    private void push(EObject object, Slot value) {
        if (depth == objects.length) {
            objects = java.util.Arrays.copyOf(objects, depth * 2);
            values = java.util.Arrays.copyOf(values, depth * 2);
        }
        objects[depth] = object;
        values[depth] = value;
        depth++;
    }

    // ---------------------------------------------------------------- attributes

    private void attributes(EObject object, Attributes attributes) {
        if (attributes instanceof PlanTokenizer tokenized) {
            attributes(object, tokenized);
            return;
        }
        EClass eClass = object.eClass();
        PlanSchema.Slots slots = PlanSchema.slots(eClass);
        for (int i = 0, count = attributes.getLength(); i < count; i++) {
            String uri = attributes.getURI(i);
            if (!uri.isEmpty()) {
                if (!XMI_NAMESPACE.equals(uri) && !XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI.equals(uri)) {
                    problem(unknown("attribute", attributes.getQName(i), eClass, false));
                }
                continue; // xmi:version, xsi:type (read with the element)
            }
            String name = attributes.getLocalName(i);
            String value = attributes.getValue(i);
            if (migration.isLegacy()) {
                name = migration.attribute(object, name, value, line(), column());
                if (name == null) {
                    continue; // kept for the migration
                }
            }
            Slot slot = attributeSlot(eClass, slots, i, name);
            if (slot == null) {
                problem(unknown("attribute", name, eClass, false));
                continue;
            }
            switch (slot.kind) {
                case VALUE -> setValue(object, slot, value);
                case VALUES -> {
                    for (String token : tokens(value)) {
                        addValue(object, slot, token);
                    }
                }
                case LINK, LINKS -> link(object, slot, value);
                case CHILD, CHILDREN -> problem("'" + name + "' holds elements of the plan, written inside "
                        + describe(object) + ", not as an attribute");
                case COMPUTED -> problem(computed(name, object));
            }
        }
    }

    /**
     * The fast path's {@link #attributes(EObject, Attributes)}: the values converted from the
     * tokenizer's buffer where their text has the form Tactician writes, through the same
     * conversions as the parser's strings otherwise. (Never a 0.1.0 file: no migration.)
     */
    private void attributes(EObject object, PlanTokenizer attributes) {
        EClass eClass = object.eClass();
        PlanSchema.Slots slots = PlanSchema.slots(eClass);
        char[] chars = attributes.chars();
        for (int i = 0, count = attributes.getLength(); i < count; i++) {
            String uri = attributes.getURI(i);
            if (!uri.isEmpty()) {
                if (!XMI_NAMESPACE.equals(uri) && !XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI.equals(uri)) {
                    problem(unknown("attribute", attributes.getQName(i), eClass, false));
                }
                continue;
            }
            String name = attributes.getLocalName(i);
            Slot slot = attributeSlot(eClass, slots, i, name);
            if (slot == null) {
                problem(unknown("attribute", name, eClass, false));
                continue;
            }
            int from = attributes.valueStart(i);
            int length = attributes.valueLength(i);
            switch (slot.kind) {
                case VALUE -> {
                    Object value = convert(slot, chars, from, length);
                    if (value == UNKNOWN) {
                        setValue(object, slot, new String(chars, from, length));
                    } else {
                        store(object, slot, value);
                    }
                }
                case VALUES -> {
                    for (String token : tokens(new String(chars, from, length))) {
                        addValue(object, slot, token);
                    }
                }
                case LINK, LINKS -> link(object, slot, chars, from, length);
                case CHILD, CHILDREN -> problem("'" + name + "' holds elements of the plan, written inside "
                        + describe(object) + ", not as an attribute");
                case COMPUTED -> problem(computed(name, object));
            }
        }
    }

    /** Not converted from the buffer: the value's text is for the general conversion. */
    private static final Object UNKNOWN = new Object();

    /**
     * The value of {@code chars[from, from + length)} for {@code slot}, read in place: what
     * {@link #value(Slot, String)} gives for the same text, or {@link #UNKNOWN} where this does not
     * know (and for every text that is not a value of the slot).
     */
    private Object convert(Slot slot, char[] chars, int from, int length) {
        if (slot.isText()) {
            return slot.shareText && length <= 40 ? sharedText(chars, from, length) : new String(chars, from, length);
        } else if (slot.isEnumeration()) {
            Object literal = slot.literal(chars, from, length);
            return literal == null ? UNKNOWN : literal;
        }
        Class<?> type = slot.dataType.getInstanceClass();
        if (type == LocalDate.class) {
            return date(chars, from, length);
        } else if (type == YearMonth.class) {
            return month(chars, from, length);
        } else if (type == BigDecimal.class) {
            BigDecimal decimal = PlanValues.plainDecimal(chars, from, from + length);
            return decimal == null ? UNKNOWN : shared(decimal);
        } else if (type == Money.class) {
            return money(chars, from, length);
        } else if (type == long.class || type == Long.class) {
            long number = digits(chars, from, from + length, 18);
            return number < 0 ? UNKNOWN : Long.valueOf(number);
        } else if (type == int.class || type == Integer.class) {
            long number = digits(chars, from, from + length, 9);
            return number < 0 ? UNKNOWN : Integer.valueOf((int) number);
        } else if (type == boolean.class || type == Boolean.class) {
            return length == 4 && chars[from] == 't' && chars[from + 1] == 'r' && chars[from + 2] == 'u' && chars[from + 3] == 'e'
                    ? Boolean.TRUE
                    : length == 5 && chars[from] == 'f' && chars[from + 1] == 'a' && chars[from + 2] == 'l'
                            && chars[from + 3] == 's' && chars[from + 4] == 'e' ? Boolean.FALSE : UNKNOWN;
        }
        return UNKNOWN;
    }

    /** One string per distinct short text (as {@link #value(Slot, String)} shares them). */
    private String sharedText(char[] chars, int from, int length) {
        int hash = 0;
        for (int i = from, to = from + length; i < to; i++) {
            hash = 31 * hash + chars[i];
        }
        int mask = texts.length - 1;
        int i = (hash ^ (hash >>> 16)) & mask;
        for (String known; (known = texts[i]) != null; i = (i + 1) & mask) {
            if (known.length() == length && known.hashCode() == hash && IdIndex.matches(known, chars, from)) {
                return known;
            }
        }
        String text = new String(chars, from, length);
        texts[i] = text;
        if (++textCount * 2 > texts.length) {
            String[] old = texts;
            texts = new String[old.length * 2];
            mask = texts.length - 1;
            for (String known : old) {
                if (known != null) {
                    int hashOf = known.hashCode();
                    int j = (hashOf ^ (hashOf >>> 16)) & mask;
                    while (texts[j] != null) {
                        j = (j + 1) & mask;
                    }
                    texts[j] = known;
                }
            }
        }
        return text;
    }

    /** {@code PlanValues.date} of a date written as Tactician writes it ({@code 2027-09-30}), or {@link #UNKNOWN}. */
    private Object date(char[] chars, int from, int length) {
        if (length != 10 || chars[from + 4] != '-' || chars[from + 7] != '-') {
            return UNKNOWN;
        }
        long year = digits(chars, from, from + 4, 4);
        long month = digits(chars, from + 5, from + 7, 2);
        long day = digits(chars, from + 8, from + 10, 2);
        if (year < 0 || month < 0 || day < 0) {
            return UNKNOWN;
        }
        int index = (int) (year * 372 + (month - 1) * 31 + day - 1) & (dates.length - 1);
        LocalDate known = dates[index];
        if (known != null && known.getYear() == year && known.getMonthValue() == month && known.getDayOfMonth() == day) {
            return known;
        }
        try {
            return dates[index] = LocalDate.of((int) year, (int) month, (int) day);
        } catch (DateTimeException e) {
            return UNKNOWN; // not a day of the calendar: the general conversion reports it
        }
    }

    /** {@code PlanValues.month} of a month written as Tactician writes it ({@code 2027-09}), or {@link #UNKNOWN}. */
    private Object month(char[] chars, int from, int length) {
        if (length != 7 || chars[from + 4] != '-') {
            return UNKNOWN;
        }
        long year = digits(chars, from, from + 4, 4);
        long number = digits(chars, from + 5, from + 7, 2);
        if (year < 0 || number < 1 || number > 12) {
            return UNKNOWN;
        }
        int index = (int) (year * 12 + number - 1) & (months.length - 1);
        YearMonth known = months[index];
        if (known != null && known.getYear() == year && known.getMonthValue() == number) {
            return known;
        }
        return months[index] = YearMonth.of((int) year, (int) number);
    }

    /** {@code Money.parse} of an amount written as Tactician writes it ({@code 1250.00 EUR}), or {@link #UNKNOWN}. */
    private Object money(char[] chars, int from, int length) {
        int code = from + length - 3;
        if (length < 5 || chars[code - 1] != ' ') {
            return UNKNOWN;
        }
        int index = 0;
        for (int i = code; i < code + 3; i++) {
            char c = chars[i];
            if (c < 'A' || c > 'Z') {
                return UNKNOWN;
            }
            index = index * 26 + c - 'A';
        }
        BigDecimal amount = PlanValues.plainDecimal(chars, from, code - 1);
        if (amount == null) {
            return UNKNOWN;
        }
        String currency = currencies[index & (currencies.length - 1)];
        if (currency == null || !IdIndex.matches(currency, chars, code)) {
            currency = currencies[index & (currencies.length - 1)] = new String(chars, code, 3);
        }
        return new Money(amount, currency);
    }

    /** The number {@code chars[from, to)} when it is 1 to {@code most} digits, else -1. */
    private static long digits(char[] chars, int from, int to, int most) {
        if (to <= from || to - from > most) {
            return -1;
        }
        long value = 0;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** The slot of the attribute {@code name} at {@code position} of an element of {@code eClass}, or null. */
    private Slot attributeSlot(EClass eClass, PlanSchema.Slots slots, int position, String name) {
        if (eClass.getEPackage() != TacticianPackage.eINSTANCE) {
            return slots.get(name);
        }
        int id = eClass.getClassifierID();
        String[] names = attributeNames[id];
        if (names == null) {
            names = attributeNames[id] = new String[8];
            attributeSlots[id] = new Slot[8];
        } else if (position < names.length && names[position] == name) {
            return attributeSlots[id][position];
        }
        Slot slot = slots.get(name);
        if (slot != null) {
            if (position >= names.length) {
                int capacity = Math.max(position + 1, names.length * 2);
                names = attributeNames[id] = java.util.Arrays.copyOf(names, capacity);
                attributeSlots[id] = java.util.Arrays.copyOf(attributeSlots[id], capacity);
            }
            names[position] = name;
            attributeSlots[id][position] = slot;
        }
        return slot;
    }

    /** The slot of the child element {@code name} of an element of {@code eClass}, or null. */
    private Slot childSlot(EClass eClass, String name) {
        if (eClass.getEPackage() != TacticianPackage.eINSTANCE) {
            return PlanSchema.slots(eClass).get(name);
        }
        int id = eClass.getClassifierID();
        if (childNames[id] == name) {
            return childSlots[id];
        }
        Slot slot = PlanSchema.slots(eClass).get(name);
        if (slot != null) {
            childNames[id] = name;
            childSlots[id] = slot;
        }
        return slot;
    }

    private void setValue(EObject object, Slot slot, String text) {
        Object value = value(slot, text);
        if (value != INVALID) {
            store(object, slot, value);
        }
    }

    private void store(EObject object, Slot slot, Object value) {
        if (slot.isId) {
            String id = (String) value;
            EObject previous = ids.putIfAbsent(id, object);
            if (previous != null) {
                problem("the id '" + id + "' is used twice: " + describe(previous) + " has it too; every element"
                        + " of a plan needs an id of its own");
                return;
            }
        }
        ((BasicEObjectImpl) object).eSet(slot.featureId, value);
    }

    @SuppressWarnings("unchecked")
    private void addValue(EObject object, Slot slot, String text) {
        Object value = value(slot, text.strip());
        if (value != INVALID) {
            ((EList<Object>) ((BasicEObjectImpl) object).eGet(slot.featureId, false, true)).add(value);
        }
    }

    private static final Object INVALID = new Object();

    /** The value of {@code text} for {@code slot}, or {@link #INVALID} (reported). */
    private Object value(Slot slot, String text) {
        if (slot.isText()) {
            if (!slot.shareText || text.length() > 40) {
                return text;
            }
            String shared = sharedText.putIfAbsent(text, text);
            return shared == null ? text : shared;
        }
        Map<String, Object> known = null;
        if (slot.sharedValues >= 0) {
            known = sharedValues[slot.sharedValues];
            if (known == null) {
                known = sharedValues[slot.sharedValues] = new HashMap<>();
            }
        }
        Object value = known == null ? null : known.get(text);
        if (value == null) {
            try {
                value = slot.convert(text);
            } catch (RuntimeException e) {
                problem("the value '" + text + "' is not allowed for '" + slot.feature.getName() + "' (expected "
                        + slot.expected() + ")");
                return INVALID;
            }
            if (known != null && value != null) {
                known.put(text, value);
            } else if (value instanceof BigDecimal decimal) {
                value = shared(decimal);
            }
        }
        return value;
    }

    /** {@code decimal}, or an equal one (same value and scale) read before. */
    private BigDecimal shared(BigDecimal decimal) {
        int index = decimal.hashCode() & (sharedDecimals.length - 1);
        BigDecimal known = sharedDecimals[index];
        if (decimal.equals(known)) {
            return known;
        }
        sharedDecimals[index] = decimal;
        return decimal;
    }

    // ---------------------------------------------------------------- links

    /**
     * A link attribute: set at once when it names one element read already, of the right type
     * (most links of a plan point back to what precedes them); kept for the end of the document
     * otherwise, where forward links are resolved and every other case is checked and reported.
     * Linking early keeps the id strings of those links from living, and being copied by the
     * garbage collector, until the whole file is read.
     */
    private void link(EObject owner, Slot slot, String value) {
        EObject target = ids.get(value);
        if (target != null && slot.referenceType.isInstance(target) && isPlainId(value)) {
            linkNow(owner, slot, target);
        } else {
            links.add(owner, slot, value, line(), column());
        }
    }

    /** {@link #link(EObject, Slot, String)} of the id {@code chars[from, from + length)}, looked up without a string. */
    private void link(EObject owner, Slot slot, char[] chars, int from, int length) {
        EObject target = ids instanceof IdIndex index ? index.get(chars, from, length) : ids.get(new String(chars, from, length));
        if (target != null && slot.referenceType.isInstance(target) && isPlainId(chars, from, length)) {
            linkNow(owner, slot, target);
        } else {
            links.add(owner, slot, new String(chars, from, length), line(), column());
        }
    }

    @SuppressWarnings("unchecked")
    private static void linkNow(EObject owner, Slot slot, EObject target) {
        if (slot.kind == Kind.LINK) {
            ((BasicEObjectImpl) owner).eSet(slot.featureId, target);
        } else {
            ((InternalEList<EObject>) ((BasicEObjectImpl) owner).eGet(slot.featureId, false, true)).addUnique(target);
        }
    }

    private static boolean isPlainId(char[] chars, int from, int length) {
        for (int i = from, to = from + length; i < to; i++) {
            char c = chars[i];
            if (c > ' ' && c < 0x80 ? c == '#' : Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code value} is one id as it is: no spaces around or inside it, no file part. */
    private static boolean isPlainId(String value) {
        for (int i = 0, length = value.length(); i < length; i++) {
            char c = value.charAt(i);
            if (c == '#' || Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private void resolve(EObject owner, Slot slot, String value, int line, int column) {
        if (slot.kind == Kind.LINK) {
            EObject target = target(owner, slot, value.strip(), line, column);
            if (target != null) {
                ((BasicEObjectImpl) owner).eSet(slot.featureId, target);
            }
            return;
        }
        List<String> tokens = tokens(value);
        Collection<EObject> targets = tokens.size() > 8 ? new java.util.LinkedHashSet<>() : new ArrayList<>(tokens.size());
        for (String token : tokens) {
            EObject target = target(owner, slot, token, line, column);
            if (target != null && !(targets instanceof List && targets.contains(target))) {
                targets.add(target);
            }
        }
        if (!targets.isEmpty()) {
            InternalEList<EObject> list = (InternalEList<EObject>) ((BasicEObjectImpl) owner).eGet(slot.featureId, false, true);
            if (targets.size() == 1) {
                list.addUnique(targets.iterator().next());
            } else {
                list.addAllUnique(targets);
            }
        }
    }

    /** The element {@code token} refers to, or null (reported). */
    private EObject target(EObject owner, Slot slot, String token, int line, int column) {
        String name = slot.feature.getName();
        String id = token;
        int hash = token.indexOf('#');
        if (hash > 0) {
            problem("'" + name + "' refers to '" + token + "' in another file: a plan refers only to its own elements",
                    line, column);
            return null;
        } else if (hash == 0) {
            id = token.substring(1);
        }
        if (id.isEmpty()) {
            return null; // an empty link is no link
        }
        EObject target = ids.get(id);
        if (target == null) {
            problem("'" + name + "' refers to '" + id + "', which no element of the plan has as its id", line, column);
            return null;
        }
        EClass type = slot.referenceType;
        if (!type.isInstance(target)) {
            problem("'" + name + "' of " + describe(owner) + " must refer to " + article(type) + ", but '" + id
                    + "' is " + describe(target), line, column);
            return null;
        }
        return target;
    }

    // ---------------------------------------------------------------- helpers

    private static List<String> tokens(String value) {
        int length = value.length();
        int space = 0;
        while (space < length && !Character.isWhitespace(value.charAt(space))) {
            space++;
        }
        if (space == length) {
            return length == 0 ? List.of() : List.of(value); // one id, the usual case
        }
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < length) {
            while (i < length && Character.isWhitespace(value.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < length && !Character.isWhitespace(value.charAt(i))) {
                i++;
            }
            if (i > start) {
                tokens.add(value.substring(start, i));
            }
        }
        return tokens;
    }

    private String unknown(String what, String name, EClass eClass, boolean element) {
        String known = closest(name, PlanSchema.names(eClass, element));
        return "unknown " + what + " '" + name + "' in " + article(eClass)
                + (known == null ? "" : " (did you mean '" + known + "'?)");
    }

    /** The known name a typo of {@code name} most likely meant (at most two edits away), or null. */
    private static String closest(String name, List<String> known) {
        String best = null;
        int bestDistance = 3;
        for (String candidate : known) {
            int distance = distance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT), bestDistance);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** The edit distance of {@code a} and {@code b}, or {@code limit} when it is at least that. */
    private static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) >= limit || a.length() > 64 || b.length() > 64) {
            return limit;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return Math.min(previous[b.length()], limit);
    }

    private static String computed(String name, EObject object) {
        return "'" + name + "' of " + article(object.eClass()) + " is computed by Tactician and is not stored in a"
                + " plan file: remove it";
    }

    /** E.g. {@code a channel}, {@code an advertising entry}. */
    private static String article(EClass eClass) {
        String words = PlanLabels.type(eClass);
        return ("aeiouAEIOU".indexOf(words.charAt(0)) >= 0 ? "an " : "a ") + words;
    }

    /** An element as messages name it; while reading, its name may still be to come. */
    private static String describe(EObject object) {
        return PlanLabels.of(object);
    }

    private static String prefixOf(String qName) {
        int colon = qName.indexOf(':');
        return colon < 0 ? "" : qName.substring(0, colon + 1);
    }

    private int line() {
        return locator == null ? 0 : Math.max(locator.getLineNumber(), 0);
    }

    private int column() {
        return locator == null ? 0 : Math.max(locator.getColumnNumber(), 0);
    }

    private void problem(String message) {
        problem(message, line(), column());
    }

    private void problem(String message, int line, int column) {
        if (tokenizer != null) {
            throw new PlanTokenizer.Declined(message); // the parser reads the file again and reports it
        }
        problems.add(new ReadProblem(message, location, line, column));
    }

    @SuppressWarnings("unchecked")
    private static InternalEList<EObject> list(EObject owner, Slot slot) {
        return (InternalEList<EObject>) ((BasicEObjectImpl) owner).eGet(slot.featureId, false, true);
    }
}
