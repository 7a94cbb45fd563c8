package io.ledgerlint.parse.budget;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;

/**
 * Charges a document's decoded streams to its {@link Budget#DECODED_STREAM_BYTES} budget before PDFBox decodes them:
 * PDFBox holds a decoded form or CMap in the heap whole, so a small compressed stream that inflates to gigabytes must
 * be stopped while it is counted, which decoding into a counting sink does without holding the bytes. A stream drawn
 * again is charged its size again without being decoded a second time here. Damaged data is charged as far as it
 * decodes and left to PDFBox, which reads what it can.
 */
public final class DecodedStreams {

    private final DocumentBudget budget;
    private final Map<COSStream, Long> sizes = new IdentityHashMap<>();

    public DecodedStreams(DocumentBudget budget) {
        this.budget = budget;
    }

    /** Charges the decoded size of a content stream about to be interpreted. */
    public void charge(COSStream stream) {
        Long size = sizes.get(stream);
        if (size != null) {
            budget.decodedBytes(size);
            return;
        }
        sizes.put(stream, decode(stream, OutputStream.nullOutputStream()));
    }

    /** Decodes {@code stream} into {@code sink}, charging every byte; how many bytes it decoded to. */
    public long decode(COSStream stream, OutputStream sink) {
        Charging charging = new Charging(sink);
        try (InputStream raw = stream.createRawInputStream()) {
            InputStream in = raw;
            List<COSName> filters = filters(stream);
            for (int i = 0; i < filters.size() - 1; i++) {
                // a filter writes where the next one cannot read: hold this stage, within what the budget has left
                Bounded stage = new Bounded();
                filter(filters.get(i)).decode(in, stage, stream, i);
                in = new ByteArrayInputStream(stage.toByteArray());
            }
            if (filters.isEmpty()) {
                in.transferTo(charging);
            } else {
                filter(filters.get(filters.size() - 1)).decode(in, charging, stream, filters.size() - 1);
            }
        } catch (IOException e) {
            // damaged or unsupported data: charged as far as it decoded; PDFBox reads what it can of it
        }
        return charging.count;
    }

    private static Filter filter(COSName name) throws IOException {
        return FilterFactory.INSTANCE.getFilter(name);
    }

    private static List<COSName> filters(COSStream stream) {
        COSBase filters = stream.getFilters();
        if (filters instanceof COSName name) {
            return List.of(name);
        }
        if (filters instanceof COSArray array) {
            List<COSName> names = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSName name) {
                    names.add(name);
                }
            }
            return names;
        }
        return List.of();
    }

    /** Passes bytes on, charging each to the budget. */
    private final class Charging extends FilterOutputStream {

        private long count;

        Charging(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            budget.decodedBytes(length);
            count += length;
            out.write(bytes, offset, length);
        }
    }

    /** An intermediate stage's bytes, at most what the budget has left. */
    private final class Bounded extends ByteArrayOutputStream {

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) {
            if (count + (long) length > budget.remaining(Budget.DECODED_STREAM_BYTES)) {
                throw new BudgetExceeded(Budget.DECODED_STREAM_BYTES, budget.limit(Budget.DECODED_STREAM_BYTES));
            }
            super.write(bytes, offset, length);
        }

        @Override
        public synchronized void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }
    }
}
