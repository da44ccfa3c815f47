package org.directivetracker.api.contacts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.directivetracker.api.web.InvalidRequestException;
import org.directivetracker.api.web.Problems.FieldError;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.Role;
import org.directivetracker.core.domain.NotPermittedException;
import org.directivetracker.core.domain.UnknownReferenceException;
import org.directivetracker.projections.communes.CommuneDirectory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Contacts of communes and departments, for reminders: set, read and erase, by the province only. The addresses live
 * in the contacts collection and nowhere else (no event, no log line).
 */
@RestController
@RequestMapping("/api/contacts")
public class ContactsController {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^(\\+84|0)[0-9]{9,10}$");
    private static final Pattern ZALO_ID = Pattern.compile("^[A-Za-z0-9_-]{1,64}$");
    /** Department codes as in the departments file (e.g. SXD); there is no department registry to check them against yet. */
    private static final Pattern DEPARTMENT = Pattern.compile("^[A-Z][A-Z0-9]{1,15}$");

    private final ContactBook contacts;
    private final CommuneDirectory communes;

    public ContactsController(ContactBook contacts, CommuneDirectory communes) {
        this.contacts = contacts;
        this.communes = communes;
    }

    /** The body of a PUT: each field optional; a field left out is cleared. */
    public record ContactRequest(String email, String phone, String zaloId) {
    }

    @PutMapping("/{code}")
    public Contact put(@PathVariable String code, @RequestBody ContactRequest body, Actor actor) {
        requireProvince(actor);
        requireKnown(code);
        List<FieldError> errors = new ArrayList<>();
        String email = checked("email", body.email(), EMAIL, "must be an e-mail address such as vanphong@camau.gov.vn", errors);
        String phone = checked("phone", body.phone(), PHONE, "must be a Vietnamese mobile number (0912345678 or +84912345678)", errors);
        String zaloId = checked("zaloId", body.zaloId(), ZALO_ID, "must be the Zalo user id (letters, digits, - or _)", errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        Contact contact = new Contact(code, email, phone, zaloId);
        contacts.save(contact);
        return contact;
    }

    @GetMapping("/{code}")
    public Contact get(@PathVariable String code, Actor actor) {
        requireProvince(actor);
        return contacts.find(code).orElseThrow(() -> new NoContactException(code));
    }

    @DeleteMapping("/{code}")
    public ResponseEntity<Void> erase(@PathVariable String code, Actor actor) {
        requireProvince(actor);
        if (!contacts.erase(code)) {
            throw new NoContactException(code);
        }
        return ResponseEntity.noContent().build();
    }

    private static void requireProvince(Actor actor) {
        if (actor.role() != Role.PROVINCE) {
            throw new NotPermittedException("contacts are kept by the province's accounts only");
        }
    }

    private void requireKnown(String code) {
        if (communes.find(code).isEmpty() && !DEPARTMENT.matcher(code).matches()) {
            throw new NoContactException(code);
        }
    }

    private static String checked(String field, String value, Pattern pattern, String reason, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (!pattern.matcher(trimmed).matches()) {
            errors.add(new FieldError(field, reason));
        }
        return trimmed;
    }

    /** No such commune or department, or no contact kept for it (HTTP 404). */
    static final class NoContactException extends UnknownReferenceException {
        NoContactException(String code) {
            super("no contact is kept for " + code);
        }
    }
}
