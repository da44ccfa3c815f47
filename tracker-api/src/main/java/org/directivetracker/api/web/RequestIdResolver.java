package org.directivetracker.api.web;

import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives a handler its {@link RequestId}, from the {@code Idempotency-Key} header and the signed-in account: the one
 * place the header is read. A malformed key is refused (400) before the handler runs.
 */
public class RequestIdResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return RequestId.class.equals(parameter.getParameterType());
    }

    @Override
    public RequestId resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
                                     WebDataBinderFactory binderFactory) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new AuthenticationCredentialsNotFoundException("no tracker account signed in");
        }
        // the account name, as the actor records it: keys of two accounts never meet
        return RequestId.of(authentication.getName(), request.getHeader(RequestId.HEADER));
    }
}
