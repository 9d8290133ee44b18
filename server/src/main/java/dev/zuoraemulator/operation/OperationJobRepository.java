package dev.zuoraemulator.operation;

import dev.zuoraemulator.common.EntityScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class OperationJobRepository implements EntityScopedRepository<OperationJob> {}
