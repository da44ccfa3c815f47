package org.directivetracker.api.pages;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import java.nio.charset.StandardCharsets;
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
        return resolver;
    }

    /**
     * messages.properties is Vietnamese, messages_en.properties English. Without a bundle for "vi" the lookup must
     * fall back to the default file, never to the server's own locale (which would make a server in English show
     * English to everyone).
     */
    @Bean
    public MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        return messages;
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
