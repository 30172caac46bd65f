package dev.arbiter.checker;

/** Compares standard output token by token, ignoring how whitespace is laid out; numbers within a tolerance. */
final class TokenChecker implements Checker {

    private final double tolerance;

    TokenChecker(double tolerance) {
        this.tolerance = tolerance;
    }

    @Override
    public boolean accepts(String expected, String actual) {
        String[] want = expected.strip().split("\\s+");
        String[] got = actual.strip().split("\\s+");
        if (want.length != got.length) return false;
        for (int i = 0; i < want.length; i++) {
            if (!want[i].equals(got[i]) && !(tolerance > 0 && close(want[i], got[i]))) return false;
        }
        return true;
    }

    private boolean close(String a, String b) {
        try {
            double x = Double.parseDouble(a);
            double y = Double.parseDouble(b);
            double diff = Math.abs(x - y);
            return diff <= tolerance || diff <= tolerance * Math.max(Math.abs(x), Math.abs(y));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
