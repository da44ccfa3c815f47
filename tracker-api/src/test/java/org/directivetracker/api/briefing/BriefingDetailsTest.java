package org.directivetracker.api.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.directivetracker.api.obstacles.ObstacleCategoryNames;
import org.directivetracker.api.obstacles.ObstacleCategoryProperties;
import org.directivetracker.core.api.query.BriefingChange;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A briefing change in the reader's words, from the service's own bundles. */
class BriefingDetailsTest {
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final BriefingDetails details = new BriefingDetails(bundles());

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "i18n/threads");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        // the categories' names come from the configuration, under the bundles
        messages.setParentMessageSource(new ObstacleCategoryNames(new ObstacleCategoryProperties(List.of(
                new ObstacleCategoryProperties.Category("FUNDING", "Kinh phí", "Funding")))));
        return messages;
    }

    private static BriefingChange change(String detail, String kind, List<String> values) {
        return new BriefingChange(Instant.parse("2026-11-30T02:00:00Z"), "d1", "Số hóa hồ sơ", "31951", "Láng Tròn", null, detail, kind, values);
    }

    @Test
    void aGrantedExtensionIsSaidInVietnameseWithDatesAsTheProvinceWritesThem() {
        assertThat(details.describe(change("Đồng ý", "EXTENSION_GRANTED", List.of("2026-12-01", "2026-12-31")), VIETNAMESE))
                .isEqualTo("đồng ý gia hạn từ 01/12/2026 đến 31/12/2026. Đồng ý");
    }

    @Test
    void anObstaclesCategoryIsAWordNotACode() {
        assertThat(details.describe(change("Chưa có kinh phí", "OBSTACLE_RAISED", List.of("FUNDING")), VIETNAMESE))
                .doesNotContain("FUNDING").endsWith(": Chưa có kinh phí");
    }

    @Test
    void aChangeRecordedBeforeItsKindExistedKeepsItsStoredWords() {
        assertThat(details.describe(change("completion accepted", null, List.of()), VIETNAMESE)).isEqualTo("completion accepted");
    }
}
