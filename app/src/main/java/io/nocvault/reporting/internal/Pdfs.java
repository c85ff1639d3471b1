package io.nocvault.reporting.internal;

import java.awt.Color;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/** The shared look of the PDF reports: fonts, headings and table cells (OpenPDF, built-in Helvetica). */
final class Pdfs {

    static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16, Font.NORMAL);
    static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12, Font.NORMAL);
    static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 9, Font.NORMAL);
    static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 7.5f, Font.NORMAL);
    static final Font HEAD_CELL = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8, Font.NORMAL);
    private static final Color HEAD_BACKGROUND = new Color(0xE5, 0xEF, 0xFF);

    private Pdfs() {}

    static Paragraph title(String text) {
        Paragraph p = new Paragraph(text, TITLE);
        p.setSpacingAfter(4);
        return p;
    }

    static Paragraph heading(String text) {
        Paragraph p = new Paragraph(text, HEADING);
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        return p;
    }

    static Paragraph text(String text) {
        return new Paragraph(text, TEXT);
    }

    static PdfPTable table(String... headers) {
        PdfPTable table = new PdfPTable(headers.length);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(header, HEAD_CELL));
            cell.setBackgroundColor(HEAD_BACKGROUND);
            table.addCell(cell);
        }
        return table;
    }

    static void cell(PdfPTable table, Object value, Font font) {
        table.addCell(new PdfPCell(new Phrase(value == null ? "" : value.toString(), font)));
    }

    static void number(PdfPTable table, long value) {
        PdfPCell cell = new PdfPCell(new Phrase(Long.toString(value), TEXT));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(cell);
    }

    static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }
}
