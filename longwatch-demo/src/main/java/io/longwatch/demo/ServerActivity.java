package io.longwatch.demo;

import java.util.List;

/**
 * Benign activity of the Windows servers: the domain controller's authentication traffic
 * (Security log only, no Sysmon), Exchange's IIS and transport work, and the file server's SMB load.
 */
final class ServerActivity {
    private static final String SYS32 = "C:\\Windows\\System32\\";
    static final String EXCHANGE_DIR = "C:\\Program Files\\Microsoft\\Exchange Server\\V15\\";
    static final String W3WP = "C:\\Windows\\System32\\inetsrv\\w3wp.exe";

    private ServerActivity() {
    }

    /** The OWA application pool's worker, restarted every night; the campaign's web shell lives in it. */
    static String owaPoolCommandLine() {
        return "c:\\windows\\system32\\inetsrv\\w3wp.exe -ap \"MSExchangeOWAAppPool\" -v \"v4.0\" -c \""
                + EXCHANGE_DIR + "bin\\GenericAppPoolConfigWithGCServerEnabledFalse.config\" -a \\\\.\\pipe\\"
                + "iisipm3f1c9a7e-5d2b-4c1e-9a0e-6b7f0c2d9e11 -h \"C:\\inetpub\\temp\\apppools\\MSExchangeOWAAppPool\\"
                + "MSExchangeOWAAppPool.config\" -w \"\" -m 0";
    }

    static void domainController(HostLog log) {
        List<Host> clients = Ministry.WORKSTATIONS;
        for (int day = 0; day < DemoClock.DAYS; day++) {
            boolean workday = !DemoClock.weekend(day);
            for (Host ws : clients) {
                for (int slot = 0; slot < 16; slot++) {
                    long t = DemoClock.at(day, 0, 0, 0) + slot * 90 * DemoClock.MINUTE + log.jitter(80 * DemoClock.MINUTE);
                    networkLogon(log, t, Ministry.machineAccount(ws), Ministry.SID_PREFIX + (2000 + ws.index()), ws.ip(),
                            "ldap/" + Ministry.DC.computer());
                }
                if (workday) {
                    long morning = DemoClock.at(day, 7, 0, 0) + log.jitter(80 * DemoClock.MINUTE);
                    Security.ticket(log, morning, true, ws.user(), null, ws.ip());
                    String[] services = {"cifs/" + Ministry.FILE_SERVER.computer(), "HTTP/" + Ministry.EXCHANGE.computer(),
                        "ldap/" + Ministry.DC.computer()};
                    for (int i = 0; i < services.length; i++) {
                        Security.ticket(log, morning + (i + 1) * 3_000_000L, false, ws.user(), services[i], ws.ip());
                    }
                    int more = 2 + log.rng.nextInt(4);
                    for (int i = 0; i < more; i++) {
                        networkLogon(log, morning + log.jitter(8 * DemoClock.HOUR), ws.user(), ws.userSid(), ws.ip(),
                                null);
                    }
                }
            }
            for (Host server : new Host[] {Ministry.EXCHANGE, Ministry.FILE_SERVER}) {
                int every = server == Ministry.EXCHANGE ? 30 : 60;
                for (int m = 0; m < 24 * 60; m += every) {
                    long t = DemoClock.at(day, 0, 0, 0) + m * DemoClock.MINUTE + log.jitter(every * DemoClock.MINUTE / 2);
                    networkLogon(log, t, Ministry.machineAccount(server), Ministry.SID_PREFIX + (2100 + server.index()),
                            server.ip(), null);
                }
            }
            dcHousekeeping(log, day);
            if (workday && log.chance(0.6)) {
                Host ws = log.pick(clients.toArray(new Host[0]));
                int failures = log.chance(0.2) ? 5 + log.rng.nextInt(4) : 1;
                long t = DemoClock.at(day, 7, 30, 0) + log.jitter(8 * DemoClock.HOUR);
                for (int i = 0; i < failures; i++) {
                    Security.logonFailed(log, t + i * 9_000_000L, ws.user(), ws.name(), ws.ip());
                }
            }
        }
    }

