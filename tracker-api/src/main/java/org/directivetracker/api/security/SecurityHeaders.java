package org.directivetracker.api.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.directivetracker.api.web.Problems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The response headers every answer carries, pages and API alike: a Content-Security-Policy that allows scripts only
 * from the service's own files (no inline script, no handler attributes; styles may stay inline), no referrer sent
 * to other sites, no framing. Images may also come from {@code blob:} URLs: the evidence form draws the photo the
 * user picked from its own local copy to shrink it before sending.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityHeaders {
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static void apply(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(policy -> policy.policyDirectives(CONTENT_SECURITY_POLICY))
               .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
               .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny);
    }

    /** The firewall's refusals (an encoded slash, a control character in a header) as 400 problem documents. */
    @Bean
    public RequestRejectedHandler problemForRejectedRequests(ObjectMapper json, SecurityEvents events) {
        return (request, response, rejected) -> {
            events.refused("-", request, "request rejected by the firewall: " + rejected.getClass().getSimpleName());
            Problems.write(response, Problems.ofStatus(HttpStatus.BAD_REQUEST,
                    "the request holds characters that are not allowed"), json);
        };
    }
}
