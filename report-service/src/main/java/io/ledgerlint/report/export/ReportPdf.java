package io.ledgerlint.report.export;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.ledgerlint.contracts.events.FindingsProduced.Finding;
import io.ledgerlint.contracts.events.Severity;
import io.ledgerlint.report.persistence.DocumentDetails;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The document report as PDF: header, then the findings grouped by severity. The page is built as a DOM (so every
 * text is escaped by construction) and laid out by openhtmltopdf with the CJK font embedded as a subset.
 */
public final class ReportPdf {

    private static final String FONT_FAMILY = "ledgerlint-cjk";
    private static final String STYLE = """
            @page { size: A4; margin: 18mm 15mm; }
            body { font-family: '%s'; font-size: 10pt; line-height: 1.4; }
            h1 { font-size: 16pt; margin: 0 0 4mm 0; }
            h2 { font-size: 12pt; margin: 6mm 0 2mm 0; border-bottom: 0.5pt solid #888; }
            table.header td { padding: 0.5mm 3mm 0.5mm 0; vertical-align: top; }
            table.header td.label { color: #555; }
            div.finding { margin: 0 0 3mm 0; page-break-inside: avoid; }
            p { margin: 0; }
            .rule { font-weight: bold; }
            .detail { color: #333; }
            """.formatted(FONT_FAMILY);

    private final CjkFont font;

    public ReportPdf(CjkFont font) {
        this.font = font;
    }

    /** @param findings null while the document has not been validated */
    public void write(DocumentDetails document, List<Finding> findings, OutputStream out) throws IOException {
        try (CjkFont.OpenFace face = font.open(); PDDocument pdf = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(pdf);
            builder.useFont(new PDFontSupplier(PDType0Font.load(pdf, face.font(), true)), FONT_FAMILY);
            builder.withW3cDocument(html(document, findings), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("could not render the report of " + document.documentId(), e);
        }
    }

    static Document html(DocumentDetails document, List<Finding> findings) {
        Page page = new Page();
        Element body = page.body;
        page.add(body, "h1", Objects.requireNonNullElse(document.title(),
                Objects.requireNonNullElse(document.filename(), document.documentId())));
        Element header = page.add(body, "table", null);
        header.setAttribute("class", "header");
        page.headerRow(header, "File", document.filename());
        page.headerRow(header, "Document id", document.documentId());
        page.headerRow(header, "Department", document.department());
        page.headerRow(header, "Year", document.year() == null ? null : document.year().toString());
        page.headerRow(header, "Status", document.status().name());
        page.headerRow(header, "Error", document.error());
        page.headerRow(header, "Received", text(document.receivedAt()));
        page.headerRow(header, "Validated", text(document.validatedAt()));
        page.headerRow(header, "Rule catalogue", document.catalogueVersion());

        if (findings == null) {
            page.add(body, "h2", "Findings");
            page.add(body, "p", "Not validated yet.");
            return page.document;
        }
        if (findings.isEmpty()) {
            page.add(body, "h2", "Findings");
            page.add(body, "p", "No findings.");
            return page.document;
        }
        Map<Severity, List<Finding>> bySeverity = findings.stream()
                .collect(Collectors.groupingBy(finding -> Severity.fromWireName(finding.severity())));
        for (Severity severity : Severity.values()) {
            List<Finding> ofSeverity = bySeverity.getOrDefault(severity, List.of());
            if (!ofSeverity.isEmpty()) {
                page.add(body, "h2", "%s (%d)".formatted(severity.wireName(), ofSeverity.size()));
                ofSeverity.forEach(finding -> page.finding(body, finding));
            }
        }
        return page.document;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    /** An XHTML page under construction. */
    private static final class Page {
        final Document document;
        final Element body;

        Page() {
            try {
                document = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            } catch (ParserConfigurationException e) {
                throw new IllegalStateException(e);
            }
            Element html = document.createElement("html");
            document.appendChild(html);
            Element head = add(html, "head", null);
            add(head, "style", STYLE);
            body = add(html, "body", null);
        }

        Element add(Element parent, String tag, String text) {
            Element element = document.createElement(tag);
            if (text != null) {
                element.setTextContent(text);
            }
            parent.appendChild(element);
            return element;
        }

        void headerRow(Element table, String label, String value) {
            if (value == null) {
                return;
            }
            Element row = add(table, "tr", null);
            add(row, "td", label).setAttribute("class", "label");
            add(row, "td", value);
        }

        void finding(Element parent, Finding finding) {
            Element block = add(parent, "div", null);
            block.setAttribute("class", "finding");
            String confidence = finding.confidence() == null ? "" : " (confidence " + finding.confidence() + ")";
            add(block, "p", finding.ruleId() + confidence).setAttribute("class", "rule");
            add(block, "p", finding.message());
            if (finding.locations() != null) {
                finding.locations().forEach(location ->
                        add(block, "p", "at " + Locations.describe(location)).setAttribute("class", "detail"));
            }
            if (finding.expected() != null || finding.actual() != null) {
                add(block, "p", "expected %s, actual %s".formatted(orDash(finding.expected()),
                        orDash(finding.actual()))).setAttribute("class", "detail");
            }
            if (finding.formula() != null) {
                add(block, "p", "formula: " + finding.formula()).setAttribute("class", "detail");
            }
        }

        private static String orDash(String value) {
            return value == null ? "—" : value;
        }
    }
}
