package dev.zuoraemulator.split;

/**
 * A stand-in for {@link SplitOperationJob} whose every run fails, for a test to install with {@code
 * QuarkusMock}: the worker then tries the job until it gives up, and the giving up is the real one
 * (it is inherited).
 */
public class FailingSplitOperationJob extends SplitOperationJob {

    public FailingSplitOperationJob(InvoiceSplitOperation operation) {
        super(operation);
    }

    @Override
    public void run(String entityId, String operationJobId) {
        throw new IllegalStateException("this test's split attempts all fail");
    }
}
