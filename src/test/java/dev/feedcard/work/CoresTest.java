package dev.feedcard.work;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoresTest {
    private static final List<Integer> NUMBERS = IntStream.range(0, 1000).boxed().toList();

    @Test
    void mapKeepsTheItemsOrder() {
        assertEquals(NUMBERS.stream().map(n -> n * 2).toList(), Cores.map(NUMBERS, n -> n * 2));
        assertEquals(List.of(), Cores.map(List.<Integer>of(), n -> n));
    }

    @Test
    void forEachRunsEveryStepBeforeReturning() {
        Set<Integer> seen = ConcurrentHashMap.newKeySet();
        Cores.forEach(NUMBERS, seen::add);
        assertEquals(NUMBERS.size(), seen.size());
    }

    @Test
    void aStepCanRunWorkOnEveryCoreItself() {
        List<List<Integer>> nested = Cores.map(NUMBERS.subList(0, 20), n -> Cores.map(NUMBERS.subList(0, 50), m -> n * m));
        for (int n = 0; n < 20; n++) assertEquals(n * 49, nested.get(n).get(49));
    }

    @Test
    void theFirstFailureInTheItemsOrderIsThrownAsItWas() {
        IllegalStateException failure = new IllegalStateException("no 3");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> Cores.map(List.of(1, 2, 3), n -> {
            if (n == 3) throw failure;
            return n;
        }));
        assertSame(failure, thrown);
        assertThrows(OutOfMemoryError.class, () -> Cores.map(List.of(1, 2), n -> {
            throw new OutOfMemoryError("test");
        }));
        IOException io = assertThrows(IOException.class, () -> Cores.forEach(List.of(1, 2), n -> {
            throw new IOException("disk " + n);
        }));
        assertEquals("disk 1", io.getMessage());
    }

    @Test
    void aFailureStopsTheStepsNotStartedYet() {
        AtomicInteger started = new AtomicInteger();
        assertThrows(IllegalStateException.class, () -> Cores.forEach(NUMBERS, n -> {
            started.incrementAndGet();
            throw new IllegalStateException("fails at once");
        }));
        assertTrue(started.get() < NUMBERS.size(), started + " steps started");
    }

    @Test
    void aBackgroundTaskRunsBesideItsCaller() throws Exception {
        assertEquals("done", Cores.inBackground(() -> "done").get());
        List<String> threads = Collections.synchronizedList(new ArrayList<>());
        Cores.inBackground(() -> threads.add(Thread.currentThread().getName())).get();
        assertTrue(threads.get(0).startsWith("feedcard-background"), threads.toString());
        ExecutionException failed = assertThrows(ExecutionException.class, () -> Cores.inBackground(() -> {
            throw new IOException("disk");
        }).get());
        assertEquals("disk", failed.getCause().getMessage());
    }
}
