package io.ledgerlint.corpus.variants;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Typesets a truth (already transformed) as one HTML document the way a department prints its 决算公开: cover, 目录,
 * the narrative parts, the nine tables under 第二部分 and the 绩效 attachments after the last part. Every printed text
 * is a truth text; nothing else is printed, so the PDF's text equals the truth (whitespace aside).
 *
 * <p>With {@code markers} set, each table also gets three tiny absolutely positioned markers (caption, first body
 * row, last body row) so that {@link PageLocator} can tell on which page each lands. Positioning takes no room, so the
 * pages with and without markers are the same (the generator checks it); the committed PDF is the one without.
 */
final class HtmlTypesetter {

    static final String MARKER_PREFIX = "QZXMK";

    private static final Map<String, String> FONTS = Map.of(
            "song", "\"AR PL UMing CN\", \"AR PL UMing TW\", serif",
            "kai", "\"AR PL UKai CN\", \"AR PL UKai TW\", serif",
            "hei", "\"WenQuanYi Zen Hei\", \"WenQuanYi Zen Hei Sharp\", sans-serif",
            "noto-sans", "\"Noto Sans CJK SC\", sans-serif",
            "noto-serif", "\"Noto Serif CJK SC\", serif");

    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private static final Pattern NUMERICISH = Pattern.compile("^[-+]?[\\d,.%\\s]*\\d[\\d,.%\\s]*(万元|万)?$");
    private static final Pattern DIGITS = Pattern.compile("^\\d+$");

    private enum Kind { LABEL, CODE, AMOUNT }

    private final VariantSpec.Style style;
    private final boolean markers;
    private final StringBuilder html = new StringBuilder();

    HtmlTypesetter(VariantSpec.Style style, boolean markers) {
        this.style = style;
        this.markers = markers;
        if (!FONTS.containsKey(style.font())) {
            throw new IllegalArgumentException("unknown font " + style.font() + "; known: " + FONTS.keySet());
        }
    }

    static String markerId(int seq, char what) {
        return MARKER_PREFIX + String.format(Locale.ROOT, "%02d", seq) + what;
    }

