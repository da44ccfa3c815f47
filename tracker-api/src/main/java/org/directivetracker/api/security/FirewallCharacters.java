package org.directivetracker.api.security;

import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's firewall rules for the characters of header names and values and of parameter names, as a loop
 * over the code points instead of its regular expressions ({@code [\p{IsAssigned}&&[^\p{IsControl}]]*}, with a tab
 * allowed in a header value): the same answer for every string, at a fraction of the cost, and every request has a
 * dozen headers (the expressions were 3% of the samples of a load profile).
 */
final class FirewallCharacters {

    private FirewallCharacters() {
    }

    /** The default {@link StrictHttpFirewall} with these checks. */
    static StrictHttpFirewall firewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(FirewallCharacters::assignedAndNotControl);
        firewall.setAllowedHeaderValues(FirewallCharacters::assignedAndNotControlOrTab);
        firewall.setAllowedParameterNames(FirewallCharacters::assignedAndNotControl);
        return firewall;
    }

    static boolean assignedAndNotControl(String text) {
        return every(text, false);
    }

    static boolean assignedAndNotControlOrTab(String text) {
        return every(text, true);
    }

    private static boolean every(String text, boolean tabAllowed) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int type = Character.getType(codePoint);
            if (type == Character.UNASSIGNED || type == Character.CONTROL && !(tabAllowed && codePoint == '\t')) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
