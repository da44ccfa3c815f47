package org.directivetracker.api.directives;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.directivetracker.core.api.value.Priority;

import java.time.LocalDate;
import java.util.List;

/**
 * Bodies of the write requests. Bean Validation checks presence; lengths and ranges are the value types' rules,
 * applied when the command is built, so they are stated once.
 */
public final class WriteRequests {
    private WriteRequests() {
    }

    public record IssueDirectiveRequest(
            @NotBlank String title,
            @NotBlank String description,
            @Size(max = 200) String reference,
            @Size(max = 200) String field,
            Priority priority,
            @NotNull LocalDate deadline,
            @NotEmpty List<String> communes) {
    }

    public record AssignCommunesRequest(@NotEmpty List<String> communes) {
    }

    public record ChangeDeadlineRequest(@NotNull LocalDate deadline, @NotBlank String reason) {
    }

    /** Withdraw, deny an extension, return a completion. */
    public record ReasonRequest(@NotBlank String reason) {
    }

    /** Close, accept a completion: the note is optional. */
    public record OptionalNoteRequest(String note) {
    }

    public record ProgressRequest(@NotNull Integer percent, @NotBlank String note) {
    }

    public record ExtensionRequest(@NotNull LocalDate deadline, @NotBlank String reason) {
    }

    /** Grant: the proposed date unless another is given. */
    public record GrantRequest(LocalDate deadline, String note) {
    }

    public record CompletionRequest(@NotBlank String summary) {
    }
}
