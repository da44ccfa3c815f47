package org.directivetracker.api.pages;

import org.directivetracker.projections.communes.CommuneDirectory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A commune or ward named as the unit that answers for it, "UBND xã Láng Tròn" / "UBND phường Bạc Liêu", from the
 * registry's type and the bundles. Templates call it as {@code @units}.
 */
@Component("units")
public class UnitNames {
    private final CommuneDirectory communes;
    private final MessageSource messages;

    public UnitNames(CommuneDirectory communes, MessageSource messages) {
        this.communes = communes;
        this.messages = messages;
    }

    public String name(String code) {
        return communes.find(code)
                .map(commune -> messages.getMessage("unit." + commune.type(), new Object[] {commune.name()}, commune.name(),
                        LocaleContextHolder.getLocale()))
                .orElse(code);
    }
}
