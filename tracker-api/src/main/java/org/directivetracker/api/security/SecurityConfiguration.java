package org.directivetracker.api.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.directivetracker.api.operations.DirectoryCommuneRegistry;
import org.directivetracker.api.operations.DirectoryDepartmentRegistry;
import org.directivetracker.api.operations.TrackerProperties;
import org.directivetracker.api.web.Problems;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.Role;
import org.directivetracker.core.api.value.CommuneCode;
import org.directivetracker.projections.communes.CommuneDirectory;
import org.directivetracker.projections.departments.DepartmentDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.RequestCacheConfigurer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.PathPatternRequestMatcherBuilderFactoryBean;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Deny by default: every request needs a signed-in account except the health probe and the API description.
 * Province decisions need PROVINCE; a commune's reports need that commune's own account; an auditor only reads.
 * The commune rule is checked here, from the path, before any command is built.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class SecurityConfiguration implements WebMvcConfigurer {
    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);
    private static final String COMMUNE_PATH = "/api/directives/{id}/communes/{code}";

    /** Handlers receive the signed-in actor as a parameter. */
    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CurrentActorResolver());
    }

    /**
     * Security's request matchers parse paths as Spring MVC does, without asking Spring MVC which handler a request
     * goes to: the way Spring Security 7 matches, and what lets {@link OneHandlerLookupPerRequest} drop the lookup.
     */
    @Bean
    public PathPatternRequestMatcherBuilderFactoryBean requestPathMatchers() {
        return new PathPatternRequestMatcherBuilderFactoryBean();
    }

    /**
     * Spring Security observes nothing of its own. Its observations wrap each filter of the chain, the sign-in and the
     * authorization: 7% of the request threads' CPU in a load profile, and still about 3% of the service's once they
     * were filtered out by name. Requests stay timed as {@code http.server.requests}.
     */
    @Bean
    public SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** Spring Security's firewall, its character rules checked without regular expressions ({@link FirewallCharacters}). */
    @Bean
    public HttpFirewall httpFirewall() {
        return FirewallCharacters.firewall();
    }

    @Bean
    public static BeanFactoryPostProcessor oneHandlerLookupPerRequest() {
        return new OneHandlerLookupPerRequest();
    }

    /** BCrypt, with a bounded memory of verified passwords so that Basic requests do not each pay for it. */
    @Bean
    public PasswordEncoder passwordEncoder(SignInProperties signIn) {
        return new VerifiedCredentials(new BCryptPasswordEncoder(), signIn.verifiedCredentials(), Clock.systemUTC());
    }

    @Bean
    public LocalAccounts localAccounts(AccountProperties configured, TrackerProperties province, OidcProperties oidc,
                                       DirectoryCommuneRegistry registry, CommuneDirectory communes,
                                       DirectoryDepartmentRegistry departmentRegistry, DepartmentDirectory departments,
                                       PasswordEncoder encoder) {
        LocalAccounts accounts = new LocalAccounts();
        for (AccountProperties.Account account : configured.accounts()) {
            accounts.add(configuredActor(account, registry, departmentRegistry),
                    account.passwordHash() == null ? "" : account.passwordHash());
        }
        if (province.demo()) {
            DemoAccounts.register(accounts, communes, departments, encoder);
        }
        log.info("{} local accounts{}", accounts.size(), oidc.enabled() ? ", and bearer tokens from " + oidc.issuerUri() : "");
        return accounts;
    }

    @Bean
    public SecurityFilterChain apiSecurity(HttpSecurity http, OidcProperties oidc, ObjectMapper json, Problems problems,
                                           SecurityEvents events, SignInThrottle throttle) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, failure) -> {
            response.addHeader("WWW-Authenticate", "Basic realm=\"directive-tracker\", charset=\"UTF-8\"");
            if (oidc.enabled()) {
                response.addHeader("WWW-Authenticate", "Bearer");
            }
            Problems.write(response, problems.unauthorized(), json);
        };
        AccessDeniedHandler forbidden = (request, response, denied) -> {
            Optional<Actor> actor = Actors.of(SecurityContextHolder.getContext().getAuthentication());
            String reason = refusalReason(actor, request);
            events.refused(actor.map(Actor::account).orElse("-"), request, reason);
            Problems.write(response, problems.forbidden(reason), json);
        };

        http.headers(SecurityHeaders::apply);
        http.addFilterBefore(new SignInThrottleFilter(throttle, problems, json, null), BasicAuthenticationFilter.class);
        http.authorizeHttpRequests(requests -> requests
                        // an error answer is rendered after the original request was authorized
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
                        // the service's inner figures (requests per path, pools) are the province's IT office's
                        .requestMatchers("/actuator/metrics", "/actuator/metrics/**", "/actuator/prometheus").hasRole(Role.PROVINCE.name())
                        .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers(HttpMethod.POST, COMMUNE_PATH + "/obstacles/{obstacleId}/resolve").access(provinceOrOwnCommune())
                        // a thread: either side writes messages, the province urges
                        .requestMatchers(HttpMethod.POST, COMMUNE_PATH + "/messages").access(provinceOrOwnCommune())
                        .requestMatchers(HttpMethod.POST, COMMUNE_PATH + "/urge").hasRole(Role.PROVINCE.name())
                        // referrals: the province refers, a department answers (the directive checks which), the commune escalates;
                        // a department reads its referrals, the directives it follows (checked by the views) and the
                        // departments' list, and nothing else of the API
                        .requestMatchers(HttpMethod.POST, COMMUNE_PATH + "/obstacles/{obstacleId}/refer").hasRole(Role.PROVINCE.name())
                        .requestMatchers(HttpMethod.POST, COMMUNE_PATH + "/obstacles/{obstacleId}/answer").hasRole(Role.DEPARTMENT.name())
                        .requestMatchers(HttpMethod.POST, COMMUNE_PATH + "/obstacles/{obstacleId}/escalate").access(ownCommune())
                        .requestMatchers(HttpMethod.GET, "/api/departments", "/api/obstacles", "/api/directives/{id}").authenticated()
                        // a department is told of the referrals it has not answered in time, and marks them read
                        .requestMatchers(HttpMethod.GET, "/api/notifications").authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/notifications/{id}/read")
                        .hasAnyRole(Role.PROVINCE.name(), Role.COMMUNE.name(), Role.DEPARTMENT.name())
                        .requestMatchers(DepartmentAccess.anyRequestOfADepartment()).denyAll()
                        .requestMatchers(HttpMethod.POST,
                                COMMUNE_PATH + "/extension/grant", COMMUNE_PATH + "/extension/deny",
                                COMMUNE_PATH + "/completion/accept", COMMUNE_PATH + "/completion/return").hasRole(Role.PROVINCE.name())
                        .requestMatchers(HttpMethod.POST,
                                COMMUNE_PATH + "/acknowledge", COMMUNE_PATH + "/progress", COMMUNE_PATH + "/obstacles",
                                COMMUNE_PATH + "/extension", COMMUNE_PATH + "/completion").access(ownCommune())
                        .requestMatchers(HttpMethod.POST,
                                "/api/directives", "/api/directives/{id}/communes", "/api/directives/{id}/deadline",
                                "/api/directives/{id}/withdraw", "/api/directives/{id}/close").hasRole(Role.PROVINCE.name())
                        .requestMatchers("/api/admin/read-models/**").hasRole(Role.PROVINCE.name())
                        .requestMatchers(HttpMethod.POST, "/api/admin/verify", "/api/admin/checkpoints").hasAnyRole(Role.PROVINCE.name(), Role.AUDITOR.name())
                        .requestMatchers(HttpMethod.GET, "/api/communes/{code}", "/api/communes/{code}/**",
                                COMMUNE_PATH, COMMUNE_PATH + "/**").access(notAnotherCommune())
                        .requestMatchers(HttpMethod.GET, "/api/**").authenticated()
                        .requestMatchers(HttpMethod.HEAD, "/api/**").authenticated()
                        // any other write: PROVINCE and COMMUNE get the usual 404/405; an auditor only reads
                        .requestMatchers("/api/**").hasAnyRole(Role.PROVINCE.name(), Role.COMMUNE.name())
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("directive-tracker").authenticationEntryPoint(unauthorized))
                // a form login for the web pages will get its own chain with sessions, CSRF and a saved request
                .requestCache(RequestCacheConfigurer::disable)
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**", "/actuator/**"))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable);

        if (oidc.enabled()) {
            // keys are fetched on first use, so the service starts while the provider is unreachable
            Supplier<org.springframework.security.oauth2.jwt.JwtDecoder> discovery = () -> JwtDecoders.fromIssuerLocation(oidc.issuerUri());
            http.oauth2ResourceServer(server -> server
                    .authenticationEntryPoint((request, response, failure) -> {
                        events.tokenRejected(request, failure.getClass().getSimpleName());
                        unauthorized.commence(request, response, failure);
                    })
                    .accessDeniedHandler(forbidden)
                    .jwt(jwt -> jwt.decoder(new SupplierJwtDecoder(discovery))
                            .jwtAuthenticationConverter(new JwtActorConverter(oidc))));
        }
        return http.build();
    }

    private static Actor configuredActor(AccountProperties.Account account, DirectoryCommuneRegistry registry,
                                         DirectoryDepartmentRegistry departments) {
        if (account.name() == null || account.name().isBlank() || account.role() == null) {
            throw new IllegalArgumentException("every tracker.accounts entry needs a name and a role");
        }
        Role role = Role.valueOf(account.role().strip().toUpperCase(Locale.ROOT));
        CommuneCode commune = account.commune() == null || account.commune().isBlank() ? null : new CommuneCode(account.commune().strip());
        if (commune != null && !registry.isKnown(commune)) {
            throw new IllegalArgumentException("account '" + account.name() + "' is bound to commune " + commune + ", which is not in the registry");
        }
        return new Actor(account.name().strip(), role, commune, DepartmentAccess.configuredDepartment(account, departments));
    }

    private static AuthorizationManager<RequestAuthorizationContext> ownCommune() {
        return (authentication, context) -> decide(authentication, actor -> isCommuneOfPath(actor, context));
    }

    private static AuthorizationManager<RequestAuthorizationContext> provinceOrOwnCommune() {
        return (authentication, context) -> decide(authentication,
                actor -> actor.role() == Role.PROVINCE || isCommuneOfPath(actor, context));
    }

    private static AuthorizationManager<RequestAuthorizationContext> notAnotherCommune() {
        return (authentication, context) -> decide(authentication,
                actor -> actor.role() != Role.COMMUNE || isCommuneOfPath(actor, context));
    }

    /** A commune account whose commune is the one named by the path's {code}. */
    private static boolean isCommuneOfPath(Actor actor, RequestAuthorizationContext context) {
        return actor.role() == Role.COMMUNE && actor.commune().value().equals(context.getVariables().get("code"));
    }

    private static AuthorizationDecision decide(Supplier<Authentication> authentication, Predicate<Actor> rule) {
        return new AuthorizationDecision(Actors.of(authentication.get()).map(rule::test).orElse(false));
    }

    /** The rule a refused request broke, as its user would read it. */
    static String refusalReason(Optional<Actor> actor, HttpServletRequest request) {
        if (actor.isEmpty()) {
            return "this request needs a tracker account";
        }
        Actor who = actor.get();
        boolean write = !HttpMethod.GET.matches(request.getMethod()) && !HttpMethod.HEAD.matches(request.getMethod());
        if (who.role() == Role.AUDITOR && write) {
            return "an auditor reads and replays; an auditor account cannot write";
        }
        if (request.getRequestURI().endsWith("/answer") && who.role() != Role.DEPARTMENT) {
            return "only the department an obstacle is referred to answers it";
        }
        if (who.role() == Role.DEPARTMENT) {
            return "a department account answers and reads only the obstacles referred to its department ("
                    + who.department() + ") and the directives it follows";
        }
        if (who.role() == Role.PROVINCE) {
            return "only the commune's own account reports for a commune";
        }
        if (who.role() == Role.COMMUNE) {
            String path = request.getRequestURI();
            String own = who.commune().value();
            if (path.matches(".*/communes/\\d{5}(/.*)?") && !path.matches(".*/communes/" + own + "(/.*)?")) {
                return "a commune account acts and reads only for its own commune (" + own + ")";
            }
        }
        return "this decision is reserved to the province's accounts";
    }
}
