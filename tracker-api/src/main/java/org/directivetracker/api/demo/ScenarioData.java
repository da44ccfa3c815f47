package org.directivetracker.api.demo;

import org.directivetracker.core.api.value.Priority;

import java.util.List;
import java.util.Map;

/**
 * A demo or training scenario as written in its YAML file ({@code demo/scenario.yml}): the directives the province
 * issues and the words its people write. How communes react is drawn by {@link DemoScenario} from fixed seeds.
 */
public record ScenarioData(Texts texts, List<PlannedDirective> directives) {

    /** A directive of the scenario; days are relative to the load day (negative: in the past). */
    public record PlannedDirective(String title, String description, String reference, String field, Priority priority,
                                   Integer issuedDay, Integer deadlineDay, Integer communes, Special special) {
        public PlannedDirective {
            special = special == null ? Special.NONE : special;
        }
    }

    /** What happens to a directive as a whole, besides the communes' own stories. */
    public enum Special { NONE, WITHDRAWN, CLOSED, DEADLINE_CHANGED, COMMUNES_ADDED }

    /**
     * The words of the scenario; {@code {commune}} stands for the commune's name, {@code {percent}} for a reported
     * percent.
     */
    public record Texts(String withdrawal, String deadlineChange, String closing, List<String> progressNotes,
                        String progressDetail, Map<String, String> obstacles, String resolvedByProvince,
                        String resolvedByCommune, String extensionReason, String extensionGranted, String extensionDenied,
                        String completion, String completionAccepted, String completionReturned, Referrals referrals) {

        String progressNote(int index, String commune, int percent) {
            return progressNotes.get(index) + fill(progressDetail, commune).replace("{percent}", Integer.toString(percent));
        }

        String completionBy(String commune) {
            return fill(completion, commune);
        }

        private static String fill(String template, String commune) {
            return template.replace("{commune}", commune);
        }
    }

    /**
     * How the province refers obstacles it cannot remove itself: the department each category goes to, the note it
     * sends, the department's answer and the commune's reason when the answer did not help.
     */
    public record Referrals(Map<String, String> departments, String note, String answer, String escalation) {
    }
}
