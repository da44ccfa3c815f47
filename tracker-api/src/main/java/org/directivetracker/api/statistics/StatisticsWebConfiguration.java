package org.directivetracker.api.statistics;

import java.util.List;

import org.directivetracker.api.documents.DocumentConverter;
import org.directivetracker.api.documents.DocumentMediaTypes;
import org.directivetracker.api.documents.DocumentProperties;
import org.directivetracker.api.documents.Words;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** A period's report also as a PDF ({@code Accept: application/pdf} or {@code ?format=pdf}); JSON stays the default. */
@Configuration(proxyBeanMethods = false)
public class StatisticsWebConfiguration implements WebMvcConfigurer {

    private final PeriodReportPdf pdf;

    public StatisticsWebConfiguration(Words words, DocumentProperties issuer) {
        this.pdf = new PeriodReportPdf(words, issuer);
    }

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.add(DocumentConverter.of(DocumentMediaTypes.PDF, PeriodReport.class, PeriodReportPdf::fileName, pdf::pdf));
    }
}
