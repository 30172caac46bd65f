package dev.arbiter.problem.latex;

import java.util.Map;
import java.util.Set;

import static java.util.Map.entry;

/** What the commands of problem statements stand for, as Unicode text. */
final class LatexSymbols {

    /** Math-mode symbols: relations, operators, arrows, delimiters, Greek letters. */
    static final Map<String, String> MATH = Map.ofEntries(
            entry("le", "≤"), entry("leq", "≤"), entry("leqslant", "≤"), entry("ge", "≥"), entry("geq", "≥"),
            entry("geqslant", "≥"), entry("ne", "≠"), entry("neq", "≠"), entry("lt", "<"), entry("gt", ">"),
            entry("ll", "≪"), entry("gg", "≫"), entry("approx", "≈"), entry("sim", "∼"), entry("simeq", "≃"),
            entry("equiv", "≡"), entry("cong", "≅"), entry("propto", "∝"),
            entry("cdot", "·"), entry("times", "×"), entry("div", "÷"), entry("pm", "±"), entry("mp", "∓"),
            entry("ast", "∗"), entry("star", "⋆"), entry("circ", "∘"), entry("bullet", "•"), entry("oplus", "⊕"),
            entry("otimes", "⊗"), entry("wedge", "∧"), entry("land", "∧"), entry("vee", "∨"), entry("lor", "∨"),
            entry("neg", "¬"), entry("lnot", "¬"), entry("mid", "|"), entry("nmid", "∤"), entry("parallel", "∥"),
            entry("in", "∈"), entry("notin", "∉"), entry("ni", "∋"), entry("subset", "⊂"), entry("subseteq", "⊆"),
            entry("supset", "⊃"), entry("supseteq", "⊇"), entry("cup", "∪"), entry("cap", "∩"), entry("setminus", "∖"),
            entry("emptyset", "∅"), entry("varnothing", "∅"), entry("forall", "∀"), entry("exists", "∃"),
            entry("to", "→"), entry("rightarrow", "→"), entry("leftarrow", "←"), entry("gets", "←"),
            entry("leftrightarrow", "↔"), entry("Rightarrow", "⇒"), entry("Leftarrow", "⇐"), entry("Leftrightarrow", "⇔"),
            entry("iff", "⟺"), entry("implies", "⟹"), entry("mapsto", "↦"), entry("uparrow", "↑"), entry("downarrow", "↓"),
            entry("infty", "∞"), entry("ell", "ℓ"), entry("hbar", "ℏ"), entry("aleph", "ℵ"), entry("partial", "∂"), entry("nabla", "∇"), entry("prime", "′"), entry("angle", "∠"),
            entry("triangle", "△"), entry("sum", "∑"), entry("prod", "∏"), entry("int", "∫"), entry("bigcup", "⋃"),
            entry("bigcap", "⋂"), entry("lfloor", "⌊"), entry("rfloor", "⌋"), entry("lceil", "⌈"), entry("rceil", "⌉"),
            entry("langle", "⟨"), entry("rangle", "⟩"), entry("vert", "|"), entry("lvert", "|"), entry("rvert", "|"),
            entry("Vert", "‖"), entry("|", "‖"), entry("{", "{"), entry("}", "}"), entry("lbrace", "{"), entry("rbrace", "}"),
            entry("ldots", "…"), entry("dots", "…"), entry("dotsc", "…"), entry("dotsb", "⋯"), entry("cdots", "⋯"),
            entry("vdots", "⋮"), entry("ddots", "⋱"), entry("bmod", "mod"), entry("mod", "mod"),
            entry("alpha", "α"), entry("beta", "β"), entry("gamma", "γ"), entry("delta", "δ"), entry("epsilon", "ϵ"),
            entry("varepsilon", "ε"), entry("zeta", "ζ"), entry("eta", "η"), entry("theta", "θ"), entry("vartheta", "ϑ"),
            entry("iota", "ι"), entry("kappa", "κ"), entry("lambda", "λ"), entry("mu", "μ"), entry("nu", "ν"),
            entry("xi", "ξ"), entry("pi", "π"), entry("rho", "ρ"), entry("sigma", "σ"), entry("tau", "τ"),
            entry("upsilon", "υ"), entry("phi", "ϕ"), entry("varphi", "φ"), entry("chi", "χ"), entry("psi", "ψ"),
            entry("omega", "ω"), entry("Gamma", "Γ"), entry("Delta", "Δ"), entry("Theta", "Θ"), entry("Lambda", "Λ"),
            entry("Xi", "Ξ"), entry("Pi", "Π"), entry("Sigma", "Σ"), entry("Upsilon", "Υ"), entry("Phi", "Φ"),
            entry("Psi", "Ψ"), entry("Omega", "Ω"),
            entry(",", " "), entry(";", " "), entry(":", " "), entry(" ", " "), entry("\n", " "), entry("\t", " "),
            entry("quad", " "), entry("qquad", " "), entry("!", ""), entry("colon", ":"), entry("_", "_"), entry("%", "%"), entry("$", "$"), entry("#", "#"), entry("&", "&"));

