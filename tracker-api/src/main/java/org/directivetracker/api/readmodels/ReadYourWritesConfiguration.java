package org.directivetracker.api.readmodels;

import org.axonframework.commandhandling.CommandBus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Read-your-writes across instances: each write's answer carries the position of its last event
 * ({@link ConsistencyTokens}, on the command bus), and a read that sends it back waits for the views to pass it
 * ({@link ReadAfterWrite}, before any controller).
 */
@Configuration(proxyBeanMethods = false)
public class ReadYourWritesConfiguration implements WebMvcConfigurer {

    private final ViewsCatchUp viewsCatchUp;
    private final ReadModelProperties properties;

    public ReadYourWritesConfiguration(ViewsCatchUp viewsCatchUp, ReadModelProperties properties) {
        this.viewsCatchUp = viewsCatchUp;
        this.properties = properties;
    }

    @Bean
    public ConsistencyTokens consistencyTokens(CommandBus commandBus) {
        ConsistencyTokens tokens = new ConsistencyTokens();
        commandBus.registerHandlerInterceptor(tokens);
        return tokens;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ReadAfterWrite(viewsCatchUp, properties.catchUpTimeout(), properties.readLag()));
    }
}
