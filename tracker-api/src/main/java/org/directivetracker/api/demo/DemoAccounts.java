package org.directivetracker.api.demo;

import org.directivetracker.api.config.Commune;
import org.directivetracker.api.config.DirectoryCommuneRegistry;
import org.directivetracker.api.security.LocalAccounts;
import org.directivetracker.core.api.Actor;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The demo accounts: {@code leader} (PROVINCE), {@code auditor} (AUDITOR), {@code chair-<code>} per commune; password {@code demo}. */
public final class DemoAccounts {
    public static final String PASSWORD = "demo";
    public static final String LEADER = "leader";
    public static final String AUDITOR = "auditor";

    private DemoAccounts() {
    }

    public static String chairOf(Commune commune) {
        return "chair-" + commune.code().value();
    }

    public static void register(LocalAccounts accounts, DirectoryCommuneRegistry registry, PasswordEncoder encoder) {
        // hashed once: BCrypt is slow on purpose, and every demo account shares the password
        String hash = encoder.encode(PASSWORD);
        accounts.add(Actor.province(LEADER), hash);
        accounts.add(Actor.auditor(AUDITOR), hash);
        for (Commune commune : registry.communes()) {
            accounts.add(Actor.commune(chairOf(commune), commune.code()), hash);
        }
    }
}
