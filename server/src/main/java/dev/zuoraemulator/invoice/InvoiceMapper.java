package dev.zuoraemulator.invoice;

import dev.zuoraemulator.account.Account;
import dev.zuoraemulator.api.model.GETInvoiceItemsResponse;
import dev.zuoraemulator.api.model.GETInvoiceType;
import dev.zuoraemulator.api.model.GetInvoiceResponse;
import dev.zuoraemulator.common.ZuoraTime;
import java.util.List;

public final class InvoiceMapper {

    private InvoiceMapper() {}

    public static GetInvoiceResponse toApi(Invoice i) {
        GetInvoiceResponse answer =
                new GetInvoiceResponse()
                        .id(i.id)
                        .invoiceNumber(i.invoiceNumber)
                        .accountId(i.accountId)
                        .amount(i.amount)
                        .amountWithoutTax(i.amount)
                        .taxAmount(java.math.BigDecimal.ZERO)
                        .balance(i.balance)
                        .discount(java.math.BigDecimal.ZERO)
                        // no payments, refunds, credit memos or adjustments are modelled: Zuora's 0
                        // (C9)
                        .paymentAmount(java.math.BigDecimal.ZERO)
                        .refundAmount(java.math.BigDecimal.ZERO)
                        .creditMemoAmount(java.math.BigDecimal.ZERO)
                        .adjustmentAmount(java.math.BigDecimal.ZERO)
                        .creditBalanceAdjustmentAmount(java.math.BigDecimal.ZERO)
                        .taxExemptAmount(java.math.BigDecimal.ZERO)
                        .currency(i.currency)
                        .invoiceDate(i.invoiceDate)
                        .dueDate(i.dueDate)
                        .targetDate(i.targetDate)
                        .paymentTerm(i.paymentTerm)
                        .status(GetInvoiceResponse.StatusEnum.fromValue(i.status.name()))
                        .source(
                                i.origin == Invoice.Origin.BILL_RUN
                                        ? GetInvoiceResponse.SourceEnum.BILL_RUN
                                        : GetInvoiceResponse.SourceEnum.API)
                        .sourceType(GetInvoiceResponse.SourceTypeEnum.fromValue(i.sourceType))
                        .billRunId(i.billRunId)
                        .comments(i.comments)
                        .postedDate(i.postedDate)
                        .postedBy(i.postedBy)
                        .autoPay(i.autoPay)
                        .transferredToAccounting(
                                i.transferredToAccounting == null
                                        ? "No"
                                        : i.transferredToAccounting)
                        .isSplit(i.isSplit)
                        .createdById(i.createdById)
                        .createdDate(ZuoraTime.rest(i.createdAt))
                        .updatedById(i.updatedById)
                        .updatedDate(ZuoraTime.rest(i.updatedAt))
                        .success(true);
        answer.putAll(i.customFields.values());
        return answer;
    }

    /** An invoice in an account's list (L6), with its items. */
    static GETInvoiceType toListed(Invoice i, Account account, List<InvoiceItem> items) {
        GETInvoiceType answer =
                new GETInvoiceType()
                        .id(i.id)
                        .accountId(i.accountId)
                        .accountNumber(account.accountNumber)
                        .accountName(account.name)
                        .invoiceDate(i.invoiceDate)
                        .invoiceNumber(i.invoiceNumber)
                        .dueDate(i.dueDate)
                        .invoiceTargetDate(i.targetDate)
                        .amount(i.amount)
                        .balance(i.balance)
                        .creditBalanceAdjustmentAmount(java.math.BigDecimal.ZERO)
                        .createdBy(i.createdById)
                        .status(GETInvoiceType.StatusEnum.fromValue(i.status.name()))
                        .reversed(false)
                        .body(null)
                        .invoiceItems(items.stream().map(InvoiceMapper::toApi).toList())
                        .invoiceFiles(List.of());
        answer.putAll(i.customFields.values());
        return answer;
    }

    public static GETInvoiceItemsResponse toItemsPage(
            InvoiceService.ItemPage page, String nextPage) {
        List<dev.zuoraemulator.api.model.InvoiceItem> items =
                page.items().stream().map(InvoiceMapper::toApi).toList();
        return new GETInvoiceItemsResponse().invoiceItems(items).nextPage(nextPage).success(true);
    }

    static dev.zuoraemulator.api.model.InvoiceItem toApi(InvoiceItem item) {
        var answer =
                new dev.zuoraemulator.api.model.InvoiceItem()
                        .id(item.id)
                        .chargeAmount(item.amount)
                        .balance(item.amount)
                        .taxAmount(java.math.BigDecimal.ZERO)
                        .chargeDate(ZuoraTime.rest(item.chargeDate))
                        .chargeName(item.chargeName)
                        .chargeDescription(item.description == null ? "" : item.description)
                        .description(item.description == null ? "" : item.description)
                        .chargeType(dev.zuoraemulator.api.model.InvoiceItem.ChargeTypeEnum.ONE_TIME)
                        .processingType(
                                item.amount.signum() < 0
                                        ? dev.zuoraemulator.api.model.InvoiceItem.ProcessingTypeEnum
                                                .DISCOUNT
                                        : dev.zuoraemulator.api.model.InvoiceItem.ProcessingTypeEnum
                                                .CHARGE)
                        .quantity(item.quantity)
                        .unitPrice(item.unitPrice)
                        .unitOfMeasure(item.uom == null ? "" : item.uom)
                        .sku(item.sku)
                        .serviceStartDate(item.serviceStartDate)
                        .serviceEndDate(item.serviceEndDate)
                        .invoiceScheduleId(item.invoiceScheduleId)
                        .invoiceScheduleItemId(item.invoiceScheduleItemId);
        answer.putAll(item.customFields.values());
        return answer;
    }
}
