package org.opendividend.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU a timed part of a benchmark cost: the server process's own (user and system time, from
 * {@code /proc/<pid>/stat}) and how busy the whole machine's cores were (from {@code /proc/stat}). It tells a ratio's
 * cause apart: the same saturated cores with more server CPU per item is work to cut; idle cores is waiting.
 */
record CpuUse(double serverSeconds, double machineBusyShare) {

    /** The clock ticks per second of {@code /proc}'s CPU times; 100 on Linux on x86 and arm64. */
    private static final double TICKS_PER_SECOND = 100.0;

    /** Readings at a start, to be compared with the readings at the end. */
    record Start(long pid, long serverTicks, long[] machineTicks) {

        CpuUse sinceThen() {
            long[] now = machineNow();
            long busy = (now[0] - machineTicks[0]) - (now[1] - machineTicks[1]);
            long all = now[0] - machineTicks[0];
            return new CpuUse((ticksOf(pid) - serverTicks) / TICKS_PER_SECOND, all == 0 ? 0 : (double) busy / all);
        }
    }

    static Start start(long pid) {
        return new Start(pid, ticksOf(pid), machineNow());
    }

    /** Seconds of server CPU for each of {@code count} items. */
    double serverMillisEach(long count) {
        return count == 0 ? 0 : serverSeconds * 1000 / count;
    }

    private static long ticksOf(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // the fields after the command's name, which is in parentheses and may itself hold spaces
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
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
