package dev.zuoraemulator.split;

import jakarta.enterprise.context.ApplicationScoped;

import dev.zuoraemulator.common.EntityScopedRepository;

@ApplicationScoped
public class InvoiceSplitRepository implements EntityScopedRepository<InvoiceSplit> {

}
