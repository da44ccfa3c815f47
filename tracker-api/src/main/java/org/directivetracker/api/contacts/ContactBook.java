package org.directivetracker.api.contacts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;

/**
 * The contacts collection: one document per commune or department code, and one per account that has its own
 * ({@code account:<name>}: no commune or department code has a colon), found by its {@code _id}.
 */
public class ContactBook {

    public static final String COLLECTION = "contacts";

    private final MongoCollection<Document> contacts;

    public ContactBook(MongoDatabase database) {
        this.contacts = database.getCollection(COLLECTION);
    }

    public Optional<Contact> find(String code) {
        Document document = contacts.find(Filters.eq("_id", code)).first();
        return Optional.ofNullable(document)
                .map(d -> new Contact(code, d.getString("email"), d.getString("phone"), d.getString("zaloId")));
    }

    /** The account's own contact, if one is kept. */
    public Optional<Contact> findAccount(String account) {
        return find(Contact.accountKey(account));
    }

    /** Every contact kept, communes' and departments' first, then accounts', each in code order. */
    public List<Contact> all() {
        List<Contact> all = new ArrayList<>();
        contacts.find().sort(Sorts.ascending("_id"))
                .forEach(d -> all.add(new Contact(d.getString("_id"), d.getString("email"), d.getString("phone"), d.getString("zaloId"))));
        all.sort(Comparator.comparing(Contact::belongsToAnAccount).thenComparing(Contact::code));
        return all;
    }

    public void save(Contact contact) {
        contacts.replaceOne(Filters.eq("_id", contact.code()), new Document("_id", contact.code())
                .append("email", contact.email()).append("phone", contact.phone()).append("zaloId", contact.zaloId()),
                new ReplaceOptions().upsert(true));
    }

    /** Erases the contact; true when there was one. */
    public boolean erase(String code) {
        return contacts.deleteOne(Filters.eq("_id", code)).getDeletedCount() > 0;
    }
}
