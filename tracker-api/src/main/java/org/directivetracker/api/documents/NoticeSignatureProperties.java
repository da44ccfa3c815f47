package org.directivetracker.api.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who signs a meeting's conclusion notice ({@code tracker.documents.notice}): the authority under which they sign
 * ("TL. CHỦ TỊCH": on the chair's behalf), their title, and their name, or blank for a name written by hand.
 */
@ConfigurationProperties("tracker.documents.notice")
public record NoticeSignatureProperties(@DefaultValue("TL. CHỦ TỊCH") String authority,
        @DefaultValue("CHÁNH VĂN PHÒNG") String signerTitle, @DefaultValue("") String signerName) {
}
