package io.longwatch.demo;

/**
 * Benign office life on a workstation: logons, Office, Edge, Teams, OneDrive, scheduled updaters,
 * Defender, group-policy refreshes, and on the IT administrator's machine admin tooling.
 */
final class WorkstationActivity {
    private static final String SYS32 = "C:\\Windows\\System32\\";
    private static final String OFFICE = "C:\\Program Files\\Microsoft Office\\root\\Office16\\";
    private static final String EDGE = "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe";
    private static final String EDGE_UPDATE = "C:\\Program Files (x86)\\Microsoft\\EdgeUpdate\\MicrosoftEdgeUpdate.exe";
    private static final String[] DOC_NAMES = {
        "Tariff_Schedule_Review", "Bilateral_Meeting_Notes", "Export_Licences_Q1", "WTO_Dispute_Brief",
        "Budget_2026_Draft", "Trade_Mission_Agenda", "Press_Release_Draft", "Customs_Statistics_Feb",
        "Minister_Speech_v3", "Delegation_Travel_Plan", "Sanctions_Compliance_Memo", "Steel_Quota_Analysis"
    };
    private static final String[] DOWNLOADS = {
        "Statistical_Annex.pdf", "Agenda_Plenary.pdf", "Market_Access_Report.pdf", "Form_A12.docx",
        "Trade_Flows_2025.xlsx", "Conference_Badge.pdf", "Translation_Glossary.xlsx", "Country_Profile.pdf"
    };
    private static final String[] ADMIN_PS = {
        "Get-ADUser -Filter 'Enabled -eq $false' -SearchBase 'OU=Staff,DC=mfet,DC=example' | Select-Object Name",
        "Get-Service -ComputerName MFET-FS01 -Name LanmanServer",
        "Test-NetConnection mfet-exch01.mfet.example -Port 443",
        "Get-WinEvent -LogName System -MaxEvents 50 | Where-Object Level -le 2",
        "Get-ADComputer -Filter * -Properties LastLogonDate | Sort-Object LastLogonDate",
        "Get-SmbShare -CimSession MFET-FS01",
        "Get-HotFix -ComputerName MFET-EXCH01 | Select-Object -Last 5"
    };
    private static final String[] ADMIN_TOOLS = {
        "nltest.exe /dsgetdc:mfet.example", "net.exe user lmoreau /domain", "gpupdate.exe /force",
        "whoami.exe /groups", "schtasks.exe /query /fo LIST", "ipconfig.exe /all",
        "mstsc.exe /v:MFET-FS01.mfet.example", "ssh.exe tbauer@mfet-jump01"
    };

    private WorkstationActivity() {
    }

    static void generate(HostLog log) {
        for (int day = 0; day < DemoClock.DAYS; day++) {
            background(log, day);
            if (!DemoClock.weekend(day) && !log.chance(0.04)) {
                workday(log, day);
            }
        }
    }

    /** What a powered-on Windows 11 machine does by itself, every day. */
    private static void background(HostLog log, int day) {
        SystemProcs sys = log.sys;
        for (int hour = 0; hour < 24; hour++) {
            long t = DemoClock.at(day, hour, 0, 0) + log.jitter(50 * DemoClock.MINUTE);
            Proc updater = log.run(t, sys.scheduleHost(), EDGE_UPDATE, "\"" + EDGE_UPDATE + "\" /ua /installsource scheduler",
                    SystemProcs.SYSTEM_USER, "System", null);
            Sysmon.dns(log, t + 400_000, updater, "edge.microsoft.com", "192.0.2.14", null);
            log.connect(t + 600_000, updater, "192.0.2.14", "edge.microsoft.com", 443, null);
            if (hour % 2 == 0) {
                long g = t + log.jitter(30 * DemoClock.MINUTE);
                Sysmon.dns(log, g, sys.networkHost(), "_ldap._tcp.dc._msdcs." + Ministry.DNS_DOMAIN,
                        Ministry.DC.ip(), null);
                log.connect(g + 20_000, sys.networkHost(), Ministry.DC.ip(), Ministry.DC.computer(), 389, null);
                log.connect(g + 90_000, sys.networkHost(), Ministry.DC.ip(), Ministry.DC.computer(), 88, null);
            }
            if (hour % 3 == 1) {
                Proc task = log.run(t + 5 * DemoClock.MINUTE, sys.scheduleHost(), SYS32 + "taskhostw.exe",
                        "taskhostw.exe Install $(Arg0)", SystemProcs.SYSTEM_USER, "System", null);
                if (log.chance(0.5)) {
                    log.connect(t + 5 * DemoClock.MINUTE + 300_000, task, "192.0.2.31",
                            "settings-win.data.microsoft.com", 443, null);
                }
            }
        }
        for (int i = 0; i < 3; i++) {
            long t = DemoClock.at(day, 2 + 8 * i, 10, 0) + log.jitter(3 * DemoClock.HOUR);
            defenderUpdate(log, t);
        }
        long scan = DemoClock.at(day, 3, 0, 0) + log.jitter(DemoClock.HOUR);
        Sysmon.processAccess(log, scan, sys.defender(), sys.lsass(), "0x1000",
                "C:\\Windows\\SYSTEM32\\ntdll.dll+9d4c4|C:\\Windows\\System32\\KERNELBASE.dll+2c13e|"
                        + SystemProcs.DEFENDER_DIR + "mpengine.dll+3a1f2b", null);
        if (log.chance(0.3)) {
            Sysmon.processAccess(log, scan + 7 * DemoClock.MINUTE, sys.wmiHost(), sys.lsass(), "0x1410",
                    "C:\\Windows\\SYSTEM32\\ntdll.dll+9d4c4|C:\\Windows\\System32\\KERNELBASE.dll+2c13e|"
                            + "C:\\Windows\\system32\\wbem\\cimwin32.dll+1e5a0", null);
        }
    }

