package io.longwatch.demo;

/** Builds Sysmon records with the fields, in the order, Sysmon 15 writes them. */
final class Sysmon {
    private Sysmon() {
    }

    static DemoEvent processCreate(HostLog log, long t, Proc child, Proc parent, Injected step) {
        String[] info = ImageInfo.of(child.image());
        return log.add(t, Kind.PROCESS_CREATE, step,
                "RuleName", "-",
                "UtcTime", DemoClock.utcTime(t),
                "ProcessGuid", child.guid(),
                "ProcessId", Integer.toString(child.pid()),
                "Image", child.image(),
                "FileVersion", ImageInfo.fileVersion(child.image()),
                "Description", info[0],
                "Product", info[1],
                "Company", info[2],
                "OriginalFileName", info[3],
                "CommandLine", child.commandLine(),
                "CurrentDirectory", child.currentDir(),
                "User", child.user(),
                "LogonGuid", "{6A1C0000-0000-0000-0000-" + logonPart(child.user()) + "}",
                "LogonId", logonId(child.user()),
                "TerminalSessionId", child.user().startsWith("NT AUTHORITY") ? "0" : "1",
                "IntegrityLevel", child.integrity(),
                "Hashes", ImageInfo.hashes(child.image()),
                "ParentProcessGuid", parent.guid(),
                "ParentProcessId", Integer.toString(parent.pid()),
                "ParentImage", parent.image(),
                "ParentCommandLine", parent.commandLine(),
                "ParentUser", parent.user());
    }

    static DemoEvent network(HostLog log, long t, Proc proc, String protocol, boolean initiated, String srcIp,
                             int srcPort, String dstIp, String dstHost, int dstPort, Injected step) {
        return log.add(t, Kind.NETWORK_CONNECT, step,
                "RuleName", "-",
                "UtcTime", DemoClock.utcTime(t),
                "ProcessGuid", proc.guid(),
                "ProcessId", Integer.toString(proc.pid()),
                "Image", proc.image(),
                "User", proc.user(),
                "Protocol", protocol,
                "Initiated", Boolean.toString(initiated),
                "SourceIsIpv6", "false",
                "SourceIp", srcIp,
                "SourceHostname", "-",
                "SourcePort", Integer.toString(srcPort),
                "SourcePortName", "-",
                "DestinationIsIpv6", "false",
                "DestinationIp", dstIp,
                "DestinationHostname", dstHost == null ? "-" : dstHost,
                "DestinationPort", Integer.toString(dstPort),
                "DestinationPortName", portName(dstPort));
    }

    static DemoEvent dns(HostLog log, long t, Proc proc, String query, String result, Injected step) {
        return log.add(t, Kind.DNS_QUERY, step,
                "RuleName", "-",
                "UtcTime", DemoClock.utcTime(t),
                "ProcessGuid", proc.guid(),
                "ProcessId", Integer.toString(proc.pid()),
                "QueryName", query,
                "QueryStatus", "0",
                "QueryResults", "::ffff:" + result + ";",
                "Image", proc.image(),
                "User", proc.user());
    }

    static DemoEvent fileCreate(HostLog log, long t, Proc proc, String target, Injected step) {
        return log.add(t, Kind.FILE_CREATE, step,
                "RuleName", "-",
                "UtcTime", DemoClock.utcTime(t),
                "ProcessGuid", proc.guid(),
                "ProcessId", Integer.toString(proc.pid()),
                "Image", proc.image(),
                "TargetFilename", target,
                "CreationUtcTime", DemoClock.utcTime(t),
                "User", proc.user());
    }

    static DemoEvent registrySet(HostLog log, long t, Proc proc, String target, String details, Injected step) {
        return log.add(t, Kind.REGISTRY_SET, step,
                "RuleName", "-",
                "EventType", "SetValue",
                "UtcTime", DemoClock.utcTime(t),
                "ProcessGuid", proc.guid(),
                "ProcessId", Integer.toString(proc.pid()),
                "Image", proc.image(),
                "TargetObject", target,
                "Details", details,
                "User", proc.user());
    }

    static DemoEvent pipeCreated(HostLog log, long t, Proc proc, String pipe, Injected step) {
        return log.add(t, Kind.PIPE_CREATED, step,
                "RuleName", "-",
                "EventType", "CreatePipe",
                "UtcTime", DemoClock.utcTime(t),
                "ProcessGuid", proc.guid(),
                "ProcessId", Integer.toString(proc.pid()),
                "PipeName", pipe,
                "Image", proc.image(),
                "User", proc.user());
    }

    static DemoEvent processAccess(HostLog log, long t, Proc source, Proc target, String grantedAccess,
                                   String callTrace, Injected step) {
        return log.add(t, Kind.PROCESS_ACCESS, step,
                "RuleName", "-",
                "UtcTime", DemoClock.utcTime(t),
                "SourceProcessGUID", source.guid(),
                "SourceProcessId", Integer.toString(source.pid()),
                "SourceThreadId", Integer.toString(source.pid() + 4 + (int) (t / 1000 % 400) * 4),
                "SourceImage", source.image(),
                "TargetProcessGUID", target.guid(),
                "TargetProcessId", Integer.toString(target.pid()),
                "TargetImage", target.image(),
                "GrantedAccess", grantedAccess,
                "CallTrace", callTrace,
                "SourceUser", source.user(),
                "TargetUser", target.user());
    }

    private static String portName(int port) {
        return switch (port) {
            case 53 -> "domain";
            case 80 -> "http";
            case 88 -> "kerberos";
            case 135 -> "epmap";
            case 389 -> "ldap";
            case 443 -> "https";
            case 445 -> "microsoft-ds";
            case 3268 -> "msft-gc";
            case 25 -> "smtp";
            default -> "-";
        };
    }

    private static String logonPart(String user) {
        return HostLog.hex(new StringBuilder(12), user.hashCode() & 0xFFFFFFFFFFL, 12).toString();
    }

    private static String logonId(String user) {
        if (user.startsWith("NT AUTHORITY\\SYSTEM")) {
            return "0x3e7";
        }
        if (user.startsWith("NT AUTHORITY")) {
            return "0x3e5";
        }
        return "0x" + Integer.toHexString(0x2a000 + (user.hashCode() & 0xFFFF));
    }
}
