package org.directivetracker.api.evidence;

import org.directivetracker.api.security.Actors;
import org.directivetracker.core.api.Actor;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the pages' evidence fragments show, read with the signed-in account's rights, so that a page includes the
 * fragment with one line and its controller knows nothing of evidence.
 */
@Component("evidenceViews")
public class EvidenceViews {

    private final Attachments attachments;

    public EvidenceViews(Attachments attachments) {
        this.attachments = attachments;
    }

    /** The files on one commune's assignment. */
    public List<Attachment> ofAssignment(String directiveId, String commune) {
        return attachments.list(directiveId, commune, signedIn());
    }

    /** The directive's own files and, for the province, every commune's. */
    public List<Attachment> ofDirective(String directiveId) {
        return attachments.list(directiveId, null, signedIn());
    }

    private static final Set<String> OUTCOMES = Set.of("attached", "tooLarge", "unsupported", "noFile", "refused");

    /** The message key of an upload's outcome named in the page's address; null for anything else. */
    public String outcome(String named) {
        return named != null && OUTCOMES.contains(named) ? "evidence.flash." + named : null;
    }

    /** A size as people read it: 820 kB, 2.4 MB. */
    public String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " kB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static Actor signedIn() {
        return Actors.of(SecurityContextHolder.getContext().getAuthentication())
                .orElseThrow(() -> new IllegalStateException("an evidence fragment is only shown to a signed-in account"));
    }
}
