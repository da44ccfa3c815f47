package org.directivetracker.api.security;

import org.directivetracker.core.api.Actor;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /** The local account of that name, if there is one. */
    public Optional<Actor> find(String name) {
        return Optional.ofNullable(accounts.get(name)).map(TrackerUserDetails::actor);
    }

    /** The names of the accounts bound to a commune or a department, by its code, in name order. */
    public List<String> boundTo(String communeOrDepartmentCode) {
        return accounts.values().stream().map(TrackerUserDetails::actor)
                .filter(actor -> actor.commune() != null && actor.commune().value().equals(communeOrDepartmentCode)
                        || actor.department() != null && actor.department().value().equals(communeOrDepartmentCode))
                .map(Actor::account).sorted().toList();
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
