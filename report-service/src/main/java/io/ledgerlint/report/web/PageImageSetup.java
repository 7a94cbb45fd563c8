package io.ledgerlint.report.web;

import io.ledgerlint.domain.blob.BlobStore;
import io.ledgerlint.domain.blob.BlobStores;
import io.ledgerlint.report.pages.PageRenderer;
import io.ledgerlint.report.pages.RenderedPages;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Wires the page images: the blob store the PDFs are read from, the renderer and the cache of rendered pages. */
public class PageImageSetup {

    @Produces
    @Singleton
    BlobStore blobStore(@ConfigProperty(name = "ledgerlint.blob.root") String blobRoot, Config config) {
        return BlobStores.open(blobRoot, key -> config.getOptionalValue(key, String.class));
    }

    @Produces
    @Singleton
    PageRenderer pageRenderer(@ConfigProperty(name = "ledgerlint.page-images.dpi") float dpi) {
        return new PageRenderer(dpi);
    }

    @Produces
    @Singleton
    RenderedPages renderedPages(@ConfigProperty(name = "ledgerlint.page-images.cache-bytes") long maxBytes) {
        return new RenderedPages(maxBytes);
    }
}
