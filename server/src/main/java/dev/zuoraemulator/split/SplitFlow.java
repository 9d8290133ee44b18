package dev.zuoraemulator.split;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * The matrix rounding behind {@link LargestRemainderSplit} when its greedy order does not work out:
 * a maximum flow (Dinic's algorithm) from the lines, each with the units it must still place,
 * through one unit per fractional share, to the splits, each with the units it still lacks. The
 * rounding theorem for matrices says a flow that places every unit exists; the lines' edges are
 * tried largest remainder first (ties to the later split), so the result is deterministic.
 */
final class SplitFlow {

    private final int[] head;
    private int[] to = new int[16];
    private long[] capacity = new long[16];
    private int[] next = new int[16];
    private int edges;
    private int[] level;
    private int[] cursor;

    private SplitFlow(int nodes) {
        head = new int[nodes];
        Arrays.fill(head, -1);
    }

    /**
     * @param floors {@code [line][split]} floored shares
     * @param remainders their fractional parts (positive: the share may take one more unit)
     * @param extra units each line must place on top of its floors
     * @param lacking units each split lacks on top of the floors
     * @return the shares: floors plus the units placed
     */
    static long[][] round(
            long[][] floors, BigInteger[][] remainders, long[] extra, long[] lacking) {
        int m = floors.length;
        int n = lacking.length;
        int source = 0;
        int sink = m + n + 1;
        SplitFlow flow = new SplitFlow(m + n + 2);
        int[][] lineEdges = new int[m][n];
        for (int i = 0; i < m; i++) {
            flow.add(source, 1 + i, extra[i]);
            Arrays.fill(lineEdges[i], -1);
            // added in reverse, so that the adjacency list (last added first) is in order
            var order = LargestRemainderSplit.byRemainder(remainders[i], null);
            for (int k = order.size() - 1; k >= 0; k--) {
                int j = order.get(k);
                lineEdges[i][j] = flow.add(1 + i, 1 + m + j, 1);
            }
        }
        for (int j = 0; j < n; j++) {
            flow.add(1 + m + j, sink, lacking[j]);
        }
        long placed = flow.maximum(source, sink);
        if (placed != Arrays.stream(extra).sum()) {
            throw new IllegalStateException("no rounding of the shares exists");
        }
        long[][] shares = new long[m][];
        for (int i = 0; i < m; i++) {
            shares[i] = floors[i].clone();
            for (int j = 0; j < n; j++) {
                // a used edge has no capacity left
                if (lineEdges[i][j] >= 0 && flow.capacity[lineEdges[i][j]] == 0) {
                    shares[i][j]++;
                }
            }
        }
        return shares;
    }

    /** Adds an edge and its reverse; answers the edge's index. */
    private int add(int from, int target, long cap) {
        if (edges + 2 > to.length) {
            to = Arrays.copyOf(to, to.length * 2);
            capacity = Arrays.copyOf(capacity, capacity.length * 2);
            next = Arrays.copyOf(next, next.length * 2);
        }
        int edge = edges;
        link(from, target, cap);
        link(target, from, 0);
        return edge;
    }

    private void link(int from, int target, long cap) {
        to[edges] = target;
        capacity[edges] = cap;
        next[edges] = head[from];
        head[from] = edges++;
    }

    private long maximum(int source, int sink) {
        long total = 0;
        level = new int[head.length];
        cursor = new int[head.length];
        while (levels(source, sink)) {
            System.arraycopy(head, 0, cursor, 0, head.length);
            long pushed;
            while ((pushed = push(source, sink, Long.MAX_VALUE)) > 0) {
                total += pushed;
            }
        }
        return total;
    }

    private boolean levels(int source, int sink) {
        Arrays.fill(level, -1);
        level[source] = 0;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(source);
        while (!queue.isEmpty()) {
            int node = queue.poll();
            for (int e = head[node]; e >= 0; e = next[e]) {
                if (capacity[e] > 0 && level[to[e]] < 0) {
                    level[to[e]] = level[node] + 1;
                    queue.add(to[e]);
                }
            }
        }
        return level[sink] >= 0;
    }

    private long push(int node, int sink, long limit) {
        if (node == sink) {
            return limit;
        }
        for (; cursor[node] >= 0; cursor[node] = next[cursor[node]]) {
            int e = cursor[node];
            if (capacity[e] > 0 && level[to[e]] == level[node] + 1) {
                long pushed = push(to[e], sink, Math.min(limit, capacity[e]));
                if (pushed > 0) {
                    capacity[e] -= pushed;
                    capacity[e ^ 1] += pushed;
                    return pushed;
                }
            }
        }
        return 0;
    }
}