    private static void networkLogon(HostLog log, long t, String account, String sid, String ip, String service) {
        String logonId = "0x" + Long.toHexString(0x100000 + (t / 1000 % 0xFFFFF));
        if (service != null) {
            Security.ticket(log, t - 40_000, false, account, service, ip);
        }
        Security.logon(log, t, 3, account, sid, logonId, "Kerberos", "Kerberos", "-", ip, 0, null, null);
        Security.logoff(log, t + 1_000_000 + log.jitter(20_000_000), account, sid, logonId, 3);
    }

    private static void dcHousekeeping(HostLog log, int day) {
        SystemProcs sys = log.sys;
        for (int hour = 0; hour < 24; hour += 2) {
            long t = DemoClock.at(day, hour, 5, 0) + log.jitter(40 * DemoClock.MINUTE);
            log.run(t, sys.scheduleHost(), SYS32 + "taskhostw.exe", "taskhostw.exe", SystemProcs.SYSTEM_USER, "System",
                    null);
            log.run(t + 2 * DemoClock.MINUTE, sys.scheduleHost(), SystemProcs.DEFENDER_DIR + "MpCmdRun.exe",
                    "\"" + SystemProcs.DEFENDER_DIR + "MpCmdRun.exe\" SignatureUpdate -ScheduleJob -RestrictPrivileges",
                    SystemProcs.SYSTEM_USER, "System", null);
        }
        if (day % 7 == 1 || day % 7 == 3) {
            long t = DemoClock.at(day, 9, 0, 0) + log.jitter(4 * DemoClock.HOUR);
            String admin = Ministry.qualified(Ministry.ADMIN_ACCOUNT);
            String logonId = "0x" + Long.toHexString(0x300000 + day);
            Security.logon(log, t, 10, Ministry.ADMIN_ACCOUNT, Ministry.ADMIN_ACCOUNT_SID, logonId, "User32 ", "Negotiate",
                    Ministry.ADMIN_WS.name(), Ministry.ADMIN_WS.ip(), 0, null, null);
            Security.specialPrivileges(log, t + 10_000, Ministry.ADMIN_ACCOUNT, Ministry.ADMIN_ACCOUNT_SID, logonId);
            Proc explorer = log.run(t + 3_000_000, sys.winlogon(), "C:\\Windows\\explorer.exe", "C:\\Windows\\Explorer.EXE",
                    admin, "High", null);
            Proc cmd = log.run(t + 60_000_000, explorer, SYS32 + "cmd.exe", "\"C:\\Windows\\system32\\cmd.exe\" ", admin,
                    "High", null);
            log.run(t + 90_000_000, cmd, SYS32 + "repadmin.exe", "repadmin  /replsummary", admin, "High", null);
            log.run(t + 150_000_000, cmd, SYS32 + "dcdiag.exe", "dcdiag  /q", admin, "High", null);
            Security.logoff(log, t + 20 * DemoClock.MINUTE, Ministry.ADMIN_ACCOUNT, Ministry.ADMIN_ACCOUNT_SID, logonId,
                    10);
        }
    }

