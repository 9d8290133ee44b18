package dev.zuoraemulator.invoice;

import dev.zuoraemulator.api.model.PutInvoiceType;
import dev.zuoraemulator.common.CustomFields;
import dev.zuoraemulator.common.Text;
import dev.zuoraemulator.common.ZuoraTime;
import dev.zuoraemulator.error.InvalidValueException;
import dev.zuoraemulator.error.ObjectNotFoundException;
import dev.zuoraemulator.error.RuleRestrictionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * {@code PUT /v1/invoices/{invoiceKey}} (decision L3): an invoice's own fields, never its status.
 * Everything is checked before anything changes.
 */
@ApplicationScoped
public class InvoiceEdits {

    private final InvoiceRepository invoices;
    private final ZuoraTime time;

    InvoiceEdits(InvoiceRepository invoices, ZuoraTime time) {
        this.invoices = invoices;
        this.time = time;
    }

    @Transactional
    public Invoice update(String entityId, String userId, String key, PutInvoiceType body) {
        if (body.getInvoiceDate() != null && body.getDueDate() != null) {
            throw new InvalidValueException(
                    "invoiceDate, dueDate: only one of them can change in one request");
        }
        String comments = Text.check("comments", body.getComments());
        CustomFields custom = CustomFields.from(body.getAdditionalProperties(), "");
        Invoice invoice =
                invoices.lockByKey(entityId, key)
                        .orElseThrow(() -> ObjectNotFoundException.of("Invoice", key));
        boolean dates = body.getInvoiceDate() != null || body.getDueDate() != null;
        boolean fields =
                comments != null
                        || body.getAutoPay() != null
                        || body.getTransferredToAccounting() != null
                        || !custom.isEmpty();
        if (!dates && !fields) {
            return invoice;
        }
        if (!InvoiceLifecycle.fieldsEditable(invoice.status)) {
            throw new RuleRestrictionException(
                    "the invoice "
                            + invoice.invoiceNumber
                            + " is "
                            + invoice.status
                            + " and can no longer be updated");
        }
        if (dates && !InvoiceLifecycle.datesEditable(invoice.status)) {
            throw new RuleRestrictionException(
                    "the invoice "
                            + invoice.invoiceNumber
                            + " is "
                            + invoice.status
                            + "; its invoiceDate and dueDate change only while it is Draft");
        }
        InvoiceLifecycle.requireNotBeingSplit(invoice);
        if (body.getDueDate() != null && body.getDueDate().isBefore(invoice.invoiceDate)) {
            throw new InvalidValueException(
                    "dueDate: must not be before the invoice date " + invoice.invoiceDate);
        }
        if (body.getInvoiceDate() != null) {
            invoice.redate(body.getInvoiceDate());
        }
        if (body.getDueDate() != null) {
            invoice.dueDate = body.getDueDate();
        }
        if (comments != null) {
            invoice.comments = comments;
        }
        if (body.getAutoPay() != null) {
            invoice.autoPay = body.getAutoPay();
        }
        if (body.getTransferredToAccounting() != null) {
            invoice.transferredToAccounting = body.getTransferredToAccounting().toString();
        }
        invoice.customFields = invoice.customFields.updatedWith(custom, "");
        invoice.updated(userId, time.now());
        return invoice;
    }
}
