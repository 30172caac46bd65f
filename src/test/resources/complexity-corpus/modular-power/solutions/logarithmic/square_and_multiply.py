class Solution:
    def powMods(self, base: int, exponents: List[int]) -> List[int]:
        mod = 1_000_000_007
        out = []
        for e in exponents:
            result = 1
            b = base % mod
            while e > 0:
                if e & 1:
                    result = result * b % mod
                b = b * b % mod
                e >>= 1
            out.append(result)
        return out
