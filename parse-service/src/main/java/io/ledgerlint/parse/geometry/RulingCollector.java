package io.ledgerlint.parse.geometry;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * Collects the ruling lines a page draws: stroked straight segments (lines and rectangle edges) and filled shapes
 * thin enough to be lines (word processors often draw table borders as thin filled rectangles). Curves, images,
 * clipping paths and large filled areas (shading, backgrounds) are ignored.
 */
final class RulingCollector extends PDFGraphicsStreamEngine {

    /** A filled shape is a line when it is at most this thick (points). */
    private static final double MAX_LINE_THICKNESS = 2.5;
    /** Stroked segments within this of axis-parallel count as horizontal/vertical. */
    private static final double AXIS_TOLERANCE = 0.5;
    /** Shorter segments carry no grid information (glyph decorations, dots). */
    private static final double MIN_LENGTH = 1.0;

    private final PageFrame frame;
    private final List<Ruling> rulings = new ArrayList<>();
    /** The current path as subpaths of points in displayed coordinates. */
    private final List<List<double[]>> subpaths = new ArrayList<>();
    private List<double[]> current;
    /** The current point in user space, as the path operators need it. */
    private final Point2D.Float currentPoint = new Point2D.Float();

    RulingCollector(PDPage page) {
        super(page);
        this.frame = new PageFrame(page);
    }

    List<Ruling> collect() throws IOException {
        processPage(getPage());
        return rulings;
    }

    private double[] displayed(Point2D p) {
        return new double[] {frame.x(p.getX(), p.getY()), frame.y(p.getX(), p.getY())};
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        List<double[]> rectangle = new ArrayList<>(List.of(displayed(p0), displayed(p1), displayed(p2), displayed(p3),
                displayed(p0)));
        subpaths.add(rectangle);
        current = null;
        currentPoint.setLocation(p0);
    }

    @Override
    public void moveTo(float x, float y) {
        currentPoint.setLocation(x, y);
        current = new ArrayList<>();
        current.add(displayed(new Point2D.Float(x, y)));
        subpaths.add(current);
    }

    @Override
    public void lineTo(float x, float y) {
        if (current == null) {
            moveTo(x, y);
            return;
        }
        currentPoint.setLocation(x, y);
        current.add(displayed(new Point2D.Float(x, y)));
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        // A curve breaks the straight run; continue from its end point.
        moveTo(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return currentPoint;
    }

    @Override
    public void closePath() {
        if (current != null && !current.isEmpty()) {
            current.add(current.get(0));
        }
    }

    @Override
    public void endPath() {
        subpaths.clear();
        current = null;
    }

    @Override
    public void strokePath() {
        for (List<double[]> subpath : subpaths) {
            for (int i = 1; i < subpath.size(); i++) {
                addSegment(subpath.get(i - 1), subpath.get(i));
            }
        }
        endPath();
    }

    @Override
    public void fillPath(int windingRule) {
        for (List<double[]> subpath : subpaths) {
            addThinShape(subpath);
        }
        endPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        fillPath(windingRule);
    }

    @Override
    public void clip(int windingRule) {
        // The clipping path is followed by 'n' (endPath), which discards it.
    }

    @Override
    public void drawImage(PDImage pdImage) {
    }

    @Override
    public void shadingFill(COSName shadingName) {
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
}
