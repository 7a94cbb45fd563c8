package io.ledgerlint.testsupport;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeded mutations of a PDF's bytes for fuzz tests of whatever reads PDFs. A mutant depends only on the original
 * bytes and its seed ({@link Random} is specified bit for bit), so a failing case replays from the seed printed with
 * it. The mutations aim where PDF readers break: where the file ends, the object structure, the framing of streams,
 * and nesting depth. They work on the bytes alone (no PDF library), finding objects and streams the way a lenient
 * reader's recovery scan does; on a file without such structure they degrade to byte flips.
 */
public final class PdfMutants {

    /** What was done to the bytes. */
    public enum Kind {
        /** Cut at a random offset; half of the time {@code %%EOF} is appended again, so that cheap end checks pass. */
        TRUNCATE,
        /** A few bytes replaced or bits flipped: anywhere, or only outside stream data (the PDF syntax itself). */
        FLIP_BYTES,
        /** An {@code N G obj … endobj} block copied elsewhere under its own number, or over another object. */
        DUPLICATE_OBJECT,
        /** Bytes inside a {@code stream … endstream} replaced, cut out or added, its /Length or endstream wrong. */
        CORRUPT_STREAM,
        /** Arrays or dictionaries nested thousands deep, in an object or in an unfiltered content stream. */
        DEEP_NESTING,
        /**
         * The page tree rewritten by an incremental update: thousands of /Pages nodes deep, cyclic, listing its pages
         * many times over, or a page hung below a /Parent chain thousands of nodes long.
         */
        PAGE_TREE,
        /** Two or three of the others, one after the other. */
        COMBINED
    }

    /** A mutated PDF; {@link #toString()} says how to make it again. */
    public record Mutant(Kind kind, long seed, String detail, byte[] bytes) {

        @Override
        public String toString() {
            return kind + " seed=" + seed + " (" + detail + "; " + bytes.length + " bytes)";
        }
    }

    private static final Kind[] WEIGHTED = weighted();
    /** At most this much text of repeated /Kids entries. */
    private static final int MAX_KIDS_BYTES = 1 << 20;
    /** White space between PDF tokens. */
    private static final String S = "[ \\t\\r\\n]";
    private static final Pattern OBJECT_HEADER =
            Pattern.compile("(?<![0-9])(\\d{1,7})" + S + "+(\\d{1,5})" + S + "+obj\\b");
    private static final Pattern LENGTH =
            Pattern.compile("/Length" + S + "*(?:\\d+" + S + "+\\d+" + S + "+R|[-+]?\\d+)");
    /** Group 1: the reference, group 2: the object number. */
    private static final Pattern ROOT = Pattern.compile("/Root" + S + "*((\\d+)" + S + "+\\d+" + S + "+R)");
    private static final Pattern PARENT = Pattern.compile("/Parent" + S + "*\\d+" + S + "+\\d+" + S + "+R");
    private static final Pattern PAGES = Pattern.compile("/Pages" + S + "*(\\d+)" + S + "+\\d+" + S + "+R");
    private static final Pattern KIDS = Pattern.compile("/Kids" + S + "*\\[([^\\]]*)\\]");
    private static final Pattern COUNT = Pattern.compile("/Count" + S + "*(\\d+)");
    private static final Pattern SIZE = Pattern.compile("/Size" + S + "*(\\d+)");
    private static final Pattern STARTXREF = Pattern.compile("startxref" + S + "*(\\d+)");
    private static final Pattern LEAF_PAGE = Pattern.compile("/Type" + S + "*/Page(?![a-zA-Z])");
    /** Content-stream tokens that make parsers change state: arrays, strings, dictionaries, inline images. */
    private static final String[] CONTENT_TOKENS = {"[", "]", "<<", ">>", "(", ")", "<", ">", "{", "}", "BT", "ET",
        "q", "Q", "Tj", "TJ", "Tf", "Do", "cm", "re", "BI", "ID", "EI", "/F1", "/Fx", "1e99999", "-", "%", "\\",
        "9999999999", "0.0.0", "<00>", "(\\", "BDC", "EMC"};

