package org.tactician.model.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import javax.xml.XMLConstants;

import org.xml.sax.Attributes;

/**
 * The fast path of {@link PlanReader}: reads the UTF-8 bytes of a plan file itself, through a
 * bounded buffer refilled as it advances (a file is never held whole), and hands {@link PlanReader}
 * its elements as the SAX parser would, with names from a table of their own (one string per
 * distinct name, never one per occurrence) and attribute values decoded into one buffer that the
 * reader converts in place, so that most values never become a string.
 *
 * <p>It understands only the XML that plan files are made of: UTF-8 (with or without a byte-order
 * mark and an XML declaration of version 1.0), elements and attributes with ASCII names, namespace
 * declarations, the five predefined entities and character references, comments, processing
 * instructions and white space. Anything else, and anything wrong (malformed XML or UTF-8, a
 * DOCTYPE, a CDATA section, a 0.1.0 plan, any problem the reader finds in the contents), ends the
 * fast path with {@link Declined}: the caller discards what was built and reads the file with the
 * SAX parser, whose problems, lines and columns are the ones plan authors see. So this never
 * accepts what the parser would refuse, and never explains a problem itself.
 *
 * <p>Also the reader's {@link Attributes} of the element being started.
 */
final class PlanTokenizer implements Attributes {

    /** The file is not one the fast path reads: read it with the parser. */
    static final class Declined extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Declined(String reason) {
            super(reason, null, false, false);
        }
    }

    /*
     * The parser's processing limits (jdk.xml.*, in the JDK's conf/jaxp.properties and system
     * properties; Java 25: 1,000 characters a name, 200 attributes an element, 100 levels, and
     * 100,000 predefined entity references in a whole file, which PlanReader lifts where the
     * parser lets it): the fast path stays well inside them, at most half of each, so it never
     * reads a file the parser refuses for one.
     */
    /** Longest name read. */
    private static final int NAME_LIMIT = limit("jdk.xml.maxXMLNameLimit", 256);
    /** Most attributes (namespace declarations included) of an element read. */
    private static final int ATTRIBUTE_LIMIT = limit("jdk.xml.elementAttributeLimit", 64);
    /** Deepest nesting read. */
    private static final int DEPTH_LIMIT = limit("jdk.xml.maxElementDepth", 48);
    /** Most references to the predefined entities ({@code &amp;} ...) in a file read. */
    private static final int ENTITY_LIMIT = Math.min(limit("jdk.xml.maxGeneralEntitySizeLimit", 50_000),
            Math.min(limit("jdk.xml.totalEntitySizeLimit", 50_000), limit("jdk.xml.entityReplacementLimit", 50_000)));
    private static final String XML_NAMESPACE = XMLConstants.XML_NS_URI;
    private static final String XMLNS_NAMESPACE = XMLConstants.XMLNS_ATTRIBUTE_NS_URI;

    /** An element or attribute name as written, and its parts. */
    private static final class Name {
        final byte[] bytes;
        final int hash;
        final String qName;
        final String prefix;
        final String localName;

        Name(byte[] bytes, int hash) {
            this.bytes = bytes;
            this.hash = hash;
            this.qName = new String(bytes, java.nio.charset.StandardCharsets.US_ASCII).intern();
            int colon = qName.indexOf(':');
            this.prefix = colon < 0 ? "" : qName.substring(0, colon).intern();
            this.localName = colon < 0 ? qName : qName.substring(colon + 1).intern();
        }
    }

    /** The bytes read past a refill check at most (a reference, a UTF-8 sequence, a keyword). */
    private static final int LOOKAHEAD = 16;
    /** Bytes a name needs in the buffer: the longest name read and the byte after it. */
    private static final int NAME_WINDOW = NAME_LIMIT + 2;
    /** Bytes kept before the position when the buffer is refilled: {@code ]]} before a {@code >} in text. */
    private static final int BEHIND = 2;
    /** Bytes read from the file at a time, unless the reader is told otherwise. */
    static final int DEFAULT_CHUNK = 64 * 1024;

    private final InputStream source;
    private final int chunk;
    /**
     * The file's bytes from a little before {@link #pos} on: refilled from {@link #source} as the
     * tokenizer advances, so a file is never held whole. At the end of the file {@code NUL}s
     * follow its last byte: XML allows no {@code NUL}, so every step that reads past the end
     * declines the file, as one that reads past a truncated tag must.
     */
    private final byte[] in;
    /** The end of the bytes read into {@link #in}. */
    private int limit;
    /** The position past which fewer than {@link #LOOKAHEAD} bytes are in the buffer; past the end of the file, never. */
    private int refillAt = -1;
    private boolean endOfFile;
    private int pos;
    private final PlanReader reader;
    private int entityReferences;

    private Name[] names = new Name[256];
    private int nameCount;

    /** The namespace bindings in scope, innermost last. */
    private String[] boundPrefixes = new String[16];
    private String[] boundUris = new String[16];
    private int bindings;

    /** The open elements and how many bindings were in scope before each. */
    private Name[] open = new Name[64];
    private int[] bindingMarks = new int[64];
    private int depth;

    /** The attributes of the element being started (namespace declarations excluded). */
    private Name[] attributeNames = new Name[16];
    private String[] attributeUris = new String[16];
    private int[] valueStarts = new int[16];
    private int[] valueLengths = new int[16];
    private int attributeCount;
    /** Every attribute name of the element being started, declarations included, for duplicates. */
    private Name[] written = new Name[16];
    private int writtenCount;
    private char[] chars = new char[1024];
    private int charCount;

    /** Text of an element, for the reader when it holds a value. */
    private char[] text = new char[256];
    private int textLength;

    /** Half the parser's limit set by the system property {@code name}, or {@code fallback} when that is lower or unset. */
    private static int limit(String name, int fallback) {
        try {
            int limit = Integer.parseInt(System.getProperty(name, "0").strip());
            return limit > 0 ? Math.min(fallback, limit / 2) : fallback;
        } catch (NumberFormatException | SecurityException e) {
            return fallback;
        }
    }

    /** Reads {@code source}, {@code chunk} bytes at a time at most (a tiny chunk in the tests of buffer boundaries). */
    PlanTokenizer(InputStream source, int chunk, PlanReader reader) {
        this.source = source;
        this.chunk = Math.max(1, chunk);
        this.in = new byte[BEHIND + NAME_WINDOW + this.chunk + LOOKAHEAD];
        this.reader = reader;
    }

    // ---------------------------------------------------------------- the buffer

    /** Makes {@link #LOOKAHEAD} bytes from {@link #pos} readable: called by every loop before each step. */
    private void ahead() {
        if (pos > refillAt) {
            fill(LOOKAHEAD);
        }
    }

    /** Makes {@code bytes} bytes from {@link #pos} readable (or the end of the file and its {@code NUL}s). */
    private void ensure(int bytes) {
        if (pos + bytes > limit && !endOfFile) {
            fill(bytes);
        }
    }

    private void fill(int bytes) {
        if (endOfFile) {
            return;
        }
        int keep = pos - BEHIND;
        if (keep > 0) {
            System.arraycopy(in, keep, in, 0, limit - keep);
            limit -= keep;
            pos -= keep;
        }
        try {
            while (limit - pos < bytes) {
                int read = source.read(in, limit, Math.min(chunk, in.length - LOOKAHEAD - limit));
                if (read < 0) {
                    endOfFile = true;
                    java.util.Arrays.fill(in, limit, limit + LOOKAHEAD, (byte) 0);
                    refillAt = Integer.MAX_VALUE;
                    return;
                }
                limit += read;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        refillAt = limit - LOOKAHEAD;
    }

    /** Whether every byte of the file has been read. */
    private boolean atEnd() {
        ensure(1);
        return endOfFile && pos >= limit;
    }

    /**
     * Reads the whole file into the reader.
     *
     * @throws Declined when the file is for the parser to read (any runtime exception means the same)
     */
    void read() {
        ahead();
        if ((in[0] & 0xFF) == 0xEF && (in[1] & 0xFF) == 0xBB && (in[2] & 0xFF) == 0xBF) {
            pos = 3;
        }
        if (startsWith("<?xml") && isSpace(in[pos + 5])) {
            declaration();
        }
        misc();
        if (in[pos] != '<' || !isNameStart(in[pos + 1])) {
            throw new Declined("no root element");
        }
        pos++;
        startTag();
        while (depth > 0) {
            content();
        }
        misc();
        if (!atEnd()) {
            throw new Declined("content after the root element");
        }
        reader.endDocument();
    }

    // ---------------------------------------------------------------- prolog and epilog

    private void declaration() {
        pos += 5;
        requireSpace();
        expect("version");
        equals();
        String version = quoted();
        if (!version.equals("1.0")) {
            throw new Declined("XML version " + version);
        }
        int space = spaces();
        if (space > 0 && startsWith("encoding")) {
            pos += 8;
            equals();
            if (!quoted().equalsIgnoreCase("UTF-8")) {
                throw new Declined("an encoding other than UTF-8");
            }
            space = spaces();
        }
        if (space > 0 && startsWith("standalone")) {
            pos += 10;
            equals();
            String standalone = quoted();
            if (!standalone.equals("yes") && !standalone.equals("no")) {
                throw new Declined("standalone " + standalone);
            }
            spaces();
        }
        expect("?>");
    }

    private void equals() {
        spaces();
        expect("=");
        spaces();
    }

    /** A quoted ASCII word of the declaration. */
    private String quoted() {
        byte quote = in[pos];
        if (quote != '"' && quote != '\'') {
            throw new Declined("unquoted");
        }
        pos++;
        StringBuilder word = new StringBuilder();
        while (true) {
            ahead();
            byte b = in[pos];
            if (b == quote) {
                break;
            }
            if (!(b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '-' || b == '.' || b == '_')) {
                throw new Declined("odd declaration");
            }
            word.append((char) b);
            pos++;
        }
        pos++;
        return word.toString();
    }

    /** White space, comments and processing instructions, before and after the root element. */
    private void misc() {
        while (true) {
            ahead();
            byte b = in[pos];
            if (isSpace(b)) {
                pos++;
            } else if (b == '<' && in[pos + 1] == '!' && startsWith("<!--")) {
                comment();
            } else if (b == '<' && in[pos + 1] == '?') {
                instruction();
            } else {
                return;
            }
        }
    }

    private void comment() {
        pos += 4;
        while (true) {
            ahead();
            byte b = in[pos];
            if (b == '-' && in[pos + 1] == '-') {
                if (in[pos + 2] != '>') {
                    throw new Declined("-- in a comment");
                }
                pos += 3;
                return;
            }
            skipCharacter(b);
        }
    }

    private void instruction() {
        pos += 2;
        Name target = name();
        if (target.qName.indexOf(':') >= 0 || target.qName.equalsIgnoreCase("xml")) {
            throw new Declined("reserved processing instruction");
        }
        if (in[pos] == '?' && in[pos + 1] == '>') {
            pos += 2;
            return;
        }
        requireSpace();
        while (true) {
            ahead();
            if (in[pos] == '?' && in[pos + 1] == '>') {
                break;
            }
            skipCharacter(in[pos]);
        }
        pos += 2;
    }

    // ---------------------------------------------------------------- elements

    /** What follows the start of an element: text, child elements, comments, up to and including one end tag. */
    private void content() {
        textLength = 0;
        boolean keep = reader.wantsText();
        while (true) {
            ahead();
            byte b = in[pos];
            if (b == '<') {
                byte next = in[pos + 1];
                if (next == '/') {
                    flushText(keep);
                    endTag();
                    return;
                } else if (next == '!') {
                    if (!startsWith("<!--")) {
                        throw new Declined("CDATA or a declaration");
                    }
                    comment();
                } else if (next == '?') {
                    instruction();
                } else {
                    flushText(keep);
                    pos++;
                    startTag();
                    return;
                }
            } else if (b == '&') {
                pos++;
                int c = reference();
                if (keep) {
                    appendText(c);
                }
            } else if (b >= 0x20 && b != '>') {
                pos++;
                if (keep) {
                    appendText(b);
                }
            } else if (b == '\n' || b == '\t') {
                pos++;
                if (keep) {
                    appendText(b);
                }
            } else if (b == '\r') {
                pos++;
                if (in[pos] == '\n') {
                    pos++;
                }
                if (keep) {
                    appendText('\n');
                }
            } else if (b == '>') {
                if (pos >= 2 && in[pos - 1] == ']' && in[pos - 2] == ']') {
                    throw new Declined("]]> in text");
                }
                pos++;
                if (keep) {
                    appendText('>');
                }
            } else if (b < 0) {
                int c = multiByte();
                if (keep) {
                    appendText(c);
                }
            } else {
                throw new Declined("a control character");
            }
        }
    }

    private void flushText(boolean keep) {
        if (keep && textLength > 0) {
            reader.characters(text, 0, textLength);
        }
        textLength = 0;
    }

    /** A start tag, after its {@code <}. */
    private void startTag() {
        Name element = name();
        attributeCount = 0;
        writtenCount = 0;
        charCount = 0;
        int mark = bindings;
        boolean empty;
        while (true) {
            int space = spaces();
            byte b = in[pos];
            if (b == '>') {
                pos++;
                empty = false;
                break;
            } else if (b == '/') {
                if (in[pos + 1] != '>') {
                    throw new Declined("/ without >");
                }
                pos += 2;
                empty = true;
                break;
            } else if (space == 0) {
                throw new Declined("no space before an attribute");
            }
            attribute();
        }
        String uri = namespace(element.prefix);
        if (uri == null || element.prefix == "xmlns" || PlanMigration.LEGACY_NAMESPACE.equals(uri)) {
            throw new Declined("an unbound prefix or a 0.1.0 plan");
        }
        for (int i = 0; i < attributeCount; i++) {
            String prefix = attributeNames[i].prefix;
            String attributeUri = prefix.isEmpty() ? "" : prefix == "xml" ? null : namespace(prefix);
            if (attributeUri == null) {
                throw new Declined("an unbound or xml prefix of an attribute");
            }
            attributeUris[i] = attributeUri;
            for (int j = 0; j < i; j++) {
                if (attributeNames[j].localName == attributeNames[i].localName && attributeUris[j].equals(attributeUri)) {
                    throw new Declined("an attribute twice");
                }
            }
        }
        for (int i = mark; i < bindings; i++) {
            reader.startPrefixMapping(boundPrefixes[i], boundUris[i]);
        }
        reader.startElement(uri, element.localName, element.qName, this);
        if (empty) {
            reader.endElement(uri, element.localName, element.qName);
            bindings = mark;
        } else {
            if (depth == DEPTH_LIMIT) {
                throw new Declined("deep nesting");
            }
            if (depth == open.length) {
                open = java.util.Arrays.copyOf(open, depth * 2);
                bindingMarks = java.util.Arrays.copyOf(bindingMarks, depth * 2);
            }
            open[depth] = element;
            bindingMarks[depth] = mark;
            depth++;
        }
    }

    /** An end tag, at its {@code </}. */
    private void endTag() {
        pos += 2;
        Name element = name();
        spaces();
        expect(">");
        depth--;
        if (open[depth] != element) {
            throw new Declined("a mismatched end tag");
        }
        open[depth] = null;
        bindings = bindingMarks[depth];
        reader.endElement(null, element.localName, element.qName);
    }

    /** One attribute, at its name. */
    private void attribute() {
        Name name = name();
        for (int i = 0; i < writtenCount; i++) {
            if (written[i] == name) {
                throw new Declined("an attribute twice");
            }
        }
        if (writtenCount == ATTRIBUTE_LIMIT) {
            throw new Declined("many attributes");
        }
        if (writtenCount == written.length) {
            written = java.util.Arrays.copyOf(written, writtenCount * 2);
        }
        written[writtenCount++] = name;
        equals();
        byte quote = in[pos];
        if (quote != '"' && quote != '\'') {
            throw new Declined("an unquoted attribute");
        }
        pos++;
        int start = charCount;
        value(quote);
        if (name.qName == "xmlns") {
            bind("", new String(chars, start, charCount - start));
            charCount = start;
        } else if (name.prefix == "xmlns") {
            String uri = new String(chars, start, charCount - start);
            if (uri.isEmpty() || name.localName == "xml" || name.localName == "xmlns") {
                throw new Declined("a reserved or empty namespace declaration");
            }
            bind(name.localName, uri);
            charCount = start;
        } else {
            if (attributeCount == attributeNames.length) {
                int capacity = attributeCount * 2;
                attributeNames = java.util.Arrays.copyOf(attributeNames, capacity);
                attributeUris = java.util.Arrays.copyOf(attributeUris, capacity);
                valueStarts = java.util.Arrays.copyOf(valueStarts, capacity);
                valueLengths = java.util.Arrays.copyOf(valueLengths, capacity);
            }
            attributeNames[attributeCount] = name;
            valueStarts[attributeCount] = start;
            valueLengths[attributeCount] = charCount - start;
            attributeCount++;
        }
    }

    private void bind(String prefix, String uri) {
        if (uri.equals(XML_NAMESPACE) || uri.equals(XMLNS_NAMESPACE)) {
            throw new Declined("a reserved namespace");
        }
        if (bindings == boundPrefixes.length) {
            boundPrefixes = java.util.Arrays.copyOf(boundPrefixes, bindings * 2);
            boundUris = java.util.Arrays.copyOf(boundUris, bindings * 2);
        }
        boundPrefixes[bindings] = prefix;
        boundUris[bindings] = uri;
        bindings++;
    }

    /** The namespace {@code prefix} is bound to, "" for no namespace, or null when it is not bound. */
    private String namespace(String prefix) {
        for (int i = bindings - 1; i >= 0; i--) {
            if (boundPrefixes[i] == prefix) {
                return boundUris[i];
            }
        }
        return prefix.isEmpty() ? "" : null;
    }

    /** An attribute's value up to its closing {@code quote}, normalised, into {@link #chars}. */
    private void value(byte quote) {
        while (true) {
            ahead();
            byte b = in[pos];
            if (b == quote) {
                pos++;
                return;
            }
            if (charCount + 2 > chars.length) {
                chars = java.util.Arrays.copyOf(chars, chars.length * 2);
            }
            if (b >= 0x20) {
                if (b == '<') {
                    throw new Declined("< in an attribute");
                } else if (b == '&') {
                    pos++;
                    charCount = put(chars, charCount, reference());
                } else {
                    chars[charCount++] = (char) b;
                    pos++;
                }
            } else if (b == '\t' || b == '\n') {
                chars[charCount++] = ' ';
                pos++;
            } else if (b == '\r') {
                chars[charCount++] = ' ';
                pos++;
                if (in[pos] == '\n') {
                    pos++;
                }
            } else if (b < 0) {
                charCount = put(chars, charCount, multiByte());
            } else {
                throw new Declined("a control character");
            }
        }
    }

    // ---------------------------------------------------------------- characters

    /** A character or entity reference, after its {@code &}: its character. */
    private int reference() {
        int c;
        if (in[pos] == '#') {
            pos++;
            int digits = 0;
            c = 0;
            if (in[pos] == 'x') {
                pos++;
                while (in[pos] != ';') {
                    int digit = Character.digit(in[pos], 16);
                    if (digit < 0 || ++digits > 6) {
                        throw new Declined("an odd character reference");
                    }
                    c = c * 16 + digit;
                    pos++;
                }
            } else {
                while (in[pos] != ';') {
                    byte b = in[pos];
                    if (b < '0' || b > '9' || ++digits > 7) {
                        throw new Declined("an odd character reference");
                    }
                    c = c * 10 + b - '0';
                    pos++;
                }
            }
            if (digits == 0 || !isXmlCharacter(c)) {
                throw new Declined("an odd character reference");
            }
            pos++;
            return c;
        }
        if (++entityReferences > ENTITY_LIMIT) {
            throw new Declined("many entity references");
        }
        if (startsWith("lt;")) {
            c = '<';
        } else if (startsWith("gt;")) {
            c = '>';
        } else if (startsWith("amp;")) {
            c = '&';
        } else if (startsWith("quot;")) {
            c = '"';
        } else if (startsWith("apos;")) {
            c = '\'';
        } else {
            throw new Declined("an entity reference");
        }
        while (in[pos++] != ';') {
            // past the name and its ';'
        }
        return c;
    }

    /** The character of the UTF-8 sequence at {@link #pos} (its first byte is not ASCII), strictly decoded. */
    private int multiByte() {
        int b0 = in[pos] & 0xFF;
        int c;
        int length;
        int minimum;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            c = b0 & 0x1F;
            length = 2;
            minimum = 0x80;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            c = b0 & 0x0F;
            length = 3;
            minimum = 0x800;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            c = b0 & 0x07;
            length = 4;
            minimum = 0x10000;
        } else {
            throw new Declined("malformed UTF-8");
        }
        for (int i = 1; i < length; i++) {
            int b = in[pos + i] & 0xFF;
            if ((b & 0xC0) != 0x80) {
                throw new Declined("malformed UTF-8");
            }
            c = c << 6 | b & 0x3F;
        }
        if (c < minimum || !isXmlCharacter(c)) {
            throw new Declined("malformed UTF-8 or a character XML does not allow");
        }
        pos += length;
        return c;
    }

    /** Past one character of a comment or instruction, checked as {@link #content} checks text. */
    private void skipCharacter(byte b) {
        if (b >= 0x20 || b == '\n' || b == '\t' || b == '\r') {
            pos++;
        } else if (b < 0) {
            multiByte();
        } else {
            throw new Declined("a control character");
        }
    }

    private static boolean isXmlCharacter(int c) {
        return c >= 0x20 && c <= 0xD7FF || c == 0x9 || c == 0xA || c == 0xD || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }

    /** Puts {@code c} (one or two UTF-16 units) at {@code at}; returns the next free index. */
    private static int put(char[] buffer, int at, int c) {
        if (c < 0x10000) {
            buffer[at] = (char) c;
            return at + 1;
        }
        buffer[at] = Character.highSurrogate(c);
        buffer[at + 1] = Character.lowSurrogate(c);
        return at + 2;
    }

    private void appendText(int c) {
        if (textLength + 2 > text.length) {
            text = java.util.Arrays.copyOf(text, text.length * 2);
        }
        textLength = put(text, textLength, c);
    }

    // ---------------------------------------------------------------- names

    /** The name at {@link #pos}: ASCII letters, digits, {@code . - _} and at most one colon inside. */
    private Name name() {
        ensure(NAME_WINDOW); // no refill inside a name: start stays where it is in the buffer
        int start = pos;
        if (!isNameStart(in[pos])) {
            throw new Declined("a name the fast path does not read");
        }
        int hash = 0;
        int colon = -1;
        int tooLong = start + NAME_LIMIT + 1;
        while (true) {
            if (pos == tooLong) {
                throw new Declined("a long name");
            }
            byte b = in[pos];
            if (b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '-' || b == '.' || b == '_') {
                hash = 31 * hash + b;
                pos++;
            } else if (b == ':' && colon < 0) {
                colon = pos;
                hash = 31 * hash + b;
                pos++;
                if (!isNameStart(in[pos])) {
                    throw new Declined("an odd qualified name");
                }
            } else if (b < 0 || b == ':') {
                throw new Declined("a name the fast path does not read");
            } else {
                break;
            }
        }
        int length = pos - start;
        int mask = names.length - 1;
        int i = (hash ^ hash >>> 16) & mask;
        for (Name known; (known = names[i]) != null; i = (i + 1) & mask) {
            if (known.hash == hash && isAt(known.bytes, start, length)) {
                return known;
            }
        }
        Name name = new Name(java.util.Arrays.copyOfRange(in, start, pos), hash);
        names[i] = name;
        if (++nameCount * 2 > names.length) {
            rehashNames();
        }
        return name;
    }

    /** Whether {@code bytes} are the {@code length} bytes of the file at {@code start} (a short name: no vectorised compare). */
    private boolean isAt(byte[] bytes, int start, int length) {
        if (bytes.length != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (bytes[i] != in[start + i]) {
                return false;
            }
        }
        return true;
    }

    private void rehashNames() {
        Name[] old = names;
        names = new Name[old.length * 2];
        int mask = names.length - 1;
        for (Name name : old) {
            if (name != null) {
                int i = (name.hash ^ name.hash >>> 16) & mask;
                while (names[i] != null) {
                    i = (i + 1) & mask;
                }
                names[i] = name;
            }
        }
    }

    private static boolean isNameStart(byte b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '_';
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\t' || b == '\r';
    }

    private int spaces() {
        int count = 0;
        while (true) {
            ahead();
            if (!isSpace(in[pos])) {
                return count;
            }
            pos++;
            count++;
        }
    }

    private void requireSpace() {
        if (spaces() == 0) {
            throw new Declined("no space");
        }
    }

    private boolean startsWith(String ascii) {
        ensure(ascii.length());
        for (int i = 0; i < ascii.length(); i++) {
            if (in[pos + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void expect(String ascii) {
        if (!startsWith(ascii)) {
            throw new Declined("expected " + ascii);
        }
        pos += ascii.length();
    }

    // ---------------------------------------------------------------- the element's attributes

    /** The buffer that holds the values of the element's attributes. */
    char[] chars() {
        return chars;
    }

    int valueStart(int index) {
        return valueStarts[index];
    }

    int valueLength(int index) {
        return valueLengths[index];
    }

    @Override
    public int getLength() {
        return attributeCount;
    }

    @Override
    public String getURI(int index) {
        return index >= 0 && index < attributeCount ? attributeUris[index] : null;
    }

    @Override
    public String getLocalName(int index) {
        return index >= 0 && index < attributeCount ? attributeNames[index].localName : null;
    }

    @Override
    public String getQName(int index) {
        return index >= 0 && index < attributeCount ? attributeNames[index].qName : null;
    }

    @Override
    public String getType(int index) {
        return index >= 0 && index < attributeCount ? "CDATA" : null;
    }

    @Override
    public String getValue(int index) {
        return index >= 0 && index < attributeCount ? new String(chars, valueStarts[index], valueLengths[index]) : null;
    }

    @Override
    public int getIndex(String uri, String localName) {
        for (int i = 0; i < attributeCount; i++) {
            if (attributeNames[i].localName.equals(localName) && attributeUris[i].equals(uri)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int getIndex(String qName) {
        for (int i = 0; i < attributeCount; i++) {
            if (attributeNames[i].qName.equals(qName)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String getType(String uri, String localName) {
        return getType(getIndex(uri, localName));
    }

    @Override
    public String getType(String qName) {
        return getType(getIndex(qName));
    }

    @Override
    public String getValue(String uri, String localName) {
        int index = getIndex(uri, localName);
        return index < 0 ? null : getValue(index);
    }

    @Override
    public String getValue(String qName) {
        int index = getIndex(qName);
        return index < 0 ? null : getValue(index);
    }
}
