package dev.arbiter.problem;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownRendererTest {

    @Test
    void rendersMarkdownButEscapesRawHtmlAndDropsScriptUrls() {
        String html = MarkdownRenderer.toHtml("Use **fast** code.\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1)) `a<b`");

        assertThat(html).contains("<strong>fast</strong>")
                .doesNotContain("<script>")
                .contains("&lt;script&gt;")
                .doesNotContain("javascript:")
                .contains("<code>a&lt;b</code>");
    }
}