    String typeset(ObjectNode truth) {
        StringBuilder title = new StringBuilder();
        truth.path("cover").forEach(line -> title.append(Text.compact(line.asText())));
        html.append("<!doctype html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(title.toString())).append("</title><style>\n")
                .append(css()).append("</style></head><body>\n");
        cover(truth);
        List<ObjectNode> tables = TruthTransforms.tables(truth);
        List<ObjectNode> standard = tables.stream().filter(TruthTransforms::standard).toList();
        List<ObjectNode> attachments = tables.stream().filter(t -> !TruthTransforms.standard(t)).toList();
        List<JsonNode> sections = new ArrayList<>();
        truth.withArray("sections").forEach(sections::add);
        toc(sections, standard);
        int tablePart = tablePart(sections);
        for (int i = 0; i < sections.size(); i++) {
            section(sections.get(i));
            if (i == tablePart) {
                standard.forEach(this::table);
            }
        }
        if (sections.isEmpty()) {
            standard.forEach(this::table);
        }
        attachments.forEach(this::table);
        html.append("</body></html>\n");
        return html.toString();
    }

    /** The part the nine tables belong to: 第二部分 部门决算表, else the first part. */
    private static int tablePart(List<JsonNode> sections) {
        for (int i = 0; i < sections.size(); i++) {
            String title = Text.compact(sections.get(i).path("title").asText());
            if (title.endsWith("决算表") || Text.compact(sections.get(i).path("heading").asText()).equals("第二部分")) {
                return i;
            }
        }
        return 0;
    }

    private String css() {
        String font = FONTS.get(style.font());
        double size = style.sizePt();
        String thin = "0.6pt solid #000";
        String thick = "1.4pt solid #000";
        StringBuilder css = new StringBuilder();
        css.append("@page { size: A4").append("landscape".equals(style.orientation()) ? " landscape" : "")
                .append("; margin: ").append(style.marginMm()).append("mm; }\n");
        css.append("html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }\n");
        css.append("body { margin: 0; font-family: ").append(font).append("; font-size: ").append(style.textSizePt())
                .append("pt; line-height: 1.55; }\n");
        css.append("h1, h2, h3, .title { font-weight: ").append(style.boldTitles() ? "bold" : "normal").append("; }\n");
        css.append(".cover { height: 240mm; display: flex; flex-direction: column; justify-content: center;"
                + " align-items: center; break-after: page; }\n");
        css.append(".cover p { font-size: 24pt; margin: 6pt 0; text-align: center; }\n");
        css.append(".toc { break-after: page; }\n");
        css.append(".toc h1 { text-align: center; font-size: 18pt; letter-spacing: 1em; }\n");
        css.append(".toc p { margin: 3pt 0; } .toc p.l2 { padding-left: 2em; }\n");
        css.append(".part { break-before: page; }\n");
        css.append(".part h2 { font-size: ").append(style.textSizePt() + 4).append("pt; text-align: center;"
                + " margin: 0 0 12pt 0; }\n");
        css.append(".part h3 { font-size: ").append(style.textSizePt() + 1).append("pt; margin: 10pt 0 4pt 0; }\n");
        css.append(".part p { text-indent: 2em; margin: 0 0 3pt 0; text-align: justify; }\n");
        css.append(".block { margin: 0 0 14pt 0; }\n");
        if ("page-per-table".equals(style.flow())) {
            css.append(".block { break-before: page; }\n");
        }
        css.append(".cap { break-after: avoid; break-inside: avoid; }\n");
        css.append(".cap .title { font-size: ").append(size + 7)
                .append("pt; text-align: center; margin: 4pt 0 6pt 0; }\n");
        css.append(".cap .pre { font-size: ").append(size + 1).append("pt; }\n");
        css.append(".cap .label { font-size: ").append(size).append("pt; }\n");
        css.append(".cap .r { text-align: right; } .cap .l { text-align: left; }\n");
        css.append(".cap .line { display: flex; justify-content: space-between; font-size: ").append(size)
                .append("pt; margin: 2pt 0 3pt 0; }\n");
        css.append("table { border-collapse: collapse; width: 100%; font-size: ").append(size).append("pt;")
                .append(style.labelWidthEm() != null ? " table-layout: fixed;" : "").append(" }\n");
        css.append("td { padding: 2pt 3pt; vertical-align: middle; line-height: 1.3; }\n");
        css.append("tr, tbody.keep { break-inside: avoid; }\n");
        css.append("td.h { text-align: center; }\n");
        if (style.shadeHeader()) {
            css.append("td.h { background: #d9d9d9; }\n");
        }
        css.append("td.amount { text-align: right; white-space: nowrap; }\n");
        css.append("td.code { text-align: center; white-space: nowrap; }\n");
        css.append("td.label { text-align: left; }\n");
        switch (style.rules()) {
            case "grid" -> css.append("td { border: ").append(thin).append("; }\n");
            case "three-line" -> css.append("td.tt { border-top: ").append(thick).append("; }\n")
                    .append("td.hb { border-bottom: ").append(thin).append("; }\n")
                    .append("td.bb { border-bottom: ").append(thick).append("; }\n");
            case "partial" -> css.append("td.vr { border-right: ").append(thin).append("; }\n")
                    .append("td.hb { border-bottom: ").append(thin).append("; }\n");
            default -> throw new IllegalArgumentException("unknown rules " + style.rules());
        }
        css.append(".notes { break-before: avoid; }\n");
        css.append(".notes p { font-size: ").append(size).append("pt; margin: 3pt 0 0 0; }\n");
        if (markers) {
            // the markers' containing blocks; relative positioning without offsets moves nothing, but positioned
            // boxes paint after the normal flow, so the final print (DOM paint order) goes without it
            css.append(".cap, td { position: relative; }\n");
            css.append(".mk { position: absolute; left: 0; top: 0; font: 4pt monospace; white-space: nowrap; }\n");
        }
        return css.toString();
    }

    private void cover(ObjectNode truth) {
        html.append("<section class=\"cover\">\n");
        truth.path("cover").forEach(line -> html.append("<p>").append(esc(line.asText())).append("</p>\n"));
        html.append("</section>\n");
    }

    /** 目录: the parts; under 第二部分 the nine table titles, under 第三部分 its numbered headings. */
    private void toc(List<JsonNode> sections, List<ObjectNode> standard) {
        html.append("<section class=\"toc\"><h1>目录</h1>\n");
        int tablePart = tablePart(sections);
        for (int i = 0; i < sections.size(); i++) {
            JsonNode section = sections.get(i);
            html.append("<p>").append(esc(section.path("heading").asText())).append("　")
                    .append(esc(section.path("title").asText())).append("</p>\n");
            if (i == tablePart) {
                for (int t = 0; t < standard.size(); t++) {
                    html.append("<p class=\"l2\">").append(numeral(t + 1)).append("、")
                            .append(esc(standard.get(t).path("title").asText())).append("</p>\n");
                }
            } else if (Text.compact(section.path("heading").asText()).equals("第三部分")) {
                section.path("subsections").forEach(sub -> html.append("<p class=\"l2\">")
                        .append(esc(sub.path("heading").asText())).append("</p>\n"));
            }
        }
        html.append("</section>\n");
    }

    private static String numeral(int n) {
        if (n <= 10) {
            return NUMERALS[n - 1];
        }
        return (n < 20 ? "" : NUMERALS[n / 10 - 1]) + "十" + (n % 10 == 0 ? "" : NUMERALS[n % 10 - 1]);
    }

    private void section(JsonNode section) {
        html.append("<section class=\"part\">\n<h2>").append(esc(section.path("heading").asText())).append("　")
                .append(esc(section.path("title").asText())).append("</h2>\n");
        paragraphs(section.path("text").asText(""));
        for (JsonNode sub : section.path("subsections")) {
            html.append("<h3>").append(esc(sub.path("heading").asText())).append("</h3>\n");
            paragraphs(sub.path("text").asText(""));
        }
        html.append("</section>\n");
    }

    private void paragraphs(String text) {
        for (String line : text.split("\n")) {
            if (!Text.blank(line)) {
                html.append("<p>").append(esc(line)).append("</p>\n");
            }
        }
    }

    private void table(ObjectNode table) {
        int seq = table.path("seq").asInt();
        TableGrid grid = TableGrid.of(table);
        grid.checkShape();
        html.append("<section class=\"block\">\n");
        caption(table, seq);
        Kind[] kinds = kinds(grid);
        html.append("<table>\n");
        if (style.labelWidthEm() != null) {
            html.append("<colgroup>");
            for (Kind kind : kinds) {
                html.append(kind == Kind.LABEL ? "<col style=\"width:" + style.labelWidthEm() + "em\">" : "<col>");
            }
            html.append("</colgroup>\n");
        }
        int headerRows = grid.header.size();
        int lastRow = grid.rowCount() - 1;
        if (headerRows > 0 && style.repeatHeader()) {
            html.append("<thead>\n");
            for (int r = 0; r < headerRows; r++) {
                row(grid, r, kinds, true, seq, lastRow);
            }
            html.append("</thead>\n<tbody>\n");
            for (int r = headerRows; r <= lastRow; r++) {
                row(grid, r, kinds, false, seq, lastRow);
            }
        } else {
            // header printed once: it and the first body row form a group that does not break, so the caption, the
            // header and the first row share a page
            html.append("<tbody class=\"keep\">\n");
            for (int r = 0; r <= Math.min(headerRows, lastRow); r++) {
                row(grid, r, kinds, r < headerRows, seq, lastRow);
            }
            html.append("</tbody>\n<tbody>\n");
            for (int r = headerRows + 1; r <= lastRow; r++) {
                row(grid, r, kinds, false, seq, lastRow);
            }
        }
        html.append("</tbody></table>\n");
        JsonNode notes = table.path("notes");
        if (notes.size() > 0) {
            html.append("<div class=\"notes\">");
            notes.forEach(note -> html.append("<p>").append(esc(note.asText())).append("</p>"));
            html.append("</div>\n");
        }
        html.append("</section>\n");
    }

    private void caption(ObjectNode table, int seq) {
        html.append("<div class=\"cap\">");
        if (markers) {
            html.append(marker(seq, 'C'));
        }
        table.path("pre_lines").forEach(line -> html.append("<div class=\"pre\">").append(esc(line.asText()))
                .append("</div>"));
        String label = text(table, "label");
        String title = text(table, "title");
        String department = text(table, "department");
        String unit = text(table, "unit_line");
        String titleDiv = "<div class=\"title\">" + esc(title) + "</div>";
        String caption = style.caption();
        if ("title-first".equals(caption)) {
            html.append(titleDiv);
            if (!label.isEmpty() || !unit.isEmpty()) {
                html.append("<div class=\"line\"><span>").append(esc(label)).append("</span><span>").append(esc(unit))
                        .append("</span></div>");
            }
            if (!department.isEmpty()) {
                html.append("<div class=\"line\"><span>").append(esc(department)).append("</span></div>");
            }
        } else {
            if (!label.isEmpty()) {
                html.append("<div class=\"label ").append("label-left".equals(caption) ? "l" : "r").append("\">")
                        .append(esc(label)).append("</div>");
            }
            html.append(titleDiv);
            if (!department.isEmpty() || !unit.isEmpty()) {
                html.append("<div class=\"line\"><span>").append(esc(department)).append("</span><span>")
                        .append(esc(unit)).append("</span></div>");
            }
        }
        html.append("</div>\n");
    }

    private static String text(JsonNode table, String field) {
        JsonNode value = table.get(field);
        return value == null || value.isNull() ? "" : value.asText();
    }

    private void row(TableGrid grid, int r, Kind[] kinds, boolean header, int seq, int lastRow) {
        int headerRows = grid.header.size();
        List<String> cells = grid.row(r);
        html.append("<tr>");
        boolean first = true;
        for (int c = 0; c < grid.ncols; c++) {
            if (grid.covered(r, c)) {
                continue;
            }
            TableGrid.Merge merge = grid.mergeAnchoredAt(r, c);
            int rowspan = merge == null ? 1 : merge.rowspan();
            int colspan = merge == null ? 1 : merge.colspan();
            int bottom = r + rowspan - 1;
            int right = c + colspan - 1;
            List<String> classes = new ArrayList<>();
            classes.add(header ? "h" : kinds[c].name().toLowerCase(Locale.ROOT));
            if (r == 0) {
                classes.add("tt");
            }
            if (headerRows > 0 && bottom == headerRows - 1) {
                classes.add("hb");
            }
            if (bottom == lastRow) {
                classes.add("bb");
            }
            if (kinds[right] != Kind.AMOUNT && right < grid.ncols - 1) {
                classes.add("vr");
            }
            html.append("<td class=\"").append(String.join(" ", classes)).append('"');
            if (rowspan > 1) {
                html.append(" rowspan=\"").append(rowspan).append('"');
            }
            if (colspan > 1) {
                html.append(" colspan=\"").append(colspan).append('"');
            }
            html.append('>');
            if (markers && first && !header && (r == headerRows || r == lastRow)) {
                // one span: two spans at the same spot would overlap, and PDFBox drops overlapping duplicate glyphs
                html.append("<span class=\"mk\">").append(r == headerRows ? markerId(seq, 'S') : "")
                        .append(r == lastRow ? markerId(seq, 'E') : "").append("</span>");
            }
            first = false;
            html.append(esc(cells.get(c)));
            html.append("</td>");
        }
        html.append("</tr>\n");
    }

    private static String marker(int seq, char what) {
        return "<span class=\"mk\">" + markerId(seq, what) + "</span>";
    }

    /** Column kinds from the body: any text → label; digit strings under a 行次/编码/代码 header → code; else amount. */
    private static Kind[] kinds(TableGrid grid) {
        Kind[] kinds = new Kind[grid.ncols];
        int headerRows = grid.header.size();
        for (int c = 0; c < grid.ncols; c++) {
            boolean text = false;
            boolean digits = true;
            boolean any = false;
            for (int b = 0; b < grid.body.size(); b++) {
                if (grid.covered(headerRows + b, c)) {
                    continue;
                }
                String cell = Text.compact(grid.body.get(b).get(c));
                if (cell.isEmpty()) {
                    continue;
                }
                any = true;
                boolean numeric = NUMERICISH.matcher(cell).matches() || cell.equals("-") || cell.equals("—")
                        || cell.equals("无");
                text |= !numeric;
                digits &= DIGITS.matcher(cell).matches();
            }
            StringBuilder head = new StringBuilder();
            for (List<String> row : grid.header) {
                head.append(Text.compact(row.get(c)));
            }
            boolean codeHeader = head.indexOf("行次") >= 0 || head.indexOf("编码") >= 0 || head.indexOf("代码") >= 0;
            if (text) {
                kinds[c] = Kind.LABEL;
            } else if (any && digits && codeHeader) {
                kinds[c] = Kind.CODE;
            } else {
                kinds[c] = Kind.AMOUNT;
            }
        }
        return kinds;
    }

    private static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
