package dev.zuoraemulator.http;

import dev.zuoraemulator.storage.GroupCommit;
import io.quarkus.runtime.BlockingOperationControl;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * No answer leaves before what it reports is in the file ({@link GroupCommit}): a request that may
 * have written (any method but GET, HEAD and OPTIONS) waits for the write of the store that holds
 * its commit; a read waits only while the store holds changes not yet written, so that it never
 * shows a change that a kill -9 could still take back. Runs after the operation's transaction has
 * committed.
 */
public class DurableAnswers {

    private final GroupCommit groupCommit;

    DurableAnswers(GroupCommit groupCommit) {
        this.groupCommit = groupCommit;
    }

    @ServerResponseFilter
    public Uni<Void> awaitFile(ContainerRequestContext request) {
        if (!groupCommit.active()) {
            return Uni.createFrom().voidItem();
        }
        Runnable wait =
                switch (request.getMethod()) {
                    case "GET", "HEAD", "OPTIONS" -> groupCommit::awaitDurableIfUnsaved;
                    default -> groupCommit::awaitDurable;
                };
        if (BlockingOperationControl.isBlockingAllowed()) {
            wait.run();
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom()
                .item(
                        () -> {
                            wait.run();
                            return (Void) null;
                        })
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
