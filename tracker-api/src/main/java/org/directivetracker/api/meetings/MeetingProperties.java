package org.directivetracker.api.meetings;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Meetings ({@code tracker.meetings}): the notice's recipients ("Nơi nhận") as the committee's office lists them, and
 * who chairs the meetings as the notice names it (empty: not named).
 */
@ConfigurationProperties("tracker.meetings")
public record MeetingProperties(
        @DefaultValue({"Thường trực Tỉnh ủy", "Thường trực HĐND tỉnh", "Chủ tịch, các PCT UBND tỉnh",
                "Các sở, ban, ngành tỉnh", "UBND các xã, phường", "Lưu: VT"}) List<String> noticeRecipients,
        @DefaultValue("") String chairedBy) {
}