    private static void defenderUpdate(HostLog log, long t) {
        SystemProcs sys = log.sys;
        Proc cmd = log.run(t, sys.scheduleHost(), SystemProcs.DEFENDER_DIR + "MpCmdRun.exe",
                "\"" + SystemProcs.DEFENDER_DIR + "MpCmdRun.exe\" SignatureUpdate -ScheduleJob -RestrictPrivileges "
                        + "-DailyReboot", SystemProcs.SYSTEM_USER, "System", null);
        log.connect(t + 800_000, cmd, "192.0.2.30", "ctldl.windowsupdate.com", 443, null);
        int build = 400 + (int) ((t - DemoClock.START_MICROS) / (8 * DemoClock.HOUR));
        Sysmon.fileCreate(log, t + 4_000_000, sys.defender(),
                "C:\\ProgramData\\Microsoft\\Windows Defender\\Definition Updates\\Updates\\mpavdlta.vdm", null);
        Sysmon.registrySet(log, t + 5_000_000, sys.defender(),
                "HKLM\\SOFTWARE\\Microsoft\\Windows Defender\\Signature Updates\\AVSignatureVersion",
                "1.407." + build + ".0", null);
    }

    private static void workday(HostLog log, int day) {
        Host host = log.host;
        SystemProcs sys = log.sys;
        String user = Ministry.qualified(host.user());
        String sid = host.userSid();
        String logonId = "0x" + Integer.toHexString(0x4a000 + day * 0x1c3 + host.index());
        long start = DemoClock.at(day, 7, 0, 0) + log.jitter(75 * DemoClock.MINUTE);
        long end = DemoClock.at(day, 15, 30, 0) + log.jitter(75 * DemoClock.MINUTE);

        Security.logon(log, start, 2, host.user(), sid, logonId, "User32 ", "Negotiate", host.name(), "127.0.0.1", 0,
                null, null);
        Proc userinit = log.run(start + 2_000_000, sys.winlogon(), SYS32 + "userinit.exe", "C:\\Windows\\system32\\userinit.exe",
                user, "Medium", null);
        Proc explorer = log.run(start + 2_500_000, userinit, "C:\\Windows\\explorer.exe", "C:\\Windows\\Explorer.EXE",
                user, "Medium", null);
        String home = "C:\\Users\\" + host.user();
        String oneDriveExe = home + "\\AppData\\Local\\Microsoft\\OneDrive\\OneDrive.exe";
        Proc oneDrive = log.run(start + 9_000_000, explorer, oneDriveExe, "\"" + oneDriveExe + "\" /background", user,
                "Medium", null);
        Sysmon.registrySet(log, start + 11_000_000, oneDrive,
                "HKU\\" + sid + "\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run\\OneDrive",
                "\"" + oneDriveExe + "\" /background", null);
        String teamsExe = "C:\\Program Files\\WindowsApps\\MSTeams_24335.208.3315.1951_x64__8wekyb3d8bbwe\\ms-teams.exe";
        Proc teams = log.run(start + 12_000_000, explorer, teamsExe, "\"" + teamsExe + "\" msteams:system-initiated",
                user, "Medium", null);
        Proc outlook = log.run(start + 40_000_000 + log.jitter(5 * DemoClock.MINUTE), explorer, OFFICE + "OUTLOOK.EXE",
                "\"" + OFFICE + "OUTLOOK.EXE\" ", user, "Medium", null);
        Proc edge = log.run(start + 3 * DemoClock.MINUTE + log.jitter(20 * DemoClock.MINUTE), explorer, EDGE,
                "\"" + EDGE + "\" --profile-directory=Default", user, "Medium", null);
        for (int i = 0; i < 2; i++) {
            log.run(start + 4 * DemoClock.MINUTE + i * 700_000L, edge, EDGE,
                    "\"" + EDGE + "\" --type=" + (i == 0 ? "utility --utility-sub-type=network.mojom.NetworkService"
                            : "renderer --lang=en-GB --js-flags=--ms-user-locale="), user, "Low", null);
            Sysmon.pipeCreated(log, start + 4 * DemoClock.MINUTE + i * 700_000 + 50_000, edge,
                    "\\mojo." + edge.pid() + "." + (edge.pid() + 12 + i * 8) + "." + Long.toUnsignedString(log.rng.nextLong() >>> 8),
                    null);
        }
        log.sessions.add(new Session(day, start, end, explorer, edge));

        long lunch = DemoClock.at(day, 11, 0, 0) + log.jitter(DemoClock.HOUR);
        Security.logon(log, lunch + 45 * DemoClock.MINUTE, 7, host.user(), sid,
                "0x" + Integer.toHexString(0x5b000 + day * 0x1c3), "User32 ", "Negotiate", host.name(), "127.0.0.1", 0,
                null, null);

        long t = start + 10 * DemoClock.MINUTE;
        while (t < end) {
            if (t < lunch || t > lunch + 45 * DemoClock.MINUTE) {
                officeAction(log, t, explorer, edge, teams, outlook, user);
            }
            t += 4 * DemoClock.MINUTE + log.jitter(8 * DemoClock.MINUTE);
        }
        if (host == Ministry.ADMIN_WS) {
            adminWork(log, day, start, end, explorer);
        }
        Security.logoff(log, end, host.user(), sid, logonId, 2);
    }

