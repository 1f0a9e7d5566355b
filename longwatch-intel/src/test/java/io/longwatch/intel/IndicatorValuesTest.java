package io.longwatch.intel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorValuesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "IPV4|1.2.3.4|1.2.3.4",
        "IPV4|010.001.1.1|10.1.1.1",
        "IPV4|10.1.2.3/8|10.0.0.0/8",
        "IPV4|198.51.100.7/32|198.51.100.7",
        "IPV4|0.0.0.0/0|0.0.0.0/0",
        "IPV4|256.1.1.1|NULL",
        "IPV4|1.2.3|NULL",
        "IPV4|1.2.3.4/33|NULL",
        "IPV4|1.2.3.4.5|NULL",
        "IPV6|2001:DB8:0:0:0:0:0:1|2001:db8::1",
        "IPV6|2001:db8::1/128|2001:db8::1",
        "IPV6|2001:db8:1:2::/32|2001:db8::/32",
        "IPV6|1.2.3.4|NULL",
        "DOMAIN|Evil.Example.COM.|evil.example.com",
        "DOMAIN|*.example.org|example.org",
        "DOMAIN|bücher.example|xn--bcher-kva.example",
        "DOMAIN|localhost|NULL",
        "DOMAIN|a..b|NULL",
        "DOMAIN|-bad.example|NULL",
        "DOMAIN|1.2.3.4|NULL",
        "DOMAIN|has space.example|NULL",
        "URL|HTTPS://Evil.Example.com/Path?Q=A|https://evil.example.com/Path?Q=A",
        "URL|evil.example.com/gate.php|evil.example.com/gate.php",
        "URL|38.86.171.155:80|38.86.171.155:80",
        "URL|http://[2001:db8::1]:8080/x|http://[2001:db8::1]:8080/x",
        "URL|https://www.sqjeans.com /libs/x.exe|NULL",
        "URL|justaword|NULL",
        "URL|http://host:port/|NULL",
        "EMAIL|Mailto:Bob@Example.COM|bob@example.com",
        "EMAIL|a@b@example.com|NULL",
        "EMAIL|@example.com|NULL",
        "MD5|D41D8CD98F00B204E9800998ECF8427E|d41d8cd98f00b204e9800998ecf8427e",
        "MD5|d41d8cd98f00b204e9800998ecf8427|NULL",
        "SHA1|da39a3ee5e6b4b0d3255bfef95601890afd8070g|NULL",
        "SHA256|e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855|e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "FILE_NAME|C:\\Users\\Public\\pic1.png|pic1.png",
        "FILE_NAME|/tmp/swsecret|swsecret",
        "FILE_NAME|/tmp/|NULL"})
    void normalises(ObservableType type, String raw, String expected) {
        assertThat(IndicatorValues.normalize(type, raw)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "https://user@Evil.Example.com:8443/x|evil.example.com",
        "evil.example.com/x|evil.example.com",
        "http://[2001:db8::1]:80/|2001:db8::1",
        "http:///x|NULL"})
    void urlHost(String url, String host) {
        assertThat(IndicatorValues.urlHost(url)).isEqualTo(host);
    }
}
