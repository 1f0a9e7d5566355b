package io.longwatch.sigma;

import static org.assertj.core.api.Assertions.assertThat;

import io.longwatch.sigma.mapping.Route;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The built-in SigmaHQ taxonomy mapping: channels, EventIDs, Security 4688 field names. */
class LogsourceMappingTest {

    private final LogsourceMapping mapping = LogsourceMapping.defaults();

    private List<Route> routes(String product, String category, String service) {
        return mapping.routes(new Logsource(product, category, service));
    }

    @Test
    void processCreationIsSysmon1AndSecurity4688WithItsFieldNames() {
        List<Route> r = routes("windows", "process_creation", null);
        assertThat(r).hasSize(2);
        assertThat(r.get(0).channels()).containsExactly("Microsoft-Windows-Sysmon/Operational");
        assertThat(r.get(0).eventIds()).containsExactly("1");
        assertThat(r.get(1).channels()).containsExactly("Security");
        assertThat(r.get(1).eventIds()).containsExactly("4688");
        assertThat(r.get(1).fieldRenames()).containsEntry("Image", "NewProcessName")
                .containsEntry("ParentImage", "ParentProcessName").containsEntry("User", "SubjectUserName")
                .doesNotContainKey("CommandLine");
    }

    @Test
    void sysmonCategoriesMapToTheirEventIds() {
        Map<String, List<String>> expected = Map.ofEntries(
                Map.entry("network_connection", List.of("3")), Map.entry("driver_load", List.of("6")),
                Map.entry("image_load", List.of("7")), Map.entry("process_access", List.of("10")),
                Map.entry("file_event", List.of("11")), Map.entry("registry_event", List.of("12", "13", "14")),
                Map.entry("registry_set", List.of("13")), Map.entry("pipe_created", List.of("17", "18")),
                Map.entry("wmi_event", List.of("19", "20", "21")), Map.entry("dns_query", List.of("22")),
                Map.entry("file_delete", List.of("23", "26")), Map.entry("sysmon_status", List.of("4", "16")),
                Map.entry("sysmon_error", List.of("255")), Map.entry("process_tampering", List.of("25")));
        expected.forEach((category, ids) -> {
            List<Route> r = routes("windows", category, null);
            assertThat(r).as(category).hasSize(1);
            assertThat(r.get(0).channels()).as(category).containsExactly("Microsoft-Windows-Sysmon/Operational");
            assertThat(r.get(0).eventIds()).as(category).containsExactlyElementsOf(ids);
        });
        assertThat(routes("windows", "registry_add", null).get(0).conditions()).containsEntry("EventType", List.of("CreateKey"));
    }

    @Test
    void powershellAndServices() {
        assertThat(routes("windows", "ps_script", null).get(0).eventIds()).containsExactly("4104");
        assertThat(routes("windows", "ps_module", null).get(0).eventIds()).containsExactly("4103");
        Route classic = routes("windows", "ps_classic_start", null).get(0);
        assertThat(classic.channels()).containsExactly("Windows PowerShell");
        assertThat(classic.eventIds()).containsExactly("400");
        assertThat(routes("windows", "ps_classic_provider_start", null).get(0).eventIds()).containsExactly("600");
        for (String service : List.of("security", "system", "application", "sysmon", "powershell", "taskscheduler",
                "wmi", "dns-server", "driver-framework", "firewall-as", "bits-client", "codeintegrity-operational",
                "windefend", "msexchange-management", "ntlm", "appxdeployment-server")) {
            Route r = routes("windows", null, service).get(0);
            assertThat(r.kind()).as(service).isEqualTo(Route.Kind.CHANNELS);
            assertThat(r.channels()).as(service).isNotEmpty();
            assertThat(r.eventIds()).as(service).isEmpty();
            assertThat(r.mapped()).as(service).isTrue();
        }
    }

    @Test
    void otherProductsHaveNoChannelAndUnknownWindowsSourcesAreFlagged() {
        assertThat(routes("linux", "process_creation", null).get(0).kind()).isEqualTo(Route.Kind.NON_WINDOWS);
        assertThat(routes(null, "proxy", null).get(0).kind()).isEqualTo(Route.Kind.NON_WINDOWS);
        Route unknown = routes("windows", "file_access", null).get(0);
        assertThat(unknown.kind()).isEqualTo(Route.Kind.ANY_OF_PRODUCT);
        assertThat(unknown.mapped()).isFalse();
    }

    @Test
    void linuxRulesNeverRunOnWindowsEvents() {
        RuleKit k = RuleKit.rule("""
                title: linux rule
                id: 44444444-2222-3333-4444-555555555555
                logsource:
                    product: linux
                    category: process_creation
                detection:
                    sel:
                        Image|endswith: '/bash'
                    condition: sel
                """);
        assertThat(k.fires("Image", "/usr/bin/bash")).isTrue();
        assertThat(k.fires("Channel", "Microsoft-Windows-Sysmon/Operational", "EventID", "1", "Image", "/usr/bin/bash"))
                .isFalse();
    }

    @Test
    void zeekServicesAreLogPathsWithProxyNamesTranslated() {
        Route dns = routes("zeek", null, "dns").get(0);
        assertThat(dns.kind()).isEqualTo(Route.Kind.CHANNELS);
        assertThat(dns.channelField()).isEqualTo("_path");
        assertThat(dns.channels()).containsExactly("dns");
        assertThat(dns.mapped()).isTrue();
        for (String service : List.of("conn", "http", "ssl", "x509", "smb_files", "dce_rpc", "kerberos", "rdp", "files")) {
            assertThat(routes("zeek", null, service).get(0).channels()).as(service).containsExactly(service);
        }
        assertThat(routes("zeek", null, "http").get(0).fieldRenames())
                .containsEntry("c-uri", "uri").containsEntry("c-useragent", "user_agent");
        Route unknown = routes("zeek", null, "no_such_log").get(0);
        assertThat(unknown.kind()).isEqualTo(Route.Kind.ANY_OF_PRODUCT);
        assertThat(unknown.mapped()).isFalse();
        assertThat(routes("windows", "process_creation", null).get(0).channelField()).isEqualTo("Channel");
    }

    @Test
    void zeekRulesRunOnTheirLogOnlyAndOtherRulesNeverOnZeek() {
        RuleKit dns = RuleKit.rule("""
                title: zeek dns rule
                id: 55555555-2222-3333-4444-555555555555
                logsource:
                    product: zeek
                    service: dns
                detection:
                    sel:
                        query|endswith: '.example'
                    condition: sel
                """);
        assertThat(dns.fires("_path", "dns", "query", "a.example")).isTrue();
        assertThat(dns.fires("_path", "http", "query", "a.example")).isFalse();
        assertThat(dns.fires("query", "a.example")).isFalse();
        RuleKit linux = RuleKit.rule("""
                title: linux rule
                id: 66666666-2222-3333-4444-555555555555
                logsource:
                    product: linux
                detection:
                    sel:
                        query|endswith: '.example'
                    condition: sel
                """);
        assertThat(linux.fires("query", "a.example")).isTrue();
        assertThat(linux.fires("_path", "dns", "query", "a.example")).isFalse();
    }
}