    private PdfMutants() {
    }

    /** A mutant of {@code pdf} whose kind, like everything else about it, follows from {@code seed}. */
    public static Mutant mutate(byte[] pdf, long seed) {
        return mutate(pdf, WEIGHTED[new Random(seed).nextInt(WEIGHTED.length)], seed);
    }

    /** A mutant of the given kind; for any seed, the same as {@link #mutate(byte[], long)} if that picks this kind. */
    public static Mutant mutate(byte[] pdf, Kind kind, long seed) {
        if (pdf.length < 2) {
            throw new IllegalArgumentException("nothing to mutate in " + pdf.length + " bytes");
        }
        Random random = new Random(seed);
        random.nextInt(WEIGHTED.length); // the draw mutate(pdf, seed) spends on the kind: both make the same mutant
        return kind == Kind.COMBINED ? combined(pdf, seed, random) : apply(pdf, kind, seed, random);
    }

    private static Mutant combined(byte[] pdf, long seed, Random random) {
        int steps = 2 + random.nextInt(2);
        byte[] bytes = pdf;
        List<String> details = new ArrayList<>();
        for (int i = 0; i < steps && bytes.length >= 2; i++) {
            Kind step = Kind.values()[random.nextInt(Kind.COMBINED.ordinal())];
            Mutant mutant = apply(bytes, step, seed, new Random(random.nextLong()));
            bytes = mutant.bytes();
            details.add(mutant.kind() + ": " + mutant.detail());
        }
        return new Mutant(Kind.COMBINED, seed, String.join(" + ", details), bytes);
    }

    /** Applies {@code kind}; a structural kind the file has no structure for falls back to byte flips. */
    private static Mutant apply(byte[] pdf, Kind kind, long seed, Random random) {
        Structure structure = new Structure(pdf);
        Edit edit = switch (kind) {
            case TRUNCATE -> truncate(structure, random);
            case FLIP_BYTES -> flipBytes(structure, random);
            case DUPLICATE_OBJECT -> duplicateObject(structure, random);
            case CORRUPT_STREAM -> corruptStream(structure, random);
            case DEEP_NESTING -> deepNesting(structure, random);
            case PAGE_TREE -> pageTree(structure, random);
            case COMBINED -> throw new IllegalArgumentException("COMBINED is not a single step");
        };
        if (edit == null) {
            Edit flipped = flipBytes(structure, random);
            return new Mutant(Kind.FLIP_BYTES, seed, kind + " not applicable, " + flipped.detail(), flipped.bytes());
        }
        return new Mutant(kind, seed, edit.detail(), edit.bytes());
    }

    private record Edit(String detail, byte[] bytes) {
    }

    // ---- the mutations -------------------------------------------------------------------------------------------

    private static Edit truncate(Structure pdf, Random random) {
        int length = pdf.bytes.length;
        // A quarter of the cuts fall into the last KiB: the cross-reference table and trailer.
        int cut = random.nextInt(4) == 0 ? Math.max(1, length - 1 - random.nextInt(Math.min(1024, length - 1)))
                : 1 + random.nextInt(length - 1);
        boolean endMarker = random.nextBoolean();
        byte[] bytes = Arrays.copyOf(pdf.bytes, cut);
        return new Edit("cut at " + cut + " of " + length + (endMarker ? ", %%EOF appended" : ""),
                endMarker ? concat(bytes, ascii("\n%%EOF\n")) : bytes);
    }

