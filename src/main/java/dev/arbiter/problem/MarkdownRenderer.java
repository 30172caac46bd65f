package dev.arbiter.problem;

import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import java.util.function.UnaryOperator;

/** Renders statements to HTML safely: raw HTML in the Markdown is escaped and unsafe link URLs are dropped. */
public final class MarkdownRenderer {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private MarkdownRenderer() {
    }

    public static String toHtml(String markdown) {
        return toHtml(markdown, address -> null);
    }

    /** Images from the package are shown from the address imageUrl gives them (null: the address as written). */
    public static String toHtml(String markdown, UnaryOperator<String> imageUrl) {
        Node document = PARSER.parse(markdown);
        for (Image image : ImageReferences.images(document)) {
            String url = imageUrl.apply(image.getDestination());
            if (url != null) image.setDestination(url);
        }
        return RENDERER.render(document);
    }
}
