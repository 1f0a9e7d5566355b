package io.longwatch.demo;

/**
 * The kinds of record the demo network produces, with the Windows System values each carries.
 * Sysmon and Security kinds become Windows records; the {@code LINUX_*} kinds become plain JSON.
 */
enum Kind {
    PROCESS_CREATE(Source.SYSMON, 1, 5, 1),
    NETWORK_CONNECT(Source.SYSMON, 3, 5, 3),
    PROCESS_ACCESS(Source.SYSMON, 10, 3, 10),
    FILE_CREATE(Source.SYSMON, 11, 2, 11),
    REGISTRY_SET(Source.SYSMON, 13, 2, 13),
    PIPE_CREATED(Source.SYSMON, 17, 1, 17),
    DNS_QUERY(Source.SYSMON, 22, 5, 22),
    LOGON(Source.SECURITY, 4624, 2, 12544),
    LOGON_FAILED(Source.SECURITY, 4625, 0, 12544),
    LOGOFF(Source.SECURITY, 4634, 0, 12545),
    SPECIAL_PRIVILEGES(Source.SECURITY, 4672, 0, 12548),
    SECURITY_PROCESS_CREATE(Source.SECURITY, 4688, 2, 13312),
    KERBEROS_TGT(Source.SECURITY, 4768, 0, 14339),
    KERBEROS_SERVICE_TICKET(Source.SECURITY, 4769, 0, 14337),
    LINUX_PROCESS(Source.LINUX, 0, 0, 0);

    /** Which log a kind belongs to. */
    enum Source {
        SYSMON("Microsoft-Windows-Sysmon", "5770385F-C22A-43E0-BF4C-06F5698FFBD9",
                "Microsoft-Windows-Sysmon/Operational"),
        SECURITY("Microsoft-Windows-Security-Auditing", "54849625-5478-4994-A5BA-3E3B0328C30D", "Security"),
        LINUX("", "", "");

        final String provider;
        final String providerGuid;
        final String channel;

        Source(String provider, String providerGuid, String channel) {
            this.provider = provider;
            this.providerGuid = providerGuid;
            this.channel = channel;
        }
    }

    final Source source;
    final int eventId;
    final int version;
    final int task;

    Kind(Source source, int eventId, int version, int task) {
        this.source = source;
        this.eventId = eventId;
        this.version = version;
        this.task = task;
    }

    /** The Keywords value Windows writes: audit success/failure for Security, the Sysmon constant otherwise. */
    String keywords() {
        if (source == Source.SECURITY) {
            return this == LOGON_FAILED ? "0x8010000000000000" : "0x8020000000000000";
        }
        return "0x8000000000000000";
    }
}
