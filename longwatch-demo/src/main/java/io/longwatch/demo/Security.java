package io.longwatch.demo;

import java.util.Locale;

/** Builds Security-channel audit records (4624, 4625, 4634, 4672, 4688, 4768, 4769). */
final class Security {
    static final String NULL_SID = "S-1-0-0";
    static final String SYSTEM_SID = "S-1-5-18";

    private Security() {
    }

    /**
     * A successful logon (4624).
     *
     * @param logonType     2 interactive, 3 network, 5 service, 7 unlock, 9 new credentials, 10 remote interactive
     * @param logonProcess  e.g. {@code User32}, {@code Kerberos}, {@code NtLmSsp}, {@code seclogo}
     * @param keyLength     NTLM session key length; 0 for Kerberos and for pass-the-hash NTLM
     */
    static DemoEvent logon(HostLog log, long t, int logonType, String account, String accountSid, String logonId,
                           String logonProcess, String authPackage, String workstation, String ip, int keyLength,
                           String outboundUser, Injected step) {
        boolean local = logonType == 2 || logonType == 7 || logonType == 9 || logonType == 11;
        return log.add(t, Kind.LOGON, step,
                "SubjectUserSid", local ? SYSTEM_SID : NULL_SID,
                "SubjectUserName", local ? Ministry.machineAccount(log.host) : "-",
                "SubjectDomainName", local ? Ministry.DOMAIN : "-",
                "SubjectLogonId", local ? "0x3e7" : "0x0",
                "TargetUserSid", accountSid,
                "TargetUserName", account,
                "TargetDomainName", Ministry.DOMAIN,
                "TargetLogonId", logonId,
                "LogonType", Integer.toString(logonType),
                "LogonProcessName", logonProcess,
                "AuthenticationPackageName", authPackage,
                "WorkstationName", workstation,
                "LogonGuid", "{00000000-0000-0000-0000-000000000000}",
                "TransmittedServices", "-",
                "LmPackageName", authPackage.equals("NTLM") ? "NTLM V2" : "-",
                "KeyLength", Integer.toString(keyLength),
                "ProcessId", local ? "0x" + Integer.toHexString(600 + log.host.index() * 4) : "0x0",
                "ProcessName", local ? (logonType == 9 ? "C:\\Windows\\System32\\svchost.exe"
                        : "C:\\Windows\\System32\\winlogon.exe") : "-",
                "IpAddress", ip,
                "IpPort", local ? "0" : Integer.toString(49152 + (int) (t / 1000 % 16000)),
                "ImpersonationLevel", "%%1833",
                "RestrictedAdminMode", "-",
                "TargetOutboundUserName", outboundUser == null ? "-" : outboundUser,
                "TargetOutboundDomainName", outboundUser == null ? "-" : Ministry.DOMAIN,
                "VirtualAccount", "%%1843",
                "TargetLinkedLogonId", "0x0",
                "ElevatedToken", account.startsWith("adm-") || account.endsWith("$") ? "%%1842" : "%%1843");
    }

    static DemoEvent logoff(HostLog log, long t, String account, String accountSid, String logonId, int logonType) {
        return log.add(t, Kind.LOGOFF, null,
                "TargetUserSid", accountSid,
                "TargetUserName", account,
                "TargetDomainName", Ministry.DOMAIN,
                "TargetLogonId", logonId,
                "LogonType", Integer.toString(logonType));
    }

    static DemoEvent logonFailed(HostLog log, long t, String account, String workstation, String ip) {
        return log.add(t, Kind.LOGON_FAILED, null,
                "SubjectUserSid", NULL_SID,
                "SubjectUserName", "-",
                "SubjectDomainName", "-",
                "SubjectLogonId", "0x0",
                "TargetUserSid", NULL_SID,
                "TargetUserName", account,
                "TargetDomainName", Ministry.DOMAIN,
                "Status", "0xc000006d",
                "FailureReason", "%%2313",
                "SubStatus", "0xc000006a",
                "LogonType", "3",
                "LogonProcessName", "NtLmSsp ",
                "AuthenticationPackageName", "NTLM",
                "WorkstationName", workstation,
                "TransmittedServices", "-",
                "LmPackageName", "-",
                "KeyLength", "0",
                "ProcessId", "0x0",
                "ProcessName", "-",
                "IpAddress", ip,
                "IpPort", Integer.toString(49152 + (int) (t / 1000 % 16000)));
    }