    static void exchange(HostLog log) {
        SystemProcs sys = log.sys;
        Proc iisHost = log.spawn(DemoClock.START_MICROS - DemoClock.DAY, SYS32 + "svchost.exe",
                "C:\\Windows\\system32\\svchost.exe -k iissvcs", SystemProcs.SYSTEM_USER, "System", SYS32);
        Proc transport = log.spawn(DemoClock.START_MICROS - DemoClock.DAY, EXCHANGE_DIR + "Bin\\EdgeTransport.exe",
                "\"" + EXCHANGE_DIR + "Bin\\EdgeTransport.exe\"", SystemProcs.NETWORK_USER, "System", SYS32);
        for (int day = 0; day < DemoClock.DAYS; day++) {
            long recycle = DemoClock.at(day, 1, 29, 0) + log.jitter(2 * DemoClock.MINUTE);
            Proc w3wp = log.run(recycle, iisHost, W3WP, owaPoolCommandLine(), "NT AUTHORITY\\SYSTEM", "System", null);
            String fw = "C:\\Windows\\Microsoft.NET\\Framework64\\v4.0.30319\\";
            Proc csc = log.run(recycle + 40_000_000, w3wp, fw + "csc.exe", "\"" + fw + "csc.exe\" /noconfig /fullpaths "
                    + "@\"C:\\Windows\\Microsoft.NET\\Framework64\\v4.0.30319\\Temporary ASP.NET Files\\owa\\"
                    + "7c3d5e1b\\e2b1a9f0\\q" + day + "x1.cmdline\"", "NT AUTHORITY\\SYSTEM", "System", null);
            Sysmon.fileCreate(log, recycle + 44_000_000, csc, fw + "Temporary ASP.NET Files\\owa\\7c3d5e1b\\e2b1a9f0\\"
                    + "App_Web_q" + day + "x1.dll", null);
            for (int m = 0; m < 24 * 60; m += 10) {
                long t = DemoClock.at(day, 0, 0, 0) + m * DemoClock.MINUTE + log.jitter(9 * DemoClock.MINUTE);
                log.connect(t, w3wp, Ministry.DC.ip(), Ministry.DC.computer(), m % 20 == 0 ? 389 : 3268, null);
            }
            for (int hour = 0; hour < 24; hour++) {
                long t = DemoClock.at(day, hour, 0, 30) + log.jitter(DemoClock.MINUTE);
                Sysmon.fileCreate(log, t, transport, EXCHANGE_DIR + "TransportRoles\\Logs\\MessageTracking\\MSGTRKMS"
                        + String.format(java.util.Locale.ROOT, "202603%02d%02d-1.LOG", 2 + day, hour), null);
                if (hour % 2 == 0) {
                    log.run(t + 5 * DemoClock.MINUTE, sys.services(), EXCHANGE_DIR + "Bin\\MSExchangeHMWorker.exe",
                            "\"" + EXCHANGE_DIR + "Bin\\MSExchangeHMWorker.exe\" -wp:\"MSExchangeHM\" -wt:\"Default\"",
                            SystemProcs.SYSTEM_USER, "System", null);
                }
                boolean office = hour >= 7 && hour < 17 && !DemoClock.weekend(day);
                int mails = office ? 4 + log.rng.nextInt(5) : log.rng.nextInt(2);
                for (int i = 0; i < mails; i++) {
                    long m = DemoClock.at(day, hour, 0, 0) + log.jitter(DemoClock.HOUR);
                    Sysmon.network(log, m, transport, "tcp", false, "192.0.2." + (40 + log.rng.nextInt(6)),
                            30000 + log.rng.nextInt(30000), log.host.ip(), log.host.computer(), 25, null);
                }
            }
            if (!DemoClock.weekend(day)) {
                for (Host ws : Ministry.WORKSTATIONS) {
                    int n = 6 + log.rng.nextInt(6);
                    for (int i = 0; i < n; i++) {
                        long t = DemoClock.at(day, 7, 0, 0) + log.jitter(9 * DemoClock.HOUR);
                        String logonId = "0x" + Long.toHexString(0x200000 + (t / 1000 % 0xFFFFF));
                        Security.logon(log, t, 3, ws.user(), ws.userSid(), logonId, "Kerberos", "Kerberos", "-", ws.ip(), 0,
                                null, null);
                        Security.logoff(log, t + 2_000_000 + log.jitter(60_000_000), ws.user(), ws.userSid(), logonId, 3);
                    }
                }
            }
            if (day == 5) {
                exchangeSecurityUpdate(log, DemoClock.at(day, 9, 12, 0));
            }
        }
    }

