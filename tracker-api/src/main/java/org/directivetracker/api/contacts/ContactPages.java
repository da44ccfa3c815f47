package org.directivetracker.api.contacts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.directivetracker.api.contacts.ContactKeeping.ContactRequest;
import org.directivetracker.api.pages.PageController;
import org.directivetracker.api.web.InvalidRequestException;
import org.directivetracker.api.web.Problems.FieldError;
import org.directivetracker.core.api.Actor;
import org.directivetracker.projections.communes.CommuneDirectory;
import org.directivetracker.projections.departments.DepartmentDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The province's page of contacts: every address kept for reminders, a form for a commune's or department's and one
 * for an account's own, and an erase button on each. Writes go through {@link ContactKeeping}, as REST's do.
 */
@Controller
@PageController
public class ContactPages {

    static final String PATH = "/province/contacts";

    private final ContactKeeping keeping;
    private final CommuneDirectory communes;
    private final DepartmentDirectory departments;

    public ContactPages(ContactKeeping keeping, CommuneDirectory communes, DepartmentDirectory departments) {
        this.keeping = keeping;
        this.communes = communes;
        this.departments = departments;
    }

    /** A contact as the page lists it: whom it reaches, by name, and the key to edit or erase it by. */
    public record Row(String key, String recipient, boolean account, String email, String phone, String zaloId) {
    }

    /** What a form holds, to show again with its errors. */
    public record Form(String target, String code, String account, String email, String phone, String zaloId) {
        static Form empty(String target) {
            return new Form(target, null, null, null, null, null);
        }
    }

    @GetMapping(PATH)
    public String page(@RequestParam(required = false) String edit, Actor actor, HttpServletRequest request, Model model) {
        List<Row> rows = keeping.all(actor).stream().map(this::rowOf).toList();
        Form codeForm = Form.empty("code");
        Form accountForm = Form.empty("account");
        for (Row row : rows) {
            if (row.key().equals(edit)) {
                Form filled = new Form(row.account() ? "account" : "code", row.account() ? null : row.key(),
                        row.account() ? row.recipient() : null, row.email(), row.phone(), row.zaloId());
                codeForm = row.account() ? codeForm : filled;
                accountForm = row.account() ? filled : accountForm;
            }
        }
        return show(model, request, actor, rows, codeForm, accountForm, Map.of());
    }

    @PostMapping(PATH)
    public String keep(@RequestParam String target, @RequestParam(required = false) String code,
                       @RequestParam(required = false) String account, @RequestParam(required = false) String email,
                       @RequestParam(required = false) String phone, @RequestParam(required = false) String zaloId,
                       Actor actor, HttpServletRequest request, Model model, RedirectAttributes flash) {
        boolean forAccount = "account".equals(target);
        ContactRequest contact = new ContactRequest(email, phone, zaloId);
        Form form = new Form(forAccount ? "account" : "code", code, account, email, phone, zaloId);
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            if (forAccount) {
                keeping.keepForAccount(account == null ? "" : account.strip(), contact, actor);
            } else {
                keeping.keep(code == null ? "" : code, contact, actor);
            }
            flash.addFlashAttribute("flash", "contacts.page.kept");
            return "redirect:" + PATH;
        } catch (InvalidRequestException e) {
            for (FieldError error : e.errors()) {
                errors.put(error.field(), "contacts.invalid." + error.field());
            }
        } catch (ContactKeeping.NoContactException e) {
            errors.put(forAccount ? "account" : "code", forAccount ? "contacts.invalid.account" : "contacts.invalid.code");
        }
        List<Row> rows = keeping.all(actor).stream().map(this::rowOf).toList();
        return show(model, request, actor, rows, forAccount ? Form.empty("code") : form, forAccount ? form : Form.empty("account"), errors);
    }

    @PostMapping(PATH + "/erase")
    public String erase(@RequestParam String key, Actor actor, RedirectAttributes flash) {
        Contact contact = new Contact(key, null, null, null);
        try {
            if (contact.belongsToAnAccount()) {
                keeping.eraseForAccount(contact.account(), actor);
            } else {
                keeping.erase(key, actor);
            }
            flash.addFlashAttribute("flash", "contacts.page.erased");
        } catch (ContactKeeping.NoContactException e) {
            flash.addFlashAttribute("flash", "contacts.page.none-to-erase");
        }
        return "redirect:" + PATH;
    }

    private String show(Model model, HttpServletRequest request, Actor actor, List<Row> rows, Form codeForm, Form accountForm,
                        Map<String, String> errors) {
        model.addAttribute("actor", actor);
        model.addAttribute("currentPath", request.getRequestURI().substring(request.getContextPath().length()));
        model.addAttribute("rows", rows);
        model.addAttribute("communes", communes.all());
        model.addAttribute("departments", departments.all());
        model.addAttribute("codeForm", codeForm);
        model.addAttribute("accountForm", accountForm);
        model.addAttribute("errors", errors);
        return "contacts/contacts";
    }

    private Row rowOf(Contact contact) {
        String recipient = contact.belongsToAnAccount() ? contact.account()
                : communes.find(contact.code()).isPresent() ? communes.nameOf(contact.code()) : departments.nameOf(contact.code());
        return new Row(contact.code(), recipient, contact.belongsToAnAccount(), contact.email(), contact.phone(), contact.zaloId());
    }
}
