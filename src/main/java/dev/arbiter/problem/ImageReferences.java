package dev.arbiter.problem;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The images a statement's Markdown shows from its own package (a relative address: images/tree.png, or tree for
 * tree.png as LaTeX names them), and whether the package has each.
 */
public final class ImageReferences {

    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    private ImageReferences() {
    }

    /** The package image an address names, or null: the exact name, else the name with an image extension. */
    public static String resolve(String address, Collection<String> names) {
        if (!fromThePackage(address)) return null;
        String name = address.startsWith("./") ? address.substring(2) : address;
        if (names.contains(name)) return name;
        for (String extension : StatementImages.EXTENSIONS) {
            if (names.contains(name + "." + extension)) return name + "." + extension;
        }
        return null;
    }

    /** An address with no scheme and no leading slash points into the package. */
    public static boolean fromThePackage(String address) {
        return !address.isBlank() && !address.matches("(?s)[A-Za-z][A-Za-z0-9+.-]*:.*") && !address.startsWith("/");
    }

    /** An error for every image the Markdown shows from the package that it does not have, with its line. */
    static List<PackageError> missing(String markdown, String file, boolean withLines, Collection<String> names) {
        List<PackageError> errors = new ArrayList<>();
        for (Image image : images(PARSER.parse(markdown))) {
            String address = image.getDestination();
            if (!fromThePackage(address) || resolve(address, names) != null) continue;
            int line = 0;
            for (Node block = image; block != null && withLines; block = block.getParent()) {
                if (!block.getSourceSpans().isEmpty()) {
                    line = block.getSourceSpans().get(0).getLineIndex() + 1;
                    break;
                }
            }
            errors.add(new PackageError(file, line, "shows the image '" + address + "', which is not in the package"
                    + (names.isEmpty() ? "" : " (it has " + String.join(", ", names) + ")")));
        }
        return errors;
    }

    static List<Image> images(Node document) {
        List<Image> images = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                images.add(image);
                visitChildren(image);
            }
        });
        return images;
    }
}
