package org.directivetracker.api.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.directivetracker.api.support.JsonArrays.has;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.directivetracker.api.support.ApiTest;
import org.directivetracker.api.support.Eventually;
import org.directivetracker.api.support.Given;
import org.directivetracker.api.support.Http.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The briefing's files list what its JSON lists under {@code overdueReferrals}: each referral past its answer-by date,
 * under the department that owes the answer, with that date and how many days it is past. A referral to the
 * Department of Construction, to answer in 10 days, read in the briefing of the 12th day.
 */
class BriefingReferralFilesTest extends ApiTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private String directiveId;
    private String path;
    private final LocalDate answerBy = Given.inDays(10);

    @BeforeEach
    void aReferralPastItsAnswerByDate() {
        directiveId = given.acknowledged(LANG_TRON);
        String obstacleId = given.raiseObstacle(directiveId, LANG_TRON);
        given.referObstacle(directiveId, LANG_TRON, obstacleId, "SXD");
        path = "/api/briefing?date=" + Given.inDays(12) + "&since=" + Given.inDays(0);
        Eventually.answer(() -> http.get("leader", path), answer -> referredTo(answer, "SXD"));
    }

    @Test
    void theCsvListsTheReferralUnderItsDepartmentWithItsAnswerByDate() {
        Answer csv = http.send(http.request(path, "leader", "demo").header("Accept", "text/csv").GET().build());

        List<String> lines = csv.body().substring(1).lines().toList();
        assertThat(lines.get(0)).endsWith(",\"Mã sở, ngành\",\"Sở, ngành\",Hạn trả lời,Số ngày quá hạn trả lời");
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .startsWith("Quá hạn trả lời," + directiveId + ",Số hóa hồ sơ thủ tục hành chính," + LANG_TRON + ",Láng Tròn,")
                .contains("Trang thiết bị", "Máy scan hư hỏng")
                .endsWith(",SXD,Sở Xây dựng," + DAY_FIRST.format(answerBy) + ",2"));
    }

    @Test
    void theXlsxHasASheetOfOverdueAnswersWithTheDepartmentAndTheDate() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(fetch(path, XLSX).body()))) {
            Sheet sheet = workbook.getSheet("Quá hạn trả lời");
            assertThat(sheet).as("the sheet of overdue answers").isNotNull();
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Sở, ngành");
            Row row = rowOf(sheet, directiveId);
            DataFormatter shown = new DataFormatter();
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("Sở Xây dựng");
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("SXD");
            assertThat(row.getCell(4).getStringCellValue()).isEqualTo("Láng Tròn");
            assertThat(shown.formatCellValue(row.getCell(9))).isEqualTo(DAY_FIRST.format(answerBy));
            assertThat(row.getCell(10).getNumericCellValue()).isEqualTo(2);
        }
    }

    @Test
    void thePdfHasASectionPerDepartmentWithItsOverdueReferrals() throws IOException {
        HttpResponse<byte[]> response = fetch(path, "application/pdf");
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Vướng mắc quá hạn trả lời, theo sở, ngành", "Hạn trả lời", DAY_FIRST.format(answerBy));
            assertThat(text).containsPattern("Sở Xây dựng \\(SXD\\): \\d+ vướng mắc quá hạn trả lời");
        }
    }

    /** Whether the briefing's JSON lists this test's referral as overdue under the department. */
    private boolean referredTo(Answer briefing, String department) {
        for (JsonNode entry : briefing.json().get("overdueReferrals")) {
            if (entry.get("departmentCode").asText().equals(department) && has(entry.get("overdue"), "directiveId", directiveId)) {
                return true;
            }
        }
        return false;
    }

    private static Row rowOf(Sheet sheet, String directiveId) {
        for (Row row : sheet) {
            if (row.getCell(3) != null && directiveId.equals(row.getCell(3).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row of directive " + directiveId + " in sheet " + sheet.getSheetName());
    }

    private HttpResponse<byte[]> fetch(String path, String accept) {
        try {
            HttpResponse<byte[]> response = CLIENT.send(http.request(path, "leader", "demo").header("Accept", accept).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(200);
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
