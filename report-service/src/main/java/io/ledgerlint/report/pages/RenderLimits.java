package io.ledgerlint.report.pages;

import java.time.Duration;

/**
 * What drawing one page may cost. A stored PDF is untrusted: its page may declare any size, its images any number of
 * pixels (a few bytes can declare 65535 × 65535), its content any amount of work.
 *
 * @param dpi                the resolution pages are drawn at
 * @param maxPagePixels      a larger page is drawn at a lower resolution, so that its image has at most this many
 *                           pixels
 * @param maxImagePixels     an image inside the page declaring more pixels (its own, its mask's) is not decoded: a
 *                           grey box stands in for it
 * @param timeout            drawing a page (opening the PDF included) that takes longer is given up
 * @param renderThreads      pages drawn at the same time; more wait, within their timeout
 * @param maxMainMemoryBytes PDFBox keeps decoded streams in memory up to this much, in temporary files beyond it
 * @param maxStorageBytes    and never more than this in all
 */
public record RenderLimits(float dpi, long maxPagePixels, long maxImagePixels, Duration timeout, int renderThreads,
        long maxMainMemoryBytes, long maxStorageBytes) {

    public RenderLimits {
        if (!(dpi > 0) || maxPagePixels < 1 || maxImagePixels < 1 || timeout.isNegative() || timeout.isZero()
                || renderThreads < 1 || maxMainMemoryBytes < 0 || maxStorageBytes < maxMainMemoryBytes) {
            throw new IllegalArgumentException("unusable page image limits: " + this);
        }
    }
}
