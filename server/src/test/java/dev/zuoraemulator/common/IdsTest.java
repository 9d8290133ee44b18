package dev.zuoraemulator.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void idsAre32LowerCaseHexCharactersInCreationOrder() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            ids.add(Ids.newId());
        }
        for (int i = 1; i < ids.size(); i++) {
            assertTrue(ids.get(i).matches("[0-9a-f]{32}"), ids.get(i));
            assertTrue(
                    ids.get(i - 1).substring(0, 16).compareTo(ids.get(i).substring(0, 16)) < 0,
                    ids.get(i - 1) + " then " + ids.get(i));
        }
    }

    @Test
    void idsOfConcurrentThreadsNeverCollide() throws InterruptedException {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread thread =
                    new Thread(
                            () -> {
                                for (int i = 0; i < 50_000; i++) {
                                    seen.add(Ids.newId());
                                }
                            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(200_000, seen.size());
    }

    @Test
    void stableIdsDependOnTheNameOnly() {
        assertEquals(Ids.stableId("a"), Ids.stableId("a"));
        assertTrue(Ids.stableId("a").matches("[0-9a-f]{32}"));
    }
}
