package org.directivetracker.api.briefing;

import org.directivetracker.core.api.query.Briefing;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes a {@link Briefing} as {@code text/csv} (UTF-8, see {@link BriefingCsv}) as a file to download, named after its
 * date. Spring's content negotiation picks it for a request that prefers {@code text/csv}; JSON stays the default.
 */
class BriefingCsvConverter extends AbstractHttpMessageConverter<Briefing> {

    private final MessageSource messages;

    BriefingCsvConverter(MessageSource messages) {
        super(StandardCharsets.UTF_8, BriefingCsv.TEXT_CSV);
        this.messages = messages;
    }

    @Override
    protected boolean supports(Class<?> type) {
        return Briefing.class.isAssignableFrom(type);
    }

    @Override
    protected boolean canRead(org.springframework.http.MediaType mediaType) {
        return false; // a briefing is computed, never sent in
    }

    @Override
    protected Briefing readInternal(Class<? extends Briefing> type, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("a briefing is not read from a request", input);
    }

    @Override
    protected void writeInternal(Briefing briefing, HttpOutputMessage output) throws IOException {
        output.getHeaders().setContentDisposition(
                ContentDisposition.attachment().filename("briefing-" + briefing.date() + ".csv").build());
        BriefingCsv.write(briefing, output.getBody(), new BriefingWords(messages, LocaleContextHolder.getLocale()));
    }
}
