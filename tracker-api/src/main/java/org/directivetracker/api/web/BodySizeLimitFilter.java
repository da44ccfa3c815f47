package org.directivetracker.api.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;

/**
 * Refuses request bodies above a limit with 413: a declared length is checked before anything is read; a body
 * without a declared length (chunked) fails as soon as it passes the limit while being read.
 */
public class BodySizeLimitFilter extends OncePerRequestFilter {
    private final long generalMaxBytes;
    private final List<BodySizeAllowance> allowances;
    private final ObjectMapper json;
    private final Problems problems;

    public BodySizeLimitFilter(long maxBytes, ObjectMapper json, Problems problems) {
        this(maxBytes, List.of(), json, problems);
    }

    public BodySizeLimitFilter(long maxBytes, List<BodySizeAllowance> allowances, ObjectMapper json, Problems problems) {
        this.generalMaxBytes = maxBytes;
        this.allowances = List.copyOf(allowances);
        this.json = json;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long maxBytes = maxBytesFor(request);
        if (request.getContentLengthLong() > maxBytes) {
            response.setHeader("Connection", "close");
            Problems.write(response, problems.tooLarge(maxBytes, request), json);
            return;
        }
        chain.doFilter(request.getContentLengthLong() >= 0 ? request : new LimitedRequest(request, maxBytes), response);
    }

    private long maxBytesFor(HttpServletRequest request) {
        long max = generalMaxBytes;
        for (BodySizeAllowance allowance : allowances) {
            max = Math.max(max, allowance.maxBytesFor(request).orElse(max));
        }
        return max;
    }

    /** Thrown while reading a body without a declared length once it passes the limit. */
    public static class BodyTooLargeException extends IOException {
        private final long maxBytes;

        BodyTooLargeException(long maxBytes) {
            super("request body larger than " + maxBytes + " bytes");
            this.maxBytes = maxBytes;
        }

        public long maxBytes() {
            return maxBytes;
        }
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {
        private final long maxBytes;
        private ServletInputStream limited;

        LimitedRequest(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                limited = new LimitedInputStream(super.getInputStream(), maxBytes);
            }
            return limited;
        }
    }

    private static final class LimitedInputStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long maxBytes;
        private long read;

        LimitedInputStream(ServletInputStream in, long maxBytes) {
            this.in = in;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            read += n;
            if (read > maxBytes) {
                throw new BodyTooLargeException(maxBytes);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
