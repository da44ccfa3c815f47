package org.directivetracker.api.briefing;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/** The briefing's CSV form joins the converters last, so a request without a preference still gets JSON. */
@Configuration(proxyBeanMethods = false)
public class BriefingWebConfiguration implements WebMvcConfigurer {
    private final MessageSource messages;

    public BriefingWebConfiguration(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.add(new BriefingCsvConverter(messages));
    }
}
