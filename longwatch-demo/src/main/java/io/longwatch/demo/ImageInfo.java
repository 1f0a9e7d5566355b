package io.longwatch.demo;

import java.util.Locale;
import java.util.Map;

/**
 * Version-resource values Sysmon reports for an executable, and made-up but stable hashes.
 * Unknown binaries (the adversary's) get the "-" Sysmon writes for files without a version resource.
 */
final class ImageInfo {
    /** basename -> description, product, company, original file name. */
    private static final Map<String, String[]> KNOWN = Map.ofEntries(
            ms("explorer.exe", "Windows Explorer", "EXPLORER.EXE"),
            ms("userinit.exe", "Userinit Logon Application", "USERINIT.EXE"),
            ms("svchost.exe", "Host Process for Windows Services", "svchost.exe"),
            ms("taskhostw.exe", "Host Process for Windows Tasks", "taskhostw.exe"),
            ms("backgroundtaskhost.exe", "Background Task Host", "backgroundTaskHost.exe"),
            ms("searchprotocolhost.exe", "Microsoft Windows Search Protocol Host", "SearchProtocolHost.exe"),
            ms("cmd.exe", "Windows Command Processor", "Cmd.Exe"),
            ms("powershell.exe", "Windows PowerShell", "PowerShell.EXE"),
            ms("conhost.exe", "Console Window Host", "CONHOST.EXE"),
            ms("rundll32.exe", "Windows host process (Rundll32)", "RUNDLL32.EXE"),
            ms("wmic.exe", "WMI Commandline Utility", "wmic.exe"),
            ms("wmiprvse.exe", "WMI Provider Host", "Wmiprvse.exe"),
            ms("tasklist.exe", "Lists the current running tasks", "tasklist.exe"),
            ms("net.exe", "Net Command", "net.exe"),
            ms("net1.exe", "Net Command", "net1.exe"),
            ms("nltest.exe", "Microsoft® Logon Server Test Utility", "nltestrk.exe"),
            ms("whoami.exe", "whoami - displays logged on user information", "whoami.exe"),
            ms("schtasks.exe", "Task Scheduler Configuration Tool", "schtasks.exe"),
            ms("sc.exe", "Service Control Manager Configuration Tool", "sc.exe"),
            ms("certutil.exe", "CertUtil.exe", "CertUtil.exe"),
            ms("gpupdate.exe", "Microsoft® Windows GroupPolicy Update Utility", "gpupdate.exe"),
            ms("notepad.exe", "Notepad", "NOTEPAD.EXE"),
            ms("mstsc.exe", "Remote Desktop Connection", "mstsc.exe"),
            ms("ssh.exe", "OpenSSH SSH client", "ssh.exe"),
            ms("ipconfig.exe", "IP Configuration Utility", "ipconfig.exe"),
            ms("w3wp.exe", "IIS Worker Process", "w3wp.exe"),
            ms("csc.exe", "Visual C# Command Line Compiler", "csc.exe"),
            ms("msiexec.exe", "Windows® installer", "msiexec.exe"),
            ms("mpcmdrun.exe", "Microsoft Malware Protection Command Line Utility", "MpCmdRun.exe"),
            ms("msmpeng.exe", "Antimalware Service Executable", "MsMpEng.exe"),
            ms("lsass.exe", "Local Security Authority Process", "lsass.exe"),
            ms("services.exe", "Services and Controller app", "services.exe"),
            ms("winword.exe", "Microsoft Word", "WinWord.exe"),
            ms("excel.exe", "Microsoft Excel", "Excel.exe"),
            ms("outlook.exe", "Microsoft Outlook", "Outlook.exe"),
            ms("powerpnt.exe", "Microsoft PowerPoint", "POWERPNT.EXE"),
            ms("msedge.exe", "Microsoft Edge", "msedge.exe"),
            ms("ms-teams.exe", "Microsoft Teams", "ms-teams.exe"),
            ms("onedrive.exe", "Microsoft OneDrive", "OneDrive.exe"),
            ms("microsoftedgeupdate.exe", "Microsoft Edge Update", "MicrosoftEdgeUpdate.exe"),
            ms("edgetransport.exe", "Microsoft Exchange EdgeTransport", "EdgeTransport.exe"),
            ms("msexchangehmworker.exe", "Microsoft Exchange Health Manager Worker", "MSExchangeHMWorker.exe"),
            ms("noderunner.exe", "Microsoft Exchange Search NodeRunner", "noderunner.exe"),
            ms("wbengine.exe", "Microsoft® Block Level Backup Engine Service EXE", "wbengine.exe"),
            ms("wsmprovhost.exe", "Host process for WinRM plug-ins", "wsmprovhost.exe"),
            Map.entry("googleupdate.exe", new String[] {"Google Installer", "Google Update", "Google LLC",
                "GoogleUpdate.exe"}),
            Map.entry("procdump64.exe", new String[] {"Sysinternals process dump utility", "ProcDump",
                "Sysinternals - www.sysinternals.com", "procdump"}));

    private ImageInfo() {
    }

    /** Description, Product, Company, OriginalFileName for a path. */
    static String[] of(String image) {
        String base = image.substring(image.lastIndexOf('\\') + 1).toLowerCase(Locale.ROOT);
        String[] known = KNOWN.get(base);
        return known != null ? known : new String[] {"-", "-", "-", "-"};
    }

    static String fileVersion(String image) {
        return of(image)[0].equals("-") ? "-" : "10.0.19041.3996 (WinBuild.160101.0800)";
    }

    /** A made-up but stable {@code Hashes} value: the same path always hashes the same. */
    static String hashes(String image) {
        long h = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < image.length(); i++) {
            h = (h ^ image.charAt(i)) * 0x100000001B3L;
        }
        StringBuilder sha = new StringBuilder(64);
        long x = h;
        for (int i = 0; i < 4; i++) {
            x = mix(x + i);
            sha.append(hex16(x));
        }
        return "SHA256=" + sha + ",IMPHASH=" + hex16(mix(h ^ 0x5DEECE66DL)) + hex16(mix(h + 7));
    }

    private static String hex16(long v) {
        String s = Long.toHexString(v).toUpperCase(Locale.ROOT);
        return "0".repeat(16 - s.length()) + s;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static Map.Entry<String, String[]> ms(String base, String description, String original) {
        return Map.entry(base, new String[] {description, "Microsoft® Windows® Operating System",
            "Microsoft Corporation", original});
    }
}
