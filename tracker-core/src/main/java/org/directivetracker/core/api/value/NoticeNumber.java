package org.directivetracker.core.api.value;

import java.util.regex.Pattern;

/** The number and symbol of a conclusion notice, as the committee's office writes it: {@code 125/TB-UBND}. */
public record NoticeNumber(String value) {
    private static final Pattern FORM = Pattern.compile("[0-9]{1,6}/[A-ZĐ][A-ZĐ0-9.-]{0,39}");

    public NoticeNumber {
        value = Texts.requireText("number", value, 50);
        if (!FORM.matcher(value).matches()) {
            throw new InvalidValueException("number", "must be a number and a symbol, such as 125/TB-UBND");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
