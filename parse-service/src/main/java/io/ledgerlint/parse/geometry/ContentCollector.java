package io.ledgerlint.parse.geometry;

import io.ledgerlint.parse.budget.Budgets;
import io.ledgerlint.parse.budget.DecodedStreams;
import io.ledgerlint.parse.budget.DocumentBudget;
import io.ledgerlint.parse.budget.FontSizes;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.contentstream.operator.text.SetFontAndSize;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Collects every page's glyphs and ruling lines in a single pass over its content stream: PDFBox's text engine
 * provides the glyphs, and path operators added to the same engine provide the lines, so a page is parsed once.
 * Being PDFBox's text stripper, it lays each page's text out as well: a subclass that reads the page text (see
 * {@code PageReader}) gets it from the same pass.
 *
 * <p>Rulings are stroked straight axis-parallel segments (lines and rectangle edges) and filled shapes thin enough to
 * be lines (word processors draw borders as thin filled rectangles). Curves, clipping paths and large filled areas
 * (shading, backgrounds) are not rulings. Glyphs painted twice at (almost) the same place, the usual fake-bold trick,
 * are kept once.
 *
 * <p>The document's {@link DocumentBudget} is charged as the work passes: every operator (and now and then the
 * clock), glyph, path point and form XObject drawn, every content stream's decoded bytes before it is interpreted,
 * and every font's widths and CMaps before PDFBox builds the font. A spent budget throws
 * {@link io.ledgerlint.parse.budget.BudgetExceeded} out of the engine.
 */
public class ContentCollector extends PDFTextStripper {

    /** A filled shape is a line when it is at most this thick (points). */
    private static final double MAX_LINE_THICKNESS = 2.5;
    /** Stroked segments within this of axis-parallel count as horizontal/vertical. */
    private static final double AXIS_TOLERANCE = 0.5;
    /** Shorter segments carry no grid information (glyph decorations, dots). */
    private static final double MIN_LENGTH = 1.0;
    /** How many recently painted glyphs a repaint is looked for among. */
    private static final int REPAINT_WINDOW = 4;

    private final List<PageGeometry> pages = new ArrayList<>();
    private PageFrame frame;
    private List<Glyph> glyphs;
    private List<Ruling> rulings;
    /** The current path as subpaths of points in displayed coordinates. */
    private final List<List<double[]>> subpaths = new ArrayList<>();
    private List<double[]> current;
    private final DocumentBudget budget;
    private final DecodedStreams streams;
    private final FontSizes fonts;

    /** Within the default budgets, counted from now. */
    public ContentCollector() throws IOException {
        this(new DocumentBudget(Budgets.DEFAULT));
    }

    public ContentCollector(DocumentBudget budget) throws IOException {
        this.budget = budget;
        this.streams = new DecodedStreams(budget);
        this.fonts = new FontSizes(budget, streams);
        SetFontAndSize setFont = new SetFontAndSize(this);
        addOperation(setFont.getName(), operands -> {
            checkFont(operands);
            setFont.process(Operator.getOperator(setFont.getName()), operands);
        });
        addOperation("m", operands -> moveTo(point(operands, 0)));
        addOperation("l", operands -> lineTo(point(operands, 0)));
        // a curve breaks the straight run: continue from its end point
        addOperation("c", operands -> moveTo(point(operands, 4)));
        addOperation("v", operands -> moveTo(point(operands, 2)));
        addOperation("y", operands -> moveTo(point(operands, 2)));
        addOperation("h", operands -> closePath());
        addOperation("re", this::appendRectangle);
        for (String stroke : List.of("S", "s")) {
            addOperation(stroke, operands -> {
                if (stroke.equals("s")) {
                    closePath();
                }
                strokePath();
            });
        }
        for (String fill : List.of("f", "F", "f*", "B", "B*", "b", "b*")) {
            addOperation(fill, operands -> fillPath());
        }
        addOperation("n", operands -> endPath());
    }

    /** The geometry of every page of {@code document}, in page order. */
    public List<PageGeometry> collect(PDDocument document) throws IOException {
        writeText(document, Writer.nullWriter());
        return pages;
    }

