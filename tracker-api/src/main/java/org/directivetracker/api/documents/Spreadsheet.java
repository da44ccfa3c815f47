package org.directivetracker.api.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.directivetracker.core.api.value.ProvinceTime;

/**
 * An XLSX workbook of plain tables, as an office opens it: a bold header row that stays in view (frozen), columns
 * wide enough for their words, days as real dates shown dd/MM/yyyy, times in the province's zone, rates as
 * percentages.
 */
public final class Spreadsheet {

    /** A column: its header and its width in characters. */
    public record Column(String title, int width) {
    }

    /** A rate, written as a percentage cell (the value a fraction). */
    public record Rate(Double fraction) {
    }

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle header;
    private final CellStyle date;
    private final CellStyle dateTime;
    private final CellStyle percent;
    private final CellStyle text;
    private Sheet sheet;
    private int nextRow;

    public Spreadsheet() {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("dd/MM/yyyy"));
        dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(workbook.createDataFormat().getFormat("dd/MM/yyyy HH:mm"));
        percent = workbook.createCellStyle();
        percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
        text = workbook.createCellStyle();
        text.setWrapText(true);
        text.setVerticalAlignment(VerticalAlignment.TOP);
    }

    /** Starts a sheet with its header row, frozen, and its column widths. */
    public Spreadsheet sheet(String name, List<Column> columns) {
        sheet = workbook.createSheet(org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(name));
        Row row = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(columns.get(i).title());
            cell.setCellStyle(header);
            sheet.setColumnWidth(i, Math.min(255, columns.get(i).width()) * 256);
        }
        sheet.createFreezePane(0, 1);
        nextRow = 1;
        return this;
    }

    /** A row of the current sheet: texts, numbers, {@link LocalDate}s, {@link Instant}s, {@link Rate}s; null leaves a cell empty. */
    public Spreadsheet row(Object... values) {
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null || value instanceof Rate rate && rate.fraction() == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof LocalDate day) {
                cell.setCellValue(day);
                cell.setCellStyle(date);
            } else if (value instanceof Instant instant) {
                cell.setCellValue(instant.atZone(ProvinceTime.ZONE).toLocalDateTime());
                cell.setCellStyle(dateTime);
            } else if (value instanceof Rate rate) {
                cell.setCellValue(rate.fraction());
                cell.setCellStyle(percent);
            } else if (value instanceof Boolean flag) {
                cell.setCellValue(flag);
            } else {
                cell.setCellValue(value.toString());
                cell.setCellStyle(text);
            }
        }
        return this;
    }

    public byte[] toBytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            workbook.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
