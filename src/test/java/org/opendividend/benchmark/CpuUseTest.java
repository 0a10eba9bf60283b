package org.opendividend.benchmark;

import org.junit.jupiter.api.Test;

import java.security.MessageDigest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CpuUseTest {

    @Test
    void countsTheCpuAProcessSpendsAndHowBusyTheMachineWas() throws Exception {
        CpuUse.Start start = CpuUse.start(ProcessHandle.current().pid());
        // about a third of a second of CPU at least: hashing until the process's own clock says so
        long until = System.nanoTime() + 400_000_000L;
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        byte[] block = new byte[64 * 1024];
        while (System.nanoTime() < until) {
            sha.update(block);
        }
        CpuUse use = start.sinceThen();
        // this thread alone spent about 0.4 s on a core (less on a crowded machine, more with the JIT's threads)
        assertTrue(use.serverSeconds() >= 0.1, "the process's CPU seen: " + use.serverSeconds());
        assertTrue(use.machineBusyShare() > 0 && use.machineBusyShare() <= 1, "busy share: " + use.machineBusyShare());
        assertEquals(use.serverSeconds() * 1000 / 4, use.serverMillisEach(4), 1e-9);
        assertTrue(use.compilerSeconds() >= 0 && use.compilerSeconds() <= use.serverSeconds(),
                "the compiler's part of the process's CPU: " + use.compilerSeconds() + " of " + use.serverSeconds());
        assertEquals((use.serverSeconds() - use.compilerSeconds()) * 1000 / 4, use.serverMillisEachWithoutCompiler(4),
                1e-9);
    }

    @Test
    void findsTheJitCompilersThreads() {
        // this JVM compiled the test framework's code before it ran this test: its compiler threads have spent CPU
        assertTrue(CpuUse.compilerTicksOf(ProcessHandle.current().pid()) > 0);
    }

    @Test
    void tellsApartTheClientsTheIdentityProviderWithItsChildrenAndTheRest() throws Exception {
        // a child process spinning stands for the identity provider, which a script starts as its child
        Process script = new ProcessBuilder("sh", "-c", "timeout 2 sh -c 'while :; do :; done'; true").start();
        try {
            CpuUse.Start start = CpuUse.start(new CpuUse.Processes(Long.MAX_VALUE, script.pid()));
            long until = System.nanoTime() + 400_000_000L;
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            while (System.nanoTime() < until) {
                sha.update(new byte[64 * 1024]);
            }
            CpuUse use = start.sinceThen();
            // this process hashed (the "clients"); the script's grandchild spun; no server process existed
            assertTrue(use.clientSeconds() >= 0.1, "this process's CPU: " + use.clientSeconds());
            assertTrue(use.identityProviderSeconds() >= 0.1, "the script's children's CPU: " + use.identityProviderSeconds());
            assertEquals(0, use.serverSeconds());
            assertTrue(use.machineBusySeconds() >= use.clientSeconds(), "busy " + use.machineBusySeconds());
            assertEquals(use.clientSeconds() * 1000 / 2, use.clientMillisEach(2), 1e-9);
            assertEquals(Math.max(0, use.machineBusySeconds() - use.clientSeconds() - use.identityProviderSeconds()) * 1000,
                    use.restMillisEach(1), 1e-9);
        } finally {
            script.descendants().forEach(ProcessHandle::destroyForcibly);
            script.destroyForcibly();
        }
    }

    @Test
    void anUnknownProcessCostsNothingAndDoesNotFail() {
        CpuUse use = CpuUse.start(Long.MAX_VALUE).sinceThen();
        assertEquals(0, use.serverSeconds());
        assertEquals(0, use.serverMillisEach(0));
        assertEquals(0, use.compilerSeconds());
    }
}