    /** A Saturday security update rewrites OWA's logon pages: installers legitimately write .aspx there. */
    private static void exchangeSecurityUpdate(HostLog log, long t) {
        String admin = Ministry.qualified(Ministry.ADMIN_ACCOUNT);
        Proc msi = log.run(t, log.sys.services(), SYS32 + "msiexec.exe", "C:\\Windows\\system32\\msiexec.exe /V",
                SystemProcs.SYSTEM_USER, "System", null);
        String auth = EXCHANGE_DIR + "FrontEnd\\HttpProxy\\owa\\auth\\";
        String[] files = {"logon.aspx", "errorFE.aspx", "expiredpassword.aspx", "signout.aspx", "15.2.1544.14\\scripts\\premium\\flogon.js"};
        for (int i = 0; i < files.length; i++) {
            Sysmon.fileCreate(log, t + (i + 1) * 1_500_000L, msi, auth + files[i], null);
        }
        Sysmon.fileCreate(log, t + 20_000_000, msi, "C:\\inetpub\\wwwroot\\aspnet_client\\system_web\\4_0_30319\\web.config",
                null);
        log.run(t + 30 * DemoClock.MINUTE, log.sys.winlogon(), SYS32 + "WindowsPowerShell\\v1.0\\powershell.exe",
                "\"C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe\" -NoProfile -Command "
                        + "\"Get-ExchangeServer | Format-List AdminDisplayVersion\"", admin, "High", null);
    }

    static void fileServer(HostLog log) {
        SystemProcs sys = log.sys;
        for (int day = 0; day < DemoClock.DAYS; day++) {
            if (!DemoClock.weekend(day)) {
                for (Host ws : Ministry.WORKSTATIONS) {
                    int n = 8 + log.rng.nextInt(10);
                    for (int i = 0; i < n; i++) {
                        long t = DemoClock.at(day, 7, 0, 0) + log.jitter(9 * DemoClock.HOUR);
                        String logonId = "0x" + Long.toHexString(0x400000 + (t / 1000 % 0xFFFFF));
                        boolean ntlm = log.chance(0.08);
                        Security.logon(log, t, 3, ws.user(), ws.userSid(), logonId, ntlm ? "NtLmSsp " : "Kerberos",
                                ntlm ? "NTLM" : "Kerberos", ntlm ? ws.name() : "-", ws.ip(), ntlm ? 128 : 0, null, null);
                        Sysmon.network(log, t + 5_000, sys.system(), "tcp", false, ws.ip(), 49152 + log.rng.nextInt(16000),
                                log.host.ip(), log.host.computer(), 445, null);
                        if (log.chance(0.5)) {
                            Sysmon.fileCreate(log, t + 2_000_000, sys.system(), "D:\\Shares\\Dept\\"
                                    + ws.user() + "\\Drafts\\Note_" + (t / 1_000_000 % 100_000) + ".docx", null);
                        }
                        Security.logoff(log, t + 30_000_000 + log.jitter(DemoClock.HOUR), ws.user(), ws.userSid(), logonId,
                                3);
                    }
                }
            }
            long backup = DemoClock.at(day, 22, 0, 0) + log.jitter(5 * DemoClock.MINUTE);
            Proc engine = log.run(backup, sys.services(), SYS32 + "wbengine.exe", "\"C:\\Windows\\system32\\wbengine.exe\"",
                    SystemProcs.SYSTEM_USER, "System", null);
            Sysmon.fileCreate(log, backup + 30 * DemoClock.MINUTE, engine, "E:\\WindowsImageBackup\\MFET-FS01\\Backup "
                    + String.format(java.util.Locale.ROOT, "2026-03-%02d 220012", 2 + day) + "\\BackupSpecs.xml", null);
            for (int hour = 1; hour < 24; hour += 4) {
                long t = DemoClock.at(day, hour, 15, 0) + log.jitter(DemoClock.HOUR);
                log.run(t, sys.scheduleHost(), SystemProcs.DEFENDER_DIR + "MpCmdRun.exe",
                        "\"" + SystemProcs.DEFENDER_DIR + "MpCmdRun.exe\" SignatureUpdate -ScheduleJob -RestrictPrivileges",
                        SystemProcs.SYSTEM_USER, "System", null);
                Sysmon.processAccess(log, t + 40_000_000, sys.defender(), sys.lsass(), "0x1000",
                        "C:\\Windows\\SYSTEM32\\ntdll.dll+9d4c4|" + SystemProcs.DEFENDER_DIR + "mpengine.dll+3a1f2b", null);
                log.connect(t + 60_000_000, sys.networkHost(), Ministry.DC.ip(), Ministry.DC.computer(), 389, null);
            }
        }
    }
}
