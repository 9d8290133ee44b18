package dev.zuoraemulator.split;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Split requests and their parts. */
@ApplicationScoped
public class SplitRequestRepository implements PanacheRepositoryBase<SplitRequest, String> {

    Optional<SplitRequest> findByJob(String jobId) {
        return find("jobId", jobId).firstResultOptional();
    }

    List<SplitRequestPart> partsOf(String requestId) {
        return SplitRequestPart.list("requestId", Sort.by("position"), requestId);
    }

    void persistParts(List<SplitRequestPart> parts) {
        SplitRequestPart.persist(parts);
    }
}