    private static void officeAction(HostLog log, long t, Proc explorer, Proc edge, Proc teams, Proc outlook,
                                     String user) {
        int roll = log.rng.nextInt(100);
        String home = "C:\\Users\\" + log.host.user();
        if (roll < 35) {
            String[] site = log.pick(Ministry.SAAS);
            Sysmon.dns(log, t, edge, site[0], site[1], null);
            int n = 1 + log.rng.nextInt(3);
            for (int i = 0; i < n; i++) {
                log.connect(t + 100_000 + i * 250_000L, edge, site[1], site[0], 443, null);
            }
        } else if (roll < 50) {
            log.connect(t, outlook, Ministry.EXCHANGE.ip(), Ministry.EXCHANGE.computer(), 443, null);
            if (log.chance(0.3)) {
                String doc = log.pick(DOC_NAMES) + (log.chance(0.5) ? ".docx" : ".xlsx");
                Sysmon.fileCreate(log, t + 2_000_000, outlook, home
                        + "\\AppData\\Local\\Microsoft\\Windows\\INetCache\\Content.Outlook\\K3M9Q2ZD\\" + doc, null);
                openDocument(log, t + 30_000_000, outlook, home + "\\AppData\\Local\\Microsoft\\Windows\\INetCache"
                        + "\\Content.Outlook\\K3M9Q2ZD\\" + doc, user);
            }
        } else if (roll < 65) {
            String doc = "\\\\MFET-FS01\\Dept\\" + log.pick(DOC_NAMES) + (log.chance(0.6) ? ".docx" : ".xlsx");
            log.connect(t, log.sys.system(), Ministry.FILE_SERVER.ip(), Ministry.FILE_SERVER.computer(), 445, null);
            openDocument(log, t + 1_500_000, explorer, doc, user);
        } else if (roll < 80) {
            Sysmon.dns(log, t, teams, "teams.microsoft.com", "192.0.2.12", null);
            log.connect(t + 200_000, teams, "192.0.2.12", "teams.microsoft.com", 443, null);
            if (log.chance(0.2)) {
                Sysmon.network(log, t + 400_000, teams, "udp", true, log.host.ip(), 50000 + log.rng.nextInt(20),
                        "192.0.2.12", "-", 3478, null);
            }
        } else if (roll < 88) {
            Proc search = log.run(t, log.sys.scheduleHost(), SYS32 + "SearchProtocolHost.exe",
                    "\"C:\\Windows\\system32\\SearchProtocolHost.exe\" Global\\UsGthrFltPipeMssGthrPipe1_ "
                            + "Global\\UsGthrCtrlFltPipeMssGthrPipe1 1 -2147483646 \"Software\\Microsoft\\Windows "
                            + "Search\" \"Mozilla/4.0 (compatible; MSIE 6.0; Windows NT; MS Search 4.0 Robot)\"",
                    SystemProcs.SYSTEM_USER, "System", null);
            Sysmon.fileCreate(log, t + 300_000, search,
                    "C:\\ProgramData\\Microsoft\\Search\\Data\\Applications\\Windows\\GatherLogs\\SystemIndex\\"
                            + "SystemIndex." + (1 + log.rng.nextInt(40)) + ".Crwl", null);
        } else if (roll < 94) {
            String name = log.pick(DOWNLOADS);
            Sysmon.dns(log, t, edge, "trade-statistics.example", "192.0.2.21", null);
            log.connect(t + 150_000, edge, "192.0.2.21", "trade-statistics.example", 443, null);
            Sysmon.fileCreate(log, t + 2_000_000, edge, home + "\\Downloads\\" + name, null);
            if (name.endsWith(".pdf")) {
                log.run(t + 9_000_000, explorer, EDGE, "\"" + EDGE + "\" --single-argument " + home + "\\Downloads\\"
                        + name, user, "Medium", null);
            } else {
                openDocument(log, t + 9_000_000, explorer, home + "\\Downloads\\" + name, user);
            }
        } else {
            Sysmon.registrySet(log, t, explorer, "HKU\\" + log.host.userSid()
                    + "\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Explorer\\RecentDocs\\.docx\\MRUListEx",
                    "Binary Data", null);
            Sysmon.fileCreate(log, t + 100_000, explorer, home + "\\AppData\\Roaming\\Microsoft\\Windows\\Recent\\"
                    + log.pick(DOC_NAMES) + ".lnk", null);
        }
    }

