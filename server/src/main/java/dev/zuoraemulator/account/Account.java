package dev.zuoraemulator.account;

import dev.zuoraemulator.common.AuditedEntity;
import dev.zuoraemulator.common.CustomFields;
import dev.zuoraemulator.common.CustomFieldsConverter;
import dev.zuoraemulator.common.EntityOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "account")
public class Account extends AuditedEntity implements EntityOwned {

    @Id public String id;

    @Column(name = "entity_id")
    public String entityId;

    @Column(name = "account_number")
    public String accountNumber;

    public String name;
    public String currency;

    @Column(name = "bill_cycle_day")
    public int billCycleDay;

    @Column(name = "payment_term")
    public String paymentTerm;

    @Column(name = "auto_pay")
    public boolean autoPay;

    public String notes;
    public String batch;

    @Column(name = "crm_id")
    public String crmId;

    @Column(name = "purchase_order_number")
    public String purchaseOrderNumber;

    @Column(name = "sales_rep")
    public String salesRep;

    @Column(name = "bill_to_id")
    public String billToId;

    @Column(name = "bill_to_first_name")
    public String billToFirstName;

    @Column(name = "bill_to_last_name")
    public String billToLastName;

    @Column(name = "bill_to_work_email")
    public String billToWorkEmail;

    @Column(name = "bill_to_work_phone")
    public String billToWorkPhone;

    @Column(name = "bill_to_address1")
    public String billToAddress1;

    @Column(name = "bill_to_address2")
    public String billToAddress2;

    @Column(name = "bill_to_city")
    public String billToCity;

    @Column(name = "bill_to_state")
    public String billToState;

    @Column(name = "bill_to_country")
    public String billToCountry;

    @Column(name = "bill_to_zip_code")
    public String billToZipCode;

    /** Custom fields (C10). */
    @Convert(converter = CustomFieldsConverter.class)
    @Column(name = "custom_fields")
    public CustomFields customFields = CustomFields.NONE;

    @Override
    public String entityId() {
        return entityId;
    }
}
