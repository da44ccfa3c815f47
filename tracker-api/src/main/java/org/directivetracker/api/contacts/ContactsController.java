package org.directivetracker.api.contacts;

import org.directivetracker.api.contacts.ContactKeeping.ContactRequest;
import org.directivetracker.core.api.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Contacts of communes, departments and accounts, for reminders: set, read and erase, by the province only
 * ({@link ContactKeeping}).
 */
@RestController
@RequestMapping("/api/contacts")
public class ContactsController {

    private final ContactKeeping keeping;

    public ContactsController(ContactKeeping keeping) {
        this.keeping = keeping;
    }

    /** An account's own contact as the API shows it. */
    public record AccountContact(String account, String email, String phone, String zaloId) {
        static AccountContact of(Contact contact) {
            return new AccountContact(contact.account(), contact.email(), contact.phone(), contact.zaloId());
        }
    }

    @PutMapping("/{code}")
    public Contact put(@PathVariable String code, @RequestBody ContactRequest body, Actor actor) {
        return keeping.keep(code, body, actor);
    }

    @GetMapping("/{code}")
    public Contact get(@PathVariable String code, Actor actor) {
        return keeping.find(code, actor);
    }

    @DeleteMapping("/{code}")
    public ResponseEntity<Void> erase(@PathVariable String code, Actor actor) {
        keeping.erase(code, actor);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/accounts/{account}")
    public AccountContact putForAccount(@PathVariable String account, @RequestBody ContactRequest body, Actor actor) {
        return AccountContact.of(keeping.keepForAccount(account, body, actor));
    }

    @GetMapping("/accounts/{account}")
    public AccountContact getForAccount(@PathVariable String account, Actor actor) {
        return AccountContact.of(keeping.findForAccount(account, actor));
    }

    @DeleteMapping("/accounts/{account}")
    public ResponseEntity<Void> eraseForAccount(@PathVariable String account, Actor actor) {
        keeping.eraseForAccount(account, actor);
        return ResponseEntity.noContent().build();
    }
}
