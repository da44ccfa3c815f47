package org.directivetracker.api.obstacles;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.directivetracker.api.obstacles.ObstacleCategoryProperties.Category;
import org.springframework.context.support.AbstractMessageSource;

/**
 * The names of the configured obstacle categories as messages {@code category.<code>}, under the message bundles:
 * every page, file and thread that names a category by that key names it as configured, Vietnamese unless English
 * is asked and configured. A code no longer configured (an old obstacle's) is named by the code itself.
 */
public final class ObstacleCategoryNames extends AbstractMessageSource {

    static final String PREFIX = "category.";

    private final Map<String, Category> categories;

    public ObstacleCategoryNames(ObstacleCategoryProperties properties) {
        this.categories = properties.categories().stream()
                .collect(Collectors.toUnmodifiableMap(Category::code, Function.identity(), (first, second) -> first));
    }

    @Override
    protected String resolveCodeWithoutArguments(String key, Locale locale) {
        if (!key.startsWith(PREFIX)) {
            return null;
        }
        String code = key.substring(PREFIX.length());
        Category category = categories.get(code);
        if (category == null) {
            return code;
        }
        boolean english = locale != null && "en".equals(locale.getLanguage());
        return english && category.nameEn() != null && !category.nameEn().isBlank() ? category.nameEn() : category.name();
    }

    @Override
    protected MessageFormat resolveCode(String key, Locale locale) {
        String name = resolveCodeWithoutArguments(key, locale);
        return name == null ? null : new MessageFormat(name.replace("'", "''"), locale);
    }
}
