package dev.zuoraemulator.split;

import dev.zuoraemulator.api.model.ProxyGetInvoiceSplit;
import dev.zuoraemulator.api.model.ProxyGetInvoiceSplitItem;
import dev.zuoraemulator.common.ZuoraTime;
import dev.zuoraemulator.error.InvalidValueException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * CRUD views of the split objects; {@code fields} narrows them to the named fields ({@code Id}
 * always).
 */
public final class SplitMapper {

    private static final List<String> SPLIT_FIELDS =
            List.of("Id", "InvoiceId", "CreatedById", "CreatedDate", "UpdatedById", "UpdatedDate");
    private static final List<String> ITEM_FIELDS =
            List.of(
                    "Id",
                    "InvoiceSplitId",
                    "InvoiceDate",
                    "SplitPercentage",
                    "PaymentTerm",
                    "InvoiceId",
                    "CreatedById",
                    "CreatedDate",
                    "UpdatedById",
                    "UpdatedDate");

    private SplitMapper() {}

    public static ProxyGetInvoiceSplit toApi(InvoiceSplit s, String fields) {
        Set<String> f = wanted(fields, SPLIT_FIELDS);
        return new ProxyGetInvoiceSplit()
                .id(s.id)
                .invoiceId(f.contains("InvoiceId") ? s.invoiceId : null)
                .createdById(f.contains("CreatedById") ? s.createdById : null)
                .createdDate(f.contains("CreatedDate") ? ZuoraTime.crud(s.createdAt) : null)
                .updatedById(f.contains("UpdatedById") ? s.updatedById : null)
                .updatedDate(f.contains("UpdatedDate") ? ZuoraTime.crud(s.updatedAt) : null);
    }

    public static ProxyGetInvoiceSplitItem toApi(InvoiceSplitItem i, String fields) {
        Set<String> f = wanted(fields, ITEM_FIELDS);
        return new ProxyGetInvoiceSplitItem()
                .id(i.id)
                .invoiceSplitId(f.contains("InvoiceSplitId") ? i.invoiceSplitId : null)
                .invoiceDate(f.contains("InvoiceDate") ? i.invoiceDate : null)
                .splitPercentage(f.contains("SplitPercentage") ? i.splitPercentage : null)
                .paymentTerm(f.contains("PaymentTerm") ? i.paymentTerm : null)
                .invoiceId(f.contains("InvoiceId") ? i.invoiceId : null)
                .createdById(f.contains("CreatedById") ? i.createdById : null)
                .createdDate(f.contains("CreatedDate") ? ZuoraTime.crud(i.createdAt) : null)
                .updatedById(f.contains("UpdatedById") ? i.updatedById : null)
                .updatedDate(f.contains("UpdatedDate") ? ZuoraTime.crud(i.updatedAt) : null);
    }

    private static Set<String> wanted(String fields, List<String> known) {
        if (fields == null || fields.isBlank()) {
            return Set.copyOf(known);
        }
        Set<String> wanted = new LinkedHashSet<>();
        for (String name : fields.split(",")) {
            String trimmed = name.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            String match =
                    known.stream()
                            .filter(
                                    k ->
                                            k.toLowerCase(Locale.ROOT)
                                                    .equals(trimmed.toLowerCase(Locale.ROOT)))
                            .findFirst()
                            .orElseThrow(
                                    () ->
                                            new InvalidValueException(
                                                    "fields: unknown field '"
                                                            + (trimmed.length() > 40
                                                                    ? trimmed.substring(0, 40)
                                                                            + "..."
                                                                    : trimmed)
                                                            + "'"));
            wanted.add(match);
        }
        return wanted;
    }
}
