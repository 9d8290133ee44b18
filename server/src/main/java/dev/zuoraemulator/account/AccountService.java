package dev.zuoraemulator.account;

import dev.zuoraemulator.api.model.POSTAccountType;
import dev.zuoraemulator.api.model.POSTAccountTypeBillToContact;
import dev.zuoraemulator.common.CustomFields;
import dev.zuoraemulator.common.Ids;
import dev.zuoraemulator.common.Money;
import dev.zuoraemulator.common.PaymentTerms;
import dev.zuoraemulator.common.Text;
import dev.zuoraemulator.common.ZuoraTime;
import dev.zuoraemulator.error.InvalidValueException;
import dev.zuoraemulator.error.ObjectNotFoundException;
import dev.zuoraemulator.numbering.NumberingService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class AccountService {

    private final AccountRepository accounts;
    private final PostedBalances balances;
    private final NumberingService numbering;
    private final ZuoraTime time;

    AccountService(
            AccountRepository accounts,
            PostedBalances balances,
            NumberingService numbering,
            ZuoraTime time) {
        this.accounts = accounts;
        this.balances = balances;
        this.numbering = numbering;
        this.time = time;
    }

    @Transactional
    public Account createAccount(String entityId, String userId, POSTAccountType request) {
        Money.currency("currency", request.getCurrency());
        String paymentTerm =
                request.getPaymentTerm() == null
                        ? PaymentTerms.DUE_UPON_RECEIPT
                        : PaymentTerms.canonical("paymentTerm", request.getPaymentTerm());
        String accountNumber = request.getAccountNumber();
        if (accountNumber != null) {
            Text.check("accountNumber", accountNumber);
            if (accountNumber.isBlank()) {
                throw new InvalidValueException("accountNumber: must not be blank");
            }
            if (accounts.numberTaken(entityId, accountNumber)) {
                throw new InvalidValueException(
                        "accountNumber: an account numbered " + accountNumber + " already exists");
            }
        } else {
            accountNumber = numbering.next(entityId, NumberingService.Kind.ACCOUNT);
        }
        POSTAccountTypeBillToContact contact = request.getBillToContact();
        Account a = new Account();
        a.id = Ids.newId();
        a.entityId = entityId;
        a.accountNumber = accountNumber;
        a.name = Text.check("name", request.getName());
        if (a.name.isBlank()) {
            throw new InvalidValueException("name: must not be blank");
        }
        a.currency = request.getCurrency();
        a.billCycleDay =
                request.getBillCycleDay() == null ? 1 : request.getBillCycleDay().intValue();
        a.paymentTerm = paymentTerm;
        a.autoPay = Boolean.TRUE.equals(request.getAutoPay());
        a.notes = Text.check("notes", request.getNotes());
        a.batch = request.getBatch() == null ? "Batch1" : Text.check("batch", request.getBatch());
        a.crmId = Text.check("crmId", request.getCrmId());
        a.purchaseOrderNumber = Text.check("purchaseOrderNumber", request.getPurchaseOrderNumber());
        a.salesRep = Text.check("salesRep", request.getSalesRep());
        a.customFields = CustomFields.from(request.getAdditionalProperties(), "");
        a.billToId = Ids.newId();
        a.billToFirstName = Text.check("billToContact.firstName", contact.getFirstName());
        a.billToLastName = Text.check("billToContact.lastName", contact.getLastName());
        a.billToWorkEmail = Text.check("billToContact.workEmail", contact.getWorkEmail());
        a.billToWorkPhone = Text.check("billToContact.workPhone", contact.getWorkPhone());
        a.billToAddress1 = Text.check("billToContact.address1", contact.getAddress1());
        a.billToAddress2 = Text.check("billToContact.address2", contact.getAddress2());
        a.billToCity = Text.check("billToContact.city", contact.getCity());
        a.billToState = Text.check("billToContact.state", contact.getState());
        a.billToCountry = Text.check("billToContact.country", contact.getCountry());
        a.billToZipCode = Text.check("billToContact.zipCode", contact.getZipCode());
        a.created(userId, time.now());
        accounts.persist(a);
        return a;
    }

    @Transactional
    public Account getAccount(String entityId, String key) {
        return accounts.findByKey(entityId, key)
                .orElseThrow(() -> ObjectNotFoundException.of("Account", key));
    }

    /** What the account owes: the balance of its posted invoices (drafts do not count). */
    @Transactional
    public BigDecimal postedBalance(Account account) {
        return balances.postedBalance(account.id);
    }

    /**
     * Accounts newest first (IDs grow with time), of one entity or of all, each page after the ID
     * given: a page costs the same however many are stored.
     */
    @Transactional
    public List<Account> page(String entityId, String beforeId, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (entityId != null) {
            query.append(" and entityId = :entity");
            parameters.put("entity", entityId);
        }
        if (beforeId != null) {
            query.append(" and id < :before");
            parameters.put("before", beforeId);
        }
        return accounts.find(query + " order by id desc", parameters).page(0, limit).list();
    }

    /** The account of this ID, whatever its entity, or null. */
    @Transactional
    public Account find(String id) {
        return accounts.findById(id);
    }
}
