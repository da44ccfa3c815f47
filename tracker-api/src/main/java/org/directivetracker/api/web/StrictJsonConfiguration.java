package org.directivetracker.api.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Request bodies mean exactly one thing or are refused: no text where a number is expected ({@code "50"}), no
 * fraction for a whole number ({@code 50.5}), no number or timestamp where a date is expected ({@code 20270630},
 * {@code 2027-06-30T00:00}), no number or boolean where a text is expected, nothing after the JSON value.
 */
@Configuration(proxyBeanMethods = false)
public class StrictJsonConfiguration {
    private static final CoercionAction FAIL = CoercionAction.Fail;

    @Bean
    public Jackson2ObjectMapperBuilderCustomizer strictRequestBodies() {
        return builder -> builder
                .featuresToDisable(MapperFeature.ALLOW_COERCION_OF_SCALARS, DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .featuresToEnable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .postConfigurer(mapper -> {
                    mapper.setDefaultLeniency(false);
                    mapper.configOverride(java.time.LocalDate.class).setFormat(JsonFormat.Value.forLeniency(false));
                    mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, FAIL)
                            .setCoercion(CoercionInputShape.Float, FAIL).setCoercion(CoercionInputShape.Boolean, FAIL);
                    mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, FAIL)
                            .setCoercion(CoercionInputShape.Float, FAIL).setCoercion(CoercionInputShape.Boolean, FAIL);
                    mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, FAIL)
                            .setCoercion(CoercionInputShape.Integer, FAIL);
                    mapper.coercionConfigFor(LogicalType.DateTime).setCoercion(CoercionInputShape.Integer, FAIL)
                            .setCoercion(CoercionInputShape.Float, FAIL);
                    mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.Integer, FAIL);
                });
    }
}
