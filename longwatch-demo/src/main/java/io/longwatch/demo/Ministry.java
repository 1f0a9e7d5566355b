package io.longwatch.demo;

import java.util.List;

/**
 * The made-up victim: the "Ministry of Foreign Economic Trade" (MFET), domain {@code mfet.example},
 * eight workstations, a domain controller, an Exchange server, a file server and a Linux web/jump host.
 * External services all live in documentation ranges; the adversary's in others (see {@link Campaign}).
 */
final class Ministry {
    static final String DOMAIN = "MFET";
    static final String DNS_DOMAIN = "mfet.example";
    static final String SID_PREFIX = "S-1-5-21-2094117235-1684201373-3190872281-";

    static final Host DC = server("MFET-DC01", "10.20.0.10", Role.DOMAIN_CONTROLLER, Layout.EVTX_JSON, 0);
    static final Host EXCHANGE = server("MFET-EXCH01", "10.20.0.20", Role.EXCHANGE, Layout.EVTX_JSON, 1);
    /** The file server ships with Winlogbeat: the same detections must work on the ECS layout. */
    static final Host FILE_SERVER = server("MFET-FS01", "10.20.0.30", Role.FILE_SERVER, Layout.WINLOGBEAT, 2);
    static final Host JUMP = new Host("mfet-jump01", "mfet-jump01", "10.20.5.10", Role.LINUX_JUMP, Layout.LINUX_JSON,
            "tbauer", "", 3);

    /** Workstation users: account, then the workstation number. WS101 belongs to the IT administrator. */
    private static final String[] USERS = {
        "tbauer", "lmoreau", "akovacs", "rionescu", "snovak", "mvarga", "elindqvist", "phorvat"
    };

    static final List<Host> WORKSTATIONS = workstations();
    static final Host ADMIN_WS = WORKSTATIONS.get(0);
    static final Host PATIENT_ZERO = WORKSTATIONS.get(2);
    static final Host LATERAL_WS = WORKSTATIONS.get(3);

    /** The IT administrator's privileged account, whose hash the operator steals. */
    static final String ADMIN_ACCOUNT = "adm-tbauer";
    static final String ADMIN_ACCOUNT_SID = SID_PREFIX + "1180";

    /** Benign internet destinations: name and address (TEST-NET-1). */
    static final String[][] SAAS = {
        {"login.microsoftonline.com", "192.0.2.10"}, {"outlook.office.com", "192.0.2.11"},
        {"teams.microsoft.com", "192.0.2.12"}, {"www.bing.com", "192.0.2.13"},
        {"edge.microsoft.com", "192.0.2.14"}, {"onedrive.live.com", "192.0.2.15"},
        {"www.wto.example", "192.0.2.20"}, {"trade-statistics.example", "192.0.2.21"},
        {"news.example", "192.0.2.22"}, {"europa-trade.example", "192.0.2.23"},
        {"translate.example", "192.0.2.24"}, {"weather.example", "192.0.2.25"},
        {"ctldl.windowsupdate.com", "192.0.2.30"}, {"settings-win.data.microsoft.com", "192.0.2.31"},
        {"update.googleapis.com", "192.0.2.32"}, {"go.microsoft.com", "192.0.2.33"}
    };

    private Ministry() {
    }

    static List<Host> all() {
        java.util.ArrayList<Host> hosts = new java.util.ArrayList<>(WORKSTATIONS);
        hosts.add(DC);
        hosts.add(EXCHANGE);
        hosts.add(FILE_SERVER);
        hosts.add(JUMP);
        return List.copyOf(hosts);
    }

    static String qualified(String account) {
        return DOMAIN + "\\" + account;
    }

    static String sidOf(String account) {
        if (account.equals(ADMIN_ACCOUNT)) {
            return ADMIN_ACCOUNT_SID;
        }
        for (int i = 0; i < USERS.length; i++) {
            if (USERS[i].equals(account)) {
                return SID_PREFIX + (1104 + i);
            }
        }
        return SID_PREFIX + "1100";
    }

    static String machineAccount(Host host) {
        return host.name() + "$";
    }

    private static Host server(String name, String ip, Role role, Layout layout, int index) {
        return new Host(name, name + "." + DNS_DOMAIN, ip, role, layout, ADMIN_ACCOUNT, ADMIN_ACCOUNT_SID, index);
    }

    private static List<Host> workstations() {
        java.util.ArrayList<Host> list = new java.util.ArrayList<>();
        for (int i = 0; i < USERS.length; i++) {
            String name = "MFET-WS1" + String.format(java.util.Locale.ROOT, "%02d", i + 1);
            list.add(new Host(name, name + "." + DNS_DOMAIN, "10.20.1." + (101 + i), Role.WORKSTATION,
                    Layout.EVTX_JSON, USERS[i], SID_PREFIX + (1104 + i), 10 + i));
        }
        return List.copyOf(list);
    }
}