    @Override
    public void processPage(PDPage page) throws IOException {
        COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
        if (contents instanceof COSStream stream) {
            streams.charge(stream);
        } else if (contents instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSStream stream) {
                    streams.charge(stream);
                }
            }
        }
        super.processPage(page);
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        budget.operator();
        super.processOperator(operator, operands);
    }

    @Override
    public void showForm(PDFormXObject form) throws IOException {
        budget.enterXObject();
        try {
            streams.charge(form.getCOSObject());
            super.showForm(form);
        } finally {
            budget.leaveXObject();
        }
    }

    @Override
    public void showTransparencyGroup(PDTransparencyGroup group) throws IOException {
        budget.enterXObject();
        try {
            streams.charge(group.getCOSObject());
            super.showTransparencyGroup(group);
        } finally {
            budget.leaveXObject();
        }
    }

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
            throws IOException {
        budget.glyph();
        super.showGlyph(textRenderingMatrix, font, code, displacement);
    }

    /** The font a {@code Tf} names, checked against the font budgets before PDFBox builds it. */
    private void checkFont(List<COSBase> operands) {
        PDResources resources = getResources();
        if (operands.isEmpty() || !(operands.get(0) instanceof COSName name) || resources == null) {
            return;
        }
        COSDictionary fontResources = resources.getCOSObject().getCOSDictionary(COSName.FONT);
        if (fontResources != null && fontResources.getCOSDictionary(name) != null) {
            fonts.check(fontResources.getCOSDictionary(name));
        }
    }

    @Override
    protected void startPage(PDPage page) {
        frame = new PageFrame(page);
        glyphs = new ArrayList<>();
        rulings = new ArrayList<>();
        endPath();
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        pages.add(new PageGeometry(getCurrentPageNo(), frame.displayedWidth(), frame.displayedHeight(), glyphs,
                rulings));
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        addGlyph(text);
        // PDFTextStripper keeps the position for its text layout, where it may merge a diacritic into it: after ours.
        super.processTextPosition(text);
    }

    private void addGlyph(TextPosition text) {
        String unicode = text.getUnicode();
        if (unicode == null || unicode.isBlank()) {
            return;
        }
        double x0 = text.getXDirAdj();
        double baseline = text.getYDirAdj();
        double height = Math.max(text.getHeightDir(), 1);
        Glyph glyph = new Glyph(CjkRadicals.asIdeographs(unicode), x0, baseline - height,
                x0 + Math.max(text.getWidthDirAdj(), 0.1), baseline);
        if (!isRepaint(glyph)) {
            glyphs.add(glyph);
        }
    }

    private boolean isRepaint(Glyph glyph) {
        int from = Math.max(0, glyphs.size() - REPAINT_WINDOW);
        for (int i = glyphs.size() - 1; i >= from; i--) {
            Glyph previous = glyphs.get(i);
            if (previous.text().equals(glyph.text())
                    && Math.abs(previous.x0() - glyph.x0()) < glyph.width() * 0.3
                    && Math.abs(previous.baseline() - glyph.baseline()) < glyph.height() * 0.3) {
                return true;
            }
        }
        return false;
    }

    private void moveTo(double[] point) {
        budget.pathSegments(1);
        current = new ArrayList<>();
        current.add(point);
        subpaths.add(current);
    }

    private void lineTo(double[] point) {
        if (current == null) {
            moveTo(point);
        } else {
            budget.pathSegments(1);
            current.add(point);
        }
    }

    private void closePath() {
        if (current != null && !current.isEmpty()) {
            budget.pathSegments(1);
            current.add(current.get(0));
        }
    }

    private void appendRectangle(List<COSBase> operands) throws IOException {
        double x = number(operands, 0);
        double y = number(operands, 1);
        double w = number(operands, 2);
        double h = number(operands, 3);
        budget.pathSegments(4);
        double[] p0 = displayed(x, y);
        subpaths.add(new ArrayList<>(List.of(p0, displayed(x + w, y), displayed(x + w, y + h), displayed(x, y + h),
                p0)));
        current = null;
    }

    private void endPath() {
        subpaths.clear();
        current = null;
    }

    private void strokePath() {
        for (List<double[]> subpath : subpaths) {
            for (int i = 1; i < subpath.size(); i++) {
                addSegment(subpath.get(i - 1), subpath.get(i));
            }
        }
        endPath();
    }

    private void fillPath() {
        for (List<double[]> subpath : subpaths) {
            addThinShape(subpath);
        }
        endPath();
    }

    private void addSegment(double[] a, double[] b) {
        if (Math.abs(a[1] - b[1]) <= AXIS_TOLERANCE && Math.abs(a[0] - b[0]) >= MIN_LENGTH) {
            rulings.add(new Ruling(true, (a[1] + b[1]) / 2, Math.min(a[0], b[0]), Math.max(a[0], b[0])));
        } else if (Math.abs(a[0] - b[0]) <= AXIS_TOLERANCE && Math.abs(a[1] - b[1]) >= MIN_LENGTH) {
            rulings.add(new Ruling(false, (a[0] + b[0]) / 2, Math.min(a[1], b[1]), Math.max(a[1], b[1])));
        }
    }

    private void addThinShape(List<double[]> points) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (double[] p : points) {
            minX = Math.min(minX, p[0]);
            maxX = Math.max(maxX, p[0]);
            minY = Math.min(minY, p[1]);
            maxY = Math.max(maxY, p[1]);
        }
        double w = maxX - minX;
        double h = maxY - minY;
        if (h <= MAX_LINE_THICKNESS && w >= MIN_LENGTH && w > h) {
            rulings.add(new Ruling(true, (minY + maxY) / 2, minX, maxX));
        } else if (w <= MAX_LINE_THICKNESS && h >= MIN_LENGTH && h > w) {
            rulings.add(new Ruling(false, (minX + maxX) / 2, minY, maxY));
        }
    }

    /** The operand pair at {@code index} as a point in displayed coordinates. */
    private double[] point(List<COSBase> operands, int index) throws IOException {
        return displayed(number(operands, index), number(operands, index + 1));
    }

    private double[] displayed(double x, double y) {
        Point2D.Float user = getGraphicsState().getCurrentTransformationMatrix().transformPoint((float) x, (float) y);
        return new double[] {frame.x(user.x, user.y), frame.y(user.x, user.y)};
    }

    private static double number(List<COSBase> operands, int index) throws IOException {
        if (operands.size() > index && operands.get(index) instanceof COSNumber number) {
            return number.floatValue();
        }
        throw new IOException("path operator without its numeric operands");
    }

    private void addOperation(String name, Operation operation) {
        addOperator(new OperatorProcessor(this) {
            @Override
            public void process(Operator operator, List<COSBase> operands) throws IOException {
                operation.apply(operands);
            }

            @Override
            public String getName() {
                return name;
            }
        });
    }

    @FunctionalInterface
    private interface Operation {
        void apply(List<COSBase> operands) throws IOException;
    }
}
