package org.dequantlab.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The one way DequantLab reads JSON, for configurations and experiment files alike, so a file is
 * accepted or refused for the same reasons whichever reader gets it:
 * <ul>
 * <li>UTF-8 text only. A leading UTF-8 byte-order mark is skipped (Windows Notepad writes one); UTF-16,
 * UTF-32, bytes that are not UTF-8 and NUL bytes are refused with their line and column.</li>
 * <li>Exactly one JSON value; anything after it is refused. Duplicate keys are refused.</li>
 * <li>{@code NaN} and {@code Infinity} are read, so that the field they sit in can be named in the
 * message that refuses them. Decimals are kept exactly (BigDecimal), so a message can show a number as
 * it was written ({@code 1e-400}, not the {@code 0.0} it rounds to).</li>
 * <li>Limits: {@link #MAX_BYTES} bytes, {@link #MAX_DEPTH} levels, strings of {@link #MAX_STRING}
 * characters, numbers of {@link #MAX_NUMBER} characters, keys of {@link #MAX_NAME} characters,
 * {@link #MAX_TOKENS} tokens in a document and {@link #MAX_VALUE_TOKENS} in any one value read whole
 * (a configuration, a change, a history record). Memory stays a small multiple of the file's size.</li>
 * </ul>
 * Every failure is an {@link InvalidJsonException} with one line such as
 * {@code invalid JSON at line 3, column 7: Duplicate field 'seed'}, never the parser's internals.
 */
public final class StrictJson {
    /** The largest file read, in bytes (an experiment with its full history is a few MB). */
    public static final long MAX_BYTES = 32L << 20;
    /** The deepest nesting of arrays and objects (an experiment file needs 5). */
    public static final int MAX_DEPTH = 16;
    /** The longest string, in characters. */
    public static final int MAX_STRING = 10_000;
    /** The longest number, in characters. */
    public static final int MAX_NUMBER = 100;
    /** The longest key, in characters. */
    public static final int MAX_NAME = 1_000;
    /** The most tokens (keys, values, brackets) in one document. */
    public static final long MAX_TOKENS = 4_000_000;
    /** The most tokens in one value read whole (a configuration needs about 50, a history record a few hundred). */
    public static final int MAX_VALUE_TOKENS = 20_000;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING)
                    .maxNumberLength(MAX_NUMBER)
                    .maxNameLength(MAX_NAME)
                    .maxDocumentLength(MAX_BYTES)
                    .maxTokenCount(MAX_TOKENS)
                    .build())
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private StrictJson() {}

    /**
     * Checks the text and reads the whole document as one value.
     *
     * @throws InvalidJsonException if the text breaks any rule above, or is empty
     */
    public static JsonNode readTree(byte[] utf8) throws InvalidJsonException {
        try (Reader r = reader(utf8)) {
            if (r.next() == null) {
                throw new InvalidJsonException("the text is empty; expected a JSON object {...}");
            }
            JsonNode root = r.value();
            r.end();
            return root;
        }
    }

    /** Checks the text and returns a reader positioned before the first token. */
    public static Reader reader(byte[] utf8) throws InvalidJsonException {
        int start = checkText(utf8);
        try {
            return new Reader(FACTORY.createParser(utf8, start, utf8.length - start));
        } catch (IOException e) {
            throw translate(e, null);
        }
    }

    /**
     * Checks that {@code bytes} are UTF-8 without NUL bytes.
     *
     * @return where the JSON starts (3 after a UTF-8 byte-order mark, else 0)
     */
    static int checkText(byte[] bytes) throws InvalidJsonException {
        int n = bytes.length;
        if (n >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            throw new InvalidJsonException("the text is UTF-16; save it as UTF-8");
        }
        int start = n >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, n - start);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            int before = in.position();
            CoderResult r = decoder.decode(in, out, true);
            out.flip();
            for (int i = 0; i < out.limit(); i++) {
                if (out.get(i) == 0) {
                    int at = nulPosition(bytes, before);
                    throw new InvalidJsonException(where(bytes, start, at) + ": a NUL byte; this is not JSON text");
                }
            }
            out.clear();
            if (r.isError()) {
                throw new InvalidJsonException(where(bytes, start, in.position())
                        + ": bytes that are not UTF-8 text; save the file as UTF-8");
            }
            if (r.isUnderflow()) {
                return start;
            }
        }
    }

    private static int nulPosition(byte[] b, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == 0) {
                return i;
            }
        }
        return from;
    }

    /** "invalid JSON at line L, column C" for a byte offset. */
    private static String where(byte[] b, int start, int offset) {
        int line = 1;
        int lineStart = start;
        for (int i = start; i < offset && i < b.length; i++) {
            if (b[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return "invalid JSON at line " + line + ", column " + (offset - lineStart + 1);
    }

    /** A parser failure as one plain line, with its line and column. */
    static InvalidJsonException translate(IOException e, JsonParser p) {
        if (e instanceof InvalidJsonException i) {
            return i;
        }
        String what;
        if (e instanceof StreamConstraintsException) {
            String m = String.valueOf(((JsonProcessingException) e).getOriginalMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("nesting depth")) {
                what = "nested deeper than " + MAX_DEPTH + " levels";
            } else if (m.contains("string value length")) {
                what = "a string is longer than " + MAX_STRING + " characters";
            } else if (m.contains("number value length")) {
                what = "a number is longer than " + MAX_NUMBER + " characters";
            } else if (m.contains("name length")) {
                what = "a key is longer than " + MAX_NAME + " characters";
            } else if (m.contains("token count")) {
                what = "more than " + MAX_TOKENS + " values; a DequantLab file holds far fewer";
            } else if (m.contains("document length")) {
                what = "the text is longer than " + MAX_BYTES + " bytes";
            } else {
                what = "the text is over a reading limit";
            }
        } else if (e instanceof JsonProcessingException j) {
            what = plain(j.getOriginalMessage());
        } else {
            what = plain(e.getMessage());
        }
        JsonLocation at = e instanceof JsonProcessingException j ? j.getLocation() : null;
        if ((at == null || at.getLineNr() < 0) && p != null) {
            at = p.currentLocation();
        }
        if (at == null || at.getLineNr() < 0) {
            return new InvalidJsonException("invalid JSON: " + what);
        }
        return new InvalidJsonException("invalid JSON at line " + at.getLineNr() + ", column " + at.getColumnNr()
                + ": " + what);
    }

    /** The first line of a parser message without where it came from or which feature refused it. */
    private static String plain(String m) {
        if (m == null || m.isBlank()) {
            return "syntax error";
        }
        String s = m.strip();
        int nl = s.indexOf('\n');
        if (nl >= 0) {
            s = s.substring(0, nl);
        }
        for (String cut : new String[] {" (start marker at", "[Source:", " (for ", "; not allowed as per",
            ": not allowed as per"}) {
            int i = s.indexOf(cut);
            if (i >= 0) {
                s = s.substring(0, i);
            }
        }
        s = s.replaceAll("`[^`]*`", "").replaceAll("\\s+", " ").strip();
        return s.isEmpty() ? "syntax error" : s;
    }

    /**
     * Reads a document token by token (for files whose lists are long and are checked entry by entry),
     * and single values whole. All failures come as {@link InvalidJsonException}s.
     */
    public static final class Reader implements AutoCloseable {
        private final JsonParser p;

        Reader(JsonParser p) {
            this.p = p;
        }

        /** The next token, or null at the end of the text. */
        public JsonToken next() throws InvalidJsonException {
            try {
                return p.nextToken();
            } catch (IOException e) {
                throw translate(e, p);
            }
        }

        /** The current token. */
        public JsonToken token() {
            return p.currentToken();
        }

        /** The key of the current {@code FIELD_NAME} token. */
        public String name() throws InvalidJsonException {
            try {
                return p.currentName();
            } catch (IOException e) {
                throw translate(e, p);
            }
        }

        /** "line L, column C" of the current token, for messages. */
        public String location() {
            JsonLocation at = p.currentTokenLocation();
            return "line " + at.getLineNr() + ", column " + at.getColumnNr();
        }

        /**
         * Reads the value that starts at the current token, whole, as a tree; afterwards the current
         * token is its last one.
         *
         * @throws InvalidJsonException if it holds more than {@link #MAX_VALUE_TOKENS} tokens
         */
        public JsonNode value() throws InvalidJsonException {
            try {
                return build(new int[] {MAX_VALUE_TOKENS});
            } catch (IOException e) {
                throw translate(e, p);
            }
        }

        /** Skips the value that starts at the current token. */
        public void skip() throws InvalidJsonException {
            try {
                p.skipChildren();
            } catch (IOException e) {
                throw translate(e, p);
            }
        }

        /** Checks that nothing but white space follows the value just read. */
        public void end() throws InvalidJsonException {
            String at = null;
            try {
                JsonToken t = p.nextToken();
                if (t != null) {
                    at = location();
                }
            } catch (IOException e) {
                throw translate(e, p);
            }
            if (at != null) {
                throw new InvalidJsonException("invalid JSON at " + at + ": more text after the end of the JSON value");
            }
        }

        private JsonNode build(int[] budget) throws IOException {
            if (--budget[0] < 0) {
                throw new InvalidJsonException("invalid JSON at " + location() + ": one value holds more than "
                        + MAX_VALUE_TOKENS + " parts; a DequantLab file needs far fewer");
            }
            JsonToken t = p.currentToken();
            if (t == null) {
                throw new InvalidJsonException("invalid JSON: the text ends too early");
            }
            switch (t) {
                case START_OBJECT -> {
                    ObjectNode o = NODES.objectNode();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        p.nextToken();
                        budget[0]--;
                        o.set(name, build(budget));
                    }
                    return o;
                }
                case START_ARRAY -> {
                    ArrayNode a = NODES.arrayNode();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        a.add(build(budget));
                    }
                    return a;
                }
                case VALUE_STRING -> {
                    return NODES.textNode(p.getText());
                }
                case VALUE_NUMBER_INT -> {
                    return switch (p.getNumberType()) {
                        case INT -> NODES.numberNode(p.getIntValue());
                        case LONG -> NODES.numberNode(p.getLongValue());
                        default -> NODES.numberNode(p.getBigIntegerValue());
                    };
                }
                case VALUE_NUMBER_FLOAT -> {
                    return p.isNaN() ? NODES.numberNode(p.getDoubleValue()) : NODES.numberNode(p.getDecimalValue());
                }
                case VALUE_TRUE, VALUE_FALSE -> {
                    return NODES.booleanNode(t == JsonToken.VALUE_TRUE);
                }
                case VALUE_NULL -> {
                    return NODES.nullNode();
                }
                default -> throw new InvalidJsonException("invalid JSON at " + location() + ": unexpected " + t);
            }
        }

        @Override
        public void close() {
            try {
                p.close();
            } catch (IOException e) {
                // nothing to release: the parser reads a byte array
            }
        }
    }
}
