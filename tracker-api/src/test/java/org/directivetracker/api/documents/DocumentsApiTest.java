package org.directivetracker.api.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.directivetracker.api.support.ApiTest;
import org.junit.jupiter.api.Test;

/**
 * The files a province files, read back as an office would read them: each XLSX with POI (Vietnamese headers, the
 * header row frozen, widths set, days shown dd/MM/yyyy), each PDF's text with PDFBox (the official header and the
 * Vietnamese intact). The demo province gives them content.
 */
class DocumentsApiTest extends ApiTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final DataFormatter SHOWN = new DataFormatter();

    @Test
    void theBriefingAsXlsxHasASheetPerPartWithVietnameseHeadersFrozenAndDatesDayFirst() throws IOException {
        try (Workbook workbook = xlsx("/api/briefing", XLSX)) {
            assertThat(sheetNames(workbook)).containsExactly("Quá hạn", "Sắp đến hạn", "Vướng mắc", "Xếp hạng", "Quá hạn trả lời");
            Sheet overdue = workbook.getSheet("Quá hạn");
            assertThat(texts(overdue.getRow(0))).startsWith("Nhiệm vụ", "Mã nhiệm vụ", "Xã, phường", "Mã xã", "Tình trạng", "Hạn xử lý");
            assertFrozenHeaderAndWidths(overdue);
            assertThat(overdue.getLastRowNum()).as("the demo has overdue tasks").isPositive();
            Cell deadline = overdue.getRow(1).getCell(5);
            assertThat(deadline.getCellStyle().getDataFormatString()).isEqualTo("dd/MM/yyyy");
            assertThat(SHOWN.formatCellValue(deadline)).matches("\\d{2}/\\d{2}/\\d{4}");
            assertThat(overdue.getRow(1).getCell(4).getStringCellValue()).isEqualTo("Quá hạn");
        }
    }

    @Test
    void theStatisticsAsXlsxRankTheCommunesAndEndWithTheProvincesTotal() throws IOException {
        try (Workbook workbook = xlsx("/api/statistics?from=2026-01-01&to=2026-12-31&format=xlsx", null)) {
            Sheet sheet = workbook.getSheet("Thống kê");
            assertThat(texts(sheet.getRow(0))).containsExactly("STT", "Mã", "Xã, phường", "Nhiệm vụ đến hạn",
                    "Hoàn thành đúng hạn", "Hoàn thành trễ hạn", "Chưa hoàn thành, quá hạn", "Chưa hoàn thành, trong hạn",
                    "Tỷ lệ hoàn thành", "Tỷ lệ đúng hạn");
            assertFrozenHeaderAndWidths(sheet);
            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(first.getCell(2).getStringCellValue()).as("a commune's name, diacritics and all").isNotBlank();
            assertThat(SHOWN.formatCellValue(first.getCell(9))).endsWith("%");
            Row total = sheet.getRow(sheet.getLastRowNum());
            assertThat(total.getCell(2).getStringCellValue()).isEqualTo("Toàn tỉnh");
            double due = 0;
            for (int i = 1; i < sheet.getLastRowNum(); i++) {
                due += sheet.getRow(i).getCell(3).getNumericCellValue();
            }
            assertThat(total.getCell(3).getNumericCellValue()).as("the total is the sum of the communes").isEqualTo(due);
        }
    }

    @Test
    void theObstacleRegisterAsXlsxNamesCategoriesInVietnameseAndDatesDayFirst() throws IOException {
        try (Workbook workbook = xlsx("/api/obstacles?format=xlsx", null)) {
            Sheet register = workbook.getSheet("Sổ vướng mắc");
            assertThat(texts(register.getRow(0))).contains("Loại vướng mắc", "Nội dung", "Ngày nêu", "Kết quả giải quyết");
            assertFrozenHeaderAndWidths(register);
            Row first = register.getRow(1);
            assertThat(first.getCell(4).getStringCellValue())
                    .isIn("Nhân lực", "Trang thiết bị", "Kinh phí", "Văn bản pháp lý", "Dữ liệu, hệ thống", "Khác");
            assertThat(SHOWN.formatCellValue(first.getCell(6))).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
        }
    }

    @Test
    void theBriefingAsPdfCarriesTheOfficialHeaderAndItsVietnameseIntact() throws IOException {
        String text = pdfText("/api/briefing", "application/pdf");

        assertThat(text).contains(OfficialHeader.NATIONAL_TITLE, OfficialHeader.MOTTO, "ỦY BAN NHÂN DÂN TỈNH CÀ MAU",
                "Số: ", "/BC-UBND", "Cà Mau, ngày ", "BÁO CÁO", "Nhiệm vụ quá hạn", "Xếp hạng xã theo số nhiệm vụ quá hạn");
    }

    @Test
    void theStatisticsAsPdfListTheCommunesAndTheProvincesTotal() throws IOException {
        String text = pdfText("/api/statistics?from=2026-01-01&to=2026-12-31&format=pdf", null);

        assertThat(text).contains(OfficialHeader.NATIONAL_TITLE, OfficialHeader.MOTTO,
                "Kết quả thực hiện nhiệm vụ được giao từ ngày 01/01/2026 đến ngày 31/12/2026", "Toàn tỉnh");
    }

    @Test
    void theObstacleRegisterAsPdfHasItsTitleAndCategoriesInVietnamese() throws IOException {
        String text = pdfText("/api/obstacles", "application/pdf");

        assertThat(text).contains(OfficialHeader.MOTTO, "SỔ THEO DÕI VƯỚNG MẮC", "Loại vướng mắc");
    }

    @Test
    void theBriefingStillAnswersCsvAndJsonByDefault() {
        assertThat(http.send(http.request("/api/briefing", "leader", "demo").header("Accept", "text/csv").GET().build())
                .contentType()).startsWith("text/csv");
        assertThat(http.get("leader", "/api/statistics").contentType()).startsWith("application/json");
    }

    private static void assertFrozenHeaderAndWidths(Sheet sheet) {
        assertThat(sheet.getPaneInformation().isFreezePane()).as("the header row stays in view").isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(sheet.getColumnWidth(0)).as("widths set, not the default").isNotEqualTo(sheet.getDefaultColumnWidth() * 256);
    }

    private Workbook xlsx(String path, String accept) throws IOException {
        HttpResponse<byte[]> response = fetch(path, accept);
        assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(XLSX);
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("attachment", ".xlsx");
        return new XSSFWorkbook(new ByteArrayInputStream(response.body()));
    }

    private String pdfText(String path, String accept) throws IOException {
        HttpResponse<byte[]> response = fetch(path, accept);
        assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            return oneLine(new PDFTextStripper().getText(pdf));
        }
    }

    private HttpResponse<byte[]> fetch(String path, String accept) {
        HttpRequest.Builder request = http.request(path, "leader", "demo").GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The text with its line breaks as spaces: a table cell or a header column wraps where its width ends. */
    static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static List<String> sheetNames(Workbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }
}
