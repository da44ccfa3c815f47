package org.directivetracker.api.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * The local accounts ({@code tracker.accounts}): BCrypt hashes, never plain passwords.
 *
 * @param accounts each account with its role and, for a commune account, its commune
 */
@ConfigurationProperties("tracker")
public record AccountProperties(List<Account> accounts) {

    public AccountProperties {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }

    /**
     * A local account.
     *
     * @param name         the account name, as recorded in events
     * @param passwordHash a BCrypt hash ({@code $2a$...}, {@code $2b$...} or {@code $2y$...})
     * @param role         PROVINCE, COMMUNE, DEPARTMENT or AUDITOR
     * @param commune      the 5-digit commune code, for a COMMUNE account only
     * @param department   the department's code (e.g. SXD), for a DEPARTMENT account only
     */
    public record Account(String name, String passwordHash, String role, String commune, String department) {
    }
}
