package org.directivetracker.api.evidence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Evidence files ({@code tracker.evidence.*}).
 *
 * @param maxFileSize a larger file is refused (413) and nothing is stored
 * @param bucket      the GridFS bucket the files are kept in, content-addressed by SHA-256
 */
@ConfigurationProperties("tracker.evidence")
public record EvidenceProperties(@DefaultValue("10MB") DataSize maxFileSize, @DefaultValue("evidence") String bucket) {

    /** What a multipart request may add around the file: boundaries, part headers, the caption. */
    static final long MULTIPART_OVERHEAD_BYTES = 64 * 1024;

    long maxRequestBytes() {
        return maxFileSize.toBytes() + MULTIPART_OVERHEAD_BYTES;
    }
}
