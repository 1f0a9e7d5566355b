package io.longwatch.demo;

/**
 * The long-running Windows system processes of one host, started at boot before the dataset begins;
 * benign and campaign records alike use them as parents, sources and targets.
 */
record SystemProcs(Proc system, Proc winlogon, Proc services, Proc lsass, Proc scheduleHost, Proc networkHost,
                   Proc defender, Proc wmiHost) {

    static final String SYSTEM_USER = "NT AUTHORITY\\SYSTEM";
    static final String NETWORK_USER = "NT AUTHORITY\\NETWORK SERVICE";
    static final String DEFENDER_DIR = "C:\\ProgramData\\Microsoft\\Windows Defender\\Platform\\4.18.24090.11-0\\";

    static SystemProcs boot(HostLog log) {
        long t = DemoClock.START_MICROS - 3 * DemoClock.DAY;
        String sys32 = "C:\\Windows\\System32\\";
        Proc system = new Proc("System", "", 4, log.guid(t), SYSTEM_USER, "System", "");
        return new SystemProcs(system,
                log.spawn(t, sys32 + "winlogon.exe", "winlogon.exe", SYSTEM_USER, "System", sys32),
                log.spawn(t, sys32 + "services.exe", "C:\\Windows\\system32\\services.exe", SYSTEM_USER, "System", sys32),
                log.spawn(t, sys32 + "lsass.exe", "C:\\Windows\\system32\\lsass.exe", SYSTEM_USER, "System", sys32),
                log.spawn(t, sys32 + "svchost.exe", "C:\\Windows\\system32\\svchost.exe -k netsvcs -p -s Schedule",
                        SYSTEM_USER, "System", sys32),
                log.spawn(t, sys32 + "svchost.exe", "C:\\Windows\\System32\\svchost.exe -k NetworkService -p",
                        NETWORK_USER, "System", sys32),
                log.spawn(t, DEFENDER_DIR + "MsMpEng.exe", "\"" + DEFENDER_DIR + "MsMpEng.exe\"", SYSTEM_USER,
                        "System", sys32),
                log.spawn(t, sys32 + "wbem\\WmiPrvSE.exe", "C:\\Windows\\system32\\wbem\\wmiprvse.exe -Embedding",
                        NETWORK_USER, "System", sys32));
    }
}
