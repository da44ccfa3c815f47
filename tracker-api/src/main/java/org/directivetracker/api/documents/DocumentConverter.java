package org.directivetracker.api.documents;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractGenericHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Writes one kind of answer (a record, or a list of records) as a file of one media type, as an attachment named
 * after it. Spring's content negotiation picks it for {@code Accept} or {@code ?format=}; JSON stays the default.
 */
public final class DocumentConverter<T> extends AbstractGenericHttpMessageConverter<Object> {

    private final Class<?> answer;
    private final boolean listOf;
    private final Function<T, String> fileName;
    private final Function<T, byte[]> writer;

    private DocumentConverter(MediaType mediaType, Class<?> answer, boolean listOf, Function<T, String> fileName,
            Function<T, byte[]> writer) {
        super(mediaType);
        this.answer = answer;
        this.listOf = listOf;
        this.fileName = fileName;
        this.writer = writer;
    }

    /** For answers of the type. */
    public static <T> DocumentConverter<T> of(MediaType mediaType, Class<T> answer, Function<T, String> fileName,
            Function<T, byte[]> writer) {
        return new DocumentConverter<>(mediaType, answer, false, fileName, writer);
    }

    /** For answers declared as a {@code List<E>}. */
    public static <E> DocumentConverter<List<E>> listOf(MediaType mediaType, Class<E> element,
            Function<List<E>, String> fileName, Function<List<E>, byte[]> writer) {
        return new DocumentConverter<>(mediaType, element, true, fileName, writer);
    }

    @Override
    protected boolean supports(Class<?> type) {
        return !listOf && answer.isAssignableFrom(type);
    }

    /** Spring asks this after {@link #canWrite(Type, Class, MediaType)} agreed, with the answer's runtime class. */
    @Override
    public List<MediaType> getSupportedMediaTypes(Class<?> clazz) {
        boolean writes = listOf ? Collection.class.isAssignableFrom(clazz) : answer.isAssignableFrom(clazz);
        return writes ? getSupportedMediaTypes() : List.of();
    }

    @Override
    public boolean canWrite(Type type, Class<?> clazz, MediaType mediaType) {
        if (!canWrite(mediaType)) {
            return false;
        }
        if (!listOf) {
            return clazz != null && answer.isAssignableFrom(clazz);
        }
        return type instanceof ParameterizedType list && list.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw) && list.getActualTypeArguments()[0] == answer;
    }

    @Override
    public boolean canRead(Type type, Class<?> contextClass, MediaType mediaType) {
        return false; // documents are written, never sent in
    }

    @Override
    protected boolean canRead(MediaType mediaType) {
        return false;
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void writeInternal(Object value, Type type, HttpOutputMessage output) throws IOException {
        T document = (T) value;
        output.getHeaders().setContentDisposition(ContentDisposition.attachment().filename(fileName.apply(document)).build());
        output.getBody().write(writer.apply(document));
    }

    @Override
    public Object read(Type type, Class<?> contextClass, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("a document is not read from a request", input);
    }

    @Override
    protected Object readInternal(Class<?> clazz, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("a document is not read from a request", input);
    }
}