    private static Edit flipBytes(Structure pdf, Random random) {
        byte[] bytes = pdf.bytes.clone();
        int count = 1 + random.nextInt(random.nextBoolean() ? 4 : 64);
        boolean syntaxOnly = random.nextBoolean() && !pdf.streams.isEmpty();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int at = random.nextInt(bytes.length);
            for (int tries = 0; syntaxOnly && pdf.inStreamData(at) && tries < 100; tries++) {
                at = random.nextInt(bytes.length);
            }
            if (random.nextBoolean()) {
                bytes[at] ^= (byte) (1 << random.nextInt(8));
            } else {
                bytes[at] = (byte) random.nextInt(256);
            }
            positions.add(at);
        }
        return new Edit(count + (syntaxOnly ? " syntax" : "") + " bytes at " + abbreviated(positions), bytes);
    }

    private static Edit duplicateObject(Structure pdf, Random random) {
        if (pdf.objects.isEmpty()) {
            return null;
        }
        int count = pdf.objects.size();
        int sourceIndex = random.nextInt(count);
        PdfObject source = pdf.objects.get(sourceIndex);
        // Another object, if there is one: replacing an object by itself would change nothing.
        PdfObject target = pdf.objects.get(count == 1 ? 0 : (sourceIndex + 1 + random.nextInt(count - 1)) % count);
        byte[] block = Arrays.copyOfRange(pdf.bytes, source.start(), source.end());
        String from = source.number() + " " + source.generation();
        String to = target.number() + " " + target.generation();
        return switch (random.nextInt(count == 1 ? 2 : 3)) {
            case 0 -> new Edit("object " + from + " copied before object " + to,
                    pdf.splice(target.start(), target.start(), concat(block, ascii("\n"))));
            case 1 -> new Edit("object " + from + " copied after object " + to + " under its number",
                    pdf.splice(target.end(), target.end(), concat(ascii("\n"), renumbered(source, target, block))));
            default -> new Edit("object " + to + " replaced by the body of object " + from,
                    pdf.splice(target.start(), target.end(), renumbered(source, target, block)));
        };
    }

    private static Edit corruptStream(Structure pdf, Random random) {
        if (pdf.streams.isEmpty()) {
            return null;
        }
        PdfStream stream = pdf.streams.get(random.nextInt(pdf.streams.size()));
        int size = stream.dataEnd() - stream.dataStart();
        int at = stream.dataStart() + (size == 0 ? 0 : random.nextInt(size));
        int span = Math.min(stream.dataEnd() - at, 1 + random.nextInt(256));
        String where = "stream of object " + stream.object().number() + " at " + at;
        int variant = random.nextInt(stream.filtered() ? 5 : 6);
        return switch (variant) {
            case 0 -> new Edit(span + " bytes overwritten in " + where,
                    pdf.splice(at, at + span, randomBytes(random, span)));
            case 1 -> new Edit(span + " bytes cut out of " + where, pdf.splice(at, at + span, new byte[0]));
            case 2 -> {
                int added = 1 + random.nextInt(256);
                yield new Edit(added + " bytes inserted into " + where, pdf.splice(at, at, randomBytes(random, added)));
            }
            case 3 -> {
                String length = switch (random.nextInt(6)) {
                    case 0 -> "0";
                    case 1 -> "-1";
                    case 2 -> String.valueOf(Math.max(0, size - 1 - random.nextInt(Math.max(1, size))));
                    case 3 -> String.valueOf(size + 1 + random.nextInt(4096));
                    case 4 -> "2147483647";
                    default -> "99999999999999999999";
                };
                yield new Edit("/Length " + length + " (is " + size + ") for " + where, pdf.withLength(stream, length));
            }
            case 4 -> new Edit("endstream and what follows it in its object dropped from " + where,
                    pdf.splice(at, stream.object().end(), new byte[0]));
            default -> {
                StringBuilder tokens = new StringBuilder(" ");
                int count = 1 + random.nextInt(50);
                for (int i = 0; i < count; i++) {
                    tokens.append(CONTENT_TOKENS[random.nextInt(CONTENT_TOKENS.length)]).append(' ');
                }
                yield new Edit(count + " content tokens inserted into " + where,
                        pdf.withStreamData(stream, at, at, ascii(tokens.toString())));
            }
        };
    }

    private static Edit deepNesting(Structure pdf, Random random) {
        int depth = logUniform(random, 1_000, 100_000);
        int variant = random.nextInt(4);
        boolean inContent = variant == 3;
        boolean unclosed = variant == 2;
        boolean arrays = random.nextBoolean();
        String open = arrays ? "[" : "<</K ";
        String close = arrays ? "]" : ">>";
        String shape = depth + " levels of " + open.strip();
        List<PdfStream> content = pdf.streams.stream().filter(stream -> !stream.filtered()).toList();
        if (inContent && !content.isEmpty()) {
            PdfStream stream = content.get(random.nextInt(content.size()));
            // Operands of an operator that takes an array (TJ) or a dictionary (BDC).
            String nested = "\n" + open.repeat(depth) + close.repeat(depth) + (arrays ? " TJ\n" : " BDC\n");
            return new Edit(shape + " in the content stream of object " + stream.object().number(),
                    pdf.withStreamData(stream, stream.dataStart(), stream.dataStart(), ascii(nested)));
        }
        List<PdfObject> dictionaries = pdf.objects.stream().filter(pdf::isDictionary).toList();
        if (dictionaries.isEmpty()) {
            return null;
        }
        // Half of the time a page: an object every reader parses.
        List<PdfObject> pages = dictionaries.stream().filter(pdf::isLeafPage).toList();
        List<PdfObject> candidates = random.nextBoolean() && !pages.isEmpty() ? pages : dictionaries;
        PdfObject object = candidates.get(random.nextInt(candidates.size()));
        String value = "/LLNested " + open.repeat(depth) + (unclosed ? "" : close.repeat(depth)) + " ";
        int at = pdf.text.indexOf("<<", object.bodyStart()) + 2;
        return new Edit(shape + (unclosed ? " never closed" : "") + " in object " + object.number(),
                pdf.splice(at, at, ascii(value)));
    }

    /** Rewrites the root /Pages node in an incremental update, the way an editor would append a change. */
    private static Edit pageTree(Structure pdf, Random random) {
        PdfObject root = pdf.rootPages();
        if (root == null) {
            return null;
        }
        String body = pdf.body(root);
        Matcher kidsMatch = KIDS.matcher(body);
        Matcher countMatch = COUNT.matcher(body);
        if (!kidsMatch.find() || !countMatch.find()) {
            return null;
        }
        String kids = kidsMatch.group(1).strip();
        String count = countMatch.group(1);
        int next = pdf.nextObjectNumber();
        SortedMap<Integer, String> update = new TreeMap<>();
        String detail;
        List<PdfObject> pages = pdf.objects.stream().filter(pdf::isLeafPage).toList();
        switch (random.nextInt(pages.isEmpty() ? 3 : 4)) {
            case 0 -> {
                int depth = logUniform(random, 1_000, 30_000);
                update.put(root.number(), pagesNode(next + " 0 R", count));
                for (int i = 0; i < depth; i++) {
                    update.put(next + i, pagesNode(i + 1 < depth ? (next + i + 1) + " 0 R" : kids, count));
                }
                detail = "page tree " + depth + " /Pages nodes deep";
            }
            case 1 -> {
                update.put(root.number(), pagesNode(kids + " " + next + " 0 R", count));
                update.put(next, pagesNode(root.number() + " 0 R", count));
                detail = "page tree cycle through object " + next;
            }
            case 3 -> {
                // Readers climb from a page through /Parent for inherited attributes (/Rotate, /MediaBox, …).
                PdfObject page = pages.get(random.nextInt(pages.size()));
                int depth = logUniform(random, 1_000, 30_000);
                for (int i = 0; i < depth; i++) {
                    String parent = i + 1 < depth ? " /Parent " + (next + i + 1) + " 0 R" : "";
                    update.put(next + i, "<< /Type /Pages" + parent + " /Kids [] /Count 0 >>");
                }
                String pageBody = pdf.body(page);
                String bottom = "/Parent " + next + " 0 R";
                Matcher parent = PARENT.matcher(pageBody);
                update.put(page.number(), parent.find()
                        ? pageBody.substring(0, parent.start()) + bottom + pageBody.substring(parent.end())
                        : pageBody.replaceFirst("<<", "<< " + bottom + " "));
                detail = "page " + page.number() + " below a /Parent chain " + depth + " /Pages nodes long";
            }
            default -> {
                // /Count unchanged while the kids are repeated: a reader that trusts /Count under-counts the work.
                // Capped, so that repeating an already repeated list (COMBINED) cannot grow the file without bound.
                int copies = Math.min(logUniform(random, 100, 20_000),
                        Math.max(2, MAX_KIDS_BYTES / (kids.length() + 1)));
                update.put(root.number(), pagesNode((kids + " ").repeat(copies), count));
                detail = "page tree kids repeated " + copies + " times, /Count still " + count;
            }
        }
        return new Edit(detail, pdf.withUpdate(update));
    }

    private static String pagesNode(String kids, String count) {
        return "<< /Type /Pages /Kids [" + kids + "] /Count " + count + " >>";
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private static byte[] renumbered(PdfObject source, PdfObject target, byte[] block) {
        String text = new String(block, StandardCharsets.ISO_8859_1);
        Matcher header = OBJECT_HEADER.matcher(text);
        return header.lookingAt()
                ? ascii(target.number() + " " + target.generation() + " obj" + text.substring(header.end()))
                : block;
    }

    private static Kind[] weighted() {
        List<Kind> kinds = new ArrayList<>();
        addTimes(kinds, Kind.TRUNCATE, 15);
        addTimes(kinds, Kind.FLIP_BYTES, 20);
        addTimes(kinds, Kind.DUPLICATE_OBJECT, 15);
        addTimes(kinds, Kind.CORRUPT_STREAM, 20);
        addTimes(kinds, Kind.DEEP_NESTING, 10);
        addTimes(kinds, Kind.PAGE_TREE, 10);
        addTimes(kinds, Kind.COMBINED, 10);
        return kinds.toArray(Kind[]::new);
    }

    private static void addTimes(List<Kind> kinds, Kind kind, int times) {
        for (int i = 0; i < times; i++) {
            kinds.add(kind);
        }
    }

    /** Depths spread evenly over orders of magnitude: as many near the lower bound as near the upper. */
    private static int logUniform(Random random, int low, int high) {
        return (int) Math.round(Math.exp(Math.log(low) + random.nextDouble() * (Math.log(high) - Math.log(low))));
    }

    private static byte[] randomBytes(Random random, int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }

    private static String abbreviated(List<Integer> positions) {
        List<Integer> shown = positions.subList(0, Math.min(5, positions.size()));
        return shown + (positions.size() > shown.size() ? "…" : "");
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }

    private record PdfObject(int number, int generation, int start, int bodyStart, int end) {
    }

    /** Stream data runs from {@code dataStart} to {@code dataEnd} (before the end-of-line that precedes endstream). */
    private record PdfStream(PdfObject object, int dictionaryEnd, int dataStart, int dataEnd, boolean filtered) {
    }

    /** The objects and streams of a file, found by scanning for {@code obj} headers as a recovering reader does. */
    private static final class Structure {

        final byte[] bytes;
        /** The bytes as ISO-8859-1 text: one char per byte, so indexes are byte offsets. */
        final String text;
        final List<PdfObject> objects = new ArrayList<>();
        final List<PdfStream> streams = new ArrayList<>();

        Structure(byte[] original) {
            bytes = original.clone();
            text = new String(bytes, StandardCharsets.ISO_8859_1);
            Matcher header = OBJECT_HEADER.matcher(text);
            int from = 0;
            while (from < text.length() && header.find(from)) {
                int bodyStart = header.end();
                int endObj = text.indexOf("endobj", bodyStart);
                if (endObj < 0) {
                    break;
                }
                int streamKeyword = indexOf("stream", bodyStart, endObj);
                PdfObject object;
                if (streamKeyword >= 0) {
                    // Stream data may contain "endobj": the object ends after endstream.
                    int dataStart = streamKeyword + "stream".length();
                    dataStart += text.startsWith("\r\n", dataStart) ? 2 : text.startsWith("\n", dataStart) ? 1 : 0;
                    int endStream = text.indexOf("endstream", dataStart);
                    if (endStream < 0) {
                        break;
                    }
                    endObj = text.indexOf("endobj", endStream);
                    if (endObj < 0) {
                        break;
                    }
                    object = object(header, bodyStart, endObj);
                    int dataEnd = endStream;
                    if (dataEnd > dataStart && text.charAt(dataEnd - 1) == '\n') {
                        dataEnd--;
                    }
                    if (dataEnd > dataStart && text.charAt(dataEnd - 1) == '\r') {
                        dataEnd--;
                    }
                    String dictionary = text.substring(bodyStart, streamKeyword);
                    streams.add(new PdfStream(object, streamKeyword, dataStart, dataEnd,
                            dictionary.contains("/Filter")));
                } else {
                    object = object(header, bodyStart, endObj);
                }
                objects.add(object);
                from = object.end();
            }
        }

        /** Where {@code needle} starts within {@code [from, to)}, or -1; bounded, so a scan stays linear. */
        private int indexOf(String needle, int from, int to) {
            for (int at = from; at + needle.length() <= to; at++) {
                if (text.startsWith(needle, at)) {
                    return at;
                }
            }
            return -1;
        }

        private static PdfObject object(Matcher header, int bodyStart, int endObj) {
            return new PdfObject(Integer.parseInt(header.group(1)), Integer.parseInt(header.group(2)), header.start(),
                    bodyStart, endObj + "endobj".length());
        }

        boolean inStreamData(int at) {
            for (PdfStream stream : streams) {
                if (at >= stream.dataStart() && at < stream.dataEnd()) {
                    return true;
                }
            }
            return false;
        }

        String body(PdfObject object) {
            return text.substring(object.bodyStart(), object.end() - "endobj".length());
        }

        boolean isDictionary(PdfObject object) {
            return body(object).strip().startsWith("<<");
        }

        boolean isLeafPage(PdfObject object) {
            return LEAF_PAGE.matcher(dictionaryOf(object)).find();
        }

        private String dictionaryOf(PdfObject object) {
            for (PdfStream stream : streams) {
                if (stream.object().equals(object)) {
                    return text.substring(object.bodyStart(), stream.dictionaryEnd());
                }
            }
            return body(object);
        }

        /** The last definition of the object the trailer's /Root names (later definitions win). */
        PdfObject rootPages() {
            Integer catalog = lastGroup(ROOT, 2, text);
            PdfObject catalogObject = catalog == null ? null : lastDefinition(catalog);
            Integer pages = catalogObject == null ? null : lastGroup(PAGES, 1, dictionaryOf(catalogObject));
            return pages == null ? null : lastDefinition(pages);
        }

        private PdfObject lastDefinition(int number) {
            PdfObject found = null;
            for (PdfObject object : objects) {
                if (object.number() == number) {
                    found = object;
                }
            }
            return found;
        }

        int nextObjectNumber() {
            int next = objects.stream().mapToInt(PdfObject::number).max().orElse(0) + 1;
            Integer size = lastGroup(SIZE, 1, text);
            return Math.max(next, size == null ? 0 : size);
        }

        byte[] splice(int from, int to, byte[] replacement) {
            byte[] out = new byte[bytes.length - (to - from) + replacement.length];
            System.arraycopy(bytes, 0, out, 0, from);
            System.arraycopy(replacement, 0, out, from, replacement.length);
            System.arraycopy(bytes, to, out, from + replacement.length, bytes.length - to);
            return out;
        }

        /** Sets the stream's /Length to {@code length} (direct), whatever its data holds. */
        byte[] withLength(PdfStream stream, String length) {
            String dictionary = text.substring(stream.object().bodyStart(), stream.dictionaryEnd());
            Matcher match = LENGTH.matcher(dictionary);
            int base = stream.object().bodyStart();
            if (match.find()) {
                return splice(base + match.start(), base + match.end(), ascii("/Length " + length));
            }
            int at = text.indexOf("<<", base) + 2;
            return splice(at, at, ascii("/Length " + length + " "));
        }

        /** Replaces {@code [from, to)} of the stream's data and corrects its /Length: the framing stays sound. */
        byte[] withStreamData(PdfStream stream, int from, int to, byte[] replacement) {
            int newLength = stream.dataEnd() - stream.dataStart() - (to - from) + replacement.length;
            Structure spliced = new Structure(splice(from, to, replacement));
            PdfStream same = spliced.streams.stream()
                    .filter(s -> s.object().start() == stream.object().start()).findFirst().orElse(null);
            return same == null ? spliced.bytes : spliced.withLength(same, String.valueOf(newLength));
        }

        /**
         * Appends {@code objects} as an incremental update: new cross-reference section, trailer with /Prev. They get
         * generation 0, as nearly every writer's objects have.
         */
        byte[] withUpdate(SortedMap<Integer, String> objects) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + objects.size() * 80);
            out.writeBytes(bytes);
            out.writeBytes(ascii("\n"));
            SortedMap<Integer, Integer> offsets = new TreeMap<>();
            objects.forEach((number, body) -> {
                offsets.put(number, out.size());
                out.writeBytes(ascii(number + " 0 obj\n" + body + "\nendobj\n"));
            });
            int xref = out.size();
            StringBuilder table = new StringBuilder("xref\n");
            List<Integer> numbers = new ArrayList<>(offsets.keySet());
            for (int i = 0; i < numbers.size(); ) {
                int j = i;
                while (j + 1 < numbers.size() && numbers.get(j + 1) == numbers.get(j) + 1) {
                    j++;
                }
                table.append(numbers.get(i)).append(' ').append(j - i + 1).append('\n');
                for (int k = i; k <= j; k++) {
                    table.append(String.format("%010d 00000 n\r\n", offsets.get(numbers.get(k))));
                }
                i = j + 1;
            }
            String catalog = lastMatch(ROOT, 1, text);
            Integer previous = lastGroup(STARTXREF, 1, text);
            int size = Math.max(nextObjectNumber(), numbers.get(numbers.size() - 1) + 1);
            table.append("trailer\n<< /Size ").append(size);
            if (catalog != null) {
                table.append(" /Root ").append(catalog);
            }
            if (previous != null) {
                table.append(" /Prev ").append(previous);
            }
            table.append(" >>\nstartxref\n").append(xref).append("\n%%EOF\n");
            out.writeBytes(ascii(table.toString()));
            return out.toByteArray();
        }

        /** A group of the last match, as a number; null if none, or too large for an object number or offset. */
        private static Integer lastGroup(Pattern pattern, int group, String in) {
            String last = lastMatch(pattern, group, in);
            try {
                return last == null ? null : Integer.valueOf(last);
            } catch (NumberFormatException e) {
                return null;
            }
        }

        private static String lastMatch(Pattern pattern, int group, String in) {
            Matcher match = pattern.matcher(in);
            String last = null;
            while (match.find()) {
                last = match.group(group);
            }
            return last;
        }
    }
}