    /** Symbols set with a space on each side. */
    static final Set<String> RELATIONS = Set.of("≤", "≥", "≠", "<", ">", "=", "≪", "≫", "≈", "∼",
            "≃", "≡", "≅", "∝", "∈", "∉", "∋", "⊂", "⊆", "⊃", "⊇", "→", "←", "↔", "⇒", "⇐", "⇔", "⟺", "⟹", "↦");

    /** Operator names, written as words. */
    static final Set<String> FUNCTIONS = Set.of("log", "ln", "lg", "exp", "gcd", "min", "max",
            "sin", "cos", "tan", "arg", "deg", "det", "dim", "ker", "lim", "sup", "inf", "Pr");

    /** Sizing and spacing commands math can do without. */
    static final Set<String> MATH_IGNORED = Set.of("left", "right", "middle", "big", "Big", "bigg",
            "Bigg", "bigl", "bigr", "Bigl", "Bigr", "displaystyle", "textstyle", "limits", "nolimits");

    /** Text-mode symbols and words. */
    static final Map<String, String> TEXT = Map.ofEntries(
            entry("ldots", "…"), entry("dots", "…"), entry("textendash", "–"), entry("textemdash", "—"),
            entry("textbackslash", "\\"), entry("textasciitilde", "~"), entry("textasciicircum", "^"),
            entry("textless", "<"), entry("textgreater", ">"), entry("textbar", "|"), entry("textbullet", "•"),
            entry("S", "§"), entry("P", "¶"), entry("copyright", "©"), entry("LaTeX", "LaTeX"), entry("TeX", "TeX"),
            entry("ss", "ß"), entry("o", "ø"), entry("O", "Ø"), entry("aa", "å"), entry("AA", "Å"), entry("ae", "æ"),
            entry("AE", "Æ"), entry("oe", "œ"), entry("OE", "Œ"), entry("l", "ł"), entry("L", "Ł"), entry("i", "ı"),
            entry("%", "%"), entry("$", "$"), entry("&", "&"), entry("#", "#"), entry("_", "_"), entry("{", "{"),
            entry("}", "}"), entry(" ", " "), entry("\n", " "), entry("\t", " "), entry(",", " "), entry(";", " "), entry("quad", " "), entry("qquad", " "),
            entry("-", ""), entry("/", ""), entry("@", ""), entry("textquoteright", "’"), entry("textquoteleft", "‘"));

    /** Accents as combining marks: \'e is é. */
    static final Map<String, Character> ACCENTS = Map.of("'", '\u0301', "`", '\u0300', "^", '\u0302', "\"", '\u0308',
            "~", '\u0303', "=", '\u0304', ".", '\u0307', "c", '\u0327', "v", '\u030C', "u", '\u0306');

    private static final String PLAIN = "0123456789+-=()aehijklmnoprstuvx";
    private static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ";
    private static final String PLAIN_UP = "0123456789+-=()abcdefghijklmnoprstuvwxyz";
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ";

    private LatexSymbols() {
    }

    /** The text as Unicode subscripts, or null where one of its characters has none. */
    static String subscript(String text) {
        return shifted(text, PLAIN, SUBSCRIPTS);
    }

    /** The text as Unicode superscripts, or null where one of its characters has none. */
    static String superscript(String text) {
        return shifted(text, PLAIN_UP, SUPERSCRIPTS);
    }

    private static String shifted(String text, String plain, String shifted) {
        if (text.isEmpty()) return null;
        StringBuilder out = new StringBuilder();
        for (char c : text.replace('−', '-').toCharArray()) {
            int at = plain.indexOf(c);
            if (at < 0) return null;
            out.append(shifted.charAt(at));
        }
        return out.toString();
    }
}
