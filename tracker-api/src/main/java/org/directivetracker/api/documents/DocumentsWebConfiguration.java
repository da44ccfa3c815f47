package org.directivetracker.api.documents;

import java.util.List;

import org.directivetracker.core.api.query.Briefing;
import org.directivetracker.core.api.query.ObstacleEntry;
import org.directivetracker.core.api.query.Statistics;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The briefing, the statistics and the obstacle register also as XLSX and PDF files: converters that join the list
 * last, so a request without a preference still gets JSON ({@code Accept} or {@code ?format=xlsx|pdf} chooses).
 */
@EnableConfigurationProperties({DocumentProperties.class, NoticeSignatureProperties.class})
@Configuration(proxyBeanMethods = false)
public class DocumentsWebConfiguration implements WebMvcConfigurer {

    private final Words words;
    private final DocumentProperties issuer;

    public DocumentsWebConfiguration(MessageSource messages, DocumentProperties issuer) {
        this.words = new Words(messages);
        this.issuer = issuer;
    }

    @Bean
    public Words documentWords() {
        return words;
    }

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        BriefingDocuments briefing = new BriefingDocuments(words, issuer);
        StatisticsDocuments statistics = new StatisticsDocuments(words, issuer);
        ObstacleRegisterDocuments obstacles = new ObstacleRegisterDocuments(words, issuer);
        converters.add(DocumentConverter.of(DocumentMediaTypes.XLSX, Briefing.class,
                b -> BriefingDocuments.fileName(b, "xlsx"), briefing::xlsx));
        converters.add(DocumentConverter.of(DocumentMediaTypes.PDF, Briefing.class,
                b -> BriefingDocuments.fileName(b, "pdf"), briefing::pdf));
        converters.add(DocumentConverter.of(DocumentMediaTypes.XLSX, Statistics.class,
                s -> StatisticsDocuments.fileName(s, "xlsx"), statistics::xlsx));
        converters.add(DocumentConverter.of(DocumentMediaTypes.PDF, Statistics.class,
                s -> StatisticsDocuments.fileName(s, "pdf"), statistics::pdf));
        converters.add(DocumentConverter.listOf(DocumentMediaTypes.XLSX, ObstacleEntry.class,
                r -> ObstacleRegisterDocuments.fileName(r, "xlsx"), obstacles::xlsx));
        converters.add(DocumentConverter.listOf(DocumentMediaTypes.PDF, ObstacleEntry.class,
                r -> ObstacleRegisterDocuments.fileName(r, "pdf"), obstacles::pdf));
    }
}
