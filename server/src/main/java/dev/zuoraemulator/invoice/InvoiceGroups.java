package dev.zuoraemulator.invoice;

import dev.zuoraemulator.common.EntityScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Split invoices as a group (decision L5). The invoices one split made share {@code splitFrom}, the
 * invoice they were made from; those related to an invoice are its group, the newer flow's kept
 * original, and the invoices a member was split into again by that flow, transitively.
 *
 * <p>A change to a group locks all of it at once, in ID order, before reading any of it: two
 * requests changing overlapping groups (a post of two members of one group, on one instance or two)
 * wait for each other instead of deadlocking, and the second sees what the first did.
 */
@ApplicationScoped
public class InvoiceGroups {

    /** Which invoices a change reaches. */
    public enum Reach {
        /** the invoice and the rest of its split group (post, unpost) */
        GROUP,
        /** everything related to it (cancel) */
        RELATED
    }

    private final InvoiceRepository invoices;

    InvoiceGroups(InvoiceRepository invoices) {
        this.invoices = invoices;
    }

    /**
     * The invoices with these IDs and those the change reaches from them, row-locked in ID order.
     * Unknown IDs are left out. The set is read again once locked: a split that completed while
     * this waited has its new invoices locked too.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Invoice> lock(String entityId, Collection<String> ids, Reach reach) {
        Set<String> wanted = reached(entityId, ids, reach);
        while (true) {
            List<Invoice> locked =
                    wanted.isEmpty() ? List.of() : invoices.lockInOrder(entityId, wanted);
            Set<String> again = reached(entityId, ids, reach);
            if (wanted.containsAll(again)) {
                return locked.stream().filter(i -> again.contains(i.id)).toList();
            }
            wanted.addAll(again);
        }
    }

    private Set<String> reached(String entityId, Collection<String> ids, Reach reach) {
        Set<String> seen = new TreeSet<>();
        Set<String> groupsSeen = new TreeSet<>();
        Deque<InvoiceRepository.Node> todo = new ArrayDeque<>();
        List<String> known =
                ids.stream().filter(EntityScopedRepository::storable).distinct().toList();
        if (!known.isEmpty()) {
            todo.addAll(invoices.nodes(entityId, known));
        }
        while (!todo.isEmpty()) {
            InvoiceRepository.Node node = todo.poll();
            if (!seen.add(node.id())) {
                continue;
            }
            if (node.splitFrom() != null && groupsSeen.add(node.splitFrom())) {
                todo.addAll(invoices.group(entityId, node.splitFrom()));
                if (reach == Reach.RELATED) {
                    todo.addAll(invoices.nodes(entityId, List.of(node.splitFrom())));
                }
            }
            if (reach == Reach.RELATED
                    && node.status() == InvoiceStatus.Split
                    && groupsSeen.add(node.id())) {
                todo.addAll(invoices.group(entityId, node.id()));
            }
        }
        return seen;
    }
}
