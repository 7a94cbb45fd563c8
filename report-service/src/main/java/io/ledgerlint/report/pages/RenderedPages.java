package io.ledgerlint.report.pages;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.Supplier;

/**
 * A bounded cache of rendered page PNGs (rendering a page takes far longer than serving it). Bounded by the bytes
 * held, least recently used first out.
 */
public final class RenderedPages {

    /**
     * What a rendered image depends on.
     *
     * @param version   changes whenever the document's stored PDF, extraction or findings change
     * @param highlight the finding outlined (its 1-based number), 0 for none
     */
    public record Key(String documentId, String version, int page, int highlight) {
    }

    private final Cache<Key, byte[]> cache;

    public RenderedPages(long maxBytes) {
        this.cache = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((Key key, byte[] png) -> png.length)
                .build();
    }

    /** The cached PNG, or the one {@code render} makes (once, however many ask for it at the same time). */
    public byte[] get(Key key, Supplier<byte[]> render) {
        return cache.get(key, k -> render.get());
    }
}
