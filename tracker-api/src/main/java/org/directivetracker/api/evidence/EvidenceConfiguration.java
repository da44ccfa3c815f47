package org.directivetracker.api.evidence;

import com.mongodb.client.MongoDatabase;
import jakarta.servlet.MultipartConfigElement;
import org.directivetracker.api.web.BodySizeAllowance;
import org.directivetracker.eventstore.files.ContentAddressedFiles;
import org.directivetracker.eventstore.files.FileVerification;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import java.util.OptionalLong;
import java.util.regex.Pattern;

/** Evidence files: their GridFS store, their verification, and the larger body an upload may have. */
@EnableConfigurationProperties(EvidenceProperties.class)
@Configuration(proxyBeanMethods = false)
public class EvidenceConfiguration {

    /** The REST uploads and the pages' uploads. */
    private static final Pattern UPLOAD_PATHS = Pattern.compile(
            "/api/directives/[^/]+(/communes/\\d{5})?/attachments|/commune/\\d{5}/directives/[^/]+/attachments"
            + "|/province/directives/[^/]+/attachments");

    @Bean
    public ContentAddressedFiles contentAddressedFiles(MongoDatabase database, EvidenceProperties properties) {
        return new ContentAddressedFiles(database, properties.bucket());
    }

    @Bean
    public FileVerification fileVerification(ContentAddressedFiles files) {
        return new FileVerification(files);
    }

    @Bean
    public BodySizeAllowance uploadBodySize(EvidenceProperties properties) {
        return request -> HttpMethod.POST.matches(request.getMethod())
                          && UPLOAD_PATHS.matcher(request.getRequestURI()).matches()
                ? OptionalLong.of(properties.maxRequestBytes()) : OptionalLong.empty();
    }

    /**
     * The servlet's multipart limits follow the evidence limit, so that a file slightly too large reaches the upload
     * and is answered 413 with the limit named; what exceeds it by more was already refused by the body size filter.
     */
    @Bean
    public MultipartConfigElement multipartConfig(EvidenceProperties properties) {
        return new MultipartConfigElement(null, properties.maxRequestBytes(), properties.maxRequestBytes(), 256 * 1024);
    }
}
