package dev.zuoraemulator.query;

import java.util.List;
import java.util.Map;

/**
 * One answer of a query or queryMore (decision Q4).
 *
 * @param size every row the query matched at its first call, not this page's
 * @param locator where the next page starts, null when {@code done}
 */
public record QueryPage(
        List<Map<String, Object>> records, long size, boolean done, String locator) {}
