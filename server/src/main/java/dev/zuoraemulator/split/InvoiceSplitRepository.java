package dev.zuoraemulator.split;

import dev.zuoraemulator.common.EntityScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class InvoiceSplitRepository implements EntityScopedRepository<InvoiceSplit> {}
