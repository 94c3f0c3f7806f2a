package dev.sandcastle.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SSRF: webhook targets on non-public addresses are refused (IP literals, so no DNS is needed). */
class TargetGuardTest {
    private final TargetGuard production = new TargetGuard(false);

    @ParameterizedTest
    @ValueSource(strings = {
            "http://127.0.0.1/hook", "http://127.1.2.3:8080/hook", "http://localhost/hook", "http://0.0.0.0/",
            "http://10.0.0.5/", "http://172.16.0.1/", "http://172.31.255.255/", "http://192.168.1.1/",
            "http://169.254.169.254/latest/meta-data/", "http://100.64.0.1/", "http://224.0.0.1/",
            "http://255.255.255.255/", "http://198.18.0.1/", "http://192.0.2.1/",
            "http://[::1]/", "http://[::]/", "http://[fe80::1]/", "http://[fc00::1]/", "http://[fd12:3456::1]/",
            "http://[::ffff:127.0.0.1]/", "http://[::ffff:169.254.169.254]/", "http://[::127.0.0.1]/",
            "http://[2002:7f00:1::]/", "http://[64:ff9b::a9fe:a9fe]/", "http://[2001:db8::1]/", "http://[ff02::1]/",
            "http://2130706433/", "http://0x7f.0.0.1/", "http://017700000001/"})
    void nonPublicTargetsAreRefused(String url) {
        Optional<String> refusal = production.refusal(url);
        assertTrue(refusal.isPresent(), url + " must be refused");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://93.184.216.34/", "file:///etc/passwd", "gopher://93.184.216.34/", "http://user:pw@93.184.216.34/",
            "http:///nohost", "not a url"})
    void otherSchemesCredentialsAndMalformedUrlsAreRefusedEvenWhenPrivateTargetsAreAllowed(String url) {
        assertTrue(new TargetGuard(true).refusal(url).isPresent(), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://93.184.216.34/hook", "http://8.8.8.8:8080/x", "https://[2606:4700:4700::1111]/hook"})
    void publicAddressesAreAccepted(String url) {
        assertEquals(Optional.empty(), production.refusal(url));
    }
}
