package org.directivetracker.api.contacts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.directivetracker.api.security.LocalAccounts;
import org.directivetracker.api.web.InvalidRequestException;
import org.directivetracker.api.web.Problems.FieldError;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.Role;
import org.directivetracker.core.domain.NotPermittedException;
import org.directivetracker.core.domain.UnknownReferenceException;
import org.directivetracker.projections.communes.CommuneDirectory;
import org.directivetracker.projections.departments.DepartmentDirectory;

/**
 * The one door to the contacts, for REST and the province's page: a commune's, a department's or an account's own
 * e-mail, phone and Zalo id, kept, read and erased by the province's accounts only. The addresses live in the contacts
 * collection and nowhere else (no event, no log line).
 */
public class ContactKeeping {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^(\\+84|0)[0-9]{9,10}$");
    private static final Pattern ZALO_ID = Pattern.compile("^[A-Za-z0-9_-]{1,64}$");
    private static final Pattern COMMUNE_CODE = Pattern.compile("^[0-9]{5}$");

    private final ContactBook contacts;
    private final CommuneDirectory communes;
    private final DepartmentDirectory departments;
    private final LocalAccounts accounts;

    public ContactKeeping(ContactBook contacts, CommuneDirectory communes, DepartmentDirectory departments, LocalAccounts accounts) {
        this.contacts = contacts;
        this.communes = communes;
        this.departments = departments;
        this.accounts = accounts;
    }

    /** The addresses asked for: each optional; one left out is cleared. */
    public record ContactRequest(String email, String phone, String zaloId) {
    }

    public Contact keep(String code, ContactRequest request, Actor actor) {
        requireProvince(actor);
        requireKnownCode(code);
        return save(code, request);
    }

    public Contact keepForAccount(String account, ContactRequest request, Actor actor) {
        requireProvince(actor);
        requireLocalAccount(account);
        return save(Contact.accountKey(account), request);
    }

    public Contact find(String code, Actor actor) {
        requireProvince(actor);
        return contacts.find(code).orElseThrow(() -> new NoContactException(code));
    }

    public Contact findForAccount(String account, Actor actor) {
        requireProvince(actor);
        requireLocalAccount(account);
        return contacts.findAccount(account).orElseThrow(() -> new NoContactException("account " + account));
    }

    public void erase(String code, Actor actor) {
        requireProvince(actor);
        if (!contacts.erase(code)) {
            throw new NoContactException(code);
        }
    }

    public void eraseForAccount(String account, Actor actor) {
        requireProvince(actor);
        requireLocalAccount(account);
        if (!contacts.erase(Contact.accountKey(account))) {
            throw new NoContactException("account " + account);
        }
    }

    /** Every contact kept, for the province's page. */
    public List<Contact> all(Actor actor) {
        requireProvince(actor);
        return contacts.all();
    }

    private Contact save(String key, ContactRequest request) {
        List<FieldError> errors = new ArrayList<>();
        String email = checked("email", request.email(), EMAIL, "must be an e-mail address such as vanphong@camau.gov.vn", errors);
        String phone = checked("phone", request.phone(), PHONE, "must be a Vietnamese mobile number (0912345678 or +84912345678)", errors);
        String zaloId = checked("zaloId", request.zaloId(), ZALO_ID, "must be the Zalo user id (letters, digits, - or _)", errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        Contact contact = new Contact(key, email, phone, zaloId);
        contacts.save(contact);
        return contact;
    }

    private static void requireProvince(Actor actor) {
        if (actor.role() != Role.PROVINCE) {
            throw new NotPermittedException("contacts are kept by the province's accounts only");
        }
    }

    /** A commune of the province (404 otherwise), or a department of its list (400 otherwise: the code is not one). */
    private void requireKnownCode(String code) {
        if (COMMUNE_CODE.matcher(code).matches()) {
            if (communes.find(code).isEmpty()) {
                throw new NoContactException(code);
            }
        } else if (departments.find(code).isEmpty()) {
            throw new InvalidRequestException(List.of(new FieldError("code",
                    "must be a commune's code or a department's of the province's list (e.g. SXD)")));
        }
    }

    private void requireLocalAccount(String account) {
        if (accounts.find(account).isEmpty()) {
            throw new NoContactException("account " + account);
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

    /** No such commune or account, or no contact kept for it (HTTP 404). */
    static final class NoContactException extends UnknownReferenceException {
        NoContactException(String what) {
            super("no contact is kept for " + what);
        }
    }
}
