class Solution {
    private static final long MOD = 1_000_000_007L;

    private long power(long base, int exponent) {
        if (exponent == 0) return 1;
        long half = power(base, exponent / 2);
        long result = half * half % MOD;
        if (exponent % 2 == 1) result = result * base % MOD;
        return result;
    }

    public int[] powMods(int base, int[] exponents) {
        int[] out = new int[exponents.length];
        for (int i = 0; i < out.length; i++) out[i] = (int) power(base, exponents[i]);
        return out;
    }
}
