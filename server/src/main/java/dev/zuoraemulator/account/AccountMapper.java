package dev.zuoraemulator.account;

import dev.zuoraemulator.api.model.GETAccountType;
import dev.zuoraemulator.api.model.GETAccountTypeBasicInfo;
import dev.zuoraemulator.api.model.GETAccountTypeBillToContact;
import dev.zuoraemulator.api.model.GETAccountTypeBillingAndPayment;
import dev.zuoraemulator.api.model.GETAccountTypeMetrics;
import dev.zuoraemulator.api.model.POSTAccountResponseType;
import java.math.BigDecimal;

public final class AccountMapper {

    private AccountMapper() {}

    public static POSTAccountResponseType toCreated(Account a) {
        return new POSTAccountResponseType()
                .success(true)
                .accountId(a.id)
                .accountNumber(a.accountNumber)
                .billToContactId(a.billToId);
    }

    public static GETAccountType toApi(Account a, BigDecimal balance) {
        GETAccountTypeBasicInfo basicInfo =
                new GETAccountTypeBasicInfo()
                        .id(a.id)
                        .accountNumber(a.accountNumber)
                        .name(a.name)
                        .status(GETAccountTypeBasicInfo.StatusEnum.ACTIVE)
                        .notes(a.notes)
                        .batch(a.batch)
                        .crmId(a.crmId)
                        .purchaseOrderNumber(a.purchaseOrderNumber)
                        .salesRep(a.salesRep);
        // Zuora returns an account's custom fields in basicInfo
        basicInfo.putAll(a.customFields.values());
        return new GETAccountType()
                .basicInfo(basicInfo)
                .billingAndPayment(
                        new GETAccountTypeBillingAndPayment()
                                .billCycleDay((long) a.billCycleDay)
                                .currency(a.currency)
                                .paymentTerm(a.paymentTerm)
                                .autoPay(a.autoPay))
                .billToContact(
                        new GETAccountTypeBillToContact()
                                .id(a.billToId)
                                .firstName(a.billToFirstName)
                                .lastName(a.billToLastName)
                                .workEmail(a.billToWorkEmail)
                                .workPhone(a.billToWorkPhone)
                                .address1(a.billToAddress1)
                                .address2(a.billToAddress2)
                                .city(a.billToCity)
                                .state(a.billToState)
                                .country(a.billToCountry)
                                .zipCode(a.billToZipCode))
                .metrics(
                        new GETAccountTypeMetrics()
                                .balance(balance)
                                .totalInvoiceBalance(balance)
                                .creditBalance(BigDecimal.ZERO)
                                // nothing the emulator models changes these: Zuora's 0 (C9)
                                .contractedMrr(BigDecimal.ZERO)
                                .reservedPaymentAmount(BigDecimal.ZERO)
                                .totalDebitMemoBalance(BigDecimal.ZERO)
                                .unappliedCreditMemoAmount(BigDecimal.ZERO)
                                .unappliedPaymentAmount(BigDecimal.ZERO))
                .success(true);
    }
}
