package org.directivetracker.api.security;

import org.directivetracker.core.api.Actor;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The local accounts: from configuration, plus the demo accounts in demo mode. */
public class LocalAccounts implements UserDetailsService {
    private final Map<String, TrackerUserDetails> accounts = new ConcurrentHashMap<>();

    public void add(Actor actor, String passwordHash) {
        if (!passwordHash.matches("^\\$2[aby]?\\$\\d\\d\\$.{53}$")) {
            throw new IllegalArgumentException("the password of account '" + actor.account() + "' must be a BCrypt hash");
        }
        if (accounts.putIfAbsent(actor.account(), new TrackerUserDetails(actor, passwordHash)) != null) {
            throw new IllegalArgumentException("account '" + actor.account() + "' is configured twice");
        }
    }

    public int size() {
        return accounts.size();
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        TrackerUserDetails account = accounts.get(username);
        if (account == null) {
            throw new UsernameNotFoundException("no such account");
        }
        return account;
    }
}