    private static void openDocument(HostLog log, long t, Proc parent, String path, String user) {
        boolean excel = path.endsWith(".xlsx");
        String exe = OFFICE + (excel ? "EXCEL.EXE" : "WINWORD.EXE");
        Proc app = log.run(t, parent, exe, "\"" + exe + "\" " + (excel ? "" : "/n ") + "\"" + path + "\"", user,
                "Medium", null);
        String file = path.substring(path.lastIndexOf('\\') + 1);
        Sysmon.fileCreate(log, t + 3_000_000, app, "C:\\Users\\" + log.host.user() + "\\AppData\\Roaming\\Microsoft\\"
                + (excel ? "Excel" : "Word") + "\\~" + file.substring(0, Math.min(8, file.length())) + ".tmp", null);
    }

    /** The IT administrator's routine: PowerShell, AD tooling, remote desktop and SSH to the jump host. */
    private static void adminWork(HostLog log, int day, long start, long end, Proc explorer) {
        String user = Ministry.qualified(log.host.user());
        String admin = Ministry.qualified(Ministry.ADMIN_ACCOUNT);
        int sessions = 2 + log.rng.nextInt(3);
        for (int s = 0; s < sessions; s++) {
            long t = start + 20 * DemoClock.MINUTE + log.jitter(Math.max(1, end - start - 40 * DemoClock.MINUTE));
            String ps = SYS32 + "WindowsPowerShell\\v1.0\\powershell.exe";
            Proc shell = log.run(t, explorer, ps, "\"" + ps + "\" ", admin, "High", null);
            int n = 1 + log.rng.nextInt(3);
            for (int i = 0; i < n; i++) {
                long c = t + (i + 1) * 40_000_000L;
                if (log.chance(0.5)) {
                    log.run(c, shell, ps, "\"" + ps + "\" -NoProfile -Command \"" + log.pick(ADMIN_PS) + "\"", admin,
                            "High", null);
                } else {
                    String cmd = log.pick(ADMIN_TOOLS);
                    String exe = (cmd.startsWith("ssh") ? SYS32 + "OpenSSH\\" : SYS32) + cmd.substring(0, cmd.indexOf(' '));
                    Proc tool = log.run(c, shell, exe, cmd, cmd.startsWith("ssh") || cmd.startsWith("mstsc") ? user : admin,
                            "High", null);
                    if (cmd.startsWith("ssh")) {
                        log.connect(c + 300_000, tool, Ministry.JUMP.ip(), "-", 22, null);
                    } else if (cmd.startsWith("mstsc")) {
                        log.connect(c + 300_000, tool, Ministry.FILE_SERVER.ip(), Ministry.FILE_SERVER.computer(), 3389,
                                null);
                    }
                }
            }
        }
        if (day % 7 == 0) {
            String ps = SYS32 + "WindowsPowerShell\\v1.0\\powershell.exe";
            log.run(start + 30 * DemoClock.MINUTE, explorer, ps, "\"" + ps + "\" -ExecutionPolicy Bypass -File "
                    + "\\\\MFET-FS01\\IT$\\Scripts\\Weekly-Inventory.ps1", admin, "High", null);
        }
    }
}
