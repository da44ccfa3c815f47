package org.directivetracker.api.security;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.ConstructorArgumentValues;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.security.web.context.AbstractSecurityWebApplicationInitializer;

/**
 * Spring Security wraps its filter chain with Spring MVC's handler-lookup cache filter, which finds the request's
 * handler before the chain runs so that {@code MvcRequestMatcher}s and handler-level CORS can read it; the
 * DispatcherServlet then finds the handler again. Our chains match paths with {@code PathPatternRequestMatcher} and
 * declare no CORS, so nothing reads the first lookup, and every API path has variables, so each lookup tries the
 * request against every mapping: the two were 7% of the samples of a load profile. This takes the cache filter
 * out of the wrapping, before any bean is made. Should a later Spring Security build it differently, it is left alone,
 * each request pays the lookup twice as before, and {@code SecurityFilterChainTest} fails to say so.
 */
final class OneHandlerLookupPerRequest implements BeanFactoryPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(OneHandlerLookupPerRequest.class);
    private static final String CHAIN = AbstractSecurityWebApplicationInitializer.DEFAULT_FILTER_NAME;
    private static final String WRAPPER = "CompositeFilterChainProxy";
    private static final String LOOKUP_CACHE = "HandlerMappingIntrospectorCacheFilterFactoryBean";

    /** Runs after every registry post-processor, Spring Security's wrapping among them. */
    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (!(beanFactory instanceof BeanDefinitionRegistry registry) || !registry.containsBeanDefinition(CHAIN)) {
            return;
        }
        BeanDefinition chain = registry.getBeanDefinition(CHAIN);
        BeanDefinition withoutLookup = withoutLookupCache(chain);
        if (withoutLookup == null) {
            log.info("Spring Security's filter chain has no handler-lookup cache where expected; each request may look its handler up twice");
        } else if (withoutLookup != chain) {
            registry.removeBeanDefinition(CHAIN);
            registry.registerBeanDefinition(CHAIN, withoutLookup);
        }
    }

    /**
     * The definition without the wrapper {lookup cache, chain}: the chain itself when the definition is that wrapper,
     * the same definition when the wrapper is one of its filters (Spring Security also wraps the chain with the filter
     * that parses the request's path once, which stays), null when there is no such wrapper.
     */
    private static BeanDefinition withoutLookupCache(BeanDefinition definition) {
        List<Object> filters = wrappedFilters(definition);
        if (filters == null) {
            return null;
        }
        if (filters.size() == 2 && isLookupCache(filters.get(0)) && filters.get(1) instanceof BeanDefinition chain) {
            return chain;
        }
        for (int i = 0; i < filters.size(); i++) {
            if (filters.get(i) instanceof BeanDefinition filter) {
                BeanDefinition without = withoutLookupCache(filter);
                if (without != null) {
                    filters.set(i, without);
                    return definition;
                }
            }
        }
        return null;
    }

    /** The filters of one of Spring Security's composite chains, or null for another definition. */
    @SuppressWarnings("unchecked")
    private static List<Object> wrappedFilters(BeanDefinition definition) {
        if (definition.getBeanClassName() == null || !definition.getBeanClassName().endsWith(WRAPPER)) {
            return null;
        }
        ConstructorArgumentValues.ValueHolder filters = definition.getConstructorArgumentValues().getIndexedArgumentValue(0, List.class);
        return filters != null && filters.getValue() instanceof List<?> list ? (List<Object>) list : null;
    }

    private static boolean isLookupCache(Object filter) {
        return filter instanceof BeanDefinition definition && definition.getBeanClassName() != null
                && definition.getBeanClassName().endsWith(LOOKUP_CACHE);
    }
}
