class Solution:
    def countMultiples(self, queries: List[int]) -> List[int]:
        # Multiples of 3 plus multiples of 5, minus the multiples of 15 counted twice.
        return [q // 3 + q // 5 - q // 15 for q in queries]