    static DemoEvent specialPrivileges(HostLog log, long t, String account, String accountSid, String logonId) {
        return log.add(t, Kind.SPECIAL_PRIVILEGES, null,
                "SubjectUserSid", accountSid,
                "SubjectUserName", account,
                "SubjectDomainName", Ministry.DOMAIN,
                "SubjectLogonId", logonId,
                "PrivilegeList", "SeSecurityPrivilege\r\n\t\t\tSeBackupPrivilege\r\n\t\t\tSeRestorePrivilege"
                        + "\r\n\t\t\tSeTakeOwnershipPrivilege\r\n\t\t\tSeDebugPrivilege");
    }

    /** A process creation audited by Security 4688 (hosts without Sysmon). */
    static DemoEvent processCreate(HostLog log, long t, Proc child, Proc parent, String account, String accountSid,
                                   Injected step) {
        return log.add(t, Kind.SECURITY_PROCESS_CREATE, step,
                "SubjectUserSid", accountSid,
                "SubjectUserName", account,
                "SubjectDomainName", Ministry.DOMAIN,
                "SubjectLogonId", "0x" + Integer.toHexString(0x3e7 + (accountSid.hashCode() & 0xFFF)),
                "NewProcessId", hex(child.pid()),
                "NewProcessName", child.image(),
                "TokenElevationType", "%%1936",
                "ProcessId", hex(parent.pid()),
                "CommandLine", child.commandLine(),
                "TargetUserSid", NULL_SID,
                "TargetUserName", "-",
                "TargetDomainName", "-",
                "TargetLogonId", "0x0",
                "ParentProcessName", parent.image(),
                "MandatoryLabel", child.integrity().equals("System") ? "S-1-16-16384" : "S-1-16-12288");
    }

    static DemoEvent ticket(HostLog log, long t, boolean tgt, String account, String service, String ip) {
        String port = Integer.toString(49152 + (int) (t / 1000 % 16000));
        if (tgt) {
            return log.add(t, Kind.KERBEROS_TGT, null,
                    "TargetUserName", account,
                    "TargetDomainName", Ministry.DNS_DOMAIN.toUpperCase(Locale.ROOT),
                    "TargetSid", Ministry.sidOf(account),
                    "ServiceName", "krbtgt",
                    "ServiceSid", Ministry.SID_PREFIX + "502",
                    "TicketOptions", "0x40810010",
                    "Status", "0x0",
                    "TicketEncryptionType", "0x12",
                    "PreAuthType", "2",
                    "IpAddress", "::ffff:" + ip,
                    "IpPort", port,
                    "CertIssuerName", "",
                    "CertSerialNumber", "",
                    "CertThumbprint", "");
        }
        return log.add(t, Kind.KERBEROS_SERVICE_TICKET, null,
                "TargetUserName", account + "@" + Ministry.DNS_DOMAIN.toUpperCase(Locale.ROOT),
                "TargetDomainName", Ministry.DNS_DOMAIN.toUpperCase(Locale.ROOT),
                "ServiceName", service,
                "ServiceSid", Ministry.SID_PREFIX + "1000",
                "TicketOptions", "0x40810000",
                "TicketEncryptionType", "0x12",
                "IpAddress", "::ffff:" + ip,
                "IpPort", port,
                "Status", "0x0",
                "LogonGuid", "{00000000-0000-0000-0000-000000000000}",
                "TransmittedServices", "-");
    }

    private static String hex(int pid) {
        return "0x" + Integer.toHexString(pid);
    }
}
