package dev.arbiter.sources;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Checks a webhook against the source's secret: GitHub signs the body with HMAC-SHA256 (X-Hub-Signature-256:
 * sha256=HEX); GitLab sends the secret itself (X-Gitlab-Token). Compared in constant time.
 */
final class WebhookSignature {

    private WebhookSignature() {
    }

    static boolean valid(String secret, byte[] body, String githubSignature, String gitlabToken) {
        if (secret == null || secret.isEmpty()) return false;
        if (githubSignature != null) return equal(githubSignature.strip(), "sha256=" + hmac(secret, body));
        if (gitlabToken != null) return equal(gitlabToken, secret);
        return false;
    }

    static String hmac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean equal(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
