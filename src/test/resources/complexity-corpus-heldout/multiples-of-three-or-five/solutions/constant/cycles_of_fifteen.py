class Solution:
    def countMultiples(self, queries: List[int]) -> List[int]:
        # The pattern repeats every 15 numbers, 7 hits per cycle; the table holds
        # the hits among 1..r for each remainder r.
        partial = [0] * 15
        for r in range(1, 15):
            partial[r] = partial[r - 1] + (1 if r % 3 == 0 or r % 5 == 0 else 0)
        answers = []
        for q in queries:
            cycles, rest = divmod(q, 15)
            answers.append(cycles * 7 + partial[rest])
        return answers
