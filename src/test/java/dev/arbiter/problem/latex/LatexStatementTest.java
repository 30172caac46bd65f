package dev.arbiter.problem.latex;

import dev.arbiter.problem.MarkdownRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A Kattis statement's LaTeX read as the candidate will see it: converted to Markdown, then rendered to HTML. */
class LatexStatementTest {

    private static final String FERRY = """
            \\problemname{Ferry Loading}
            % the setter's note to herself, never shown
            Every morning $n$ cars ($1 \\le n \\le 2 \\cdot 10^5$) queue for the ferry. Car $i$ is $\\ell_i$
            metres long --- \\emph{strictly} less than $2^{31}-1$. Read the input ``fast'', e.g.\\ with \\texttt{sys.stdin}.

            \\section*{Input}
            The input consists of:
            \\begin{itemize}
              \\item one line with $n$ and $L$;
              \\item $n$ lines, each with $\\ell_i$:
              \\begin{enumerate}
                \\item the first car,
                \\item the second car.
              \\end{enumerate}
            \\end{itemize}

            \\section*{Output}
            Output \\textbf{one} integer. See \\url{https://example.org/ferry} or \\href{https://example.org/rules}{the rules};
            50\\% of the tests have $n \\le 100$.
            \\[ \\sum_{i=1}^{n} \\ell_i \\le \\frac{n(n+1)}{2} \\]
            \\begin{verbatim}
            for car in cars:  # 100% as written, \\emph{too}
                load(car)
            \\end{verbatim}
            \\begin{tabular}{|c|c|}
            \\hline
            $n$ & time \\\\ \\hline
            $10^5$ & 1 s \\\\
            \\end{tabular}

            \\illustration{0.3}{ferry.png}{A ferry with three cars}
            """;

    private static String html(String latex) {
        return MarkdownRenderer.toHtml(LatexStatement.toMarkdown(latex).markdown());
    }

    @Test
    void aKattisStatementReadsAsHeadingsParagraphsListsCodeAndText() {
        LatexStatement.Converted converted = LatexStatement.toMarkdown(FERRY);
        String html = MarkdownRenderer.toHtml(converted.markdown());

        assertThat(converted.unknown()).isEmpty();
        assertThat(html).isEqualTo("<p>Every morning n cars (1 ≤ n ≤ 2 · 10⁵) queue for the ferry. Car i is ℓᵢ metres long — "
                        + "<em>strictly</em> less than 2³¹−1. Read the input “fast”, e.g. with <code>sys.stdin</code>.</p>\n"
                        + "<h2>Input</h2>\n<p>The input consists of:</p>\n<ul>\n<li>one line with n and L;</li>\n"
                        + "<li>n lines, each with ℓᵢ:\n<ol>\n<li>the first car,</li>\n<li>the second car.</li>\n</ol>\n</li>\n</ul>\n"
                        + "<h2>Output</h2>\n<p>Output <strong>one</strong> integer. See "
                        + "<a rel=\"nofollow\" href=\"https://example.org/ferry\">https://example.org/ferry</a> or "
                        + "<a rel=\"nofollow\" href=\"https://example.org/rules\">the rules</a>; 50% of the tests have n ≤ 100.</p>\n"
                        + "<p>∑ᵢ₌₁ⁿ ℓᵢ ≤ (n(n+1))/2</p>\n"
                        + "<pre><code>for car in cars:  # 100% as written, \\emph{too}\n    load(car)\n</code></pre>\n"
                        + "<p>n | time<br />\n10⁵ | 1 s</p>\n"
                        + "<p><img src=\"ferry.png\" alt=\"A ferry with three cars\" /><br />\n<em>A ferry with three cars</em></p>\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', quoteCharacter = '`', value = {
            "$1 \\le a_i, b_i \\le 10^9$                  # 1 ≤ aᵢ, bᵢ ≤ 10⁹",
            "$x_{i,j} + y^{n/2}$                          # x_{i,j} + y^{n/2}",
            "$0\\leq x\\leq 2$ and $a=b$ and $\\sum_{i = 1}^{n}$ # 0 ≤ x ≤ 2 and a = b and ∑ᵢ₌₁ⁿ",
            "$\\mathcal{O}(n \\log n)$                    # O(n log n)",
            "$\\gcd(a, b) \\ne 1$ and $a \\bmod b$         # gcd(a, b) ≠ 1 and a mod b",
            "$\\lfloor \\sqrt{n} \\rfloor$                 # ⌊ √n ⌋",
            "$\\sqrt{x+1}$ and $\\binom{n}{k}$              # √(x+1) and C(n, k)",
            "$90^\\circ$ and $f'(x)$ and $a \\equiv b \\pmod{m}$ # 90° and f′(x) and a ≡ b (mod m)",
            "$\\{1, \\ldots, n\\}$ and $\\alpha \\to \\infty$ # {1, …, n} and α → ∞",
            "\\(x \\in \\mathbb{Z}\\) and $\\text{if } x$    # x ∈ ℤ and if x",
            "Caf\\'e, na\\\"{\\i}ve, \\v{s}ach                # Café, naïve, šach",
            "-- and --- and \\verb|a--b| and {\\tt x--y}    # – and — and a--b and x--y",
            "`e.g.\\\nthis, $a\\\nb$`                           # e.g. this, a b",
            "the 2\\textsuperscript{nd}, \\enquote{\\textcolor{red}{hot}} \\ensuremath{\\le 3} # the 2ⁿᵈ, “hot” ≤ 3",
            "$\\operatorname*{argmax}_i \\dbinom{n}{2} \\cfrac{1}{k}$ # argmaxᵢ C(n, 2) 1/k",
    })
    void mathIsUnicodeTextAndTextKeepsItsTypography(String latex, String rendered) {
        assertThat(html(latex)).isEqualTo("<p>" + rendered.replace("a--b", "<code>a--b</code>")
                .replace("x--y", "<code>x--y</code>") + "</p>\n");
    }

