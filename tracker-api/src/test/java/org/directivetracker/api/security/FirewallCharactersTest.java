package org.directivetracker.api.security;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The firewall's character checks answer as Spring Security's regular expressions do, for every code point. */
class FirewallCharactersTest {

    // the expressions of Spring Security 6.5's StrictHttpFirewall
    private static final Pattern NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern HEADER_VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void everyCodePointAloneAndBetweenLettersIsAllowedExactlyWhenTheExpressionsAllowIt() {
        int refused = 0;
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            String alone = Character.toString(codePoint);
            String between = "a" + alone + "b";
            for (String text : List.of(alone, between)) {
                assertThat(FirewallCharacters.assignedAndNotControl(text)).as("U+%04X", codePoint).isEqualTo(NAMES.matcher(text).matches());
                assertThat(FirewallCharacters.assignedAndNotControlOrTab(text)).as("U+%04X", codePoint)
                        .isEqualTo(HEADER_VALUES.matcher(text).matches());
            }
            refused += FirewallCharacters.assignedAndNotControl(alone) ? 0 : 1;
        }
        assertThat(refused).as("unassigned and control code points").isGreaterThan(800_000);
    }

    @Test
    void aHeaderValueMayHoldATabAndVietnameseButNoLineBreakOrLoneHalfOfAPair() {
        for (String text : List.of("Basic bGVhZGVyOmRlbW8=", "ti\u1EBFn \u0111\u1ED9\tx", "", "\uD83D\uDE00", "a\uD800b", "a\uDC00",
                "x\ny", "x\ry", "\u0000", "\u007F", "\u0085", "\uFFFF", "\uD83D")) {
            assertThat(FirewallCharacters.assignedAndNotControlOrTab(text)).as(text).isEqualTo(HEADER_VALUES.matcher(text).matches());
            assertThat(FirewallCharacters.assignedAndNotControl(text)).as(text).isEqualTo(NAMES.matcher(text).matches());
        }
        assertThat(FirewallCharacters.assignedAndNotControlOrTab("a\tb")).isTrue();
        assertThat(FirewallCharacters.assignedAndNotControl("a\tb")).isFalse();
        assertThat(FirewallCharacters.assignedAndNotControlOrTab("a\r\nb")).isFalse();
    }
}
