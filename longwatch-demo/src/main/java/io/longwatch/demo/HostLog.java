package io.longwatch.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Everything one host logs over the four weeks, in generation order; also hands out the
 * process ids and Sysmon GUIDs its records refer to.
 */
final class HostLog {
    final Host host;
    final RandomGenerator rng;
    final List<DemoEvent> events = new ArrayList<>(16_384);
    /** Users' working days at this host (workstations only). */
    final List<Session> sessions = new ArrayList<>();
    private long seq;
    private int nextPid;
    private long guidCounter;
    /** Boot-time system processes; {@code null} on the Linux host. */
    final SystemProcs sys;

    HostLog(Host host, RandomGenerator rng) {
        this.host = host;
        this.rng = rng;
        this.nextPid = 1000 + 4 * rng.nextInt(500);
        this.sys = host.windows() ? SystemProcs.boot(this) : null;
    }

    /** Adds a record; its time is rounded to the millisecond. */
    DemoEvent add(long micros, Kind kind, Injected step, String... fields) {
        DemoEvent e = new DemoEvent(DemoClock.ms(micros), seq++, kind, fields, step);
        events.add(e);
        return e;
    }

    /** A new process started at {@code micros}; pids grow and wrap like Windows' (multiples of 4). */
    Proc spawn(long micros, String image, String commandLine, String user, String integrity, String currentDir) {
        nextPid += 4 * (1 + rng.nextInt(40));
        if (nextPid > 65_000) {
            nextPid = 1000 + 4 * rng.nextInt(200);
        }
        return new Proc(image, commandLine, host.windows() ? nextPid : nextPid / 4, guid(micros), user, integrity,
                currentDir);
    }

    /** A Sysmon-style process GUID: machine part, start time part, counter part. */
    String guid(long micros) {
        guidCounter++;
        long seconds = micros / 1_000_000L;
        StringBuilder sb = new StringBuilder(38).append('{');
        hex(sb, 0x6A1C0000L + host.index() * 0x1111L, 8).append('-');
        hex(sb, (seconds >>> 16) & 0xFFFF, 4).append('-');
        hex(sb, seconds & 0xFFFF, 4).append('-');
        hex(sb, (guidCounter >>> 8) & 0xFFFF, 4).append('-');
        return hex(sb, guidCounter * 0x100 + 0x0D00, 12).append('}').toString();
    }

    /** Appends {@code value} as {@code digits} upper-case hex digits (zero-padded, high bits dropped). */
    static StringBuilder hex(StringBuilder sb, long value, int digits) {
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            sb.append(Character.toUpperCase(Character.forDigit((int) (value >>> shift) & 0xF, 16)));
        }
        return sb;
    }

    /** Uniform jitter in {@code [0, spanMicros)}. */
    long jitter(long spanMicros) {
        return spanMicros <= 0 ? 0 : rng.nextLong(spanMicros);
    }

    <T> T pick(T[] options) {
        return options[rng.nextInt(options.length)];
    }

    boolean chance(double p) {
        return rng.nextDouble() < p;
    }

    /**
     * Starts a process and logs it the way this host logs process starts: Sysmon 1, Security 4688
     * (the domain controller has no Sysmon) or the Linux shipper's record.
     */
    Proc run(long micros, Proc parent, String image, String commandLine, String user, String integrity,
             Injected step) {
        String cwd;
        if (!host.windows()) {
            cwd = user.equals("root") ? "/root" : "/home/" + user;
        } else if (user.startsWith(Ministry.DOMAIN + "\\")) {
            cwd = "C:\\Users\\" + user.substring(Ministry.DOMAIN.length() + 1) + "\\";
        } else {
            cwd = "C:\\Windows\\system32\\";
        }
        Proc child = spawn(micros, image, commandLine, user, integrity, cwd);
        if (!host.windows()) {
            LinuxRecords.exec(this, micros, child, parent, step);
        } else if (host.hasSysmon()) {
            Sysmon.processCreate(this, micros, child, parent, step);
        } else {
            String account = user.substring(user.indexOf('\\') + 1);
            String subject = account.equals("SYSTEM") ? Ministry.machineAccount(host) : account;
            Security.processCreate(this, micros, child, parent, subject,
                    account.equals("SYSTEM") ? Security.SYSTEM_SID : Ministry.sidOf(account), step);
        }
        return child;
    }

    /** An outbound TCP connection from {@code proc} (Sysmon 3), from an ephemeral source port. */
    DemoEvent connect(long micros, Proc proc, String dstIp, String dstHost, int dstPort, Injected step) {
        return Sysmon.network(this, micros, proc, "tcp", true, host.ip(), 49152 + rng.nextInt(16000), dstIp, dstHost,
                dstPort, step);
    }
}
