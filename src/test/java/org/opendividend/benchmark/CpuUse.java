package org.opendividend.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The CPU a timed part of a benchmark cost: the server process's own (user and system time, from
 * {@code /proc/<pid>/stat}) and how busy the whole machine's cores were (from {@code /proc/stat}). It tells a ratio's
 * cause apart: the same saturated cores with more server CPU per item is work to cut; idle cores is waiting. Of the
 * server's CPU, the part its JIT compiler threads spent ({@code /proc/<pid>/task/*}): a server still compiling the
 * code its requests run is a cold server, whatever it serves meanwhile. Of the machine's busy CPU, the part of this
 * benchmark's own process (the clients), of the identity provider (with its child processes: it is started by a
 * script) and the rest (the kernel's own threads, e.g. writing to disk, and any other process): on a shared machine
 * every one of them takes cores from the server.
 */
record CpuUse(double serverSeconds, double machineBusyShare, double compilerSeconds, double clientSeconds,
              double identityProviderSeconds, double machineBusySeconds) {

    /** The processes whose CPU is told apart: the application server and the identity provider (0: none). */
    record Processes(long server, long identityProvider) {
    }

    /** The clock ticks per second of {@code /proc}'s CPU times; 100 on Linux on x86 and arm64. */
    private static final double TICKS_PER_SECOND = 100.0;

    /** Readings at a start, to be compared with the readings at the end. */
    record Start(Processes processes, long serverTicks, long[] machineTicks, long compilerTicks, long clientTicks,
                 long identityProviderTicks) {

        CpuUse sinceThen() {
            long[] now = machineNow();
            long busy = (now[0] - machineTicks[0]) - (now[1] - machineTicks[1]);
            long all = now[0] - machineTicks[0];
            long pid = processes.server();
            // a compiler thread that ended meanwhile takes its ticks along: then the difference is only a lower bound
            long compiler = Math.max(0, compilerTicksOf(pid) - compilerTicks);
            long client = ticksOf(ProcessHandle.current().pid()) - clientTicks;
            // a child that ended meanwhile takes its ticks along, as a compiler thread does
            long identityProvider = Math.max(0, treeTicksOf(processes.identityProvider()) - identityProviderTicks);
            return new CpuUse((ticksOf(pid) - serverTicks) / TICKS_PER_SECOND, all == 0 ? 0 : (double) busy / all,
                    compiler / TICKS_PER_SECOND, client / TICKS_PER_SECOND, identityProvider / TICKS_PER_SECOND,
                    busy / TICKS_PER_SECOND);
        }
    }

    /** The server's CPU and the machine's only (no identity provider watched). */
    static Start start(long serverPid) {
        return start(new Processes(serverPid, 0));
    }

    static Start start(Processes processes) {
        return new Start(processes, ticksOf(processes.server()), machineNow(), compilerTicksOf(processes.server()),
                ticksOf(ProcessHandle.current().pid()), treeTicksOf(processes.identityProvider()));
    }

    /** The machine's busy CPU per item that neither the server, the clients nor the identity provider spent. */
    double restMillisEach(long count) {
        double rest = machineBusySeconds - serverSeconds - clientSeconds - identityProviderSeconds;
        return millisEach(Math.max(0, rest), count);
    }

    double clientMillisEach(long count) {
        return millisEach(clientSeconds, count);
    }

    double identityProviderMillisEach(long count) {
        return millisEach(identityProviderSeconds, count);
    }

    private static double millisEach(double seconds, long count) {
        return count == 0 ? 0 : seconds * 1000 / count;
    }

    /** The server's CPU per item without its JIT compiler's: what the items themselves cost once the code is compiled. */
    double serverMillisEachWithoutCompiler(long count) {
        return count == 0 ? 0 : (serverSeconds - compilerSeconds) * 1000 / count;
    }

    /** Seconds of server CPU for each of {@code count} items. */
    double serverMillisEach(long count) {
        return count == 0 ? 0 : serverSeconds * 1000 / count;
    }

    private static long ticksOf(long pid) {
        return ticksIn(Path.of("/proc/" + pid + "/stat"));
    }

    /** A process's ticks with those of its living descendants; 0 for pid 0 (none watched). */
    static long treeTicksOf(long pid) {
        if (pid == 0) {
            return 0;
        }
        return ticksOf(pid) + ProcessHandle.of(pid).stream().flatMap(ProcessHandle::descendants)
                .mapToLong(child -> ticksOf(child.pid())).sum();
    }

    /** HotSpot's compiler threads, by the names the kernel keeps of them ("C2 CompilerThre", cut at 15 characters). */
    static long compilerTicksOf(long pid) {
        try (Stream<Path> threads = Files.list(Path.of("/proc/" + pid + "/task"))) {
            return threads.map(t -> t.resolve("stat")).filter(CpuUse::isCompilerThread).mapToLong(CpuUse::ticksIn).sum();
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    private static boolean isCompilerThread(Path stat) {
        try {
            String line = Files.readString(stat);
            String name = line.substring(line.indexOf('(') + 1, line.lastIndexOf(')'));
            return name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre");
        } catch (IOException | RuntimeException gone) {
            return false;
        }
    }

    /** User and system ticks of a process's or a thread's {@code stat} file; 0 once it is gone. */
    private static long ticksIn(Path stat) {
        try {
            String line = Files.readString(stat);
            // the fields after the command's name, which is in parentheses and may itself hold spaces
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            // utime and stime are the 14th and 15th fields of the line, the 12th and 13th after the name
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException unreadable) {
            return 0;
        }
    }

    /** All ticks and idle ticks (idle and waiting for I/O) of all cores since boot. */
    private static long[] machineNow() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long all = 0;
            for (int i = 1; i < Math.min(cpu.length, 9); i++) {
                all += Long.parseLong(cpu[i]);
            }
            return new long[] {all, Long.parseLong(cpu[4]) + Long.parseLong(cpu[5])};
        } catch (IOException | RuntimeException unreadable) {
            return new long[] {0, 0};
        }
    }
}
