package io.canale.shared.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Lays out a business document (an order confirmation, an incentive statement) on A4 pages with PDFBox: a heading,
 * label/value rows, tables and lines of text. Only the standard Helvetica fonts are used (nothing to embed); characters
 * they cannot print become "?". Texts arrive already written in the document's language; this class knows nothing of
 * what it lays out.
 */
public final class TablePdf implements AutoCloseable {

    private static final float MARGIN = 50;
    private static final float LEADING = 14;
    private static final float SIZE = 10;

    /** One table column: its width in points and whether figures in it align right. */
    public record Column(String heading, float width, boolean right) {
    }

    private final PDDocument document = new PDDocument();
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDPageContentStream page;
    private float y;

    public TablePdf(String title) {
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(printable(title));
        info.setProducer("Canale");
        document.setDocumentInformation(info);
        newPage();
    }

    public void heading(String text) {
        room(2 * LEADING);
        write(bold, 16, MARGIN, text);
        y -= 2 * LEADING;
    }

    public void subheading(String text) {
        room(2 * LEADING);
        y -= LEADING / 2;
        write(bold, 12, MARGIN, text);
        y -= LEADING * 1.5f;
    }

    /** A label in bold with its value beside it. */
    public void row(String label, String value) {
        room(LEADING);
        write(bold, SIZE, MARGIN, label);
        write(regular, SIZE, MARGIN + 150, fit(value, regular, SIZE, width() - 150));
        y -= LEADING;
    }

    public void text(String text) {
        room(LEADING);
        write(regular, SIZE, MARGIN, fit(text, regular, SIZE, width()));
        y -= LEADING;
    }

    /** A table: a bold heading row, then one row per entry; cells too long for their column are shortened with "…". */
    public void table(List<Column> columns, List<List<String>> rows) {
        table(columns, rows, SIZE);
    }

    /** As {@link #table(List, List)}, in a smaller type for tables with many columns. */
    public void table(List<Column> columns, List<List<String>> rows, float size) {
        float leading = LEADING * size / SIZE;
        room(2 * leading);
        cells(columns, columns.stream().map(Column::heading).toList(), bold, size, leading);
        for (List<String> row : rows) {
            room(leading);
            cells(columns, row, regular, size, leading);
        }
    }

    public byte[] bytes() {
        try {
            page.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private void cells(List<Column> columns, List<String> values, PDType1Font font, float size, float leading) {
        float x = MARGIN;
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            String value = fit(values.get(i) == null ? "" : values.get(i), font, size, column.width() - 6);
            float at = column.right() ? x + column.width() - 6 - textWidth(value, font, size) : x;
            write(font, size, at, value);
            x += column.width();
        }
        y -= leading;
    }

    private float width() {
        return PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    private void room(float needed) {
        if (y - needed < MARGIN) {
            try {
                page.close();
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            newPage();
        }
    }

    private void newPage() {
        PDPage next = new PDPage(PDRectangle.A4);
        document.addPage(next);
        try {
            page = new PDPageContentStream(document, next);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private void write(PDType1Font font, float size, float x, String text) {
        try {
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset(x, y);
            page.showText(printable(text, font));
            page.endText();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The text shortened with an ellipsis until it fits the width. */
    private static String fit(String text, PDType1Font font, float size, float width) {
        String printable = printable(text, font);
        if (textWidth(printable, font, size) <= width) {
            return printable;
        }
        String shortened = printable;
        while (!shortened.isEmpty() && textWidth(shortened + "…", font, size) > width) {
            shortened = shortened.substring(0, shortened.length() - 1);
        }
        return shortened + "…";
    }

    private static float textWidth(String text, PDType1Font font, float size) {
        try {
            return font.getStringWidth(printable(text, font)) / 1000 * size;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static String printable(String text) {
        return printable(text, new PDType1Font(Standard14Fonts.FontName.HELVETICA));
    }

    /** Replaces what the font cannot encode (WinAnsi) by "?", and narrow or odd spaces by a plain one. */
    static String printable(String text, PDType1Font font) {
        List<String> parts = new ArrayList<>();
        text.replace('\u202f', ' ').replace('\u2009', ' ').replace('\t', ' ').replace('\n', ' ').codePoints().forEach(codePoint -> {
            String character = Character.toString(codePoint);
            try {
                font.encode(character);
                parts.add(character);
            } catch (IOException | IllegalArgumentException unprintable) {
                parts.add("?");
            }
        });
        return String.join("", parts);
    }
}
