package io.longwatch.demo;

/** Builds the Linux host's process-start records (flat, Sysmon-for-Linux-like field names). */
final class LinuxRecords {
    private LinuxRecords() {
    }

    static DemoEvent exec(HostLog log, long t, Proc child, Proc parent, Injected step) {
        return log.add(t, Kind.LINUX_PROCESS, step,
                "ProcessGuid", child.guid(),
                "ProcessId", Integer.toString(child.pid()),
                "Image", child.image(),
                "CommandLine", child.commandLine(),
                "CurrentDirectory", child.currentDir(),
                "User", child.user(),
                "ParentProcessId", Integer.toString(parent.pid()),
                "ParentImage", parent.image(),
                "ParentCommandLine", parent.commandLine(),
                "ParentUser", parent.user());
    }
}
