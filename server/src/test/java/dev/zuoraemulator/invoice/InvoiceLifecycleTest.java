package dev.zuoraemulator.invoice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.zuoraemulator.invoice.InvoiceLifecycle.Change;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The state machine over every pair: each status against each other status and removal, and each
 * change against each status. The expected tables are written out here, apart from the code.
 */
class InvoiceLifecycleTest {

    /** "to" for a change that removes the invoice. */
    private static final String GONE = "gone";

    /** Every allowed move, from → to: by which change. Any pair not listed is refused. */
    private static final Map<String, Change> MOVES =
            Map.of(
                    "Draft>Posted", Change.POST,
                    "Posted>Draft", Change.UNPOST,
                    "Draft>Canceled", Change.CANCEL,
                    "Draft>Split", Change.SPLIT,
                    "Draft>gone", Change.SPLIT_AWAY,
                    "Split>Canceled", Change.CANCEL_WITH_GROUP,
                    "Canceled>gone", Change.DELETE);

    private static List<String> targets() {
        List<String> all = new ArrayList<>();
        for (InvoiceStatus s : InvoiceStatus.values()) {
            all.add(s.name());
        }
        all.add(GONE);
        return all;
    }

    @Test
    void everyPairOfStatusesIsAllowedOnlyByItsOneChange() {
        for (InvoiceStatus from : InvoiceStatus.values()) {
            for (String to : targets()) {
                Change expected = MOVES.get(from.name() + ">" + to);
                List<Change> leading = new ArrayList<>();
                for (Change c : Change.values()) {
                    String after = c.to() == null ? GONE : c.to().name();
                    if (InvoiceLifecycle.allows(from, c) && after.equals(to)) {
                        leading.add(c);
                    }
                }
                assertEquals(
                        expected == null ? List.of() : List.of(expected),
                        leading,
                        from + " → " + to);
            }
        }
    }

    @Test
    void applyingARefusedChangeFailsAndChangesNothing() {
        for (InvoiceStatus from : InvoiceStatus.values()) {
            for (Change c : Change.values()) {
                Invoice invoice = invoice(from);
                if (InvoiceLifecycle.allows(from, c)) {
                    InvoiceLifecycle.apply(invoice, c, "u2", Instant.EPOCH, LocalDate.EPOCH);
                    assertEquals(c.to() == null ? from : c.to(), invoice.status, from + " " + c);
                } else {
                    assertThrows(
                            IllegalStateException.class,
                            () ->
                                    InvoiceLifecycle.apply(
                                            invoice, c, "u2", Instant.EPOCH, LocalDate.EPOCH),
                            from + " " + c);
                    assertEquals(from, invoice.status);
                    assertEquals("u1", invoice.updatedById);
                }
            }
        }
    }

    @Test
    void eachChangeNamesTheStatusItStartsFromAndTheOneItLeaves() {
        for (Map.Entry<String, Change> move : MOVES.entrySet()) {
            String[] fromTo = move.getKey().split(">");
            assertEquals(fromTo[0], move.getValue().from().name(), move.getKey());
            assertEquals(
                    fromTo[1],
                    move.getValue().to() == null ? GONE : move.getValue().to().name(),
                    move.getKey());
        }
        assertEquals(Change.values().length, MOVES.size(), "a change without its move");
    }

    @Test
    void anInvoiceBeingSplitIsHeld() {
        Invoice free = invoice(InvoiceStatus.Draft);
        InvoiceLifecycle.requireNotBeingSplit(free);
        Invoice held = invoice(InvoiceStatus.Draft);
        held.invoiceNumber = "INV00000007";
        held.splittingBy = "split-1";
        dev.zuoraemulator.error.RuleRestrictionException refused =
                assertThrows(
                        dev.zuoraemulator.error.RuleRestrictionException.class,
                        () -> InvoiceLifecycle.requireNotBeingSplit(held));
        assertEquals(
                "the invoice INV00000007 is being split (split-1); it cannot change until the"
                        + " split is done",
                refused.getMessage());
    }

    @Test
    void postingRecordsDateAndPosterAndUnpostingClearsThem() {
        Invoice invoice = invoice(InvoiceStatus.Draft);
        LocalDate today = LocalDate.parse("2026-03-01");
        InvoiceLifecycle.apply(invoice, Change.POST, "poster", Instant.EPOCH, today);
        assertEquals(today, invoice.postedDate);
        assertEquals("poster", invoice.postedBy);
        assertEquals("poster", invoice.updatedById);
        InvoiceLifecycle.apply(invoice, Change.UNPOST, "other", Instant.EPOCH, today);
        assertNull(invoice.postedDate);
        assertNull(invoice.postedBy);
    }

    @Test
    void datesChangeOnlyWhileDraftAndFieldsNotOnceSplitOrCanceled() {
        for (InvoiceStatus s : InvoiceStatus.values()) {
            assertEquals(s == InvoiceStatus.Draft, InvoiceLifecycle.datesEditable(s), s.name());
            assertEquals(
                    s == InvoiceStatus.Draft || s == InvoiceStatus.Posted,
                    InvoiceLifecycle.fieldsEditable(s),
                    s.name());
        }
    }

    private static Invoice invoice(InvoiceStatus status) {
        Invoice invoice = new Invoice();
        invoice.id = "i1";
        invoice.status = status;
        invoice.updatedById = "u1";
        return invoice;
    }
}
