package io.ledgerlint.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Checks, from what the running report-service serves, that each cell a finding addresses is marked: in the report's
 * copy of the table (the cell carries the hit class and links to the finding) and on the page image (the image drawn
 * for the finding differs from the plain page inside the cell's box). Addresses are those validate-service stamped on
 * the findings of the document parse-service extracted.
 */
final class MarkedCells {

    private static final Pattern HIT_CELL = Pattern.compile("<td id=\"([^\"]+)\" class=\"hit[^\"]*\">(.*?)</td>",
            Pattern.DOTALL);
    /** Outlines are drawn a little outside the box (report-service's padding) with a stroke of a few pixels. */
    private static final int MARGIN_PX = 12;

    private MarkedCells() {
    }

    /**
     * @param findings  the findings API's body
     * @param tables    the tables API's body
     * @param html      the human report
     * @param pageImage a page image by page number and finding number (0: none highlighted)
     * @param pdf       the document
     * @return how many addressed cells were checked
     */
    static int assertMarked(JsonNode findings, JsonNode tables, String html,
            BiFunction<Integer, Integer, byte[]> pageImage, byte[] pdf) {
        Map<String, String> hitCells = hitCells(html);
        Map<String, JsonNode> tablesById = new HashMap<>();
        tables.path("tables").forEach(table -> tablesById.put(table.path("id").asText(), table));
        Map<Integer, BufferedImage> plainPages = new HashMap<>();
        int checked = 0;
        int number = 0;
        for (JsonNode finding : findings.path("findings")) {
            number++;
            for (JsonNode location : finding.path("locations")) {
                JsonNode address = location.path("address");
                JsonNode table = tablesById.get(location.path("table").asText());
                if (address.isMissingNode() || address.isNull() || table == null) {
                    continue;
                }
                JsonNode cell = cellAt(table, address);
                String anchor = anchorOf(table, address);
                assertThat(hitCells).as("finding %d (%s): cell %s marked in the report", number,
                        finding.path("ruleId").asText(), anchor).containsKey(anchor);
                assertThat(hitCells.get(anchor)).as("cell %s links to finding %d", anchor, number)
                        .contains("href=\"#f" + number + "\"");
                int page = cell.path("page").asInt();
                if (page > 0 && cell.path("box").isArray()) {
                    BufferedImage plain = plainPages.computeIfAbsent(page, p -> image(pageImage.apply(p, 0)));
                    BufferedImage outlined = image(pageImage.apply(page, number));
                    assertThat(changedPixelsAround(plain, outlined, cell.path("box"), scale(pdf, page, plain)))
                            .as("finding %d outlined around cell %s on page %d", number, anchor, page).isPositive();
                }
                checked++;
            }
        }
        return checked;
    }

    private static Map<String, String> hitCells(String html) {
        Map<String, String> cells = new HashMap<>();
        Matcher matcher = HIT_CELL.matcher(html);
        while (matcher.find()) {
            cells.put(matcher.group(1), matcher.group(2));
        }
        return cells;
    }

    /** The addressed cell, or the first of an addressed row. */
    private static JsonNode cellAt(JsonNode table, JsonNode address) {
        int headerRows = table.path("headerRows").size();
        int row = address.path("row").asInt();
        JsonNode cells = row < headerRows ? table.path("headerRows").get(row)
                : table.path("rows").get(row - headerRows);
        return cells.get(address.path("column").isNull() ? 0 : address.path("column").asInt());
    }

    /** The report's anchor of the addressed cell: {@code c-06-4-2} in the body, {@code c-06-h-0-2} in the header. */
    private static String anchorOf(JsonNode table, JsonNode address) {
        int headerRows = table.path("headerRows").size();
        int row = address.path("row").asInt();
        int column = address.path("column").isNull() ? 0 : address.path("column").asInt();
        String prefix = "c-" + table.path("id").asText().replaceAll("[^A-Za-z0-9_-]", "_") + "-";
        return row < headerRows ? prefix + "h-" + row + "-" + column : prefix + (row - headerRows) + "-" + column;
    }

    private static int changedPixelsAround(BufferedImage plain, BufferedImage outlined, JsonNode box, double scale) {
        int x0 = Math.max(0, (int) (box.get(0).asDouble() * scale) - MARGIN_PX);
        int y0 = Math.max(0, (int) (box.get(1).asDouble() * scale) - MARGIN_PX);
        int x1 = Math.min(plain.getWidth(), (int) (box.get(2).asDouble() * scale) + MARGIN_PX);
        int y1 = Math.min(plain.getHeight(), (int) (box.get(3).asDouble() * scale) + MARGIN_PX);
        int changed = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if (plain.getRGB(x, y) != outlined.getRGB(x, y)) {
                    changed++;
                }
            }
        }
        return changed;
    }

    /** Image pixels per PDF point: the image's width over the page's. */
    private static double scale(byte[] pdf, int page, BufferedImage image) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDRectangle size = document.getPage(page - 1).getCropBox();
            return image.getWidth() / (double) size.getWidth();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage image(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(image).as("a PNG page image").isNotNull();
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
