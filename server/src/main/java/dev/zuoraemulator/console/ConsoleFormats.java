package dev.zuoraemulator.console;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;

/** How the console's templates show values. */
@TemplateExtension
public final class ConsoleFormats {

    private ConsoleFormats() {}

    /** An amount as Zuora answers it: {@code 100}, {@code 12.5}, never {@code 1E+2}. */
    static String plain(BigDecimal amount) {
        return amount == null ? "" : amount.stripTrailingZeros().toPlainString();
    }
}
