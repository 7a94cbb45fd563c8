package io.ledgerlint.report.web;

import io.ledgerlint.domain.blob.BlobStore;
import io.ledgerlint.domain.blob.BlobStores;
import io.ledgerlint.report.pages.PageRenderer;
import io.ledgerlint.report.pages.RenderLimits;
import io.ledgerlint.report.pages.RenderedPages;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Wires the page images: the blob store the PDFs are read from, the renderer within its limits and the cache of
 * rendered pages.
 */
public class PageImageSetup {

    @Produces
    @Singleton
    BlobStore blobStore(@ConfigProperty(name = "ledgerlint.blob.root") String blobRoot, Config config) {
        return BlobStores.open(blobRoot, key -> config.getOptionalValue(key, String.class));
    }

    @Produces
    @Singleton
    PageRenderer pageRenderer(@ConfigProperty(name = "ledgerlint.page-images.dpi") float dpi,
            @ConfigProperty(name = "ledgerlint.page-images.max-page-pixels") long maxPagePixels,
            @ConfigProperty(name = "ledgerlint.page-images.max-image-pixels") long maxImagePixels,
            @ConfigProperty(name = "ledgerlint.page-images.render-timeout") Duration timeout,
            @ConfigProperty(name = "ledgerlint.page-images.render-threads") int renderThreads,
            @ConfigProperty(name = "ledgerlint.page-images.max-main-memory-bytes") long maxMainMemoryBytes,
            @ConfigProperty(name = "ledgerlint.page-images.max-storage-bytes") long maxStorageBytes) {
        return new PageRenderer(new RenderLimits(dpi, maxPagePixels, maxImagePixels, timeout, renderThreads,
                maxMainMemoryBytes, maxStorageBytes));
    }

    void closePageRenderer(@Disposes PageRenderer renderer) {
        renderer.close();
    }

    @Produces
    @Singleton
    RenderedPages renderedPages(@ConfigProperty(name = "ledgerlint.page-images.cache-bytes") long maxBytes) {
        return new RenderedPages(maxBytes);
    }
}
