package io.ledgerlint.report.pages;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * A bounded cache of rendered page PNGs (rendering a page takes far longer than serving it). Bounded by the bytes
 * held, least recently used first out. A placeholder for a cause that may pass (a timeout on a busy machine, memory)
 * is kept only {@link #TRANSIENT_PLACEHOLDER_LIFETIME}: long enough that asking again does not draw again at once.
 */
public final class RenderedPages {

    public static final Duration TRANSIENT_PLACEHOLDER_LIFETIME = Duration.ofSeconds(30);

    /**
     * What a rendered image depends on.
     *
     * @param version   changes whenever the document's stored PDF, extraction or findings change
     * @param highlight the finding outlined (its 1-based number), 0 for none
     */
    public record Key(String documentId, String version, int page, int highlight) {
    }

    private final Cache<Key, PageImage> cache;

    public RenderedPages(long maxBytes) {
        this(maxBytes, Ticker.systemTicker());
    }

    /** @param ticker the clock the lifetimes are measured with */
    RenderedPages(long maxBytes, Ticker ticker) {
        this.cache = Caffeine.newBuilder()
                .ticker(ticker)
                .maximumWeight(maxBytes)
                .weigher((Key key, PageImage image) -> image.png().length)
                .expireAfter(new Expiry<Key, PageImage>() {
                    @Override
                    public long expireAfterCreate(Key key, PageImage image, long currentTime) {
                        return image.isTransientPlaceholder() ? TRANSIENT_PLACEHOLDER_LIFETIME.toNanos() : Long.MAX_VALUE;
                    }

                    @Override
                    public long expireAfterUpdate(Key key, PageImage image, long currentTime, long currentDuration) {
                        return expireAfterCreate(key, image, currentTime);
                    }

                    @Override
                    public long expireAfterRead(Key key, PageImage image, long currentTime, long currentDuration) {
                        return currentDuration;
                    }
                })
                .build();
    }

    /** The cached image, or the one {@code render} makes (once, however many ask for it at the same time). */
    public PageImage get(Key key, Supplier<PageImage> render) {
        return cache.get(key, k -> render.get());
    }
}
