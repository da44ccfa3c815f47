package org.directivetracker.api.operations;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.directivetracker.api.web.RequestId;
import org.directivetracker.core.api.Actor;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Arrays;

/** The API description at /v3/api-docs and /swagger-ui.html. */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    static {
        // resolved from the signed-in account and the Idempotency-Key header, never sent as parameters
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class, RequestId.class);
    }

    @Bean
    public OpenAPI trackerOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Directive tracker").version("0.1")
                        .description("Directives of the provincial People's Committee, the communes' reports, and their audit trail. "
                                + "Errors are RFC 9457 problem documents. Send an Idempotency-Key header to make a write safe to retry.")
                        .license(new License().name("Open source")))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    /** Every write that takes a request id documents the header it comes from. */
    @Bean
    public OperationCustomizer idempotencyKeyHeader() {
        return (operation, handler) -> {
            if (Arrays.stream(handler.getMethodParameters()).anyMatch(parameter -> parameter.getParameterType() == RequestId.class)) {
                operation.addParametersItem(new HeaderParameter().name(RequestId.HEADER).required(false)
                        .description("retrying with the same key answers as the first call did and stores nothing more")
                        .schema(new StringSchema().minLength(1).maxLength(200)));
            }
            return operation;
        };
    }
}
