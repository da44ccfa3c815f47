package org.directivetracker.api.pages;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import org.directivetracker.api.security.Actors;
import org.directivetracker.api.security.SecurityHeaders;
import org.directivetracker.api.security.SignInThrottle;
import org.directivetracker.api.security.SignInThrottleFilter;
import org.directivetracker.api.web.Problems;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.stream.Stream;

/**
 * The web pages' own filter chain, ahead of the API's: a form login with a session cookie and CSRF protection. It
 * takes every path except the REST API, the operations endpoints and the API description, which stay with the
 * stateless Basic/bearer chain. Province pages need PROVINCE, a commune's pages need that commune's own account,
 * audit pages need AUDITOR or PROVINCE; a refusal renders the 403 page.
 */
@Configuration(proxyBeanMethods = false)
public class PageSecurityConfiguration {

    static final String LOGIN = "/login";
    static final String DENIED = "/denied";

    /** The paths the API chain keeps. */
    static final RequestMatcher NOT_PAGES = new OrRequestMatcher(Stream.of(
            "/api/**", "/actuator/**", "/v3/api-docs/**", "/v3/api-docs", "/swagger-ui/**", "/swagger-ui.html")
            .<RequestMatcher>map(PathPatternRequestMatcher.withDefaults()::matcher).toList());

    @Bean
    @Order(1)
    public SecurityFilterChain pageSecurity(HttpSecurity http, SignInThrottle throttle, Problems problems, ObjectMapper json)
            throws Exception {
        AccessDeniedHandlerImpl deniedPage = new AccessDeniedHandlerImpl();
        deniedPage.setErrorPage(DENIED);
        http.headers(SecurityHeaders::apply);
        http.addFilterBefore(new SignInThrottleFilter(throttle, problems, json, LOGIN), UsernamePasswordAuthenticationFilter.class);
        http.securityMatcher(new NegatedRequestMatcher(NOT_PAGES))
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR).permitAll()
                        .requestMatchers(LOGIN, DENIED, "/css/**", "/js/**", "/favicon.svg").permitAll()
                        .requestMatchers("/province/**").hasRole(Role.PROVINCE.name())
                        // the leader reads any commune's page and directive read-only; every other commune path is the commune's own
                        .requestMatchers(HttpMethod.GET, "/commune/{code}", "/commune/{code}/directives/{id}").access(ownCommuneOrProvince())
                        .requestMatchers("/commune/{code}", "/commune/{code}/**").access(ownCommune())
                        .requestMatchers("/audit/**").hasAnyRole(Role.AUDITOR.name(), Role.PROVINCE.name())
                        .requestMatchers("/department", "/department/**").hasRole(Role.DEPARTMENT.name())
                        .anyRequest().authenticated())
                // a page opened before sign-in (a link in a message, an expired session) is returned to after it
                .formLogin(form -> form.loginPage(LOGIN).defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl(LOGIN + "?logout"))
                .exceptionHandling(handling -> handling.accessDeniedHandler((request, response, denied) -> {
                    if (denied instanceof CsrfException && !isSignedIn()) {
                        // the session expired under an open form: sign in again, come back to it with the text kept
                        KeptForms.keep(request);
                        response.sendRedirect(request.getContextPath() + LOGIN + "?expired");
                        return;
                    }
                    deniedPage.handle(request, response, denied);
                }))
                .httpBasic(basic -> basic.disable());
        return http.build();
    }

    private static AuthorizationManager<RequestAuthorizationContext> ownCommune() {
        return (authentication, context) -> new AuthorizationDecision(Actors.of(authentication.get())
                .map(actor -> isOwnCommune(actor, context.getVariables().get("code")))
                .orElse(false));
    }

    private static AuthorizationManager<RequestAuthorizationContext> ownCommuneOrProvince() {
        return (authentication, context) -> new AuthorizationDecision(Actors.of(authentication.get())
                .map(actor -> actor.role() == Role.PROVINCE || isOwnCommune(actor, context.getVariables().get("code")))
                .orElse(false));
    }

    private static boolean isSignedIn() {
        return Actors.of(SecurityContextHolder.getContext().getAuthentication()).isPresent();
    }

    private static boolean isOwnCommune(Actor actor, String code) {
        return actor.role() == Role.COMMUNE && actor.commune().value().equals(code);
    }
}
