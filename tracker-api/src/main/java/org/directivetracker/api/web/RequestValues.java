package org.directivetracker.api.web;

import org.directivetracker.api.web.Problems.FieldError;
import org.directivetracker.core.api.value.CommuneCode;
import org.directivetracker.core.api.value.Deadline;
import org.directivetracker.core.api.value.Description;
import org.directivetracker.core.api.value.InvalidValueException;
import org.directivetracker.core.api.value.Note;
import org.directivetracker.core.api.value.ObstacleCategory;
import org.directivetracker.core.api.value.Percent;
import org.directivetracker.core.api.value.Texts;
import org.directivetracker.core.api.value.Title;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Builds the domain's value types from a request's fields, collecting every bad field under the name the client
 * sent (a {@link Note} built from {@code reason} is reported as {@code reason}), then refusing them all at once:
 * the body's own constraints (presence, the lengths of free texts) and the value types' rules together, one reason
 * per field.
 */
public final class RequestValues {
    private final List<FieldError> errors = new ArrayList<>();

    /** Starts with what the body's Bean Validation constraints refuse; an optional body may be absent. */
    public RequestValues(Validator validator, Object body) {
        Set<ConstraintViolation<Object>> violations = body == null ? Set.of() : validator.validate(body);
        for (ConstraintViolation<Object> violation : violations) {
            errors.add(new FieldError(violation.getPropertyPath().toString(), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field));
    }

    public Title title(String field, String text) {
        return build(field, () -> new Title(text));
    }

    public Description description(String field, String text) {
        return build(field, () -> new Description(text));
    }

    /** An obstacle category's code; whether the province has configured it is the directive's to check. */
    public ObstacleCategory category(String field, String code) {
        return build(field, () -> new ObstacleCategory(code));
    }

    public Note note(String field, String text) {
        return build(field, () -> new Note(text));
    }

    /** An optional text: absent or blank means none. */
    public Note optionalNote(String field, String text) {
        return text == null || text.isBlank() ? null : note(field, text);
    }

    /** An optional short text (a reference, a field of work): only characters that show what they are. */
    public String optionalPlainText(String field, String text) {
        return text == null ? null : build(field, () -> Texts.optionalText(field, text));
    }

    public Deadline deadline(String field, LocalDate date) {
        return build(field, () -> new Deadline(date));
    }

    public Deadline optionalDeadline(String field, LocalDate date) {
        return date == null ? null : deadline(field, date);
    }

    public Percent percent(String field, Integer value) {
        if (isRefused(field)) {
            return null;
        }
        if (value == null) {
            errors.add(new FieldError(field, "must be a number between 0 and 100"));
            return null;
        }
        return build(field, () -> new Percent(value));
    }

    public List<CommuneCode> communes(String field, List<String> codes) {
        if (isRefused(field)) {
            return List.of();
        }
        if (codes == null || codes.isEmpty()) {
            errors.add(new FieldError(field, "must list at least one commune code"));
            return List.of();
        }
        List<CommuneCode> communes = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            CommuneCode commune = build(field + "[" + i + "]", () -> new CommuneCode(code == null ? null : code.strip()));
            if (commune != null) {
                communes.add(commune);
            }
        }
        return communes;
    }

    /** Refuses the request if any field was bad. */
    public void requireValid() {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    /** A field the body's constraints already refused gets no second reason. */
    private boolean isRefused(String field) {
        return errors.stream().anyMatch(error -> error.field().equals(field));
    }

    private <T> T build(String field, Supplier<T> value) {
        if (isRefused(field)) {
            return null;
        }
        try {
            return value.get();
        } catch (InvalidValueException e) {
            errors.add(new FieldError(field, e.reason()));
            return null;
        }
    }
}
