package io.longwatch.intel.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.longwatch.intel.ObservableType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RefangAndDetectTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "hxxp://evil[.]example[.]com/a|http://evil.example.com/a",
        "hXXps[://]evil(.)example{.}com|https://evil.example.com",
        "fxp://files[dot]example(dot)org|ftp://files.example.org",
        "evil [.] example [.] com|evil.example.com",
        "admin[@]example[.]com|admin@example.com",
        "admin(at)example(dot)com|admin@example.com",
        "10[.]0[.]0[.]1|10.0.0.1",
        "evil\\.example\\.com|evil.example.com",
        "http[:]//evil.example.com|http://evil.example.com",
        "invoice (1).pdf|invoice (1).pdf",
        "hello.example.com|hello.example.com",
        "h**ps://x[.]io|https://x.io"})
    void refangs(String defanged, String expected) {
        assertThat(Refang.refang(defanged)).isEqualTo(expected);
    }

    @Test
    void cleanValuesAreReturnedAsIs() {
        String v = "https://evil.example.com/a";
        assertThat(Refang.refang(v)).isSameAs(v);
        String d = "hello.example.com";
        assertThat(Refang.refang(d)).isSameAs(d);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "http://evil.example.com/a|URL",
        "evil.example.com/gate.php|URL",
        "1.2.3.4/admin|URL",
        "evil.example.com|DOMAIN",
        "evil.co.uk|DOMAIN",
        "co.uk|NULL",
        "readme.txt|FILE_NAME",
        "invoice.zip|FILE_NAME",
        "evil.zip.example.com|DOMAIN",
        "svch0st.exe|FILE_NAME",
        "archive.tar.gz|FILE_NAME",
        "C:\\Windows\\Temp\\x.dll|FILE_NAME",
        "1.2.3.4|IPV4",
        "10.0.0.0/8|IPV4",
        "2001:db8::1|IPV6",
        "fe80::/10|IPV6",
        "bob@example.com|EMAIL",
        "d41d8cd98f00b204e9800998ecf8427e|MD5",
        "da39a3ee5e6b4b0d3255bfef95601890afd80709|SHA1",
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855|SHA256",
        "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e|SHA512",
        "localhost|NULL",
        "just words|NULL",
        "1.2.3.999|NULL",
        "zzzz|NULL"})
    void detects(String value, ObservableType expected) {
        assertThat(TypeDetector.detect(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "ip-dst|1.2.3.4|IPV4", "ip|::1|IPV6", "domain-name|x.example|DOMAIN", "hostname|x.example|DOMAIN",
        "SHA-256|x|SHA256", "file:hashes.'sha-256'|x|SHA256", "hash|d41d8cd98f00b204e9800998ecf8427e|MD5",
        "FILE_NAME|x|FILE_NAME", "email-src|x|EMAIL", "regkey|x|NULL", "hash|abc|NULL"})
    void typeNames(String name, String value, ObservableType expected) {
        assertThat(TypeNames.resolve(name, value)).isEqualTo(expected);
    }

    @Test
    void csvSplitHandlesQuotesAndEmptyCells() {
        List<String> cells = new ArrayList<>();
        CsvReader.split("a,\"b,c\",,\"d \"\"q\"\"\",", ',', cells);
        assertThat(cells).containsExactly("a", "b,c", "", "d \"q\"", "");
        CsvReader.split("x\ty", '\t', cells);
        assertThat(cells).containsExactly("x", "y");
    }

    @Test
    void csvMappingParsing() {
        CsvMapping m = CsvMapping.parse("value=3,type=kind,delimiter=tab,header=no");
        assertThat(m.value()).isEqualTo("3");
        assertThat(m.type()).isEqualTo("kind");
        assertThat(m.delimiter()).isEqualTo('\t');
        assertThat(m.header()).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CsvMapping.parse("colour=2"))
                .hasMessageContaining("unknown CSV mapping key 'colour'");
    }
}