    @Test
    void textThatLooksLikeMarkdownOrHtmlStaysText() {
        String html = html("1. not a list\n\n- nor this\n\n\\# nor a heading, *not emphasis*, <b>not bold</b>, "
                + "[a](javascript:alert(1)) \\& $a*b < c$\n");

        assertThat(html).isEqualTo("<p>1. not a list</p>\n<p>- nor this</p>\n<p># nor a heading, *not emphasis*, "
                + "&lt;b&gt;not bold&lt;/b&gt;, [a](javascript:alert(1)) &amp; a*b &lt; c</p>\n");
    }

    @Test
    void onlyWebAndMailAddressesBecomeLinks() {
        assertThat(html("\\href{javascript:alert(1)}{click} \\url{file:///etc/passwd} \\href{mailto:a@b.org}{mail}"))
                .isEqualTo("<p>click <code>file:///etc/passwd</code> <a rel=\"nofollow\" href=\"mailto:a@b.org\">mail</a></p>\n");
    }

    @Test
    void commandsItDoesNotKnowAreKeptAsWrittenAndNamed() {
        LatexStatement.Converted converted = LatexStatement.toMarkdown(
                "Let \\myset{S} be $\\Norm{v}$.\n\\begin{theorem}Sure.\\end{theorem}");

        assertThat(MarkdownRenderer.toHtml(converted.markdown()))
                .isEqualTo("<p>Let \\myset{S} be \\Norm{v}.</p>\n<p>Sure.</p>\n");
        assertThat(converted.unknown()).containsExactly("\\Norm", "\\begin{theorem}", "\\myset");
    }

    @Test
    void aStatementsOwnMacrosAreExpandedWhereTheyAreUsed() {
        LatexStatement.Converted converted = LatexStatement.toMarkdown("""
                \\newcommand{\\R}{\\mathbb{R}}
                \\newcommand{\\abs}[1]{\\left|#1\\right|}
                \\newcommand{\\pair}[2][i]{(a_#1, #2)}
                \\DeclareMathOperator{\\lcm}{lcm}
                \\def\\n{$n$}
                Read \\n{} numbers $x \\in \\R$ with $\\abs{x} \\le 5$, then $\\pair{b}$, $\\pair[j]{c}$ and $\\lcm(a, b)$.
                """);

        assertThat(MarkdownRenderer.toHtml(converted.markdown()))
                .isEqualTo("<p>Read n numbers x ∈ ℝ with |x| ≤ 5, then (aᵢ, b), (aⱼ, c) and lcm(a, b).</p>\n");
        assertThat(converted.unknown()).isEmpty();
    }

    @Test
    void macrosThatExpandWithoutEndAreCutOffNotFollowedForever() {
        // \\b is \\a\\a, \\c is \\b\\b, ...: the last of 50 would be 2^49 x's
        StringBuilder doubling = new StringBuilder("\\def\\a{x}\n");
        String last = "a";
        for (int i = 1; i < 50; i++) {
            String name = "a" + "b".repeat(i);
            doubling.append("\\def\\").append(name).append("{\\").append(last).append(" \\").append(last).append("}\n");
            last = name;
        }
        LatexStatement.Converted bomb = LatexStatement.toMarkdown(doubling.append("$\\" + last + "$ and \\" + last + " end\n").toString());
        LatexStatement.Converted loop = LatexStatement.toMarkdown("\\def\\loop{\\loop}\\loop and $\\loop$ end");

        assertThat(bomb.markdown()).hasSizeLessThan(4 * LatexMacros.MAX_EXPANDED_CHARS).contains("x x x").contains(" and ").endsWith("end");
        assertThat(bomb.unknown()).isNotEmpty(); // what the budget left unexpanded is named
        assertThat(loop.markdown()).endsWith("end");
    }

    @Test
    void aDocumentWithAPreambleIsReadFromItsBody() {
        assertThat(html("\\documentclass{article}\n\\usepackage{amsmath}\n\\begin{document}\nHello $x^2$.\n\\end{document}\n"))
                .isEqualTo("<p>Hello x².</p>\n");
    }

    @Test
    void nestingPastAnyStatementsNeedIsShownAsWrittenInsteadOfOverflowingTheStack() {
        String deep = "{".repeat(100_000) + "x" + "}".repeat(100_000) + " $" + "{".repeat(100_000) + "y$";

        LatexStatement.Converted converted = LatexStatement.toMarkdown(deep);

        assertThat(converted.markdown()).contains("x").contains("y");
    }
}
