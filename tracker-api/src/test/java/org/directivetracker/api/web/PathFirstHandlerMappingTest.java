package org.directivetracker.api.web;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.support.StaticWebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mapping that looks at paths first sends every request where Spring's own does: to the same method, or to the
 * same refusal (no handler for a 404, Spring's exception for a 405, 406 or 415), with the same path variables.
 */
class PathFirstHandlerMappingTest {

    private static RequestMappingHandlerMapping spring;
    private static RequestMappingHandlerMapping pathFirst;

    @BeforeAll
    static void mappings() {
        StaticWebApplicationContext context = new StaticWebApplicationContext();
        context.setServletContext(new MockServletContext());
        context.registerSingleton("communes", Communes.class);
        context.refresh();
        spring = initialized(new RequestMappingHandlerMapping(), context);
        pathFirst = initialized(new PathFirstHandlerMapping(), context);
    }

    @ParameterizedTest(name = "{0} {1} (accept {2}, content {3})")
    @CsvSource(nullValues = "-", value = {
            "GET,  /api/communes/31951/status,        -,                -",
            "GET,  /api/communes/31951/status,        text/csv,         -",
            "GET,  /api/communes/31951/status,        application/xml,  -",
            "GET,  /api/communes/status,              -,                -",
            "GET,  /api/communes,                     -,                -",
            "POST, /api/communes/31951/status,        -,                application/json",
            "GET,  /api/communes/31951/reports,       -,                -",
            "POST, /api/communes/31951/reports,       -,                application/json",
            "POST, /api/communes/31951/reports,       -,                text/plain",
            "PUT,  /api/communes/31951/reports,       -,                application/json",
            "GET,  /api/communes/31951/reports/7,     -,                -",
            "GET,  /api/nowhere,                      -,                -",
            "GET,  /api/communes/31951/status/extra,  -,                -",
    })
    void sendsEveryRequestWhereSpringDoes(String method, String path, String accept, String contentType) {
        assertThat(outcome(pathFirst, method, path, accept, contentType))
                .isEqualTo(outcome(spring, method, path, accept, contentType));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "GET,  /api/communes/31951/status,  status",
            "GET,  /api/communes,               all",
            "POST, /api/communes/31951/reports, report",
    })
    void findsTheMethodOfThePath(String method, String path, String handler) {
        assertThat(outcome(pathFirst, method, path, null, method.equals("POST") ? "application/json" : null))
                .startsWith(handler + " ");
    }

    private static String outcome(RequestMappingHandlerMapping mapping, String method, String path, String accept,
                                  String contentType) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        if (accept != null) {
            request.addHeader("Accept", accept);
        }
        if (contentType != null) {
            request.setContentType(contentType);
        }
        ServletRequestPathUtils.parseAndCache(request);
        try {
            HandlerExecutionChain chain = mapping.getHandler(request);
            if (chain == null) {
                return "no handler";
            }
            return ((HandlerMethod) chain.getHandler()).getMethod().getName() + " "
                   + request.getAttribute(RequestMappingHandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        } catch (Exception e) {
            return e.getClass().getSimpleName();
        }
    }

    private static RequestMappingHandlerMapping initialized(RequestMappingHandlerMapping mapping,
                                                            StaticWebApplicationContext context) {
        mapping.setApplicationContext(context);
        mapping.afterPropertiesSet();
        return mapping;
    }

    @RestController
    @RequestMapping("/api/communes")
    static class Communes {

        @GetMapping
        public String all() {
            return "";
        }

        @GetMapping(path = "/{code}/status", produces = MediaType.APPLICATION_JSON_VALUE)
        public String status(@PathVariable String code) {
            return code;
        }

        @GetMapping(path = "/{code}/status", produces = "text/csv")
        public String statusCsv(@PathVariable String code) {
            return code;
        }

        @GetMapping("/status")
        public String statusOfAll() {
            return "";
        }

        @PostMapping(path = "/{code}/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
        public String report(@PathVariable String code) {
            return code;
        }

        @GetMapping("/{code}/reports/{number}")
        public String oneReport(@PathVariable String code, @PathVariable int number) {
            return code + number;
        }
    }
}
