package io.longwatch.demo;

/**
 * One machine of the demo network.
 *
 * @param name       short host name (file names use it)
 * @param computer   the name its records carry (FQDN for Windows, as Windows writes it)
 * @param ip         its internal address
 * @param role       what it is for
 * @param layout     how its log shipper writes JSON
 * @param user       the person who works at it (workstations) or its main administrator
 * @param userSid    that person's SID
 * @param index      position in the network, used to derive stable per-host values
 */
record Host(String name, String computer, String ip, Role role, Layout layout, String user, String userSid, int index) {

    boolean windows() {
        return layout != Layout.LINUX_JSON;
    }

    /** Logs of Windows hosts without Sysmon carry Security 4688 process records instead. */
    boolean hasSysmon() {
        return role != Role.DOMAIN_CONTROLLER && windows();
    }
}
