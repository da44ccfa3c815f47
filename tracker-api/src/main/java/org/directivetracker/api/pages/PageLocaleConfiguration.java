package org.directivetracker.api.pages;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import java.time.Duration;
import java.util.Locale;

/**
 * Vietnamese first, English second: the language is kept in a cookie and switched with {@code ?lang=vi|en}. The
 * browser's own language is not consulted, so an officer on an English-language browser still gets Vietnamese.
 */
@Configuration(proxyBeanMethods = false)
public class PageLocaleConfiguration implements WebMvcConfigurer {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    static final String LANGUAGE_COOKIE = "tracker-lang";

    @Bean
    public LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(LANGUAGE_COOKIE);
        resolver.setDefaultLocaleFunction(request -> VIETNAMESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    /** {@code ?lang=vi} or {@code ?lang=en} switches the language; any other value is ignored. */
    static final class LanguageSwitch extends LocaleChangeInterceptor {
        LanguageSwitch() {
            setParamName("lang");
        }

        @Override
        public boolean preHandle(jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
                                 Object handler) throws jakarta.servlet.ServletException {
            String language = request.getParameter(getParamName());
            if ("vi".equals(language) || "en".equals(language)) {
                return super.preHandle(request, response, handler);
            }
            return true;
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageSwitch()).excludePathPatterns("/api/**");
    }
}
